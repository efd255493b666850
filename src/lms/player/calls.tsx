/** Entry of a call-set package's player script. */
import { mount } from './mount.tsx';
import CallsPlayer from './CallsPlayer.tsx';

mount('calls', CallsPlayer);

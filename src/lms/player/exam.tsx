/** Entry of the exam package's player script. */
import { mount } from './mount.tsx';
import ExamPlayer from './ExamPlayer.tsx';

mount('exam', ExamPlayer);

/** The call as a card on the board: caller, their words, the call type once classified, the priority. */
import type { ComponentChildren } from 'preact';
import type { CallTypeId } from '#engine/model';
import { useT } from '../../i18n/context.tsx';
import { useUsmNames } from '../../i18n/usm-names.ts';

export interface CallInfo {
  from: string;
  channel: string;
  text: string;
}

interface Props {
  call: CallInfo | null;
  callType: CallTypeId | null;
  priority: number | null;
  /** On the move: the words fold away, the type and priority stay. */
  compact?: boolean;
  /** Where the card is ("Now at Recover: Analyze"). */
  where?: string;
  children?: ComponentChildren;
}

export default function CallCard({ call, callType, priority, compact, where, children }: Props) {
  const t = useT();
  const names = useUsmNames();
  return (
    <div class={`call-token${compact ? ' is-compact' : ''}`} data-testid="call-card">
      {call && (
        <p class="call-token-from">
          <strong>{call.from}</strong> <span class="call-token-channel">· {call.channel}</span>
        </p>
      )}
      {call && !compact && <blockquote class="call-token-words">{call.text}</blockquote>}
      <dl class="call-token-meta">
        <div>
          <dt>{t('sim.board.card.type')}</dt>
          <dd>{callType ? names.callType(callType) : t('sim.board.card.unclassified')}</dd>
        </div>
        <div>
          <dt>{t('sim.board.card.priority')}</dt>
          <dd>{priority ?? t('sim.board.card.noPriority')}</dd>
        </div>
      </dl>
      {where && <p class="call-token-where">{where}</p>}
      {children}
    </div>
  );
}

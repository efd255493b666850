/**
 * The event log in the learner's words: each frame of a played call as a message code with its values
 * (process, step, call-type and rating names as term messages, so the view words them in its language
 * with the dictionary, as the terminology table names them). No engine ids (event types, state keys)
 * reach the learner.
 */
import { PROCESSES, forkArtifact, type ProcessId } from './usm.ts';
import { term, type Param } from './messages.ts';
import type { Frame } from './board.ts';

export type NarrationCode =
  | 'arrived'
  | 'classified'
  | 'priority'
  | 'sent'
  | 'advanced'
  | 'at-fork'
  | 'triggered'
  | 'closed'
  | 'process-fulfilled'
  | 'workflow-fulfilled'
  | 'revealed'
  | 'hint'
  | 'refused-send'
  | 'refused-trigger'
  | 'refused-move';

export interface Narration {
  code: NarrationCode;
  /** Names are term messages (`process.recover`), formatted by the view; counts and priorities are numbers. */
  vars: Record<string, Param>;
  accepted: boolean;
  /** The rule, when the move was refused. */
  reason: string | null;
}

const pname = (p: ProcessId | null | undefined): Param => (p ? term(`process.${p}`) : '');

/** What happened in `frame`, given the frame before it. */
export function narrate(frame: Frame, before: Frame | null): Narration {
  const e = frame.event;
  const base = { accepted: frame.accepted, reason: frame.reason };
  if (!e || !before) return { code: 'arrived', vars: {}, ...base };
  const at = frame.at;
  if (!frame.accepted) {
    if (e.type === 'SEND_TO') return { code: 'refused-send', vars: { process: pname(e.process) }, ...base };
    if (e.type === 'TRIGGER')
      return { code: 'refused-trigger', vars: { from: pname(at), to: pname(e.process) }, ...base };
    return { code: 'refused-move', vars: { process: pname(at) }, ...base };
  }
  switch (e.type) {
    case 'CLASSIFY':
      return { code: 'classified', vars: { callType: term(`callType.${e.callType}`) }, ...base };
    case 'SET_PRIORITY':
      return {
        code: 'priority',
        vars: {
          impact: term(`rating.${e.impact}`),
          urgency: term(`rating.${e.urgency}`),
          priority: frame.board.card.priority ?? '',
        },
        ...base,
      };
    case 'SEND_TO':
      return { code: 'sent', vars: { process: pname(e.process) }, ...base };
    case 'REVEAL_FACT':
      return { code: 'revealed', vars: { n: e.index + 1 }, ...base };
    case 'HINT':
      return { code: 'hint', vars: {}, ...base };
    case 'TRIGGER': {
      const artifact = at ? forkArtifact(at, e.process) : null;
      return {
        code: 'triggered',
        vars: {
          from: pname(at),
          to: pname(e.process),
          artifact: artifact ? term(`callType.${artifact}`) : '',
        },
        ...base,
      };
    }
    default: {
      if (frame.board.fulfilled) return { code: 'workflow-fulfilled', vars: { process: pname(at) }, ...base };
      const now = frame.board.stack.find((s) => s.process === at);
      if (!now)
        return {
          code: 'process-fulfilled',
          vars: { process: pname(at), caller: pname(frame.board.top?.process) },
          ...base,
        };
      const step = term(`step.${now.process}.${PROCESSES[now.process].steps[now.step]!.id}`);
      if (e.type === 'FINISH') return { code: 'closed', vars: { process: pname(at), step }, ...base };
      return { code: now.activity === 'at-fork' ? 'at-fork' : 'advanced', vars: { process: pname(at), step }, ...base };
    }
  }
}

/** One active process in words: in board.ts, which the board loads with the page (this file loads with the log). */
export { processLine } from './board.ts';

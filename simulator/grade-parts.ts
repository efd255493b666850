/**
 * The parts of a grade: the weights, and one grader per component of an attempt (call type, entry process,
 * forks). Each returns the component with its points, the misconception that cost them and its message;
 * `grade.ts` puts them together. The priority and the penalties are in `grade-priority.ts`.
 */
import {
  entryProcessOf,
  isCallTypeId,
  isProcessId,
  type CallTypeId,
  type EarlyClose,
  type Impact,
  type ProcessId,
  type Urgency,
} from './usm.ts';
import { callTypeMisconception, type MisconceptionId } from './misconceptions.ts';
import { rule, type StepDiff } from './step-grade.ts';
import { list, msg, term, type EngineMessage } from './messages.ts';
import { english } from './messages-en.ts';

export interface Attempt {
  callType: CallTypeId | string;
  route: readonly (ProcessId | string)[];
  impact?: Impact | string;
  urgency?: Urgency | string;
  /** Moves the machine refused (each costs points). */
  illegalMoves?: number;
  /** Hints the learner asked for (each costs points). */
  hintsUsed?: number;
}

export type ComponentId = 'callType' | 'entry' | 'forks' | 'priority' | 'illegalMoves' | 'hints';

export interface GradeComponent {
  id: ComponentId;
  /** Points earned (negative for penalties). */
  points: number;
  /** Points available (0 for penalties). */
  max: number;
  ok: boolean;
  /** The misconception that cost the points, when one is known. */
  misconception?: MisconceptionId;
  /** The feedback as a message code (format it with a dictionary); `feedback` is its English. */
  message: EngineMessage;
  feedback: string;
}

export const WEIGHTS = {
  callType: 30,
  entry: 20,
  forks: 40,
  priority: 10,
  priorityNeighbour: 3,
  illegalMove: 5,
  illegalMoveCap: 20,
  hint: 5,
  hintCap: 15,
} as const;

/** A process (or what the learner typed in its place, or nothing), a call type, a misconception's rule. */
const name = (p: string | null | undefined): EngineMessage =>
  p && isProcessId(p) ? term(`process.${p}`) : p ? msg('quoted', { text: p }) : term('nothing');
const callName = (c: string): EngineMessage => (isCallTypeId(c) ? term(`callType.${c}`) : msg('quoted', { text: c }));
const callNameA = (c: string): EngineMessage =>
  isCallTypeId(c) ? term(`callType.a.${c}`) : msg('quoted', { text: c });
/** A component with its message and that message's English. */
export const component = (c: Omit<GradeComponent, 'feedback'>): GradeComponent => ({
  ...c,
  feedback: english(c.message),
});

/** Records a misconception the attempt shows (once). */
export type Note = (m: MisconceptionId | null | undefined) => void;

/** 1. The call type. */
export function callTypeComponent(expectedCall: CallTypeId, callType: string, note: Note): GradeComponent {
  if (callType === expectedCall)
    return component({
      id: 'callType',
      points: WEIGHTS.callType,
      max: WEIGHTS.callType,
      ok: true,
      message: msg('grade.callType.ok', { callType: callName(expectedCall) }),
    });
  const m = isCallTypeId(callType) ? callTypeMisconception(expectedCall, callType) : 'wrong-entry-process';
  note(m);
  return component({
    id: 'callType',
    points: 0,
    max: WEIGHTS.callType,
    ok: false,
    misconception: m ?? undefined,
    message: msg('grade.callType.wrong', {
      chosen: callName(callType),
      expected: callNameA(expectedCall),
      definition: term(`callType.definition.${expectedCall}`),
      rule: m ? rule(m) : '',
    }),
  });
}

/** 2. The entry process. */
export function entryComponent(expectedCall: CallTypeId, entry: string | null, note: Note): GradeComponent {
  const expectedEntry = entryProcessOf(expectedCall);
  if (entry === expectedEntry)
    return component({
      id: 'entry',
      points: WEIGHTS.entry,
      max: WEIGHTS.entry,
      ok: true,
      message: msg('grade.entry.ok', {
        entry: name(entry),
        callType: callNameA(expectedCall),
        process: name(expectedEntry),
      }),
    });
  note('wrong-entry-process');
  return component({
    id: 'entry',
    points: 0,
    max: WEIGHTS.entry,
    ok: false,
    misconception: 'wrong-entry-process',
    message: msg('grade.entry.wrong', {
      chosen: name(entry),
      callType: callNameA(expectedCall),
      expected: name(expectedEntry),
      rule: rule('wrong-entry-process'),
    }),
  });
}

/** 3. The forks: the route's steps after the entry, as the step grader compared them (`path`). */
export function forksComponent(
  path: readonly StepDiff[],
  route: readonly string[],
  expectedRoute: readonly ProcessId[],
  expectedEntry: ProcessId,
  expectedEarly: EarlyClose | null,
): GradeComponent {
  const forkSteps = path.slice(1);
  let forkMessage: EngineMessage;
  let forkPoints: number;
  if (forkSteps.length === 0) {
    forkPoints = WEIGHTS.forks;
    forkMessage = expectedEarly
      ? msg('grade.forks.none.early', { close: term(`outcome.${expectedEarly.outcome}`), process: name(expectedEntry) })
      : msg('grade.forks.none', { process: name(expectedEntry) });
  } else {
    const matched = forkSteps.filter((d) => d.ok).length;
    forkPoints = Math.round((WEIGHTS.forks * matched) / forkSteps.length);
    const wrong = forkSteps.filter((d) => !d.ok);
    forkMessage =
      wrong.length === 0
        ? msg('grade.forks.ok', { route: list('list.arrow', expectedRoute) })
        : msg('grade.forks.wrong', {
            steps: list(
              'list.space',
              wrong.map((d) => {
                const from = name(route[d.step - 2] ?? null);
                const what =
                  d.chosen === null
                    ? msg('grade.fork.missing', { from, expected: name(d.expected) })
                    : d.expected === null
                      ? msg(expectedEarly ? 'grade.fork.extra.close' : 'grade.fork.extra.end', {
                          from,
                          chosen: name(d.chosen),
                        })
                      : msg('grade.fork.wrong', { from, chosen: name(d.chosen), expected: name(d.expected) });
                return msg('grade.fork.step', { step: d.step, what, rule: d.ruleMessage ?? '' });
              }),
            ),
          });
  }
  const forkMis = path.find((d) => !d.ok && d.step > 1 && d.misconception)?.misconception;
  return component({
    id: 'forks',
    points: forkPoints,
    max: WEIGHTS.forks,
    ok: forkPoints === WEIGHTS.forks,
    misconception: forkMis,
    message: forkMessage,
  });
}

/**
 * The misconceptions the grader names when a learner takes a wrong turn (PRODUCT.md §6), each with the
 * USM rule that corrects it. Grading and feedback cite these; questions use them as distractors.
 */
import { EARLY_CLOSES, PROCESS_IDS, triggerableFrom, type CallTypeId, type ProcessId } from './usm.ts';
import type { MisconceptionId } from './misconceptions-list.ts';

// The beliefs and their rules.
export * from './misconceptions-list.ts';

/** The misconception behind classifying a call as `chosen` when it is `expected`. */
export function callTypeMisconception(expected: CallTypeId, chosen: CallTypeId): MisconceptionId | null {
  if (expected === chosen) return null;
  const table: Partial<Record<`${CallTypeId}>${CallTypeId}`, MisconceptionId>> = {
    'wish>rfc': 'rfc-outside-agreement',
    'wish>incident': 'complaint-is-incident',
    'rfc>wish': 'agreement-already-covers',
    'rfc>service-request': 'permanent-change-is-service-request',
    'service-request>rfc': 'temporary-action-is-change',
    'service-request>incident': 'user-error-is-incident',
    'incident>service-request': 'failure-as-routine-request',
    'incident>risk': 'imminent-failure-is-risk',
    'risk>incident': 'recurring-incidents-are-incidents',
    'risk>wish': 'risks-only-threats',
  };
  return table[`${expected}>${chosen}`] ?? 'wrong-entry-process';
}

/**
 * What a process did or should have done at its fork: trigger a process, trigger `none` (let it finish:
 * the workflow ends there), or `close` early (Agree closing at Negotiate without agreement, EARLY_CLOSES).
 */
export type ForkMove = ProcessId | 'none' | 'close';
export type ForkKey = `${ProcessId}>${ForkMove}>${ForkMove}`;

/**
 * The wrong turns at a fork, keyed `from>expected>chosen`: one row for every wrong choice a learner can make
 * where the route so far was right (every fork pair of FORKS, the end of a workflow, the early close).
 * test/unit/simulator/misconceptions.test.ts checks that every such key has a row.
 */
export const FORK_MISCONCEPTIONS: Readonly<Partial<Record<ForkKey, MisconceptionId>>> = {
  // Agree → Change (workflows 1 and 6); Agree started the call and the wish found no agreement; or it did.
  'agree>change>agree': 'agree-delivers-itself',
  'agree>change>recover': 'agree-delivers-itself',
  'agree>change>operate': 'agree-delivers-itself',
  'agree>change>improve': 'agree-delivers-itself',
  'agree>change>none': 'agree-delivers-itself',
  'agree>close>agree': 'wish-always-realized',
  'agree>close>change': 'wish-always-realized',
  'agree>close>recover': 'wish-always-realized',
  'agree>close>operate': 'wish-always-realized',
  'agree>close>improve': 'wish-always-realized',
  'agree>close>none': 'wish-always-realized',
  'agree>change>close': 'closed-despite-agreement',
  // Change → Operate (it deploys).
  'change>operate>agree': 'change-done-when-built',
  'change>operate>change': 'change-done-when-built',
  'change>operate>recover': 'change-done-when-built',
  'change>operate>improve': 'change-done-when-built',
  'change>operate>none': 'change-done-when-built',
  // Recover → Change (workflow 3) or Operate (workflow 4).
  'recover>change>agree': 'recover-renegotiates',
  'recover>change>recover': 'wrong-entry-process',
  'recover>change>operate': 'permanent-change-is-service-request',
  'recover>change>improve': 'wrong-entry-process',
  'recover>change>none': 'recover-without-action',
  'recover>operate>agree': 'recover-renegotiates',
  'recover>operate>change': 'temporary-action-is-change',
  'recover>operate>recover': 'wrong-entry-process',
  'recover>operate>improve': 'wrong-entry-process',
  'recover>operate>none': 'recover-without-action',
  // Improve → Agree (6), Change (7) or Operate (8).
  'improve>agree>change': 'rfc-outside-agreement',
  'improve>agree>recover': 'rfc-outside-agreement',
  'improve>agree>operate': 'rfc-outside-agreement',
  'improve>agree>improve': 'rfc-outside-agreement',
  'improve>agree>none': 'improve-without-measure',
  'improve>change>agree': 'agreement-already-covers',
  'improve>change>recover': 'wrong-entry-process',
  'improve>change>operate': 'permanent-change-is-service-request',
  'improve>change>improve': 'wrong-entry-process',
  'improve>change>none': 'improve-without-measure',
  'improve>operate>agree': 'agreement-already-covers',
  'improve>operate>change': 'temporary-action-is-change',
  'improve>operate>recover': 'wrong-entry-process',
  'improve>operate>improve': 'wrong-entry-process',
  'improve>operate>none': 'improve-without-measure',
  // Operate ends every full workflow and triggers nothing.
  'operate>none>agree': 'operate-hands-on',
  'operate>none>change': 'operate-hands-on',
  'operate>none>recover': 'operate-hands-on',
  'operate>none>operate': 'operate-hands-on',
  'operate>none>improve': 'operate-hands-on',
};

/** Triggers a process's fork refuses (USM has no such fork), keyed `from>to`: the belief behind trying one. */
export const REFUSED_TRIGGER_MISCONCEPTIONS: Readonly<Partial<Record<`${ProcessId}>${ProcessId}`, MisconceptionId>>> = {
  'agree>agree': 'agree-delivers-itself',
  'agree>recover': 'agree-delivers-itself',
  'agree>operate': 'agree-delivers-itself',
  'agree>improve': 'agree-delivers-itself',
  'change>agree': 'change-done-when-built',
  'change>change': 'change-done-when-built',
  'change>recover': 'change-done-when-built',
  'change>improve': 'change-done-when-built',
  'recover>agree': 'recover-renegotiates',
  'recover>recover': 'wrong-entry-process',
  'recover>improve': 'wrong-entry-process',
  'operate>agree': 'operate-hands-on',
  'operate>change': 'operate-hands-on',
  'operate>recover': 'operate-hands-on',
  'operate>operate': 'operate-hands-on',
  'operate>improve': 'operate-hands-on',
  'improve>recover': 'wrong-entry-process',
  'improve>improve': 'wrong-entry-process',
};

/**
 * The misconception behind a wrong turn at `from`'s fork. Keys without a row arise only after a wrong entry
 * process (the route already went astray); their documented default is, in order: `from`'s row for the same early
 * close (closing where it should not, or not closing where it should); what leaving out its fork
 * means at `from` (its own `…>none` row); where the workflow ends at `from`, that the last process does not
 * close it; the belief behind a trigger `from` may not make at all; the row of
 * the same wrong choice at the process that may trigger the most (Improve), or the one belief its rows give
 * that choice; and 'wrong-entry-process'.
 */
export function misconceptionAt(from: ProcessId, expected: ForkMove, chosen: ForkMove): MisconceptionId {
  const rows = Object.entries(FORK_MISCONCEPTIONS) as [ForkKey, MisconceptionId][];
  const find = (test: (from: string, expected: string, chosen: string) => boolean) =>
    rows.find(([k]) => test(...(k.split('>') as [string, string, string])))?.[1];
  const own = FORK_MISCONCEPTIONS[`${from}>${expected}>${chosen}`];
  if (own) return own;
  const closing =
    expected === 'close' || chosen === 'close'
      ? find(
          (f, e, c) =>
            f === from && (e === 'close') === (expected === 'close') && (c === 'close') === (chosen === 'close'),
        )
      : undefined;
  if (closing) return closing;
  if (chosen === 'none' || triggerableFrom(from).length === 0) {
    const leaves = find((f, e, c) => f === from && (c === 'none' || e === 'none'));
    if (leaves) return leaves;
  }
  if (expected === 'none') return 'last-process-closes';
  if (chosen !== 'none' && chosen !== 'close' && !triggerableFrom(from).includes(chosen)) {
    const refused = REFUSED_TRIGGER_MISCONCEPTIONS[`${from}>${chosen}`];
    if (refused && refused !== 'wrong-entry-process') return refused;
  }
  const widest = [...PROCESS_IDS].sort((a, b) => triggerableFrom(b).length - triggerableFrom(a).length)[0]!;
  const same = FORK_MISCONCEPTIONS[`${widest}>${expected}>${chosen}`];
  if (same) return same;
  // Choosing `chosen` means one thing wherever Improve expected something else: that belief.
  const meanings = new Set(
    rows.filter(([k]) => k.startsWith(`${widest}>`) && k.endsWith(`>${chosen}`)).map(([, m]) => m),
  );
  if (meanings.size === 1) return [...meanings][0]!;
  return 'wrong-entry-process';
}

/**
 * The misconception behind `from` triggering `chosen` where `expected` was right
 * (`null` = the learner let `from` finish without triggering anything).
 */
export function forkMisconception(from: ProcessId, expected: ProcessId, chosen: ProcessId | null): MisconceptionId {
  return misconceptionAt(from, expected, chosen ?? 'none');
}

/** The belief behind trying a trigger `from`'s fork does not allow. */
export function refusedTriggerMisconception(from: ProcessId, to: ProcessId): MisconceptionId {
  return REFUSED_TRIGGER_MISCONCEPTIONS[`${from}>${to}`] ?? 'wrong-entry-process';
}

/**
 * The misconception behind an early close gone wrong: `missed` when the learner realized a wish that
 * should have closed at Negotiate, otherwise when the learner closed early although the wish was agreed.
 */
export function earlyCloseMisconception(missed: boolean): MisconceptionId {
  const close = EARLY_CLOSES[0]!;
  const to = triggerableFrom(close.process)[0]!;
  return misconceptionAt(close.process, missed ? 'close' : to, missed ? to : 'close');
}

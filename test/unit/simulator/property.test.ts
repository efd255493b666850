/** Property test: random event sequences never break the call machine. */
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  CALL_TYPE_IDS,
  IMPACTS,
  PROCESS_IDS,
  URGENCIES,
  callMachine,
  entryProcessOf,
  routeOutcome,
  workflowOf,
  type LearnerEvent,
} from '../../../simulator/index.ts';

const event: fc.Arbitrary<LearnerEvent> = fc.oneof(
  fc.constantFrom(...CALL_TYPE_IDS).map((callType) => ({ type: 'CLASSIFY', callType }) as const),
  fc.constantFrom(...PROCESS_IDS).map((process) => ({ type: 'SEND_TO', process }) as const),
  fc.constantFrom(...PROCESS_IDS).map((process) => ({ type: 'TRIGGER', process }) as const),
  fc.constant({ type: 'ADVANCE' } as const),
  fc.constant({ type: 'FINISH' } as const),
  fc.constant({ type: 'HINT' } as const),
  fc.nat(5).map((index) => ({ type: 'REVEAL_FACT', index }) as const),
  fc
    .record({ impact: fc.constantFrom(...IMPACTS), urgency: fc.constantFrom(...URGENCIES) })
    .map((p) => ({ type: 'SET_PRIORITY', ...p }) as const),
);

describe('the call machine under random events', () => {
  it('never throws; every end is a fulfilled workflow (or an early close USM allows), a refusal with a reason, or an unfinished call', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 40 }),
        fc.constantFrom('practice', 'assessment', 'sandbox'),
        (events, mode) => {
          const actor = createActor(callMachine, { input: { mode } });
          const errors: unknown[] = [];
          actor.subscribe({ error: (e) => errors.push(e) });
          actor.start();
          for (const e of events) actor.send(e);
          const s = actor.getSnapshot();
          expect(errors).toEqual([]);
          expect(s.status).not.toBe('error');
          for (const r of s.context.refusals) expect(r.reason.length).toBeGreaterThan(10);
          expect(s.context.illegalMoves).toBe(s.context.refusals.length);
          if (s.status === 'done') {
            const o = routeOutcome(s.output!.route);
            expect(o).not.toBeNull();
            expect(s.output!.outcome).toBe(o!.outcome);
            if (o!.outcome === 'fulfilled') expect(workflowOf(s.output!.route)).toBe(o!.workflow);
            else expect(s.output!.route).toEqual(['agree']);
            expect(s.output!.route[0]).toBe(entryProcessOf(s.output!.callType!));
          } else {
            expect(s.status).toBe('active');
          }
        },
      ),
      { numRuns: 10_000, seed: 20261124 },
    );
  }, 120_000);
});

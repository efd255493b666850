/**
 * USM names (processes, steps, call types, workflows) in an island's language, for the board and every view
 * that names the model. They are read from the dictionary's `engine` area, whose entries come from
 * simulator/usm-labels.ts: the English from usm.ts, the Dutch from the terminology table usm-nl.ts
 * (src/i18n/nl-engine.ts). The page passes that area with the island's strings, so no name table ships in
 * island JavaScript and no component types a USM term.
 */
import { useMemo } from 'preact/hooks';
import {
  PROCESSES,
  isProcessId,
  term,
  type CallTypeId,
  type Impact,
  type ProcessId,
  type Urgency,
  type WorkflowNumber,
} from '#engine/model';
import { useT } from './context.tsx';
import { format, type EngineTranslator } from './format.ts';

export interface UsmNames {
  process(id: ProcessId): string;
  /** A process named by an id that may not be one (a learner's choice in a diff): "—" for none, the id as is otherwise. */
  processOrId(id: string | null): string;
  /** A step by its position in the process (the board's `step`) or by its id. */
  step(process: ProcessId, step: number | string): string;
  /** The call type as a label: "Request for change", "Wijzigingsverzoek". */
  callType(id: CallTypeId): string;
  /** The call type in running text: "request for change", "wijzigingsverzoek". */
  callTypeInText(id: CallTypeId): string;
  workflow(n: WorkflowNumber): string;
  /** An impact or urgency level: "high", "hoog". */
  rating(r: Impact | Urgency): string;
  /** A route of processes: "Recover → Change → Operate". */
  route(route: readonly string[]): string;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The names of the dictionary behind `t` (a translator over a dictionary with the `engine` area). */
export function usmNames(t: EngineTranslator): UsmNames {
  const process = (id: ProcessId) => format(t, term(`process.${id}`));
  const processOrId = (id: string | null) => (id === null ? '—' : isProcessId(id) ? process(id) : id);
  return {
    process,
    processOrId,
    step(p, step) {
      const id = typeof step === 'number' ? PROCESSES[p].steps[step]?.id : step;
      return id === undefined ? String(step) : format(t, term(`step.${p}.${id}`));
    },
    callType: (id) => capital(format(t, term(`callType.${id}`))),
    callTypeInText: (id) => format(t, term(`callType.${id}`)),
    workflow: (n) => format(t, term(`workflow.${n}`)),
    rating: (r) => format(t, term(`rating.${r}`)),
    route: (r) => r.map(processOrId).join(' → '),
  };
}

/** The USM names in the language of the island this component is in. */
export function useUsmNames(): UsmNames {
  const t = useT();
  return useMemo(() => usmNames(t), [t]);
}

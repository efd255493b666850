/** Reading a team's answers: every pasted code and file once, with a reason for each one refused. */
import { readResponse, responseToCode, type Questionnaire, type Response } from './maturity.ts';
import type { EngineMessage } from './messages.ts';

export interface TeamInputs {
  responses: Response[];
  /** Inputs refused, each with its reason (in English). */
  errors: string[];
  /** The same reasons as message codes, one per entry of `errors`, to format with a dictionary. */
  errorMessages: EngineMessage[];
  /** Inputs that repeat one already read (the same code or file twice): counted once. */
  duplicates: { source: string; first: string }[];
}

/** Reads every pasted code and file for a team view; the same answers given twice count once. */
export function readTeamInputs(q: Questionnaire, inputs: readonly { source: string; text: string }[]): TeamInputs {
  const out: TeamInputs = { responses: [], errors: [], errorMessages: [], duplicates: [] };
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const r = readResponse(q, input.text, input.source);
    if (!r.ok) {
      out.errors.push(r.error);
      out.errorMessages.push(r.message);
      continue;
    }
    const key = responseToCode(q, r.response);
    const first = seen.get(key);
    if (first !== undefined) {
      out.duplicates.push({ source: input.source, first });
      continue;
    }
    seen.set(key, input.source);
    out.responses.push(r.response);
  }
  return out;
}

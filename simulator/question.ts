/**
 * The question format (PRODUCT.md §3): `quizzes/<topic>.yaml` holds a list of items. Validation checks
 * the shape and that every answer key fits its options.
 */
import { z } from 'zod';
import { TOPIC_IDS } from './syllabus.ts';
import { friendlyIssues, type FieldError } from './schema-errors.ts';
import { readYaml } from './yaml.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case lesson slug, e.g. "recover"');
const text = z.string().min(1);
const common = {
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, e.g. "recover-001"'),
  topic: z.enum(TOPIC_IDS),
  stem: text,
  explanation: text,
  lesson: slug,
  /** The section of usm-facts.md the key rests on, e.g. "§2.2". */
  source: text,
  /** Optional: a simulator scenario that trains the same decision. */
  scenario: slug.optional(),
};

export const QuestionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...common,
    type: z.literal('single'),
    options: z.array(text).min(2).max(6),
    answer: z.number().int().min(0),
  }),
  z.strictObject({
    ...common,
    type: z.literal('multiple'),
    options: z.array(text).min(3).max(8),
    answer: z.array(z.number().int().min(0)).min(1),
  }),
  z.strictObject({
    ...common,
    type: z.literal('order'),
    options: z.array(text).min(2).max(10),
    answer: z.array(z.number().int().min(0)).min(2),
  }),
  z.strictObject({
    ...common,
    type: z.literal('match'),
    options: z.strictObject({ left: z.array(text).min(2).max(8), right: z.array(text).min(2).max(8) }),
    answer: z.array(z.number().int().min(0)).min(2),
  }),
]);
export type Question = z.output<typeof QuestionSchema>;

const isPermutation = (a: readonly number[], n: number) =>
  a.length === n && new Set(a).size === n && a.every((i) => i < n);

/** Checks that the answer key fits the options; returns problems with their field. */
export function answerKeyProblems(q: Question): FieldError[] {
  const errs: FieldError[] = [];
  const dupes = (xs: readonly string[], path: string) => {
    const seen = new Set<string>();
    for (const x of xs) {
      const k = x.trim().toLowerCase();
      if (seen.has(k)) errs.push({ path, message: `has the option "${x}" twice` });
      seen.add(k);
    }
  };
  switch (q.type) {
    case 'single':
      dupes(q.options, 'options');
      if (q.answer >= q.options.length)
        errs.push({
          path: 'answer',
          message: `${q.answer} is out of range: there are ${q.options.length} options (0–${q.options.length - 1})`,
        });
      break;
    case 'multiple':
      dupes(q.options, 'options');
      if (q.answer.some((i) => i >= q.options.length))
        errs.push({ path: 'answer', message: `indices must be 0–${q.options.length - 1}` });
      if (new Set(q.answer).size !== q.answer.length) errs.push({ path: 'answer', message: 'lists an option twice' });
      break;
    case 'order':
      dupes(q.options, 'options');
      if (!isPermutation(q.answer, q.options.length))
        errs.push({
          path: 'answer',
          message: `must list every option index 0–${q.options.length - 1} once, in the right order`,
        });
      break;
    case 'match':
      dupes(q.options.left, 'options.left');
      dupes(q.options.right, 'options.right');
      if (q.options.left.length !== q.options.right.length)
        errs.push({ path: 'options', message: 'left and right must have the same number of items' });
      if (!isPermutation(q.answer, q.options.right.length) || q.answer.length !== q.options.left.length)
        errs.push({
          path: 'answer',
          message: `must give, for each left item, the index (0–${q.options.right.length - 1}) of its right item, each once`,
        });
      break;
  }
  return errs;
}

export type QuestionFileResult =
  { ok: true; questions: Question[] } | { ok: false; errors: FieldError[]; questions: Question[] };

/** Parses one `quizzes/<topic>.yaml` file. Field paths are `[index].field`. */
export function parseQuestionFile(source: string, fileName: string): QuestionFileResult {
  const yaml = readYaml(source);
  if (!yaml.ok) return { ok: false, questions: [], errors: yaml.errors };
  const data = yaml.data;
  if (!Array.isArray(data))
    return { ok: false, questions: [], errors: [{ path: '(file)', message: 'must be a YAML list of question items' }] };
  const topic = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.ya?ml$/, '');
  const errors: FieldError[] = [];
  const questions: Question[] = [];
  data.forEach((item, i) => {
    const r = QuestionSchema.safeParse(item, { reportInput: true });
    const at = (p: string) => `[${i}]${p === '(file)' ? '' : p.startsWith('[') ? p : '.' + p}`;
    if (!r.success) {
      for (const e of friendlyIssues(r.error)) errors.push({ path: at(e.path), message: e.message });
      return;
    }
    const q = r.data;
    for (const e of answerKeyProblems(q)) errors.push({ path: at(e.path), message: e.message });
    if (q.topic !== topic)
      errors.push({ path: at('topic'), message: `"${q.topic}" must equal the file's topic "${topic}"` });
    questions.push(q);
  });
  return errors.length ? { ok: false, errors, questions } : { ok: true, questions };
}

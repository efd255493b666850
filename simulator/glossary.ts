/** The glossary format: one `content/glossary/<term-id>.yaml` per term. */
import { z } from 'zod';

export const GlossaryTermSchema = z.strictObject({
  term: z.string().min(1),
  abbreviation: z.string().min(1).optional(),
  definition: z.string().min(1),
  /** The Dutch term, where the USM literature uses one. */
  dutch: z.string().min(1).optional(),
  /** Slugs of the lessons that use the term. */
  lessons: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).default([]),
});
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;

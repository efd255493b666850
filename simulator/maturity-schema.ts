/** The maturity questionnaire's file format (content/maturity/*.yaml), validated at build time. */
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case');
export const QuestionnaireSchema = z.strictObject({
  id: slug,
  version: z.number().int().min(1),
  title: z.string().min(1),
  intro: z.string().min(1),
  levels: z
    .array(
      z.strictObject({
        level: z.number().int().min(1).max(5),
        name: z.string().min(1),
        summary: z.string().min(1),
        next: z.string().min(1).optional(),
      }),
    )
    .length(5),
  dimensions: z
    .array(
      z.strictObject({
        id: slug,
        title: z.string().min(1),
        description: z.string().min(1),
        statements: z
          .array(
            z.strictObject({
              id: z.string().regex(/^[a-z0-9-]+-L[1-5]-\d+$/, 'must be <dimension>-L<level>-<n>'),
              level: z.number().int().min(1).max(5),
              text: z.string().min(1),
            }),
          )
          .min(5),
        recommend: z
          .array(
            z.strictObject({ level: z.number().int().min(1).max(4), lessons: z.array(slug), scenarios: z.array(slug) }),
          )
          .default([]),
      }),
    )
    .min(1),
});
export type Questionnaire = z.output<typeof QuestionnaireSchema>;
export type Dimension = Questionnaire['dimensions'][number];

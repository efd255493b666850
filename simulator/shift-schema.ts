/** The Shift file format (content/shifts/*.yaml), validated at build time. */
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case');
export const ShiftSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  domain: slug,
  description: z.string().min(1),
  durationMinutes: z.number().int().min(60),
  handlingMinutes: z.number().int().min(1),
  targets: z.record(z.enum(['1', '2', '3', '4', '5']), z.number().int().min(1)),
  improvementChance: z.number().min(0).max(1),
  improvements: z.array(slug),
  calls: z.array(z.strictObject({ scenario: slug, at: z.number().int().min(0) })).min(1),
  followUps: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({
          kind: z.literal('monitoring'),
          after: slug,
          raises: slug,
          delay: z.number().int().min(0),
          chance: z.number().min(0).max(1),
        }),
        z.strictObject({ kind: z.literal('ignored-risk'), after: slug, raises: slug, within: z.number().int().min(1) }),
        z.strictObject({ kind: z.literal('unhandled-incident'), after: slug, within: z.number().int().min(1) }),
      ]),
    )
    .default([]),
});
export type ShiftDefinition = z.output<typeof ShiftSchema>;

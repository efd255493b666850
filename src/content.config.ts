/** Every content collection, in one file. Schemas come from simulator/ where the engine owns them. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { ScenarioSchema, QuestionSchema, GlossaryTermSchema, ShiftSchema, QuestionnaireSchema } from '#engine/build';
import { MODULE_IDS } from '#engine/model';
import { questionLoader, questionnaireLoader, scenarioLoader, shiftLoader } from './lib/content/yaml-loaders.ts';


export const collections = {
  /** Lessons: content/lessons/<module>/<slug>.mdx, served at /lessons/<module>/<slug>/. */
  docs: defineCollection({
    loader: glob({
      base: './content/lessons',
      pattern: '**/[^_]*.{md,mdx}',
      generateId: ({ entry }) => 'lessons/' + entry.replace(/\.mdx?$/, ''),
    }),
    schema: docsSchema({
      extend: z.object({
        // Optional because <StarlightPage> validates custom pages against this schema too.
        module: z.enum(MODULE_IDS).optional(),
        order: z.number().int().min(1).optional(),
        objectives: z.array(z.string()).default([]),
      }),
    }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  scenarios: defineCollection({
    loader: scenarioLoader('./content/scenarios'),
    schema: ScenarioSchema.safeExtend({ title: z.string(), file: z.string() }),
  }),
  questions: defineCollection({ loader: questionLoader('./quizzes'), schema: QuestionSchema }),
  maturity: defineCollection({ loader: questionnaireLoader('./content/maturity'), schema: QuestionnaireSchema }),
  shifts: defineCollection({ loader: shiftLoader('./content/shifts'), schema: ShiftSchema }),
  glossary: defineCollection({
    loader: glob({ base: './content/glossary', pattern: '*.{yaml,yml}' }),
    schema: GlossaryTermSchema,
  }),
};

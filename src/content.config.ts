/** Every content collection, in one file. Schemas come from simulator/ where the engine owns them. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { QuestionSchema, GlossaryTermSchema, ShiftSchema, QuestionnaireSchema, ScenarioSchema } from '#engine/build';
import { MODULE_IDS } from '#engine/model';
import {
  glossaryLoader,
  questionLoader,
  questionnaireLoader,
  scenarioLoader,
  shiftLoader,
} from './lib/content/yaml-loaders.ts';
import { contentDir } from './lib/languages.ts';

export const collections = {
  /**
   * Lessons: content/lessons/<module>/<slug>.mdx, served at /lessons/<module>/<slug>/, and their Dutch
   * mirrors content/nl/lessons/<module>/<slug>.mdx (id nl/lessons/…), served at /nl/lessons/<module>/<slug>/.
   * Starlight reads the locale from the id's first segment; an English lesson without a Dutch mirror is
   * served under /nl/ as Starlight's fallback (English text, lang="en", a "not yet translated" notice).
   */
  docs: defineCollection({
    loader: glob({
      base: './content',
      pattern: '{lessons,nl/lessons}/**/[^_]*.{md,mdx}',
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
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
  // The Dutch mirrors (content/nl/<kind>/…): the same loaders and schemas, so a broken Dutch file fails
  // the build naming the file and field like an English one. Same ids as English; parity (same ids, same
  // non-text fields) is checked by src/lib/content/parity.ts; src/lib/content/localized.ts merges them.
  nlScenarios: defineCollection({
    loader: scenarioLoader(contentDir('nl', 'scenarios')),
    schema: ScenarioSchema.safeExtend({ title: z.string(), file: z.string() }),
  }),
  nlQuestions: defineCollection({ loader: questionLoader(contentDir('nl', 'quizzes')), schema: QuestionSchema }),
  nlMaturity: defineCollection({
    loader: questionnaireLoader(contentDir('nl', 'maturity')),
    schema: QuestionnaireSchema,
  }),
  nlShifts: defineCollection({ loader: shiftLoader(contentDir('nl', 'shifts')), schema: ShiftSchema }),
  nlGlossary: defineCollection({ loader: glossaryLoader(contentDir('nl', 'glossary')), schema: GlossaryTermSchema }),
};

/** The lesson modules' names in a language (the sidebar groups, the progress page); English from syllabus.ts. */
import { MODULES } from '#engine/model';
import type { Lang } from '../languages.ts';

export const MODULE_TITLES_NL: Readonly<Record<(typeof MODULES)[number]['id'], string>> = {
  services: 'Services en waarde',
  maturity: 'Waardevolwassenheid',
  method: 'De USM-methode',
  calls: 'Meldingen',
  processes: 'De vijf processen',
  workflows: 'De acht workflows',
  frameworks: 'USM en andere raamwerken',
  applying: 'USM toepassen',
};

export function moduleTitle(id: string, lang: Lang): string {
  const m = MODULES.find((x) => x.id === id);
  if (!m) throw new Error(`No lesson module "${id}" in simulator/syllabus.ts`);
  return lang === 'nl' ? MODULE_TITLES_NL[m.id] : m.title;
}

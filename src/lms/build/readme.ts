/**
 * The README.txt in every package, in the package's language: what an LMS administrator needs to upload it and
 * read its results. The texts are the dictionary's `lms.readme.*` (the data-model names in them are the
 * standards' own and stay as they are).
 */
import type { lms } from '../../i18n/en.ts';
import type { Standard } from '../runtime/types.ts';
import { MASTERY } from '../player/content.ts';

/** A translator over the LMS strings (plain helpers take it as a parameter). */
export type LmsT = (key: keyof typeof lms & string, vars?: Record<string, string | number>) => string;

export function packageReadme(
  t: LmsT,
  o: {
    title: string;
    standard: Standard;
    what: string;
    scoring: string;
    files: readonly string[];
    version: string;
    sizes: { player: string; content: string };
  },
): string {
  const standard = t(`lms.readme.standard.${o.standard}`);
  const via = t(o.standard === 'cmi5' ? 'lms.readme.via.cmi5' : 'lms.readme.via.scorm');
  return `${o.title}
${'='.repeat(o.title.length)}

${t('lms.readme.intro', { standard, version: o.version })}

${t('lms.readme.what')}
${o.what}

${t('lms.readme.scoring')}
${o.scoring}

${t('lms.readme.upload', { standard })}

${t('lms.readme.reports')}
${t(`lms.readme.reports.${o.standard}`, { percent: Math.round(MASTERY * 100), mastery: MASTERY })}

${t('lms.readme.selfContained', { files: o.files.join(', '), via })}

${t('lms.readme.problems')}

${t('lms.readme.sizes', o.sizes)}
`;
}

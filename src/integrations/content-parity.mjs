// Checks, when the build starts, that every translation mirrors the English content
// (src/lib/content/parity.ts): a structural difference or an id English does not have fails the build,
// listing each file and field; a missing translation fails it only once the language is declared complete
// (COMPLETE in src/lib/languages.ts), and until then is listed as a warning, one line per kind.
import { checkParity } from '../lib/content/parity-files.ts';
import { COMPLETE, DEFAULT_LANG, LANGS } from '../lib/languages.ts';

/**
 * Missing items, one line per kind, naming the translation files still to write (with the number of items
 * when a file holds several): "nl: 18 of 251 quizzes not translated yet …: content/nl/quizzes/agree.yaml (18)".
 */
export function missingSummary(lang, reports) {
  return reports
    .filter((r) => r.missing.length > 0)
    .map((r) => {
      const perFile = new Map();
      for (const p of r.missing) perFile.set(p.file, (perFile.get(p.file) ?? 0) + 1);
      const files = [...perFile].map(([file, n]) => (n > 1 ? `${file} (${n})` : file));
      return `${lang}: ${r.missing.length} of ${r.total} ${r.kind} not translated yet (shown in English); to write: ${files.join(', ')}`;
    });
}

export default function contentParity() {
  return {
    name: 'usm-trainer-content-parity',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const failures = [];
        for (const lang of LANGS) {
          if (lang === DEFAULT_LANG) continue;
          const result = checkParity(lang);
          if (result.errors.length) failures.push(...result.errors);
          if (!COMPLETE[lang]) for (const line of missingSummary(lang, result.reports)) logger.warn(line);
        }
        if (failures.length) {
          throw new Error(
            `Translations do not mirror the English content (${failures.length} problems):\n  ${failures.join('\n  ')}`,
          );
        }
      },
    },
  };
}

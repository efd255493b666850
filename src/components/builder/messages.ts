/** Words for the share link and join code problems the engine returns as codes. */
import type { ShareProblem } from '#engine/author';
import type { T } from '../../i18n/translate.ts';

export function shareMessage(t: T, p: ShareProblem): string {
  switch (p.code) {
    case 'share.tooLong':
      return t('builder.share.tooLong', { length: p.length, max: p.max });
    case 'share.tooBig':
      return t('builder.share.tooBig', { max: Math.round(p.max / 1024) });
    case 'share.badShape':
      return t('builder.share.badShape', { field: p.field });
    case 'share.tooMany':
      return t('builder.share.tooMany', { count: p.count, max: p.max });
    case 'share.invalidCall':
      return t('builder.share.invalidCall', {
        n: p.n,
        problems: p.problems.map((e) => `${e.path}: ${e.message}`).join('; '),
      });
    case 'share.duplicateId':
      return t('builder.share.duplicateId', { n: p.n, id: p.id });
    default:
      return t(`builder.${p.code}`);
  }
}

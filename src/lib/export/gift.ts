/**
 * The question bank as Moodle GIFT. Single, multiple and matching items map directly; GIFT has no
 * ordering type, so ordering items are left out with a comment naming them.
 */
import type { Question } from '#engine/model';
import type { ExportLocale } from './locale.ts';

/** Escapes GIFT's special characters: ~ = # { } : and the backslash itself. */
export function escapeGift(text: string): string {
  return text.replace(/([\\~=#{}:])/g, '\\$1').replace(/\n/g, ' ');
}

const MULTI_WEIGHTS: Record<number, string> = { 1: '100', 2: '50', 3: '33.33333', 4: '25', 5: '20', 6: '16.66667' };

export function questionToGift(q: Question): string | null {
  const head = `::${q.id}:: ${escapeGift(q.stem)} {`;
  const feedback = `\t####${escapeGift(q.explanation)}`;
  switch (q.type) {
    case 'single':
      return [head, ...q.options.map((o, i) => `\t${i === q.answer ? '=' : '~'}${escapeGift(o)}`), feedback, '}'].join(
        '\n',
      );
    case 'multiple': {
      const right = MULTI_WEIGHTS[q.answer.length] ?? (100 / q.answer.length).toFixed(5);
      return [
        head,
        ...q.options.map((o, i) => `\t~%${q.answer.includes(i) ? right : '-100'}%${escapeGift(o)}`),
        feedback,
        '}',
      ].join('\n');
    }
    case 'match':
      return [
        head,
        ...q.options.left.map((l, i) => `\t=${escapeGift(l)} -> ${escapeGift(q.options.right[q.answer[i]!]!)}`),
        feedback,
        '}',
      ].join('\n');
    case 'order':
      return null;
  }
}

/** The questions of one topic ("all" for the whole bank), in the locale's language and category. */
export function bankToGift(questions: readonly Question[], topic: string, { t }: ExportLocale): string {
  const parts = [`// ${t('export.file.gift.header')}`, `$CATEGORY: ${t('export.file.category', { topic })}`, ''];
  for (const q of questions) {
    const gift = questionToGift(q);
    parts.push(gift ?? `// ${t('export.file.gift.orderLeftOut', { id: q.id })}`, '');
  }
  return parts.join('\n');
}

/** Small English text helpers for messages built by the engine. */
export const withArticle = (phrase: string): string => (/^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`);

// The insight library's search text: what a person types becomes a Lucene query that can neither
// break nor inject query syntax, finds words with or without accents, and finds a word from its
// first letters (the library is searched while typing).
import { foldText } from './organisation.ts';

/** Every character the Lucene classic query parser gives a meaning (Lucene's QueryParser.escape). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export const escapeLuceneTerm = (word: string): string => word.replace(LUCENE_SPECIAL, '\\$&');

/**
 * The analysers drop these words (Lucene's English stop set). A prefix query is not analysed, so
 * "the*" would stay a required clause matching "theatre": these words get no prefix and vanish.
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);

/** More words than this are a pasted paragraph, not a search; the rest are ignored. */
export const MAX_SEARCH_WORDS = 16;

/**
 * The query for the full-text indexes, or null when the text holds no word to look for.
 *
 * - Accents and case are folded here: the analysers fold indexed text and analysed terms, but
 *   Lucene does not analyse prefix queries, so "bénév*" would never match the indexed "benevoles".
 * - Typographic apostrophes become plain ones, so the French analyser strips "l’" from "l’été".
 * - Every word is required (AND): adding a word narrows the results, as people expect.
 * - A word matches as written (analysed, so the stemmed indexes find other forms of it) or as
 *   the beginning of a longer word.
 * - Lower case also disarms the operators AND, OR, NOT and TO, which Lucene reads only in capitals;
 *   every other special character is escaped with a backslash.
 */
export function insightSearchQuery(text: string): string | null {
  const words = foldText(text.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'"))
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, MAX_SEARCH_WORDS);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const term = escapeLuceneTerm(word);
      const prefixed = [...word].length >= 2 && !STOP_WORDS.has(word);
      return prefixed ? `+(${term} OR ${term}*)` : `+${term}`;
    })
    .join(' ');
}

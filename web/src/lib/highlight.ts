// The words of a library search marked in a result's text, and the excerpt around the first one.
// Pure and DOM-free: it returns plain text segments that Svelte draws as text and <mark>, so user
// text is never parsed as HTML. Matching follows the server's search (domain/insight-search.ts):
// case and accents do not matter, and a word matches the beginning of a longer one ("benev" marks
// "bénévoles").

export interface Segment {
  text: string;
  match: boolean;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a search, folded; like the server, words without a letter or digit are dropped. */
export function searchWords(query: string): string[] {
  return [
    ...new Set(
      fold(query.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'"))
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => /[\p{L}\p{N}]/u.test(w)),
    ),
  ].slice(0, 16);
}

/** The folded text with, for each of its characters, the index of the original character it came from. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Words the server looks for as written only, never as the beginning of a longer word. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);
const wholeWordOnly = (word: string) => [...word].length < 2 || STOP_WORDS.has(word);

/** [start, end) ranges of the original text to mark: each whole word that begins with a search word. */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  if (!words.length || !text) return [];
  const { folded, origin } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const word of words) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(word, from);
      if (at < 0) break;
      from = at + 1;
      if (isWordChar(folded[at - 1])) continue; // inside a word: not its beginning
      let end = at + word.length;
      if (wholeWordOnly(word) && isWordChar(folded[end])) continue;
      while (isWordChar(folded[end])) end += 1;
      ranges.push([origin[at]!, origin[end]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The text cut into plain and marked segments. */
export function highlight(text: string, words: readonly string[]): Segment[] {
  const ranges = matchRanges(text, words);
  if (!ranges.length) return text ? [{ text, match: false }] : [];
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), match: false });
    out.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}

/**
 * At most `length` characters of the text around its first match (the start when none), cut at
 * spaces, with an ellipsis where something was left out; then marked.
 */
export function excerpt(text: string, words: readonly string[], length = 280): Segment[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length) return highlight(clean, words);
  const first = matchRanges(clean, words)[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(length / 3), clean.length - length));
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(clean.length, start + length);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
  }
  const part = `${start > 0 ? '… ' : ''}${clean.slice(start, end)}${end < clean.length ? ' …' : ''}`;
  return highlight(part, words);
}

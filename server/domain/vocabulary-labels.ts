// A vocabulary value as people write it in a spreadsheet: its code (`visual-arts`) or its label in any
// of the council's languages (`Beeldende kunst`, `Arts visuels`, `Visual arts`, `Bildende Kunst`),
// in any case, with or without accents. Pure (imports only the taxonomy): the CSV import and the
// dashboard's import preview match cells the same way.
import {
  AUDIENCES,
  COMMUNES,
  DISCIPLINES,
  ORGANISATION_KINDS,
  ORGANISATION_SIZES,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  RESOURCES,
} from './taxonomy.ts';

export interface Vocabulary {
  /** The problem code of a value not in it, e.g. `unknown-commune`. */
  problem: string;
  /** Each code with the names people may write for it (the code itself always matches). */
  terms: readonly { id: string; labels: readonly string[] }[];
}

/** Folded for comparison: no accents, lower case, any run of spaces, dashes, dots or apostrophes as one space. */
export const foldTerm = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-_.'’]+/gu, ' ')
    .trim();

const codesOnly = (problem: string, ids: readonly string[]): Vocabulary => ({ problem, terms: ids.map((id) => ({ id, labels: [] })) });

/**
 * The taxonomy names communes (nl, fr and any other language it adds) and disciplines (nl, fr, en, de).
 * Kinds, resources, audiences, sizes and project kinds and statuses are labelled only in the dashboard's
 * catalogues: their codes match, written with spaces or dashes in any case (`Community centre`).
 */
export const VOCABULARIES = {
  commune: { problem: 'unknown-commune', terms: COMMUNES.map((c) => ({ id: c.id, labels: Object.values(c.name) })) },
  discipline: { problem: 'unknown-discipline', terms: DISCIPLINES.map((d) => ({ id: d.id, labels: Object.values(d.name) })) },
  organisationKind: codesOnly('unknown-kind', ORGANISATION_KINDS),
  resource: codesOnly('unknown-resource', RESOURCES),
  audience: codesOnly('unknown-audience', AUDIENCES),
  size: codesOnly('unknown-size', ORGANISATION_SIZES),
  projectKind: codesOnly('unknown-kind', PROJECT_KINDS),
  projectStatus: codesOnly('unknown-status', PROJECT_STATUSES),
} satisfies Record<string, Vocabulary>;

const indexes = new WeakMap<Vocabulary, Map<string, string>>();

function indexOf(vocabulary: Vocabulary): Map<string, string> {
  let index = indexes.get(vocabulary);
  if (!index) {
    index = new Map();
    for (const { id, labels } of vocabulary.terms) for (const name of [id, ...labels]) index.set(foldTerm(name), id);
    indexes.set(vocabulary, index);
  }
  return index;
}

/** The code a cell means, or undefined when it names nothing in the vocabulary. */
export function matchTerm(vocabulary: Vocabulary, cell: string): string | undefined {
  return indexOf(vocabulary).get(foldTerm(cell));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Up to three codes close to what was written (a typo, a name cut short), closest first: a code
 * whose name starts with the cell, or within a third of its length in edits.
 */
export function suggestTerms(vocabulary: Vocabulary, cell: string, limit = 3): string[] {
  const folded = foldTerm(cell);
  if (!folded) return [];
  const best = new Map<string, number>();
  for (const [name, id] of indexOf(vocabulary)) {
    const distance = name.startsWith(folded) || folded.startsWith(name) ? 0.5 : editDistance(folded, name);
    if (distance <= Math.max(2, Math.floor(name.length / 3)) && distance < (best.get(id) ?? Infinity)) best.set(id, distance);
  }
  return [...best].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([id]) => id);
}

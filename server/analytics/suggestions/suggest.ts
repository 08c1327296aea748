// The partner finder: ranked organisations an organisation (or a project) has not worked with yet,
// each with its score and its reasons.
import { NotFoundError } from '../../domain/errors.ts';
import { combine, SIGNALS, weightVector, writeFeatures, type SignalWeights } from './combine.ts';
import { proximity } from './network-proximity.ts';
import { explainSuggestion, type SuggestionReason } from './reasons.ts';
import { buildSuggestionIndex, isSuggestionIndex, popcount, type SuggestionIndex } from './suggestion-index.ts';
import type { SuggestionData } from './types.ts';

export interface SuggestionFilters {
  /** Only candidates with this discipline (main or secondary). */
  discipline?: string;
  commune?: string;
  /** Only candidates that offer this resource. */
  resource?: string;
  /** Only this candidate (by id): its score and reasons, when it may be suggested at all. */
  candidate?: string;
}

export interface SuggestOptions {
  /** Default 10. */
  limit?: number;
  filters?: SuggestionFilters;
  weights?: Partial<SignalWeights>;
  /** Reasons per suggestion; default 3. */
  reasons?: number;
}

export interface PartnerSuggestion {
  organisation: { id: string; name: string; disciplines: readonly string[]; commune: string | null };
  score: number;
  reasons: SuggestionReason[];
}

/**
 * For a project: a candidate bringing a discipline the project still needs (its main one; half for
 * a secondary one) or a resource its partners need adds this much to its mean score with the partners.
 */
export const PROJECT_WEIGHTS = { neededDiscipline: 2, neededResource: 0.6 } as const;

const DEFAULT_LIMIT = 10;

function indexOfData(data: SuggestionData | SuggestionIndex): SuggestionIndex {
  return isSuggestionIndex(data) ? data : buildSuggestionIndex(data);
}

/** Whether candidate c passes the filters (bit sets: a filter word the data never used matches nobody). */
function filterCheck(index: SuggestionIndex, filters: SuggestionFilters | undefined): (c: number) => boolean {
  if (!filters) return () => true;
  const discipline = filters.discipline === undefined ? -1 : index.disciplines.has(filters.discipline) ? index.disciplines.mask([filters.discipline]) : 0;
  const resource = filters.resource === undefined ? -1 : index.resources.has(filters.resource) ? index.resources.mask([filters.resource]) : 0;
  const commune = filters.commune === undefined ? -2 : index.communeIds.indexOf(filters.commune);
  const only = filters.candidate === undefined ? -2 : (index.indexOf.get(filters.candidate) ?? -1);
  return (c) =>
    (only === -2 || c === only) &&
    (discipline === -1 || (index.disciplineMask[c]! & discipline) !== 0) &&
    (resource === -1 || (index.offerMask[c]! & resource) !== 0) &&
    (commune === -2 || (commune >= 0 && index.commune[c] === commune));
}

/** Keeps the `limit` best (score, then name for a stable order) of a stream of candidates. */
class TopList {
  readonly items: { c: number; score: number }[] = [];
  constructor(
    private readonly limit: number,
    private readonly index: SuggestionIndex,
  ) {}

  private better(a: { c: number; score: number }, b: { c: number; score: number }): boolean {
    if (a.score !== b.score) return a.score > b.score;
    return this.index.organisations[a.c]!.name.localeCompare(this.index.organisations[b.c]!.name) < 0;
  }

  offer(c: number, score: number): void {
    const item = { c, score };
    if (this.items.length >= this.limit && !this.better(item, this.items[this.items.length - 1]!)) return;
    let at = this.items.length;
    while (at > 0 && this.better(item, this.items[at - 1]!)) at--;
    this.items.splice(at, 0, item);
    if (this.items.length > this.limit) this.items.pop();
  }
}

function eligible(index: SuggestionIndex, c: number, excluded: ReadonlySet<number>, dismissed: ReadonlySet<number> | undefined): boolean {
  return index.deleted[c] === 0 && !excluded.has(c) && !(dismissed?.has(c) ?? false);
}

function organisationRef(index: SuggestionIndex, c: number): PartnerSuggestion['organisation'] {
  const o = index.organisations[c]!;
  return { id: o.id, name: o.name, disciplines: o.disciplines, commune: o.commune };
}

/**
 * Organisations `organisationId` has no joint project with yet, best first. Never itself, its
 * partners, deleted organisations nor those it dismissed. Every organisation is scored, so one with
 * no ties still gets suggestions from disciplines, resources, groups and place.
 */
export function suggestPartners(organisationId: string, data: SuggestionData | SuggestionIndex, options: SuggestOptions = {}): PartnerSuggestion[] {
  const index = indexOfData(data);
  const u = index.indexOf.get(organisationId);
  if (u === undefined || index.deleted[u] === 1) throw new NotFoundError(`Organisation ${organisationId}`);
  const weights = weightVector(options.weights);
  const passes = filterCheck(index, options.filters);
  const near = proximity(index, u);
  const excluded = index.partnerSets[u]!;
  const dismissed = index.dismissed.get(organisationId);
  const features = new Float64Array(SIGNALS.length);
  const top = new TopList(options.limit ?? DEFAULT_LIMIT, index);
  for (let c = 0; c < index.organisations.length; c++) {
    if (c === u || !eligible(index, c, excluded, dismissed) || !passes(c)) continue;
    writeFeatures(index, u, c, near, features);
    top.offer(c, combine(features, 0, weights));
  }
  return top.items.map(({ c, score }) => {
    writeFeatures(index, u, c, near, features);
    return { organisation: organisationRef(index, c), score, reasons: explainSuggestion(index, u, c, features, 0, weights, options.reasons ?? 3) };
  });
}

export interface ProjectForSuggestions {
  id: string;
  partnerIds: readonly string[];
  /** Disciplines the project still looks for partners in. */
  needsPartnersIn: readonly string[];
  /** What the partners need; the union of the partners' needs when absent. */
  needs?: readonly string[];
}

/**
 * Organisations that would fit a project: bring a discipline it still needs or a resource its
 * partners need, and fit its partners (their mean score). Current partners, deleted organisations
 * and those dismissed for this project (`dismissed` pairs keyed by the project id) never appear.
 */
export function suggestPartnersForProject(project: ProjectForSuggestions, data: SuggestionData | SuggestionIndex, options: SuggestOptions = {}): PartnerSuggestion[] {
  const index = indexOfData(data);
  const weights = weightVector(options.weights);
  const passes = filterCheck(index, options.filters);
  const partners = project.partnerIds.map((id) => index.indexOf.get(id)).filter((i): i is number => i !== undefined);
  const nears = partners.map((p) => proximity(index, p));
  const excluded = new Set(partners);
  const dismissed = index.dismissed.get(project.id);
  const needed = index.disciplines.mask(project.needsPartnersIn.filter((d) => index.disciplines.has(d)));
  const needs = index.resources.mask((project.needs ?? partners.flatMap((p) => index.organisations[p]!.needs)).filter((r) => index.resources.has(r)));
  const features = new Float64Array(SIGNALS.length);

  const partnerScore = (c: number): { mean: number; best: number } => {
    let sum = 0;
    let best = -1;
    let bestScore = -Infinity;
    partners.forEach((p, k) => {
      writeFeatures(index, p, c, nears[k]!, features);
      const s = combine(features, 0, weights);
      sum += s;
      if (s > bestScore) [best, bestScore] = [k, s];
    });
    return { mean: partners.length > 0 ? sum / partners.length : 0, best };
  };
  const bringsDiscipline = (c: number) =>
    (index.mainDiscipline[c]! & needed) !== 0 ? 1 : (index.disciplineMask[c]! & needed) !== 0 ? 0.5 : 0;

  const top = new TopList(options.limit ?? DEFAULT_LIMIT, index);
  for (let c = 0; c < index.organisations.length; c++) {
    if (!eligible(index, c, excluded, dismissed) || !passes(c)) continue;
    const score =
      partnerScore(c).mean +
      PROJECT_WEIGHTS.neededDiscipline * bringsDiscipline(c) +
      PROJECT_WEIGHTS.neededResource * popcount(needs & index.offerMask[c]!);
    top.offer(c, score);
  }
  const max = options.reasons ?? 3;
  return top.items.map(({ c, score }) => {
    const reasons: SuggestionReason[] = [
      ...index.disciplines.wordsOf(index.disciplineMask[c]! & needed).map((discipline): SuggestionReason => ({ kind: 'brings-discipline', discipline })),
      ...index.resources.wordsOf(index.offerMask[c]! & needs).map((resource): SuggestionReason => ({ kind: 'brings-resource', resource })),
    ].slice(0, max);
    const { best } = partnerScore(c);
    if (best >= 0 && reasons.length < max) {
      const p = partners[best]!;
      writeFeatures(index, p, c, nears[best]!, features);
      reasons.push(...explainSuggestion(index, p, c, features, 0, weights, max - reasons.length));
    }
    return { organisation: organisationRef(index, c), score, reasons };
  });
}

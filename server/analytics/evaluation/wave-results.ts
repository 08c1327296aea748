// The results of one wave, for the whole network or a view of it (a discipline, a working group):
// response rate, each score's aggregate, the breakdowns, the scores about each organisation, the free
// texts and reported versus observed. Every aggregate goes through the privacy threshold.
import { aggregate, responseRate, type Aggregate, type ResponseRate } from './aggregate.ts';
import {
  FREQUENCY_SCALE,
  GENERAL_ITEMS,
  GENERAL_SCALE,
  PARTNER_SCALE,
  SCORES,
  TRUST_ITEMS,
  VALUE_ITEMS,
  trustScore,
  valueScore,
  type Score,
  type SubmittedAnswer,
} from './questions.ts';
import { reportedVersusObserved, type ReportedVersusObserved } from './reported-observed.ts';

/** An organisation asked in a wave, with what the views group it by. */
export interface AskedOrganisation {
  id: string;
  name: string;
  slug: string;
  /** Its main discipline: an organisation counts in one discipline of the breakdown. */
  mainDiscipline: string | null;
  /** The working groups it was a member of when the wave closed. */
  groups: string[];
}

export interface WaveView {
  discipline?: string | undefined;
  groupId?: string | undefined;
}

export type Scores = Record<Score, Aggregate>;

export interface ViewResults {
  responseRate: ResponseRate;
  scores: Scores;
}

export interface RatedOrganisation {
  id: string;
  name: string;
  slug: string;
  /** What the organisations that named it as a partner say about it. */
  trust: Aggregate;
  value: Aggregate;
}

export interface FreeText {
  whatWorks: string;
  whatShouldChange: string;
  /** Only when the organisation agreed to be named. */
  organisation: { id: string; name: string } | null;
}

export interface WaveResults extends ViewResults {
  minAnswers: number;
  byDiscipline: ({ discipline: string } & ViewResults)[];
  byWorkingGroup: ({ groupId: string } & ViewResults)[];
  organisations: RatedOrganisation[];
  texts: FreeText[];
  reportedVersusObserved: ReportedVersusObserved;
}

const inView = (o: AskedOrganisation, view: WaveView) =>
  (!view.discipline || o.mainDiscipline === view.discipline) && (!view.groupId || o.groups.includes(view.groupId));

/**
 * The scores of a set of answers. General items: one answer per organisation. Trust, value and
 * frequency: each organisation's mean over the partners it rated is one answer (so an organisation
 * naming ten partners weighs as much as one naming two); the distribution counts the items' answers.
 */
export function scoresOf(answers: readonly SubmittedAnswer[], minAnswers: number): Scores {
  const out = {} as Scores;
  for (const item of GENERAL_ITEMS) {
    const values = answers.map((a) => a.general[item]);
    out[item] = aggregate(values, values, GENERAL_SCALE, minAnswers);
  }
  const rating = answers.filter((a) => a.partners.length > 0);
  const meanOf = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
  out.trust = aggregate(
    rating.map((a) => meanOf(a.partners.map(trustScore))),
    rating.flatMap((a) => a.partners.flatMap((p) => TRUST_ITEMS.map((i) => p[i]))),
    PARTNER_SCALE,
    minAnswers,
  );
  out.value = aggregate(
    rating.map((a) => meanOf(a.partners.map(valueScore))),
    rating.flatMap((a) => a.partners.flatMap((p) => VALUE_ITEMS.map((i) => p[i]))),
    PARTNER_SCALE,
    minAnswers,
  );
  out.frequency = aggregate(
    rating.map((a) => meanOf(a.partners.map((p) => p.frequency))),
    rating.flatMap((a) => a.partners.map((p) => p.frequency)),
    FREQUENCY_SCALE,
    minAnswers,
  );
  for (const s of SCORES) if (!(s in out)) throw new Error(`Score ${s} was not computed.`);
  return out;
}

function viewResults(asked: readonly AskedOrganisation[], answers: readonly SubmittedAnswer[], minAnswers: number): ViewResults {
  const ids = new Set(asked.map((o) => o.id));
  const mine = answers.filter((a) => ids.has(a.organisationId));
  return { responseRate: responseRate(ids, new Set(mine.map((a) => a.organisationId))), scores: scoresOf(mine, minAnswers) };
}

/**
 * `answers`: the submitted answers (drafts never count); `observed`: the graph's ties over the wave's
 * period. A view narrows the respondents (and the organisations rated) to those in it.
 */
export function waveResults(
  asked: readonly AskedOrganisation[],
  answers: readonly SubmittedAnswer[],
  observed: Iterable<{ source: string; target: string }>,
  options: { minAnswers: number; view?: WaveView },
): WaveResults {
  const { minAnswers } = options;
  const view = options.view ?? {};
  const askedById = new Map(asked.map((o) => [o.id, o]));
  const inside = asked.filter((o) => inView(o, view));
  const insideIds = new Set(inside.map((o) => o.id));
  const mine = answers.filter((a) => insideIds.has(a.organisationId));

  const disciplines = [...new Set(inside.map((o) => o.mainDiscipline).filter((d): d is string => d !== null))].sort();
  const groups = [...new Set(inside.flatMap((o) => o.groups))].sort();

  // About each organisation of the view that someone named: the raters' trust and value in it.
  const about = new Map<string, { trust: number[]; value: number[]; trustItems: number[]; valueItems: number[] }>();
  for (const answer of answers) {
    for (const p of answer.partners) {
      if (!insideIds.has(p.organisationId) || p.organisationId === answer.organisationId) continue;
      const entry = about.get(p.organisationId) ?? { trust: [], value: [], trustItems: [], valueItems: [] };
      entry.trust.push(trustScore(p));
      entry.value.push(valueScore(p));
      entry.trustItems.push(...TRUST_ITEMS.map((i) => p[i]));
      entry.valueItems.push(...VALUE_ITEMS.map((i) => p[i]));
      about.set(p.organisationId, entry);
    }
  }
  const organisations: RatedOrganisation[] = [...about.entries()]
    .map(([id, e]) => {
      const o = askedById.get(id);
      return {
        id,
        name: o?.name ?? id,
        slug: o?.slug ?? id,
        trust: aggregate(e.trust, e.trustItems, PARTNER_SCALE, minAnswers),
        value: aggregate(e.value, e.valueItems, PARTNER_SCALE, minAnswers),
      };
    })
    .filter((o) => askedById.has(o.id))
    .sort((a, b) => a.name.localeCompare(b.name));

  const texts: FreeText[] = mine
    .filter((a) => a.whatWorks.trim() || a.whatShouldChange.trim())
    .map((a) => ({
      whatWorks: a.whatWorks,
      whatShouldChange: a.whatShouldChange,
      organisation: a.consentToBeNamed ? { id: a.organisationId, name: askedById.get(a.organisationId)?.name ?? a.organisationId } : null,
    }))
    // Unnamed texts must not keep the order of anything that identifies them.
    .sort((a, b) => (a.whatWorks + a.whatShouldChange).localeCompare(b.whatWorks + b.whatShouldChange));

  const named = new Map(mine.map((a) => [a.organisationId, a.partners.map((p) => p.organisationId)]));
  const observedInView = [...observed].filter((t) => insideIds.has(t.source) || insideIds.has(t.target));

  return {
    minAnswers,
    ...viewResults(inside, mine, minAnswers),
    byDiscipline: disciplines.map((discipline) => ({ discipline, ...viewResults(inside.filter((o) => o.mainDiscipline === discipline), mine, minAnswers) })),
    byWorkingGroup: groups.map((groupId) => ({ groupId, ...viewResults(inside.filter((o) => o.groups.includes(groupId)), mine, minAnswers) })),
    organisations,
    texts,
    reportedVersusObserved: reportedVersusObserved(named, observedInView),
  };
}

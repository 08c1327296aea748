// The questions of an evaluation wave, after the PARTNER tool (Varda, Chandra et al., University of
// Colorado Denver): general questions on the council (1–5) and, about each named partner, how often
// they work together, trust and value (1–4 each, the tool's scales).

/** General questions about the council's collaboration, each 1 (very poor) to 5 (very good). */
export const GENERAL_ITEMS = ['communication', 'workingGroups', 'meetings', 'knowledgeExchange', 'satisfaction'] as const;
export type GeneralItem = (typeof GENERAL_ITEMS)[number];
export const GENERAL_SCALE = { min: 1, max: 5 } as const;

/** Trust: openness to discussion, reliability (follows through), shared mission. 1 not at all … 4 a great deal. */
export const TRUST_ITEMS = ['openness', 'reliability', 'sharedMission'] as const;
/** Value: power and influence, resources contributed, level of involvement. 1 not at all … 4 a great deal. */
export const VALUE_ITEMS = ['influence', 'resources', 'involvement'] as const;
export type TrustItem = (typeof TRUST_ITEMS)[number];
export type ValueItem = (typeof VALUE_ITEMS)[number];
export const PARTNER_SCALE = { min: 1, max: 4 } as const;
/** How often they work together: 1 once a year or less, 2 about every quarter, 3 about every month, 4 every week. */
export const FREQUENCY_SCALE = { min: 1, max: 4 } as const;

/** Every score a wave's results report. */
export const SCORES = [...GENERAL_ITEMS, 'trust', 'value', 'frequency'] as const;
export type Score = (typeof SCORES)[number];

export interface Scale {
  min: number;
  max: number;
}

export const scaleOf = (score: Score): Scale => ((GENERAL_ITEMS as readonly string[]).includes(score) ? GENERAL_SCALE : PARTNER_SCALE);

/** One organisation's answers about one partner. */
export interface PartnerRating {
  organisationId: string;
  frequency: number;
  openness: number;
  reliability: number;
  sharedMission: number;
  influence: number;
  resources: number;
  involvement: number;
}

/** A submitted answer of one organisation in one wave. */
export interface SubmittedAnswer {
  organisationId: string;
  general: Record<GeneralItem, number>;
  whatWorks: string;
  whatShouldChange: string;
  consentToBeNamed: boolean;
  partners: PartnerRating[];
}

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

/** The PARTNER tool's trust score of one rating: the mean of its three trust items. */
export const trustScore = (r: PartnerRating): number => mean(TRUST_ITEMS.map((i) => r[i]));
/** The PARTNER tool's value score of one rating: the mean of its three value items. */
export const valueScore = (r: PartnerRating): number => mean(VALUE_ITEMS.map((i) => r[i]));

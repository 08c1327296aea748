// How the signals add up to one score: the one place where their weights live.
import { partnerCount } from './activity.ts';
import { coAttendedMeetings } from './co-attendance.ts';
import { disciplineHabit } from './discipline-habit.ts';
import { disciplineOverlap } from './discipline-overlap.ts';
import type { CommonPartners } from './network-proximity.ts';
import { placeProximity } from './place.ts';
import { resourceMatch } from './resources.ts';
import { sharedGroups } from './shared-groups.ts';
import { sharedAudiences, sharedLanguages } from './shared-profile.ts';
import type { SuggestionIndex } from './suggestion-index.ts';

export const SIGNALS = [
  'resource-allocation',
  'adamic-adar',
  'discipline-habit',
  'discipline-overlap',
  'resources',
  'shared-groups',
  'co-attendance',
  'place',
  'languages',
  'audiences',
  'activity',
] as const;
export type Signal = (typeof SIGNALS)[number];
export type SignalWeights = Readonly<Record<Signal, number>>;

/**
 * Each signal's raw value is first put on a comparable scale (the feature), then weighted:
 * - resource-allocation ln(1 + 10·RA), adamic-adar ln(1 + AA): common partners, recent ones
 *   counting more (network-proximity.ts); diminishing returns for many;
 * - discipline-habit: ln(lift) of the best discipline pair (0 to about 2), discipline-overlap and
 *   languages and audiences: Jaccard (0 to 1);
 * - resources: matched needs and offers both ways, counted; place: 1 same commune, ½ neighbouring;
 * - shared-groups: groups in common; co-attendance: ln(1 + meetings together);
 * - activity: ln(1 + the candidate's partners).
 *
 * The weights below were fitted by the logistic regression in fit.ts on an earlier period of the
 * demo city (learn before 2024-06-30, predict 2024-06-30 … 2025-06-30) and rounded; the hold-out
 * after 2025-06-30 (bench/eval-suggestions.ts) is out of sample for them. See README for the table.
 */
export const DEFAULT_WEIGHTS: SignalWeights = {
  'resource-allocation': 1.2,
  'adamic-adar': 0.3,
  'discipline-habit': 0.8,
  'discipline-overlap': 0.4,
  resources: 0.3,
  'shared-groups': 0.6,
  'co-attendance': 0.2,
  place: 1,
  languages: 0.2,
  audiences: 0.2,
  activity: 0.5,
};

/** Writes the features of candidate c for query u into out[offset … offset + SIGNALS.length). */
export function writeFeatures(index: SuggestionIndex, u: number, c: number, common: CommonPartners | undefined, out: Float64Array, offset = 0): void {
  out[offset] = common ? Math.log1p(10 * common.resourceAllocation) : 0;
  out[offset + 1] = common ? Math.log1p(common.adamicAdar) : 0;
  out[offset + 2] = disciplineHabit(index, u, c).score;
  out[offset + 3] = disciplineOverlap(index, u, c).score;
  out[offset + 4] = resourceMatch(index, u, c).score;
  out[offset + 5] = index.groupsOf[u]!.length > 0 ? sharedGroups(index, u, c).score : 0;
  out[offset + 6] = Math.log1p(coAttendedMeetings(index, u, c));
  out[offset + 7] = placeProximity(index, u, c).score;
  out[offset + 8] = sharedLanguages(index, u, c).score;
  out[offset + 9] = sharedAudiences(index, u, c).score;
  out[offset + 10] = Math.log1p(partnerCount(index, c));
}

export function weightVector(weights: Partial<SignalWeights> = {}): Float64Array {
  return Float64Array.from(SIGNALS, (s) => weights[s] ?? DEFAULT_WEIGHTS[s]);
}

export function combine(features: Float64Array, offset: number, weights: Float64Array): number {
  let score = 0;
  for (let k = 0; k < weights.length; k++) score += weights[k]! * features[offset + k]!;
  return score;
}

// Why a candidate is suggested, as data (kind, numbers, names): the dashboard words it in the
// reader's language. The strongest contributions to the score come first.
import { disciplineHabit } from './discipline-habit.ts';
import { disciplineOverlap } from './discipline-overlap.ts';
import { SIGNALS, type Signal } from './combine.ts';
import { commonPartnersOf } from './network-proximity.ts';
import { placeProximity } from './place.ts';
import { resourceMatch } from './resources.ts';
import { sharedGroups } from './shared-groups.ts';
import { sharedAudiences, sharedLanguages } from './shared-profile.ts';
import type { SuggestionIndex } from './suggestion-index.ts';

export interface NamedRef {
  id: string;
  name: string;
}

export type SuggestionReason =
  | { kind: 'common-partners'; count: number; partners: NamedRef[] }
  | { kind: 'discipline-habit'; a: string; b: string; projects: number }
  | { kind: 'shared-disciplines'; disciplines: string[] }
  | { kind: 'need-offer'; resource: string; direction: 'they-offer' | 'you-offer' }
  | { kind: 'shared-groups'; groups: NamedRef[] }
  | { kind: 'co-attendance'; meetings: number }
  | { kind: 'same-commune'; commune: string }
  | { kind: 'neighbouring-commune'; commune: string }
  | { kind: 'shared-languages'; languages: string[] }
  | { kind: 'shared-audiences'; audiences: string[] }
  | { kind: 'active'; partners: number }
  | { kind: 'brings-discipline'; discipline: string }
  | { kind: 'brings-resource'; resource: string };

export type ReasonKind = SuggestionReason['kind'];

/** Most common partners named in one reason. */
const NAMED_PARTNERS = 3;

/** The reasons of one signal for candidate c of query u. */
function signalReasons(index: SuggestionIndex, signal: Signal, u: number, c: number): SuggestionReason[] {
  const ref = (i: number): NamedRef => ({ id: index.organisations[i]!.id, name: index.organisations[i]!.name });
  switch (signal) {
    case 'resource-allocation':
    case 'adamic-adar': {
      const { via } = commonPartnersOf(index, u, c);
      return via.length > 0 ? [{ kind: 'common-partners', count: via.length, partners: via.slice(0, NAMED_PARTNERS).map(ref) }] : [];
    }
    case 'discipline-habit': {
      const h = disciplineHabit(index, u, c);
      return h.a && h.b ? [{ kind: 'discipline-habit', a: h.a, b: h.b, projects: h.projects }] : [];
    }
    case 'discipline-overlap': {
      const o = disciplineOverlap(index, u, c);
      return o.shared.length > 0 ? [{ kind: 'shared-disciplines', disciplines: o.shared }] : [];
    }
    case 'resources': {
      const r = resourceMatch(index, u, c);
      return [
        ...r.theyOffer.map((resource): SuggestionReason => ({ kind: 'need-offer', resource, direction: 'they-offer' })),
        ...r.youOffer.map((resource): SuggestionReason => ({ kind: 'need-offer', resource, direction: 'you-offer' })),
      ];
    }
    case 'shared-groups': {
      const g = sharedGroups(index, u, c);
      return g.groups.length > 0 ? [{ kind: 'shared-groups', groups: g.groups }] : [];
    }
    case 'co-attendance': {
      const meetings = index.coAttendance[u]!.get(c) ?? 0;
      return meetings > 0 ? [{ kind: 'co-attendance', meetings }] : [];
    }
    case 'place': {
      const p = placeProximity(index, u, c);
      const commune = index.organisations[c]!.commune;
      return p.relation && commune ? [{ kind: p.relation, commune }] : [];
    }
    case 'languages': {
      const l = sharedLanguages(index, u, c);
      return l.shared.length > 0 ? [{ kind: 'shared-languages', languages: l.shared }] : [];
    }
    case 'audiences': {
      const a = sharedAudiences(index, u, c);
      return a.shared.length > 0 ? [{ kind: 'shared-audiences', audiences: a.shared }] : [];
    }
    case 'activity': {
      const partners = index.partners[c]!.ids.length;
      return partners > 0 ? [{ kind: 'active', partners }] : [];
    }
  }
}

/**
 * The top `max` reasons of candidate c: signals in the order of what they added to its score
 * (weight × feature), each giving its reasons; a need matched both ways gives one reason per resource.
 */
export function explainSuggestion(
  index: SuggestionIndex,
  u: number,
  c: number,
  features: Float64Array,
  offset: number,
  weights: Float64Array,
  max = 3,
): SuggestionReason[] {
  const order = SIGNALS.map((signal, k) => ({ signal, contribution: weights[k]! * features[offset + k]! }))
    .filter((x) => x.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution);
  const reasons: SuggestionReason[] = [];
  const kinds = new Set<ReasonKind>();
  for (const { signal } of order) {
    for (const reason of signalReasons(index, signal, u, c)) {
      // Resource allocation and Adamic–Adar both say "common partners": say it once.
      if (reason.kind === 'common-partners' && kinds.has('common-partners')) continue;
      if (reasons.length >= max) return reasons;
      reasons.push(reason);
      kinds.add(reason.kind);
    }
  }
  return reasons;
}

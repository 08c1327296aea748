// Each partner-finder signal on tiny graphs whose answers are worked out by hand.
import { describe, expect, it } from 'vitest';
import { disciplineHabit } from '../../server/analytics/suggestions/discipline-habit.ts';
import { disciplineOverlap } from '../../server/analytics/suggestions/discipline-overlap.ts';
import { commonPartners } from '../../server/analytics/suggestions/network-proximity.ts';
import { placeProximity } from '../../server/analytics/suggestions/place.ts';
import { resourceMatch } from '../../server/analytics/suggestions/resources.ts';
import { sharedGroups } from '../../server/analytics/suggestions/shared-groups.ts';
import { sharedAudiences, sharedLanguages } from '../../server/analytics/suggestions/shared-profile.ts';
import { buildSuggestionIndex, recencyWeight } from '../../server/analytics/suggestions/suggestion-index.ts';
import type { DatedTie, SuggestionOrganisation } from '../../server/analytics/suggestions/types.ts';

function org(id: string, extra: Partial<SuggestionOrganisation> = {}): SuggestionOrganisation {
  return { id, name: `Org ${id}`, disciplines: ['theatre'], commune: 'bruxelles', languages: ['fr'], audiences: [], offers: [], needs: [], ...extra };
}

function tie(source: string, target: string, last = '2026-01-01', projects = 1): DatedTie {
  return { source, target, weight: projects, kinds: { project: projects }, first: last, last };
}

const TODAY = '2026-01-01';

describe('recencyWeight', () => {
  it.each([
    ['2026-01-01', 1],
    ['2025-01-01', 0.5],
    ['2024-01-01', 0.25],
    ['2027-01-01', 1],
  ])('weighs a tie last active on %s by %s', (last, expected) => {
    expect(recencyWeight(last, TODAY)).toBeCloseTo(expected, 2);
  });
});

describe('commonPartners', () => {
  // A–B, A–C, B–D, C–D, C–E: D is two steps from A through B (2 partners) and C (3 partners).
  const ties = [tie('A', 'B'), tie('A', 'C'), tie('B', 'D'), tie('C', 'D'), tie('C', 'E')];
  const index = buildSuggestionIndex({ organisations: ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => org(id)), ties, today: TODAY });
  const at = (id: string) => index.indexOf.get(id)!;

  it.each([
    ['D', 1 / 2 + 1 / 3, 1 / Math.log(2) + 1 / Math.log(3), 2],
    ['E', 1 / 3, 1 / Math.log(3), 1],
  ])('scores %s from A by resource allocation and Adamic–Adar', (candidate, ra, aa, via) => {
    const entry = commonPartners(index, at('A')).get(at(candidate))!;
    expect(entry.resourceAllocation).toBeCloseTo(ra, 10);
    expect(entry.adamicAdar).toBeCloseTo(aa, 10);
    expect(entry.via).toHaveLength(via);
  });

  it('leaves out partners, itself and organisations more than two steps away', () => {
    const found = commonPartners(index, at('A'));
    expect([...found.keys()].map((i) => index.organisations[i]!.id).sort()).toEqual(['D', 'E']);
  });

  it('counts an old tie less: half after a year', () => {
    const aged = buildSuggestionIndex({ organisations: ['A', 'B', 'D'].map((id) => org(id)), ties: [tie('A', 'B', '2025-01-01'), tie('B', 'D')], today: TODAY });
    const entry = commonPartners(aged, 0).get(2)!;
    expect(entry.resourceAllocation).toBeCloseTo(Math.sqrt(0.5) / 2, 3);
  });

  it('ignores ties without a joint project (group or meeting only)', () => {
    const soft = buildSuggestionIndex({
      organisations: ['A', 'B', 'D'].map((id) => org(id)),
      ties: [{ source: 'A', target: 'B', weight: 0.5, kinds: { group: 1 }, first: null, last: TODAY }, tie('B', 'D')],
      today: TODAY,
    });
    expect(commonPartners(soft, 0).size).toBe(0);
  });
});

describe('disciplineHabit', () => {
  // Five projects: theatre+music three times, theatre+theatre once, dance+film once.
  // 5 partner pairs, 10 ends: theatre 5, music 3 → expected theatre–music pairs 2·0.5·0.3·5 = 1.5.
  const projects = [
    ...Array.from({ length: 3 }, () => ({ partnerDisciplines: ['theatre', 'music'] })),
    { partnerDisciplines: ['theatre', 'theatre'] },
    { partnerDisciplines: ['dance', 'film'] },
  ];
  const organisations = [
    org('T', { disciplines: ['theatre'] }),
    org('M', { disciplines: ['music'] }),
    org('Ms', { disciplines: ['film', 'music'] }),
    org('T2', { disciplines: ['theatre'] }),
  ];
  const index = buildSuggestionIndex({ organisations, ties: [], projects, today: TODAY });

  it.each([
    ['M', Math.log(4 / 2.5), 'music', 3],
    // music is Ms's secondary discipline: half.
    ['Ms', 0.5 * Math.log(4 / 2.5), 'music', 3],
    // theatre with theatre: once against 1.25 expected, no habit.
    ['T2', 0, null, 0],
  ])('scores T with %s', (candidate, score, b, count) => {
    const habit = disciplineHabit(index, 0, index.indexOf.get(candidate)!);
    expect(habit.score).toBeCloseTo(score, 10);
    expect(habit.b).toBe(b);
    expect(habit.projects).toBe(count);
  });
});

describe('profile signals', () => {
  const organisations = [
    org('A', { disciplines: ['theatre', 'dance'], commune: 'bruxelles', languages: ['fr', 'nl'], audiences: ['youth', 'families'], needs: ['space'], offers: ['staff'] }),
    org('B', { disciplines: ['dance'], commune: 'bruxelles', languages: ['nl', 'en'], audiences: ['youth'], offers: ['space'], needs: ['staff', 'funding'] }),
    org('C', { disciplines: ['music'], commune: 'ixelles', languages: ['de'], audiences: [], offers: ['funding'], needs: [] }),
    org('D', { disciplines: ['theatre', 'dance', 'circus'], commune: 'uccle', languages: ['fr'], audiences: ['families'] }),
    org('E', { commune: null }),
  ];
  const index = buildSuggestionIndex({
    organisations,
    ties: [],
    memberships: [
      { organisationId: 'A', groupId: 'g1', groupName: 'Youth' },
      { organisationId: 'A', groupId: 'g2', groupName: 'Spaces' },
      { organisationId: 'B', groupId: 'g2', groupName: 'Spaces' },
      { organisationId: 'C', groupId: 'g1', groupName: 'Youth' },
      { organisationId: 'C', groupId: 'g2', groupName: 'Spaces' },
    ],
    today: TODAY,
  });
  const at = (id: string) => index.indexOf.get(id)!;

  it.each([
    ['B', 1 / 2, ['dance']],
    ['C', 0, []],
    ['D', 2 / 3, ['theatre', 'dance']],
  ])('discipline overlap of A and %s is %s', (c, score, shared) => {
    const o = disciplineOverlap(index, at('A'), at(c));
    expect(o.score).toBeCloseTo(score, 10);
    expect(o.shared.sort()).toEqual([...shared].sort());
  });

  it.each([
    ['B', 2, ['space'], ['staff']],
    ['C', 0, [], []],
  ])('matches needs and offers both ways between A and %s', (c, score, theyOffer, youOffer) => {
    expect(resourceMatch(index, at('A'), at(c))).toEqual({ score, theyOffer, youOffer });
  });

  it.each([
    ['B', 1, 'same-commune'],
    ['C', 0.5, 'neighbouring-commune'],
    ['D', 0, null],
    ['E', 0, null],
  ])('place of A and %s is %s', (c, score, relation) => {
    expect(placeProximity(index, at('A'), at(c))).toEqual({ score, relation });
  });

  it.each([
    ['B', 1 / 3, ['nl'], 1 / 2, ['youth']],
    ['C', 0, [], 0, []],
    ['D', 1 / 2, ['fr'], 1 / 2, ['families']],
  ])('languages and audiences of A and %s', (c, languages, sharedLanguages_, audiences, sharedAudiences_) => {
    expect(sharedLanguages(index, at('A'), at(c)).score).toBeCloseTo(languages, 10);
    expect(sharedLanguages(index, at('A'), at(c)).shared).toEqual(sharedLanguages_);
    expect(sharedAudiences(index, at('A'), at(c)).score).toBeCloseTo(audiences, 10);
    expect(sharedAudiences(index, at('A'), at(c)).shared).toEqual(sharedAudiences_);
  });

  it.each([
    ['B', ['Spaces']],
    ['C', ['Youth', 'Spaces']],
    ['D', []],
  ])('shared working groups of A and %s', (c, names) => {
    const g = sharedGroups(index, at('A'), at(c));
    expect(g.score).toBe(names.length);
    expect(g.groups.map((x) => x.name)).toEqual(names);
  });
});

// suggestPartners and suggestPartnersForProject: who never appears, cold starts, filters, and
// reasons that say what the data says.
import { describe, expect, it } from 'vitest';
import { suggestPartners, suggestPartnersForProject } from '../../server/analytics/suggestions/suggest.ts';
import { buildSuggestionIndex } from '../../server/analytics/suggestions/suggestion-index.ts';
import type { DatedTie, SuggestionData, SuggestionOrganisation } from '../../server/analytics/suggestions/types.ts';
import { generateCollaborationLife } from '../../seed/collaboration-life.ts';
import { generateCity } from '../../seed/generate.ts';
import { suggestionHoldOut } from '../../seed/suggestion-data.ts';

const COMMUNES = ['bruxelles', 'ixelles', 'uccle', 'schaerbeek'];
const DISCIPLINES = ['theatre', 'music', 'dance', 'visual-arts', 'film'];
const RESOURCES = ['space', 'staff', 'funding', 'equipment'];

/** Thirty organisations with varied profiles; ties as given. */
function smallCouncil(ties: DatedTie[], extra: Partial<SuggestionData> = {}): SuggestionData {
  const organisations: SuggestionOrganisation[] = Array.from({ length: 30 }, (_, i) => ({
    id: `o${i}`,
    name: `Organisation ${String(i).padStart(2, '0')}`,
    disciplines: [DISCIPLINES[i % 5]!, ...(i % 3 === 0 ? [DISCIPLINES[(i + 1) % 5]!] : [])],
    commune: COMMUNES[i % 4]!,
    languages: i % 2 === 0 ? ['fr', 'nl'] : ['nl'],
    audiences: i % 3 === 0 ? ['youth'] : ['families'],
    offers: [RESOURCES[i % 4]!],
    needs: [RESOURCES[(i + 1) % 4]!],
    deleted: i === 29,
  }));
  return { organisations, ties, today: '2026-01-01', ...extra };
}

const project = (a: string, b: string, last = '2025-10-01'): DatedTie => ({ source: a, target: b, weight: 1, kinds: { project: 1 }, first: last, last });

describe('suggestPartners', () => {
  const ties = [project('o0', 'o1'), project('o0', 'o2'), project('o1', 'o3'), project('o2', 'o3'), project('o2', 'o4'), project('o3', 'o29'), project('o1', 'o28')];
  const data = smallCouncil(ties, {
    dismissed: [{ organisationId: 'o0', candidateId: 'o4' }],
    memberships: [
      { organisationId: 'o0', groupId: 'g', groupName: 'Spaces' },
      { organisationId: 'o7', groupId: 'g', groupName: 'Spaces' },
    ],
  });

  it('never suggests the organisation itself, its partners, deleted organisations nor dismissed pairs', () => {
    const ids = suggestPartners('o0', data, { limit: 100 }).map((s) => s.organisation.id);
    expect(ids).toHaveLength(30 - 1 - 2 - 1 - 1);
    for (const never of ['o0', 'o1', 'o2', 'o29', 'o4']) expect(ids).not.toContain(never);
  });

  it('puts the organisation with two common partners first, naming them', () => {
    const [first] = suggestPartners('o0', data);
    expect(first!.organisation.id).toBe('o3');
    expect(first!.reasons[0]).toEqual({ kind: 'common-partners', count: 2, partners: expect.arrayContaining([{ id: 'o1', name: 'Organisation 01' }, { id: 'o2', name: 'Organisation 02' }]) });
  });

  it('gives reasons that agree with the data', () => {
    const index = buildSuggestionIndex(data);
    for (const s of suggestPartners('o0', index, { limit: 28, reasons: 11 })) {
      const them = data.organisations.find((o) => o.id === s.organisation.id)!;
      const me = data.organisations[0]!;
      for (const r of s.reasons) {
        if (r.kind === 'need-offer') {
          const [needer, offerer] = r.direction === 'they-offer' ? [me, them] : [them, me];
          expect(needer.needs).toContain(r.resource);
          expect(offerer.offers).toContain(r.resource);
        }
        if (r.kind === 'same-commune') expect([me.commune, them.commune]).toEqual([r.commune, r.commune]);
        if (r.kind === 'shared-disciplines') for (const d of r.disciplines) expect(me.disciplines.includes(d) && them.disciplines.includes(d)).toBe(true);
        if (r.kind === 'shared-groups') expect(them.id).toBe('o7');
        if (r.kind === 'common-partners') {
          for (const p of r.partners) {
            const linked = (a: string, b: string) => ties.some((t) => (t.source === a && t.target === b) || (t.source === b && t.target === a));
            expect(linked('o0', p.id) && linked(p.id, them.id)).toBe(true);
          }
        }
      }
    }
  });

  it('gives an organisation without any tie ten suggestions, each with a reason', () => {
    const suggestions = suggestPartners('o10', smallCouncil([]));
    expect(suggestions).toHaveLength(10);
    for (const s of suggestions) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
  });

  it('filters by discipline, commune and offered resource', () => {
    const index = buildSuggestionIndex(data);
    const byDiscipline = suggestPartners('o0', index, { limit: 50, filters: { discipline: 'music' } });
    expect(byDiscipline.length).toBeGreaterThan(0);
    for (const s of byDiscipline) expect(s.organisation.disciplines).toContain('music');
    for (const s of suggestPartners('o0', index, { limit: 50, filters: { commune: 'uccle' } })) expect(s.organisation.commune).toBe('uccle');
    const offering = suggestPartners('o0', index, { limit: 50, filters: { resource: 'funding' } }).map((s) => s.organisation.id);
    expect(offering.length).toBeGreaterThan(0);
    for (const id of offering) expect(data.organisations.find((o) => o.id === id)!.offers).toContain('funding');
    expect(suggestPartners('o0', index, { filters: { discipline: 'no-such-discipline' } })).toEqual([]);
  });

  it('ranks best first and honours the limit', () => {
    const list = suggestPartners('o5', data, { limit: 7 });
    expect(list).toHaveLength(7);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score);
  });

  it('answers not-found for an unknown or deleted organisation', () => {
    expect(() => suggestPartners('nobody', data)).toThrow(/not found/);
    expect(() => suggestPartners('o29', data)).toThrow(/not found/);
  });

  it('gives every member of the demo city ten suggestions outside its partners', () => {
    const city = generateCity();
    const { data: demo } = suggestionHoldOut(city, generateCollaborationLife(city), '2026-06-30');
    const index = buildSuggestionIndex(demo);
    for (const o of demo.organisations) {
      const list = suggestPartners(o.id, index);
      expect(list).toHaveLength(10);
      for (const s of list) expect(index.partnerSets[index.indexOf.get(o.id)!]!.has(index.indexOf.get(s.organisation.id)!)).toBe(false);
    }
  });
});

describe('suggestPartnersForProject', () => {
  const data = smallCouncil([project('o0', 'o1'), project('o1', 'o2')], { dismissed: [{ organisationId: 'p1', candidateId: 'o7' }] });

  it('suggests organisations bringing the missing discipline first, never current partners nor dismissed ones', () => {
    const list = suggestPartnersForProject({ id: 'p1', partnerIds: ['o0', 'o1'], needsPartnersIn: ['film'] }, data, { limit: 5 });
    expect(list).toHaveLength(5);
    for (const s of list) {
      expect(['o0', 'o1', 'o7', 'o29']).not.toContain(s.organisation.id);
      expect(s.organisation.disciplines[0]).toBe('film');
      expect(s.reasons[0]).toEqual({ kind: 'brings-discipline', discipline: 'film' });
    }
  });

  it('names a resource the partners need that the candidate offers', () => {
    // o0 needs staff, o1 needs funding (offers rotate by index).
    const list = suggestPartnersForProject({ id: 'p2', partnerIds: ['o0', 'o1'], needsPartnersIn: [] }, data, { limit: 3 });
    for (const s of list) {
      const offers = data.organisations.find((o) => o.id === s.organisation.id)!.offers;
      expect(offers.some((r) => r === 'staff' || r === 'funding')).toBe(true);
      expect(s.reasons.some((r) => r.kind === 'brings-resource' && offers.includes(r.resource))).toBe(true);
    }
  });
});

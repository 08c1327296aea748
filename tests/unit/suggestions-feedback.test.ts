// The finder's answer for one named candidate (what a decision records), and the rates per reason kind.
import { describe, expect, it } from 'vitest';
import { feedbackStats } from '../../server/analytics/suggestions/feedback.ts';
import { suggestPartners, suggestPartnersForProject } from '../../server/analytics/suggestions/suggest.ts';
import { buildSuggestionIndex } from '../../server/analytics/suggestions/suggestion-index.ts';
import type { SuggestionOrganisation } from '../../server/analytics/suggestions/types.ts';

const org = (id: string, disciplines: string[], offers: string[] = [], needs: string[] = []): SuggestionOrganisation => ({
  id,
  name: id.toUpperCase(),
  disciplines,
  commune: 'ixelles',
  languages: [],
  audiences: [],
  offers,
  needs,
});
const tie = (a: string, b: string) => ({ source: a, target: b, weight: 1, kinds: { project: 1 }, first: '2025-01-01', last: '2025-06-01' });
const index = buildSuggestionIndex({
  organisations: [org('a', ['theatre'], [], ['funding']), org('b', ['dance']), org('c', ['music'], ['funding']), org('d', ['film'])],
  ties: [tie('a', 'b'), tie('b', 'c')],
  today: '2026-01-01',
});

describe('suggestPartners with a candidate filter', () => {
  it.each([
    ['c', ['c']],
    ['d', ['d']],
    ['b', []], // a partner
    ['a', []], // itself
    ['nobody', []],
  ])('for a and candidate %s answers %j', (candidate, expected) => {
    expect(suggestPartners('a', index, { filters: { candidate } }).map((s) => s.organisation.id)).toEqual(expected);
  });

  it('gives the same score and reasons as the full list', () => {
    const full = suggestPartners('a', index, { reasons: 10 }).find((s) => s.organisation.id === 'c');
    expect(suggestPartners('a', index, { reasons: 10, filters: { candidate: 'c' } })).toEqual([full]);
    expect(full?.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['common-partners', 'need-offer']));
  });

  it('works for a project too, never for its partners', () => {
    const p = { id: 'p', partnerIds: ['a', 'b'], needsPartnersIn: ['music'] };
    expect(suggestPartnersForProject(p, index, { filters: { candidate: 'c' } })[0]?.reasons[0]).toEqual({ kind: 'brings-discipline', discipline: 'music' });
    expect(suggestPartnersForProject(p, index, { filters: { candidate: 'b' } })).toEqual([]);
  });
});

describe('feedbackStats', () => {
  it.each([
    { decisions: [], expected: { accepted: 0, dismissed: 0, byReasonKind: [] } },
    {
      decisions: [
        { decision: 'accepted' as const, reasonKinds: ['common-partners', 'need-offer'] },
        { decision: 'dismissed' as const, reasonKinds: ['need-offer', 'need-offer'] },
        { decision: 'accepted' as const, reasonKinds: ['need-offer'] },
        { decision: 'dismissed' as const, reasonKinds: [] },
      ],
      expected: {
        accepted: 2,
        dismissed: 2,
        byReasonKind: [
          { kind: 'need-offer', accepted: 2, dismissed: 1, acceptanceRate: 0.6667, dismissalRate: 0.3333 },
          { kind: 'common-partners', accepted: 1, dismissed: 0, acceptanceRate: 1, dismissalRate: 0 },
        ],
      },
    },
  ])('counts each decision once per reason kind it carried ($decisions.length decisions)', ({ decisions, expected }) => {
    expect(feedbackStats(decisions)).toEqual(expected);
  });
});

// The ranking metrics by hand, and the temporal hold-out on the 150-member demo city: the combined
// score must beat every classic baseline on precision@10 and MRR.
import { describe, expect, it } from 'vitest';
import { BASELINES, evaluateSuggestions, metricsFromRanks, ranksOf } from '../../server/analytics/suggestions/evaluate.ts';
import { buildSuggestionIndex } from '../../server/analytics/suggestions/suggestion-index.ts';
import { generateCollaborationLife } from '../../seed/collaboration-life.ts';
import { generateCity } from '../../seed/generate.ts';
import { suggestionHoldOut } from '../../seed/suggestion-data.ts';

describe('metricsFromRanks', () => {
  it.each([
    [[1], { precisionAt10: 0.1, recallAt10: 1, hitsAt10: 1, mrr: 1, ndcgAt10: 1 }],
    [[1, 12], { precisionAt10: 0.1, recallAt10: 0.5, hitsAt10: 1, mrr: 1, ndcgAt10: 1 / (1 + 1 / Math.log2(3)) }],
    [[3, 2], { precisionAt10: 0.2, recallAt10: 1, hitsAt10: 1, mrr: 0.5, ndcgAt10: (1 / Math.log2(3) + 1 / 2) / (1 + 1 / Math.log2(3)) }],
    [[11], { precisionAt10: 0, recallAt10: 0, hitsAt10: 0, mrr: 1 / 11, ndcgAt10: 0 }],
  ])('ranks %j give the hand-computed metrics', (ranks, expected) => {
    const got = metricsFromRanks(ranks);
    for (const [key, value] of Object.entries(expected)) expect(got[key as keyof typeof got]).toBeCloseTo(value, 10);
  });
});

describe('ranksOf', () => {
  it('ranks by score, then by the tie-break', () => {
    const scores = Float64Array.from([0, 5, 3, 3, 1]);
    const tiebreak = Float64Array.from([0, 0.1, 0.2, 0.9, 0.5]);
    expect(ranksOf(scores, tiebreak, [1, 2, 3, 4], [2, 3, 4])).toEqual([3, 2, 4]);
  });
});

describe('evaluateSuggestions on the demo city', () => {
  const city = generateCity();
  const { data, newTies } = suggestionHoldOut(city, generateCollaborationLife(city), '2025-06-30');
  const report = evaluateSuggestions(buildSuggestionIndex(data), newTies);

  it('only asks about organisations that gain a new partner after the cut-off', () => {
    expect(report.queries).toBeGreaterThan(50);
    expect(report.newTies).toBeGreaterThan(100);
  });

  it.each(BASELINES)('beats the %s baseline on precision@10 and MRR', (baseline) => {
    expect(report.combined.precisionAt10).toBeGreaterThan(report.baselines[baseline].precisionAt10);
    expect(report.combined.mrr).toBeGreaterThan(report.baselines[baseline].mrr);
  });

  it('does better than chance with each network signal alone', () => {
    expect(report.signals['resource-allocation']!.mrr).toBeGreaterThan(report.baselines.random.mrr);
    expect(report.signals['adamic-adar']!.precisionAt10).toBeGreaterThan(report.baselines.random.precisionAt10);
  });
});

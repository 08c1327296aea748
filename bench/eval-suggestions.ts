// The partner finder's measured quality on a generated city: `npm run eval:suggestions -- [--orgs N]
// [--cutoff YYYY-MM-DD] [--seed S]`. Learns from what was known before the cut-off, predicts the new
// joint-project ties after it, prints JSON (metrics per method, fitted weights, timings).
import { parseArgs } from 'node:util';
import { DEFAULT_WEIGHTS } from '../server/analytics/suggestions/combine.ts';
import { evaluateSuggestions } from '../server/analytics/suggestions/evaluate.ts';
import { fitSignalWeights } from '../server/analytics/suggestions/fit.ts';
import { suggestPartners } from '../server/analytics/suggestions/suggest.ts';
import { buildSuggestionIndex } from '../server/analytics/suggestions/suggestion-index.ts';
import { generateCollaborationLife } from '../seed/collaboration-life.ts';
import { generateCity } from '../seed/generate.ts';
import { suggestionHoldOut } from '../seed/suggestion-data.ts';

const { values } = parseArgs({
  options: {
    orgs: { type: 'string', default: '150' },
    cutoff: { type: 'string', default: '2025-06-30' },
    seed: { type: 'string', default: '2024' },
    'max-queries': { type: 'string' },
  },
});
const organisations = Number(values.orgs);
const seed = Number(values.seed);
const cutoff = values.cutoff!;
if (!/^\d{4}-\d{2}-\d{2}$/.test(cutoff)) throw new RangeError(`--cutoff must be YYYY-MM-DD, got '${cutoff}'`);
const oneYearBefore = `${Number(cutoff.slice(0, 4)) - 1}${cutoff.slice(4)}`;

const started = performance.now();
const city = generateCity({ organisations, seed });
const life = generateCollaborationLife(city, { seed });

// Fitting: learn from what was known a year before the cut-off, label the new ties of that year
// only (those that started before the cut-off), so the hold-out year stays unseen.
const { data, newTies } = suggestionHoldOut(city, life, cutoff);
const fitHoldOut = suggestionHoldOut(city, life, oneYearBefore);
const tiedBeforeCutoff = new Set(data.ties.map((t) => `${t.source}|${t.target}`));
const fitTies = fitHoldOut.newTies.filter(([a, b]) => tiedBeforeCutoff.has(`${a}|${b}`) || tiedBeforeCutoff.has(`${b}|${a}`));
const fitted = fitSignalWeights(buildSuggestionIndex(fitHoldOut.data), fitTies, { seed });

const indexStarted = performance.now();
const index = buildSuggestionIndex(data);
const indexMs = performance.now() - indexStarted;
const maxQueries = values['max-queries'] ? Number(values['max-queries']) : undefined;
const report = evaluateSuggestions(index, newTies, {
  seed,
  ...(maxQueries !== undefined ? { maxQueries } : {}),
  variants: {
    fitted,
    'without-groups-and-meetings': { 'shared-groups': 0, 'co-attendance': 0 },
  },
});

// One organisation's suggestions, as the API will ask: the index is built once and kept.
const times: number[] = [];
const ids = city.organisations.map((o) => o.id);
for (let k = 0; k < Math.min(200, ids.length); k++) {
  const t = performance.now();
  suggestPartners(ids[(k * 7919) % ids.length]!, index, { limit: 10 });
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 100) / 100;

console.log(
  JSON.stringify(
    {
      city: { organisations, seed, projects: city.projects.length, workingGroups: life.workingGroups.length, cutoff, ties: data.ties.length },
      weights: {
        combined: DEFAULT_WEIGHTS,
        fitted,
        fittedOn: `known before ${oneYearBefore}, new ties ${oneYearBefore} … ${cutoff}`,
        betterOutOfSample:
          report.variants.fitted!.precisionAt10 > report.combined.precisionAt10 && report.variants.fitted!.mrr > report.combined.mrr
            ? 'fitted'
            : report.variants.fitted!.precisionAt10 < report.combined.precisionAt10 && report.variants.fitted!.mrr < report.combined.mrr
              ? 'fixed'
              : 'mixed',
      },
      ...report,
      timings: { indexMs: Math.round(indexMs), suggestPartnersMs: { p50: at(0.5), p95: at(0.95), max: at(1) }, totalMs: Math.round(performance.now() - started) },
    },
    null,
    2,
  ),
);

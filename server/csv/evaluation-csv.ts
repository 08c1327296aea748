// Evaluation results and trends as CSV: one row per figure, the filters in force and the privacy
// threshold as columns of their own on every row. A withheld aggregate (too few answers) has empty
// figure cells and too_few_answers=true: the file never carries a value the API withholds.
import { toCsv, type CsvFormat } from '../domain/csv.ts';
import type { Trends, WaveResults } from '../schemas/evaluation.ts';
import { cell } from './metrics-csv.ts';

type Aggregate = WaveResults['scores']['satisfaction'];
type Change = WaveResults['changes'][string];

export const FIGURE_COLUMNS = ['n', 'mean', 'sd', 'ci_low', 'ci_high', 'too_few_answers'] as const;
export const EVALUATION_FILTER_COLUMNS = ['filter_discipline', 'filter_working_group', 'min_answers'] as const;

const figures = (a: Aggregate): string[] =>
  a.withheld ? ['', '', '', '', '', 'true'] : [cell(a.n), cell(a.mean), cell(a.sd), cell(a.low), cell(a.high), 'false'];
const changeCells = (c: Change | undefined): string[] => (c ? [cell(c.difference), cell(c.low), cell(c.high), cell(c.clear)] : ['', '', '', '']);

export const RESULTS_COLUMNS = [
  'wave_id', 'wave_title', 'section', 'group_id', 'group_name', 'score', 'asked', 'answered', 'response_rate',
  ...FIGURE_COLUMNS, 'change', 'change_low', 'change_high', 'change_clear', ...EVALUATION_FILTER_COLUMNS,
] as const;

/** section: network, discipline, working-group (respondents grouped) or organisation (what others say about it). */
export function resultsCsv(results: WaveResults, format: CsvFormat = 'csv'): string {
  const tail = [results.filters.discipline ?? '', results.filters.workingGroup ?? '', String(results.minAnswers)];
  const head = [results.wave.id, results.wave.title];
  const rows: string[][] = [];
  const view = (section: string, id: string, name: string, v: Pick<WaveResults, 'responseRate' | 'scores'>, changes?: WaveResults['changes']) => {
    const rate = [cell(v.responseRate.asked), cell(v.responseRate.answered), cell(v.responseRate.rate)];
    for (const [score, a] of Object.entries(v.scores)) rows.push([...head, section, id, name, score, ...rate, ...figures(a), ...changeCells(changes?.[score]), ...tail]);
  };
  view('network', '', '', results, results.changes);
  for (const d of results.byDiscipline) view('discipline', d.discipline, d.discipline, d);
  for (const g of results.byWorkingGroup) view('working-group', g.groupId, g.name, g);
  for (const o of results.organisations) {
    for (const [score, a] of [['trust', o.trust], ['value', o.value]] as const) {
      rows.push([...head, 'organisation', o.id, o.name, score, '', '', '', ...figures(a), '', '', '', '', ...tail]);
    }
  }
  return toCsv(RESULTS_COLUMNS, rows, { format });
}

export const TRENDS_COLUMNS = [
  'wave_id', 'wave_title', 'closes_on', 'score', 'asked', 'answered', 'response_rate', ...FIGURE_COLUMNS,
  'change', 'change_low', 'change_high', 'change_clear', ...EVALUATION_FILTER_COLUMNS,
] as const;

export function trendsCsv(trends: Trends, format: CsvFormat = 'csv'): string {
  const tail = [trends.filters.discipline ?? '', trends.filters.workingGroup ?? '', String(trends.minAnswers)];
  const waves = new Map(trends.waves.map((w) => [w.waveId, w]));
  const rows: string[][] = [];
  for (const s of trends.scores) {
    for (const p of s.points) {
      const w = waves.get(p.waveId)!;
      rows.push([
        p.waveId, w.title, p.closesOn, s.score,
        cell(w.responseRate.asked), cell(w.responseRate.answered), cell(w.responseRate.rate),
        ...figures(p.aggregate), ...changeCells(p.change ?? undefined), ...tail,
      ]);
    }
  }
  return toCsv(TRENDS_COLUMNS, rows, { format });
}

export const RESPONDENTS_COLUMNS = ['name', 'email', 'status'] as const;

/** The reminder list: who was asked and has not submitted (name, e-mail, state). */
export function respondentsCsv(rows: readonly { name: string; email: string | null; status: string }[], format: CsvFormat = 'csv'): string {
  return toCsv(RESPONDENTS_COLUMNS, rows.map((r) => [r.name, r.email ?? '', r.status]), { format });
}

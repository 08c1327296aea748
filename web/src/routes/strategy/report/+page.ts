import { brusselsToday } from '$council-time';
import { api } from '$lib/api';
import { loaded } from '$lib/list-load';
import { readString } from '$lib/url';
import { lastClosedQuarter } from './report-layout';
import type { PageLoad } from './$types';

/** The KPIs to head the report with, before those of the goals. */
const HEADLINE = ['jointProjectShare', 'crossDisciplineShare', 'isolatedShare', 'attendanceRate'];

/** Everything the report prints: headline KPI series, the goals with their trends, and the network of the period (?from=&to=). */
export const load: PageLoad = async ({ fetch, parent, url }) => {
  await parent();
  const fallback = lastClosedQuarter(brusselsToday());
  const period = { from: readString(url.searchParams, 'from') || fallback.from, to: readString(url.searchParams, 'to') || fallback.to };
  const report = await loaded(async () => {
    const [goals, headline, network] = await Promise.all([
      api.goals.list({}, { fetch }).then(({ items }) => Promise.all(items.map((g) => api.goals.get(g.id, { fetch })))),
      Promise.all(HEADLINE.map((kpi) => api.kpis.series(kpi, {}, { fetch }))),
      api.network({ from: period.from, to: period.to }, { fetch }),
    ]);
    return { goals, headline, network };
  });
  return { period, report };
};

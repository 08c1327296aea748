// Evaluation waves through the real app and Neo4j: who may answer what and when, the tiny wave's
// figures checked by hand, the privacy threshold at the API, in the CSV and JSON files, reported
// versus observed, and the metrics snapshot kept with a closed wave.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import Papa from 'papaparse';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { createOrganisation, createProject } from '../helpers/factories.ts';
import { brusselsToday } from '../../server/domain/council-time.ts';
import { createWaves, saveAnswers } from '../../server/repositories/evaluation-repository.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { LatestWaveSummary, Response, Trends, Wave, WaveResults } from '../../server/schemas/evaluation.ts';

let app: FastifyInstance;
let coordinator: BrowserAgent, leadership: BrowserAgent, admin: BrowserAgent;
let orgs: Record<'a' | 'b' | 'c' | 'd' | 'outsider', Organisation>;
let reps: Record<'a' | 'b' | 'c' | 'd' | 'outsider', BrowserAgent>;
let wave: Wave;

const inDays = (days: number) => new Date(Date.parse(`${brusselsToday()}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const general = (satisfaction: number | null, rest: number | null = 3) => ({
  communication: rest,
  workingGroups: rest,
  meetings: rest,
  knowledgeExchange: rest,
  satisfaction,
});
const rating = (o: Organisation, frequency: number, trust: [number, number, number], value: [number, number, number]) => ({
  organisationId: o.id,
  frequency,
  openness: trust[0],
  reliability: trust[1],
  sharedMission: trust[2],
  influence: value[0],
  resources: value[1],
  involvement: value[2],
});
const answerBody = (satisfaction: number | null, partners: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({
  general: general(satisfaction),
  whatWorks: '',
  whatShouldChange: '',
  consentToBeNamed: false,
  partners,
  submit: true,
  ...extra,
});
const putAnswer = (agent: BrowserAgent, waveId: string, organisationId: string, body: object) =>
  agent.inject({ method: 'PUT', url: `/api/evaluation/waves/${waveId}/responses/${organisationId}`, payload: body });

beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
  leadership = await asRole(app, 'leadership');
  admin = await asRole(app, 'admin');
  orgs = {
    a: await createOrganisation(coordinator, { name: 'Atelier Alpha', disciplines: ['theatre'] }),
    b: await createOrganisation(coordinator, { name: 'Brass Beta', disciplines: ['theatre'] }),
    c: await createOrganisation(coordinator, { name: 'Cinéma Gamma', disciplines: ['music'] }),
    d: await createOrganisation(coordinator, { name: 'Dansé Delta', disciplines: ['music'] }),
    outsider: await createOrganisation(coordinator, { name: 'Outsider' }),
  };
  reps = {
    a: await asRole(app, 'representative', { organisationId: orgs.a.id }),
    b: await asRole(app, 'representative', { organisationId: orgs.b.id }),
    c: await asRole(app, 'representative', { organisationId: orgs.c.id }),
    d: await asRole(app, 'representative', { organisationId: orgs.d.id }),
    outsider: await asRole(app, 'representative', { organisationId: orgs.outsider.id }),
  };
  // Observed in the wave's period: A–B and A–D worked on projects, B–D too.
  await createProject(coordinator, [orgs.a, orgs.b], { startDate: '2025-02-01', endDate: '2025-03-01' });
  await createProject(coordinator, [orgs.a, orgs.d], { startDate: '2025-04-01', endDate: '2025-05-01' });
  await createProject(coordinator, [orgs.b, orgs.d], { startDate: '2025-06-01', endDate: '2025-06-30' });
  const response = await coordinator.inject({
    method: 'POST',
    url: '/api/evaluation/waves',
    payload: { title: 'Vague 2025', periodFrom: '2025-01-01', periodTo: '2025-12-31', opensOn: inDays(0), closesOn: inDays(14), organisationIds: [orgs.a.id, orgs.b.id, orgs.c.id, orgs.d.id] },
  });
  expect(response.statusCode, response.body).toBe(201);
  wave = response.json();
});
afterAll(async () => app?.close());

describe('POST /api/evaluation/waves', () => {
  it('opens a wave asking the organisations named', () => {
    expect(wave).toMatchObject({ title: 'Vague 2025', state: 'open', responseRate: { asked: 4, answered: 0, rate: 0 } });
    expect(wave.organisationIds.sort()).toEqual([orgs.a.id, orgs.b.id, orgs.c.id, orgs.d.id].sort());
  });
  it('refuses a close day already over, a close before the opening and an unknown organisation, naming each field', async () => {
    const response = await coordinator.inject({
      method: 'POST',
      url: '/api/evaluation/waves',
      payload: { title: 'Bad', periodFrom: '2025-01-01', periodTo: '2024-01-01', opensOn: inDays(-3), closesOn: inDays(-5), organisationIds: [crypto.randomUUID()] },
    });
    expect(response.statusCode).toBe(400);
    const fields = (response.json().errors as { field: string; code: string }[]).map((e) => `${e.field}:${e.code}`);
    expect(fields).toEqual(expect.arrayContaining(['periodTo:before-start', 'closesOn:before-start', 'closesOn:in-the-past', 'organisationIds/0:unknown-organisation']));
  });
  it('is the coordinators’: a representative is refused', async () => {
    const response = await reps.a.inject({ method: 'POST', url: '/api/evaluation/waves', payload: { title: 'Mine', periodFrom: '2025-01-01', periodTo: '2025-02-01', opensOn: inDays(0), closesOn: inDays(1), organisationIds: [orgs.a.id] } });
    expect(response.statusCode).toBe(403);
  });
});

describe('a representative’s answer', () => {
  it('lists the waves asking its organisation with its own state, and hides the others', async () => {
    const mine = await reps.a.inject('/api/evaluation/waves');
    expect(mine.json()).toEqual([expect.objectContaining({ id: wave.id, ownStatus: 'not-started', organisationIds: [], responseRate: null })]);
    expect((await reps.outsider.inject('/api/evaluation/waves')).json()).toEqual([]);
    expect((await reps.outsider.inject(`/api/evaluation/waves/${wave.id}`)).statusCode).toBe(404);
  });

  it('proposes the organisation’s graph partners over the wave’s period first, strongest first', async () => {
    const response = await reps.a.inject(`/api/evaluation/waves/${wave.id}/responses/${orgs.a.id}`);
    expect(response.statusCode).toBe(200);
    const answer: Response = response.json();
    expect(answer).toMatchObject({ status: 'not-started', editable: true, partners: [] });
    expect(answer.proposedPartners.map((p) => p.name).sort()).toEqual(['Brass Beta', 'Dansé Delta']);
  });

  it('keeps a draft with questions left open, then refuses to submit while any is unanswered', async () => {
    const draft = await putAnswer(reps.a, wave.id, orgs.a.id, answerBody(null, [{ ...rating(orgs.b, 3, [4, 4, 4], [3, 3, 3]), involvement: null }], { submit: false }));
    expect(draft.statusCode, draft.body).toBe(204);
    const read: Response = (await reps.a.inject(`/api/evaluation/waves/${wave.id}/responses/${orgs.a.id}`)).json();
    expect(read).toMatchObject({ status: 'draft', general: { satisfaction: null, communication: 3 }, partners: [{ organisationId: orgs.b.id, name: 'Brass Beta', involvement: null, openness: 4 }] });
    const submit = await putAnswer(reps.a, wave.id, orgs.a.id, answerBody(null, [{ ...rating(orgs.b, 3, [4, 4, 4], [3, 3, 3]), involvement: null }], { version: read.version }));
    expect(submit.statusCode).toBe(400);
    const fields = (submit.json().errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(['general/satisfaction', 'partners/0/involvement']);
  });

  it('refuses rating itself or the same partner twice', async () => {
    const response = await putAnswer(reps.a, wave.id, orgs.a.id, answerBody(4, [rating(orgs.a, 1, [1, 1, 1], [1, 1, 1]), rating(orgs.b, 1, [1, 1, 1], [1, 1, 1]), rating(orgs.b, 1, [1, 1, 1], [1, 1, 1])], { submit: false }));
    expect(response.statusCode).toBe(400);
    expect((response.json().errors as { code: string }[]).map((e) => e.code)).toEqual(['own-organisation', 'duplicate']);
  });

  it('answers only for its own organisation: another’s answer is missing to it, and nobody else reads or writes one', async () => {
    expect((await reps.a.inject(`/api/evaluation/waves/${wave.id}/responses/${orgs.b.id}`)).statusCode).toBe(404);
    expect((await putAnswer(reps.a, wave.id, orgs.b.id, answerBody(5, []))).statusCode).toBe(404);
    for (const agent of [coordinator, leadership, admin]) {
      expect((await agent.inject(`/api/evaluation/waves/${wave.id}/responses/${orgs.a.id}`)).statusCode).toBe(403);
      expect((await putAnswer(agent, wave.id, orgs.a.id, answerBody(5, []))).statusCode).toBe(403);
    }
    // An organisation the wave does not ask has no answer to give.
    expect((await putAnswer(reps.outsider, wave.id, orgs.outsider.id, answerBody(5, []))).statusCode).toBe(404);
  });

  it('submits once: after that nothing changes', async () => {
    const ok = await putAnswer(reps.a, wave.id, orgs.a.id, answerBody(4, [rating(orgs.b, 3, [4, 4, 4], [3, 3, 3]), rating(orgs.c, 1, [2, 2, 2], [1, 1, 1])], { consentToBeNamed: true, whatWorks: 'Les rencontres' }));
    expect(ok.statusCode, ok.body).toBe(204);
    const again = await putAnswer(reps.a, wave.id, orgs.a.id, answerBody(1, []));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already-submitted');
    const read: Response = (await reps.a.inject(`/api/evaluation/waves/${wave.id}/responses/${orgs.a.id}`)).json();
    expect(read).toMatchObject({ status: 'submitted', editable: false, general: { satisfaction: 4 } });
  });

  it('keeps no score or text of an answer in the audit log', async () => {
    const events = (await admin.inject(`/api/audit?entityType=evaluation-response`)).json().items as { after: unknown }[];
    expect(events.length).toBeGreaterThan(0);
    const text = JSON.stringify(events);
    expect(text).not.toContain('Les rencontres');
    expect(text).not.toContain('openness');
    expect(text).not.toContain('satisfaction');
  });

  it('answers nothing before the wave opens and changes nothing after it closes', async () => {
    const later = (await coordinator.inject({
      method: 'POST',
      url: '/api/evaluation/waves',
      payload: { title: 'Later', periodFrom: '2025-01-01', periodTo: '2025-12-31', opensOn: inDays(3), closesOn: inDays(10), organisationIds: [orgs.a.id] },
    })).json() as Wave;
    expect(later.state).toBe('scheduled');
    const early = await putAnswer(reps.a, later.id, orgs.a.id, answerBody(4, [], { submit: false }));
    expect([early.statusCode, early.json().code]).toEqual([409, 'wave-not-open']);

    const pastId = crypto.randomUUID();
    await app.db.write((tx) => createWaves(tx, [{ id: pastId, title: 'Past', periodFrom: '2024-01-01', periodTo: '2024-12-31', opensOn: inDays(-30), closesOn: inDays(-1), organisationIds: [orgs.a.id] }]));
    const late = await putAnswer(reps.a, pastId, orgs.a.id, answerBody(4, [], { submit: false }));
    expect([late.statusCode, late.json().code]).toEqual([409, 'wave-closed']);
    const past = (await coordinator.inject(`/api/evaluation/waves/${pastId}`)).json() as Wave;
    const edit = await coordinator.inject({ method: 'PUT', url: `/api/evaluation/waves/${pastId}`, payload: { title: 'Changed', periodFrom: '2024-01-01', periodTo: '2024-12-31', opensOn: inDays(-30), closesOn: inDays(5), organisationIds: [orgs.a.id], version: past.version } });
    expect([edit.statusCode, edit.json().code]).toEqual([409, 'wave-closed']);
  });
});

describe('results of the tiny wave', () => {
  beforeAll(async () => {
    // A answered above; B and C answer now; D does not.
    expect((await putAnswer(reps.b, wave.id, orgs.b.id, answerBody(5, [rating(orgs.a, 2, [3, 3, 3], [2, 2, 2]), rating(orgs.c, 2, [4, 3, 2], [4, 4, 4])], { whatWorks: 'Shared rehearsal space' }))).statusCode).toBe(204);
    expect((await putAnswer(reps.c, wave.id, orgs.c.id, answerBody(3, [rating(orgs.a, 1, [2, 3, 4], [1, 2, 3]), rating(orgs.d, 4, [1, 1, 1], [1, 1, 1])]))).statusCode).toBe(204);
    // A draft never counts.
    expect((await putAnswer(reps.d, wave.id, orgs.d.id, answerBody(1, [rating(orgs.a, 1, [1, 1, 1], [1, 1, 1])], { submit: false }))).statusCode).toBe(204);
  });

  it('gives the response rate and the scores figured by hand', async () => {
    const response = await leadership.inject(`/api/evaluation/waves/${wave.id}/results`);
    expect(response.statusCode, response.body).toBe(200);
    const r: WaveResults = response.json();
    expect(r.responseRate).toEqual({ asked: 4, answered: 3, rate: 0.75 });
    expect(r.scores.satisfaction).toMatchObject({ withheld: false, n: 3, mean: 4, sd: 1, low: 1.5157, high: 5 });
    expect(r.scores.trust).toMatchObject({ n: 3, mean: 2.6667 });
    expect(r.minAnswers).toBe(3);
    expect(r.texts).toEqual([
      { whatWorks: 'Les rencontres', whatShouldChange: '', organisation: { id: orgs.a.id, name: 'Atelier Alpha' } },
      { whatWorks: 'Shared rehearsal space', whatShouldChange: '', organisation: null },
    ]);
  });

  it('withholds what others say about each organisation below the threshold, with no figure at all', async () => {
    const r: WaveResults = (await leadership.inject(`/api/evaluation/waves/${wave.id}/results`)).json();
    expect(r.organisations.map((o) => o.name)).toEqual(['Atelier Alpha', 'Brass Beta', 'Cinéma Gamma', 'Dansé Delta']);
    for (const o of r.organisations) {
      expect(o.trust).toEqual({ withheld: true, minAnswers: 3 });
      expect(o.value).toEqual({ withheld: true, minAnswers: 3 });
    }
    // The music respondents are one: everything of theirs is withheld too.
    const music = r.byDiscipline.find((d) => d.discipline === 'music')!;
    expect(music.responseRate).toEqual({ asked: 2, answered: 1, rate: 0.5 });
    expect(Object.values(music.scores).every((a) => a.withheld)).toBe(true);
  });

  it('withholds them in the CSV and the JSON file as well', async () => {
    const csv = await leadership.inject(`/api/evaluation/waves/${wave.id}/results.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const rows = Papa.parse<Record<string, string>>(csv.body, { header: true, skipEmptyLines: true }).data;
    const aboutA = rows.filter((row) => row.section === 'organisation' && row.group_id === orgs.a.id);
    expect(aboutA.map((row) => [row.score, row.n, row.mean, row.too_few_answers])).toEqual([
      ['trust', '', '', 'true'],
      ['value', '', '', 'true'],
    ]);
    const network = rows.find((row) => row.section === 'network' && row.score === 'satisfaction')!;
    expect([network.n, network.mean, network.response_rate, network.min_answers]).toEqual(['3', '4', '0.75', '3']);
    const json = await leadership.inject(`/api/evaluation/waves/${wave.id}/results.json?discipline=theatre`);
    expect(json.headers['content-disposition']).toMatch(/evaluation-results-.*\.json/);
    const body = JSON.parse(json.body) as WaveResults;
    expect(body.filters).toEqual({ discipline: 'theatre', workingGroup: null });
    // Theatre respondents A and B: two, below three.
    expect(body.scores.satisfaction).toEqual({ withheld: true, minAnswers: 3 });
    // Nothing withheld leaks anywhere in the file: the trust A received (3 and 3) is not there.
    expect(body.organisations.every((o) => o.trust.withheld && o.value.withheld)).toBe(true);
  });

  it('shows them once the threshold setting allows (EVALUATION_MIN_ANSWERS=2)', async () => {
    const lower = await buildTestApp({ EVALUATION_MIN_ANSWERS: '2' }, { keepData: true });
    try {
      const agent = await asRole(lower, 'strategist');
      const r: WaveResults = (await agent.inject(`/api/evaluation/waves/${wave.id}/results`)).json();
      expect(r.minAnswers).toBe(2);
      // B and C both rate A with trust 3 (B: 3,3,3; C: 2,3,4).
      expect(r.organisations.find((o) => o.id === orgs.a.id)!.trust).toMatchObject({ withheld: false, n: 2, mean: 3 });
      expect(r.organisations.find((o) => o.id === orgs.b.id)!.trust).toEqual({ withheld: true, minAnswers: 2 });
    } finally {
      await lower.close();
    }
  });

  it('compares the ties members report with the graph’s, per organisation and for the network', async () => {
    const r: WaveResults = (await leadership.inject(`/api/evaluation/waves/${wave.id}/results`)).json();
    // Named: A–B, A–C, B–C, C–D; graph: A–B, A–D, B–D.
    expect(r.reportedVersusObserved).toMatchObject({ confirmed: 1, reportedOnly: 3, observedOnly: 2, agreement: 0.1667 });
    const a = r.reportedVersusObserved.organisations.find((o) => o.organisation.id === orgs.a.id)!;
    expect([a.confirmed, a.reportedOnly, a.observedOnly].map((list) => list.map((o) => o.name))).toEqual([['Brass Beta'], ['Cinéma Gamma'], ['Dansé Delta']]);
  });

  it('lists who has not submitted for the reminder, as JSON and CSV, with states only', async () => {
    const list = (await coordinator.inject(`/api/evaluation/waves/${wave.id}/respondents`)).json() as { name: string; status: string }[];
    expect(list.map((r) => [r.name, r.status])).toEqual([
      ['Atelier Alpha', 'submitted'],
      ['Brass Beta', 'submitted'],
      ['Cinéma Gamma', 'submitted'],
      ['Dansé Delta', 'draft'],
    ]);
    const csv = await coordinator.inject(`/api/evaluation/waves/${wave.id}/respondents.csv`);
    expect(csv.body.trim().split('\r\n')).toEqual(['name,email,status', 'Dansé Delta,,draft']);
  });

  it('keeps the results from representatives', async () => {
    expect((await reps.a.inject(`/api/evaluation/waves/${wave.id}/results`)).statusCode).toBe(403);
    expect((await reps.a.inject(`/api/evaluation/waves/${wave.id}/results.csv`)).statusCode).toBe(403);
    expect((await reps.a.inject('/api/evaluation/trends')).statusCode).toBe(403);
  });
});

describe('closed waves: trends, the latest summary, the metrics snapshot and the KPI series', () => {
  let first: string, second: string;
  beforeAll(async () => {
    first = crypto.randomUUID();
    second = crypto.randomUUID();
    const asked = [orgs.a.id, orgs.b.id, orgs.c.id, orgs.d.id];
    await app.db.write(async (tx) => {
      await createWaves(tx, [
        { id: first, title: 'Wave 2023', periodFrom: '2023-01-01', periodTo: '2023-12-31', opensOn: '2024-01-10', closesOn: '2024-02-10', organisationIds: asked },
        { id: second, title: 'Wave 2024', periodFrom: '2024-01-01', periodTo: '2024-12-31', opensOn: '2025-01-10', closesOn: '2025-02-10', organisationIds: asked },
      ]);
      const answer = (waveId: string, organisationId: string, satisfaction: number, trust: number) => ({
        waveId,
        organisationId,
        general: general(satisfaction),
        whatWorks: '',
        whatShouldChange: '',
        consentToBeNamed: false,
        partners: [{ organisationId: organisationId === orgs.a.id ? orgs.b.id : orgs.a.id, frequency: 2, openness: trust, reliability: trust, sharedMission: trust, influence: 2, resources: 2, involvement: 2 }],
        submit: true,
      });
      await saveAnswers(tx, [
        answer(first, orgs.a.id, 2, 2), answer(first, orgs.b.id, 3, 2), answer(first, orgs.c.id, 2, 3),
        answer(second, orgs.a.id, 4, 3), answer(second, orgs.b.id, 5, 4), answer(second, orgs.c.id, 4, 3), answer(second, orgs.d.id, 5, 4),
      ]);
    });
  });

  it('gives each score over the closed waves with its change and that change’s interval', async () => {
    const t: Trends = (await leadership.inject('/api/evaluation/trends')).json();
    expect(t.waves.map((w) => [w.title, w.responseRate.rate, w.responseRateChange])).toEqual([
      ['Wave 2023', 0.75, null],
      ['Wave 2024', 1, 0.25],
      ['Past', 0, -1],
    ]);
    const satisfaction = t.scores.find((s) => s.score === 'satisfaction')!;
    expect(satisfaction.points[0]!.aggregate).toMatchObject({ n: 3, mean: 2.3333 });
    expect(satisfaction.points[1]!.aggregate).toMatchObject({ n: 4, mean: 4.5 });
    expect(satisfaction.points[1]!.change).toMatchObject({ difference: 2.1667, clear: true });
    expect(satisfaction.points[2]!.change).toBeNull();
  });

  it('writes the trends as CSV with the filters on every row', async () => {
    const csv = await leadership.inject('/api/evaluation/trends.csv?discipline=theatre&format=excel');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.body.slice(1), { header: true, skipEmptyLines: true, delimiter: ';' }).data;
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.filter_discipline))).toEqual(new Set(['theatre']));
    // Theatre respondents are A and B: two, so no figure appears in any row.
    expect(rows.every((r) => r.too_few_answers === 'true' && r.mean === '')).toBe(true);
  });

  it('keeps the network metrics of the wave’s period with each closed wave', async () => {
    const r: WaveResults = (await leadership.inject(`/api/evaluation/waves/${second}/results`)).json();
    expect(r.wave.state).toBe('closed');
    expect(r.wave.closedAt).not.toBeNull();
    expect(r.metrics).toMatchObject({ organisations: expect.any(Number), ties: 0, density: 0 });
    const open: WaveResults = (await leadership.inject(`/api/evaluation/waves/${wave.id}/results`)).json();
    expect(open.metrics).toBeNull();
    expect(open.previousWave?.title).toBe('Past');
  });

  it('answers the latest closed wave’s summary for the leadership overview', async () => {
    const s: LatestWaveSummary = (await leadership.inject('/api/evaluation/waves/latest/summary')).json();
    expect(s.wave?.title).toBe('Past');
    expect(s.previousWave?.title).toBe('Wave 2024');
    expect(s.responseRate).toEqual({ asked: 1, answered: 0, rate: 0 });
    expect(s.headlines.map((h) => h.score)).toEqual(['satisfaction', 'trust', 'value', 'communication']);
    expect(s.headlines.every((h) => h.aggregate.withheld && h.change === null)).toBe(true);
  });

  it('gives the goals their KPI series, one point per closed wave, null below the threshold', async () => {
    expect(await app.evaluation.evaluationSeries('satisfaction', {})).toEqual([
      { at: '2024-02-10', value: 2.3333, n: 3 },
      { at: '2025-02-10', value: 4.5, n: 4 },
      { at: inDays(-1), value: null, n: 0 },
    ]);
    expect((await app.evaluation.evaluationSeries('responseRate', {})).map((p) => p.value)).toEqual([0.75, 1, 0]);
    expect((await app.evaluation.evaluationSeries('meanTrust', { discipline: 'theatre' })).map((p) => p.value)).toEqual([null, null, null]);
  });
});

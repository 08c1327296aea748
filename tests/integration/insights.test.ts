import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { createOrganisation } from '../helpers/factories.ts';
import { createGroup, createInsight, createMeeting, insightInput } from '../helpers/collaboration.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { Insight } from '../../server/schemas/insight.ts';

let app: FastifyInstance;
let coordinator: BrowserAgent, strategist: BrowserAgent, admin: BrowserAgent, representative: BrowserAgent;
let kaaitheater: Organisation, lumiere: Organisation, other: Organisation;
let group: { id: string; slug: string };
let session: { id: string };
let dutch: Insight, french: Insight, english: Insight;

beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
  strategist = await asRole(app, 'strategist');
  admin = await asRole(app, 'admin');
  kaaitheater = await createOrganisation(coordinator, { name: 'Stadstheater Kade', email: 'info@kade.example.org', website: 'https://kade.example.org' });
  lumiere = await createOrganisation(coordinator, { name: 'Centre Lumière', disciplines: ['film'] });
  other = await createOrganisation(coordinator, { name: 'Other Ensemble', disciplines: ['music'] });
  representative = await asRole(app, 'representative', { organisationId: lumiere.id });
  group = await createGroup(coordinator, { name: 'Kennisdeling', slug: 'kennisdeling' });
  session = await createMeeting(coordinator, { workingGroupId: group.id, kind: 'knowledge-exchange', title: 'Sessie vrijwilligerswerk', startsAt: '2025-03-20T19:00', endsAt: '2025-03-20T21:00' });
  dutch = await createInsight(coordinator, kaaitheater.id, {
    kind: 'success-story',
    title: 'Vrijwilligers vinden voor ons zomerfestival',
    body: 'Via de buurthuizen vonden we dertig vrijwilligers; een vaste contactpersoon hield hen betrokken.',
    language: 'nl',
    themes: ['volunteers', 'neighbourhood'],
    disciplines: ['theatre'],
    meetingId: session.id,
  });
  french = await createInsight(coordinator, lumiere.id, {
    kind: 'obstacle',
    title: 'Garder les bénévoles après l’été',
    body: 'Nos bénévoles partaient à la rentrée : un repas de fin de saison et des horaires souples ont aidé.',
    language: 'fr',
    themes: ['volunteers'],
    disciplines: ['film'],
  });
  english = await createInsight(coordinator, other.id, {
    kind: 'lesson-learned',
    title: 'Sharing a rehearsal space',
    body: 'Volunteering musicians from two ensembles shared one room (with a booking calendar: it worked!).',
    language: 'en',
    themes: ['space-sharing'],
    disciplines: ['music'],
  });
});
afterAll(async () => app?.close());

const codes = (body: { errors?: { field?: string; code: string }[] }) => (body.errors ?? []).map((e) => `${e.field}:${e.code}`);
const search = async (query: string) => {
  const response = await strategist.inject(`/api/insights?${query}`);
  expect(response.statusCode, `${query}: ${response.body}`).toBe(200);
  return response.json() as { items: Insight[]; total: number };
};
const idsFor = async (q: string) => (await search(`q=${encodeURIComponent(q)}`)).items.map((i) => i.id);

describe('POST /api/insights', () => {
  it('records an insight with the organisation to contact and the session it came from', async () => {
    expect(dutch).toMatchObject({
      kind: 'success-story',
      language: 'nl',
      themes: ['volunteers', 'neighbourhood'],
      organisation: { id: kaaitheater.id, slug: kaaitheater.slug, name: 'Stadstheater Kade', email: 'info@kade.example.org', website: 'https://kade.example.org' },
      meeting: { id: session.id, kind: 'knowledge-exchange', title: 'Sessie vrijwilligerswerk', startsAt: '2025-03-20T19:00', workingGroup: { id: group.id, slug: 'kennisdeling', name: 'Kennisdeling' } },
      version: 1,
    });
    expect(french.meeting).toBeNull();
    expect((await strategist.inject(`/api/insights/${dutch.id}`)).json()).toEqual(dutch);
  });

  it('refuses missing fields, an unknown organisation or meeting, a bad language and a bad theme with 400', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: undefined, body: undefined }, 'title:required'],
      [{ organisationId: randomUUID() }, 'organisationId:unknown-organisation'],
      [{ meetingId: randomUUID() }, 'meetingId:unknown-meeting'],
      [{ language: 'es' }, 'language:anyOf'],
      [{ themes: ['Not A Slug'] }, 'themes.0:pattern'],
      [{ kind: 'rumour' }, 'kind:enum'],
    ];
    for (const [overrides, code] of cases) {
      const payload = JSON.parse(JSON.stringify({ ...insightInput(kaaitheater.id), ...overrides }));
      const response = await coordinator.inject({ method: 'POST', url: '/api/insights', payload });
      expect(response.statusCode, code).toBe(400);
      expect(codes(response.json()).join(' '), code).toContain(code.split(':')[0]);
    }
  });
});

describe('GET /api/insights?q=', () => {
  it('finds a Dutch insight by a Dutch word, another form of it, and its first letters', async () => {
    for (const q of ['vrijwilligers', 'Vrijwilligers', 'vrijwilliger', 'vrijwil', 'buurthuizen contactpersoon']) {
      expect(await idsFor(q), q).toEqual([dutch.id]);
    }
  });

  it('finds a French insight by a French word with or without accents, in any case, and from its first letters', async () => {
    for (const q of ['bénévoles', 'benevoles', 'BENEVOLES', 'bénévole', 'benev', 'bénév', 'l’été', "l'ete", 'rentrée']) {
      expect(await idsFor(q), q).toEqual([french.id]);
    }
  });

  it('finds an English insight through the English stemmer and its themes', async () => {
    expect(await idsFor('volunteers musicians')).toEqual([english.id]);
    expect(await idsFor('space sharing')).toEqual([english.id]);
  });

  it('answers each result with its organisation, ranked by score', async () => {
    // Two have the theme "volunteers"; the English one says "volunteering", the same word to the English stemmer.
    const { items } = await search('q=volunteers');
    expect(items.map((i) => i.id).sort()).toEqual([dutch.id, french.id, english.id].sort());
    expect(items.every((i) => typeof i.score === 'number' && i.score > 0)).toBe(true);
    const scores = items.map((i) => i.score!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(items.find((i) => i.id === french.id)!.organisation).toMatchObject({ id: lumiere.id, name: 'Centre Lumière' });
  });

  it('requires every word, and reads query syntax typed by a person as plain text', async () => {
    expect(await idsFor('vrijwilligers benevoles')).toEqual([]);
    expect(await idsFor('vrijwilligers OR benevoles')).toEqual([]);
    expect(await idsFor('vrijwilligers AND')).toEqual([dutch.id]);
    expect(await idsFor('NOT vrijwilligers')).toEqual([dutch.id]);
    expect(await idsFor('(booking calendar: it worked!)')).toEqual([english.id]);
    for (const q of ['"', 'title:*', '*', '(', ')', '[a TO z]', 'a && b || !c', '\\', 'vrij~2', 'body:/.*/', '{}^~?', 'AND', '-']) {
      const response = await strategist.inject(`/api/insights?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, q).toBe(200);
      expect(response.json().items, q).toEqual([]);
    }
  });

  it('combines the text with filters on kind, theme, discipline, organisation, group and meeting', async () => {
    const ids = async (query: string) => (await search(query)).items.map((i) => i.id);
    expect(await ids('q=volunteers&kind=obstacle')).toEqual([french.id]);
    expect(await ids('theme=volunteers&discipline=theatre')).toEqual([dutch.id]);
    expect(await ids(`organisation=${lumiere.slug}`)).toEqual([french.id]);
    expect(await ids('workingGroup=kennisdeling')).toEqual([dutch.id]);
    expect(await ids(`meeting=${session.id}`)).toEqual([dutch.id]);
    const page = await search('pageSize=2&page=2');
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.items).toHaveLength(Math.min(2, page.total - 2));
    expect((await strategist.inject('/api/insights?kind=rumour')).statusCode).toBe(400);
  });
});

describe('PUT and DELETE /api/insights/:id', () => {
  it('replaces an insight with the version read, refuses a stale one, moves it to the trash and back', async () => {
    const insight = await createInsight(coordinator, other.id, { title: 'Draft insight', body: 'Een tekst over repetitieruimte.' });
    const payload = { ...insightInput(other.id, { title: 'Gedeelde repetitieruimte', body: 'Een tekst over repetitieruimte.' }), version: 1 };
    const updated = await coordinator.inject({ method: 'PUT', url: `/api/insights/${insight.id}`, payload });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ title: 'Gedeelde repetitieruimte', version: 2 });
    expect(await idsFor('repetitieruimte')).toEqual([insight.id]);
    expect((await coordinator.inject({ method: 'PUT', url: `/api/insights/${insight.id}`, payload })).statusCode).toBe(409);
    expect((await coordinator.inject({ method: 'DELETE', url: `/api/insights/${insight.id}` })).statusCode).toBe(204);
    expect((await strategist.inject(`/api/insights/${insight.id}`)).statusCode).toBe(404);
    expect(await idsFor('repetitieruimte')).toEqual([]);
    expect((await admin.inject({ method: 'POST', url: `/api/trash/insight/${insight.id}/restore` })).statusCode).toBe(200);
    expect(await idsFor('repetitieruimte')).toEqual([insight.id]);
  });
});

describe('a representative and the library', () => {
  it('records an insight for its own organisation, and finds it in the library', async () => {
    const response = await representative.inject({
      method: 'POST',
      url: '/api/insights',
      payload: insightInput(lumiere.id, { title: 'Publiek uit de wijk', body: 'Gratis voorstellingen trokken buurtbewoners aan.', language: 'nl' }),
    });
    expect(response.statusCode).toBe(201);
    const found = (await representative.inject('/api/insights?q=buurtbewoners')).json();
    expect(found.items.map((i: Insight) => i.id)).toEqual([response.json().id]);
  });

  it('gets 404 recording one for another organisation, and nothing is written', async () => {
    const before = (await search('')).total;
    const response = await representative.inject({ method: 'POST', url: '/api/insights', payload: insightInput(other.id, { title: 'Not mine to share' }) });
    expect(response.statusCode).toBe(404);
    expect((await search('')).total).toBe(before);
  });

  it('corrects its own organisation’s insights only, whatever the body says', async () => {
    const mine = await createInsight(coordinator, lumiere.id, { title: 'Mine to correct' });
    const theirs = await createInsight(coordinator, other.id, { title: 'Theirs to keep' });
    const put = (insight: Insight, organisationId: string) =>
      representative.inject({ method: 'PUT', url: `/api/insights/${insight.id}`, payload: { ...insightInput(organisationId, { title: 'Corrected' }), version: 1 } });
    expect((await put(mine, lumiere.id)).statusCode).toBe(200);
    expect((await put(theirs, lumiere.id)).statusCode).toBe(404);
    expect((await put(theirs, other.id)).statusCode).toBe(404);
    expect((await strategist.inject(`/api/insights/${theirs.id}`)).json()).toMatchObject({ title: 'Theirs to keep', organisation: { id: other.id } });
    expect((await representative.inject({ method: 'DELETE', url: `/api/insights/${mine.id}` })).statusCode).toBe(403);
  });

  it('is the only non-manager that records insights: strategists read, the public sees nothing', async () => {
    expect((await strategist.inject({ method: 'POST', url: '/api/insights', payload: insightInput(lumiere.id) })).statusCode).toBe(403);
    const visitor = await asRole(app, 'public');
    expect((await visitor.inject('/api/insights')).statusCode).toBe(401);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { appSuite } from '../helpers/app.ts';
import { createOrganisation, organisationInput } from '../helpers/factories.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';

// Managing the inventory is a coordinator's work (server/policy.ts).
const suite = appSuite('coordinator');
const coordinator = suite.agent('coordinator');

describe('POST /api/organisations', () => {
  it('creates an organisation with a slug made from its name and version 1', async () => {
    const created = await createOrganisation(coordinator, { name: 'Théâtre de la Lune Rouge' });
    expect(created.slug).toBe('theatre-de-la-lune-rouge');
    expect(created.version).toBe(1);
    expect(created.mainDiscipline).toBe('theatre');
    expect(created.mission).toEqual({ nl: 'Wij maken theater.', fr: 'Nous faisons du théâtre.' });
  });

  it('refuses bad input with 400 problem details naming every bad field, and writes nothing', async () => {
    const before = (await coordinator.inject('/api/organisations')).json().total;
    const response = await coordinator.inject({
      method: 'POST',
      url: '/api/organisations',
      payload: { name: 'X', kind: 'spaceship', commune: 'ixelles', disciplines: [] , email: 'not-an-email' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem.code).toBe('validation');
    const fields = problem.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['name', 'kind', 'disciplines', 'email']));
    expect((await coordinator.inject('/api/organisations')).json().total).toBe(before);
  });

  it('gives 409 slug-taken for a second organisation with the same slug', async () => {
    await createOrganisation(coordinator, { slug: 'same-slug' });
    const response = await coordinator.inject({ method: 'POST', url: '/api/organisations', payload: organisationInput({ slug: 'same-slug' }) });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('slug-taken');
    expect(response.body).not.toMatch(/Neo\.|constraint|Cypher/i);
  });
});

describe('GET /api/organisations', () => {
  beforeAll(async () => {
    await createOrganisation(coordinator, { name: 'Muziekhuis Zeven Bruggen', kind: 'venue', disciplines: ['music', 'dance'], commune: 'schaerbeek', founded: 1990 });
    await createOrganisation(coordinator, { name: 'Atelier Façade', kind: 'gallery', disciplines: ['visual-arts'], commune: 'saint-gilles', founded: 2010 });
    await createOrganisation(coordinator, {
      name: 'Collectif Basse-Fréquence',
      kind: 'collective',
      disciplines: ['music'],
      commune: 'saint-gilles',
      founded: 2001,
      mission: { fr: 'Des concerts électroniques dans les caves.' },
    });
  });

  it('finds text in names and missions, ignoring case and accents', async () => {
    const byName = (await coordinator.inject('/api/organisations?q=FACADE')).json();
    expect(byName.items.map((o: Organisation) => o.name)).toEqual(['Atelier Façade']);
    const byMission = (await coordinator.inject('/api/organisations?q=electroniques')).json();
    expect(byMission.items.map((o: Organisation) => o.name)).toEqual(['Collectif Basse-Fréquence']);
  });

  it('filters by discipline (any of its disciplines), commune and kind together', async () => {
    const dance = (await coordinator.inject('/api/organisations?discipline=dance')).json();
    expect(dance.items.map((o: Organisation) => o.name)).toEqual(['Muziekhuis Zeven Bruggen']);
    const music = (await coordinator.inject('/api/organisations?discipline=music&commune=saint-gilles&kind=collective')).json();
    expect(music.total).toBe(1);
  });

  it('sorts descending with a leading minus and pages with a total', async () => {
    const page1 = (await coordinator.inject('/api/organisations?sort=-founded&commune=saint-gilles&pageSize=1')).json();
    expect(page1).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(page1.items[0].founded).toBe(2010);
    const page2 = (await coordinator.inject('/api/organisations?sort=-founded&commune=saint-gilles&pageSize=1&page=2')).json();
    expect(page2.items[0].founded).toBe(2001);
  });

  it('answers 400 for an unknown sort or filter value', async () => {
    const response = await coordinator.inject('/api/organisations?sort=colour');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('sort');
  });
});

describe('GET /api/organisations/:ref', () => {
  it('reads by id and by slug', async () => {
    const created = await createOrganisation(coordinator, { name: 'Bibliotheek Het Anker' });
    expect((await coordinator.inject(`/api/organisations/${created.id}`)).json().name).toBe('Bibliotheek Het Anker');
    expect((await coordinator.inject('/api/organisations/bibliotheek-het-anker')).json().id).toBe(created.id);
  });

  it('answers 404 problem details for an unknown one', async () => {
    const response = await coordinator.inject('/api/organisations/nobody-here');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ status: 404, code: 'not-found', title: 'Not found' });
  });
});

describe('PUT /api/organisations/:id', () => {
  it('updates with the current version and increments it', async () => {
    const created = await createOrganisation(coordinator);
    const { id, version, createdAt, updatedAt, mainDiscipline, ...rest } = created;
    void createdAt; void updatedAt; void mainDiscipline;
    const response = await coordinator.inject({
      method: 'PUT',
      url: `/api/organisations/${id}`,
      payload: { ...rest, name: 'Renamed Theatre', disciplines: ['dance', 'theatre'], version },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Renamed Theatre', version: 2, mainDiscipline: 'dance', createdAt: created.createdAt });
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const created = await createOrganisation(coordinator);
    const payload = { ...organisationInput({ name: 'First Writer' }), slug: created.slug, version: 1 };
    expect((await coordinator.inject({ method: 'PUT', url: `/api/organisations/${created.id}`, payload })).statusCode).toBe(200);
    const stale = await coordinator.inject({ method: 'PUT', url: `/api/organisations/${created.id}`, payload: { ...payload, name: 'Late Writer' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version-conflict');
    const stored = (await coordinator.inject(`/api/organisations/${created.id}`)).json();
    expect(stored).toMatchObject({ name: 'First Writer', version: 2 });
  });

  it('lets exactly one of two concurrent writers of the same version win', async () => {
    const created = await createOrganisation(coordinator);
    const write = (name: string) =>
      coordinator.inject({ method: 'PUT', url: `/api/organisations/${created.id}`, payload: { ...organisationInput({ name }), slug: created.slug, version: 1 } });
    const statuses = (await Promise.all([write('Writer A'), write('Writer B'), write('Writer C')])).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409, 409]);
    expect((await coordinator.inject(`/api/organisations/${created.id}`)).json().version).toBe(2);
  });
});

describe('DELETE /api/organisations/:id', () => {
  it('deletes, after which it is gone', async () => {
    const created = await createOrganisation(coordinator);
    const response = await coordinator.inject({ method: 'DELETE', url: `/api/organisations/${created.id}?version=1` });
    expect(response.statusCode).toBe(204);
    expect((await coordinator.inject(`/api/organisations/${created.id}`)).statusCode).toBe(404);
  });

  it('refuses a stale version with 409', async () => {
    const created = await createOrganisation(coordinator);
    const response = await coordinator.inject({ method: 'DELETE', url: `/api/organisations/${created.id}?version=7` });
    expect(response.statusCode).toBe(409);
    expect((await coordinator.inject(`/api/organisations/${created.id}`)).statusCode).toBe(200);
  });
});

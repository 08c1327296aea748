import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { appSuite } from '../helpers/app.ts';
import { asRole } from '../helpers/auth.ts';
import { createOrganisation, createProject, organisationInput } from '../helpers/factories.ts';
import type { AuditEvent } from '../../server/domain/audit.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';

const suite = appSuite('admin');
const admin = suite.agent('admin');

const history = async (query: string): Promise<AuditEvent[]> => {
  const response = await admin.inject(`/api/audit?pageSize=200&${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
};
const totalEvents = async () => (await admin.inject('/api/audit?pageSize=1')).json().total as number;
const editable = ({ id, version, createdAt, updatedAt, mainDiscipline, ...input }: Organisation) => {
  void id; void createdAt; void updatedAt; void mainDiscipline;
  return { input, version };
};
const importCsv = (body: string) =>
  admin.inject({ method: 'POST', url: '/api/organisations/import', headers: { 'content-type': 'text/csv' }, payload: body });

describe('the audit log of an organisation', () => {
  it('records create, update, delete and restore, each once, with who, the request and the states', async () => {
    const created = await createOrganisation(admin, { name: 'Audited Theatre' });
    const { input, version } = editable(created);
    const updated = (await admin.inject({ method: 'PUT', url: `/api/organisations/${created.id}`, payload: { ...input, name: 'Audited Theatre Renamed', version } })).json();
    expect((await admin.inject({ method: 'DELETE', url: `/api/organisations/${created.id}` })).statusCode).toBe(204);
    const restored = (await admin.inject({ method: 'POST', url: `/api/trash/organisation/${created.id}/restore` })).json();

    const events = await history(`entityId=${created.id}`);
    expect(events.map((e) => e.action)).toEqual(['restore', 'delete', 'update', 'create']);
    const [restore, remove, update, create] = events as [AuditEvent, AuditEvent, AuditEvent, AuditEvent];
    expect(create).toMatchObject({ entityType: 'organisation', entityId: created.id, entityLabel: 'Audited Theatre', before: null, after: created });
    expect(update).toMatchObject({ entityLabel: 'Audited Theatre Renamed', before: created, after: updated });
    expect(remove).toMatchObject({ before: updated, after: null });
    expect(restore).toMatchObject({ before: null, after: restored });
    expect(restored).toEqual(updated);
    for (const event of events) {
      expect(event.actor).toEqual({ id: admin.user!.id, email: admin.user!.email, name: admin.user!.name });
      expect(event.requestId).toEqual(expect.any(String));
    }
    expect(new Set(events.map((e) => e.requestId)).size).toBe(4);
  });

  it('records nothing for a refused change: bad input, a stale version, a refused import', async () => {
    const created = await createOrganisation(admin);
    const before = await totalEvents();
    const bad = await admin.inject({ method: 'POST', url: '/api/organisations', payload: { ...organisationInput(), kind: 'spaceship' } });
    expect(bad.statusCode).toBe(400);
    const { input } = editable(created);
    const stale = await admin.inject({ method: 'PUT', url: `/api/organisations/${created.id}`, payload: { ...input, name: 'Too Late', version: 9 } });
    expect(stale.statusCode).toBe(409);
    const staleDelete = await admin.inject({ method: 'DELETE', url: `/api/organisations/${created.id}?version=9` });
    expect(staleDelete.statusCode).toBe(409);
    const taken = await admin.inject({ method: 'POST', url: '/api/organisations', payload: organisationInput({ slug: created.slug }) });
    expect(taken.statusCode).toBe(409);
    // The first row is good and would be written; the second refuses the whole file.
    const refused = await importCsv('name,kind,commune,disciplines\nGood Row Gallery,gallery,evere,visual-arts\nBad Row,spaceship,evere,theatre\n');
    expect(refused.statusCode).toBe(422);
    const unknownPartner = await admin.inject({
      method: 'POST',
      url: '/api/projects',
      payload: {
        title: 'Ghost partner', kind: 'workshop', status: 'planned', startDate: '2025-05-01', disciplines: [],
        partners: [{ organisationId: '00000000-0000-4000-8000-000000000000', role: 'lead' }],
      },
    });
    expect(unknownPartner.statusCode).toBe(400);
    expect(await totalEvents()).toBe(before);
  });
});

describe('the audit log of a project', () => {
  it('records the project with its partners before and after', async () => {
    const a = await createOrganisation(admin);
    const b = await createOrganisation(admin);
    const project = await createProject(admin, [a, b], { title: 'Audited Festival' });
    const { id, version, createdAt, updatedAt, partners, ...rest } = project;
    void createdAt; void updatedAt;
    const payload = { ...rest, title: 'Audited Festival II', partners: partners.map((p) => ({ organisationId: p.organisationId, role: p.role })), version };
    const updated = (await admin.inject({ method: 'PUT', url: `/api/projects/${id}`, payload })).json();
    expect((await admin.inject({ method: 'DELETE', url: `/api/projects/${id}` })).statusCode).toBe(204);

    const events = await history(`entityType=project&entityId=${id}`);
    expect(events.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(events[2]).toMatchObject({ entityLabel: 'Audited Festival', before: null, after: project });
    expect(events[1]).toMatchObject({ entityLabel: 'Audited Festival II', before: project, after: updated });
    expect((events[1]!.after as { partners: unknown[] }).partners).toHaveLength(2);
    expect(events[0]).toMatchObject({ before: updated, after: null });
  });
});

describe('the audit log of an import', () => {
  it('records one event per organisation written, all with the request id of the import, none for unchanged rows', async () => {
    const existing = await createOrganisation(admin, { name: 'Imported Before', slug: 'imported-before', commune: 'evere' });
    const file = [
      'slug,name,kind,commune,disciplines',
      'imported-before,Imported Before,theatre,jette,theatre',
      'import-one,Import One,venue,jette,music',
      'import-two,Import Two,museum,uccle,heritage',
    ].join('\n');
    // The first row changes the commune of the existing organisation.
    const response = await importCsv(file);
    expect(response.json()).toEqual({ total: 3, created: 2, updated: 1, unchanged: 0 });
    const events = await history('action=import');
    expect(events).toHaveLength(3);
    expect(new Set(events.map((e) => e.requestId)).size).toBe(1);
    const update = events.find((e) => e.entityId === existing.id)!;
    expect(update.before).toMatchObject({ commune: 'evere', version: 1 });
    expect(update.after).toMatchObject({ commune: 'jette', version: 2 });
    expect(events.filter((e) => e.before === null).map((e) => e.entityLabel).sort()).toEqual(['Import One', 'Import Two']);

    expect((await importCsv(file)).json()).toMatchObject({ unchanged: 3 });
    expect(await history('action=import')).toHaveLength(3);
  });
});

describe('GET /api/audit', () => {
  it('filters by person, entity type, action and period, newest first, a page at a time', async () => {
    const coordinator = await asRole(suite.app, 'coordinator');
    const mine = await createOrganisation(coordinator, { name: 'Coordinated Collective' });
    const byEmail = await history(`actor=${encodeURIComponent(coordinator.user!.email.toUpperCase())}`);
    expect(byEmail.map((e) => e.entityId)).toEqual([mine.id]);
    expect((await history(`actor=${coordinator.user!.id}`)).map((e) => e.entityId)).toEqual([mine.id]);

    const creates = await history('action=create&entityType=organisation');
    expect(creates.length).toBeGreaterThan(1);
    expect(creates.every((e) => e.action === 'create' && e.entityType === 'organisation')).toBe(true);
    const times = creates.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());

    const today = new Date().toISOString().slice(0, 10);
    expect((await history(`from=2000-01-01&to=2000-12-31`)).length).toBe(0);
    expect((await history(`actor=${coordinator.user!.id}&from=${today}`)).length).toBe(1);
    expect((await history(`actor=${coordinator.user!.id}&from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).length).toBe(0);

    const page1 = (await admin.inject('/api/audit?pageSize=2')).json();
    const page2 = (await admin.inject('/api/audit?pageSize=2&page=2')).json();
    expect(page1.items).toHaveLength(2);
    expect(page1.total).toBe(page2.total);
    expect(page2.items[0].id).not.toBe(page1.items[1].id);
  });

  it('answers 400 naming a bad filter', async () => {
    const response = await admin.inject('/api/audit?action=erase&from=yesterday');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['action', 'from']));
  });
});

describe('GET /api/audit/export.csv', () => {
  it('exports the filtered log newest first, every batch, with formula cells neutralised', async () => {
    const risky = await createOrganisation(admin, { name: '=HYPERLINK("http://evil")' });
    const response = await admin.inject('/api/audit/export.csv?entityType=organisation');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = Papa.parse<Record<string, string>>(response.body, { header: true, skipEmptyLines: true }).data;
    const total = (await admin.inject('/api/audit?entityType=organisation&pageSize=1')).json().total;
    expect(rows).toHaveLength(total);
    expect(rows[0]).toMatchObject({ entity_id: risky.id, action: 'create', entity_label: `'=HYPERLINK("http://evil")` });
    expect(JSON.parse(rows[0]!.after!)).toMatchObject({ id: risky.id });
  });

  it('reads a log longer than one batch without losing or repeating an event', async () => {
    const ids = new Set<string>();
    const all: AuditEvent[] = [];
    for await (const batch of suite.app.audit.batches({}, 3)) all.push(...batch);
    for (const e of all) ids.add(e.id);
    expect(ids.size).toBe(all.length);
    expect(all.length).toBe(await totalEvents());
  });
});

import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type Agent } from '../helpers/auth.ts';
import { createOrganisation, createProject, organisationInput, projectInput } from '../helpers/factories.ts';
import type { NetworkEdge } from '../../server/schemas/network.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { Project } from '../../server/schemas/project.ts';
import { unpackNetwork } from '../../server/domain/network-wire.ts';

let app: FastifyInstance;
let admin: Agent;
let theatre: Organisation, dance: Organisation, music: Organisation;
let duo: Project, trio: Project;

beforeAll(async () => {
  app = await buildTestApp();
  admin = await asRole(app, 'admin');
  theatre = await createOrganisation(admin, { name: 'Théâtre Soft', slug: 'theatre-soft', disciplines: ['theatre'] });
  dance = await createOrganisation(admin, { name: 'Dansgezelschap Zacht', slug: 'dans-zacht', disciplines: ['dance'] });
  music = await createOrganisation(admin, { name: 'Music Gentle', slug: 'music-gentle', disciplines: ['music'] });
  duo = await createProject(admin, [theatre, dance], { title: 'Duo', startDate: '2024-01-10', endDate: '2024-02-10' });
  trio = await createProject(admin, [dance, music, theatre], { title: 'Trio', startDate: '2024-05-01', endDate: '2024-05-03' });
  await createProject(admin, [music, theatre], { title: 'Pair', startDate: '2024-09-01', endDate: '2024-09-30' });
});
afterAll(async () => app?.close());

const get = async (url: string) => admin.inject(url);
const json = async (url: string) => {
  const response = await get(url);
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json();
};
const tie = (edges: NetworkEdge[], a: Organisation, b: Organisation) =>
  edges.find((e) => [e.source, e.target].sort().join() === [a.id, b.id].sort().join());
const names = (items: { name: string }[]) => items.map((o) => o.name).sort();
const exportedIds = async () =>
  Papa.parse<Record<string, string>>((await get('/api/organisations/export.csv')).body, { header: true, skipEmptyLines: true }).data.map((r) => r.id);
const restore = (entityType: string, id: string) => admin.inject({ method: 'POST', url: `/api/trash/${entityType}/${id}/restore` });
const remove = (entityType: 'organisations' | 'projects', id: string) => admin.inject({ method: 'DELETE', url: `/api/${entityType}/${id}` });

/** Everything a deleted organisation must vanish from, as one comparable picture. */
async function picture() {
  return {
    list: await json('/api/organisations?pageSize=200'),
    network: unpackNetwork(await json('/api/network')),
    theatrePartners: await json(`/api/organisations/${theatre.id}/partners`),
    theatreProjects: await json(`/api/organisations/${theatre.id}/projects`),
    duo: await json(`/api/projects/${duo.id}`),
    projects: await json('/api/projects?pageSize=200'),
    exported: await exportedIds(),
    count: await app.organisations.count(),
    projectCount: await app.projects.count(),
  };
}

describe('deleting an organisation', () => {
  it('takes it out of every list, search, read, export, partner list, project and the network map', async () => {
    const before = await picture();
    expect((await remove('organisations', dance.id)).statusCode).toBe(204);

    const list = await json('/api/organisations?pageSize=200');
    expect(names(list.items)).toEqual(['Music Gentle', 'Théâtre Soft']);
    expect(list.total).toBe(2);
    expect((await json('/api/organisations?q=zacht')).total).toBe(0);
    for (const ref of [dance.id, dance.slug]) expect((await get(`/api/organisations/${ref}`)).statusCode).toBe(404);
    for (const sub of ['partners', 'projects']) expect((await get(`/api/organisations/${dance.id}/${sub}`)).statusCode).toBe(404);
    expect(await exportedIds()).not.toContain(dance.id);
    expect(await app.organisations.count()).toBe(2);

    const partners = await json(`/api/organisations/${theatre.id}/partners`);
    expect(partners.map((p: { organisation: { name: string }; projects: number }) => `${p.organisation.name}:${p.projects}`)).toEqual(['Music Gentle:2']);

    // The projects stay, without the deleted partner, and still count for the others.
    const theatreProjects: Project[] = await json(`/api/organisations/${theatre.id}/projects`);
    expect(theatreProjects.map((p) => p.title).sort()).toEqual(['Duo', 'Pair', 'Trio']);
    for (const project of theatreProjects) expect(project.partners.map((p) => p.organisationId)).not.toContain(dance.id);
    expect((await json(`/api/projects/${trio.id}`)).partners.map((p: { name: string }) => p.name).sort()).toEqual(['Music Gentle', 'Théâtre Soft']);
    expect((await json(`/api/projects?organisation=${dance.id}`)).total).toBe(0);

    const { nodes, edges } = unpackNetwork(await json('/api/network'));
    expect(nodes.map((n: { id: string }) => n.id)).not.toContain(dance.id);
    expect(edges.filter((e: NetworkEdge) => e.source === dance.id || e.target === dance.id)).toEqual([]);
    expect(tie(edges, theatre, music)).toMatchObject({ count: 2 });

    // It can be neither changed, deleted again, nor made a partner while in the trash.
    const { id, version, createdAt, updatedAt, mainDiscipline, ...input } = dance;
    void createdAt; void updatedAt; void mainDiscipline;
    expect((await admin.inject({ method: 'PUT', url: `/api/organisations/${id}`, payload: { ...input, version } })).statusCode).toBe(404);
    expect((await remove('organisations', dance.id)).statusCode).toBe(404);
    const partnerInTrash = await admin.inject({ method: 'POST', url: '/api/projects', payload: projectInput([theatre, dance]) });
    expect(partnerInTrash.statusCode).toBe(400);
    expect(partnerInTrash.json().errors[0]).toMatchObject({ field: 'partners.1.organisationId', code: 'unknown-organisation' });

    // Editing a project meanwhile keeps the deleted partner's link for its restore.
    const { id: duoId, version: duoVersion, createdAt: c, updatedAt: u, partners: visible, ...duoRest } = await json(`/api/projects/${duo.id}`);
    void c; void u;
    const edit = await admin.inject({
      method: 'PUT',
      url: `/api/projects/${duoId}`,
      payload: { ...duoRest, partners: visible.map((p: { organisationId: string; role: string }) => ({ organisationId: p.organisationId, role: p.role })), version: duoVersion },
    });
    expect(edit.statusCode, edit.body).toBe(200);

    const trash = await json('/api/trash');
    expect(trash).toEqual([
      { entityType: 'organisation', id: dance.id, label: dance.name, deletedAt: expect.any(String), deletedBy: { id: admin.user!.id, email: admin.user!.email, name: admin.user!.name } },
    ]);
    expect(await json('/api/trash?entityType=project')).toEqual([]);

    // Restored whole: every picture as before the delete (but the edited project's version).
    const restored = await restore('organisation', dance.id);
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json()).toEqual(dance);
    const after = await picture();
    expect({ ...after, duo: undefined, projects: undefined, theatreProjects: undefined }).toEqual({ ...before, duo: undefined, projects: undefined, theatreProjects: undefined });
    expect(after.duo.partners).toEqual(before.duo.partners);
    expect(await json('/api/trash')).toEqual([]);
  });
});

describe('deleting a project', () => {
  it('removes its ties from the network and its place in every list; a restore brings them back', async () => {
    const before = await picture();
    expect((await remove('projects', trio.id)).statusCode).toBe(204);

    expect((await get(`/api/projects/${trio.id}`)).statusCode).toBe(404);
    expect((await json('/api/projects?pageSize=200')).items.map((p: Project) => p.title).sort()).toEqual(['Duo', 'Pair']);
    expect((await json(`/api/organisations/${music.id}/projects`)).map((p: Project) => p.title)).toEqual(['Pair']);
    expect(await app.projects.count()).toBe(2);
    const { edges } = unpackNetwork(await json('/api/network'));
    expect(tie(edges, dance, music)).toBeUndefined();
    expect(tie(edges, theatre, music)).toMatchObject({ count: 1 });
    expect(tie(edges, theatre, dance)).toMatchObject({ count: 1 });
    const partners = await json(`/api/organisations/${dance.id}/partners`);
    expect(partners.map((p: { organisation: { name: string } }) => p.organisation.name)).toEqual(['Théâtre Soft']);
    expect((await json('/api/trash?entityType=project')).map((t: { label: string }) => t.label)).toEqual(['Trio']);
    expect((await remove('projects', trio.id)).statusCode).toBe(404);

    const restored = await restore('project', trio.id);
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toEqual(trio);
    expect(await picture()).toEqual(before);
  });
});

describe('the slug of an organisation in the trash', () => {
  it('is free for a new organisation; restoring the old one then gets 409 naming the new one and changes nothing', async () => {
    const old = await createOrganisation(admin, { name: 'Old Holder', slug: 'shared-slug' });
    expect((await remove('organisations', old.id)).statusCode).toBe(204);
    const newer = await createOrganisation(admin, { name: 'New Holder', slug: 'shared-slug' });
    const eventsBefore = (await json('/api/audit?pageSize=1')).total;

    const conflict = await restore('organisation', old.id);
    expect(conflict.statusCode).toBe(409);
    expect(conflict.headers['content-type']).toContain('application/problem+json');
    expect(conflict.json()).toMatchObject({ code: 'restore-conflict', errors: [{ field: 'slug', code: 'slug-taken' }] });
    expect(conflict.json().detail).toContain('New Holder');
    expect(conflict.json().detail).toContain(newer.id);
    expect((await json('/api/organisations/shared-slug')).id).toBe(newer.id);
    expect((await json('/api/trash?entityType=organisation')).map((t: { id: string }) => t.id)).toContain(old.id);
    expect((await json('/api/audit?pageSize=1')).total).toBe(eventsBefore);

    // Once the newer one has another slug, the old one comes back with its own.
    const { id, version, createdAt, updatedAt, mainDiscipline, ...input } = newer;
    void createdAt; void updatedAt; void mainDiscipline;
    await admin.inject({ method: 'PUT', url: `/api/organisations/${id}`, payload: { ...input, slug: 'new-holder', version } });
    const restored = await restore('organisation', old.id);
    expect(restored.statusCode).toBe(200);
    expect((await json('/api/organisations/shared-slug')).id).toBe(old.id);
  });

  it('is refused by an import, which says to restore it first, as is the id of one in the trash', async () => {
    const trashed = await createOrganisation(admin, { name: 'Trashed Gallery', slug: 'trashed-gallery', kind: 'gallery' });
    expect((await remove('organisations', trashed.id)).statusCode).toBe(204);
    const total = (await json('/api/organisations')).total;
    const response = await admin.inject({
      method: 'POST',
      url: '/api/organisations/import',
      headers: { 'content-type': 'text/csv' },
      payload: `id,slug,name,kind,commune,disciplines\n,trashed-gallery,Trashed Gallery,gallery,ixelles,visual-arts\n${trashed.id},,Under Its Id,gallery,ixelles,visual-arts\n`,
    });
    expect(response.statusCode).toBe(422);
    const errors = response.json().errors;
    expect(errors.map((e: { row: number; column: string; code: string }) => `${e.row}:${e.column}:${e.code}`)).toEqual(['2:slug:slug-deleted', '3:id:organisation-deleted']);
    expect(errors[0].message).toContain('restore it first');
    expect((await json('/api/organisations')).total).toBe(total);
  });
});

describe('POST /api/trash/:entityType/:id/restore', () => {
  it('answers 404 for what is not in the trash and 400 for an unknown kind of entity', async () => {
    const live = await createOrganisation(admin, organisationInput());
    expect((await restore('organisation', live.id)).statusCode).toBe(404);
    expect((await restore('project', live.id)).statusCode).toBe(404);
    const unknown = await restore('spaceship', live.id);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('entityType');
  });
});

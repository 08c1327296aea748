import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type Agent } from '../helpers/auth.ts';
import { createOrganisation, createProject } from '../helpers/factories.ts';
import { generateCity } from '../../seed/generate.ts';
import { loadCity } from '../../seed/load.ts';
import { createWaves, saveAnswers } from '../../server/repositories/evaluation-repository.ts';
import { generateEvents } from '../../seed/events.ts';
import { loadEvents } from '../../seed/load-events.ts';
import { draftEvent } from '../helpers/events.ts';
import { canonicalGraphHash } from '../../server/repositories/backup-repository.ts';
import { checkBackup, type BackupDocument } from '../../server/domain/backup-format.ts';

const run = promisify(execFile);

let app: FastifyInstance;
let admin: Agent;
let dir: string;
/** The graph's hash once it is built: every restore must give it back. */
let original: string;
/** The backup downloaded through the API. */
let backup: BackupDocument;

const restoreBody = (document: unknown, query = '') =>
  admin.inject({ method: 'POST', url: `/api/admin/restore${query}`, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(document) });

beforeAll(async () => {
  app = await buildTestApp();
  dir = await mkdtemp(join(tmpdir(), 'kulturrat-backup-test-'));
  // A varied graph: the demo city, changes through the API (audit events, a project and an
  // organisation in the trash, an account), and values of every Neo4j type on one organisation.
  const city = generateCity();
  await loadCity(app.db, city);
  await loadEvents(app.db, generateEvents(city));
  admin = await asRole(app, 'admin');
  const a = await createOrganisation(admin, { name: 'Backed Up Theatre', founded: 1998, lat: 50.85, lon: 4.35 });
  const b = await createOrganisation(admin, { name: 'Backed Up Gallery', kind: 'gallery', disciplines: ['visual-arts'] });
  const project = await createProject(admin, [a, b], { budget: 1500.5 });
  await admin.inject({ method: 'DELETE', url: `/api/projects/${project.id}` });
  const event = await draftEvent(admin, a.id, { coOrganiserIds: [b.id] });
  await admin.inject({ method: 'DELETE', url: `/api/events/${event.id}` });
  await admin.inject({ method: 'DELETE', url: `/api/organisations/${b.id}` });
  // An evaluation wave with a submitted answer rating a partner (Survey, Response, ASKS, ANSWERED, IN_SURVEY, RATES).
  const c = await createOrganisation(admin, { name: 'Backed Up Choir', disciplines: ['music'] });
  const waveId = randomUUID();
  await app.db.write(async (tx) => {
    await createWaves(tx, [{ id: waveId, title: 'Backed up wave', periodFrom: '2024-01-01', periodTo: '2024-12-31', opensOn: '2025-01-15', closesOn: '2025-02-28', organisationIds: [a.id, c.id] }]);
    await saveAnswers(tx, [{
      waveId, organisationId: a.id, submit: true, whatWorks: 'Backed up text', whatShouldChange: '', consentToBeNamed: true,
      general: { communication: 4, workingGroups: 3, meetings: 3, knowledgeExchange: 2, satisfaction: 4 },
      partners: [{ organisationId: c.id, frequency: 2, openness: 3, reliability: 4, sharedMission: 3, influence: 2, resources: 2, involvement: 3 }],
    }]);
  });
  // Test setup only: no repository writes such values today, but a backup must keep any that a
  // later version writes, each with its exact type.
  await app.db.runAutoCommit(
    `MATCH (o:Organisation {id: $id})
     SET o.probeInt = 9007199254740993, o.probeWholeFloat = 2.0, o.probeNaN = 0.0 / 0.0,
         o.probeDate = date('1998-02-28'), o.probeZoned = datetime('2024-07-01T12:00:00.123456789[Europe/Brussels]'),
         o.probeOffset = datetime('2024-03-01T10:00:00-03:30'), o.probeLocal = localdatetime('2024-03-01T10:00:00.5'),
         o.probeTime = time('10:15:30.000000001+01:00'), o.probeLocalTime = localtime('23:59:59'),
         o.probeDuration = duration('P1Y2M3DT4H5M6.7S'), o.probePoint = point({longitude: 4.35, latitude: 50.85}),
         o.probePoint3d = point({x: 1.0, y: 2.0, z: 3.0}), o.probeDates = [date('2024-01-01'), date('2024-12-31')],
         o.probeInts = [1, 2, 3], o.probeEmpty = [], o.probeFlag = false`,
    { id: a.id },
  );
  original = await canonicalGraphHash(app.db);
}, 180_000);

afterAll(async () => {
  await app?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('GET /api/admin/backup', () => {
  it('downloads the whole graph, dated, with typed values and without sessions', async () => {
    const response = await admin.inject('/api/admin/backup');
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="kulturrat-backup-\d{4}-\d{2}-\d{2}\.json"$/);
    backup = response.json();
    expect(backup).toMatchObject({ format: 'kulturrat-backup', formatVersion: 1, neo4jVersion: expect.stringMatching(/^5\./) });
    expect(backup.counts).toEqual({ nodes: backup.nodes.length, relationships: backup.relationships.length });
    const labels = new Set(backup.nodes.map((n) => n.labels.join()));
    expect([...labels]).toEqual(expect.arrayContaining(['AuditEvent', 'Discipline', 'Migration', 'Organisation', 'Project', 'User', 'Survey', 'Response']));
    for (const type of ['ASKS', 'ANSWERED', 'IN_SURVEY', 'RATES']) expect(backup.relationships.some((r) => r.type === type), type).toBe(true);
    expect(labels.has('Session')).toBe(false);
    expect(backup.nodes.filter((n) => n.labels[0] === 'Organisation').length).toBe(153);
    expect(backup.nodes.filter((n) => n.labels[0] === 'Event').length).toBeGreaterThan(250);
    const zonedLists = backup.nodes.find((n) => n.labels[0] === 'Event')!.properties.occurrenceStarts;
    expect(zonedLists).toEqual(expect.arrayContaining([{ $datetime: expect.stringMatching(/\[Europe\/Brussels\]$/) }]));
    const probe = backup.nodes.find((n) => n.properties.name === 'Backed Up Theatre')!.properties;
    expect(probe).toMatchObject({
      founded: { $int: '1998' },
      lat: 50.85,
      version: { $int: '1' },
      probeInt: { $int: '9007199254740993' },
      probeWholeFloat: 2,
      probeNaN: { $float: 'NaN' },
      probeDate: { $date: '1998-02-28' },
      probeZoned: { $datetime: '2024-07-01T12:00:00.123456789+02:00[Europe/Brussels]' },
      probeDates: [{ $date: '2024-01-01' }, { $date: '2024-12-31' }],
      probeEmpty: [],
      createdAt: { $datetime: expect.stringMatching(/Z$/) },
    });
    const trashed = backup.nodes.find((n) => n.properties.deletedSlug === 'backed-up-gallery')!;
    expect(trashed.properties.deletedBy).toBe(admin.user!.id);
  });

  it('refuses, before writing a byte, a graph holding a kind of node it does not know', async () => {
    await app.db.runAutoCommit("CREATE (:Spaceship {id: 'enterprise'})");
    try {
      const response = await admin.inject('/api/admin/backup');
      expect(response.statusCode).toBe(500);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'backup-unknown-graph', detail: expect.stringContaining('Spaceship') });
    } finally {
      await app.db.runAutoCommit("MATCH (n:Spaceship {id: 'enterprise'}) DELETE n");
    }
  });
});

describe('POST /api/admin/restore', () => {
  it('refuses a database that holds data, unless told to replace it', async () => {
    const response = await restoreBody(backup);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'not-empty' });
    expect(await canonicalGraphHash(app.db)).toBe(original);
  });

  it('refuses a foreign or damaged file with 400 naming what is wrong, writing nothing, even with replace', async () => {
    // Larger than the 1 MiB other JSON bodies may be: the route's own limit applies.
    const foreign = await restoreBody({ organisations: [{ name: 'x'.repeat(1_500_000) }] }, '?replace=true');
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ code: 'invalid-backup', errors: [{ field: 'format', code: 'not-a-backup' }] });

    const damaged = structuredClone(backup);
    damaged.nodes[3]!.labels = ['Spaceship'];
    damaged.relationships[0]!.end = 'nowhere';
    damaged.nodes[5]!.properties.version = { $int: 'one' };
    const response = await restoreBody(damaged, '?replace=true');
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe('invalid-backup');
    expect(problem.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['nodes[3].labels', 'nodes[5].properties.version', 'relationships[0].end']),
    );
    expect(problem.detail).toContain('nothing was written');

    const notJson = await admin.inject({ method: 'POST', url: '/api/admin/restore?replace=true', headers: { 'content-type': 'application/json' }, payload: '{"format":"kulturrat-backup",' });
    expect(notJson.statusCode).toBe(400);
    expect(await canonicalGraphHash(app.db)).toBe(original);
  });

  it('gives back exactly the same graph in an empty database', async () => {
    await app.schema.deleteAllData();
    expect(await canonicalGraphHash(app.db)).not.toBe(original);
    // A fresh installation: bookkeeping and the admin who signs in to restore, and nothing else.
    const restorer = await asRole(app, 'admin');
    const response = await restorer.inject({ method: 'POST', url: '/api/admin/restore', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(backup) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual(backup.counts);
    expect(await canonicalGraphHash(app.db)).toBe(original);
  });

  it('replaces a database holding data when told to', async () => {
    admin = await asRole(app, 'admin');
    await createOrganisation(admin, { name: 'Made After The Backup' });
    const response = await restoreBody(backup, '?replace=true');
    expect(response.statusCode, response.body).toBe(200);
    expect(await canonicalGraphHash(app.db)).toBe(original);
  });

  it('leaves the database empty when a restore fails part-way, and a second try succeeds', async () => {
    admin = await asRole(app, 'admin');
    // Passes the file check, but Neo4j refuses it: two organisations with one slug.
    const clash = structuredClone(backup);
    const organisation = clash.nodes.find((n) => n.labels[0] === 'Organisation')!;
    clash.nodes.push({ labels: ['Organisation'], properties: { ...organisation.properties, id: 'a-second-one-with-the-same-slug' } });
    clash.counts = { nodes: clash.nodes.length, relationships: clash.relationships.length };
    const response = await restoreBody(clash, '?replace=true');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ code: 'restore-failed', detail: expect.stringContaining('emptied') });
    expect(await app.schema.isEmpty()).toBe(true);
    expect(await app.backup.holdsCouncilData()).toBe(false);

    admin = await asRole(app, 'admin');
    expect((await restoreBody(backup)).statusCode).toBe(200);
    expect(await canonicalGraphHash(app.db)).toBe(original);
  });

  it('answers 413 for a file over RESTORE_MAX_BYTES', async () => {
    // Another app on the same database: buildTestApp empties it, which the CLI tests below undo.
    const small = await buildTestApp({ RESTORE_MAX_BYTES: '2048' });
    try {
      const smallAdmin = await asRole(small, 'admin');
      const response = await smallAdmin.inject({
        method: 'POST', url: '/api/admin/restore', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ ...backup, nodes: backup.nodes.slice(0, 50) }),
      });
      expect(response.statusCode).toBe(413);
    } finally {
      await small.close();
    }
  });
});

describe('npm run backup and npm run restore', () => {
  const env = () => {
    const neo4j = inject('neo4j');
    return { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password };
  };
  const npm = (args: string[]) => run('npm', ['run', '--silent', ...args], { env: env(), cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 });

  it('back up to a file and restore it, refusing a database with data unless --replace', async () => {
    // The test of the size limit emptied the shared database: start again from the API's backup.
    const checked = checkBackup(backup);
    if ('errors' in checked) throw new Error(`The API's backup does not pass its own check: ${checked.errors[0]?.message}`);
    await app.backup.restore(checked.backup, { replace: true });
    expect(await canonicalGraphHash(app.db)).toBe(original);

    const file = join(dir, 'cli-backup.json');
    const backedUp = await npm(['backup', '--', '--out', file]);
    expect(backedUp.stderr).toMatch(/nodes and \d+ relationships .* written to/);
    const written = JSON.parse(await readFile(file, 'utf8')) as BackupDocument;
    expect(written.counts).toEqual(backup.counts);

    await app.schema.deleteAllData();
    const restored = await npm(['restore', '--', file]);
    expect(restored.stdout).toContain(`Restored ${backup.counts!.nodes} nodes`);
    expect(await canonicalGraphHash(app.db)).toBe(original);

    const refused = await npm(['restore', '--', file]).then(() => null, (error: { code: number; stdout: string }) => error);
    expect(refused?.code).toBe(1);
    expect(refused?.stdout).toContain('already holds data');
    await npm(['restore', '--', file, '--replace']);
    expect(await canonicalGraphHash(app.db)).toBe(original);
  }, 120_000);

  it('refuses a damaged file, naming the problem, before connecting to anything', async () => {
    const file = join(dir, 'damaged.json');
    await writeFile(file, JSON.stringify({ ...backup, formatVersion: 7 }));
    const refused = await npm(['restore', '--', file, '--replace']).then(() => null, (error: { code: number; stdout: string }) => error);
    expect(refused?.code).toBe(1);
    expect(refused?.stdout).toContain('formatVersion: the backup has format version 7');
    expect(await canonicalGraphHash(app.db)).toBe(original);
  }, 60_000);
});

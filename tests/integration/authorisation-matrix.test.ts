// Every role × every registered route × the organisation acted on (own, other, unpublished,
// deleted): the app answers what server/policy.ts says, and a refused write changes nothing.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { app as kulturrat } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { ROLES, PUBLIC_ACTOR, type Actor, type ChangeContext, type Role } from '../../server/domain/actor.ts';
import { decide, policyFor, POLICY, type Verdict } from '../../server/policy.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { Project } from '../../server/schemas/project.ts';
import type { User } from '../../server/schemas/user.ts';
import type { Wave } from '../../server/schemas/evaluation.ts';
import { brusselsToday } from '../../server/domain/council-time.ts';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { organisationInput, projectInput } from '../helpers/factories.ts';
import { goalInput } from '../helpers/goals.ts';
import { eventInput } from '../helpers/events.ts';
import { createEvents } from '../../server/repositories/event-repository.ts';
import type { Event } from '../../server/schemas/event.ts';

const EVERY_ROLE: Role[] = ['public', ...ROLES];
type Target = 'own' | 'other' | 'unpublished' | 'deleted';
const TARGETS: Target[] = ['own', 'other', 'unpublished', 'deleted'];
const SETUP: ChangeContext = { actor: PUBLIC_ACTOR, requestId: 'matrix-setup' };
// Accounts made as targets never sign in: any string does as their hash.
const UNUSED_HASH = '$argon2id$v=19$m=19456,t=2,p=1$bm90LWEtcmVhbC1zYWx0$bm90LWEtcmVhbC1oYXNoLW5vdC1hLXJlYWwtaGFzaA';

let app: FastifyInstance;
let agents: Record<Role, BrowserAgent>;
let own: Organisation;
let counter = 0;

/** What the requests of one case act on. Unsafe routes get a fresh scene per case, reads share one. */
interface Scene {
  other: Organisation;
  unpublished: Organisation;
  deleted: Organisation;
  project: Project;
  user: User;
  /** An open evaluation wave asking the representative's own organisation and the other two. */
  wave: Wave;
  /** A published event of each kind of target organisation, made by the event routes' probes only (see eventsOf). */
  events?: Record<Target, Pick<Event, 'id' | 'version'>>;
}

async function makeScene(): Promise<Scene> {
  const unique = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;
  const other = await app.organisations.create(
    organisationInput({ name: unique('Other'), public: true, email: 'contact@other.example', phone: '+32 2 555 00 00', offers: ['space'] }),
    SETUP,
  );
  const unpublished = await app.organisations.create(organisationInput({ name: unique('Unpublished'), public: false }), SETUP);
  const deleted = await app.organisations.create(organisationInput({ name: unique('Deleted') }), SETUP);
  await app.organisations.delete(deleted.id, undefined, SETUP);
  const project = await app.projects.create(projectInput([other, unpublished]), SETUP);
  counter += 1;
  const user = await app.users.create(
    { email: `target-${counter}-${randomUUID().slice(0, 6)}@test.kulturrat.example`, name: `Target ${counter}`, role: 'strategist', organisationId: null, passwordHash: UNUSED_HASH, mustChangePassword: false },
    SETUP,
  );
  const wave = await app.evaluation.create(waveInput([own, other, unpublished]), SETUP);
  return { other, unpublished, deleted, project, user, wave };
}

const inDays = (days: number) => new Date(Date.parse(`${brusselsToday()}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const waveInput = (asked: Organisation[]) => ({
  title: `Wave ${randomUUID().slice(0, 8)}`,
  periodFrom: '2025-01-01',
  periodTo: inDays(0),
  opensOn: inDays(0),
  closesOn: inDays(30),
  organisationIds: asked.map((o) => o.id),
});
const draftAnswer = {
  general: { communication: 3, workingGroups: null, meetings: null, knowledgeExchange: null, satisfaction: 4 },
  whatWorks: '',
  whatShouldChange: '',
  consentToBeNamed: false,
  partners: [],
  submit: false,
};
/** An organisation's own answer: only its representative reaches it; another's is hidden as missing. */
const ownAnswer = (expect: number): ProbeFor => (scene, target) => ({
  params: { id: scene.wave.id, organisationId: targetOrganisation(scene, target!).id },
  ...(expect === 204 && { payload: draftAnswer }),
  expect: target === 'own' ? expect : 404,
});

const targetOrganisation = (scene: Scene, target: Target): Organisation => (target === 'own' ? own : scene[target]);

/**
 * A published event of each target organisation, made once per scene in one transaction (setup, not
 * a change anyone made), so the scenes of other routes stay cheap. The deleted organisation's event
 * is stored like the others: only the organisation is in the trash.
 */
async function eventsOf(scene: Scene): Promise<Record<Target, Pick<Event, 'id' | 'version'>>> {
  if (scene.events) return scene.events;
  const events = Object.fromEntries(TARGETS.map((t) => [t, { id: randomUUID(), version: 1 }])) as Record<Target, Pick<Event, 'id' | 'version'>>;
  await app.db.write((tx) =>
    createEvents(tx, TARGETS.map((t) => ({ id: events[t].id, input: eventInput(targetOrganisation(scene, t).id), status: 'published' as const }))),
  );
  scene.events = events;
  return events;
}

/** A request to make, and what it answers when the policy lets it through. */
interface Probe {
  params?: Record<string, string>;
  query?: Record<string, string>;
  payload?: unknown;
  headers?: Record<string, string>;
  /** Status when allowed; omitted for routes this file does not know (then: anything but a refusal or a 5xx). */
  expect?: number;
  /** Sign out and the like act on the agent's own session: they get an agent of their own. */
  ownAgent?: boolean;
}

type ProbeFor = (scene: Scene, target: Target | null, role: Role) => Probe | Promise<Probe>;

/** An organisation the route names: reads of a deleted one find nothing, for every role. */
const orgRead = (expect = 200): ProbeFor => (scene, target) => {
  const o = targetOrganisation(scene, target!);
  return { params: { id: o.id, ref: o.id }, expect: target === 'deleted' ? 404 : expect };
};

const PROBES: Record<string, ProbeFor> = {
  'GET /api/health': () => ({ expect: 200 }),
  'GET /api/ready': () => ({ expect: 200 }),
  'GET /api/disciplines': () => ({ expect: 200 }),
  'GET /api/communes': () => ({ expect: 200 }),
  'GET /api/tie-kinds': () => ({ expect: 200 }),
  'GET /api/openapi.json': () => ({ expect: 200 }),
  'GET /api/docs': () => ({ expect: 200 }),
  'GET /api/docs/': () => ({ expect: 200 }),
  'GET /api/docs/static/*': () => ({ params: { '*': 'swagger-ui.css' }, expect: 200 }),
  'GET /api/docs/static/index.html': () => ({ expect: 302 }),
  'GET /api/docs/static/swagger-initializer.js': () => ({ expect: 200 }),
  'GET /api/docs/json': () => ({ expect: 200 }),
  'GET /api/docs/yaml': () => ({ expect: 200 }),

  'GET /api/auth/session': () => ({ expect: 200 }),
  // Unknown credentials: allowed to try, and refused as such, so no agent changes account.
  'POST /api/auth/sign-in': () => ({ payload: { email: 'nobody@test.kulturrat.example', password: 'not the password' }, expect: 401 }),
  'POST /api/auth/sign-out': () => ({ expect: 204, ownAgent: true }),
  'POST /api/auth/password': () => ({ payload: { currentPassword: 'not the password', newPassword: 'a brand new password' }, expect: 400 }),

  'GET /api/users': () => ({ expect: 200 }),
  'GET /api/users/:id': (s) => ({ params: { id: s.user.id }, expect: 200 }),
  'POST /api/users': () => ({ payload: { email: `invited-${randomUUID().slice(0, 8)}@test.kulturrat.example`, name: 'Invited', role: 'strategist' }, expect: 201 }),
  'PUT /api/users/:id': (s) => ({
    params: { id: s.user.id },
    payload: { name: 'Renamed', role: 'leadership', organisationId: null, disabled: false, version: s.user.version },
    expect: 200,
  }),
  'POST /api/users/:id/reset-password': (s) => ({ params: { id: s.user.id }, expect: 200 }),

  'GET /api/organisations': () => ({ expect: 200 }),
  // The public directory leaves out unpublished organisations: to the public they do not exist.
  'GET /api/organisations/:ref': (scene, target, role) => {
    const o = targetOrganisation(scene, target!);
    const missing = target === 'deleted' || (target === 'unpublished' && role === 'public');
    return { params: { ref: o.id }, expect: missing ? 404 : 200 };
  },
  'POST /api/organisations': () => ({ payload: organisationInput(), expect: 201 }),
  'PUT /api/organisations/:id': async (scene, target) => {
    const o = targetOrganisation(scene, target!);
    const current = target === 'deleted' ? o : await app.organisations.get(o.id);
    const { id, version, createdAt, updatedAt, mainDiscipline, ...input } = current;
    void id; void createdAt; void updatedAt; void mainDiscipline;
    return { params: { id: o.id }, payload: { ...input, name: `${o.name} (edited)`, version }, expect: target === 'deleted' ? 404 : 200 };
  },
  'DELETE /api/organisations/:id': orgRead(204),
  'GET /api/organisations/:id/partners': orgRead(),
  'GET /api/organisations/:id/projects': orgRead(),
  'GET /api/organisations/export.csv': () => ({ expect: 200 }),
  'GET /api/organisations/import/template.csv': () => ({ expect: 200 }),
  'POST /api/organisations/import': () => {
    counter += 1;
    return {
      headers: { 'content-type': 'text/csv' },
      payload: `slug,name,kind,commune,disciplines\nimported-${counter},Imported ${counter},theatre,ixelles,theatre\n`,
      expect: 200,
    };
  },

  'GET /api/projects': () => ({ expect: 200 }),
  'GET /api/projects/:id': (s) => ({ params: { id: s.project.id }, expect: 200 }),
  'POST /api/projects': (s) => ({ payload: projectInput([s.other]), expect: 201 }),
  'PUT /api/projects/:id': (s) => ({
    params: { id: s.project.id },
    payload: { ...projectInput([s.other, s.unpublished], { title: 'Edited project' }), version: s.project.version },
    expect: 200,
  }),
  'DELETE /api/projects/:id': (s) => ({ params: { id: s.project.id }, expect: 204 }),
  'GET /api/network': () => ({ expect: 200 }),
  'GET /api/network/export.gexf': () => ({ expect: 200 }),
  'GET /api/network/export.graphml': () => ({ expect: 200 }),

  'GET /api/audit': (scene, target) => ({ query: { entityType: 'organisation', entityId: targetOrganisation(scene, target!).id }, expect: 200 }),
  'GET /api/audit/export.csv': () => ({ expect: 200 }),
  'GET /api/trash': () => ({ expect: 200 }),
  // Only what is in the trash can be restored; anything else is not found there.
  'POST /api/trash/:entityType/:id/restore': (scene, target) => ({
    params: { entityType: 'organisation', id: targetOrganisation(scene, target!).id },
    expect: target === 'deleted' ? 200 : 404,
  }),
  'GET /api/admin/backup': () => ({ expect: 200 }),
  // Not a backup: refused before anything is written, so the matrix never replaces the graph.
  'POST /api/admin/restore': () => ({ payload: { not: 'a backup' }, expect: 400 }),

  'GET /api/metrics': () => ({ expect: 200 }),
  'GET /api/metrics/export.csv': () => ({ expect: 200 }),
  'GET /api/metrics/export.json': () => ({ expect: 200 }),
  'GET /api/metrics/organisations': () => ({ expect: 200 }),
  'GET /api/metrics/organisations/export.csv': () => ({ expect: 200 }),
  'GET /api/metrics/organisations/export.json': () => ({ expect: 200 }),
  'GET /api/organisations/:id/metrics': orgRead(),
  'GET /api/organisations/:id/metrics/export.csv': orgRead(),
  'GET /api/organisations/:id/metrics/export.json': orgRead(),
  'GET /api/metrics/status': () => ({ expect: 200 }),
  'POST /api/metrics/recompute': () => ({ payload: {}, expect: 202 }),
  'GET /api/home': () => ({ expect: 200 }),

  // The partner finder: a candidate that is not a partner of the target (own has no projects; other
  // and unpublished are partners of each other), new in each unsafe case, so no pair is decided twice.
  'GET /api/organisations/:id/partner-suggestions': orgRead(),
  'POST /api/organisations/:id/partner-suggestions/accept': (scene, target) => ({
    ...orgRead(201)(scene, target, 'admin'),
    payload: { candidateId: target === 'own' ? scene.other.id : own.id, action: 'introduction' },
  }),
  'POST /api/organisations/:id/partner-suggestions/dismiss': (scene, target) => ({
    ...orgRead(201)(scene, target, 'admin'),
    payload: { candidateId: target === 'own' ? scene.other.id : own.id },
  }),
  'GET /api/projects/:id/partner-suggestions': (s) => ({ params: { id: s.project.id }, expect: 200 }),
  'POST /api/projects/:id/partner-suggestions/accept': (s) => ({ params: { id: s.project.id }, payload: { candidateId: own.id, action: 'introduction' }, expect: 201 }),
  'POST /api/projects/:id/partner-suggestions/dismiss': (s) => ({ params: { id: s.project.id }, payload: { candidateId: own.id }, expect: 201 }),
  'GET /api/partner-suggestions/feedback': () => ({ expect: 200 }),
  'GET /api/evaluation/waves': () => ({ expect: 200 }),
  'POST /api/evaluation/waves': (s) => ({ payload: waveInput([s.other]), expect: 201 }),
  'GET /api/evaluation/waves/latest/summary': () => ({ expect: 200 }),
  'GET /api/evaluation/waves/:id': (s) => ({ params: { id: s.wave.id }, expect: 200 }),
  'PUT /api/evaluation/waves/:id': (s) => ({ params: { id: s.wave.id }, payload: { ...waveInput([own, s.other]), version: s.wave.version }, expect: 200 }),
  'GET /api/evaluation/waves/:id/respondents': (s) => ({ params: { id: s.wave.id }, expect: 200 }),
  'GET /api/evaluation/waves/:id/respondents.csv': (s) => ({ params: { id: s.wave.id }, expect: 200 }),
  'GET /api/evaluation/waves/:id/responses/:organisationId': ownAnswer(200),
  'PUT /api/evaluation/waves/:id/responses/:organisationId': ownAnswer(204),
  'GET /api/evaluation/waves/:id/results': (s) => ({ params: { id: s.wave.id }, expect: 200 }),
  'GET /api/evaluation/waves/:id/results.csv': (s) => ({ params: { id: s.wave.id }, expect: 200 }),
  'GET /api/evaluation/waves/:id/results.json': (s) => ({ params: { id: s.wave.id }, expect: 200 }),
  'GET /api/evaluation/trends': () => ({ expect: 200 }),
  'GET /api/evaluation/trends.csv': () => ({ expect: 200 }),
  'GET /api/evaluation/trends.json': () => ({ expect: 200 }),
  // Strategy: a goal is stored for each probe that names one (through the repository: its baseline is not what is tested here).
  'GET /api/kpis': () => ({ expect: 200 }),
  'GET /api/kpis/:kpi': () => ({ params: { kpi: 'density' }, expect: 200 }),
  'GET /api/kpis/:kpi/export.csv': () => ({ params: { kpi: 'density' }, expect: 200 }),
  'GET /api/kpis/:kpi/export.json': () => ({ params: { kpi: 'density' }, expect: 200 }),
  'GET /api/goals': () => ({ expect: 200 }),
  'GET /api/goals/export.csv': () => ({ expect: 200 }),
  'GET /api/goals/export.json': () => ({ expect: 200 }),
  'GET /api/goals/:id': async () => ({ params: { id: (await app.goals.create(goalInput(), 0.5, SETUP)).id }, expect: 200 }),
  'POST /api/goals': () => ({ payload: goalInput(), expect: 201 }),
  'PUT /api/goals/:id': async () => {
    const goal = await app.goals.create(goalInput(), 0.5, SETUP);
    return { params: { id: goal.id }, payload: { ...goalInput({ title: 'Edited goal' }), version: goal.version }, expect: 200 };
  },
  'DELETE /api/goals/:id': async () => ({ params: { id: (await app.goals.create(goalInput(), 0.5, SETUP)).id }, expect: 204 }),
  // Events: a representative drafts and edits its own organisation's; an event of a deleted member is gone.
  'GET /api/events': () => ({ expect: 200 }),
  'GET /api/events/:id': async (s) => ({ params: { id: (await eventsOf(s)).other.id }, expect: 200 }),
  'POST /api/events': (scene, target) => ({ payload: eventInput(targetOrganisation(scene, target!).id), expect: target === 'deleted' ? 400 : 201 }),
  'PUT /api/events/:id': async (scene, target) => {
    const event = (await eventsOf(scene))[target!];
    return {
      params: { id: event.id },
      payload: { ...eventInput(targetOrganisation(scene, target!).id, { venue: 'Edited venue' }), version: event.version },
      expect: target === 'deleted' ? 404 : 200,
    };
  },
  'DELETE /api/events/:id': async (s) => ({ params: { id: (await eventsOf(s)).other.id }, expect: 204 }),
  'POST /api/events/:id/status': async (s) => {
    const { other } = await eventsOf(s);
    return { params: { id: other.id }, payload: { status: 'postponed', version: other.version }, expect: 200 };
  },
  'GET /api/public/events': () => ({ expect: 200 }),
  'GET /api/public/events/:id': async (s) => ({ params: { id: (await eventsOf(s)).other.id }, expect: 200 }),
  'GET /api/public/events/calendar.ics': () => ({ expect: 200 }),
};

/** Routes that act on one organisation: they are tried against each kind of target. */
const ORGANISATION_ROUTES = new Set([
  'GET /api/organisations/:ref',
  'PUT /api/organisations/:id',
  'DELETE /api/organisations/:id',
  'GET /api/organisations/:id/partners',
  'GET /api/organisations/:id/projects',
  'GET /api/organisations/:id/metrics',
  'GET /api/organisations/:id/metrics/export.csv',
  'GET /api/organisations/:id/metrics/export.json',
  'GET /api/organisations/:id/partner-suggestions',
  'POST /api/organisations/:id/partner-suggestions/accept',
  'POST /api/organisations/:id/partner-suggestions/dismiss',
  'GET /api/audit',
  'POST /api/trash/:entityType/:id/restore',
  'GET /api/evaluation/waves/:id/responses/:organisationId',
  'PUT /api/evaluation/waves/:id/responses/:organisationId',
  'POST /api/events',
  'PUT /api/events/:id',
]);

/** A route this file does not know (added later): every param gets an id of a real organisation. */
const genericProbe = (url: string): ProbeFor => (scene) => ({
  params: Object.fromEntries([...url.matchAll(/:(\w+)/g)].map(([, name]) => [name!, scene.other.id])),
});

function urlOf(pattern: string, params: Record<string, string> = {}, query: Record<string, string> = {}): string {
  const path = pattern.replace(/:(\w+)|\*/g, (whole, name: string | undefined) => encodeURIComponent(params[name ?? '*'] ?? whole));
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}

function actorFor(role: Role): Actor {
  return { ...PUBLIC_ACTOR, role, userId: role === 'public' ? null : 'someone', organisationId: role === 'representative' ? own.id : null };
}

function expectedVerdict(method: string, url: string, role: Role, probe: Probe): Verdict {
  const entry = policyFor(method, url);
  if (!entry) throw new Error(`no policy for ${method} ${url}`);
  const target = entry.target?.({ params: probe.params ?? {}, query: probe.query ?? {}, body: probe.payload } as never) ?? null;
  return decide(entry, actorFor(role), { target, mustChangePassword: false });
}

const REFUSALS: Partial<Record<Verdict, { status: number; code: string }>> = {
  unauthenticated: { status: 401, code: 'unauthenticated' },
  forbidden: { status: 403, code: 'forbidden' },
  hidden: { status: 404, code: 'not-found' },
};

/** Everything a refused write could have touched. */
async function snapshot(scene: Scene, target: Target | null): Promise<string> {
  const orNull = <T>(p: Promise<T>) => p.catch(() => null);
  return JSON.stringify({
    organisations: await app.organisations.count(),
    projects: await app.projects.count(),
    users: await app.users.count(),
    audit: (await app.audit.list({}, 1, 1)).total,
    trash: (await app.trash.list()).map((t) => t.id).sort(),
    own: await orNull(app.organisations.get(own.id)),
    target: target ? await orNull(app.organisations.get(targetOrganisation(scene, target).id)) : null,
    project: await orNull(app.projects.get(scene.project.id)),
    user: await orNull(app.users.get(scene.user.id)),
    wave: await orNull(app.evaluation.get(scene.wave.id)),
    waveAnswers: await orNull(app.evaluation.respondents(scene.wave.id)),
    events: (await app.events.list({})).total,
    targetEvents: scene.events ? await Promise.all(TARGETS.map((t) => orNull(app.events.get(scene.events![t].id)))) : null,
  });
}

beforeAll(async () => {
  app = await buildTestApp();
  own = await app.organisations.create(organisationInput({ name: 'The Representative’s Own Theatre' }), SETUP);
  agents = {} as Record<Role, BrowserAgent>;
  for (const role of EVERY_ROLE) agents[role] = await asRole(app, role, { organisationId: own.id });
});
afterAll(async () => app?.close());

describe('the policy table', () => {
  it('has an entry for every registered route', () => {
    const missing = app.registeredRoutes.filter((r) => !policyFor(r.method, r.url)).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('names a target resolver wherever a role has `own`', () => {
    const unresolvable = Object.entries(POLICY)
      .filter(([, entry]) => Object.values(entry.access).includes('own') && !entry.target)
      .map(([key]) => key);
    expect(unresolvable).toEqual([]);
  });

  it('answers 500, without details, on a route that has no entry', async () => {
    const bare = Fastify({ logger: false });
    await bare.register(kulturrat, { config: loadConfig({ LOG_LEVEL: 'silent' }), database: inject('neo4j') });
    bare.get('/api/not-in-the-table', async () => ({ secret: 'handler ran' }));
    await bare.ready();
    try {
      const response = await bare.inject('/api/not-in-the-table');
      expect(response.statusCode).toBe(500);
      expect(response.json()).toMatchObject({ code: 'internal', requestId: expect.any(String) });
      expect(response.body).not.toMatch(/handler ran|policy/i);
    } finally {
      await bare.close();
    }
  });
});

describe('authorisation matrix', () => {
  for (const role of EVERY_ROLE) {
    it(`${role}: every route answers what the policy says, and refused writes change nothing`, async () => {
      const shared = await makeScene();
      const mismatches: string[] = [];
      const routes = app.registeredRoutes.filter((r) => r.method !== 'HEAD' && r.url.startsWith('/api/'));
      for (const route of routes) {
        const key = `${route.method} ${route.url}`;
        const targets: (Target | null)[] = ORGANISATION_ROUTES.has(key)
          ? TARGETS.filter((t) => t !== 'own' || role === 'representative')
          : [null];
        for (const target of targets) {
          const unsafe = route.method !== 'GET';
          const scene = unsafe ? await makeScene() : shared;
          const probe = await (PROBES[key] ?? genericProbe(route.url))(scene, target, role);
          const verdict = expectedVerdict(route.method, route.url, role, probe);
          const agent = probe.ownAgent && role !== 'public' ? await asRole(app, role, { organisationId: own.id }) : agents[role];
          const before = unsafe ? await snapshot(scene, target) : '';
          const request: InjectOptions = { method: route.method as InjectOptions['method'], url: urlOf(route.url, probe.params, probe.query) };
          if (probe.payload !== undefined) request.payload = probe.payload as InjectOptions['payload'];
          if (probe.headers) request.headers = probe.headers;
          const response = await agent.inject(request);
          const label = `${key}${target ? ` [${target}]` : ''}: ${verdict}`;
          const refusal = REFUSALS[verdict];
          if (refusal) {
            const code = String(response.headers['content-type'] ?? '').includes('json') ? response.json().code : undefined;
            if (response.statusCode !== refusal.status || code !== refusal.code) {
              mismatches.push(`${label}, expected ${refusal.status} ${refusal.code}, got ${response.statusCode} ${code}`);
            }
            if (unsafe && (await snapshot(scene, target)) !== before) mismatches.push(`${label}: refused, but something changed`);
          } else if (probe.expect !== undefined ? response.statusCode !== probe.expect : [401, 403].includes(response.statusCode) || response.statusCode >= 500) {
            mismatches.push(`${label}, expected ${probe.expect ?? 'no refusal'}, got ${response.statusCode} ${response.body.slice(0, 200)}`);
          }
        }
      }
      expect(mismatches).toEqual([]);
    }, 240_000);
  }
});

describe('a representative swapping ids', () => {
  it('gets the 404 of a missing organisation for another one, whatever id the body carries, and nothing changes', async () => {
    const scene = await makeScene();
    const representative = agents.representative;
    const before = await snapshot(scene, 'other');
    const { id, version, createdAt, updatedAt, mainDiscipline, ...input } = scene.other;
    void id; void createdAt; void updatedAt; void mainDiscipline;
    const attempts = [
      { ...input, name: 'Taken over', version },
      { ...input, name: 'Taken over', version, id: own.id },
    ];
    const answers = [];
    for (const payload of attempts) {
      answers.push(await representative.inject({ method: 'PUT', url: `/api/organisations/${scene.other.id}`, payload }));
    }
    const missing = await agents.coordinator.inject({ method: 'PUT', url: `/api/organisations/${randomUUID()}`, payload: attempts[0] });
    expect(missing.statusCode).toBe(404);
    const withoutInstance = (body: Record<string, unknown>) => ({ ...body, instance: undefined });
    for (const answer of answers) {
      expect(answer.statusCode).toBe(404);
      expect(withoutInstance(answer.json())).toEqual(withoutInstance(missing.json()));
    }
    expect(await snapshot(scene, 'other')).toBe(before);
  });

  it('edits only its own organisation when the body names another', async () => {
    const scene = await makeScene();
    const current = await app.organisations.get(own.id);
    const { id, version, createdAt, updatedAt, mainDiscipline, ...input } = current;
    void id; void createdAt; void updatedAt; void mainDiscipline;
    const response = await agents.representative.inject({
      method: 'PUT',
      url: `/api/organisations/${own.id}`,
      payload: { ...input, name: 'Own, renamed', version, id: scene.other.id },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: own.id, name: 'Own, renamed' });
    expect(await app.organisations.get(scene.other.id)).toEqual(scene.other);
  });

  it('may read its own organisation’s history, but not the whole audit log', async () => {
    expect((await agents.representative.inject(`/api/audit?entityType=organisation&entityId=${own.id}`)).statusCode).toBe(200);
    const all = await agents.representative.inject('/api/audit');
    expect(all.statusCode).toBe(403);
    expect(all.json().code).toBe('forbidden');
  });
});

describe('a policy entry that names the organisation in the body', () => {
  // Insights are recorded for an organisation named in the body; any such route shows the mechanism.
  const route = Object.entries(POLICY).find(([key, entry]) => entry.targetInBody && key.startsWith('POST '));

  it.skipIf(!route)('refuses another organisation with the 404 of a missing one, before the body is validated', async () => {
    const url = route![0].split(' ')[1]!;
    const scene = await makeScene();
    const before = await snapshot(scene, 'other');
    const other = await agents.representative.inject({ method: 'POST', url, payload: { organisationId: scene.other.id } });
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('not-found');
    const nothing = await agents.representative.inject({ method: 'POST', url, payload: {} });
    expect(nothing.statusCode).toBe(403);
    // Its own organisation gets through to validation (this body is incomplete on purpose).
    const ownOne = await agents.representative.inject({ method: 'POST', url, payload: { organisationId: own.id } });
    expect(ownOne.statusCode).toBe(400);
    expect(await snapshot(scene, 'other')).toBe(before);
  });
});

describe('HEAD requests', () => {
  it('follow the policy of the GET route', async () => {
    expect((await agents.public.inject({ method: 'HEAD', url: '/api/network' })).statusCode).toBe(401);
    expect((await agents.strategist.inject({ method: 'HEAD', url: '/api/users' })).statusCode).toBe(403);
    expect((await agents.strategist.inject({ method: 'HEAD', url: '/api/network' })).statusCode).toBe(200);
  });
});

describe('what the public sees of organisations', () => {
  it('lists only public organisations, without e-mail, phone, offers and needs', async () => {
    const scene = await makeScene();
    // Found by name, each: the matrix above has filled the graph with many organisations.
    const search = async (o: Organisation) => (await agents.public.inject(`/api/organisations?q=${encodeURIComponent(o.name)}`)).json();
    const listed = await search(scene.other);
    expect(listed.items.map((o: Organisation) => o.id)).toEqual([scene.other.id]);
    expect(listed.total).toBe(1);
    expect(await search(scene.unpublished)).toMatchObject({ items: [], total: 0 });
    expect(await search(scene.deleted)).toMatchObject({ items: [], total: 0 });
    const shown = listed.items[0];
    for (const field of ['email', 'phone', 'offers', 'needs']) expect(shown).not.toHaveProperty(field);
    expect(shown).toMatchObject({ name: scene.other.name, mission: scene.other.mission, commune: scene.other.commune });
    // Members find the unpublished one the same way.
    expect((await agents.strategist.inject(`/api/organisations?q=${encodeURIComponent(scene.unpublished.name)}`)).json().total).toBe(1);

    const one = (await agents.public.inject(`/api/organisations/${scene.other.slug}`)).json();
    for (const field of ['email', 'phone', 'offers', 'needs']) expect(one).not.toHaveProperty(field);
    const unpublished = await agents.public.inject(`/api/organisations/${scene.unpublished.slug}`);
    expect(unpublished.statusCode).toBe(404);
  });

  it('shows members everything, including unpublished organisations and contact details', async () => {
    const scene = await makeScene();
    const one = (await agents.representative.inject(`/api/organisations/${scene.other.id}`)).json();
    expect(one).toMatchObject({ email: 'contact@other.example', phone: '+32 2 555 00 00', offers: ['space'] });
    expect((await agents.strategist.inject(`/api/organisations/${scene.unpublished.id}`)).statusCode).toBe(200);
  });
});

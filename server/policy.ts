// The one permission policy: for every route (method + Fastify route URL) and every role, allow,
// own (only when the organisation acted on is the actor's own) or deny. One hook applies it
// (server/plugins/access.ts); a route missing here answers 500 and fails the test suite.
import type { FastifyRequest } from 'fastify';
import type { Actor, Role } from './domain/actor.ts';

export type Rule = 'allow' | 'own' | 'deny';
export type Access = Readonly<Record<Role, Rule>>;

/** How a route names the organisation it acts on: an id or a slug, or null when it names none. */
export type TargetResolver = (request: Pick<FastifyRequest, 'params' | 'query' | 'body'>) => string | null;

export interface PolicyEntry {
  access: Access;
  /** Required when any role has `own`. */
  target?: TargetResolver;
  /**
   * The target is in the request body (a representative confirming its organisation's attendance,
   * recording an insight for it): `own` is then decided once the body is read, before it is
   * validated, with the same rules. Every other verdict still comes before the body is read.
   */
  targetInBody?: boolean;
  /** Open to a user who must change the password first (everything else answers 403 until then). */
  duringPasswordChange?: boolean;
}

const everyone: Access = { public: 'allow', representative: 'allow', strategist: 'allow', coordinator: 'allow', leadership: 'allow', admin: 'allow' };
const members: Access = { ...everyone, public: 'deny' };
const managers: Access = { public: 'deny', representative: 'deny', strategist: 'deny', coordinator: 'allow', leadership: 'deny', admin: 'allow' };
/** Everyone who reads the whole council's figures (not representatives, not the public). */
const analysts: Access = { public: 'deny', representative: 'deny', strategist: 'allow', coordinator: 'allow', leadership: 'allow', admin: 'allow' };
/** Who sets the council's strategy goals. */
const strategists: Access = { public: 'deny', representative: 'deny', strategist: 'allow', coordinator: 'deny', leadership: 'deny', admin: 'allow' };
const adminOnly: Access = { public: 'deny', representative: 'deny', strategist: 'deny', coordinator: 'deny', leadership: 'deny', admin: 'allow' };

const param =
  (name: string): TargetResolver =>
  (request) => {
    const value = (request.params as Record<string, unknown> | undefined)?.[name];
    return typeof value === 'string' && value ? value : null;
  };

/** An organisation id in a JSON body field (see `targetInBody`). */
const bodyField =
  (name: string): TargetResolver =>
  (request) => {
    const body = request.body;
    const value = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>)[name] : undefined;
    return typeof value === 'string' && value ? value : null;
  };

/** The audit history of one organisation: `?entityType=organisation&entityId=<id>`; anything else names none. */
const auditedOrganisation: TargetResolver = (request) => {
  const query = (request.query ?? {}) as Record<string, unknown>;
  return query.entityType === 'organisation' && typeof query.entityId === 'string' && query.entityId ? query.entityId : null;
};

export const POLICY: Readonly<Record<string, PolicyEntry>> = {
  // Health, reference data and the API's own description: anyone.
  'GET /api/health': { access: everyone, duringPasswordChange: true },
  'GET /api/ready': { access: everyone, duringPasswordChange: true },
  'GET /api/disciplines': { access: everyone },
  'GET /api/communes': { access: everyone },
  'GET /api/tie-kinds': { access: everyone },
  'GET /api/openapi.json': { access: everyone },
  'GET /api/docs': { access: everyone },
  'GET /api/docs/': { access: everyone },
  'GET /api/docs/static/*': { access: everyone },
  'GET /api/docs/static/index.html': { access: everyone },
  'GET /api/docs/static/swagger-initializer.js': { access: everyone },
  'GET /api/docs/json': { access: everyone },
  'GET /api/docs/yaml': { access: everyone },

  // Signing in and out. The session answer carries the CSRF token everybody needs for a POST.
  'GET /api/auth/session': { access: everyone, duringPasswordChange: true },
  'POST /api/auth/sign-in': { access: everyone, duringPasswordChange: true },
  'POST /api/auth/sign-out': { access: everyone, duringPasswordChange: true },
  'POST /api/auth/password': { access: members, duringPasswordChange: true },

  // The inventory. The public reads the public directory (public organisations, public fields:
  // the routes narrow it by role); everything else is for members.
  'GET /api/organisations': { access: everyone },
  'GET /api/organisations/:ref': { access: everyone },
  'POST /api/organisations': { access: managers },
  'PUT /api/organisations/:id': { access: { ...managers, representative: 'own' }, target: param('id') },
  'DELETE /api/organisations/:id': { access: managers },
  'GET /api/organisations/:id/partners': { access: members },
  'GET /api/organisations/:id/projects': { access: members },
  'GET /api/organisations/export.csv': { access: members },
  'GET /api/organisations/import/template.csv': { access: managers },
  'POST /api/organisations/import': { access: managers },

  // Joint projects and the network.
  'GET /api/projects': { access: members },
  'GET /api/projects/:id': { access: members },
  'POST /api/projects': { access: managers },
  'PUT /api/projects/:id': { access: managers },
  'DELETE /api/projects/:id': { access: managers },
  'POST /api/projects/:id/status': { access: managers },
  'GET /api/projects/export.csv': { access: members },
  'POST /api/projects/import': { access: managers },
  'GET /api/network': { access: members },
  'GET /api/network/export.gexf': { access: members },
  'GET /api/network/export.graphml': { access: members },

  // Working groups, meetings and attendance (issue 4). Coordinators manage them; every member of the
  // council reads them (a group is not an organisation, so `own` cannot narrow it, and the council's
  // groups and meetings are no secret among its members). A representative confirms only its own
  // organisation's attendance, named in the body. Calendar apps send no cookies: the feeds are public
  // and carry no agenda or minutes.
  'GET /api/working-groups': { access: members },
  'GET /api/working-groups/:ref': { access: members },
  'POST /api/working-groups': { access: managers },
  'PUT /api/working-groups/:id': { access: managers },
  'DELETE /api/working-groups/:id': { access: managers },
  'POST /api/working-groups/:id/members': { access: managers },
  'PUT /api/working-groups/:id/members/:organisationId': { access: managers },
  'DELETE /api/working-groups/:id/members/:organisationId': { access: managers },
  'GET /api/working-groups/:id/attendance-trend': { access: members },
  'GET /api/working-groups/:id/members.csv': { access: members },
  'POST /api/working-groups/:id/members/import': { access: managers },
  'GET /api/working-groups/:id/calendar.ics': { access: everyone },
  'GET /api/meetings': { access: members },
  'GET /api/meetings/calendar.ics': { access: everyone },
  'GET /api/meetings/:id': { access: members },
  'POST /api/meetings': { access: managers },
  'PUT /api/meetings/:id': { access: managers },
  'DELETE /api/meetings/:id': { access: managers },
  'GET /api/meetings/:id/calendar.ics': { access: members },
  'PUT /api/meetings/:id/attendance': { access: managers },
  'POST /api/meetings/:id/attendance/confirm': {
    access: { ...managers, representative: 'own' },
    target: bodyField('organisationId'),
    targetInBody: true,
  },
  'GET /api/meetings/:id/attendance.csv': { access: members },
  'POST /api/meetings/:id/attendance/import': { access: managers },
  'GET /api/organisations/:id/attendance': { access: members },

  // The knowledge-exchange library: every member searches it; a representative records (and
  // corrects) insights for its own organisation, named in the body; deleting is the coordinators'.
  'GET /api/insights': { access: members },
  'GET /api/insights/:id': { access: members },
  'POST /api/insights': { access: { ...managers, representative: 'own' }, target: bodyField('organisationId'), targetInBody: true },
  'PUT /api/insights/:id': { access: { ...managers, representative: 'own' }, target: bodyField('organisationId'), targetInBody: true },
  'DELETE /api/insights/:id': { access: managers },

  // Accounts.
  'GET /api/users': { access: adminOnly },
  'GET /api/users/:id': { access: adminOnly },
  'POST /api/users': { access: adminOnly },
  'PUT /api/users/:id': { access: adminOnly },
  'POST /api/users/:id/reset-password': { access: adminOnly },

  // Audit log, trash, backup. An entity's history is open to leadership and coordinators, and to a
  // representative for its own organisation; the rest is the admin's.
  'GET /api/audit': {
    access: { public: 'deny', representative: 'own', strategist: 'deny', coordinator: 'allow', leadership: 'allow', admin: 'allow' },
    target: auditedOrganisation,
  },
  'GET /api/audit/export.csv': { access: adminOnly },
  'GET /api/trash': { access: adminOnly },
  'POST /api/trash/:entityType/:id/restore': { access: adminOnly },
  'GET /api/admin/backup': { access: adminOnly },
  'POST /api/admin/restore': { access: adminOnly },

  // Collaboration metrics (issue 10): the council's analysts read them all; a representative reads
  // only its own organisation's figures over time; recomputing is for those who answer for them.
  'GET /api/metrics': { access: analysts },
  'GET /api/metrics/export.csv': { access: analysts },
  'GET /api/metrics/export.json': { access: analysts },
  'GET /api/metrics/organisations': { access: analysts },
  'GET /api/metrics/organisations/export.csv': { access: analysts },
  'GET /api/metrics/organisations/export.json': { access: analysts },
  'GET /api/organisations/:id/metrics': { access: { ...analysts, representative: 'own' }, target: param('id') },
  'GET /api/organisations/:id/metrics/export.csv': { access: { ...analysts, representative: 'own' }, target: param('id') },
  'GET /api/organisations/:id/metrics/export.json': { access: { ...analysts, representative: 'own' }, target: param('id') },
  'GET /api/metrics/status': { access: analysts },
  'POST /api/metrics/recompute': { access: { ...analysts, coordinator: 'deny' } },
  // Evaluation waves (issue 12): coordinators open and change waves; a representative reads the waves
  // asking its organisation and reads and writes only its own organisation's answer (nobody else does,
  // not even an admin); the results, trends, reminder lists and exports are the analysts', and every
  // figure in them is an aggregate under the privacy threshold.
  'GET /api/evaluation/waves': { access: members },
  'POST /api/evaluation/waves': { access: managers },
  'GET /api/evaluation/waves/latest/summary': { access: analysts },
  'GET /api/evaluation/waves/:id': { access: members },
  'PUT /api/evaluation/waves/:id': { access: managers },
  'GET /api/evaluation/waves/:id/respondents': { access: analysts },
  'GET /api/evaluation/waves/:id/respondents.csv': { access: analysts },
  'GET /api/evaluation/waves/:id/responses/:organisationId': {
    access: { ...adminOnly, admin: 'deny', representative: 'own' },
    target: param('organisationId'),
  },
  'PUT /api/evaluation/waves/:id/responses/:organisationId': {
    access: { ...adminOnly, admin: 'deny', representative: 'own' },
    target: param('organisationId'),
  },
  'GET /api/evaluation/waves/:id/results': { access: analysts },
  'GET /api/evaluation/waves/:id/results.csv': { access: analysts },
  'GET /api/evaluation/waves/:id/results.json': { access: analysts },
  'GET /api/evaluation/trends': { access: analysts },
  'GET /api/evaluation/trends.csv': { access: analysts },
  'GET /api/evaluation/trends.json': { access: analysts },
  // The signed-in home page: each role gets its own blocks, a representative only its own organisation's.
  'GET /api/home': { access: members },

  // The partner finder (issue 11): a representative asks and decides for its own organisation only;
  // coordinators (and the admin) for any organisation or project; leadership and strategists read
  // suggestions and how they were received, but do not decide them; the public never.
  'GET /api/organisations/:id/partner-suggestions': { access: { ...analysts, representative: 'own' }, target: param('id') },
  'POST /api/organisations/:id/partner-suggestions/accept': { access: { ...managers, representative: 'own' }, target: param('id') },
  'POST /api/organisations/:id/partner-suggestions/dismiss': { access: { ...managers, representative: 'own' }, target: param('id') },
  'GET /api/projects/:id/partner-suggestions': { access: analysts },
  'POST /api/projects/:id/partner-suggestions/accept': { access: managers },
  'POST /api/projects/:id/partner-suggestions/dismiss': { access: managers },
  'GET /api/partner-suggestions/feedback': { access: analysts },
  // Strategy (issue 12): the council's analysts read the KPIs and goals and export them; setting a
  // goal is the strategists' (and the admin's).
  'GET /api/kpis': { access: analysts },
  'GET /api/kpis/:kpi': { access: analysts },
  'GET /api/kpis/:kpi/export.csv': { access: analysts },
  'GET /api/kpis/:kpi/export.json': { access: analysts },
  'GET /api/goals': { access: analysts },
  'GET /api/goals/export.csv': { access: analysts },
  'GET /api/goals/export.json': { access: analysts },
  'GET /api/goals/:id': { access: analysts },
  'POST /api/goals': { access: strategists },
  'PUT /api/goals/:id': { access: strategists },
  'DELETE /api/goals/:id': { access: strategists },
  // Events and their public calendar (issue 13). A representative drafts and edits its own
  // organisation's events (named in the body; the stored event must be its own too); coordinators
  // publish, postpone, cancel and delete. Members read every event, drafts included; the public
  // reads only what is published (cancelled and postponed ones show as such), and calendar apps and
  // other websites send no cookies.
  'GET /api/events': { access: members },
  'GET /api/events/:id': { access: members },
  'POST /api/events': { access: { ...managers, representative: 'own' }, target: bodyField('organisationId'), targetInBody: true },
  'PUT /api/events/:id': { access: { ...managers, representative: 'own' }, target: bodyField('organisationId'), targetInBody: true },
  'DELETE /api/events/:id': { access: managers },
  'POST /api/events/:id/status': { access: managers },
  'GET /api/public/events': { access: everyone },
  'GET /api/public/events/:id': { access: everyone },
  'GET /api/public/events/calendar.ics': { access: everyone },
};

/** Everything outside /api is the dashboard's static files: the SPA itself asks the API for data. */
const DASHBOARD: PolicyEntry = { access: everyone, duringPasswordChange: true };

export const policyKey = (method: string, url: string): string => `${method === 'HEAD' ? 'GET' : method} ${url}`;

/** The entry of a route; undefined when it has none (the hook answers 500, the test fails). */
export function policyFor(method: string, url: string): PolicyEntry | undefined {
  if (url !== '/api' && !url.startsWith('/api/')) return DASHBOARD;
  return POLICY[policyKey(method, url)];
}

export type Verdict = 'allow' | 'unauthenticated' | 'forbidden' | 'hidden' | 'password-change-required';

/**
 * What happens to a request. `target` is the id of the organisation the route acts on (null when it
 * names none). Another organisation under `own` is `hidden`: the route answers 404, as if it did
 * not exist, so a representative cannot even learn which ids are real.
 */
export function decide(entry: PolicyEntry, actor: Actor, options: { target: string | null; mustChangePassword: boolean }): Verdict {
  const rule = entry.access[actor.role];
  if (rule === 'deny') return actor.role === 'public' ? 'unauthenticated' : 'forbidden';
  if (options.mustChangePassword && !entry.duringPasswordChange) return 'password-change-required';
  if (rule === 'allow') return 'allow';
  if (options.target === null || actor.organisationId === null) return 'forbidden';
  return options.target === actor.organisationId ? 'allow' : 'hidden';
}

/** The role-level rule alone, before any organisation is looked at (for tests and the dashboard). */
export function ruleFor(method: string, url: string, role: Role): Rule | undefined {
  return policyFor(method, url)?.access[role];
}

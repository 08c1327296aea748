// The permission policy as the council agreed it (issue 3), cell by cell, independent of the table's
// own shorthand: a change to server/policy.ts that contradicts these rules fails here.
import { describe, expect, it } from 'vitest';
import { PUBLIC_ACTOR, type Actor, type Role } from '../../server/domain/actor.ts';
import { decide, policyFor, ruleFor } from '../../server/policy.ts';

const OWN = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

function actor(role: Role): Actor {
  return { ...PUBLIC_ACTOR, role, userId: role === 'public' ? null : 'u', organisationId: role === 'representative' ? OWN : null };
}

describe('ruleFor', () => {
  //   route                                       public  repr.   strat.  coord.  leader. admin
  const TABLE: [string, ...string[]][] = [
    ['GET /api/health',                            'allow', 'allow', 'allow', 'allow', 'allow', 'allow'],
    ['GET /api/disciplines',                       'allow', 'allow', 'allow', 'allow', 'allow', 'allow'],
    ['GET /api/tie-kinds',                         'allow', 'allow', 'allow', 'allow', 'allow', 'allow'],
    ['GET /api/openapi.json',                      'allow', 'allow', 'allow', 'allow', 'allow', 'allow'],
    ['GET /api/auth/session',                      'allow', 'allow', 'allow', 'allow', 'allow', 'allow'],
    ['POST /api/auth/sign-in',                     'allow', 'allow', 'allow', 'allow', 'allow', 'allow'],
    ['POST /api/auth/password',                    'deny',  'allow', 'allow', 'allow', 'allow', 'allow'],
    ['GET /api/organisations',                     'allow', 'allow', 'allow', 'allow', 'allow', 'allow'],
    ['GET /api/organisations/:ref',                'allow', 'allow', 'allow', 'allow', 'allow', 'allow'],
    ['POST /api/organisations',                    'deny',  'deny',  'deny',  'allow', 'deny',  'allow'],
    ['PUT /api/organisations/:id',                 'deny',  'own',   'deny',  'allow', 'deny',  'allow'],
    ['DELETE /api/organisations/:id',              'deny',  'deny',  'deny',  'allow', 'deny',  'allow'],
    ['GET /api/organisations/:id/partners',        'deny',  'allow', 'allow', 'allow', 'allow', 'allow'],
    ['GET /api/organisations/export.csv',          'deny',  'allow', 'allow', 'allow', 'allow', 'allow'],
    ['POST /api/organisations/import',             'deny',  'deny',  'deny',  'allow', 'deny',  'allow'],
    ['GET /api/projects/:id',                      'deny',  'allow', 'allow', 'allow', 'allow', 'allow'],
    ['POST /api/projects',                         'deny',  'deny',  'deny',  'allow', 'deny',  'allow'],
    ['PUT /api/projects/:id',                      'deny',  'deny',  'deny',  'allow', 'deny',  'allow'],
    ['DELETE /api/projects/:id',                   'deny',  'deny',  'deny',  'allow', 'deny',  'allow'],
    ['GET /api/network',                           'deny',  'allow', 'allow', 'allow', 'allow', 'allow'],
    ['GET /api/users',                             'deny',  'deny',  'deny',  'deny',  'deny',  'allow'],
    ['POST /api/users/:id/reset-password',         'deny',  'deny',  'deny',  'deny',  'deny',  'allow'],
    ['GET /api/audit',                             'deny',  'own',   'deny',  'allow', 'allow', 'allow'],
    ['GET /api/audit/export.csv',                  'deny',  'deny',  'deny',  'deny',  'deny',  'allow'],
    ['GET /api/trash',                             'deny',  'deny',  'deny',  'deny',  'deny',  'allow'],
    ['POST /api/trash/:entityType/:id/restore',    'deny',  'deny',  'deny',  'deny',  'deny',  'allow'],
    ['GET /api/admin/backup',                      'deny',  'deny',  'deny',  'deny',  'deny',  'allow'],
    ['POST /api/admin/restore',                    'deny',  'deny',  'deny',  'deny',  'deny',  'allow'],
    ['GET /api/metrics',                           'deny',  'deny',  'allow', 'allow', 'allow', 'allow'],
    ['GET /api/metrics/export.csv',                'deny',  'deny',  'allow', 'allow', 'allow', 'allow'],
    ['GET /api/metrics/organisations',             'deny',  'deny',  'allow', 'allow', 'allow', 'allow'],
    ['GET /api/metrics/organisations/export.json', 'deny',  'deny',  'allow', 'allow', 'allow', 'allow'],
    ['GET /api/organisations/:id/metrics',         'deny',  'own',   'allow', 'allow', 'allow', 'allow'],
    ['GET /api/organisations/:id/metrics/export.csv', 'deny', 'own', 'allow', 'allow', 'allow', 'allow'],
    ['GET /api/metrics/status',                    'deny',  'deny',  'allow', 'allow', 'allow', 'allow'],
    ['POST /api/metrics/recompute',                'deny',  'deny',  'allow', 'deny',  'allow', 'allow'],
    ['GET /api/home',                              'deny',  'allow', 'allow', 'allow', 'allow', 'allow'],
  ];
  const ROLE_COLUMNS: Role[] = ['public', 'representative', 'strategist', 'coordinator', 'leadership', 'admin'];

  it.each(TABLE)('%s', (route, ...rules) => {
    const [method, url] = route.split(' ') as [string, string];
    expect(ROLE_COLUMNS.map((role) => ruleFor(method, url, role))).toEqual(rules);
  });

  it('treats HEAD as GET, and everything outside /api as the public dashboard', () => {
    expect(ruleFor('HEAD', '/api/network', 'public')).toBe('deny');
    expect(ruleFor('GET', '/_app/immutable/entry/start.js', 'public')).toBe('allow');
    expect(ruleFor('GET', '/organisations/some-slug', 'public')).toBe('allow');
  });

  it('has no entry for a route nobody wrote one for', () => {
    expect(policyFor('GET', '/api/something-new')).toBeUndefined();
    expect(policyFor('DELETE', '/api/users/:id')).toBeUndefined();
  });
});

describe('decide', () => {
  const put = 'PUT /api/organisations/:id';
  const create = 'POST /api/organisations';
  const history = 'GET /api/audit';
  const password = 'POST /api/auth/password';
  const entry = (route: string) => policyFor(...(route.split(' ') as [string, string]))!;

  it.each([
    ['public', create, null, false, 'unauthenticated'],
    ['strategist', create, null, false, 'forbidden'],
    ['coordinator', create, null, false, 'allow'],
    ['representative', put, OWN, false, 'allow'],
    ['representative', put, OTHER, false, 'hidden'],
    ['representative', history, null, false, 'forbidden'],
    ['representative', history, OTHER, false, 'hidden'],
    ['coordinator', put, OTHER, false, 'allow'],
    ['coordinator', put, OTHER, true, 'password-change-required'],
    ['representative', put, OWN, true, 'password-change-required'],
    ['strategist', create, null, true, 'forbidden'],
    ['coordinator', password, null, true, 'allow'],
  ] as const)('%s on %s with target %s (must change password: %s) → %s', (role, route, target, mustChangePassword, verdict) => {
    expect(decide(entry(route), actor(role), { target, mustChangePassword })).toBe(verdict);
  });

  it('never lets `own` through for an actor without an organisation', () => {
    const orphan = { ...actor('representative'), organisationId: null };
    expect(decide(entry(put), orphan, { target: OWN, mustChangePassword: false })).toBe('forbidden');
  });
});

describe('target resolvers', () => {
  it('read the organisation from the route or the query', () => {
    expect(policyFor('PUT', '/api/organisations/:id')!.target!({ params: { id: OTHER }, query: {} } as never)).toBe(OTHER);
    const history = policyFor('GET', '/api/audit')!.target!;
    expect(history({ params: {}, query: { entityType: 'organisation', entityId: OWN } } as never)).toBe(OWN);
    expect(history({ params: {}, query: { entityType: 'project', entityId: OWN } } as never)).toBeNull();
    expect(history({ params: {}, query: {} } as never)).toBeNull();
  });
});

// The permission policy of working groups, meetings, attendance, insights and the project board
// (issue 4), cell by cell: coordinators manage, every member reads, a representative confirms its own
// organisation's attendance and records its own insights, the public gets only the calendar feeds.
import { describe, expect, it } from 'vitest';
import { PUBLIC_ACTOR, type Actor, type Role } from '../../server/domain/actor.ts';
import { decide, policyFor, ruleFor } from '../../server/policy.ts';

const OWN = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const ROLE_COLUMNS: Role[] = ['public', 'representative', 'strategist', 'coordinator', 'leadership', 'admin'];
const READ = ['deny', 'allow', 'allow', 'allow', 'allow', 'allow'];
const MANAGE = ['deny', 'deny', 'deny', 'allow', 'deny', 'allow'];
const OWN_OR_MANAGE = ['deny', 'own', 'deny', 'allow', 'deny', 'allow'];
const PUBLIC = ['allow', 'allow', 'allow', 'allow', 'allow', 'allow'];

const TABLE: [string, string[]][] = [
  ['GET /api/working-groups', READ],
  ['GET /api/working-groups/:ref', READ],
  ['POST /api/working-groups', MANAGE],
  ['PUT /api/working-groups/:id', MANAGE],
  ['DELETE /api/working-groups/:id', MANAGE],
  ['POST /api/working-groups/:id/members', MANAGE],
  ['PUT /api/working-groups/:id/members/:organisationId', MANAGE],
  ['DELETE /api/working-groups/:id/members/:organisationId', MANAGE],
  ['GET /api/working-groups/:id/attendance-trend', READ],
  ['GET /api/working-groups/:id/members.csv', READ],
  ['POST /api/working-groups/:id/members/import', MANAGE],
  ['GET /api/working-groups/:id/calendar.ics', PUBLIC],
  ['GET /api/meetings', READ],
  ['GET /api/meetings/:id', READ],
  ['POST /api/meetings', MANAGE],
  ['PUT /api/meetings/:id', MANAGE],
  ['DELETE /api/meetings/:id', MANAGE],
  ['GET /api/meetings/calendar.ics', PUBLIC],
  ['GET /api/meetings/:id/calendar.ics', READ],
  ['PUT /api/meetings/:id/attendance', MANAGE],
  ['POST /api/meetings/:id/attendance/confirm', OWN_OR_MANAGE],
  ['GET /api/meetings/:id/attendance.csv', READ],
  ['POST /api/meetings/:id/attendance/import', MANAGE],
  ['GET /api/organisations/:id/attendance', READ],
  ['GET /api/insights', READ],
  ['GET /api/insights/:id', READ],
  ['POST /api/insights', OWN_OR_MANAGE],
  ['PUT /api/insights/:id', OWN_OR_MANAGE],
  ['DELETE /api/insights/:id', MANAGE],
  ['POST /api/projects/:id/status', MANAGE],
  ['GET /api/projects/export.csv', READ],
  ['POST /api/projects/import', MANAGE],
];

describe('the policy of issue 4', () => {
  it.each(TABLE)('%s', (route, rules) => {
    const [method, url] = route.split(' ') as [string, string];
    expect(ROLE_COLUMNS.map((role) => ruleFor(method, url, role))).toEqual(rules);
  });

  const representative: Actor = { ...PUBLIC_ACTOR, role: 'representative', userId: 'u', organisationId: OWN };
  for (const route of ['POST /api/meetings/:id/attendance/confirm', 'POST /api/insights', 'PUT /api/insights/:id']) {
    it(`${route}: the organisation named in the body decides, once the body is read`, () => {
      const [method, url] = route.split(' ') as [string, string];
      const entry = policyFor(method, url)!;
      expect(entry.targetInBody).toBe(true);
      const verdict = (body: unknown) => decide(entry, representative, { target: entry.target!({ params: {}, query: {}, body } as never), mustChangePassword: false });
      expect(verdict({ organisationId: OWN, status: 'present' })).toBe('allow');
      expect(verdict({ organisationId: OTHER, status: 'present' })).toBe('hidden');
      for (const body of [undefined, null, [], 'text', { organisationId: 42 }]) expect(verdict(body)).toBe('forbidden');
    });
  }
});

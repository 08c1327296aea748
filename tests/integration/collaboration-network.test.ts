import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { createOrganisation, createProject } from '../helpers/factories.ts';
import { addMember, createGroup, createMeeting, recordAttendance } from '../helpers/collaboration.ts';
import { brusselsDate } from '../../server/domain/council-time.ts';
import type { NetworkEdge } from '../../server/schemas/network.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { WorkingGroupDetail } from '../../server/schemas/working-group.ts';
import { unpackNetwork } from '../../server/domain/network-wire.ts';

let app: FastifyInstance;
let coordinator: BrowserAgent, leadership: BrowserAgent;
let anna: Organisation, bram: Organisation, cleo: Organisation, dirk: Organisation;
let group: WorkingGroupDetail;

// A tiny council whose ties can be checked by hand:
//   group: Anna 2022→, Bram 2023-06-01→2024-12-31, Cleo 2025-01-01→  (Anna–Bram and Anna–Cleo overlap, Bram–Cleo never)
//   meetings of the group: 2024-03-10 and 2024-09-10 Anna and Bram present (Cleo excused at the second);
//   knowledge exchange 2025-02-01 Anna and Cleo present; a plenary 2024-05-01 with everyone present (no ties);
//   a joint project of Anna and Dirk in 2024.
beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
  leadership = await asRole(app, 'leadership');
  anna = await createOrganisation(coordinator, { name: 'Anna Theatre', disciplines: ['theatre'] });
  bram = await createOrganisation(coordinator, { name: 'Bram Dance', disciplines: ['dance', 'theatre'] });
  cleo = await createOrganisation(coordinator, { name: 'Cleo Music', disciplines: ['music'] });
  dirk = await createOrganisation(coordinator, { name: 'Dirk Heritage', disciplines: ['heritage'] });
  group = await createGroup(coordinator, { name: 'Network Group' });
  await addMember(coordinator, group.id, anna.id, { joinedOn: '2022-01-01' });
  await addMember(coordinator, group.id, bram.id, { joinedOn: '2023-06-01', leftOn: '2024-12-31' });
  await addMember(coordinator, group.id, cleo.id, { joinedOn: '2025-01-01' });
  const march = await createMeeting(coordinator, { workingGroupId: group.id, startsAt: '2024-03-10T19:00', endsAt: '2024-03-10T21:00' });
  const september = await createMeeting(coordinator, { workingGroupId: group.id, startsAt: '2024-09-10T19:00', endsAt: '2024-09-10T21:00' });
  const exchange = await createMeeting(coordinator, { workingGroupId: group.id, kind: 'knowledge-exchange', startsAt: '2025-02-01T10:00', endsAt: '2025-02-01T12:00' });
  const plenary = await createMeeting(coordinator, { kind: 'plenary', workingGroupId: null, startsAt: '2024-05-01T10:00', endsAt: '2024-05-01T12:00' });
  await recordAttendance(coordinator, march.id, [{ organisationId: anna.id, status: 'present' }, { organisationId: bram.id, status: 'present' }]);
  await recordAttendance(coordinator, september.id, [{ organisationId: anna.id, status: 'present' }, { organisationId: bram.id, status: 'present' }]);
  await recordAttendance(coordinator, exchange.id, [{ organisationId: anna.id, status: 'present' }, { organisationId: cleo.id, status: 'present' }]);
  await recordAttendance(coordinator, plenary.id, [anna, bram, cleo, dirk].map((o) => ({ organisationId: o.id, status: 'present' as const })));
  await createProject(coordinator, [anna, dirk], { title: 'Heritage walk', startDate: '2024-04-01', endDate: '2024-10-31' });
});
afterAll(async () => app?.close());

const pair = (edges: NetworkEdge[], a: Organisation, b: Organisation) =>
  edges.find((e) => [e.source, e.target].sort().join() === [a.id, b.id].sort().join());
const network = async (query = '') => {
  const response = await leadership.inject(`/api/network${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return unpackNetwork(response.json()) as { nodes: { id: string; degree: number; strength: number }[]; edges: NetworkEdge[] };
};

describe('GET /api/network with group and meeting ties', () => {
  it('weighs and dates each kind: a shared group by the overlap, meetings by the days both were present', async () => {
    const { nodes, edges } = await network();
    expect(pair(edges, anna, bram)).toMatchObject({ kinds: { group: 1, meeting: 2 }, count: 3, weight: 0.7, first: '2023-06-01', last: '2024-12-31' });
    expect(pair(edges, anna, cleo)).toMatchObject({ kinds: { group: 1, meeting: 1 }, weight: 0.6, first: '2025-01-01', last: brusselsDate(new Date()) });
    expect(pair(edges, anna, dirk)).toMatchObject({ kinds: { project: 1 }, weight: 1, first: '2024-04-01', last: '2024-10-31' });
    // Bram left before Cleo joined, and a plenary ties nobody.
    expect(pair(edges, bram, cleo)).toBeUndefined();
    expect(pair(edges, cleo, dirk)).toBeUndefined();
    expect(nodes.find((n) => n.id === anna.id)).toMatchObject({ degree: 3, strength: 2.3 });
  });

  it('draws only the kinds asked for, comma-separated or repeated', async () => {
    const groupOnly = await network('?tie=group');
    expect(groupOnly.edges.map((e) => Object.keys(e.kinds).join())).toEqual(['group', 'group']);
    expect(pair(groupOnly.edges, anna, bram)).toMatchObject({ weight: 0.5, count: 1 });
    for (const query of ['?tie=meeting,project', '?tie=meeting&tie=project']) {
      const { edges } = await network(query);
      expect(pair(edges, anna, bram), query).toMatchObject({ kinds: { meeting: 2 }, weight: 0.2 });
      expect(pair(edges, anna, dirk), query).toMatchObject({ kinds: { project: 1 } });
    }
    const refused = await leadership.inject('/api/network?tie=friendship');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toMatch(/^tie/);
  });

  it('keeps the ties of each kind that touch the period', async () => {
    const { edges } = await network('?from=2025-01-01&to=2025-12-31');
    expect(pair(edges, anna, bram)).toBeUndefined();
    expect(pair(edges, anna, dirk)).toBeUndefined();
    expect(pair(edges, anna, cleo)).toMatchObject({ kinds: { group: 1, meeting: 1 } });
    const spring2024 = await network('?from=2024-03-01&to=2024-03-31');
    expect(pair(spring2024.edges, anna, bram)).toMatchObject({ kinds: { group: 1, meeting: 1 } });
  });

  it('keeps only organisations of a discipline and their ties', async () => {
    const { nodes, edges } = await network('?discipline=theatre');
    expect(nodes.map((n) => n.id).sort()).toEqual([anna.id, bram.id].sort());
    expect(edges).toHaveLength(1);
  });

  it('drops the ties of a group in the trash, and of its meetings', async () => {
    await coordinator.inject({ method: 'DELETE', url: `/api/working-groups/${group.id}` });
    const { edges } = await network();
    expect(edges.map((e) => Object.keys(e.kinds).join())).toEqual(['project']);
  });
});

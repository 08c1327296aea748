// The partner list of a profile reads the same collaboration model as the network map: every kind of tie counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { createOrganisation, createProject } from '../helpers/factories.ts';
import { addMember, createGroup, createMeeting, recordAttendance } from '../helpers/collaboration.ts';
import { brusselsDate } from '../../server/domain/council-time.ts';
import type { NetworkEdge, NetworkPartner } from '../../server/schemas/network.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import { unpackNetwork } from '../../server/domain/network-wire.ts';

let app: FastifyInstance;
let coordinator: BrowserAgent, leadership: BrowserAgent;
let ana: Organisation, ben: Organisation, cai: Organisation, dee: Organisation, eve: Organisation;
const today = brusselsDate(new Date());
const inTwoMonths = brusselsDate(new Date(Date.now() + 60 * 86_400_000));

// Worked out by hand:
//   project: Ana and Ben, 2024-03-01 → 2024-06-30;
//   group: Ana 2023-01-01 →, Ben 2023-06-01 → 2023-12-31, Cai 2024-01-01 →, Dee joins in two months,
//     Eve 2020-01-01 → 2022-12-31 (left before Ana joined);
//   group meetings: a knowledge exchange 2023-11-10 with Ana and Ben present, a working meeting
//   2024-05-10 with Ana and Cai present; a plenary 2024-06-01 with Ana and Eve present (no tie).
// Ana's partners: Ben 1 + 0.5 + 0.1 = 1.6 (2023-06-01 → 2024-06-30), Cai 0.5 + 0.1 = 0.6 (2024-01-01 → today).
beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
  leadership = await asRole(app, 'leadership');
  ana = await createOrganisation(coordinator, { name: 'Ana Theatre', disciplines: ['theatre'] });
  ben = await createOrganisation(coordinator, { name: 'Ben Dance', disciplines: ['dance'] });
  cai = await createOrganisation(coordinator, { name: 'Cai Music', disciplines: ['music'] });
  dee = await createOrganisation(coordinator, { name: 'Dee Design', disciplines: ['design'] });
  eve = await createOrganisation(coordinator, { name: 'Eve Film', disciplines: ['film'] });
  await createProject(coordinator, [ana, ben], { title: 'Duet', startDate: '2024-03-01', endDate: '2024-06-30' });
  const group = await createGroup(coordinator, { name: 'Partner Group' });
  await addMember(coordinator, group.id, ana.id, { joinedOn: '2023-01-01' });
  await addMember(coordinator, group.id, ben.id, { joinedOn: '2023-06-01', leftOn: '2023-12-31' });
  await addMember(coordinator, group.id, cai.id, { joinedOn: '2024-01-01' });
  await addMember(coordinator, group.id, dee.id, { joinedOn: inTwoMonths });
  await addMember(coordinator, group.id, eve.id, { joinedOn: '2020-01-01', leftOn: '2022-12-31' });
  const exchange = await createMeeting(coordinator, { kind: 'knowledge-exchange', workingGroupId: group.id, startsAt: '2023-11-10T10:00', endsAt: '2023-11-10T12:00' });
  const working = await createMeeting(coordinator, { workingGroupId: group.id, startsAt: '2024-05-10T19:00', endsAt: '2024-05-10T21:00' });
  const plenary = await createMeeting(coordinator, { kind: 'plenary', workingGroupId: null, startsAt: '2024-06-01T10:00', endsAt: '2024-06-01T12:00' });
  await recordAttendance(coordinator, exchange.id, [ana, ben].map((o) => ({ organisationId: o.id, status: 'present' as const })));
  await recordAttendance(coordinator, working.id, [ana, cai].map((o) => ({ organisationId: o.id, status: 'present' as const })));
  await recordAttendance(coordinator, plenary.id, [ana, eve].map((o) => ({ organisationId: o.id, status: 'present' as const })));
});
afterAll(async () => app?.close());

const partners = async (organisation: Organisation) => {
  const response = await leadership.inject(`/api/organisations/${organisation.id}/partners`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as NetworkPartner[];
};

describe('GET /api/organisations/:id/partners', () => {
  it('counts joint projects, shared working groups and meetings attended together, strongest first', async () => {
    expect(await partners(ana)).toEqual([
      {
        organisation: { id: ben.id, slug: ben.slug, name: 'Ben Dance', mainDiscipline: 'dance' },
        weight: 1.6,
        count: 3,
        kinds: { project: 1, group: 1, meeting: 1 },
        projects: 1,
        first: '2023-06-01',
        last: '2024-06-30',
      },
      {
        organisation: { id: cai.id, slug: cai.slug, name: 'Cai Music', mainDiscipline: 'music' },
        weight: 0.6,
        count: 2,
        kinds: { group: 1, meeting: 1 },
        projects: 0,
        first: '2024-01-01',
        last: today,
      },
    ]);
  });

  it('ties two members of a group only while both were in, and nobody through a plenary', async () => {
    // Ben left the group before Cai joined.
    expect((await partners(cai)).map((p) => `${p.organisation.name}:${p.weight}:${JSON.stringify(p.kinds)}`)).toEqual([
      'Ana Theatre:0.6:{"group":1,"meeting":1}',
    ]);
    // Dee has not joined yet; Eve left before anyone else was in, and met Ana only at a plenary.
    expect(await partners(dee)).toEqual([]);
    expect(await partners(eve)).toEqual([]);
  });

  it('agrees with the network map on every partner and weight', async () => {
    const { edges } = unpackNetwork((await leadership.inject('/api/network')).json()) as { edges: NetworkEdge[] };
    const onMap = edges
      .filter((e) => e.source === ana.id || e.target === ana.id)
      .map((e) => `${e.source === ana.id ? e.target : e.source}:${e.weight}:${e.count}`)
      .sort();
    expect((await partners(ana)).map((p) => `${p.organisation.id}:${p.weight}:${p.count}`).sort()).toEqual(onMap);
  });

  it('answers 404 for an organisation that does not exist', async () => {
    const response = await leadership.inject('/api/organisations/00000000-0000-4000-8000-000000000000/partners');
    expect(response.statusCode).toBe(404);
  });
});

describe('GET /api/tie-kinds', () => {
  it('answers every kind of tie with its weight and the model version, to anyone', async () => {
    const response = await app.inject('/api/tie-kinds');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      version: expect.any(Number),
      kinds: [
        { id: 'project', weight: 1 },
        { id: 'group', weight: 0.5 },
        { id: 'meeting', weight: 0.1 },
      ],
    });
  });
});

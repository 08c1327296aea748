// Concurrent writes on one entity through the real API: every race kind on every entity kind, with
// the checks the issue asks for (one winner, the others 404 or 409, one audit event per committed
// change, the entity readable or restorable afterwards). Shared by the short and the full run.
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { Client } from './factories.ts';
import { createOrganisation, organisationInput, projectInput } from './factories.ts';
import { createGroup, groupInput, insightInput, meetingInput } from './collaboration.ts';

export const ENTITY_KINDS = ['organisation', 'project', 'working-group', 'meeting', 'insight'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export const RACE_KINDS = ['delete+update', 'delete+delete', 'restore+restore', 'update+update'] as const;
export type RaceKind = (typeof RACE_KINDS)[number];

const COLLECTION: Record<EntityKind, string> = {
  organisation: 'organisations',
  project: 'projects',
  'working-group': 'working-groups',
  meeting: 'meetings',
  insight: 'insights',
};

interface Made {
  id: string;
  version: number;
  input: Record<string, unknown>;
}

async function make(client: Client, kind: EntityKind): Promise<Made> {
  let input: Record<string, unknown>;
  switch (kind) {
    case 'organisation':
      input = { ...organisationInput() };
      break;
    case 'project':
      input = { ...projectInput([await createOrganisation(client)]) };
      break;
    case 'working-group':
      input = { ...groupInput() };
      break;
    case 'meeting':
      input = { ...meetingInput({ workingGroupId: (await createGroup(client)).id }) };
      break;
    case 'insight':
      input = { ...insightInput((await createOrganisation(client)).id) };
      break;
  }
  const response = await client.inject({ method: 'POST', url: `/api/${COLLECTION[kind]}`, payload: input });
  if (response.statusCode !== 201) throw new Error(`create ${kind}: ${response.statusCode} ${response.body}`);
  const created = response.json() as { id: string; version: number };
  return { id: created.id, version: created.version, input };
}

export interface RaceOutcome {
  entity: EntityKind;
  race: RaceKind;
  statuses: number[];
  winners: number;
  auditEvents: number;
}

/**
 * One race: `contenders` requests at once on a fresh entity. The caller (an admin, who may restore)
 * gets the statuses; every check is made here, so a failure names the entity and the race.
 */
export async function race(client: Client, entity: EntityKind, kind: RaceKind, contenders: number): Promise<RaceOutcome> {
  const made = await make(client, entity);
  const url = `/api/${COLLECTION[entity]}/${made.id}`;
  const put = (n: number) =>
    client.inject({ method: 'PUT', url, payload: { ...made.input, ...renamed(entity, made.input, n), version: made.version } });
  const del = (withVersion: boolean) => client.inject({ method: 'DELETE', url: withVersion ? `${url}?version=${made.version}` : url });
  const restore = () => client.inject({ method: 'POST', url: `/api/trash/${entity}/${made.id}/restore` });

  let requests: (() => Promise<LightMyRequestResponse>)[];
  if (kind === 'restore+restore') {
    const deleted = await del(false);
    if (deleted.statusCode !== 204) throw new Error(`delete ${entity}: ${deleted.statusCode} ${deleted.body}`);
  }
  switch (kind) {
    case 'delete+update':
      // The delete carries the version too, so whichever commits first makes the others stale.
      requests = [() => del(true), ...Array.from({ length: contenders - 1 }, (_, n) => () => put(n))];
      break;
    case 'delete+delete':
      requests = Array.from({ length: contenders }, () => () => del(false));
      break;
    case 'restore+restore':
      requests = Array.from({ length: contenders }, () => restore);
      break;
    case 'update+update':
      requests = Array.from({ length: contenders }, (_, n) => () => put(n));
      break;
  }
  const responses = await Promise.all(requests.map((send) => send()));
  const statuses = responses.map((r) => r.statusCode);
  const where = `${entity} ${kind}: ${statuses.join(',')} ${responses.find((r) => r.statusCode >= 500)?.body ?? ''}`;
  const winners = statuses.filter((s) => s >= 200 && s < 300).length;
  expect(winners, where).toBe(1);
  for (const status of statuses) expect([200, 204, 404, 409], where).toContain(status);

  // create, the setup delete of a restore race, and the one committed change.
  const audit = await client.inject(`/api/audit?entityId=${made.id}&pageSize=200`);
  expect(audit.statusCode, audit.body).toBe(200);
  const auditEvents = (audit.json() as { total: number }).total;
  expect(auditEvents, where).toBe(kind === 'restore+restore' ? 3 : 2);

  // Afterwards it is readable, or in the trash and restorable, and then readable.
  let read = await client.inject(url);
  if (read.statusCode === 404) {
    const restored = await restore();
    expect(restored.statusCode, `${where}: restore afterwards ${restored.body}`).toBe(200);
    read = await client.inject(url);
  }
  expect(read.statusCode, `${where}: read afterwards ${read.body}`).toBe(200);
  return { entity, race: kind, statuses, winners, auditEvents };
}

/** Each PUT of an update race changes something different, so a lost update would show. */
function renamed(entity: EntityKind, input: Record<string, unknown>, n: number): Record<string, unknown> {
  const key = entity === 'organisation' || entity === 'working-group' ? 'name' : 'title';
  return { [key]: `${String(input[key])} ${n}` };
}

/** Every entity kind × every race kind, `rounds` times each; prints one JSON line of figures. */
export async function raceEverything(client: Client, rounds: number, contenders: number): Promise<Record<string, unknown>> {
  const outcomes: RaceOutcome[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const entity of ENTITY_KINDS) {
      for (const kind of RACE_KINDS) outcomes.push(await race(client, entity, kind, contenders));
    }
  }
  const losers = outcomes.flatMap((o) => o.statuses.filter((s) => s >= 400));
  const figure = {
    test: 'races',
    races: outcomes.length,
    contenders,
    requests: outcomes.reduce((n, o) => n + o.statuses.length, 0),
    racesWithOneWinner: outcomes.filter((o) => o.winners === 1).length,
    losers404: losers.filter((s) => s === 404).length,
    losers409: losers.filter((s) => s === 409).length,
    serverErrors: outcomes.flatMap((o) => o.statuses).filter((s) => s >= 500).length,
  };
  console.log(JSON.stringify(figure));
  return figure;
}

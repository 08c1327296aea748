// Events of members: drafts, publication and its moves, the public reads; every write is one
// transaction with its audit events. Times cross this boundary as Brussels wall-clock text.
import { randomUUID } from 'node:crypto';
import type { ChangeContext } from '../domain/actor.ts';
import type { AuditAction, AuditChange } from '../domain/audit.ts';
import { COUNCIL_TIME_ZONE } from '../domain/council-time.ts';
import { assertValid, InvalidInputError, NotFoundError } from '../domain/errors.ts';
import { canMoveEvent, eventFromProps, eventProps, type EventStatus } from '../domain/event.ts';
import { unknownReference } from '../domain/references.ts';
import { PUBLIC_EVENT_STATUSES, EVENT_STATUSES } from '../domain/taxonomy.ts';
import type { Page } from '../schemas/common.ts';
import type { Event, EventInput, EventListQuery } from '../schemas/event.ts';
import { recordChanges } from './audit-repository.ts';
import { requireStatements } from './cypher.ts';
import { lockAtVersion, type Database, type Tx } from './database.ts';
import { findOrganisationRefs } from './organisation-repository.ts';

const Q = requireStatements('events', [
  'create-events',
  'get-event',
  'list-events',
  'lock-event',
  'update-event',
  'set-event-status',
  'delete-event',
  'lock-deleted-event',
  'restore-event',
  'find-project-refs',
]);

/** An event with the websites of its organisers, which the public pages link to. */
export type EventWithOrganisers = Event & { organisation: Event['organisation'] & { website?: string | null } };

export interface EventRow {
  id: string;
  input: EventInput;
  status?: EventStatus;
  /** ISO instant; null or missing: now. */
  createdAt?: string | null;
}

const eventRow = ({ id, input, status, createdAt }: EventRow) => ({
  id,
  status: status ?? 'draft',
  createdAt: createdAt ?? null,
  props: eventProps(input),
  starts: input.occurrences.map((o) => o.startsAt),
  ends: input.occurrences.map((o) => o.endsAt),
  organisationId: input.organisationId,
  coOrganiserIds: input.coOrganiserIds ?? [],
  projectId: input.projectId ?? null,
});

/** Creates events without checking them (the API checks first; the demo data is consistent by construction). */
export async function createEvents(tx: Tx, rows: EventRow[]): Promise<void> {
  await tx.run(Q['create-events'], { events: rows.map(eventRow), timeZone: COUNCIL_TIME_ZONE });
}

export const eventLabel = (event: Pick<Event, 'title' | 'mainLanguage'>): string =>
  event.title[event.mainLanguage] ?? Object.values(event.title).find(Boolean) ?? '';

const eventChange = (action: AuditAction, event: Event, before: Event | null, after: Event | null): AuditChange => ({
  entityType: 'event',
  entityId: event.id,
  entityLabel: eventLabel(event),
  action,
  before,
  after,
});

async function getIn(tx: Tx, id: string, publicOnly = false): Promise<EventWithOrganisers> {
  const row = await tx.one(Q['get-event'], { id, publicOnly });
  if (!row) throw new NotFoundError('Event');
  return eventFromProps(row.event as Record<string, unknown>) as EventWithOrganisers;
}

/** The organisers and the project must exist (and not be in the trash); 400 naming each field. */
async function checkReferences(tx: Tx, input: EventInput): Promise<void> {
  const coOrganisers = input.coOrganiserIds ?? [];
  const found = new Set((await findOrganisationRefs(tx, [input.organisationId, ...coOrganisers])).map((o) => o.id));
  const errors = [
    ...(found.has(input.organisationId) ? [] : [unknownReference('organisation', 'organisationId', input.organisationId)]),
    ...coOrganisers.flatMap((id, i) => (found.has(id) ? [] : [unknownReference('organisation', `coOrganiserIds.${i}`, id)])),
  ];
  if (input.projectId) {
    const projects = await tx.run(Q['find-project-refs'], { ids: [input.projectId] });
    if (!projects.length) errors.push({ field: 'projectId', code: 'unknown-project', message: `No project has the id ${input.projectId}.` });
  }
  assertValid(errors);
}

export interface EventFilter {
  discipline?: string;
  commune?: string;
  organisation?: string;
  audience?: string;
  free?: boolean;
  from?: string;
  to?: string;
  project?: string;
}

const filterParams = (f: EventFilter) => ({
  discipline: f.discipline ?? null,
  commune: f.commune ?? null,
  organisation: f.organisation ?? null,
  audience: f.audience ?? null,
  free: f.free ?? null,
  from: f.from ?? null,
  to: f.to ?? null,
  project: f.project ?? null,
  timeZone: COUNCIL_TIME_ZONE,
});

export class EventRepository {
  constructor(private readonly db: Database) {}

  private async page(filter: EventFilter, statuses: readonly string[], page: number, pageSize: number): Promise<Page<EventWithOrganisers>> {
    const row = await this.db.read((tx) =>
      tx.one(Q['list-events'], { ...filterParams(filter), statuses: [...statuses], skip: (page - 1) * pageSize, limit: pageSize }),
    );
    const items = ((row?.items as Record<string, unknown>[]) ?? []).map((p) => eventFromProps(p) as EventWithOrganisers);
    return { items, total: Number(row?.total ?? 0), page, pageSize };
  }

  /** Members' list: every status, or the one asked for. */
  async list(query: EventListQuery): Promise<Page<Event>> {
    return this.page(query, query.status ? [query.status] : EVENT_STATUSES, query.page ?? 1, query.pageSize ?? 25);
  }

  /** What the public may see: published, postponed and cancelled events, never drafts or the trash. */
  async listPublic(filter: EventFilter, page: number, pageSize: number): Promise<Page<EventWithOrganisers>> {
    return this.page(filter, PUBLIC_EVENT_STATUSES, page, pageSize);
  }

  async get(id: string): Promise<Event> {
    return this.db.read((tx) => getIn(tx, id));
  }

  /** One public event; a draft, a deleted one or one of a deleted member is not found. */
  async getPublic(id: string): Promise<EventWithOrganisers> {
    return this.db.read((tx) => getIn(tx, id, true));
  }

  async create(input: EventInput, context: ChangeContext): Promise<Event> {
    return this.db.write(async (tx) => {
      await checkReferences(tx, input);
      const id = randomUUID();
      await createEvents(tx, [{ id, input }]);
      const created = await getIn(tx, id);
      await recordChanges(tx, context, [eventChange('create', created, null, created)]);
      return created;
    });
  }

  /**
   * Replaces an event. `onlyOf`: the organisation a representative speaks for; another
   * organisation's event is not found, and it cannot hand its own to another organiser.
   */
  async update(id: string, version: number, input: EventInput, context: ChangeContext, onlyOf: string | null): Promise<Event> {
    return this.db.write(async (tx) => {
      const lock = await lockAtVersion(tx, Q['lock-event'], 'Event', id, undefined);
      if (onlyOf !== null && lock.organisationId !== onlyOf) throw new NotFoundError('Event');
      await lockAtVersion(tx, Q['lock-event'], 'Event', id, version);
      const before = await getIn(tx, id);
      await checkReferences(tx, input);
      const row = eventRow({ id, input });
      await tx.run(Q['update-event'], { ...row, timeZone: COUNCIL_TIME_ZONE });
      const updated = await getIn(tx, id);
      await recordChanges(tx, context, [eventChange('update', updated, before, updated)]);
      return updated;
    });
  }

  /** Publishes, postpones, cancels or takes back to draft; 400 invalid-transition for any other move. */
  async setStatus(id: string, status: EventStatus, version: number, context: ChangeContext): Promise<Event> {
    return this.db.write(async (tx) => {
      const lock = await lockAtVersion(tx, Q['lock-event'], 'Event', id, version);
      const from = String(lock.status) as EventStatus;
      if (!canMoveEvent(from, status)) {
        throw new InvalidInputError('invalid-transition', `An event cannot move from ${from} to ${status}.`, [
          { field: 'status', code: 'invalid-transition', message: `From ${from} an event moves to: ${['draft', 'published', 'postponed', 'cancelled'].filter((s) => canMoveEvent(from, s as EventStatus)).join(', ')}.` },
        ]);
      }
      const before = await getIn(tx, id);
      await tx.run(Q['set-event-status'], { id, status });
      const after = await getIn(tx, id);
      await recordChanges(tx, context, [eventChange('update', after, before, after)]);
      return after;
    });
  }

  async delete(id: string, version: number | undefined, context: ChangeContext, onlyOf: string | null): Promise<void> {
    await this.db.write(async (tx) => {
      const lock = await lockAtVersion(tx, Q['lock-event'], 'Event', id, undefined);
      if (onlyOf !== null && lock.organisationId !== onlyOf) throw new NotFoundError('Event');
      await lockAtVersion(tx, Q['lock-event'], 'Event', id, version);
      const before = await getIn(tx, id);
      await tx.run(Q['delete-event'], { id, actorId: context.actor.userId });
      await recordChanges(tx, context, [eventChange('delete', before, before, null)]);
    });
  }

  async restore(id: string, context: ChangeContext): Promise<Event> {
    return this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-deleted-event'], 'Event in the trash', id, undefined);
      await tx.run(Q['restore-event'], { id });
      const restored = await getIn(tx, id);
      await recordChanges(tx, context, [eventChange('restore', restored, null, restored)]);
      return restored;
    });
  }
}

// The audit log: what one change records (who, which entity, which action, before and after), its filters and its CSV.
import { randomUUID } from 'node:crypto';
import type { ChangeContext } from './actor.ts';
import { toCsv, type CsvFormat } from './csv.ts';

/** What can be deleted to the trash and restored from it. */
export const TRASH_ENTITY_TYPES = ['organisation', 'project', 'working-group', 'meeting', 'insight', 'goal', 'event'] as const;
export type TrashEntityType = (typeof TRASH_ENTITY_TYPES)[number];
/**
 * Accounts are audited too, but disabled rather than deleted; partner-suggestion decisions; evaluation
 * waves and answers (an answer by its state only, never its scores or texts).
 */
export const AUDIT_ENTITY_TYPES = [...TRASH_ENTITY_TYPES, 'user', 'partner-suggestion', 'evaluation-wave', 'evaluation-response'] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'import'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Dates in filters are council days: Brussels midnight to midnight, whatever the server's zone. */
const COUNCIL_TIME_ZONE = 'Europe/Brussels';

/** One committed change of one entity. `before`/`after` are its API shape; null where there is none. */
export interface AuditChange {
  entityType: AuditEntityType;
  entityId: string;
  entityLabel: string;
  action: AuditAction;
  before: object | null;
  after: object | null;
}

/** The node properties of the events of one transaction; `at` is set by Neo4j's transaction clock. */
export function auditEventRows(context: ChangeContext, changes: AuditChange[]): Record<string, string | null>[] {
  const { actor, requestId } = context;
  return changes.map((change) => ({
    id: randomUUID(),
    actorId: actor.userId,
    actorEmail: actor.email,
    actorName: actor.name,
    entityType: change.entityType,
    entityId: change.entityId,
    entityLabel: change.entityLabel,
    action: change.action,
    before: change.before === null ? null : JSON.stringify(change.before),
    after: change.after === null ? null : JSON.stringify(change.after),
    requestId,
  }));
}

export interface AuditFilter {
  actor?: string | undefined;
  entityType?: AuditEntityType | undefined;
  entityId?: string | undefined;
  action?: AuditAction | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The filter as statement parameters. `from` and `to` are both inclusive: a date means the whole
 * council day, so `to=2025-03-01` keeps what happened on the evening of 1 March in Brussels.
 */
export function auditFilterParams(filter: AuditFilter) {
  return {
    actor: filter.actor?.trim() ? filter.actor.trim().toLowerCase() : null,
    entityType: filter.entityType ?? null,
    entityId: filter.entityId ?? null,
    action: filter.action ?? null,
    fromAt: filter.from ? (DATE_ONLY.test(filter.from) ? `${filter.from}T00:00:00[${COUNCIL_TIME_ZONE}]` : filter.from) : null,
    toAt: filter.to ? (DATE_ONLY.test(filter.to) ? `${filter.to}T23:59:59.999999999[${COUNCIL_TIME_ZONE}]` : filter.to) : null,
  };
}

export interface AuditEvent {
  id: string;
  at: string;
  actor: { id: string | null; email: string | null; name: string | null } | null;
  entityType: string;
  entityId: string;
  entityLabel: string;
  action: string;
  before: object | null;
  after: object | null;
  requestId: string | null;
}

const parseJson = (text: unknown): object | null => (typeof text === 'string' ? (JSON.parse(text) as object) : null);
const textOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A stored event (plain properties) in its API shape; an event without an account was the anonymous public. */
export function auditEventFromProps(p: Record<string, unknown>): AuditEvent {
  const actorId = textOrNull(p.actorId);
  const actorEmail = textOrNull(p.actorEmail);
  return {
    id: String(p.id),
    at: String(p.at),
    actor: actorId || actorEmail ? { id: actorId, email: actorEmail, name: textOrNull(p.actorName) } : null,
    entityType: String(p.entityType),
    entityId: String(p.entityId),
    entityLabel: String(p.entityLabel ?? ''),
    action: String(p.action),
    before: parseJson(p.before),
    after: parseJson(p.after),
    requestId: textOrNull(p.requestId),
  };
}

export const AUDIT_CSV_COLUMNS = [
  'at', 'actor_id', 'actor_email', 'actor_name', 'entity_type', 'entity_id', 'entity_label', 'action', 'request_id', 'before', 'after',
] as const;

/** Rows of the audit CSV; `before`/`after` stay JSON in one cell each, neutralised like every cell. */
export function auditEventsToCsv(events: AuditEvent[], options: { header: boolean; format?: CsvFormat }): string {
  const json = (v: object | null) => (v === null ? '' : JSON.stringify(v));
  const rows = events.map((e) => [
    e.at, e.actor?.id ?? '', e.actor?.email ?? '', e.actor?.name ?? '', e.entityType, e.entityId, e.entityLabel,
    e.action, e.requestId ?? '', json(e.before), json(e.after),
  ]);
  return toCsv(AUDIT_CSV_COLUMNS, rows, options);
}

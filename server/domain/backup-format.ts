// The backup file: its versioned layout, the graph's known labels and relationship types, the typed
// value encoding, and the check a file must pass before a restore writes anything.
import type { FieldError } from './errors.ts';

export const BACKUP_FORMAT = 'kulturrat-backup';
export const BACKUP_FORMAT_VERSION = 1;

/**
 * Every kind of node a backup carries. Labels and relationship types cannot be parameters in
 * Cypher 5, so the restore writes them into its statements: only names from these lists ever get
 * there. A new kind of node or tie must be added here, or backups refuse to run (and
 * tests/unit/backup-format.test.ts fails when a Cypher file uses a name missing here).
 */
export const BACKUP_LABELS = [
  'Migration', 'Discipline', 'Organisation', 'Project', 'WorkingGroup', 'Meeting', 'Insight', 'User', 'AuditEvent',
  'PartnerSuggestionDecision', 'Survey', 'Response', 'Goal', 'Event', 'Promotion',
] as const;
export type BackupLabel = (typeof BACKUP_LABELS)[number];

/** Every relationship type, with the labels of its two ends (the restore finds them by `id`). */
export const BACKUP_RELATIONSHIPS = {
  WORKS_IN: { start: 'Organisation', end: 'Discipline' },
  PARTNER_IN: { start: 'Organisation', end: 'Project' },
  INVOLVES: { start: 'Project', end: 'Discipline' },
  REPRESENTS: { start: 'User', end: 'Organisation' },
  MEMBER_OF: { start: 'Organisation', end: 'WorkingGroup' },
  FOCUSES_ON: { start: 'WorkingGroup', end: 'Discipline' },
  BORN_IN: { start: 'Project', end: 'WorkingGroup' },
  OF_GROUP: { start: 'Meeting', end: 'WorkingGroup' },
  ATTENDED: { start: 'Organisation', end: 'Meeting' },
  SHARED: { start: 'Organisation', end: 'Insight' },
  AT: { start: 'Insight', end: 'Meeting' },
  // Evaluation waves: the organisations a wave asks, each one's answer and the partners it rates.
  ASKS: { start: 'Survey', end: 'Organisation' },
  ANSWERED: { start: 'Organisation', end: 'Response' },
  IN_SURVEY: { start: 'Response', end: 'Survey' },
  RATES: { start: 'Response', end: 'Organisation' },
  ORGANISES: { start: 'Organisation', end: 'Event' },
  OF_PROJECT: { start: 'Event', end: 'Project' },
  PROMOTES: { start: 'Promotion', end: 'Event' },
  PROMOTED_BY: { start: 'Promotion', end: 'Organisation' },
} as const satisfies Record<string, { start: BackupLabel; end: BackupLabel }>;
export type BackupRelationshipType = keyof typeof BACKUP_RELATIONSHIPS;

/**
 * Left out of backups: a session is a sign-in, not the council's data, and restoring one would
 * revive a sign-in that may have ended since. After a restore everyone signs in again. Metric
 * snapshots are figures computed from the graph (recomputed after a restore, from the restored data)
 * and a job is a lease of a running app instance. The data version is a stamp of the database's
 * last bulk write (a restore sets a new one).
 */
export const TRANSIENT_LABELS = ['Session', 'MetricSnapshot', 'Job', 'BackupRecord', 'DataVersion'] as const;
export const TRANSIENT_RELATIONSHIPS = ['OF'] as const;

/**
 * A restore writes into a database that holds no council data: nothing but the bookkeeping
 * (migrations, the discipline taxonomy) and accounts with their sessions and the audit events of
 * account changes, which is what a fresh installation has once its first admin has signed in. The
 * restore replaces those too.
 */
export const NOT_COUNCIL_DATA: readonly string[] = ['Migration', 'Discipline', 'User', 'Session', 'MetricSnapshot', 'Job', 'BackupRecord', 'DataVersion'];

const isBackupLabel = (label: unknown): label is BackupLabel => (BACKUP_LABELS as readonly unknown[]).includes(label);
export const isBackupRelationshipType = (type: unknown): type is BackupRelationshipType =>
  typeof type === 'string' && Object.hasOwn(BACKUP_RELATIONSHIPS, type);

// ---------------------------------------------------------------------------------------------
// Property values. JSON has one number type and no dates; Neo4j keeps Integer and Float apart and
// has temporal, spatial and byte-array values. A JSON string, boolean or finite number is that
// value (a number is a Float); everything else is an object with one tag:
//   {"$int":"1998"}  {"$float":"NaN"}  {"$date":"2024-03-01"}  {"$time":"10:00:00+01:00"}
//   {"$localtime":"10:00:00"}  {"$datetime":"2024-03-01T10:00:00.123456789Z"} (or with [Zone/Id])
//   {"$localdatetime":"2024-03-01T10:00:00"}  {"$duration":{"months":"0","days":"1","seconds":"0","nanoseconds":"0"}}
//   {"$point":{"srid":4326,"x":4.35,"y":50.85}}  {"$bytes":"<base64>"}
// A list is a JSON array of such values. Neo4j has no map or null property values, so an object is
// always a tag and never ambiguous.

export type EncodedScalar = string | boolean | number | { [tag: `$${string}`]: unknown };
export type EncodedValue = EncodedScalar | EncodedScalar[];

const YEAR = '([+-]?\\d{4,9})';
const DATE = `${YEAR}-(\\d{2})-(\\d{2})`;
const LOCAL_TIME = '(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?';
const OFFSET = '(Z|[+-]\\d{2}:\\d{2}(?::\\d{2})?)';
const ZONE = '\\[([A-Za-z0-9_+\\-/]+)\\]';

const PATTERNS = {
  date: new RegExp(`^${DATE}$`),
  localtime: new RegExp(`^${LOCAL_TIME}$`),
  time: new RegExp(`^${LOCAL_TIME}${OFFSET}$`),
  localdatetime: new RegExp(`^${DATE}T${LOCAL_TIME}$`),
  datetime: new RegExp(`^${DATE}T${LOCAL_TIME}(?:${OFFSET})?(?:${ZONE})?$`),
};

export interface DateParts { year: number; month: number; day: number }
export interface TimeParts { hour: number; minute: number; second: number; nanosecond: number }
export interface DateTimeParts extends DateParts, TimeParts { offsetSeconds: number | null; zoneId: string | null }

const nanos = (fraction: string | undefined) => (fraction ? Number(fraction.padEnd(9, '0')) : 0);

function offsetSeconds(text: string | undefined): number | null {
  if (text === undefined) return null;
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const [h, m, s] = text.slice(1).split(':').map(Number);
  return sign * ((h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0));
}

export function parseDate(text: string): DateParts | null {
  const m = PATTERNS.date.exec(text);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

export function parseLocalTime(text: string): TimeParts | null {
  const m = PATTERNS.localtime.exec(text);
  return m ? { hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3]), nanosecond: nanos(m[4]) } : null;
}

export function parseTime(text: string): (TimeParts & { offsetSeconds: number }) | null {
  const m = PATTERNS.time.exec(text);
  return m ? { hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3]), nanosecond: nanos(m[4]), offsetSeconds: offsetSeconds(m[5])! } : null;
}

export function parseLocalDateTime(text: string): (DateParts & TimeParts) | null {
  const m = PATTERNS.localdatetime.exec(text);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6]), nanosecond: nanos(m[7]) };
}

/** A date-time has an offset, a zone id, or both (as Neo4j writes a zoned one: `…+01:00[Europe/Brussels]`). */
export function parseDateTime(text: string): DateTimeParts | null {
  const m = PATTERNS.datetime.exec(text);
  if (!m || (m[8] === undefined && m[9] === undefined)) return null;
  return {
    year: Number(m[1]), month: Number(m[2]), day: Number(m[3]),
    hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6]), nanosecond: nanos(m[7]),
    offsetSeconds: offsetSeconds(m[8]), zoneId: m[9] ?? null,
  };
}

const INTEGER = /^-?\d{1,19}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const isInt64 = (text: unknown) =>
  typeof text === 'string' && INTEGER.test(text) && BigInt(text) <= 9223372036854775807n && BigInt(text) >= -9223372036854775808n;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why an encoded scalar is not one, or null when it is. */
function scalarProblem(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'is not a finite number';
  if (!isRecord(value)) return `is ${value === null ? 'null' : typeof value}, which no Neo4j property can be`;
  const keys = Object.keys(value);
  const [tag] = keys;
  if (keys.length !== 1 || !tag?.startsWith('$')) return 'is an object, which must be one typed value such as {"$int":"1"}';
  const v = value[tag];
  const text = typeof v === 'string' ? v : '';
  switch (tag) {
    case '$int': return isInt64(v) ? null : '$int must be a whole number in a string, within 64 bits';
    case '$float': return ['NaN', 'Infinity', '-Infinity'].includes(text) ? null : '$float must be "NaN", "Infinity" or "-Infinity" (other numbers are plain JSON numbers)';
    case '$date': return parseDate(text) ? null : '$date must be written YYYY-MM-DD';
    case '$localtime': return parseLocalTime(text) ? null : '$localtime must be written HH:MM:SS[.fraction]';
    case '$time': return parseTime(text) ? null : '$time must be written HH:MM:SS[.fraction] with an offset';
    case '$localdatetime': return parseLocalDateTime(text) ? null : '$localdatetime must be written YYYY-MM-DDTHH:MM:SS[.fraction]';
    case '$datetime': return parseDateTime(text) ? null : '$datetime must be written YYYY-MM-DDTHH:MM:SS[.fraction] with an offset or [zone]';
    case '$duration':
      return isRecord(v) && ['months', 'days', 'seconds', 'nanoseconds'].every((k) => isInt64(v[k])) && Object.keys(v).length === 4
        ? null
        : '$duration must be {"months","days","seconds","nanoseconds"}, each a whole number in a string';
    case '$point': {
      const ok = isRecord(v) && Number.isInteger(v.srid) && [v.x, v.y].every((c) => typeof c === 'number' && Number.isFinite(c))
        && (v.z === undefined || (typeof v.z === 'number' && Number.isFinite(v.z)))
        && Object.keys(v).every((k) => ['srid', 'x', 'y', 'z'].includes(k));
      return ok ? null : '$point must be {"srid", "x", "y"[, "z"]} with numbers';
    }
    case '$bytes': return typeof v === 'string' && BASE64.test(v) ? null : '$bytes must be base64 text';
    default: return `has the unknown type tag ${JSON.stringify(tag)}`;
  }
}

const kindOf = (value: unknown): string => (isRecord(value) ? Object.keys(value)[0]! : typeof value);

/** Why an encoded property value is not one, or null when it is. Lists hold values of one kind. */
export function valueProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return scalarProblem(value);
  for (let i = 0; i < value.length; i += 1) {
    if (Array.isArray(value[i])) return `[${i}] is a list inside a list, which Neo4j cannot store`;
    const problem = scalarProblem(value[i]);
    if (problem) return `[${i}] ${problem}`;
    if (kindOf(value[i]) !== kindOf(value[0])) return `[${i}] is not of the same type as the list's first value`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The document.

export interface BackupNode {
  labels: string[];
  properties: Record<string, EncodedValue>;
}

export interface BackupRelationship {
  type: string;
  start: string;
  end: string;
  properties: Record<string, EncodedValue>;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  createdAt: string;
  neo4jVersion?: string;
}

export interface BackupDocument extends BackupHeader {
  nodes: BackupNode[];
  relationships: BackupRelationship[];
  counts?: { nodes: number; relationships: number };
}

/** A checked backup, grouped the way the restore writes it: nodes by label, relationships by type. */
export interface CheckedBackup {
  nodes: Map<BackupLabel, Record<string, EncodedValue>[]>;
  relationships: Map<BackupRelationshipType, BackupRelationship[]>;
  nodeCount: number;
  relationshipCount: number;
}

const MAX_REPORTED = 20;

class Problems {
  readonly list: FieldError[] = [];
  total = 0;
  add(field: string, code: string, message: string) {
    this.total += 1;
    if (this.list.length < MAX_REPORTED) this.list.push({ field, code, message: `${field}: ${message}` });
  }
}

function checkProperties(problems: Problems, path: string, properties: unknown): properties is Record<string, EncodedValue> {
  if (!isRecord(properties)) {
    problems.add(`${path}.properties`, 'type', 'must be an object of property values');
    return false;
  }
  for (const [key, value] of Object.entries(properties)) {
    const problem = valueProblem(value);
    if (problem) problems.add(`${path}.properties.${key}`, 'value', problem);
  }
  return true;
}

/**
 * Checks a whole backup before anything is written: the header, every node (a known label, an
 * `id`, no id twice), every value's encoding, every relationship (a known type, both ends present
 * with the right labels), and the counts. Returns the backup grouped for the restore, or the first
 * problems found (at most 20, and how many there are).
 */
export function checkBackup(document: unknown): { backup: CheckedBackup } | { errors: FieldError[]; total: number } {
  const problems = new Problems();
  if (!isRecord(document) || document.format !== BACKUP_FORMAT) {
    problems.add('format', 'not-a-backup', `this is not a Kulturrat backup: a backup is a JSON object with "format": "${BACKUP_FORMAT}"`);
    return { errors: problems.list, total: problems.total };
  }
  if (document.formatVersion !== BACKUP_FORMAT_VERSION) {
    const newer = typeof document.formatVersion === 'number' && document.formatVersion > BACKUP_FORMAT_VERSION;
    problems.add('formatVersion', 'unsupported-version', newer
      ? `the backup has format version ${document.formatVersion}, written by a newer Kulturrat; this one reads version ${BACKUP_FORMAT_VERSION}`
      : `must be ${BACKUP_FORMAT_VERSION}`);
    return { errors: problems.list, total: problems.total };
  }
  if (!Array.isArray(document.nodes)) problems.add('nodes', 'type', 'must be a list of nodes');
  if (!Array.isArray(document.relationships)) problems.add('relationships', 'type', 'must be a list of relationships');
  if (problems.total) return { errors: problems.list, total: problems.total };

  const nodes = new Map<BackupLabel, Record<string, EncodedValue>[]>(BACKUP_LABELS.map((l) => [l, []]));
  const ids = new Map<BackupLabel, Set<string>>(BACKUP_LABELS.map((l) => [l, new Set()]));
  (document.nodes as unknown[]).forEach((node, i) => {
    const path = `nodes[${i}]`;
    if (!isRecord(node)) return problems.add(path, 'type', 'must be an object with labels and properties');
    const labels = node.labels;
    if (!Array.isArray(labels) || labels.length !== 1 || !isBackupLabel(labels[0])) {
      return problems.add(`${path}.labels`, 'unknown-label', `must be one of ${BACKUP_LABELS.join(', ')} (found ${JSON.stringify(labels)})`);
    }
    const label = labels[0];
    if (!checkProperties(problems, path, node.properties)) return;
    const id = node.properties.id;
    if (typeof id !== 'string' || id === '') return problems.add(`${path}.properties.id`, 'required', 'every node needs a text id');
    if (ids.get(label)!.has(id)) return problems.add(`${path}.properties.id`, 'duplicate', `${label} ${id} is in the backup twice`);
    ids.get(label)!.add(id);
    nodes.get(label)!.push(node.properties);
  });

  const relationships = new Map<BackupRelationshipType, BackupRelationship[]>(
    (Object.keys(BACKUP_RELATIONSHIPS) as BackupRelationshipType[]).map((t) => [t, []]),
  );
  (document.relationships as unknown[]).forEach((relationship, i) => {
    const path = `relationships[${i}]`;
    if (!isRecord(relationship)) return problems.add(path, 'type', 'must be an object with type, start, end and properties');
    const { type, start, end } = relationship;
    if (!isBackupRelationshipType(type)) {
      return problems.add(`${path}.type`, 'unknown-type', `must be one of ${Object.keys(BACKUP_RELATIONSHIPS).join(', ')} (found ${JSON.stringify(type)})`);
    }
    const ends = BACKUP_RELATIONSHIPS[type];
    if (typeof start !== 'string' || !ids.get(ends.start)!.has(start)) {
      return problems.add(`${path}.start`, 'missing-node', `no ${ends.start} with id ${JSON.stringify(start)} is in the backup`);
    }
    if (typeof end !== 'string' || !ids.get(ends.end)!.has(end)) {
      return problems.add(`${path}.end`, 'missing-node', `no ${ends.end} with id ${JSON.stringify(end)} is in the backup`);
    }
    if (!checkProperties(problems, path, relationship.properties)) return;
    relationships.get(type)!.push(relationship as unknown as BackupRelationship);
  });

  const nodeCount = (document.nodes as unknown[]).length;
  const relationshipCount = (document.relationships as unknown[]).length;
  const counts = document.counts;
  if (counts !== undefined && (!isRecord(counts) || counts.nodes !== nodeCount || counts.relationships !== relationshipCount)) {
    problems.add('counts', 'incomplete', `the backup says it holds ${JSON.stringify(counts)} but has ${nodeCount} nodes and ${relationshipCount} relationships; the file is incomplete or was edited`);
  }
  if (problems.total) return { errors: problems.list, total: problems.total };
  return { backup: { nodes, relationships, nodeCount, relationshipCount } };
}

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_LABELS,
  BACKUP_RELATIONSHIPS,
  TRANSIENT_LABELS,
  TRANSIENT_RELATIONSHIPS,
  checkBackup,
  parseDateTime,
  valueProblem,
} from '../../server/domain/backup-format.ts';
import { CYPHER_DIR } from '../../server/repositories/cypher.ts';

const header = { format: 'kulturrat-backup', formatVersion: 1, createdAt: '2026-01-01T00:00:00.000Z' };
const org = (id: string, extra: Record<string, unknown> = {}) => ({ labels: ['Organisation'], properties: { id, name: id, ...extra } });
const discipline = (id: string) => ({ labels: ['Discipline'], properties: { id, rank: { $int: '0' } } });

const fieldsOf = (result: ReturnType<typeof checkBackup>) => ('errors' in result ? result.errors.map((e) => `${e.field}:${e.code}`) : []);

describe('valueProblem', () => {
  it.each([
    ['a string', 'x'],
    ['a boolean', true],
    ['a float', 50.85],
    ['an integer', { $int: '-9223372036854775808' }],
    ['not a number', { $float: 'NaN' }],
    ['a date', { $date: '2024-02-29' }],
    ['a date-time in UTC with nanoseconds', { $datetime: '2024-03-01T10:00:00.123456789Z' }],
    ['a date-time with an offset and a zone', { $datetime: '2024-07-01T12:00:00+02:00[Europe/Brussels]' }],
    ['a local date-time', { $localdatetime: '2024-03-01T10:00:00' }],
    ['a time', { $time: '10:00:00.5+01:00' }],
    ['a local time', { $localtime: '23:59:59' }],
    ['a duration', { $duration: { months: '1', days: '2', seconds: '3', nanoseconds: '4' } }],
    ['a point', { $point: { srid: 4326, x: 4.35, y: 50.85 } }],
    ['bytes', { $bytes: 'AAEC' }],
    ['a list of strings', ['nl', 'fr']],
    ['a list of integers', [{ $int: '1' }, { $int: '2' }]],
    ['an empty list', []],
  ])('accepts %s', (_name, value) => {
    expect(valueProblem(value)).toBeNull();
  });

  it.each([
    ['null', null, 'null'],
    ['an untagged object', { a: 1 }, 'one typed value'],
    ['an unknown tag', { $money: '3' }, 'unknown type tag'],
    ['an integer past 64 bits', { $int: '9223372036854775808' }, '64 bits'],
    ['an integer written as a number', { $int: 3 }, '$int'],
    ['a date that is not one', { $date: '1 March 2024' }, 'YYYY-MM-DD'],
    ['a date-time without an offset or zone', { $datetime: '2024-03-01T10:00:00' }, 'offset'],
    ['a mixed list', ['a', { $int: '1' }], 'same type'],
    ['a list in a list', [['a']], 'list inside a list'],
  ])('refuses %s, saying why', (_name, value, reason) => {
    expect(valueProblem(value)).toContain(reason);
  });
});

describe('parseDateTime', () => {
  it('keeps nanoseconds, the offset in seconds and the zone id', () => {
    expect(parseDateTime('2024-07-01T12:00:00.12+02:00[Europe/Brussels]')).toEqual({
      year: 2024, month: 7, day: 1, hour: 12, minute: 0, second: 0, nanosecond: 120_000_000, offsetSeconds: 7200, zoneId: 'Europe/Brussels',
    });
    expect(parseDateTime('2024-07-01T12:00:00-00:30')?.offsetSeconds).toBe(-1800);
  });
});

describe('checkBackup', () => {
  it('groups a good backup by label and type', () => {
    const result = checkBackup({
      ...header,
      nodes: [org('a'), org('b'), discipline('theatre')],
      relationships: [{ type: 'WORKS_IN', start: 'a', end: 'theatre', properties: { rank: { $int: '0' }, main: true } }],
      counts: { nodes: 3, relationships: 1 },
    });
    expect('backup' in result).toBe(true);
    if (!('backup' in result)) return;
    expect(result.backup.nodes.get('Organisation')).toHaveLength(2);
    expect(result.backup.relationships.get('WORKS_IN')).toHaveLength(1);
    expect(result.backup).toMatchObject({ nodeCount: 3, relationshipCount: 1 });
  });

  it('tells a foreign file from a backup, and a newer format from a damaged one', () => {
    expect(fieldsOf(checkBackup({ organisations: [] }))).toEqual(['format:not-a-backup']);
    expect(fieldsOf(checkBackup('kulturrat-backup'))).toEqual(['format:not-a-backup']);
    const newer = checkBackup({ ...header, formatVersion: 2, nodes: [], relationships: [] });
    expect('errors' in newer && newer.errors[0]!.message).toContain('newer Kulturrat');
  });

  it('names each node and relationship at fault', () => {
    const result = checkBackup({
      ...header,
      nodes: [
        org('a'),
        { labels: ['Spaceship'], properties: { id: 's' } },
        org('a'),
        { labels: ['Organisation'], properties: { name: 'no id' } },
        org('c', { founded: { $int: 'nineteen' } }),
        { labels: ['Session'], properties: { id: 'x' } },
      ],
      relationships: [
        { type: 'WORKS_IN', start: 'a', end: 'nowhere', properties: {} },
        { type: 'MATCH (n) DETACH DELETE n', start: 'a', end: 'a', properties: {} },
      ],
    });
    expect(fieldsOf(result)).toEqual([
      'nodes[1].labels:unknown-label',
      'nodes[2].properties.id:duplicate',
      'nodes[3].properties.id:required',
      'nodes[4].properties.founded:value',
      'nodes[5].labels:unknown-label',
      'relationships[0].end:missing-node',
      'relationships[1].type:unknown-type',
    ]);
  });

  it('notices a file that says it holds more than it does', () => {
    expect(fieldsOf(checkBackup({ ...header, nodes: [org('a')], relationships: [], counts: { nodes: 2, relationships: 0 } }))).toEqual([
      'counts:incomplete',
    ]);
  });

  it('reports at most 20 problems and how many there are', () => {
    const nodes = Array.from({ length: 30 }, () => ({ labels: ['Nope'], properties: { id: 'x' } }));
    const result = checkBackup({ ...header, nodes, relationships: [] });
    expect('errors' in result && [result.errors.length, result.total]).toEqual([20, 30]);
  });
});

describe('the allow-list of labels and relationship types', () => {
  // Every label and relationship type a Cypher file writes or reads must be known to backups, or
  // a new kind of node would make backups refuse to run (or, worse, be left out of them).
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.cypher')) files.push(join(dir, entry.name));
    }
  };
  walk(CYPHER_DIR);
  const text = files.map((f) => readFileSync(f, 'utf8').replace(/\/\/.*$/gm, '')).join('\n');
  const known = new Set<string>([...BACKUP_LABELS, ...TRANSIENT_LABELS]);
  const knownTypes = new Set<string>([...Object.keys(BACKUP_RELATIONSHIPS), ...TRANSIENT_RELATIONSHIPS]);

  it('covers every label in cypher/', () => {
    // In a pattern, "(o:Organisation", and in a predicate, "NOT n:Session".
    const labels = new Set([...text.matchAll(/\(\s*\w*\s*:\s*([A-Z]\w*)/g)].map((m) => m[1]!));
    for (const m of text.matchAll(/\b[a-z]\w*:([A-Z][a-z]\w*)/g)) labels.add(m[1]!);
    expect([...labels].filter((l) => !known.has(l))).toEqual([]);
  });

  it('covers every relationship type in cypher/', () => {
    const types = new Set([...text.matchAll(/\[\s*\w*\s*:\s*([A-Z_]+)\b/g)].map((m) => m[1]!));
    expect([...types].filter((t) => !knownTypes.has(t))).toEqual([]);
  });
});

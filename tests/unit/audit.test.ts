import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { auditEventRows, auditEventsToCsv, auditFilterParams, type AuditEvent } from '../../server/domain/audit.ts';
import { PUBLIC_ACTOR } from '../../server/domain/actor.ts';

describe('auditFilterParams', () => {
  it('reads a date as the whole council day in Brussels, and keeps a moment as given', () => {
    expect(auditFilterParams({ from: '2025-03-01', to: '2025-03-02' })).toMatchObject({
      fromAt: '2025-03-01T00:00:00[Europe/Brussels]',
      toAt: '2025-03-02T23:59:59.999999999[Europe/Brussels]',
    });
    expect(auditFilterParams({ from: '2025-03-01T10:00:00Z' }).fromAt).toBe('2025-03-01T10:00:00Z');
  });

  it('matches a person by id or e-mail whatever the case, and leaves out empty filters', () => {
    expect(auditFilterParams({ actor: ' Admin@Example.org ' })).toEqual({
      actor: 'admin@example.org', entityType: null, entityId: null, action: null, fromAt: null, toAt: null,
    });
  });
});

describe('auditEventRows', () => {
  it('keeps who, which request, and the states as JSON; the anonymous public has no account', () => {
    const [row] = auditEventRows({ actor: PUBLIC_ACTOR, requestId: 'req-1' }, [
      { entityType: 'organisation', entityId: 'o1', entityLabel: 'Théâtre', action: 'update', before: { name: 'A' }, after: { name: 'B' } },
    ]);
    expect(row).toMatchObject({ actorId: null, actorEmail: null, requestId: 'req-1', before: '{"name":"A"}', after: '{"name":"B"}' });
    expect(row!.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('auditEventsToCsv', () => {
  const event: AuditEvent = {
    id: 'e1', at: '2025-03-01T10:00:00.000Z', actor: { id: 'u1', email: 'a@example.org', name: '=cmd|calc' },
    entityType: 'organisation', entityId: 'o1', entityLabel: '@risky', action: 'create', before: null, after: { name: '+32' }, requestId: 'r1',
  };

  it('neutralises cells a spreadsheet would run, and keeps the states as JSON', () => {
    const csv = auditEventsToCsv([event], { header: true });
    const [row] = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(row).toMatchObject({ actor_name: "'=cmd|calc", entity_label: "'@risky", before: '', after: '{"name":"+32"}', request_id: 'r1' });
  });

  it('writes later batches without a header', () => {
    expect(auditEventsToCsv([event], { header: false }).startsWith('2025-03-01')).toBe(true);
    expect(auditEventsToCsv([], { header: false })).toBe('');
  });
});

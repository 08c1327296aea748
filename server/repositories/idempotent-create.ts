// Creates a client may safely repeat (issue 8): a POST that timed out is sent again with the same
// `Idempotency-Key`, a UUID the client chose, which becomes the id of the new record. The first
// request makes the record and keeps the fingerprint of the request on it (same transaction as the
// record and its audit event); a repetition finds it and answers it instead of making another, and
// another request with the same key is refused with 409. Concurrent repetitions meet at the id's
// uniqueness constraint: one creates, the others answer what it made.
import { createHash, randomUUID } from 'node:crypto';
import type { ChangeContext } from '../domain/actor.ts';
import { ConflictError } from '../domain/errors.ts';
import { requireStatements } from './cypher.ts';
import type { Database, Tx } from './database.ts';

const Q = requireStatements('idempotency', ['find-created', 'mark-created']);

/** The kinds of record a keyed create may make (their labels). */
export type IdempotentLabel = 'Organisation' | 'Project' | 'WorkingGroup' | 'Meeting' | 'Insight';

/** JSON with object keys sorted, so the same input always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Who asked for what: the same account sending the same (normalised) input of the same kind. */
export function requestFingerprint(label: IdempotentLabel, input: unknown, context: ChangeContext): string {
  return createHash('sha256').update(canonical({ label, actor: context.actor.userId, input })).digest('hex');
}

/**
 * Runs `create` with the id of the new record: the request's idempotency key when it has one (see
 * above), a random UUID otherwise. `create` calls `mark(tx)` in its write transaction; `read`
 * answers the record as it is now, for a repetition.
 */
export async function createOnce<T>(
  db: Database,
  label: IdempotentLabel,
  input: unknown,
  context: ChangeContext,
  create: (id: string, mark: (tx: Tx) => Promise<void>) => Promise<T>,
  read: (id: string) => Promise<T>,
): Promise<T> {
  const id = context.idempotencyKey;
  if (!id) return create(randomUUID(), async () => {});
  const createdWith = requestFingerprint(label, input, context);
  const earlier = async (): Promise<{ value: T } | undefined> => {
    const found = await db.read((tx) => tx.one(Q['find-created'], { id, label }));
    if (!found) return undefined;
    if (found.createdWith !== createdWith) {
      throw new ConflictError('idempotency-key-reused', 'This Idempotency-Key was used for another request; choose a new key (a new UUID) for a new record.');
    }
    if (found.deleted) {
      throw new ConflictError('idempotency-key-reused', 'The record this Idempotency-Key made has since been moved to the trash; an admin can restore it.');
    }
    return { value: await read(id) };
  };
  const before = await earlier();
  if (before) return before.value;
  try {
    return await create(id, async (tx) => {
      await tx.run(Q['mark-created'], { id, label, createdWith });
    });
  } catch (error) {
    // The same request made it meanwhile (its transaction committed first): answer that record.
    if (error instanceof ConflictError) {
      const after = await earlier();
      if (after) return after.value;
    }
    throw error;
  }
}

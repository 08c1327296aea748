// Sign-in sessions kept in the graph, so every app instance sees the same ones.
import type { SessionTimes } from '../domain/session.ts';
import type { User } from '../schemas/user.ts';
import { requireStatements } from './cypher.ts';
import type { Database, Row, Tx } from './database.ts';
import { toUser } from './user-row.ts';

const Q = requireStatements('sessions', [
  'create-session',
  'get-session',
  'touch-session',
  'delete-session',
  'delete-user-sessions',
  'delete-ended-sessions',
  'set-session-times',
  'count-user-sessions',
]);

export interface StoredSession extends SessionTimes {
  id: string;
}

export async function startSession(tx: Tx, userId: string, id: string, times: SessionTimes): Promise<void> {
  await tx.run(Q['create-session'], { userId, id, ...times });
}

export async function endSessionsOf(tx: Tx, userId: string, exceptId: string | null = null): Promise<void> {
  await tx.run(Q['delete-user-sessions'], { userId, exceptId });
}

export class SessionRepository {
  constructor(private readonly db: Database) {}

  /** The session and its user in one read; null when there is no such session. */
  async find(id: string): Promise<{ session: StoredSession; user: User } | null> {
    const row = await this.db.read((tx) => tx.one(Q['get-session'], { id }));
    if (!row) return null;
    const s = row.session as Row;
    return {
      session: { id: String(s.id), createdAt: String(s.createdAt), lastSeenAt: String(s.lastSeenAt), expiresAt: String(s.expiresAt) },
      user: toUser(row.user as Row),
    };
  }

  /**
   * Starts a session at sign-in. The session the browser came with (if any) ends in the same
   * transaction, so a session id planted before sign-in is never the signed-in one; the user's
   * sessions that already ended are swept at the same time.
   */
  async start(userId: string, id: string, times: SessionTimes, options: { replacing?: string | null; idleSince: Date }): Promise<void> {
    await this.db.write(async (tx) => {
      if (options.replacing) await tx.run(Q['delete-session'], { id: options.replacing });
      await tx.run(Q['delete-ended-sessions'], { userId, now: times.createdAt, idleSince: options.idleSince.toISOString() });
      await startSession(tx, userId, id, times);
    });
  }

  async touch(id: string, now: Date): Promise<void> {
    await this.db.write((tx) => tx.run(Q['touch-session'], { id, now: now.toISOString() }));
  }

  async end(id: string): Promise<void> {
    await this.db.write((tx) => tx.run(Q['delete-session'], { id }));
  }

  async endAllOf(userId: string, exceptId: string | null = null): Promise<void> {
    await this.db.write((tx) => endSessionsOf(tx, userId, exceptId));
  }

  async countOf(userId: string): Promise<number> {
    return Number((await this.db.read((tx) => tx.one(Q['count-user-sessions'], { userId })))?.count ?? 0);
  }

  /** Moves a session's clock (tests of idle and absolute expiry; an operator ending one now). */
  async setTimes(id: string, times: { lastSeenAt?: Date; expiresAt?: Date }): Promise<boolean> {
    const row = await this.db.write((tx) =>
      tx.one(Q['set-session-times'], {
        id,
        lastSeenAt: times.lastSeenAt?.toISOString() ?? null,
        expiresAt: times.expiresAt?.toISOString() ?? null,
      }),
    );
    return row !== undefined;
  }
}

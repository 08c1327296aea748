// Accounts: reads never carry the password hash (except the sign-in lookup); every write is one
// transaction, and the writes that must end sessions (disable, new password) end them in it.
import { randomUUID } from 'node:crypto';
import type { ChangeContext, UserRole } from '../domain/actor.ts';
import { checkAdminsRemain, losesAdmin } from '../domain/account.ts';
import { assertValid, NotFoundError } from '../domain/errors.ts';
import { foldText } from '../domain/organisation.ts';
import { referenceErrors } from '../domain/references.ts';
import type { SessionTimes } from '../domain/session.ts';
import type { Page } from '../schemas/common.ts';
import type { User, UserListQuery, UserUpdate } from '../schemas/user.ts';
import { requireStatements } from './cypher.ts';
import { lockAtVersion, type Database, type Row, type Tx } from './database.ts';
import { endSessionsOf, startSession } from './session-repository.ts';
import { toUser } from './user-row.ts';
import { recordChanges } from './audit-repository.ts';
import type { AuditAction } from '../domain/audit.ts';

const Q = requireStatements('users', [
  'list-users',
  'get-user',
  'find-sign-in-account',
  'get-password-hash',
  'find-organisation',
  'create-user',
  'lock-user',
  'update-user',
  'count-active-admins',
  'count-admins',
  'count-users',
  'set-password',
  'replace-password-hash',
  'record-failed-sign-in',
  'record-sign-in',
]);

export interface NewUser {
  email: string;
  name: string;
  role: UserRole;
  organisationId: string | null;
  passwordHash: string;
  mustChangePassword: boolean;
}

export interface SignInAccount {
  user: User;
  passwordHash: string;
  lockedUntil: string | null;
}

/** The session that a password change starts for the one who changed it. */
export interface NewSession {
  id: string;
  times: SessionTimes;
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

function userProps(fields: { email?: string; name: string; role: UserRole; disabled?: boolean }): Record<string, unknown> {
  return {
    ...(fields.email !== undefined ? { email: normaliseEmail(fields.email) } : {}),
    name: fields.name.trim(),
    nameKey: foldText(fields.name),
    role: fields.role,
    ...(fields.disabled !== undefined ? { disabled: fields.disabled } : {}),
  };
}

async function checkOrganisationExists(tx: Tx, organisationId: string | null): Promise<void> {
  if (organisationId === null) return;
  const found = new Set((await tx.one(Q['find-organisation'], { id: organisationId })) ? [organisationId] : []);
  assertValid(referenceErrors('organisation', 'organisationId', organisationId, found), 'The organisation does not exist.');
}

async function getIn(tx: Tx, id: string): Promise<User> {
  const row = await tx.one(Q['get-user'], { id });
  if (!row) throw new NotFoundError('User');
  return toUser(row.user as Row);
}

export class UserRepository {
  constructor(private readonly db: Database) {}

  async list(query: UserListQuery): Promise<Page<User>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const q = query.q ? foldText(query.q) : '';
    const row = await this.db.read((tx) =>
      tx.one(Q['list-users'], {
        q: q || null,
        role: query.role ?? null,
        disabled: query.disabled ?? null,
        skip: (page - 1) * pageSize,
        limit: pageSize,
      }),
    );
    const items = (row?.items as Row[]) ?? [];
    return { items: items.map(toUser), total: Number(row?.total ?? 0), page, pageSize };
  }

  async get(id: string): Promise<User> {
    return this.db.read((tx) => getIn(tx, id));
  }

  async count(): Promise<number> {
    return Number((await this.db.read((tx) => tx.one(Q['count-users'])))?.count ?? 0);
  }

  /** Admins of any state: the first-admin rule only acts on a council that has none at all. */
  async countAdmins(): Promise<number> {
    return Number((await this.db.read((tx) => tx.one(Q['count-admins'])))?.count ?? 0);
  }

  async findByEmail(email: string): Promise<User | null> {
    return (await this.findForSignIn(email))?.user ?? null;
  }

  async findForSignIn(email: string): Promise<SignInAccount | null> {
    const row = await this.db.read((tx) => tx.one(Q['find-sign-in-account'], { email: normaliseEmail(email) }));
    if (!row) return null;
    const p = row.user as Row;
    return { user: toUser(p), passwordHash: String(p.passwordHash ?? ''), lockedUntil: (p.lockedUntil as string | null) ?? null };
  }

  async passwordHashOf(id: string): Promise<string> {
    const row = await this.db.read((tx) => tx.one(Q['get-password-hash'], { id }));
    if (!row) throw new NotFoundError('User');
    return String(row.passwordHash ?? '');
  }

  async create(input: NewUser, context: ChangeContext): Promise<User> {
    return this.db.write(async (tx) => {
      await checkOrganisationExists(tx, input.organisationId);
      const id = randomUUID();
      await tx.run(Q['create-user'], {
        id,
        organisationId: input.organisationId,
        props: {
          ...userProps({ email: input.email, name: input.name, role: input.role, disabled: false }),
          passwordHash: input.passwordHash,
          mustChangePassword: input.mustChangePassword,
        },
      });
      const created = await getIn(tx, id);
      await recordChanges(tx, context, [userChange('create', null, created)]);
      return created;
    });
  }

  /**
   * An admin's change. Disabling ends the user's sessions in the same transaction; the last
   * enabled admin can be neither disabled nor demoted, or nobody could manage accounts any more.
   */
  async update(id: string, update: UserUpdate, context: ChangeContext): Promise<User> {
    return this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-user'], 'User', id, update.version);
      const current = await getIn(tx, id);
      if (losesAdmin(current, update)) checkAdminsRemain(Number((await tx.one(Q['count-active-admins'], { exceptId: id }))?.count ?? 0));
      await checkOrganisationExists(tx, update.organisationId);
      await tx.run(Q['update-user'], {
        id,
        organisationId: update.organisationId,
        props: userProps({ name: update.name, role: update.role, disabled: update.disabled }),
      });
      if (update.disabled) await endSessionsOf(tx, id);
      const updated = await getIn(tx, id);
      await recordChanges(tx, context, [userChange('update', current, updated)]);
      return updated;
    });
  }

  /**
   * A new password: every session of the user ends with it. `newSession` starts one for the person
   * who changed their own password, so that they stay signed in on this device only.
   */
  async setPassword(
    id: string,
    passwordHash: string,
    options: { mustChangePassword: boolean; newSession?: NewSession },
    context: ChangeContext,
  ): Promise<void> {
    await this.db.write(async (tx) => {
      const before = await getIn(tx, id);
      const row = await tx.one(Q['set-password'], { id, passwordHash, mustChangePassword: options.mustChangePassword });
      if (!row) throw new NotFoundError('User');
      // The event shows who set a new password and whether it must be changed; never the password.
      await recordChanges(tx, context, [userChange('update', before, await getIn(tx, id))]);
      await endSessionsOf(tx, id);
      if (options.newSession) await startSession(tx, id, options.newSession.id, options.newSession.times);
    });
  }

  /** Same password, current hash parameters: not a change, so neither version nor sessions move. */
  async replacePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.db.write((tx) => tx.run(Q['replace-password-hash'], { id, passwordHash }));
  }

  async recordFailedSignIn(id: string, maxFailures: number, lockedUntil: Date): Promise<{ failedSignIns: number; lockedUntil: string | null }> {
    const row = await this.db.write((tx) =>
      tx.one(Q['record-failed-sign-in'], { id, maxFailures, lockedUntil: lockedUntil.toISOString() }),
    );
    return { failedSignIns: Number(row?.failedSignIns ?? 0), lockedUntil: (row?.lockedUntil as string | null) ?? null };
  }

  async recordSignIn(id: string, now: Date): Promise<void> {
    await this.db.write((tx) => tx.run(Q['record-sign-in'], { id, now: now.toISOString() }));
  }
}

function userChange(action: AuditAction, before: User | null, after: User) {
  return { entityType: 'user' as const, entityId: after.id, entityLabel: after.email, action, before, after };
}

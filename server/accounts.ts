// Account operations shared by the routes, the start-up and the demo load: invitations, sign-in
// checks, password resets and the first admin. Repositories store; this decides.
import { randomBytes } from 'node:crypto';
import { PUBLIC_ACTOR, type ChangeContext, type UserRole } from './domain/actor.ts';
import { accountOrganisationProblems } from './domain/account.ts';
import { assertValid, UnauthenticatedError } from './domain/errors.ts';
import { generateOneTimePassword, hashPassword, needsRehash, verifyPassword } from './domain/password.ts';
import type { UserRepository } from './repositories/user-repository.ts';
import type { User } from './schemas/user.ts';

/** Five wrong passwords in a row lock the account for fifteen minutes. */
export const SIGN_IN_LOCK = Object.freeze({ maxFailures: 5, minutes: 15 });

export const FIRST_ADMIN_EMAIL = 'admin@kulturrat.local';

/**
 * One answer for an unknown e-mail, a wrong password, a disabled or a locked account, so that
 * nobody can learn from it which accounts exist or what state they are in.
 */
export class InvalidCredentialsError extends UnauthenticatedError {
  constructor() {
    super('invalid-credentials', 'The e-mail address or the password is wrong, or the account cannot sign in right now.');
  }
}

let dummyHash: Promise<string> | undefined;

/** A hash of nothing anyone knows, verified when the e-mail is unknown so that it takes as long as a real check. */
function dummy(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummyHash;
}

/** Computes the dummy hash ahead of the first sign-in, so that one is not slower than the rest. */
export async function prepareSignIn(): Promise<void> {
  await dummy();
}

/** No account has this id: a refusal that must not count against anyone still runs the same write. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * Checks e-mail and password; the account on success, InvalidCredentialsError otherwise. Every
 * refusal does the same work (one look-up, one Argon2 verification, one write transaction), so
 * that its timing does not tell an unknown e-mail from a known one.
 */
export async function authenticate(users: UserRepository, email: string, password: string, now = new Date()): Promise<User> {
  const refuse = async (id: string) => {
    await users.recordFailedSignIn(id, SIGN_IN_LOCK.maxFailures, new Date(now.getTime() + SIGN_IN_LOCK.minutes * 60_000));
    return new InvalidCredentialsError();
  };
  const account = await users.findForSignIn(email);
  if (!account) {
    await verifyPassword(await dummy(), password);
    throw await refuse(NOBODY);
  }
  // Verified whatever the account's state, so that every refusal costs the same time.
  const matches = await verifyPassword(account.passwordHash, password);
  const locked = account.lockedUntil !== null && Date.parse(account.lockedUntil) > now.getTime();
  // A locked or disabled account's counter is left alone: failures do not extend a lock.
  if (account.user.disabled || locked) throw await refuse(NOBODY);
  if (!matches) throw await refuse(account.user.id);
  if (needsRehash(account.passwordHash)) await users.replacePasswordHash(account.user.id, await hashPassword(password));
  await users.recordSignIn(account.user.id, now);
  return account.user;
}

export interface Invitation {
  email: string;
  name: string;
  role: UserRole;
  organisationId?: string | null | undefined;
}

export function checkOrganisationRule(role: UserRole, organisationId: string | null | undefined): void {
  const problems = accountOrganisationProblems(role, organisationId);
  assertValid(problems);
}

/** A new account with a one-time password that the admin hands over; it must be changed at first sign-in. */
export async function invite(users: UserRepository, invitation: Invitation, context: ChangeContext): Promise<{ user: User; oneTimePassword: string }> {
  checkOrganisationRule(invitation.role, invitation.organisationId);
  const oneTimePassword = generateOneTimePassword();
  const user = await users.create(
    {
      email: invitation.email,
      name: invitation.name,
      role: invitation.role,
      organisationId: invitation.organisationId ?? null,
      passwordHash: await hashPassword(oneTimePassword),
      mustChangePassword: true,
    },
    context,
  );
  return { user, oneTimePassword };
}

/** A new one-time password; every session of the user ends. */
export async function resetPassword(users: UserRepository, id: string, context: ChangeContext): Promise<string> {
  await users.get(id);
  const oneTimePassword = generateOneTimePassword();
  await users.setPassword(id, await hashPassword(oneTimePassword), { mustChangePassword: true }, context);
  return oneTimePassword;
}

const STARTUP: ChangeContext = { actor: PUBLIC_ACTOR, requestId: 'start-up' };

/**
 * Start-up: with ADMIN_EMAIL and ADMIN_PASSWORD, that admin exists, is enabled and has that
 * password. Without them, a council with no admin at all gets admin@kulturrat.local with a
 * one-time password, printed once, to be changed at first sign-in.
 */
export async function ensureFirstAdmin(
  users: UserRepository,
  admin: { email: string; password: string } | null,
  say: (line: string) => void,
): Promise<void> {
  if (admin) {
    const existing = await users.findByEmail(admin.email);
    if (!existing) {
      await users.create(
        { email: admin.email, name: 'Administrator', role: 'admin', organisationId: null, passwordHash: await hashPassword(admin.password), mustChangePassword: false },
        STARTUP,
      );
      say(`Admin account ${admin.email} created (ADMIN_EMAIL).`);
      return;
    }
    if (existing.role !== 'admin' || existing.disabled) {
      await users.update(existing.id, { name: existing.name, role: 'admin', organisationId: null, disabled: false, version: existing.version }, STARTUP);
      say(`Account ${admin.email} made an enabled admin (ADMIN_EMAIL).`);
    }
    if (!(await verifyPassword(await users.passwordHashOf(existing.id), admin.password))) {
      await users.setPassword(existing.id, await hashPassword(admin.password), { mustChangePassword: false }, STARTUP);
      say(`Password of ${admin.email} set from ADMIN_PASSWORD.`);
    }
    return;
  }
  if ((await users.countAdmins()) > 0) return;
  const { oneTimePassword } = await invite(users, { email: FIRST_ADMIN_EMAIL, name: 'Administrator', role: 'admin' }, STARTUP);
  say(`No admin account yet: created ${FIRST_ADMIN_EMAIL} with this one-time password (shown only now):`);
  say(`    ${oneTimePassword}`);
  say('Sign in with it; you will be asked to choose a new password at once. (Set ADMIN_EMAIL and ADMIN_PASSWORD to choose them yourself.)');
}

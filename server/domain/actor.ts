// Who is making a request, and the context every change is recorded with.

export const ROLES = ['admin', 'leadership', 'coordinator', 'strategist', 'representative'] as const;
export type UserRole = (typeof ROLES)[number];
/** `public` is the anonymous visitor: no account, no session. */
export type Role = UserRole | 'public';

export interface Actor {
  userId: string | null;
  email: string | null;
  name: string | null;
  role: Role;
  /** The organisation a representative speaks for; null for every other role. */
  organisationId: string | null;
}

export const PUBLIC_ACTOR: Actor = Object.freeze({ userId: null, email: null, name: null, role: 'public', organisationId: null });

/** Passed to every repository write, so the audit event of a change knows who and which request. */
export interface ChangeContext {
  actor: Actor;
  requestId: string;
  /** A create's Idempotency-Key (a UUID the client chose): the id of the record it makes (repositories/idempotent-create.ts). */
  idempotencyKey?: string | undefined;
}

// Who is signed in, and the CSRF token of that session: loaded once at start, refreshed whenever
// the session changes (sign-in, sign-out, password change). The API client asks it for the token
// and hands it the sign-in problems, so every page reacts to them the same way.
import { goto } from '$app/navigation';
import { api, registerAuthHooks, toApiError, type ApiError } from './api.ts';
import { allows, allowsForOwn, safeNext, type Permission } from './permissions.ts';
import type { Role, User } from './types.ts';

export const SIGN_IN_PATH = '/sign-in';
export const PASSWORD_PATH = '/account/password';

function currentAddress(): string {
  if (typeof location === 'undefined') return '/';
  return `${location.pathname}${location.search}`;
}

export function signInHref(next: string = currentAddress()): string {
  const target = safeNext(next, '');
  return target && target !== '/' ? `${SIGN_IN_PATH}?next=${encodeURIComponent(target)}` : SIGN_IN_PATH;
}

class Session {
  user = $state.raw<User | null>(null);
  loaded = $state(false);
  error = $state.raw<ApiError | undefined>(undefined);
  role: Role = $derived(this.user?.role ?? 'public');
  signedIn = $derived(this.user !== null);
  mustChangePassword = $derived(this.user?.mustChangePassword === true);

  #csrfToken: string | null = null;
  #pending: Promise<void> | null = null;

  /** Loads the session once; `force` asks the server again (after the session changed). */
  load(force = false, fetch?: typeof globalThis.fetch): Promise<void> {
    if (force || !this.#pending) this.#pending = this.#fetch(fetch);
    return this.#pending;
  }

  async #fetch(fetch?: typeof globalThis.fetch): Promise<void> {
    try {
      const state = await api.auth.session(fetch ? { fetch } : {});
      this.user = state.user;
      this.#csrfToken = state.csrfToken ?? null;
      this.error = undefined;
    } catch (e) {
      // Without a session answer the dashboard still works as the public sees it.
      const problem = toApiError(e);
      this.user = null;
      this.#csrfToken = null;
      if (problem.status !== 404) this.error = problem;
      this.#pending = null;
    } finally {
      this.loaded = true;
    }
  }

  get csrfToken(): string | null {
    return this.#csrfToken;
  }

  async refreshCsrfToken(): Promise<string | null> {
    await this.load(true);
    return this.#csrfToken;
  }

  can(permission: Permission, organisationId?: string | null): boolean {
    return allows(this.role, permission, { actorOrganisationId: this.user?.organisationId ?? null, organisationId: organisationId ?? null });
  }

  /** May do it at all: to any organisation, or (a representative) to its own. */
  canForOwn(permission: Permission): boolean {
    return allowsForOwn(this.role, permission);
  }

  /** The organisation a representative speaks for; null for every other role. */
  get organisationId(): string | null {
    return this.role === 'representative' ? (this.user?.organisationId ?? null) : null;
  }

  async signIn(email: string, password: string): Promise<User> {
    const { user } = await api.auth.signIn({ email, password });
    this.user = user;
    await this.load(true); // a new session id, so a new token
    return this.user ?? user;
  }

  async signOut(): Promise<void> {
    try {
      await api.auth.signOut();
    } finally {
      this.user = null;
      await this.load(true);
    }
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await api.auth.changePassword({ currentPassword, newPassword });
    await this.load(true);
  }

  /** The server says our session is gone (expired, revoked, signed out elsewhere). */
  expired(): void {
    if (!this.user) return;
    this.user = null;
    this.load(true);
  }
}

export const session = new Session();

registerAuthHooks({
  csrfToken: () => session.csrfToken,
  refreshCsrfToken: () => session.refreshCsrfToken(),
  unauthenticated: () => {
    session.expired();
    if (typeof location !== 'undefined' && location.pathname !== SIGN_IN_PATH) goto(signInHref(), { replaceState: true });
  },
  passwordChangeRequired: () => {
    if (session.user && !session.user.mustChangePassword) session.user = { ...session.user, mustChangePassword: true };
    if (typeof location !== 'undefined' && location.pathname !== PASSWORD_PATH) goto(PASSWORD_PATH, { replaceState: true });
  },
});

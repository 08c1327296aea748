// A test client acting as one role: it signs in and sends the session cookie and CSRF token, and
// keeps the cookies the app sets, as a browser would.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { PUBLIC_ACTOR, type ChangeContext, type Role } from '../../server/domain/actor.ts';
import { CSRF_HEADER } from '../../server/domain/session.ts';
import { hashPassword } from '../../server/domain/password.ts';
import type { User } from '../../server/schemas/user.ts';
import { organisationInput } from './factories.ts';

export interface Agent {
  role: Role;
  /** The signed-in account; null for the public. */
  user: User | null;
  inject(options: InjectOptions | string): Promise<LightMyRequestResponse>;
}

/** The password of every account asRole makes. */
export const TEST_PASSWORD = 'correct horse battery staple';

const TEST_SETUP: ChangeContext = { actor: PUBLIC_ACTOR, requestId: 'test-setup' };

let testHash: Promise<string> | undefined;

/** A client with a cookie jar: every request carries the cookies and the CSRF token it holds. */
export class BrowserAgent implements Agent {
  role: Role = 'public';
  user: User | null = null;
  readonly cookies = new Map<string, string>();
  csrfToken = '';

  constructor(private readonly app: FastifyInstance) {}

  async inject(options: InjectOptions | string): Promise<LightMyRequestResponse> {
    const request: InjectOptions = typeof options === 'string' ? { method: 'GET', url: options } : { ...options };
    request.cookies = { ...Object.fromEntries(this.cookies), ...(request.cookies ?? {}) };
    request.headers = { ...(this.csrfToken ? { [CSRF_HEADER]: this.csrfToken } : {}), ...(request.headers ?? {}) };
    const response = await this.app.inject(request);
    this.keepCookies(response);
    return response;
  }

  private keepCookies(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const gone = cookie.value === '' || cookie.maxAge === 0 || (cookie.expires !== undefined && cookie.expires.getTime() <= Date.now());
      if (gone) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }

  /** Fetches the session state, keeping its CSRF token; returns the signed-in user or null. */
  async refresh(): Promise<User | null> {
    const response = await this.inject('/api/auth/session');
    if (response.statusCode !== 200) throw new Error(`GET /api/auth/session: ${response.statusCode} ${response.body}`);
    const state = response.json() as { user: User | null; csrfToken: string };
    this.csrfToken = state.csrfToken;
    this.user = state.user;
    this.role = state.user?.role ?? 'public';
    return state.user;
  }

  /** Signs in (fetching a CSRF token first when it has none) and refreshes; returns the sign-in response. */
  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    if (!this.csrfToken) await this.refresh();
    const response = await this.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
    await this.refresh();
    return response;
  }
}

/** An anonymous visitor that already holds a CSRF token. */
export async function visitor(app: FastifyInstance): Promise<BrowserAgent> {
  const agent = new BrowserAgent(app);
  await agent.refresh();
  return agent;
}

/**
 * A signed-in agent of `role` with a fresh account (`public`: an anonymous visitor with a CSRF
 * token). A representative speaks for `organisationId`, or for a fresh organisation made for it.
 */
export async function asRole(app: FastifyInstance, role: Role, options: { organisationId?: string } = {}): Promise<BrowserAgent> {
  const agent = await visitor(app);
  if (role === 'public') return agent;
  const organisationId =
    role === 'representative' ? (options.organisationId ?? (await app.organisations.create(organisationInput(), TEST_SETUP)).id) : null;
  const email = `${role}-${randomUUID().slice(0, 8)}@test.kulturrat.example`;
  testHash ??= hashPassword(TEST_PASSWORD);
  await app.users.create(
    { email, name: `Test ${role}`, role, organisationId, passwordHash: await testHash, mustChangePassword: false },
    TEST_SETUP,
  );
  const response = await agent.signIn(email, TEST_PASSWORD);
  if (response.statusCode !== 200) throw new Error(`asRole(${role}): sign-in answered ${response.statusCode} ${response.body}`);
  return agent;
}

// Sign-in sessions: the cookie's token, the id stored for it, and when a session ends.
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'kulturrat_session';
export const CSRF_COOKIE = 'kulturrat_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Writing lastSeenAt on every request would turn every read into a write; once a minute is enough for idle expiry. */
export const TOUCH_INTERVAL_MS = 60_000;

/** 32 random bytes, base64url: the only copy is in the browser's cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isWellFormedToken(token: string | undefined): token is string {
  return typeof token === 'string' && TOKEN_PATTERN.test(token);
}

/** The graph keeps only the SHA-256 of the token, so a copy of the database signs nobody in. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SessionTimes {
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface SessionLimits {
  idleMinutes: number;
  absoluteHours: number;
}

export function newSessionTimes(now: Date, limits: SessionLimits): SessionTimes {
  const at = now.toISOString();
  return { createdAt: at, lastSeenAt: at, expiresAt: new Date(now.getTime() + limits.absoluteHours * 3_600_000).toISOString() };
}

export type SessionStatus = 'active' | 'idle' | 'expired';

/** `expired`: past its absolute end; `idle`: unused for longer than the idle limit. */
export function sessionStatus(times: SessionTimes, now: Date, limits: SessionLimits): SessionStatus {
  if (now.getTime() >= Date.parse(times.expiresAt)) return 'expired';
  if (now.getTime() - Date.parse(times.lastSeenAt) >= limits.idleMinutes * 60_000) return 'idle';
  return 'active';
}

export function needsTouch(times: SessionTimes, now: Date): boolean {
  return now.getTime() - Date.parse(times.lastSeenAt) >= TOUCH_INTERVAL_MS;
}

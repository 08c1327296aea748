import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { accountOrganisationProblems } from '../../server/domain/account.ts';
import {
  ARGON2_PARAMETERS,
  generateOneTimePassword,
  hashPassword,
  needsRehash,
  newPasswordProblems,
  verifyPassword,
} from '../../server/domain/password.ts';
import { isWellFormedToken, needsTouch, newSessionTimes, newSessionToken, sessionIdOf, sessionStatus } from '../../server/domain/session.ts';
import { contentSecurityPolicy, inlineScriptHashes } from '../../server/plugins/security.ts';

describe('newPasswordProblems', () => {
  it.each([
    ['a good long passphrase', 'ana@example.org', []],
    ['short', 'ana@example.org', ['too-short']],
    ['eleven char', 'ana@example.org', ['too-short']],
    ['twelve chars', 'ana@example.org', []],
    // Characters, not bytes: twelve accented letters are enough, eleven are not.
    ['éééééééééééé', 'ana@example.org', []],
    ['ééééééééééé', 'ana@example.org', ['too-short']],
    ['Ana@Example.org', 'ana@example.org', ['equals-email']],
    ['  long.address@example.org ', 'long.address@example.org', ['equals-email']],
    ['x'.repeat(1025), 'ana@example.org', ['too-long']],
  ])('%j for %s → %j', (password, email, codes) => {
    expect(newPasswordProblems(password, email).map((p) => p.code)).toEqual(codes);
  });

  it('names the field it checked', () => {
    expect(newPasswordProblems('short', 'a@b.c')[0]).toMatchObject({ field: 'newPassword', code: 'too-short' });
  });
});

describe('Argon2id hashes', () => {
  it('are made with the OWASP parameters and verify only the right password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'Correct horse battery staple')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });

  it.each([
    [{ ...ARGON2_PARAMETERS }, false],
    [{ ...ARGON2_PARAMETERS, memoryCost: 8192 }, true],
    [{ ...ARGON2_PARAMETERS, timeCost: 1 }, true],
    [{ ...ARGON2_PARAMETERS, parallelism: 2 }, true],
  ])('made with %j need rehashing: %s', async (parameters, expected) => {
    expect(needsRehash(await hashPassword('pw', parameters))).toBe(expected);
  });

  it('need rehashing when unreadable', () => {
    expect(needsRehash('$2b$10$abcdefghijklmnopqrstuv')).toBe(true);
  });
});

describe('generateOneTimePassword', () => {
  it('gives four groups of four unambiguous characters, different each time', () => {
    const passwords = Array.from({ length: 50 }, generateOneTimePassword);
    for (const p of passwords) expect(p).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
    expect(new Set(passwords).size).toBe(50);
    expect(newPasswordProblems(passwords[0]!, 'a@b.c')).toEqual([]);
  });
});

describe('accountOrganisationProblems', () => {
  it.each([
    ['representative', 'org', []],
    ['representative', null, ['required']],
    ['representative', undefined, ['required']],
    ['coordinator', null, []],
    ['coordinator', 'org', ['not-allowed']],
    ['admin', 'org', ['not-allowed']],
  ] as const)('%s with organisation %s → %j', (role, organisationId, codes) => {
    expect(accountOrganisationProblems(role, organisationId).map((p) => p.code)).toEqual(codes);
  });
});

describe('sessions', () => {
  const limits = { idleMinutes: 120, absoluteHours: 12 };
  const start = new Date('2025-05-01T08:00:00Z');
  const times = newSessionTimes(start, limits);
  const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

  it('stores only the SHA-256 of a 32-byte token', () => {
    const token = newSessionToken();
    expect(isWellFormedToken(token)).toBe(true);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(sessionIdOf(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(sessionIdOf(token)).not.toContain(token);
    expect(newSessionToken()).not.toBe(token);
  });

  it.each([undefined, '', 'short', `${'a'.repeat(42)}!`, 'a'.repeat(44)])('refuses the malformed token %j', (token) => {
    expect(isWellFormedToken(token)).toBe(false);
  });

  it.each([
    [{}, 0, 'active'],
    [{}, 119, 'active'],
    [{}, 120, 'idle'],
    [{ lastSeenAt: at(600).toISOString() }, 700, 'active'],
    [{ lastSeenAt: at(700).toISOString() }, 720, 'expired'],
    [{ lastSeenAt: at(700).toISOString() }, 719, 'active'],
  ])('%j after %i minutes is %s', (change, minutes, status) => {
    expect(sessionStatus({ ...times, ...change }, at(minutes), limits)).toBe(status);
  });

  it('writes lastSeenAt at most once a minute', () => {
    expect(needsTouch(times, new Date(start.getTime() + 59_000))).toBe(false);
    expect(needsTouch(times, new Date(start.getTime() + 60_000))).toBe(true);
  });
});

describe('the content security policy', () => {
  it('allows exactly the inline scripts of the page, by hash', () => {
    const html = '<html><head><script type="module" src="/a.js"></script></head><body><script>\n  boot();\n</script><script></script></body></html>';
    const expected = createHash('sha256').update('\n  boot();\n').digest('base64');
    expect(inlineScriptHashes(html)).toEqual([`'sha256-${expected}'`]);
  });

  it('keeps objects, base URIs and framing shut', () => {
    const csp = contentSecurityPolicy(["'sha256-abc'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['script-src']).toEqual(["'self'", "'sha256-abc'"]);
  });
});

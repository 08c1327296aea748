// The one table from domain errors to HTTP: each kind of error answers with its status and its own
// problem code, through the real error plugin of a real Fastify instance.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidCredentialsError } from '../../server/accounts.ts';
import * as domainErrors from '../../server/domain/errors.ts';
import {
  ConflictError,
  DomainError,
  InternalError,
  InvalidFileError,
  InvalidInputError,
  NotFoundError,
  TooManyRequestsError,
  UnavailableError,
  VersionConflictError,
} from '../../server/domain/errors.ts';
import { PasswordChangeRequiredError, RoleForbiddenError, SignInRequiredError } from '../../server/plugins/access.ts';
import errors, { STATUS_BY_ERROR } from '../../server/plugins/errors.ts';

const field = { field: 'slug', code: 'slug-taken', message: 'Another organisation has this slug.' };

const cases: { name: string; error: () => DomainError; status: number; code: string }[] = [
  { name: 'invalid input', error: () => new InvalidInputError('validation', 'The working group does not exist.', [field]), status: 400, code: 'validation' },
  { name: 'sign-in required', error: () => new SignInRequiredError(), status: 401, code: 'unauthenticated' },
  { name: 'wrong credentials', error: () => new InvalidCredentialsError(), status: 401, code: 'invalid-credentials' },
  { name: 'role forbidden', error: () => new RoleForbiddenError(), status: 403, code: 'forbidden' },
  { name: 'password change first', error: () => new PasswordChangeRequiredError(), status: 403, code: 'password-change-required' },
  { name: 'not found', error: () => new NotFoundError('Organisation'), status: 404, code: 'not-found' },
  { name: 'conflict', error: () => new ConflictError('restore-conflict', 'Cannot be restored.', [field]), status: 409, code: 'restore-conflict' },
  { name: 'version conflict', error: () => new VersionConflictError(4), status: 409, code: 'version-conflict' },
  { name: 'refused file', error: () => new InvalidFileError('invalid-csv', 'The file was not imported.', [{ row: 2, column: 'slug', code: 'pattern', message: 'bad' }]), status: 422, code: 'invalid-csv' },
  { name: 'too many requests', error: () => new TooManyRequestsError('rate-limited', 'Slow down.'), status: 429, code: 'rate-limited' },
  { name: 'our failure', error: () => new InternalError('restore-failed', 'The restore failed part-way.'), status: 500, code: 'restore-failed' },
  { name: 'database away', error: () => new UnavailableError('The database is not reachable right now.'), status: 503, code: 'unavailable' },
];

describe('the error plugin', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = Fastify({ logger: false });
    await app.register(errors);
    cases.forEach((c, i) => app.get(`/throw/${i}`, async () => { throw c.error(); }));
    await app.ready();
  });
  afterAll(() => app.close());

  it.each(cases.map((c, i) => ({ ...c, i })))('answers $name with $status $code', async ({ i, error, status, code }) => {
    const thrown = error();
    const response = await app.inject({ method: 'GET', url: `/throw/${i}` });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = response.json();
    expect(body).toMatchObject({ type: 'about:blank', status, code, detail: thrown.message, instance: `/throw/${i}` });
    if (thrown.errors) expect(body.errors).toEqual(thrown.errors);
    else expect(body).not.toHaveProperty('errors');
    if (status >= 500) expect(typeof body.requestId).toBe('string');
    else expect(body).not.toHaveProperty('requestId');
  });
});

describe('STATUS_BY_ERROR', () => {
  it('gives every kind of domain error a status, so none falls through to 500 by accident', () => {
    const kinds = Object.values(domainErrors).filter(
      (value) => typeof value === 'function' && value.prototype instanceof DomainError,
    ) as (abstract new (...args: never[]) => DomainError)[];
    expect(kinds.length).toBeGreaterThan(8);
    for (const kind of kinds) {
      const mapped = STATUS_BY_ERROR.some(([k]) => k === kind || kind.prototype instanceof k);
      expect(mapped, kind.name).toBe(true);
    }
  });

  it('lists each kind once', () => {
    const listed = STATUS_BY_ERROR.map(([kind]) => kind);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('keeps HTTP out of the errors themselves', () => {
    for (const c of cases) {
      const error = c.error() as unknown as Record<string, unknown>;
      expect(error).not.toHaveProperty('status');
      expect(error).not.toHaveProperty('statusCode');
    }
  });
});

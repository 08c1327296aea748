import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';
import { foldText, slugify } from '../../server/domain/organisation.ts';
import { projectRuleErrors } from '../../server/domain/project.ts';
import { ajvFieldErrors } from '../../server/plugins/errors.ts';

describe('loadConfig', () => {
  it('uses the embedded Neo4j and loopback by default', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, demoData: true, neo4j: { kind: 'embedded', heap: '1g' } });
  });

  it('has safe defaults for accounts, sessions and limits', () => {
    expect(loadConfig({})).toMatchObject({
      admin: null,
      trustProxy: false,
      sessionIdleMinutes: 120,
      sessionAbsoluteHours: 12,
      rateLimitPerMinute: 600,
      signInAttemptsPerMinute: 10,
    });
    expect(loadConfig({ ADMIN_EMAIL: 'Admin@Example.ORG', ADMIN_PASSWORD: 'a long enough password' }).admin).toEqual({
      email: 'admin@example.org',
      password: 'a long enough password',
    });
  });

  it('never repeats the admin password in its complaint', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.c', ADMIN_PASSWORD: 'tiny-secret' })).toThrow(ConfigError);
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.c', ADMIN_PASSWORD: 'tiny-secret' })).not.toThrow(/tiny-secret/);
  });

  it('uses an external Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'neo4j', PORT: '8080' });
    expect(config.neo4j).toEqual({ kind: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', username: 'neo4j', password: 'pw', database: 'neo4j' });
    expect(config.port).toBe(8080);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, 'NEO4J_PASSWORD'],
    [{ NEO4J_HEAP: 'lots' }, 'NEO4J_HEAP'],
    [{ ADMIN_EMAIL: 'admin@example.org' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_PASSWORD: 'a long enough password' }, 'ADMIN_EMAIL'],
    [{ ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'too short' }, 'ADMIN_PASSWORD'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES'],
    [{ RATE_LIMIT_PER_MINUTE: 'many' }, 'RATE_LIMIT_PER_MINUTE'],
  ])('refuses %j, naming %s', (env, key) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(key);
  });
});

describe('foldText and slugify', () => {
  it.each([
    ['Théâtre de la Lune', 'theatre de la lune', 'theatre-de-la-lune'],
    ['  Kunsten   Centrum ', 'kunsten centrum', 'kunsten-centrum'],
    ['Ça & Là!', 'ca & la!', 'ca-la'],
    ['Zürich Ølhall', 'zurich ølhall', 'zurich-lhall'],
  ])('%j folds to %j and slugs to %j', (text, folded, slug) => {
    expect(foldText(text)).toBe(folded);
    expect(slugify(text)).toBe(slug);
  });
});

describe('projectRuleErrors', () => {
  const base = { title: 'P', kind: 'event', status: 'planned', disciplines: [], startDate: '2025-01-01', partners: [{ organisationId: 'a', role: 'lead' }] } as const;
  it.each([
    [{}, []],
    [{ endDate: '2024-12-31' }, ['end-before-start']],
    [{ status: 'idea', startDate: null }, []],
    [{ startDate: null }, ['required']],
    [{ partners: [{ organisationId: 'a', role: 'partner' }] }, ['one-lead']],
    [{ partners: [{ organisationId: 'a', role: 'lead' }, { organisationId: 'a', role: 'partner' }] }, ['duplicate']],
  ])('%j gives %j', (change, codes) => {
    expect(projectRuleErrors({ ...base, ...change } as never).map((e) => e.code)).toEqual(codes);
  });
});

describe('ajvFieldErrors', () => {
  it('keeps only the specific reason for a nullable field', () => {
    const errors = ajvFieldErrors([
      { instancePath: '/email', keyword: 'format', message: 'must match format "email"', params: {} },
      { instancePath: '/email', keyword: 'type', message: 'must be null', params: {} },
      { instancePath: '/email', keyword: 'anyOf', message: 'must match a schema in anyOf', params: {} },
      { instancePath: '', keyword: 'required', message: "must have required property 'name'", params: { missingProperty: 'name' } },
      { instancePath: '/founded', keyword: 'type', message: 'must be integer', params: {} },
    ]);
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual(['email:format', 'name:required', 'founded:type']);
  });
});

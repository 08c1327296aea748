// Configuration from the environment, validated once at start-up; .env.example documents every key.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { resolve } from 'node:path';


export const ConfigEnvSchema = Type.Object({
  HOST: Type.String({ default: '127.0.0.1', description: 'Address the HTTP server listens on' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'HTTP port; 0 picks a free one' }),
  LOG_LEVEL: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)), { default: 'info' }),
  DATA_DIR: Type.String({ default: '.data', description: 'Where the embedded Neo4j keeps data, logs and its password' }),
  NEO4J_URI: Type.Optional(Type.String({ pattern: '^(neo4j|bolt)(\\+s|\\+ssc)?://', description: 'Use this Neo4j 5 instead of the embedded one' })),
  NEO4J_USERNAME: Type.String({ default: 'neo4j' }),
  NEO4J_PASSWORD: Type.Optional(Type.String()),
  NEO4J_DATABASE: Type.Optional(Type.String()),
  NEO4J_HEAP: Type.String({ pattern: '^[0-9]+[mMgG]$', default: '1g', description: 'Heap of the embedded Neo4j' }),
  NEO4J_PAGECACHE: Type.String({ pattern: '^[0-9]+[mMgG]$', default: '512m', description: 'Page cache of the embedded Neo4j' }),
  DEMO_DATA: Type.String({ default: 'true', pattern: '^(true|false)$', description: 'Load the demo city into an empty database at start-up' }),
  WEB_DIR: Type.String({ default: 'web/build', description: 'The built dashboard' }),
  IMPORT_MAX_BYTES: Type.Integer({ minimum: 1024, default: 10 * 1024 * 1024 }),
  IMPORT_MAX_ROWS: Type.Integer({ minimum: 1, default: 20000 }),
  EVALUATION_MIN_ANSWERS: Type.Integer({ minimum: 1, maximum: 100, default: 3 }),
  RESTORE_MAX_BYTES: Type.Integer({ minimum: 1024, default: 200 * 1024 * 1024, description: 'Largest backup file POST /api/admin/restore accepts (413 above)' }),
  ADMIN_EMAIL: Type.Optional(Type.String({ pattern: '^[^\\s@]+@[^\\s@]+$', maxLength: 320, description: 'The admin account made sure of at start-up (with ADMIN_PASSWORD)' })),
  ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 12, maxLength: 1024, description: 'Password of ADMIN_EMAIL; at least 12 characters' })),
  TRUST_PROXY: Type.String({ default: 'false', pattern: '^(true|false)$', description: 'Behind a reverse proxy: trust its X-Forwarded-For/-Proto' }),
  SESSION_IDLE_MINUTES: Type.Integer({ minimum: 1, maximum: 7 * 24 * 60, default: 120, description: 'A session unused this long ends' }),
  SESSION_ABSOLUTE_HOURS: Type.Integer({ minimum: 1, maximum: 30 * 24, default: 12, description: 'A session ends this long after sign-in, used or not' }),
  RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, default: 600, description: 'API requests per minute per client address' }),
  SIGN_IN_ATTEMPTS_PER_MINUTE: Type.Integer({ minimum: 1, default: 10, description: 'Sign-in attempts per minute per client address' }),
  PUBLIC_URL: Type.Optional(
    Type.String({ pattern: '^https?://[^\\s/?#]+(/[^\\s?#]*)?$', maxLength: 300, description: 'Where people reach the dashboard, e.g. https://kulturrat.example.org' }),
  ),
});

/**
 * The dashboard's public address without a trailing slash: links that leave the app (calendar feeds)
 * use it, never the request's Host header, and writes are accepted from its origin. Without
 * PUBLIC_URL, the address the server listens on.
 */
export function publicUrlOf(value: string | undefined, host: string, port: number): string {
  if (value === undefined) return `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`PUBLIC_URL is not a URL: give the dashboard's address, e.g. https://kulturrat.example.org.`);
  }
  if (url.username || url.password) throw new ConfigError('PUBLIC_URL must not carry a user name or password.');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export interface Config {
  host: string;
  port: number;
  logLevel: string;
  dataDir: string;
  neo4j:
    | { kind: 'external'; uri: string; username: string; password: string; database?: string }
    | { kind: 'embedded'; heap: string; pageCache: string };
  demoData: boolean;
  webDir: string;
  importMaxBytes: number;
  importMaxRows: number;
  /** The privacy threshold of evaluation results: aggregates of fewer answers are withheld. */
  evaluationMinAnswers: number;
  restoreMaxBytes: number;
  /** Both or neither: the admin account made sure of at start-up. */
  admin: { email: string; password: string } | null;
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  rateLimitPerMinute: number;
  signInAttemptsPerMinute: number;
  /** See `publicUrlOf`. */
  publicUrl: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const known = Object.fromEntries(
    Object.keys(ConfigEnvSchema.properties)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const converted = Value.Convert(ConfigEnvSchema, Value.Default(ConfigEnvSchema, known));
  const problems = [...Value.Errors(ConfigEnvSchema, converted)].map((e) => `${e.path.slice(1)}: ${e.message}`);
  if (problems.length) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}. See .env.example.`);
  const c = converted as Static<typeof ConfigEnvSchema>;
  if (c.NEO4J_URI && !c.NEO4J_PASSWORD) {
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not: give the password of that Neo4j, or unset NEO4J_URI to use the embedded one.');
  }
  if (Boolean(c.ADMIN_EMAIL) !== Boolean(c.ADMIN_PASSWORD)) {
    throw new ConfigError('Set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither (then an empty database gets admin@kulturrat.local with a one-time password).');
  }
  return {
    host: c.HOST,
    port: c.PORT,
    logLevel: c.LOG_LEVEL,
    dataDir: resolve(c.DATA_DIR),
    neo4j: c.NEO4J_URI
      ? { kind: 'external', uri: c.NEO4J_URI, username: c.NEO4J_USERNAME, password: c.NEO4J_PASSWORD!, ...(c.NEO4J_DATABASE ? { database: c.NEO4J_DATABASE } : {}) }
      : { kind: 'embedded', heap: c.NEO4J_HEAP, pageCache: c.NEO4J_PAGECACHE },
    demoData: c.DEMO_DATA === 'true',
    webDir: resolve(c.WEB_DIR),
    importMaxBytes: c.IMPORT_MAX_BYTES,
    importMaxRows: c.IMPORT_MAX_ROWS,
    evaluationMinAnswers: c.EVALUATION_MIN_ANSWERS,
    restoreMaxBytes: c.RESTORE_MAX_BYTES,
    admin: c.ADMIN_EMAIL && c.ADMIN_PASSWORD ? { email: c.ADMIN_EMAIL.trim().toLowerCase(), password: c.ADMIN_PASSWORD } : null,
    trustProxy: c.TRUST_PROXY === 'true',
    sessionIdleMinutes: c.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: c.SESSION_ABSOLUTE_HOURS,
    rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE,
    signInAttemptsPerMinute: c.SIGN_IN_ATTEMPTS_PER_MINUTE,
    publicUrl: publicUrlOf(c.PUBLIC_URL, c.HOST, c.PORT),
  };
}

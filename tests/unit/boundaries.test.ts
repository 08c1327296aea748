// Folder boundaries, read from the sources: which folder may import which (server/*/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|svelte|js)$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

interface Import {
  file: string;
  /** The imported file relative to the repository root, or the bare specifier. */
  target: string;
  typeOnly: boolean;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm;

function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => {
    const specifier = m[3]!;
    const target = specifier.startsWith('.') ? relative(root, resolve(root, dirname(file), specifier)) : specifier;
    return { file, target, typeOnly: Boolean(m[2]) };
  });
}

const importsIn = (dir: string) => sources(dir).flatMap(importsOf);
const into = (folder: string) => (i: Import) => i.target.startsWith(`${folder}/`);

describe('server/', () => {
  it('imports nothing from seed/ (the demo loader is handed in by start.ts)', () => {
    expect(importsIn('server').filter(into('seed'))).toEqual([]);
  });

  it('keeps neo4j-driver in the repositories', () => {
    const outside = importsIn('server').filter((i) => i.target === 'neo4j-driver' && !i.file.startsWith('server/repositories/'));
    // neo4j-target.ts opens the driver for start-up and the CLI; nothing else does.
    expect(outside.map((i) => i.file).filter((f) => f !== 'server/neo4j-target.ts' && !f.startsWith('server/cli/'))).toEqual([]);
  });
});

describe('server/domain/', () => {
  const domain = importsIn('server/domain');

  it('imports from server/schemas/ only types (schemas are built from the domain, not the reverse)', () => {
    expect(domain.filter((i) => into('server/schemas')(i) && !i.typeOnly)).toEqual([]);
  });

  it('imports no repository, route, plugin, Fastify or driver', () => {
    const banned = domain.filter(
      (i) => ['server/repositories', 'server/routes', 'server/plugins'].some((f) => into(f)(i)) || ['fastify', 'neo4j-driver'].includes(i.target),
    );
    expect(banned).toEqual([]);
  });
});

describe('the modules the dashboard shares with the server', () => {
  const SHARED = ['server/domain/council-time.ts', 'server/domain/taxonomy.ts', 'server/domain/network-wire.ts'];
  /** The CSV readers the import preview runs, and what they need: pure, but not import-free. */
  const CSV_SHARED = [
    'server/csv/organisation-csv.ts',
    'server/csv/project-csv.ts',
    'server/csv/membership-csv.ts',
    'server/csv/attendance-csv.ts',
    'server/domain/csv.ts',
    'server/domain/csv-encoding.ts',
    'server/domain/errors.ts',
  ];

  it('are pure: they import nothing', () => {
    expect(SHARED.flatMap(importsOf)).toEqual([]);
  });

  it('share CSV code that reaches no Node built-in, Fastify, driver, repository, route or plugin', () => {
    const seen = new Set<string>();
    const queue = [...CSV_SHARED];
    const banned: Import[] = [];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const i of importsOf(file)) {
        if (i.typeOnly) continue;
        if (/^(node:|fastify|neo4j-driver|@fastify)/.test(i.target) || ['server/repositories', 'server/routes', 'server/plugins'].some((f) => into(f)(i))) banned.push(i);
        else if (i.target.startsWith('server/')) queue.push(i.target);
      }
    }
    expect(banned).toEqual([]);
  });

  it('are the only server code the dashboard imports at run time; seed/ not at all', () => {
    const web = importsIn('web/src');
    expect(web.filter(into('seed'))).toEqual([]);
    const runtime = web.filter((i) => into('server')(i) && !i.typeOnly).map((i) => i.target);
    expect([...new Set(runtime)].filter((t) => !SHARED.includes(t) && !CSV_SHARED.includes(t))).toEqual([]);
  });
});

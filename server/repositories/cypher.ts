// Loads the statements in cypher/ once; a repository that names a missing file fails at start-up.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher');

export type CypherName = string;

function loadAll(dir: string): Map<string, string> {
  const statements = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.cypher')) {
        statements.set(relative(dir, path).replace(/\\/g, '/').replace(/\.cypher$/, ''), readFileSync(path, 'utf8'));
      }
    }
  };
  walk(dir);
  return statements;
}

const STATEMENTS = loadAll(CYPHER_DIR);

export function cypher(name: CypherName): string {
  const text = STATEMENTS.get(name);
  if (text === undefined) throw new Error(`No Cypher statement cypher/${name}.cypher; add the file or fix the name.`);
  return text;
}

/** Declares the statements a repository uses, so a missing file stops the app at start-up, not mid-request. */
export function requireStatements<const T extends readonly string[]>(folder: string, names: T): { [K in T[number]]: CypherName } {
  const resolved = {} as Record<string, CypherName>;
  for (const name of names) {
    const full = `${folder}/${name}`;
    cypher(full);
    resolved[name] = full;
  }
  return resolved as { [K in T[number]]: CypherName };
}

/** Numbered schema migrations, in order: cypher/migrations/NNN-name.cypher. */
export function migrationFiles(): { id: string; statements: string[] }[] {
  return [...STATEMENTS.entries()]
    .filter(([name]) => name.startsWith('migrations/'))
    .map(([name, text]) => ({ id: name.slice('migrations/'.length), statements: splitStatements(text) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter(Boolean);
}

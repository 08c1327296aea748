// Builds the dashboard when its build is missing or older than its sources, so `npm start` just works.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const WEB = resolve(import.meta.dirname, '..', 'web');
const SOURCES = ['src', 'static', 'svelte.config.js', 'vite.config.ts'];

function newestSource(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestSource(join(path, entry))));
}

export function webBuildIsCurrent(webDir: string): boolean {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) return false;
  return statSync(index).mtimeMs >= Math.max(...SOURCES.map((s) => newestSource(join(WEB, s))));
}

export async function ensureWebBuild(webDir: string, log: (line: string) => void): Promise<void> {
  if (webBuildIsCurrent(webDir)) return;
  log('Building the dashboard (first start or changed sources)…');
  const started = Date.now();
  await new Promise<void>((done, fail) => {
    const child = spawn('npm', ['run', '--silent', 'build:web'], { stdio: ['ignore', 'ignore', 'inherit'], shell: false });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`The dashboard build failed (exit ${code}); run "npm run build:web" to see why.`))));
  });
  log(`Dashboard built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

// Browser tests drive the real built dashboard: build it first when it is missing or stale.
import { resolve } from 'node:path';
import { ensureWebBuild } from '../../server/web-build.ts';

export default async function setup(): Promise<void> {
  await ensureWebBuild(resolve('web/build'), (line) => console.log(line));
}

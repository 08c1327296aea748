// Starts one throwaway Neo4j for the whole test run and hands its address to the tests (inject('neo4j')).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j } from '../../neo4j/embedded.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kulturrat-test-neo4j-'));
  try {
    const neo4j = await startEmbeddedNeo4j({
      dataDir,
      heap: '512m',
      pageCache: '256m',
      log: (line) => console.log(`[test neo4j] ${line}`),
    });
    project.provide('neo4j', { uri: neo4j.uri, username: neo4j.username, password: neo4j.password });
    return async function teardown() {
      try {
        await neo4j.stop();
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

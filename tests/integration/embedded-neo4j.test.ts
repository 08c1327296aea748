// The throwaway Neo4j of the test run (tests/setup/neo4j.global.ts), and what startEmbeddedNeo4j promises across restarts.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type Neo4jTarget } from '../../neo4j/embedded.ts';

function driverFor(target: Neo4jTarget, password = target.password): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, password));
}

async function createMarker(driver: Driver, id: string): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite((tx) => tx.run('CREATE (:EmbeddedNeo4jTestMarker {id: $id})', { id }));
  } finally {
    await session.close();
  }
}

async function countMarkers(driver: Driver, id: string): Promise<number> {
  const session = driver.session();
  try {
    const result = await session.executeRead((tx) =>
      tx.run('MATCH (m:EmbeddedNeo4jTestMarker {id: $id}) RETURN count(m) AS markers', { id }),
    );
    return result.records[0]?.get('markers').toNumber() ?? 0;
  } finally {
    await session.close();
  }
}

async function deleteMarker(driver: Driver, id: string): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite((tx) => tx.run('MATCH (m:EmbeddedNeo4jTestMarker {id: $id}) DELETE m', { id }));
  } finally {
    await session.close();
  }
}

describe('the test run’s Neo4j', () => {
  const target = inject('neo4j');
  let driver: Driver;

  beforeAll(() => {
    driver = driverFor(target);
  });

  afterAll(async () => {
    await driver.close();
  });

  it('listens on the loopback interface only', () => {
    expect(target.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
  });

  it('is Neo4j Community 5.26', async () => {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
    expect(records[0]?.toObject()).toMatchObject({ name: 'Neo4j Kernel', edition: 'community', version: expect.stringMatching(/^5\.26\./) });
  });

  it('stores a node and reads it back in another transaction', async () => {
    const id = randomUUID();
    try {
      await createMarker(driver, id);
      expect(await countMarkers(driver, id)).toBe(1);
    } finally {
      await deleteMarker(driver, id);
    }
  });

  it('refuses a wrong password', async () => {
    const intruder = driverFor(target, `${target.password}-wrong`);
    try {
      await expect(intruder.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await intruder.close();
    }
  });
});

describe('startEmbeddedNeo4j', () => {
  it('keeps password and data on the same directory, stopping a server still running there first', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kulturrat-embedded-test-'));
    const started: EmbeddedNeo4j[] = [];
    const small = { dataDir, heap: '256m', pageCache: '64m' };
    const id = randomUUID();
    try {
      const first = await startEmbeddedNeo4j(small);
      started.push(first);
      const firstDriver = driverFor(first);
      try {
        await createMarker(firstDriver, id);
      } finally {
        await firstDriver.close();
      }
      expect((await stat(join(dataDir, 'neo4j-password'))).mode & 0o777).toBe(0o600);

      // `first` is deliberately left running: Neo4j would refuse its locked store unless the
      // second start stops it, as it must after a crash that left a JVM behind.
      const second = await startEmbeddedNeo4j(small);
      started.push(second);
      expect(second.password).toBe(first.password);
      const secondDriver = driverFor(second);
      try {
        expect(await countMarkers(secondDriver, id)).toBe(1);
      } finally {
        await secondDriver.close();
      }
    } finally {
      for (const server of started.reverse()) await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 150_000);

  it('refuses a heap size that the JVM would not understand, before starting anything', async () => {
    await expect(startEmbeddedNeo4j({ dataDir: join(tmpdir(), 'never-created'), heap: 'lots' })).rejects.toThrow(/heap size "lots"/);
  });
});

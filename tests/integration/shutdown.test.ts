// SIGTERM to the server process under load (issue 8): the short run; the full one loads longer.
import { describe, expect, inject, it } from 'vitest';
import { runShutdown } from '../helpers/shutdown.ts';

describe('the server process on SIGTERM under load', () => {
  it('answers every request it accepted and exits within 10 s', async () => {
    const figures = await runShutdown(inject('neo4j'), { clients: 8, loadMs: 1_500 });
    expect(figures.requestsBeforeSignal).toBeGreaterThan(0);
    expect(figures.dropped, figures.droppedErrors.join('; ')).toBe(0);
    expect(figures.exitCode).toBe(0);
    expect(figures.exitMs).toBeLessThanOrEqual(10_000);
  }, 120_000);
});

// The full shutdown run of issue 8: more clients, a longer load before SIGTERM.
import { describe, expect, inject, it } from 'vitest';
import { runShutdown } from '../helpers/shutdown.ts';

describe('the server process on SIGTERM under load, full run', () => {
  it('answers every request it accepted and exits within 10 s', async () => {
    const figures = await runShutdown(inject('neo4j'), { clients: 32, loadMs: 5_000 });
    expect(figures.requestsBeforeSignal).toBeGreaterThan(0);
    expect(figures.dropped, figures.droppedErrors.join('; ')).toBe(0);
    expect(figures.exitCode).toBe(0);
    expect(figures.exitMs).toBeLessThanOrEqual(10_000);
  });
});

// The full fault run of issue 8: Neo4j down at start, then stopped five times and killed five times
// under a steady write load.
import { describe, expect, it } from 'vitest';
import { runFaults } from '../helpers/faults.ts';

describe('the app when Neo4j goes away, full run', () => {
  it('starts anyway, fails fast with 503 meanwhile, loses or duplicates no acknowledged write and comes back by itself, ten times', async () => {
    const figures = await runFaults(10);
    expect(figures.startWhileDown).toMatchObject({ readyWhileDown: false, statusWhileDown: 503 });
    expect(figures.startWhileDown.failMs).toBeLessThanOrEqual(1_000);
    expect(figures.lost).toBe(0);
    expect(figures.duplicated).toBe(0);
    expect(figures.unexpectedStatuses).toEqual([]);
    expect(figures.missingRetryAfter).toBe(0);
    expect(figures.maxOutageFailMs).toBeLessThanOrEqual(1_000);
    expect(figures.maxRecoveryMs).toBeLessThanOrEqual(5_000);
  });
});

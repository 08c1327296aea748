// Neo4j down at start, then stopped once and killed once under a write load (issue 8, defect 3):
// the short run; `npm run test:reliability` (RELIABILITY=full) restarts it ten times, half killed.
import { describe, expect, it } from 'vitest';
import { runFaults } from '../helpers/faults.ts';

describe('the app when Neo4j goes away', () => {
  it('starts anyway, fails fast with 503 meanwhile, loses or duplicates no acknowledged write and comes back by itself', async () => {
    const full = process.env.RELIABILITY === 'full';
    const figures = await runFaults(full ? 10 : 2);
    expect(figures.startWhileDown).toMatchObject({ readyWhileDown: false, statusWhileDown: 503 });
    expect(figures.startWhileDown.failMs).toBeLessThanOrEqual(1_000);
    expect(figures.writesAcknowledged).toBeGreaterThan(0);
    expect(figures.lost).toBe(0);
    expect(figures.duplicated).toBe(0);
    expect(figures.unexpectedStatuses).toEqual([]);
    expect(figures.missingRetryAfter).toBe(0);
    expect(figures.maxOutageFailMs).toBeLessThanOrEqual(1_000);
    // The target is service back within 5 s of Neo4j being ready: the full run holds it to that. The
    // short run in `npm test` shares a 2-core machine with the rest of the suite (5.7 s seen there), so
    // it prints its figure and only guards against a hang.
    expect(figures.maxRecoveryMs).toBeLessThanOrEqual(full ? 5_000 : 15_000);
  }, 1_800_000);
});

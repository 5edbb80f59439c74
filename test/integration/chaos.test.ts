import { describe, expect, it } from 'vitest';
import { runScenario, SCENARIOS } from '../../bench/chaos.js';

// The small version of `npm run chaos`: every scenario on a stack of its own, with fewer documents and a
// shorter freeze. Every document must end indexed exactly once (these are good reports): none lost, none twice.
describe('chaos: faults mid-batch lose no document', () => {
  it.each(SCENARIOS)('%s', { timeout: 300_000 }, async (scenario) => {
    const r = await runScenario(scenario, { docs: 16, freezeMs: 5_000, workerKills: 3, settleMs: 240_000 });
    expect(r).toMatchObject({ submitted: 16, indexedOnce: 16, failed: {}, lost: 0, duplicated: 0, inSearch: 16 });
  });
});

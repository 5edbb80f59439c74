import { describe, expect, it } from 'vitest';
import { canMountTmpfs, runScenario, SCENARIOS, type Scenario } from '../../bench/chaos.js';

// The small version of `npm run chaos`: every scenario on a stack of its own, with fewer documents and a
// shorter freeze. Every document must end indexed exactly once (these are good reports): none lost, none twice.
const run = async (scenario: Scenario) => {
  const r = await runScenario(scenario, { docs: 16, freezeMs: 5_000, workerKills: 3, settleMs: 240_000 });
  expect(r).toMatchObject({ submitted: 16, indexedOnce: 16, failed: {}, lost: 0, duplicated: 0, inSearch: 16 });
  return r;
};

const mountable = await canMountTmpfs();

describe('chaos: faults mid-batch lose no document', () => {
  it.each(SCENARIOS.filter((s) => s !== 'disk-full'))('%s', { timeout: 300_000 }, async (scenario) => {
    await run(scenario);
  });

  // The data dir on a small tmpfs, filled mid-run: needs the right to mount (root, as CI runs here).
  it.skipIf(!mountable)('disk-full', { timeout: 300_000 }, async () => {
    const r = await run('disk-full');
    expect(r.refused?.disk_full).toBeGreaterThan(0); // the fault did strike: uploads were refused with the code
  });
});

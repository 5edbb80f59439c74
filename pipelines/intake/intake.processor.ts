import fs from 'node:fs/promises';
import type { Processor } from 'bullmq';
import { AppError } from '../../shared/errors.js';
import { stageProcessor } from '../../shared/queues/stage-runner.js';
import type { StageDeps } from '../../shared/queues/stage-deps.js';
import type { IntakePayload } from '../../shared/queues/queue-names.js';

/** Intake: checks the staged upload is complete (its size is what the producer saw), then hands it to a read job. */
export function createIntakeProcessor(deps: StageDeps): Processor<IntakePayload> {
  return stageProcessor('intake', deps, async ({ data }) => {
    const stat = await fs.stat(data.stagedPath).catch(() => null);
    if (stat && stat.size !== data.size) {
      throw new AppError('pdf_corrupt', `The upload is incomplete: ${stat.size} of ${data.size} bytes arrived.`);
    }
    // A missing staged file means an earlier read job already archived it: the archive stage tolerates that.
    await deps.enqueue('read', data);
  });
}

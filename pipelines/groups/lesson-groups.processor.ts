import type { Job, Processor } from 'bullmq';
import type { LessonGroupsStore } from '../../shared/clients/lesson-groups-store.js';
import type { SearchIndex } from '../../shared/clients/search-index.js';
import { DEFAULT_GROUPING } from '../../shared/lessons/groups.js';
import { applyReportChanges, groupedLessonOf } from '../../shared/lessons/snapshot.js';
import { AppError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import type { PipelineMetrics } from '../../shared/metrics/pipeline-metrics.js';
import { LESSON_GROUPS_QUEUE, type LessonGroupsPayload } from '../../shared/queues/queue-names.js';
import type { LessonSearchDocument } from '../index/to-search-document.js';

/** What the lesson-group update needs. */
export interface LessonGroupsDeps {
  store: LessonGroupsStore;
  search: SearchIndex;
  log: Logger;
  /** Counts each update's duration and each failed attempt for /metrics, as a stage named `lesson-groups`. */
  metrics?: PipelineMetrics;
}

const FIELDS = ['id', 'reportId', 'position', 'text', 'page', 'projectName', 'owner', 'county', 'themes', 'years'];

/**
 * Lesson groups: takes the reports changed since the last update and regroups only their lessons (the rest
 * keep their groups); groups every lesson anew when asked (`full`) or when there are no groups yet. The
 * lessons come from the lessons index, so an update sees exactly what search sees. Reports taken by an update
 * that fails are given back and taken by the next attempt.
 */
export function createLessonGroupsProcessor(deps: LessonGroupsDeps): Processor<LessonGroupsPayload> {
  return async (job: Job<LessonGroupsPayload>) => {
    const log = deps.log.child({ queue: LESSON_GROUPS_QUEUE, jobId: job.id, attempt: job.attemptsMade + 1 });
    const started = performance.now();
    const changed = await deps.store.take();
    try {
      const previous = job.data.full ? null : await deps.store.read();
      if (previous && !changed.length) {
        deps.metrics?.recordDuration(LESSON_GROUPS_QUEUE, (performance.now() - started) / 1000);
        return;
      }
      let fresh: LessonSearchDocument[];
      if (previous) {
        fresh = (await Promise.all(changed.map((id) => deps.search.lessonsOf(id)))).flat();
      } else {
        fresh = [];
        // Meilisearch refuses a sorted read of an index no document has reached yet ("Attribute `reportId` is
        // not sortable"): with no lessons the groups are empty, and the first report indexed asks for an update.
        if (await deps.search.count('lessons')) {
          for await (const page of deps.search.scan<LessonSearchDocument>('lessons', {
            q: '',
            filter: [],
            fields: FIELDS,
            pageSize: 1000,
          })) {
            fresh.push(...page);
          }
        }
      }
      const next = applyReportChanges(previous, previous ? changed : [], fresh.map(groupedLessonOf), DEFAULT_GROUPING);
      await deps.store.write(next);
      deps.metrics?.recordDuration(LESSON_GROUPS_QUEUE, (performance.now() - started) / 1000);
      log.info(
        {
          reports: previous ? changed.length : 'all',
          lessons: next.lessons.length,
          groups: next.groups.length,
          ms: Math.round(performance.now() - started),
        },
        'lesson groups updated',
      );
    } catch (err) {
      const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      deps.metrics?.recordFailure(LESSON_GROUPS_QUEUE, err instanceof AppError ? err.code : 'internal', last ? 'failed' : 'retry');
      await deps.store.giveBack();
      throw err;
    }
  };
}

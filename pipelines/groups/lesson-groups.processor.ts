import type { Job, Processor } from 'bullmq';
import type { LessonGroupsStore } from '../../shared/clients/lesson-groups-store.js';
import type { SearchIndex } from '../../shared/clients/search-index.js';
import { DEFAULT_GROUPING } from '../../shared/lessons/groups.js';
import { applyReportChanges, groupedLessonOf } from '../../shared/lessons/snapshot.js';
import type { Logger } from '../../shared/logger.js';
import type { LessonGroupsPayload } from '../../shared/queues/queue-names.js';
import type { LessonSearchDocument } from '../index/to-search-document.js';

/** What the lesson-group update needs. */
export interface LessonGroupsDeps {
  store: LessonGroupsStore;
  search: SearchIndex;
  log: Logger;
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
    const log = deps.log.child({ queue: 'lesson-groups', jobId: job.id, attempt: job.attemptsMade + 1 });
    const started = performance.now();
    const changed = await deps.store.take();
    try {
      const previous = job.data.full ? null : await deps.store.read();
      if (previous && !changed.length) return;
      let fresh: LessonSearchDocument[];
      if (previous) {
        fresh = (await Promise.all(changed.map((id) => deps.search.lessonsOf(id)))).flat();
      } else {
        fresh = [];
        for await (const page of deps.search.scan<LessonSearchDocument>('lessons', { q: '', filter: [], fields: FIELDS, pageSize: 1000 })) {
          fresh.push(...page);
        }
      }
      const next = applyReportChanges(previous, previous ? changed : [], fresh.map(groupedLessonOf), DEFAULT_GROUPING);
      await deps.store.write(next);
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
      await deps.store.giveBack();
      throw err;
    }
  };
}

/**
 * The project's period. Candidates: the period finder (labels and span sentences, project-period.ts) and the
 * rule table's phrasings. The finder's period is taken where it gives one; otherwise the most trusted rule's,
 * and a start or an end it lacks is filled from the next most trusted rule that gives it, never reversing
 * the two.
 */
import { type Candidate, type Choice, choose, finderCandidate, trust } from '../choice.js';
import type { DocView } from '../document.js';
import type { Found } from '../organisations.js';
import type { ProjectPeriod } from '../project-period.js';
import { PERIOD_RULES } from '../rules/index.js';
import { ruleCandidates } from './collect.js';

export function choosePeriod(view: DocView, fromFinder: Found<ProjectPeriod> | null): Choice<ProjectPeriod> {
  const finder = finderCandidate('period', 'period.labels-and-spans', fromFinder);
  const rules = ruleCandidates(view, PERIOD_RULES, { maxSentences: 400 });
  const choice = choose<ProjectPeriod>('period', finder.length ? finder : rules, {
    name: 'finder-else-rules',
    same: (a, b) => a.start === b.start && a.end === b.end,
  });
  if (finder.length) {
    for (const c of rules) choice.passedOver.push({ candidate: c, why: 'the finder gives the period' });
    return refined(choice, rules);
  }
  if (!choice.value) return choice;
  // Fill a missing end (or start) from the other rules, most trusted first.
  const others = [...rules].filter((c) => c !== choice.chosen).sort((a, b) => trust(b) - trust(a));
  let { start, end } = choice.value;
  for (const c of others as Candidate<ProjectPeriod>[]) {
    if (!start && c.value.start && (!end || c.value.start <= end)) start = c.value.start;
    if (!end && c.value.end && (!start || start <= c.value.end)) end = c.value.end;
  }
  return refined({ ...choice, value: { start, end } }, rules);
}

/** The same years at a finer precision ("2018 – 2021" and "2018-01-01 till 2021-12-31"): the finer. */
function refined(choice: Choice<ProjectPeriod>, rules: Candidate<ProjectPeriod>[]): Choice<ProjectPeriod> {
  const v = choice.value;
  if (!v?.start || !v.end) return choice;
  const finer = rules.find(
    (c) =>
      c.value.start &&
      c.value.end &&
      c.value.start.startsWith(v.start!) &&
      c.value.end.startsWith(v.end!) &&
      c.value.start.length + c.value.end.length > v.start!.length + v.end!.length,
  );
  return finer ? { ...choice, value: { start: finer.value.start, end: finer.value.end } } : choice;
}

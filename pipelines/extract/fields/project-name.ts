/**
 * The project's name. Candidates: the cover, label and letter reading of title.ts (one finder candidate with
 * its own confidence), and the rule table's sentences and lines (a page that presents "X är ett projekt …", a
 * quoted name after "projektet", a "Projekt X" line). Names that agree (one holds the other) strengthen each
 * other; headings, web chrome, running text and people with their role are never names.
 */
import { type Candidate, type Choice, type Policy, choose, finderCandidate } from '../choice.js';
import type { DocView } from '../document.js';
import type { Found } from '../organisations.js';
import { NOT_A_NAME_RULES, PROJECT_NAME_RULES } from '../rules/index.js';
import { fold } from '../text.js';
import { ruleCandidates, vetoed } from './collect.js';

/** Two names agree when one holds the other and is at least half as long. */
export function namesAgree(a: string, b: string): boolean {
  const [x, y] = [fold(a), fold(b)];
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.includes(short) && short.length >= 0.5 * long.length;
}

const POLICY: Policy<string> = {
  name: 'name-agreement',
  same: namesAgree,
  veto: (c) => vetoed(NOT_A_NAME_RULES, c.value),
};

export function chooseProjectName(view: DocView, fromCover: Found<string> | null): Choice<string> {
  const candidates: Candidate<string>[] = [
    ...finderCandidate('projectName', 'projectName.cover-labels-letters', fromCover),
    // A page presents its project at its start: the first page's first sentences and lines.
    ...ruleCandidates(view, PROJECT_NAME_RULES, { maxPage: 1, maxSentences: 25, topLines: 15 }),
  ];
  return choose('projectName', candidates, POLICY);
}

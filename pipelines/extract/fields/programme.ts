/**
 * The funding programme. Candidates: the programme finder (labels, cover lines, funding sentences, an Interreg
 * running header, in funders.ts) and the rule table's phrasings and Interreg names. A fund is no programme.
 */
import { type Candidate, type Choice, choose, finderCandidate } from '../choice.js';
import type { DocView } from '../document.js';
import { findProgramme } from '../funders.js';
import { PROGRAMME_RULES } from '../rules/index.js';
import { fold } from '../text.js';
import { ruleCandidates } from './collect.js';

const FUND = /^(?:europeiska|european)\s.*(?:fonden|fund)$/iu;
// "Interreg-programmet", "EU-programmet": a kind of programme, not its name.
const UNNAMED = /^(?:interreg|eu|eu:?s|ett|det|the)[-\s]?(?:program(?:met)?|programme)$/iu;
// "Programområde 2 Ökat arbetskraftsutbud", "Insatsområde 1": a part of a programme, not the programme.
const AREA = /^(?:programområde|insatsområde|prioriterat område|priority axis|prioritering|åtgärd)(?![\p{L}])/iu;
const veto = (c: Candidate<string>): string | null =>
  FUND.test(c.value)
    ? 'a fund, not a programme'
    : UNNAMED.test(c.value)
      ? 'a kind of programme, not its name'
      : AREA.test(c.value)
        ? 'a part of a programme, not its name'
        : null;

// An Interreg programme named anywhere settles the field only when nothing else names a programme.
const NAMED_ONLY = 0.6;

export function chooseProgramme(view: DocView, pages: string[]): Choice<string> {
  const stated: Candidate<string>[] = [
    ...finderCandidate('programme', 'programme.labels-and-cues', findProgramme(view, pages)),
    ...ruleCandidates(view, PROGRAMME_RULES, { maxSentences: 600 }).filter((c) => c.source !== 'cue'),
  ].filter((c) => !veto(c));
  const named = ruleCandidates(view, PROGRAMME_RULES, { maxSentences: 0 })
    .filter((c) => c.source === 'cue')
    .map((c) => ({ ...c, confidence: stated.length ? undefined : NAMED_ONLY }));
  const key = (v: string) => fold(v).replace(/\s+/g, '');
  return choose('programme', [...stated, ...named], {
    name: 'fullest-agreeing',
    // "Regionalfondsprogrammet" and "Regionalfondsprogrammet för Västsverige" say the same; the fuller is given.
    same: (a, b) => key(a).includes(key(b)) || key(b).includes(key(a)),
    pick: (group) => group.map((c) => c.value).sort((a, b) => b.length - a.length)[0]!,
    veto,
  });
}

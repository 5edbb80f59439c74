/**
 * The project's owner. Candidates: the owner finder's labels and owner sentences (organisations.ts), the rule
 * table's further phrasings, and, for documents that are no evaluation, the organisation printed at the head of
 * the pages. Never the evaluator or an evaluation's PDF author.
 */
import { CONFIDENCE, type Candidate, type Choice, choose, finderCandidate } from '../choice.js';
import { OWNER_MODEL_MIN, rankOwners } from '../model/owner-model.js';
import type { DocView } from '../document.js';
import { startsWithGivenName } from '../given-names.js';
import { acronymsOf, type Found, findOwner, ownerFromPrintedHead, spelledOut } from '../organisations.js';
import { personName } from '../people.js';
import { municipalityOfOrganisation } from '../places.js';
import { OWNER_RULES } from '../rules/index.js';
import { ANOTHER_PROJECT } from '../rules/pieces.js';
import { escapeRe, fold } from '../text.js';
import { ruleCandidates } from './collect.js';

export function chooseOwner(
  view: DocView,
  pages: string[],
  opts: { banned: string[]; evaluation: boolean; projectName: string | null; model?: boolean },
): Choice<string> {
  const banned = new Set(opts.banned.filter(Boolean).map(fold));
  const found: Found<string> | null = findOwner(view.labels, view.sentences, opts.banned);
  const candidates: Candidate<string>[] = [
    ...finderCandidate('owner', 'owner.labels-and-sentences', found),
    ...ruleCandidates(view, OWNER_RULES, { maxSentences: 400 }),
  ];
  // The organisation printed at the head of the pages: only where nothing says who owns the project.
  if (!candidates.length && !opts.evaluation) {
    candidates.push(...finderCandidate('owner', 'owner.printed-head', ownerFromPrintedHead(pages, opts.banned, opts.projectName)));
  }
  // A value run on into the next form key or an address: "Nora Utveckling AB Projektnamn: …", "… Total kostnad:",
  // "… c/o". A key of two words has a lower-case second word, so the name's last word stays ("AB", "Bygdegårdsförening").
  for (const c of candidates) c.value = c.value.replace(/\s+(?:\p{Lu}[\p{L}-]+(?:\s\p{Ll}[\p{L}-]+)?:|c\/o(?![\p{L}])).*$/u, '').trim();
  // A project bank's coordinator in capitals and again as written: "LINDHOLMEN SCIENCE PARK AKTIEBOLAG - Lindholmen
  // Science Park AB", "KIRUNA KOMMUN - Stadsbyggnadsförvaltningen - Kiruna kommun": the name as written.
  const same = (x: string) => fold(x).replace(/\baktiebolag\b/gu, 'ab');
  for (const c of candidates) {
    const parts = c.value.split(/\s+[-–]\s+/u);
    if (parts.length >= 2 && same(parts[0]!) === same(parts[parts.length - 1]!)) c.value = parts[parts.length - 1]!;
  }
  // A cross-border project's owners on both sides: the Swedish one ("Östersunds kommun och Trondheim kommune").
  for (const c of candidates) c.value = swedishSide(c.value);
  // Initials the text writes out elsewhere: "SSC" where it says "Swedish Space Corporation (SSC)".
  const acronyms = candidates.some((c) => /^\p{Lu}{2,6}$/u.test(c.value.trim()))
    ? acronymsOf(view.sentences.map((x) => x.text).join(' '))
    : null;
  // … or writes out as a name without brackets: "UBI" where it says "Umeå Biotech Incubator".
  const allText = acronyms ? view.sentences.map((x) => x.text).join(' ') : '';
  for (const c of candidates) c.value = acronyms?.get(c.value.trim()) ?? (acronyms && spelledOut(c.value.trim(), allText)) ?? c.value;
  // A name cut at its "och" ("Jönköping Läns Dövas" of "Jönköping Läns Dövas och Teckenspråkigas Förbund", a genitive
  // that cannot end a name) is the whole name another reading gives.
  // So is a name without the place another reading adds ("Företagarna" of "Företagarna i Västra Götaland").
  for (const c of candidates) {
    const whole = /\p{Lu}\p{L}*s$/u.test(c.value)
      ? candidates.find((d) => d.value.startsWith(`${c.value} och `))
      : candidates.find((d) => d.value.startsWith(`${c.value} i `) && /^\p{Lu}/u.test(d.value.slice(c.value.length + 3)));
    if (whole) c.value = whole.value;
  }
  const policy = {
    name: 'most-trusted',
    veto: (c: Candidate<string>) =>
      banned.has(fold(c.value))
        ? 'the evaluator or the PDF author of an evaluation'
        : isPerson(c.value)
          ? "a person's name, not an organisation"
          : TWO_SHARING_A_HEAD.test(c.value.trim())
            ? 'two organisations sharing one head noun, not one owner'
            : ANOTHER_PROJECT.test(c.evidence)
              ? 'said of another, earlier project'
              : null,
  };
  const byRules = choose('owner', candidates, policy);
  if (byRules.value !== null || opts.model === false) return byRules;
  // Where no key, sentence or printed head names the owner: the organisation the trained model ranks first, if it
  // is sure enough (model/owner-model.ts).
  // Nor the project itself: "Folkhögskola 2.0 är ett kompetensutvecklingsprojekt …" names a project, not its owner.
  const top = rankOwners(view).find((c) => !banned.has(c.key) && !isPerson(c.value) && !namesTheProject(c.value, c.evidence));
  if (!top || top.p < OWNER_MODEL_MIN) return byRules;
  const guess: Candidate<string> = {
    field: 'owner',
    value: top.value,
    rule: 'owner.model',
    source: 'model',
    page: top.page,
    line: -1,
    role: 'sentence',
    evidence: top.evidence,
    confidence: CONFIDENCE.model,
  };
  const withModel = choose('owner', [guess], policy);
  return { ...withModel, passedOver: [...byRules.passedOver, ...withModel.passedOver] };
}

/** True when the sentence the model read says the organisation is the project ("X är ett projekt"). */
export function namesTheProject(value: string, evidence: string): boolean {
  const ofIt = new RegExp(
    `^${escapeRe(value)}\\s+(?:är|var|is|was)\\s+(?:ett|en|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]*(?:projekt|project|satsning|förstudie)(?![\\p{L}])`,
    'iu',
  );
  return ofIt.test(evidence.trim());
}

// Norwegian, Danish and Finnish organisation words, as the other side's owner is named.
const FOREIGN_ORG =
  /(?<![\p{L}])(?:kommune|fylkeskommune|fylke|fylkesmannen|statsforvaltaren|kunta|kaupunki|maakuntaliitto|NTNU|UiT)(?![\p{L}])/u;

/**
 * "A och B" where B is the other country's organisation and A a Swedish one: A. A municipality written the Swedish way
 * that is none of Sweden's ("Östersunds kommun och Röros kommun") is the other side's.
 */
export function swedishSide(value: string): string {
  const m = /^(.+?)\s+(?:och|samt|and|&)\s+(.+)$/u.exec(value);
  if (!m || FOREIGN_ORG.test(m[1]!)) return value;
  const foreignMunicipality =
    /^\p{Lu}[\p{L}-]+\s+kommun$/u.test(m[2]!.trim()) &&
    !municipalityOfOrganisation(m[2]!.trim()) &&
    !!municipalityOfOrganisation(m[1]!.trim());
  if (!FOREIGN_ORG.test(m[2]!) && !foreignMunicipality) return value;
  return m[1]!.trim();
}

/** A title before a person's name: "Avdchef Mia Ekegren", "Projektledare Anna Berg", "Dr. Eva Ek". */
const TITLE_BEFORE_NAME =
  /^(?:[\p{L}-]*chef|avd\.?\s*chef|vd|projektledare|projektägare|kontaktperson|handläggare|samordnare|koordinator|verksamhetsledare|dr\.?|docent|professor|fil\.?\s*dr\.?)\s+/iu;

/**
 * "Mats Fransson": the whole value reads as a person's name (people.ts), opening with a given name, also after a
 * title ("För projektägaren: Avdchef Mia Ekegren" names the owner's contact, not the owner).
 */
function isPerson(value: string): boolean {
  const v = value.trim().replace(TITLE_BEFORE_NAME, '');
  return startsWithGivenName(v) && personName(v) === v;
}

/** "Enköping och Håbo kommun": two organisations sharing one head noun, not one owner. */
const TWO_SHARING_A_HEAD = /^\p{Lu}[\p{L}-]+s?\s+(?:och|samt|&)\s+\p{Lu}[\p{L}-]+s?\s+(?:kommun|kommuner|län|region|stad|städer)$/u;

/**
 * Lessons learned: one string per lesson, from the lessons section (or, failing that, the
 * conclusions/recommendations section). Items come from bullets, dashes or numbered lists with their
 * wrapped lines re-joined, or from prose split into sentences. Form prompts, headings and list
 * introductions ("Följande lärdomar kan dras:") are not lessons.
 */
import type { Line } from './layout.js';
import { BULLET } from './layout.js';
import { splitSentences } from './nlp.js';
import type { Section } from './sections.js';
import { endsSentence, wordCount } from './text.js';

/** Lessons with the page of the first one. */
export interface LessonsResult {
  lessons: string[];
  page: number | null;
  heading: string | null;
}

// Lines that look like an unmarked sub-heading inside a section: short, capitalised, no end punctuation.
// Narrow columns wrap sentences into short lines too ("Tankesmedjor med näringsliv och"), so a line
// ending in a function word, or followed by a lower-case continuation, is not a sub-heading.
function looksLikeSubheading(s: string, next: string | undefined): boolean {
  if (wordCount(s) > 6 || !/^[\p{Lu}]/u.test(s) || /[.!?:;,]$/.test(s)) return false;
  if (/(?<![\p{L}])(?:och|eller|med|i|av|för|på|till|om|att|som|en|ett|den|det|the|and|or|of|to|in|for|with|a|an)$/iu.test(s)) return false;
  return !next || !/^\p{Ll}/u.test(next);
}

// A sentence that introduces a list or is a form prompt, not a lesson.
const NOT_LESSON = /(?::$|\?$|^(?:se |see )|^(?:tabell|figur|table|figure|bild|källa|source)\b)/iu;
// What the project set out to do, not what it learned: "The purpose was to pave the way …", "Syftet med förstudien var
// att …" (a site's note before it, "* Denna text är maskinöversatt **", aside).
const PURPOSE =
  /^(?:\*?[^*]{0,60}\*\*\s*)?(?:the (?:purpose|aim|objective|goal)(?: of the (?:project|study|pre-study))? (?:was|is) to|(?:syftet|målet|målsättningen)(?: med (?:projektet|förstudien|satsningen))? (?:var|är) att)\s/iu;
// Thanks, contact details and signatures that follow a lessons section are not lessons.
const NOT_LESSON_CONTENT =
  /(?<![\p{L}])(?:(?:vi|jag|we|i)\s+(?:vill\s+|would like to\s+)?(?:också\s+|also\s+)?(?:tacka|tackar|thank)|vill (?:också |även )?tacka|vill passa på att tacka|would (?:also )?like to thank|take this opportunity to thank|(?:vi|we)\s+(?:bedömer|assess|judge|consider)\s+(?:att|that)\s+(?:projektet|the project)|(?:vår|our)\s+(?:sammantagna|samlade|övergripande|overall|general)\s+(?:bedömning|assessment)|nedan (?:redovisar|sammanfattar|presenterar|beskriver)|below we (?:present|summarise|summarize|describe)|i nästa kapitel|in the next (?:chapter|section)|utöver rekommendationerna|har sökts hos|has been applied for|(?:has|have) applied for|har (?:an)?sökt (?:om )?(?:medel|stöd|finansiering|funds)|(?:har|has|have) beslutat att|(?:has|have) decided to|tecknat en avsiktsförklaring|signed a letter of intent|will continue the|will continue to|continues the|drivs vidare (?:i|inom)|ska utökas till|(?:continues?|fortsätter) (?:in|within|i|inom) (?:the |its |their |\p{L}+s )?(?:own|ordinary|ordinarie|egen|egna)|höra av sig|hör av er|ringa mig|kontakta mig|contact me|get in touch|(?:har skrivit|skrev|wrote|has written) (?:den här |denna |this )?rapport(?:en)?|(?:wrote|has written|written) this report|(?:nästa år|next year) (?:vill|ska|kommer|will|plan)|(?:vi|we) (?:ska|will) (?:söka|ansöka|apply)|invigdes|invigs|was inaugurated|beslutat att|finns (?:fritt )?tillgänglig\p{L}* (?:på|via)|is (?:freely )?available (?:at|on|from)|fortsätter (?:samarbetet|arbetet|verksamheten)|^thank you|kontaktperson:|contact person:|^contact:|(?:kommer (?:vi |regionen |kommunen |föreningen )?att|vi planerar att|planerar vi att|avser (?:vi )?att|we plan to|we intend to|we will)\s+(?:\p{L}+\s+){0,2}?(?:söka|ansöka|apply|föra (?:arbetet )?vidare|fortsätta|continue|sprida|driva vidare|starta)|(?:ska|will be)\s+(?:spridas|disseminated)|(?:startar|starts|start)\s+(?:hösten|våren|sommaren|vintern|in (?:spring|autumn|the autumn|the spring))\s+\d{4}|would like to thank|tack till|thanks to|submitted by|inlämnad av|kontakta|contact us|for more information|för mer information|rapporten (?:är|har) (?:sammanställd|skriven|författad)|this report (?:was|has been) (?:compiled|written)|(?:annex|appendix|bilaga) \d|nästa steg är|the next step is|drivs vidare av|is continued by|will be continued by|(?:är|var) vi (?:mycket )?nöjda|we are (?:very )?(?:pleased|happy|satisfied)|har varit (?:roligt|spännande|givande) att|(?:vår |our )?(?:samlade|overall|sammanfattande) (?:bedömning|assessment)|our assessment|för tidigt att (?:säga|bedöma)|too early to (?:say|assess|judge)|(?<!(?:bör|behöver|måste|ska|borde) )(?:planeras|förbereds) (?:till|för|inom|under)|invigning planeras|is being prepared|has expressed interest|har visat intresse|fortsätter med (?:en|ett|den|det)|is (?:now )?run by|will be run by|enligt vår bedömning|in our (?:assessment|view)|(?:ingår|integreras|har integrerats)[^.]*\si\s[^.]*ordinarie verksamhet|fortsätter att erbjuda|rapport \d{4}:\d+)(?![\p{L}])|^(?:utvärderingen|utvärderaren|utvärderarna|the evaluation|the evaluators?)\s|^(?:utvärderingens|följeforskningens|the evaluation's)\s+(?:resultat|results?|slutsatser|findings)|^(?:följeforskningen|följeforskarna|the follow-up research)\s+(?:visar|har visat|bedömer|konstaterar|pekar på|shows|finds|found|concludes)|^(?:sammantaget|sammanfattningsvis|overall|all in all|in summary|to sum up)(?![\p{L}])|@|www\.|\s·\s|(?<!\d)\d{3}\s?\d{2}\s+\p{Lu}\p{Ll}+|\+\d{2}\s?\d|(?<!\d)0\d{1,3}-\d{2,}|,\s*(?:projektledare|processledare|project manager|project leader)(?:,|$)/iu;

/** Splits the content lines of a section into lessons. */
export function itemsFromLines(lines: string[]): string[] {
  const items: string[] = [];
  let prose: string[] = [];
  let current: string | null = null;
  const flushProse = (): void => {
    if (prose.length) items.push(...splitSentences(prose.join(' ')));
    prose = [];
  };
  const flushItem = (): void => {
    if (current !== null) items.push(current.trim());
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const marker = BULLET.exec(line);
    if (marker) {
      flushProse();
      flushItem();
      current = line.slice(marker[0].length);
      continue;
    }
    if (current !== null) {
      // A wrapped line continues the item until the item has ended with a full stop.
      if (!endsSentence(current) || /^\p{Ll}/u.test(line)) {
        current += ` ${line}`;
        continue;
      }
      flushItem();
    }
    // A form prompt ("Vad hade kunnat göras bättre?") or an unmarked sub-heading after a finished
    // sentence ("Framgångsfaktorer") separates lessons and is not one itself.
    const proseEnded = !prose.length || /[.!?:]$/.test(prose[prose.length - 1]!);
    if (proseEnded && (looksLikeSubheading(line, lines[i + 1]?.trim()) || /\?$/.test(line))) {
      flushProse();
      continue;
    }
    prose.push(line);
  }
  flushProse();
  flushItem();
  return items
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => wordCount(s) >= 4 && !NOT_LESSON.test(s) && !NOT_LESSON_CONTENT.test(s) && !INTRO.test(s) && !PURPOSE.test(s));
}

/**
 * Lessons written as short paragraphs of their own, each a lesson with its reason ("Det lönade sig att …
 * Inga sträckor behövde ändras i efterhand."): a paragraph ends on a line that ends a sentence well short
 * of the column. Null unless the section is two or more such paragraphs of at most three sentences and no
 * list; one paragraph of prose is split into sentences instead.
 */
function paragraphLessons(texts: string[]): string[] | null {
  const lines = texts.map((t) => t.trim()).filter(Boolean);
  if (lines.length < 3 || lines.some((l) => BULLET.test(l))) return null;
  // The column's width: a long line, not the longest (a line re-joined across a hyphen break runs longer).
  const lengths = lines
    .map((l) => l.length)
    .sort((a, b) => a - b)
    .slice(0, -1);
  const width = lengths[Math.floor(lengths.length * 0.75)]!;
  const paras: string[][] = [[]];
  lines.forEach((l, i) => {
    paras[paras.length - 1]!.push(l);
    const next = lines[i + 1];
    if (next && endsSentence(l) && l.length < width * 0.7 && /^\p{Lu}/u.test(next)) paras.push([]);
  });
  // A recommendation's short title paragraph ("Koppla analys och handling tätt.") belongs to the
  // explanation after it.
  for (let i = paras.length - 2; i >= 0; i--) {
    const t = paras[i]!.join(' ');
    if (paras[i]!.length === 1 && wordCount(t) <= 7 && splitSentences(t).length === 1 && paras[i + 1]!.length) {
      paras[i + 1] = [...paras[i]!, ...paras[i + 1]!];
      paras.splice(i, 1);
    }
  }
  // A closing signature ("Sätila 2019-12-05 Bertil Johansson") and an introducing sentence ("När vi ser
  // tillbaka finns det flera saker vi tar med oss.") are no lesson paragraphs.
  const texts2 = paras
    .filter((p) => p.length)
    .map((p) => p.join(' ').replace(/\s+/g, ' ').trim())
    .map((p) => {
      const ss = splitSentences(p);
      return ss.length > 1 && INTRO.test(ss[0]!) ? ss.slice(1).join(' ') : p;
    })
    .filter((p) => !SIGNATURE.test(p));
  // Each paragraph a lesson and its reason: at most three sentences, and at least two paragraphs of more
  // than one (paragraphs of one sentence each read the same either way).
  // A paragraph that names a lesson inside it ("… En annan lärdom är att …") holds several lessons.
  if (
    texts2.some((p) =>
      splitSentences(p)
        .slice(1)
        .some((x) => LESSON_OPENER.test(x)),
    )
  )
    return null;
  const counts = texts2.map((p) => splitSentences(p).length);
  if (texts2.length < 2 || counts.some((n) => n > 3) || counts.filter((n) => n >= 2).length < 2) return null;
  // Every paragraph must read as a lesson; a closing signature line breaks the pattern.
  const kept = texts2.filter((p) => wordCount(p) >= 4 && !NOT_LESSON.test(p) && !NOT_LESSON_CONTENT.test(p) && !PURPOSE.test(p));
  return kept.length >= 2 ? kept : null;
}

const LESSON_OPENER =
  /^(?:en (?:annan|ytterligare|tredje|sista) (?:lärdom|erfarenhet)|(?:vi|jag) har (?:också )?lärt|vi lärde|(?:ytterligare|också) en lärdom|another (?:lesson|learning)|we (?:also )?learn(?:ed|t)|a (?:further|second|third|final) lesson|lärdomen är|the lesson is)(?![\p{L}])/iu;
const INTRO =
  /(?:(?:punkterna|points|lärdomarna|lessons) (?:nedan|below)|(?:nedan|below) (?:följer|are|we)|i (?:två|tre|fyra|fem|sex) punkter|in (?:two|three|four|five|six) points|vill (?:här )?lyfta (?:de|några|följande)|discussed (?:the )?lessons|sammanfattar (?:våra|vi) (?:slutsatser|lärdomar)|(?:nedan|här) sammanfattas|(?:we|vi) (?:highlight|lyfter(?: fram)?) (?:\p{L}+ )?(?:lessons|lärdomar|recommendations|rekommendationer)|vi har lärt oss följande|följande (?:lärdomar|erfarenheter|slutsatser)|(?:några|flera) (?:lärdomar|erfarenheter|saker)|the following (?:lessons|learnings)|(?:some|several) (?:lessons|things|learnings)|we take with us)[^.!?]*[.!?:]$/iu;
const SIGNATURE =
  /^[\p{Lu}][\p{L}-]+,?\s+(?:den\s+)?\d{4}-\d{2}-\d{2}(?:\s+[\p{Lu}][\p{L}-]+){0,3}$|^[\p{Lu}][\p{L}-]+,?\s+\d{1,2}\s+\p{L}+\s+\d{4}(?:\s+[\p{Lu}][\p{L}-]+){0,3}$/u;

/** The list items of a section (bullets, dashes, numbers, with their wrapped lines), or [] when it has none. */
function listItemsOnly(texts: string[]): string[] {
  const out: string[] = [];
  let inItem = false;
  for (const t of texts) {
    if (BULLET.test(t.trim())) {
      out.push(t);
      inItem = true;
      continue;
    }
    // A wrapped line continues the item; prose after the list's last full stop ends it.
    if (inItem && out.length && (!endsSentence(out[out.length - 1]!) || /^\p{Ll}/u.test(t.trim()))) {
      out.push(t);
      continue;
    }
    inItem = false;
  }
  return out.length ? itemsFromLines(out) : [];
}

/** Extracts lessons from the lessons sections, else from conclusions/recommendations. */
export function findLessons(lines: Line[], sections: Section[]): LessonsResult {
  const lessonSecs = sections.filter((s) => s.kind === 'lessons');
  // Recommendations are lessons turned forward ("Rekommendationer inför projektets andra hälft"): they
  // count beside a lessons section; conclusions only when there is no lessons section.
  const recommendations = sections.filter((s) => s.kind === 'conclusions' && /rekommendation|recommendation/i.test(s.title));
  const chosen = lessonSecs.length
    ? [...lessonSecs, ...recommendations].sort((a, b) => a.start - b.start)
    : sections.filter((s) => s.kind === 'conclusions');
  const lessons: string[] = [];
  let page: number | null = null;
  for (const sec of chosen) {
    const texts = lines.slice(sec.start, sec.end).map((l) => l.text);
    // Conclusions and recommendations of an evaluation: where they are a list, the prose around it is
    // the evaluator's assessment ("Vår samlade bedömning är att …"), not lessons.
    const listed = sec.kind === 'conclusions' ? listItemsOnly(texts) : null;
    const items = listed?.length ? listed : (paragraphLessons(texts) ?? itemsFromLines(texts));
    if (items.length && page === null) page = sec.page;
    for (const it of items) if (!lessons.includes(it)) lessons.push(it);
  }
  return { lessons, page, heading: chosen[0]?.title ?? null };
}

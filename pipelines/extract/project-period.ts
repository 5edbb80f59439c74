/**
 * The project period: from a period label ("Projektperiod", "Projekttid", "Löptid", "Duration"),
 * start/end labels ("Startdatum"/"Slutdatum"), or a sentence about the project's run ("Projektet
 * pågick mellan augusti 2010 och juni 2012"). A reporting period ("Rapportperiod") is never the
 * project period.
 */
import type { LabelHit } from './labels.js';
import type { Found, Sentence } from './organisations.js';
import { findPeriod, firstDate, yearsJoined } from './period.js';

/** Start and end as written ("2012-03" or "2012-03-01"). */
export interface ProjectPeriod {
  start: string | null;
  end: string | null;
}

// Sentences that talk about the project's own time span.
const SPAN_VERB =
  '(?:pågick|pågått|pågår|löpte|löper|fortlöper|fortlöpte|genomfördes|genomförts|genomförs|bedrevs|bedrivits|bedrivs|varade|var|sträckte sig|sträcker sig|startade|startar|inleddes|påbörjades|pågick under perioden|omfattade perioden|omfattar perioden|har pågått|avslutades)';
const PROJECT_SPAN = new RegExp(
  [
    `(?:projekt(?:et|perioden|tiden|ets löptid|ets genomförandeperiod|ets genomförande)?|arbetet|insatsen|satsningen|förstudien|verksamheten)\\s+(?:har\\s+)?${SPAN_VERB}`,
    '(?:the\\s+)?(?:project|work|initiative|pilot|feasibility study)(?:,?\\s+(?:that|which))?\\s+(?:period\\s+)?(?:ran|run|was|lasted|took place|was carried out|was implemented|has run|runs|period was|period|started|began|commenced|has been running|is running)',
    'under perioden',
    'during the period',
    '(?:^|[.;]\\s+)(?:it|det|den)\\s+(?:ran|lasted|was carried out|pågick|löpte|varade|genomfördes)',
    'projekttid(?:en)?',
    'projektperiod(?:en)?',
    'från och med',
    'fr\\.\\s?o\\.\\s?m',
  ].join('|'),
  'iu',
);
const RAN =
  /(?:was|were|has been|had been|is)\s+(?:run|carried out|implemented|conducted|active|in operation)|(?<![\p{L}])(?:ran|runs|carried out|implemented)\s+(?:from|between|during)|(?<![\p{L}])(?:har\s+)?(?:drivits|drevs|drivs|drev|driver|har drivit|genomförts|genomfördes|genomförs|bedrivits|bedrevs|bedrivs|pågått|pågick|pågår)(?![\p{L}])/iu;
const NOT_THE_PROJECT =
  /utvärdering|följeforskning|evaluation|studien|the study|intervju|interview|enkät|survey|workshop|konferens|conference|förstudie|feasibility|tidigare projekt|previous project/iu;
// … nor the time a web page's content was up ("Innehållet publicerades under perioden 21 januari 2019 och 8 juli 2021").
const REPORTING =
  /rapportperiod|redovisningsperiod|rapporteringsperiod|reporting period|denna rapport avser|this report covers|publicerades under perioden|was published (?:during|in) the period/iu;

// "… och projektet förlängdes till 2021-06-30", "The project was extended to 31 March 2023": the end it got.
const EXTENDED =
  /(?:förlängdes|förlängts|har förlängts|blev förlängt|was extended|has been extended|was prolonged|has been prolonged)\s+(?:[\p{L}-]+\s+){0,4}?(?:till|to|until)\s+(.+)$|(?:nytt slutdatum|ny slutdag|new end date|revised end date)\s*:?\s*(.+)$/iu;
const STARTED =
  /(?:projektet|the project)\s+(?:har\s+|has\s+)?(?:startade|startat|inleddes|påbörjades|started|began|commenced)\s+(?:den\s+|on\s+|in\s+|i\s+)?(.+)$/iu;

/** Finds the project period, with the end an extension gave it. */
export function findProjectPeriod(labels: LabelHit[], sentences: Sentence[]): Found<ProjectPeriod> | null {
  const found = periodAsStated(labels, sentences);
  const ext = extendedEnd(sentences);
  if (!found) {
    // "Projektet startade 2019-01-01 och skulle … avslutas 2020-12-31 … förlängdes till 2021-06-30."
    for (const s of sentences) {
      const m = STARTED.exec(s.text);
      const start = m && !REPORTING.test(s.text) && !NOT_THE_PROJECT.test(s.text) ? firstDate(m[1]!) : null;
      if (start && ext) return { value: { start, end: ext.end }, page: s.page, source: `${s.text} ${ext.source}`, confidence: 0.6 };
    }
    return null;
  }
  const end = found.value.end;
  if (ext && (!end || ext.end > end) && (!found.value.start || ext.end > found.value.start)) {
    return {
      ...found,
      value: { start: found.value.start, end: ext.end },
      source: `${found.source} ${ext.source}`,
      confidence: Math.min(found.confidence, 0.7),
    };
  }
  return found;
}

/** The end date an extension sentence names, if any. */
function extendedEnd(sentences: Sentence[]): { end: string; source: string } | null {
  for (const s of sentences) {
    if (REPORTING.test(s.text) || NOT_THE_PROJECT.test(s.text)) continue;
    const m = EXTENDED.exec(s.text);
    const end = m ? firstDate((m[1] ?? m[2])!) : null;
    if (end && end.length >= 7) return { end, source: s.text };
  }
  return null;
}

function periodAsStated(labels: LabelHit[], sentences: Sentence[]): Found<ProjectPeriod> | null {
  // "Förlängd projektperiod" before "Ursprunglig projektperiod": the period the project ended up with.
  const revised = (label: string): number =>
    /förläng|ny |reviderad|extended|revised|new /iu.test(label) ? 0 : /ursprunglig|original|planerad|planned/iu.test(label) ? 2 : 1;
  for (const h of [...labels].sort((a, b) => revised(a.label) - revised(b.label))) {
    if (h.field !== 'period') continue;
    // "Projektperiod" over "2022-2023": under a period key, two years joined by a hyphen are the range; not under a
    // programme's key ("Programperiod: 2014-2020").
    const p = findPeriod(/program/iu.test(h.label) ? h.value : yearsJoined(h.value));
    if (p) return { value: { start: p.start, end: p.end }, page: h.page, source: `${h.label}: ${h.value}`, confidence: 0.95 };
    // "Projektperiod: 121001–141231", "Beslutad projekttid" over "120901-141231": two dates in digits alone, as a form
    // writes them, are the range.
    const digits = /^(\d{6}|(?:19|20)\d{6})\s*[-–—]\s*(\d{6}|(?:19|20)\d{6})\.?$/u.exec(h.value.trim());
    const [from, to] = digits ? [keyDate(digits[1]!), keyDate(digits[2]!)] : [null, null];
    if (from && to && from <= to)
      return { value: { start: from, end: to }, page: h.page, source: `${h.label}: ${h.value}`, confidence: 0.9 };
    // "Projektperiod" over "2016": one year alone is the period at that precision.
    const year = /^((?:19|20)\d\d)\.?$/u.exec(h.value.trim());
    if (year) return { value: { start: year[1]!, end: year[1]! }, page: h.page, source: `${h.label}: ${h.value}`, confidence: 0.9 };
  }
  const start = labels.find((h) => h.field === 'periodStart' && keyDate(h.value));
  const end = labels.find((h) => h.field === 'periodEnd' && keyDate(h.value));
  if (start || end) {
    const h = (start ?? end)!;
    return {
      value: { start: start ? keyDate(start.value) : null, end: end ? keyDate(end.value) : null },
      page: h.page,
      source: [start, end]
        .filter(Boolean)
        .map((x) => `${x!.label}: ${x!.value}`)
        .join('; '),
      confidence: 0.9,
    };
  }
  for (const s of sentences) {
    if (REPORTING.test(s.text)) continue;
    const cue = PROJECT_SPAN.exec(s.text);
    if (!cue) continue;
    const p = findPeriod(s.text.slice(cue.index));
    // "… Investment in Growth and Jobs 2014–2020": a programme's years, not the project's.
    if (p && p.start.length === 4 && /program|fund|fond/iu.test(s.text)) continue;
    if (p) return { value: { start: p.start, end: p.end }, page: s.page, source: s.text, confidence: 0.75 };
  }
  // The project under its own name: "Circular Business Lab was run by Region X from March 2018 to
  // February 2021", "Vatten på landet har drivits av … mellan mars 2020 och december 2022". Never what
  // an evaluation, a study or a survey did.
  for (const s of sentences) {
    if (REPORTING.test(s.text) || NOT_THE_PROJECT.test(s.text)) continue;
    const verb = RAN.exec(s.text);
    const p = verb && findPeriod(s.text.slice(verb.index));
    if (p) return { value: { start: p.start, end: p.end }, page: s.page, source: s.text, confidence: 0.6 };
  }
  return null;
}

/**
 * The date a start or end key gives: a written date, or a date in digits alone as a fact box writes it, "260430" or
 * "20260430" (year, month, day). Digits alone are read only as a key's whole value, never in running text.
 */
export function keyDate(value: string): string | null {
  const written = firstDate(value);
  if (written) return written;
  const m = /^(\d{2}|20\d{2})(\d{2})(\d{2})$/u.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [m[1]!.length === 2 ? `20${m[1]}` : m[1]!, Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${m[2]}-${m[3]}`;
}

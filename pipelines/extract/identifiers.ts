/**
 * Case and diary numbers, kept as written: "20201234" (Tillväxtverket ärende-id), "Ä 2016-001579:03",
 * "2015/00394" (ESF), "302-886-2018" (Länsstyrelsen), "S30441-56-08" (Interreg). Organisation numbers
 * ("556677-8899") identify organisations, not projects, and are skipped.
 */
import { fieldOfKey, keyRow, type LabelHit } from './labels.js';
import { CELL_GAP } from './layout.js';
import type { Found, Sentence } from './organisations.js';

// An identifier: optional letter prefix ("Ä ", "S", "NYPS "), then digits with - – / : . separators ("2018–196").
// "STHB.01.02-IP.01-0012/19" (Interreg South Baltic): letters may stand between the groups of digits.
const ID = /^((?:[A-ZÅÄÖ]{1,4}[\s/.-]?)?\d[\d\-–/:.]*(?:[A-Z]{1,3}[\d\-–/:.]+)*[\dA-Z](?:\s?:\s?\d+)?|\d)(?![\p{L}\p{N}])/u;
const ORG_NUMBER = /^\d{6}-\d{4}$/;

/** Reads an identifier at the start of a value, or null. */
export function readIdentifier(value: string): string | null {
  const v = value.trim().replace(/^(?:nr\.?|no\.?|#)\s*/i, '');
  const m = ID.exec(v);
  if (!m) return null;
  const id = m[1]!.replace(/[.:]$/, '');
  if (ORG_NUMBER.test(id) || !/\d{3}/.test(id.replace(/\D/g, '')) || isDate(id)) return null;
  return id;
}

/** A calendar date ("2022-10-25"): a letter's date, never its case number. */
function isDate(id: string): boolean {
  const m = /^(?:19|20)\d\d-(\d\d)-(\d\d)$/u.exec(id);
  return !!m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && Number(m[2]) >= 1 && Number(m[2]) <= 31;
}

const PROSE =
  /(?<![\p{L}])(?:diarienumm?ret|diarienummer|diarienr|dnr|jnr|journalnumm?ret|journalnummer|journalnr|ärendenumm?ret|ärendenummer|ärende-id|ärendenr|case (?:number|no\.?|id)|reference (?:number|no\.?)|ref\.? no\.?|project (?:number|no\.?))\.?(?:\s+(?:hos|vid|från|at|from|with)\s+[\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?)?(?:[:\s]+|(?<=dnr)(?=\d))(?:är\s+|var\s+|is\s+|was\s+)?(\S.{0,30})/giu;
// "(case 20202877)", "ärende 2019/0412": a bare case word only before a number that cannot be a year.
const BARE_CASE =
  /(?<![\p{L}])(?:case|ärende|ärendet|reference|referens)\s+((?:[A-ZÅÄÖ]{1,4}\s?)?\d{6,}|\d{2}[A-ZÅÄÖ]{1,4}\d{3,6}|(?:[A-ZÅÄÖ]{1,4}\s?)?\d{2,4}[-/]\d{2,6}(?:[-/:]\d{1,4})?)(?![\p{L}\p{N}])/u;

/** The first key in a text whose value reads as an identifier, trying each key where it starts (keys may overlap). */
function keyedIdentifier(text: string): string | null {
  PROSE.lastIndex = 0;
  // "Ärendeid: 20358425 Diarienummer: RS2022/2261": a diary number beats a case id given beside it.
  let caseId: string | null = null;
  for (let m = PROSE.exec(text); m; m = PROSE.exec(text)) {
    // "Beslutsdatum Diarienummer 2022-10-25 2022-02892": the keys in a row, then their values in the same order.
    const afterDate = /(?:datum|date)\s+$/iu.test(text.slice(Math.max(0, m.index - 20), m.index))
      ? /^(?:19|20)\d\d-\d\d-\d\d\s+(\S.*)$/u.exec(m[1]!)
      : null;
    const v = readIdentifier(afterDate ? afterDate[1]! : m[1]!);
    if (v && !/^ärende/iu.test(m[0])) return v;
    caseId ??= v;
    PROSE.lastIndex = m.index + 1;
  }
  return caseId;
}
// A LIFE project's number, which names it wherever it stands: "LIFE08 NAT/S/000268".
const LIFE_NUMBER = /(?<![\p{L}\p{N}])(LIFE\d{2}\s?[A-Z]{2,4}\/[A-Z]{1,3}\/\d{4,6})(?![\p{L}\p{N}])/u;
// A municipality's or region's own case number on its minutes and decisions: "AU § 52 KS2007/0029-14", "RS 2019/412".
const BOARD_CASE = /(?<![\p{L}\p{N}])((?:KS|RS|KF|LS|RUN)\s?(?:19|20)\d\d\/\d{1,6}(?:-\d{1,3})?)(?![\p{L}\p{N}])/u;

/**
 * The diary / case number from labels, then prose ("dnr 2015/00394"), then the page texts as printed:
 * form print-outs carry "Ärende-ID 20201873" in a running header that is removed as page furniture.
 */
export function findDiaryNumber(labels: LabelHit[], sentences: Sentence[], pages: string[] = []): Found<string> | null {
  // Diarienummer and ärende-id beat a project number when both are given.
  const ordered = labels.filter((h) => h.field === 'diary').sort((a, b) => rank(a.label) - rank(b.label));
  for (const h of ordered) {
    // A publication's number under an empty key ("Diarienummer: ISBN/ISSN-nr: 1654-7691") is no case's.
    if (/(?<![\p{L}])(?:ISBN|ISSN)(?![\p{L}])/u.test(h.value)) continue;
    // "Diarienummer hos sökanden: KS 2022/0412": the number follows the colon.
    const v = readIdentifier(h.value) ?? (h.value.includes(':') ? readIdentifier(h.value.slice(h.value.lastIndexOf(':') + 1)) : null);
    if (v) return { value: v, page: h.page, source: `${h.label}: ${h.value}`, confidence: 0.9 };
  }
  for (const s of sentences) {
    // Each key in turn: an empty one may stand before the one with the number ("Journalnummer: LAG diarienr: LVS-043").
    const keyed = keyedIdentifier(s.text);
    const m = keyed ? null : (BARE_CASE.exec(s.text) ?? BOARD_CASE.exec(s.text));
    const v = keyed ?? (m && readIdentifier(m[1]!)) ?? LIFE_NUMBER.exec(s.text)?.[1] ?? null;
    if (v) return { value: v, page: s.page, source: s.text, confidence: 0.7 };
  }
  for (const [p, text] of pages.entries()) {
    const lines = text.split(/\r?\n/).map((l) => l.trim().replace(/\s*\t\s*|\s{2,}/g, CELL_GAP));
    for (const [i, line] of lines.entries()) {
      // A key at a line's end has its number at the next line's start ("… Journalnummer:" / "2009-3662. …").
      const keyed = keyedIdentifier(/:$/u.test(line) && lines[i + 1] ? `${line} ${lines[i + 1]}` : line);
      const m = keyed ? null : BOARD_CASE.exec(line);
      const v = keyed ?? (m && readIdentifier(m[1]!)) ?? LIFE_NUMBER.exec(line)?.[1] ?? null;
      if (v) return { value: v, page: p + 1, source: line, confidence: 0.6 };
      // A letter head: "Datum  Diarienummer" over "2019-05-14  303-2745-2019".
      const keys = keyRow(line);
      const values = lines[i + 1]?.split(CELL_GAP);
      const at = keys && values?.length === keys.length ? keys.findIndex((k) => k && fieldOfKey(k) === 'diary') : -1;
      const w = at >= 0 ? readIdentifier(values![at]!) : null;
      if (w) return { value: w, page: p + 1, source: `${line} / ${lines[i + 1]}`, confidence: 0.6 };
    }
  }
  return null;
}

function rank(label: string): number {
  // A diary or journal number first, then a case id ("Ärendeid: 20358425" beside "Diarienummer: RS2022/2261").
  if (/diarie|dnr|journal/i.test(label)) return 0;
  return /ärende|case|reference|ref\.?\s*(?:no|nr)/i.test(label) ? 1 : 2;
}

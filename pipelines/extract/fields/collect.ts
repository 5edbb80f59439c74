/** Runs rule tables over the document model and turns their hits into candidates. */
import type { Candidate } from '../choice.js';
import { type DocView, type LineRole, opensWrappedDownloadTitle } from '../document.js';
import { fieldOfKey } from '../labels.js';
import { type Rule, hits } from '../rules/engine.js';
import { TextIndex } from '../rules/text-index.js';

export interface Reach {
  /** Sentences on these pages only (default: all). */
  maxPage?: number;
  /** At most this many sentences from the start (default: all). */
  maxSentences?: number;
  /** Lines of these roles only, for line rules (default: all). */
  roles?: LineRole[];
  /** How many lines of the first page count as its top (default 15). */
  topLines?: number;
}

// The texts each kind of rule reads in a document, indexed by the words rules need (rules/text-index.ts): built once
// for the document, however many fields' rules read it.
const INDEXES = new WeakMap<DocView, { sentences?: TextIndex; lines?: TextIndex; wrapped?: TextIndex }>();
function indexOf(view: DocView, kind: 'sentences' | 'lines' | 'wrapped'): TextIndex {
  let forView = INDEXES.get(view);
  if (!forView) {
    forView = {};
    INDEXES.set(view, forView);
  }
  let ix = forView[kind];
  if (!ix) {
    const texts =
      kind === 'sentences'
        ? view.sentences.map((s) => s.text)
        : kind === 'lines'
          ? view.lines.map((l) => l.text)
          : view.lines.map((_, i) => wrappedLine(view, i));
    ix = forView[kind] = new TextIndex(texts);
  }
  return ix;
}

/** The indices `0 … n-1`. */
const every = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** Every hit of every rule as a candidate, with where it stands. */
export function ruleCandidates<T>(view: DocView, rules: readonly Rule<T>[], reach: Reach = {}): Candidate<T>[] {
  const out: Candidate<T>[] = [];
  // The sentences within reach: those on the pages asked for, at most so many from the start.
  const inReach = new Uint8Array(view.sentences.length);
  let taken = 0;
  view.sentences.forEach((s, i) => {
    if ((!reach.maxPage || s.page <= reach.maxPage) && taken < (reach.maxSentences ?? Infinity)) {
      inReach[i] = 1;
      taken++;
    }
  });
  for (const rule of rules) {
    if (rule.scope === 'sentence') {
      // A rule that reads a sentence from its start reads it, when it finds nothing there, from where a line of the
      // page opens inside it too: a heading or headline without a full stop ran into the sentence.
      const fromStart = rule.pattern.source.startsWith('^');
      for (const i of indexOf(view, 'sentences').candidates(rule.pattern) ?? every(view.sentences.length)) {
        if (!inReach[i]) continue;
        const s = view.sentences[i]!;
        let found = hits(rule, s.text);
        for (const o of fromStart && !found.length ? (s.opens ?? []) : []) {
          found = hits(rule, s.text.slice(o));
          if (found.length) break;
        }
        for (const h of found) {
          out.push({
            field: rule.field,
            value: h.value,
            rule: rule.id,
            source: rule.source,
            page: s.page,
            line: -1,
            role: 'sentence',
            evidence: s.text,
          });
        }
      }
      continue;
    }
    // The top of the first page holds its running header too, set aside as furniture.
    if (rule.scope === 'top') {
      for (const f of view.furniture) {
        if (f.page !== 1 || f.role !== 'running-header') continue;
        for (const h of hits(rule, f.text)) {
          out.push({
            field: rule.field,
            value: h.value,
            rule: rule.id,
            source: rule.source,
            page: 1,
            line: -1,
            role: f.role,
            evidence: f.text,
          });
        }
      }
    }
    const top = rule.scope === 'top' ? (reach.topLines ?? 15) : Infinity;
    const wrapped = rule.source === 'label' || rule.wrapped;
    // A line rule reads only the lines that hold the words it needs; the top of the first page is read line by line.
    const lines = rule.scope === 'top' ? null : indexOf(view, wrapped ? 'wrapped' : 'lines').candidates(rule.pattern);
    let seen = 0;
    for (const i of lines ?? every(view.lines.length)) {
      const l = view.lines[i]!;
      if (rule.scope === 'top' && (l.page !== 1 || seen++ >= top)) continue;
      if (reach.roles && !reach.roles.includes(view.roles[i]!)) continue;
      for (const h of hits(rule, wrapped ? wrappedLine(view, i) : l.text)) {
        if (h.index >= l.text.length) continue;
        out.push({
          field: rule.field,
          value: h.value,
          rule: rule.id,
          source: rule.source,
          page: l.page,
          line: i,
          role: view.roles[i]!,
          evidence: l.text,
        });
      }
    }
  }
  return out;
}

// A line this long that runs on into the next line of its page is wrapped text: a value at its end goes on
// in the next line ("… Projektanordnare: Umeå" / "Fritid - Umeå Kommun Projektperiod: …").
const WRAPPED_MIN = 60;
const RUNS_ON_INTO = new Set<LineRole>(['paragraph', 'label', 'factbox', 'list-item']);

/** A line, with the line it runs on into when it is wrapped text; a label rule keeps only hits that begin in the line itself. */
export function wrappedLine(view: DocView, i: number): string {
  const l = view.lines[i]!;
  const next = view.lines[i + 1];
  if (!next || next.page !== l.page) return l.text;
  // A form's key alone on its line ("Startdatum-Slutdatum:" / "2022-11-01 - 2023-12-31") has its value on the next.
  const bare = l.text.trim();
  if (bare.length <= 40 && /^\p{Lu}[^:]*:$/u.test(bare) && fieldOfKey(bare.slice(0, -1)) && RUNS_ON_INTO.has(view.roles[i + 1]!))
    return `${l.text} ${next.text}`;
  if (l.text.length < WRAPPED_MIN) return l.text;
  // A line that ends a sentence or introduces a list stops; one that ends on a form's key ("… ESF diarienummer
  // 2015/00142 Projektägare:") has the key's value at the next line's start.
  if (/[.!?]$/u.test(l.text.trimEnd()) || (/:$/u.test(l.text.trimEnd()) && !endsOnKey(l.text))) return l.text;
  // A viewer's download line quotes the title, wrapped like any line: it runs on until its closing quote.
  const openQuote = view.roles[i] === 'chrome' && opensWrappedDownloadTitle(l.text);
  if (!(RUNS_ON_INTO.has(view.roles[i]!) || openQuote) || !(RUNS_ON_INTO.has(view.roles[i + 1]!) || openQuote)) return l.text;
  // A word broken at a hyphen or a slash goes on without a space ("Østfold-Bohuslän/Dalsland/" / "Fyrbodals …").
  return /\p{L}[/-]$/u.test(l.text) ? `${l.text}${next.text}` : `${l.text} ${next.text}`;
}

/** True when a line ends on a form's key and its colon: the last one to three words name a field. */
function endsOnKey(text: string): boolean {
  // "… Länsstyrelsen i Dalarna Att: Mikael Selander Falun Projekt:" / "Scandinavian Heartland Beslut om EG-medel …".
  if (/\s(?:Projekt|Project):$/u.test(text.trimEnd())) return true;
  const words = text.trimEnd().replace(/\s*:$/u, '').split(/\s+/);
  for (let n = 1; n <= Math.min(3, words.length - 1); n++) {
    const key = words.slice(-n).join(' ');
    if (/^\p{Lu}/u.test(key) && fieldOfKey(key)) return true;
  }
  return false;
}

/** The first veto rule that matches a text: its reason, or null. */
export function vetoed(rules: readonly Rule<string>[], text: string): string | null {
  for (const r of rules) {
    const h = hits(r, text)[0];
    if (h) return `${h.value} (${r.id})`;
  }
  return null;
}

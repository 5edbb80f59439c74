/**
 * A document that lists several projects: a programme page whose entries each give a project's name over its
 * owner and period ("Progressiva kommuner" / "Projektägare: Lycksele kommun Projekttid: 201203 — 201410"),
 * a project-bank export, a decision list. Each entry becomes a text of its own, read by the same extraction.
 */
import type { DocView } from './document.js';
import { fieldOfKey, type LabelField, labelAt } from './labels.js';
import { CELL_GAP, type Line } from './layout.js';

/** One listed project: its lines, in the listing's order, and the page it starts on. */
export interface ListingEntry {
  position: number;
  page: number;
  lines: Line[];
}

// A listing has at least this many entries; two could be a report naming a partner project.
const MIN_ENTRIES = 3;
// An entry's name is a short line of its own, over its owner's label.
const NAME_MAX = 160;
// Labels that run on in one line after the owner ("… Projekttid: 201203 — 201410") go on lines of their own.
const INLINE_LABEL =
  /\s+(?=(?:Projekttid|Projektperiod|Projektledare|Kontaktperson|Total budget|Total projektbudget|Beviljat stöd|Beviljade medel|Diarienummer|Dnr|Kommun|Län|Region|Stödmottagare|Projektägare)\s*:)/gu;

const isOwnerLine = (text: string) => {
  const l = labelAt(text.trim());
  return l?.field === 'owner' && !!l.value;
};
// The facts of a project besides its owner, one of which an entry gives.
const PROJECT_FACT = new Set<LabelField>(['period', 'periodStart', 'periodEnd', 'total', 'granted', 'manager', 'diary']);

// A listing is what the document is: its entries make up this share of its content at least. A report that
// shows a table of the programme's projects among its chapters stays one report.
const LISTING_SHARE = 0.4;
const mostOf = (view: DocView, lines: number) => lines >= LISTING_SHARE * view.lines.filter((_, i) => view.roles[i] !== 'chrome').length;

/** The field a table's head cell names ("Projektnamn", "Projektägare", "Projekttid"), if any. */
function headField(cell: string): LabelField | null {
  const asLabel = labelAt(cell.replace(/:$/, ''));
  return asLabel && !asLabel.value ? asLabel.field : fieldOfKey(cell.replace(/:$/, ''));
}

/**
 * A listing printed as a table (a project-bank export): a head row naming the project's name, its owner and
 * another fact, over rows of as many cells, one project a row. Each row becomes "key: value" lines.
 */
function tableListing(view: DocView): ListingEntry[] | null {
  const lines = view.lines;
  for (let i = 0; i + MIN_ENTRIES < lines.length; i++) {
    const head = lines[i]!.text.split(CELL_GAP)
      .map((c) => c.trim())
      .filter(Boolean);
    if (head.length < 3) continue;
    const fields = head.map(headField);
    if (!fields.includes('projectName') || !fields.includes('owner') || !fields.some((f) => f && PROJECT_FACT.has(f))) continue;
    const rows: Line[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const cells = lines[j]!.text.split(CELL_GAP)
        .map((c) => c.trim())
        .filter(Boolean);
      if (cells.length !== head.length) break;
      rows.push(lines[j]!);
    }
    if (rows.length < MIN_ENTRIES || !mostOf(view, rows.length + 1)) continue;
    return rows.map((row, k) => {
      const cells = row.text
        .split(CELL_GAP)
        .map((c) => c.trim())
        .filter(Boolean);
      return { position: k + 1, page: row.page, lines: head.map((h, c) => ({ ...row, text: `${h.replace(/:$/, '')}: ${cells[c]}` })) };
    });
  }
  return null;
}

/** The entries of a listing, or null when the document presents one project (or none). */
export function findListing(view: DocView): ListingEntry[] | null {
  const table = tableListing(view);
  if (table) return table;
  const lines = view.lines;
  const heads: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const name = lines[i]!.text.trim();
    // A name line, or a decision list's "Projekt: X" label with its value.
    const asLabel = labelAt(name);
    if (!name || name.length > NAME_MAX || /[.:;,]$/.test(name) || view.roles[i] === 'chrome') continue;
    if (asLabel && (asLabel.field !== 'projectName' || !asLabel.value)) continue;
    // The owner's label right under the name, and a second fact of the project (its period, money, manager or
    // case number) in the entry's next lines, split where labels run on in one line.
    if (!isOwnerLine(lines[i + 1]!.text)) continue;
    const facts = lines
      .slice(i + 1, i + 4)
      .flatMap((l) => l.text.replace(INLINE_LABEL, '\n').split('\n'))
      .map((t) => labelAt(t.trim())?.field);
    if (facts.some((f) => f && PROJECT_FACT.has(f))) heads.push(i);
  }
  const names = new Set(heads.map((h) => lines[h]!.text.trim().toLowerCase()));
  if (heads.length < MIN_ENTRIES || names.size < heads.length) return null;
  // Entries hold about the same number of lines: the last ends where the others would.
  const lengths = heads.slice(1).map((h, k) => h - heads[k]!);
  const longest = Math.max(...lengths);
  if (!mostOf(view, lengths.reduce((a, b) => a + b, 0) + Math.min(longest, lines.length - heads[heads.length - 1]!))) return null;
  return heads.map((h, k) => {
    const end = k + 1 < heads.length ? heads[k + 1]! : Math.min(lines.length, h + longest);
    return {
      position: k + 1,
      page: lines[h]!.page,
      lines: lines.slice(h, end).flatMap((l) =>
        l.text
          .replace(INLINE_LABEL, '\n')
          .split('\n')
          .map((text) => ({ ...l, text: text.trim() })),
      ),
    };
  });
}

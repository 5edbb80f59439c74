/**
 * The project manager (projektledare, processledare, kontaktperson, project manager): from a label, or
 * from sentences such as "Projektet har letts av Maria Pettersson", "X har varit projektledare".
 */
import type { LabelHit } from './labels.js';
import type { Found, Sentence } from './organisations.js';

// Two or three capitalised name parts: "Maria Pettersson", "Anna-Karin von Berg" is rarer and ignored.
const NAME = /^([\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?(?:\s+(?:af\s+|von\s+|de\s+)?[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?){1,2})(?![\p{L}])/u;
// Words that start capitalised after a label but are not person names.
const NOT_NAME = /^(?:Region|Länsstyrelsen|Projektet|Kommun|Tillväxtverket|Almi|Vakant|Ej|Saknas|Se|The|Not)\b/u;

/** Reads a person's name at the start of a value ("Anna Berg, Region Dalarna" → "Anna Berg"). */
export function personName(value: string): string | null {
  const v = value.trim().replace(/^(?:projektledare|processledare|fil\.?\s*dr\.?|dr\.?)\s+/i, '');
  if (NOT_NAME.test(v)) return null;
  const m = NAME.exec(v);
  if (!m) return null;
  // A name is followed by the end, punctuation, or a role/contact detail, not by more running text.
  const rest = v.slice(m[0].length).trim();
  if (rest && !/^[,;(\-–/|]|^(?:tel|e-post|email|mobil|som|who|\d)/i.test(rest) && rest.split(/\s+/).length > 2) return null;
  return m[1]!.replace(/\s+/g, ' ');
}

const SENTENCES: RegExp[] = [
  /Projektet\s+(?:har\s+)?(?:letts|leddes|leds|samordnats|samordnades)\s+av\s+(?:projektledare(?:n)?\s+)?(.+)$/iu,
  /(?:Projektledare|Processledare|Projektledaren)\s+(?:har varit|var|är|har)\s+(.+)$/iu,
  /The project (?:was|has been|is) (?:led|managed|coordinated) by\s+(?:project manager\s+)?(.+)$/iu,
  /The project manager (?:was|is|has been)\s+(.+)$/iu,
];
const BEFORE = /^(.+?)\s+(?:har varit|var|är)\s+(?:projektledare|processledare)(?![\p{L}])|^(.+?)\s+(?:was|has been|is) (?:the )?project manager/iu;

/** The project manager from labels first, then sentences. */
export function findManager(labels: LabelHit[], sentences: Sentence[]): Found<string> | null {
  // Projektledare beats Kontaktperson when both are given.
  const ordered = labels.filter((h) => h.field === 'manager').sort((a, b) => rank(a.label) - rank(b.label));
  for (const h of ordered) {
    const v = personName(h.value);
    if (v) return { value: v, page: h.page, source: `${h.label}: ${h.value}`, confidence: 0.9 };
  }
  for (const s of sentences) {
    for (const re of SENTENCES) {
      const m = re.exec(s.text);
      const v = m && personName(m[1]!);
      if (v) return { value: v, page: s.page, source: s.text, confidence: 0.75 };
    }
    const b = BEFORE.exec(s.text);
    const v = b && personName((b[1] ?? b[2])!);
    if (v && v.split(' ').length === (b[1] ?? b[2])!.trim().split(/\s+/).length) return { value: v, page: s.page, source: s.text, confidence: 0.7 };
  }
  return null;
}

function rank(label: string): number {
  return /projektledare|project manager|project leader/i.test(label) ? 0 : /processledare|coordinator|koordinator/i.test(label) ? 1 : 2;
}

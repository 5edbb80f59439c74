/**
 * The project manager (projektledare, processledare, kontaktperson, project manager). Reports name
 * them in a fact box ("Projektledare: Anna Berg, tel …", "Project manager  Anna Berg"), in sentences
 * ("Projektet har letts av Anna Berg", "Projektledare har varit Anna Berg på X", "med Anna Berg som
 * projektledare", "The project was led by Anna Berg at X"), in lists of interviewees and signatures
 * ("Anna Berg, projektledare, Region X"), and sometimes note a change ("Per Ek tog över som
 * projektledare"). Never an evaluator's assignment leader ("Uppdragsledare"), a steering-group chair,
 * the funder's contact or an author.
 */
import type { Line } from './layout.js';
import type { LabelHit } from './labels.js';
import { labelAt } from './labels.js';
import { GIVEN_NAMES, namedAfterPerson, startsWithGivenName } from './given-names.js';
import { looksLikeOrganisation, type Found, type Sentence } from './organisations.js';

// A double name's second part may be written in lower case, as transcripts do ("Bo-lennart Nelldal").
const PART = '[\\p{Lu}][\\p{Ll}]+(?:-[\\p{L}][\\p{Ll}]+)?';
const PARTICLES = 'af|von|de|van|der|la|du';
const PARTICLE = `(?:${PARTICLES}) `;
// Two or three capitalised name parts: "Maria Pettersson", "Per-Olof Nordin", "Åsa Nilsson Wikberg".
// Parts are separated by one space: two spaces are a gap between table cells ("Ansvarig  Anna Berg").
// A middle initial stays with the name: "Lisa B Liljas", "Anna K. Berg".
const NAME = new RegExp(`^(${PART}(?: \\p{Lu}\\.?(?= \\p{Lu}\\p{Ll}))?(?: (?:${PARTICLE})?${PART}){1,2})(?![\\p{L}])`, 'u');
// A name ending just before a role phrase ("… med Jonas Hägglund som projektledare").
const NAME_AT_END = new RegExp(`(${PART}(?: (?:${PARTICLE})?${PART}){1,2})\\s*$`, 'u');
// Words that start capitalised after a label but are not person names.
const NOT_NAME =
  /^(?:Region|Regionförbundet|Länsstyrelsen|Projektet|Kommun|Tillväxtverket|Almi|Vakant|Ej|Saknas|Se|The|Not|Project|Department|Institutionen|Avdelningen|Enheten|University|Universitet|Högskolan|Business|Science|Centre|Center|Interreg|Europeiska|European|Svenska|Nordic|Norra|Södra|Västra|Östra|Mellersta)\b/u;
// Capitalised function words that can open a sentence just before a name: "Med Anna Berg som …".
const LEAD_WORD =
  /^(?:Med|Och|Där|Då|Sedan|Även|Också|Under|Efter|Enligt|Tillsammans|Nu|Numera|With|And|Then|Since|After|Under|According|Now|Here|There)\s+/u;
// Academic and courtesy titles before a name.
const TITLE = /^(?:(?:prof(?:essor)?|docent|dr|fil\.?\s*dr|tekn\.?\s*dr|med\.?\s*dr|phd|mr|mrs|ms|miss|fru|herr)\.?\s+)+/iu;
// The role words a project manager is given.
// A street's name: "Delgränd", "Olovsholmsgatan", "Kyrkvägen", "Stortorgsplan".
const STREET = /\p{Ll}(?:gatan|vägen|väg|gränd|torget|stigen|backen|plan|allén|leden)$/u;
const ROLE =
  '(?:projektledare(?:n)?|processledare(?:n)?|projektkoordinator(?:n)?|projektsamordnare(?:n)?|project manager|project leader|project coordinator|projektchef(?:en)?)';
// After the name: the end, punctuation, a role or contact detail, where the person works, or "och" before a new
// clause ("Projektledare har varit X och utvärderingen har gjorts av …").
const AFTER_NAME =
  /^(?:[,;:(\-–/|.]|(?:och har|och leder|and has|and leads|och(?=\s+\p{Ll}+\s+(?:har|hade|är|var|ska|has|had|is|was)\s)|tel|telefon|e-post|email|e-mail|mobil|phone|som|who|på|vid|at|from|of|i|inom|hos|för|tillsammans med|together with|från|ifrån|sedan|fram till|till|under|efter|since|until|during|after|in|\d)(?![\p{L}]))/iu;

/**
 * Reads a person's name at the start of a value ("Anna Berg, Region Dalarna" → "Anna Berg",
 * "Prof. Karin Ehrnborg" → "Karin Ehrnborg"). With `loose`, any text may follow the name.
 */
export function personName(value: string, loose = false): string | null {
  const v = value
    .trim()
    .replace(/^(?:projektledare|processledare|project manager)\s+/i, '')
    .replace(TITLE, '')
    // An occupation before the name: "viltkonsulent Marcus Tell", "inflyttarlotsen Sofie Hamrin".
    .replace(/^\p{Ll}[\p{L}-]{3,}\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u, '')
    // A role in capitals before the name, as a contact box puts it: "Projektägarrepresentant Roland Haglund".
    .replace(
      /^\p{Lu}\p{Ll}{2,}(?:representant|ansvarig|samordnare|koordinator|handläggare|ombud|konsulent|sekreterare|ordförande)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u,
      '',
    );
  if (NOT_NAME.test(v)) return null;
  // A company's name whole ("Teknikföretagens Service i Sverige AB", a coordinator's key on a funder's page).
  if (/^\p{Lu}[\p{L}-]*s\s+\p{Lu}[^,]*\s(?:AB|HB|KB|ek\.\s?för\.?|ekonomisk förening)$/u.test(v)) return null;
  // "Open Eye AB" under a coordinator's key: a company, whatever its first words look like.
  if (/^[^,(]*\s(?:AB|HB|KB|Aktiebolag|AKTIEBOLAG)(?:\s*$|\s*[,(])/u.test(v)) return null;
  const m = NAME.exec(v);
  // "Smålands Trähusförening" has a name's shape but is an organisation.
  if (m && looksLikeOrganisation(m[1]!)) return null;
  if (!m) return null;
  if (namedAfterPerson(m[1]!)) return null;
  // "Kultur Skåne", "Visit Dalarna": a word and a province's name, the first no given name, is an organisation.
  const parts = m[1]!.split(' ');
  if (PROVINCE.test(parts[parts.length - 1]!) && !GIVEN_NAMES.has(parts[0]!.toLowerCase().split('-')[0]!)) return null;
  // "Värne Alliansförsamling Vassängsvägen 1" under a contact key: a parish and its street, no person.
  if (parts.some((p) => /(?:vägen|gatan|gränd|församling|församlingen)$/u.test(p.toLowerCase()))) return null;
  // A name is followed by the end, punctuation, or a role/contact detail, not by more running text.
  const rest = v.slice(m[0].length).trim();
  if (!loose && rest && !AFTER_NAME.test(rest) && rest.split(/\s+/).length > 2) return null;
  return threeParts(m[1]!);
}

const PROVINCE =
  /^(?:Skåne|Halland|Blekinge|Småland|Öland|Gotland|Östergötland|Västergötland|Bohuslän|Dalsland|Värmland|Närke|Västmanland|Uppland|Södermanland|Sörmland|Dalarna|Gästrikland|Hälsingland|Härjedalen|Jämtland|Medelpad|Ångermanland|Västerbotten|Norrbotten|Lappland|Norrland|Sverige|Sweden)$/u;

// A third word that is a role or a heading ("Margareta Frost-Johansson Utvecklingsledare", "Anna Käcker Övriga").
const ROLE_WORD =
  /(?:ledare|chef|samordnare|koordinator|ansvarig|handläggare|sekreterare|ordförande|konsult|strateg|utvecklare|övriga|kontakt)$/u;

/**
 * Of three capitalised words, the two that are the person's name, where the third is something else: a word before
 * the given name ("Slutrapport Christina Stattin", "Helsingborg Anna Gardelin"), the next person's given name ("Kent
 * Ågren Magnus") or a role ("… Utvecklingsledare"). A double given name ("Anna Karin Berg") or surname ("Åsa Nilsson
 * Wikberg") stays whole.
 */
const PARTICLE_WORD = new RegExp(`^(?:${PARTICLES})$`, 'u');

function threeParts(name: string): string {
  const parts = name.split(' ');
  if (parts.length !== 3 || parts.some((p) => PARTICLE_WORD.test(p))) return name;
  const given = (p: string): boolean => GIVEN_NAMES.has(p.toLowerCase().split('-')[0]!);
  const [a, b, c] = parts as [string, string, string];
  if (!given(a) && given(b)) return `${b} ${c}`;
  if (given(a) && !given(b) && (given(c) || ROLE_WORD.test(c.toLowerCase()))) return `${a} ${b}`;
  return name;
}

/** The name that ends a text, without a capitalised sentence opener ("Med Anna Berg" → "Anna Berg"). */
export function nameBefore(text: string): string | null {
  const m = NAME_AT_END.exec(text);
  if (!m) return null;
  let n = m[1]!;
  while (LEAD_WORD.test(n)) n = n.replace(LEAD_WORD, '');
  // Of three capitalised words, a long or plural first one is a heading or noun run in: "Intervjupersoner Anna Berg".
  const parts = n.split(' ');
  if (
    parts.length === 3 &&
    (parts[0]!.length >= 12 || /(?:erna|arna|orna|ningen|ningar|tionen|heten|personer|ledare|ledaren)$/u.test(parts[0]!))
  )
    return personName(parts.slice(1).join(' '));
  // A name is preceded by the start, punctuation, a lower-case word or a gap between table cells, not
  // by another capitalised word ("Rapporten Anna Berg" is not a name in a sentence).
  const before = text.slice(0, m.index);
  if (/[\p{Lu}][\p{Ll}]*[ ]?$/u.test(before)) return null;
  return personName(n);
}

// A name given after the role: "Projektledare har varit X", "Projektet har letts av X".
const AFTER: RegExp[] = [
  // "Projektet har letts av (föreningens ordförande | projektledaren) X", "arbetet har letts av X".
  new RegExp(
    `(?:projektet|arbetet|projektarbetet|satsningen|insatsen|förstudien)\\s+(?:har\\s+)?(?:letts|leddes|leds|samordnats|samordnades|samordnas|koordinerats|koordinerades)\\s+av\\s+(?:(?:\\p{Ll}+s\\s+)?(?:${ROLE}|ordförande|verksamhetsledare(?:n)?|vd|chef(?:en)?)\\s+)?(.+)$`,
    'iu',
  ),
  new RegExp(
    `(?:^|[.;,]\\s*)(?:\\p{L}+(?:\\s+\\p{Ll}+){0,3}\\s+(?:och|and)\\s+)?(?:(?:the|our|vår|projektets|ansvarig|huvudansvarig)\\s+)?${ROLE}(?:\\s+(?:för|i|of|for)\\s+(?:projektet|förstudien|the project)|\\s+(?:vid|på|hos|at)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})?\\s+(?:har varit|var|är|blev|has been|was|is)\\s+(.+)$`,
    'iu',
  ),
  // "Som projektledare anställdes Eva Nyström", "Till projektledare utsågs Per Ek".
  new RegExp(
    `(?:^|[.;,]\\s*)(?:som|till|as)\\s+(?:ny\\s+|new\\s+)?${ROLE}\\s+(?:anställdes|rekryterades|utsågs|valdes|was hired|was appointed)\\s+(.+)$`,
    'iu',
  ),
  // "Kontaktperson för projektet har varit X": a contact for the project is its manager when no one else is named.
  /(?:^|[.;,]\s*)(?:kontaktperson(?:en)?|contact person)\s+(?:för|for)\s+(?:projektet|the project)\s+(?:har varit|var|är|has been|was|is)\s+(.+)$/iu,
  /the project (?:was|has been|is) (?:led|managed|coordinated|run) by\s+(?:(?:the\s+)?project (?:manager|leader|coordinator)\s+)?(.+)$/iu,
  // "I september 2009 startade projektet ”Miljömusslor”, under ledning av Odd Lindahl vid …".
  new RegExp(`(?:projekt\\p{L}*|förstudie\\p{L}*|the project)[^.]{0,120}?(?:under\\s+ledning\\s+av|led by)\\s+(?:${ROLE}\\s+)?(.+)$`, 'iu'),
  // A quote's speaker, then the role they held: "… säger Peter Odhner som varit projektledare", "… säger Marie Nybäck,
  // folkhälsostrateg som var projektledare för projektet", "Det menar mariestadsbon Kjell Persson, från Föreningen X, som
  // har varit projektledare".
  new RegExp(
    `(?<![\\p{L}])(?:säger|sa|berättar|berättade|förklarar|menar|says|said|explains)\\s+(?:(?!(?:att|och|det|den|som|that)\\s)\\p{Ll}[\\p{Ll}-]+\\s+)?(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\p{Ll}+){1,2})(?:,\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+){0,3}|,\\s+(?:från|vid|på|hos|from|at)\\s+[^,.;]{3,60},)?,?\\s+(?:som|who)\\s+(?:har\\s+|has\\s+)?(?:varit|var|är|been|was|is)\\s+(?:the\\s+)?${ROLE}(?![\\p{L}])(?!\\s+(?:på|vid|hos|at)\\s)`,
    'u',
  ),
  // A quote's speaker with where they work between commas, then the role: "… säger Erik André, Hållbar utveckling Väst,
  // projektledare för Sol i Väst."
  new RegExp(
    `(?<![\\p{L}])(?:säger|sa|berättar|förklarar|menar|says|said|explains)\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\p{Ll}+){1,2}),\\s+\\p{Lu}[^,.;]{2,60},\\s+(?:och\\s+)?${ROLE}(?![\\p{L}])(?!\\s+(?:på|vid|hos|at)\\s)`,
    'u',
  ),
  // The role before the speaker's name: "… says project leader Michael Stjernberg", "… säger projektledare Anna Berg".
  new RegExp(`(?<![\\p{L}])(?:säger|sa|berättar|says|said|explains)\\s+(?:the\\s+)?${ROLE}\\s+(\\p{Lu}.+)$`, 'u'),
  // "Svensk Turism AB har utsett Ola Lindgren Nilsson till projektledare", "anställde Anna Berg som projektledare".
  new RegExp(
    `(?:utsett|utsåg|anställt|anställde|rekryterat|rekryterade|appointed|hired|recruited)\\s+(\\p{Lu}[^,.;]{3,40}?)\\s+(?:till|som|as)\\s+(?:ny\\s+|new\\s+)?${ROLE}(?![\\p{L}])`,
    'iu',
  ),
];
// A name given before the role: "X var projektledare", "med X som projektledare", "X, projektledare".
// A form's key run into the text with its value: "… Journalnummer: … Projektledare: Sofie Nyström Alsterbro- Bäckebo.nu",
// "Projektägare Smålands Fotbollsförbund Projektledare Ulf Pettersson ulf.petersson@…". The value is a person whose
// first name is a given name; a third capitalised word counts only where the name ends there.
const INLINE_KEY = new RegExp(
  `(?:^|\\s)(?:Projektledare|Processledare|Projektkoordinator|Projektsamordnare|Project manager|Project leader)\\s*:?\\s+(${PART}(?: ${PART}){1,2})(?![\\p{L}])(.{0,12})`,
  'u',
);

/** The person an inline key names, or null. */
function inlineKeyName(text: string): string | null {
  const m = INLINE_KEY.exec(text);
  if (!m) return null;
  // "Gunnel Sundqvist Projektledare Lars-Erik Hägglund Ordförande": a signature's role under the name before it.
  // A key with a colon is a form's; without one, after two capitalised words that are no organisation's, a role.
  const before = /\p{Lu}[\p{Ll}-]+\s+\p{Lu}\p{Ll}+[,\s]*$/u.exec(text.slice(0, m.index));
  if (before && !m[0].includes(':') && !looksLikeOrganisation(before[0])) return null;
  const parts = m[1]!.split(' ');
  if (!parts[0]!.split('-').some((p) => GIVEN_NAMES.has(p.toLowerCase()))) return null;
  // "Sofie Nyström Alsterbro- Bäckebo.nu": a third word cut at a hyphen, or followed by running text, is not the name's.
  const after = m[2]!.trim();
  // Nor is a role or a street: "… Hägglund Ordförande", "… Kristoffersen Olovsholmsgatan".
  const third =
    parts.length === 3 &&
    (m[2]!.startsWith('-') ||
      (after && !AFTER_NAME.test(after)) ||
      /^(?:Ordförande|Samordnare|Koordinator|Kontaktperson|Handläggare|Chef|Projektägare)$/u.test(parts[2]!) ||
      STREET.test(parts[2]!));
  const name = third ? parts.slice(0, 2).join(' ') : parts.join(' ');
  return looksLikeOrganisation(name) ? null : name;
}

const BEFORE: RegExp[] = [
  new RegExp(`^(.+?)\\s+(?:har varit|var|är|blev|has been|was|is|became)\\s+(?:the\\s+)?${ROLE}(?![\\p{L}])`, 'iu'),
  new RegExp(`^(.+?)\\s+(?:som|as)\\s+(?:(?:the|ny|new)\\s+)?${ROLE}(?![\\p{L}])`, 'iu'),
];
// A successor takes over: "Per Ek tog över som projektledare", "… ersattes av Per Ek".
const SUCCESSOR_BEFORE = new RegExp(
  `^(.+?)\\s+(?:tog över|took over|har tagit över|has taken over)(?:\\s+(?:som|as)\\s+(?:the\\s+)?${ROLE}|\\s+(?:projektledningen|projektledarskapet|projektledarrollen|rollen|uppdraget|ansvaret|the role|as manager))`,
  'iu',
);
// "… fram till 2017, då Per Ek tog över." in a sentence about the role.
const TOOK_OVER = /^(.+?)\s+(?:tog över|took over)(?:\s*[.,;]|\s*$|\s+(?:efter|after|från|from|i|in|under|during)\s)/iu;
const SUCCESSOR_AFTER = new RegExp(
  `(?:${ROLE}|projektledningen)[^.]{0,60}?\\s+(?:ersattes|efterträddes|övertogs|togs över|was replaced|was succeeded|was taken over)\\s+(?:av|by)\\s+(.+)$|(?:ny|new)\\s+${ROLE}\\s+(?:blev|är|var|became|is|was)\\s+(.+)$`,
  'iu',
);
// "Anna Berg, projektledare, Region X" in lists of interviewees and signatures; "Anna Berg (projektledare)".
const LISTED = new RegExp(`^(.+?)\\s*(?:,\\s*|\\(\\s*)(?:[\\p{L}-]+\\s+(?:och|and)\\s+)?${ROLE}(?![\\p{L}])`, 'iu');
// "Ett särskilt tack till processledare Sara Holm": the role in lower case right before a name.
const ROLE_BEFORE_NAME =
  /(?<!(?:tidigare|förre|före detta|f\.d\.|dåvarande|första|biträdande|former|previous|first|assistant|deputy)\s+)(?<![\p{L}])(?:projektledare|processledare|project manager)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+)/u;
// The manager who signs: "Från mars 2019 har undertecknad lett projektet".
const UNDERSIGNED = /(?<![\p{L}])(?:undertecknad|undertecknade|the undersigned)(?![\p{L}])/iu;
// A manager at the start only: "Projektledare var inledningsvis Lars Näslund".
const AT_FIRST = /(?<![\p{L}])(?:inledningsvis|till en början|initially|at first|at the start)(?![\p{L}])/iu;
// "Projektledare Anna Berg, Region Dalarna, …" at the start of a sentence, or "projektledaren Anna Berg".
// A word each sentence reading of the manager needs (a role, leading or coordinating, taking over, a contact).
const MANAGER_WORDS =
  /ledare|ledaren|ledning|letts|leddes|leds|samordn|koordin|coordinat|manage|leader|led by|run by|projektchef|kontaktperson|contact person|över|over|ersattes|efterträddes|succeeded|replaced/iu;
const ROLE_THEN_NAME = new RegExp(`^${ROLE},?\\s+(.+)$`, 'iu');
const DEFINITE_ROLE =
  /(?<!(?:tidigare|förre|före detta|f\.d\.|dåvarande|första|biträdande|former|previous|first|assistant|deputy)\s+)(?<![\p{L}])(?:projektledaren|processledaren|the project manager,?)\s+(.+)$/iu;

// Labels that read as a manager's but belong to someone else: the evaluator's assignment leader,
// a steering-group chair, the funder's case officer or contact.
const OTHER_ROLE =
  /uppdrag|utvärder|följeforsk|evaluat|styrgrupp|steering|referensgrupp|finansiär|tillväxtverket|esf|handläggare|funder|secretariat|sekretariat|ordförande|chair|ekonomi|financ|redovisning|kommunikat|communicat|delprojekt|biträdande|deputy|assistant/i;

interface Candidate {
  name: string;
  page: number;
  source: string;
  confidence: number;
  order: number;
  signature?: boolean;
}

/** The project manager: from labels first, then sentences, lists and signatures. */
// "Karin Ek (januari–juni 2019)" then, on the next line, "Johan Lind (augusti 2019–juni 2021)".
const WITH_SPAN = /^(.+?)\s*\(([^)]*\d{4}[^)]*)\)\s*$/u;

/** A manager label listing managers by period, one per line: the one who led the project last. */
function laterManager(h: LabelHit, lines: Line[]): string | null {
  // On one line: "Lena Ottosson (2016–2017), Karl-Johan Persson (2018)".
  // The one whose span starts last or runs on ("fr.o.m. 2022-09-01"), whatever the order they are listed in.
  const inLine = [...h.value.matchAll(/([^,;()]+?)\s*\(([^)]*\d{4}[^)]*)\)/gu)]
    .map((m) => ({ name: personName(m[1]!), span: m[2]! }))
    .filter((x): x is { name: string; span: string } => !!x.name);
  if (inLine.length >= 2) {
    const key = (span: string): string =>
      `${/^(?:fr\.?\s?o\.?\s?m\.?|från|from|since|sedan)\s|[–-]\s*$/iu.test(span.trim()) ? '9' : '0'}${span.match(/\d{4}(?:-\d\d)?/u)?.[0] ?? ''}`;
    return inLine.reduce((a, b) => (key(b.span) >= key(a.span) ? b : a)).name;
  }
  if (!WITH_SPAN.test(h.value)) return null;
  let last: string | null = null;
  for (let i = h.lineIndex + 1; i < Math.min(lines.length, h.lineIndex + 4); i++) {
    const m = WITH_SPAN.exec(lines[i]!.text.trim());
    const name = m && personName(m[1]!);
    if (!name || name !== m[1]!.trim()) break;
    last = name;
  }
  return last;
}

export function findManager(
  labels: LabelHit[],
  sentences: Sentence[],
  lines: Line[] = [],
  others: string[] = [],
  authorsAreOthers = true,
): Found<string> | null {
  const excluded = otherPeople(labels, lines, authorsAreOthers);
  for (const o of others)
    for (const part of o.split(/,|;|\s+(?:och|and|&)\s+/u)) {
      const n = personName(part);
      if (n) excluded.add(n.toLowerCase());
    }
  const cands: Candidate[] = [];
  const add = (name: string | null, page: number, source: string, confidence: number, order: number, signature = false): void => {
    if (name && !excluded.has(name.toLowerCase())) cands.push({ name, page, source, confidence, order, signature });
  };

  for (const h of [...labels.filter((h) => h.field === 'manager'), ...cellLabels(lines, labels)]) {
    if (OTHER_ROLE.test(h.label)) continue;
    const r = rank(h.label);
    add(laterManager(h, lines) ?? personName(h.value), h.page, `${h.label}: ${h.value}`, 0.9 - r * 0.05, r === 2 ? 5 : r);
  }
  for (const s of sentences) {
    const t = s.text;
    // Every reading below needs one of these words; a sentence without any is not searched with them.
    if (!MANAGER_WORDS.test(t)) continue;
    let m = SUCCESSOR_BEFORE.exec(t);
    if (m) add(nameBefore(m[1]!), s.page, t, 0.8, 2);
    m = TOOK_OVER.exec(t);
    if (m && new RegExp(ROLE, 'iu').test(t)) add(nameBefore(m[1]!), s.page, t, 0.8, 2);
    m = SUCCESSOR_AFTER.exec(t);
    if (m) add(personName((m[1] ?? m[2])!), s.page, t, 0.8, 2);
    for (const re of AFTER) {
      m = re.exec(t);
      if (m) add(personName(m[1]!), s.page, t, 0.75, 3);
    }
    for (const re of BEFORE) {
      m = re.exec(t);
      // "Sofia Lundqvist på Linköping Science Park har varit projektledare": the person, then where they work.
      const at =
        m &&
        /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:på|vid|från|hos|at|from)\s+\p{Lu}[^,.;]{2,60}$/u.exec(
          m[1]!,
        );
      // "Martin Hedman, IUC Sverige AB, has been Project Manager": the person, then their organisation between commas.
      const org = m && /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),\s+(\p{Lu}[^,.;]{2,60}),$/u.exec(m[1]!);
      if (at && startsWithGivenName(at[1]!)) add(personName(at[1]!), s.page, t, 0.7, 3);
      else if (org && startsWithGivenName(org[1]!) && looksLikeOrganisation(org[2]!)) add(personName(org[1]!), s.page, t, 0.7, 3);
      else if (m) add(nameBefore(m[1]!), s.page, t, 0.7, 3);
    }
    m = LISTED.exec(t);
    // The name opening a line of a list is the surest reading: the sentence may run a heading into it.
    const line = m && lines.find((l) => l.page === s.page && t.includes(l.text) && LISTED.test(l.text));
    if (line) add(personName(LISTED.exec(line.text)![1]!), s.page, line.text, 0.65, 4);
    if (m) add(nameBefore(m[1]!), s.page, t, 0.65, 4);
    m = ROLE_THEN_NAME.exec(t);
    if (m && !labels.some((h) => h.field === 'manager' && t.startsWith(h.label))) add(personName(m[1]!, true), s.page, t, 0.65, 4);
    add(inlineKeyName(t), s.page, t, 0.7, 3);
    // "presenterar projektledaren Stefan Carlsson slutrapporten …": the name right after the role, whatever follows.
    m = DEFINITE_ROLE.exec(t);
    if (m) add(personName(m[1]!, true), s.page, t, 0.55, 6);
    m = ROLE_BEFORE_NAME.exec(t);
    if (m) add(personName(m[1]!), s.page, t, 0.5, 7);
  }
  // A signature: the name on one line, the role on the next ("Projektledare", "projektledare, Lönneberga
  // byalag"); signatures side by side in cells ("Ingrid Haugen  Erik Dahlström" over "Project coordinator
  // (NO)  Project manager").
  const roleLine = new RegExp(`^${ROLE}(?:\\s*[,(].*)?$`, 'iu');
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (!next) return;
    if (roleLine.test(next.text) && personName(l.text) === l.text.trim())
      add(l.text.trim(), l.page, `${l.text} ${next.text}`, 0.65, 4, true);
    const names = l.text.split('  ');
    const roles = next.text.split('  ');
    if (names.length >= 2 && names.length === roles.length) {
      roles.forEach((r, j) => {
        if (new RegExp(`^${ROLE}$`, 'iu').test(r.trim()) && personName(names[j]!) === names[j]!.trim())
          add(names[j]!.trim(), l.page, `${names[j]} ${r}`, 0.65, 4, true);
      });
    }
  });

  // Page by page, the lines run together: a form's contact block and a name with its role after it.
  const pages = new Map<number, string[]>();
  for (const l of lines) {
    const texts = pages.get(l.page);
    if (texts) texts.push(l.text);
    else pages.set(l.page, [l.text]);
  }
  for (const [page, texts] of pages) {
    const text = texts.join(' ');
    // Jordbruksverket's and Leader's report form: "B. Uppgifter om kontaktpersonen Namn och adress Kim
    // Scharafinski Långgatan 7 …": the project's contact person, in the project's own form.
    for (const m of text.matchAll(CONTACT_BLOCK)) add(givenNameFirst(m.groups!.rest!), page, m[0], 0.75, 3);
    // "Jessica Bergfors Projektledare", "Roger Uddstål, Projektledare", "Ida Karlsson - Projektledare": a cover's or
    // a contact line's name with its role after it, the role capitalised as a title.
    // A signature block's names over their roles in the same order ("Kenneth Nilshem Cecilia Andersson Ordförande
    // Ordförande Projektledare"): the roles before the manager's are the other names', the manager's name the last.
    // "Granskad av Gustaf Zettergren Projektledare Christoffer Widegren": a name that is the value of the key before
    // it ("granskad av", "författare") reviewed or wrote; the role after it is the next key's.
    for (const m of text.matchAll(ROLE_AFTER_NAME)) {
      if (
        /(?:^|\s)(?:av|by|författare|författad av|skriven av|author|authors|written by|reviewed by)\s*:?\s*$/iu.test(text.slice(0, m.index))
      )
        continue;
      add(givenNameLast(m.groups!.lead!.replace(OTHER_ROLES_AFTER, '')), page, m[0], 0.6, 4);
    }
  }

  if (!cands.length) return null;
  const undersigned = sentences.some((x) => UNDERSIGNED.test(x.text) && /(?:lett|led|letts|managed)/iu.test(x.text));
  for (const c of cands) {
    if (AT_FIRST.test(c.source) && !/(?:sedan|därefter|then|later|thereafter)/iu.test(c.source.slice(c.source.indexOf(c.name))))
      c.order = 99;
    // "The project was led by Erik Nyman until August 2022": a manager up to a date was followed by another.
    if (
      /^\s*(?:until|up to|fram till|till och med|t\.\s?o\.\s?m\.)\s+(?:\p{L}+\s+)?\d{4}/iu.test(
        c.source.slice(c.source.indexOf(c.name) + c.name.length),
      )
    )
      c.order = 98;
    if (undersigned && c.signature) c.order = 1;
  }
  const best = cands.reduce((a, b) => (b.order < a.order ? b : a));
  return { value: best.name, page: best.page, source: best.source, confidence: best.confidence };
}

const CONTACT_BLOCK = /Uppgifter om kontaktperson(?:en)?\s+Namn och adress\s+(?:Telefonnummer\s+)?(?<rest>\p{Lu}[^\d@]{3,60})/gu;
const ROLE_AFTER_NAME =
  /(?<lead>(?:[\p{Lu}\d][\p{L}\d-]*\.?\s+){0,5}[\p{Lu}][\p{L}-]+)\s*(?:,|-|–)?\s+(?:Projektledare|Processledare|Huvudprojektledare|Project manager|Project Manager|Project leader)(?![\p{L}])/gu;
const OTHER_ROLES_AFTER =
  /(?:\s+(?:Ordförande|Vice ordförande|Sekreterare|Kassör|Verksamhetsledare|VD|Styrelseledamot|Ledamot|Koordinator|Samordnare|Handläggare|Kontaktperson))+$/u;
const INITIAL = /^\p{Lu}\.?$/u;
// A word that names an organisation, not a person: "Trafikverket", "Länsstyrelsen", "Kommunförbundet".
const ORG_WORD =
  /(?:verket|myndigheten|styrelsen|rådet|kommun|regionen|förbundet|bolaget|institutet|universitet|högskolan|föreningen|AB)$/u;
const SURNAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** The person a text opens with: a given name, an initial if any, and one surname ("Kim Scharafinski Långgatan 7" → "Kim Scharafinski"). */
function givenNameFirst(text: string): string | null {
  const w = text.trim().split(/\s+/);
  if (!w[0] || !GIVEN_NAMES.has(w[0].toLowerCase())) return null;
  const k = INITIAL.test(w[1] ?? '') ? 2 : 1;
  return SURNAME.test(w[k] ?? '') ? w.slice(0, k + 1).join(' ') : null;
}

/** The person a text ends with, from its last given name on ("Slutrapport Monica Lundin" → "Monica Lundin"). */
function givenNameLast(text: string): string | null {
  const w = text.trim().split(/\s+/);
  for (let i = Math.max(0, w.length - 4); i < w.length - 1; i++) {
    if (!GIVEN_NAMES.has(w[i]!.toLowerCase())) continue;
    // "Sören Johansson Delgränd Härnösand Projektledare": a street (and the town after it) ends the name.
    const street = w.slice(i + 1).findIndex((x) => STREET.test(x));
    const rest = street >= 0 ? w.slice(i + 1, i + 1 + street) : w.slice(i + 1);
    if (!rest.length) continue;
    // "Kenneth Nilshem Cecilia Andersson": two people, given name and surname each; the last is the one the role follows.
    if (rest.length >= 3 && GIVEN_NAMES.has(rest[1]!.toLowerCase()) && SURNAME.test(rest[2]!)) continue;
    // "Stefan Lind Trafikverket, Projektledare": the role is the agency's, after its own staff's names.
    if (ORG_WORD.test(rest[rest.length - 1]!)) return null;
    if (rest.every((x, j) => SURNAME.test(x) || (j < rest.length - 1 && INITIAL.test(x))) && rest.length <= 3) {
      const name = [w[i]!, ...rest].join(' ');
      return namedAfterPerson(name) ? null : name;
    }
  }
  return null;
}

/** "Project manager  Anna Berg": a manager label and its value as two cells of one line, outside a fact box. */
function cellLabels(lines: Line[], labels: LabelHit[]): LabelHit[] {
  const seen = new Set(labels.map((h) => h.lineIndex));
  const out: LabelHit[] = [];
  lines.forEach((l, i) => {
    if (seen.has(i)) return;
    const hit = labelAt(l.text);
    if (hit?.field === 'manager' && hit.value && /^\s{2,}/.test(l.text.slice(hit.label.length))) {
      out.push({ field: 'manager', label: hit.label, value: hit.value, page: l.page, lineIndex: i, colon: false });
    }
  });
  return out;
}

/** People named as evaluators, authors or in other roles on labels: never the manager. */
function otherPeople(labels: LabelHit[], lines: Line[], authorsAreOthers: boolean): Set<string> {
  const out = new Set<string>();
  const addAll = (value: string): void => {
    for (const part of value.split(/,|\s+(?:och|and|&)\s+/)) {
      const n = personName(part);
      if (n) out.add(n.toLowerCase());
    }
  };
  // A final report's author is often its manager; an evaluation's author is its evaluator.
  for (const h of labels) {
    const authorWord = h.field === 'author' || /^(?:författare|rapportförfattare|authors?)$/iu.test(h.label);
    if ((h.field === 'evaluator' && !authorWord) || (authorWord && authorsAreOthers) || (h.field === 'manager' && OTHER_ROLE.test(h.label)))
      addAll(h.value);
  }
  for (const l of lines) {
    const m = /^([\p{Lu}][\p{L} -]{2,40}?)\s*:\s*(.+)$/u.exec(l.text);
    if (m && OTHER_ROLE.test(m[1]!) && !new RegExp(`^${ROLE}$`, 'iu').test(m[1]!)) addAll(m[2]!);
  }
  return out;
}

function rank(label: string): number {
  return /projektledare|project manager|project leader|projektchef/i.test(label)
    ? 0
    : /processledare|coordinator|koordinator|samordnare/i.test(label)
      ? 1
      : 2;
}

/**
 * The project's name: from a name label ("Projektnamn", "Project name"), else the cover title with
 * document words removed ("Slutrapport:", "Utvärdering av projektet …", "Final report –"), else the
 * PDF's own title metadata, cleaned the same way.
 */
import type { Line } from './layout.js';
import type { LabelHit } from './labels.js';
import { keyRow, labelAt } from './labels.js';
import { runningLines } from './layout.js';
import type { Found } from './organisations.js';
import { cleanValue, fold, wordCount } from './text.js';

// Document words that precede or follow a name on covers and running headers.
const DOC_WORDS =
  '(?:(?:gemensam|slutlig|reviderad|preliminär|kortfattad|kort|joint|revised|preliminary|short|brief)\\s+)?(?:slutrapport(?:en)?|slutredovisning|lägesrapport(?:\\s+(?:nr\\.?\\s*)?\\d+)?|delrapport(?:\\s+\\d+)?|mellanrapport|rapport|utvärdering(?:srapport)?|slututvärdering|halvtidsutvärdering|extern utvärdering|följeforskning(?:srapport)?|slutrapport från följeforskningen|projektbeskrivning|projektplan|handlingsplan|ansökan|final report|summary report|final summary report|final evaluation report|final evaluation|evaluation report|evaluation|mid-term evaluation|progress report|interim report|project description|project plan|application|beslut|beslut om \\p{L}+(?:\\s+\\p{L}+)?|decision)(?:\\s+(?:(?:nr|no|number)\\.?\\s*)?\\d{1,2}(?![\\p{L}\\d:.,-]))?';
const PREFIX = new RegExp(
  `^${DOC_WORDS}(?:\\s+(?:för|av|of|for|från|om|on)(?![\\p{L}]))?(?:\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}+-]*[\\s-])?(?:projektet|projekt|the project|project)(?![\\p{L}]))?\\s*[:–—\\-|]?\\s*`,
  'iu',
);
const SUFFIX = new RegExp(`\\s*[:–—\\-|,]\\s*${DOC_WORDS}(?:\\s+\\d{4})?\\s*$`, 'iu');
const SITE_AFTER =
  /\s+[-–|│]\s+(?:Svenska ESF(?:-rådet)?|ESF-rådet|Vinnova|Tillväxtverket|Jordbruksverket|Naturvårdsverket|Energimyndigheten|Boverket|Formas|Riksantikvarieämbetet|Kohesio)$/u;
const YEAR_RANGE_END = /\s+\(?(?:19|20)\d{2}\s*[–—-]\s*(?:19|20)?\d{2}\)?$/u;
/** A line that only names the kind of document: "Slutrapport", "Lägesrapport 3", "Final report". */
// Also "Slutrapport till Energimyndigheten", "Final report to Vinnova": the document and its recipient.
export const DOC_WORD_LINE = new RegExp(
  `^${DOC_WORDS}(?:\\s+(?:för|av|of|for)(?:\\s+(?:projektet|projekt|the project|project))?)?(?:\\s+(?:till|to)\\s+[\\p{Lu}][\\p{L}-]+(?:\\s[\\p{Lu}][\\p{L}-]+)?)?(?:\\s+\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)?$`,
  'iu',
);

// "Evaluating the Skåne Food Lab", "Assessing the project …": a verb that introduces the name.
const EVALUATING =
  /^(?:EVALUATING|ASSESSING|[Ee]valuating|[Aa]ssessing)\s+(?:the\s+|THE\s+)?(?:(?:[Pp]roject|PROJECT)\s+)?(?=[\p{Lu}\p{N}"'«“])/u;

/** Strips document words from a title: "Utvärdering av projektet Karlstad växer" → "Karlstad växer". */
export function cleanTitle(s: string): string | null {
  let t = cleanValue(s);
  if (DOC_WORD_LINE.test(t)) return null;
  // "Göteborgs Insjörike. en utvärdering av samverkan i projekt": the name, then what the report is, in lower case.
  const named = /^(\p{Lu}[^.]{2,60})\.\s+(?:en|ett)\s+\p{Ll}*(?:utvärdering|rapport|studie|uppföljning|granskning|analys)(?![\p{L}])/u.exec(
    t,
  );
  if (named) t = named[1]!;
  // "Samhällsorientering på modersmål I Östergötland Utvärdering av försöksverksamhet": a cover's title, then what the
  // report is about in lower case.
  t = t.replace(
    /(?<=\S\s+\S+)\s+(?:Utvärdering|Uppföljning|Slutrapport|Delrapport|Rapport)\s+(?:av|från|om|inom)\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}$/u,
    '',
  );
  // "Stjärnförsökets slutrapport – ForskarFredags massexperiment 2020", "KOLLAs slutrapport": the project's genitive
  // before the document word names it (a definite noun's or a short form's genitive, whose base is sure).
  t = t.replace(
    /^(\p{Lu}[\p{L}-]*?(?:et|en|an|at)|\p{Lu}{2,}(?:[-\s]\p{Lu}{2,})?)s\s+(?:slutrapport|slutredovisning|utvärdering|slututvärdering|lägesrapport|final report)(?:\s*[-–—:].*)?$/u,
    '$1',
  );
  // "Lärande utvärdering i ESF-projektet KLURA": what the report is, then the project it is about.
  t = t.replace(
    /^(?:\p{L}+\s+){0,2}(?:utvärdering|följeforskning|uppföljning|slutrapport|rapport|evaluation)\s+(?:i|av|inom|för|of)\s+(?:det\s+)?(?:[\p{L}-]*-projektet|projektet|the project)\s+(?=\p{Lu})/iu,
    '',
  );
  // "Nordanstig Utveckling, Nordanstigs kommun": the owner after the name.
  t = t.replace(
    /,\s+(?:\p{Lu}[\p{L}-]*s?\s+(?:kommun|stad|län)|Region\s+\p{Lu}[\p{L}-]*|Länsstyrelsen\s+(?:i\s+)?\p{Lu}[\p{L}-]*(?:\s+län)?)$/u,
    '',
  );
  for (let k = 0; k < 2; k++) t = t.replace(PREFIX, '').replace(SUFFIX, '').replace(EVALUATING, '').trim();
  t = t.replace(/^["'«»“”]+|["'«»“”]+$/g, '').trim();
  // A web page's title with its site's separator left at an end: "Verktyg för uppföljning … |".
  t = t.replace(/^[|│]\s*|\s*[|│]$/gu, '').trim();
  // A web page's title with the agency's site after it: "Ung i fokus - Svenska ESF", "Smart Housing | Vinnova".
  t = t.replace(SITE_AFTER, '').trim();
  // "4 Destination Data Lab, Jämtland Härjedalen (Sweden)": a chapter's number and the place after the name.
  t = t
    // "23-060-S02 - Remake Textile": a project bank's case number before the name.
    .replace(/^(?=[\p{Lu}\d-]*\d)[\p{Lu}\d]+(?:[-/][\p{Lu}\d]+){2,}\s+[-–]\s+(?=\p{Lu})/u, '')
    .replace(/^\d{1,2}\s+(?=\p{Lu}\p{Ll})/u, '')
    // "2021-4559 Gemenskapande konst- och kulturled vid Göta älv": a Leader area's journal number before the name.
    .replace(/^(?:(?:19|20)\d\d-)?\d{3,6}\s+(?=\p{Lu}\p{Ll}+(?:\s+\S+){2,})/u, (m) =>
      /^(?:(?:19|20)\d\d-)?(?:19|20)\d\d\s$/u.test(m) ? m : '',
    )
    .replace(/,\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?\s+\((?:Sweden|Sverige|Norway|Norge|Finland|Denmark|Danmark)\)$/u, '')
    .trim();
  // "Vision Dalkarlshyttan förstudie Foto: www.lindesbergsgk.se": a photo credit run on after the name; "Ungtall. Foto:
  // Anders Lindqvist" is a picture's caption, no name.
  if (/[.!?]\s+(?:Foto|Photo|Bild|Fotograf|Photographer|Image)\s*:/u.test(t)) return null;
  t = t.replace(/\s+(?:Foto|Photo|Bild|Fotograf|Photographer|Image)\s*:.*$/u, '').trim();
  // A template's placeholder or a site's menu button left after the name: "Giftfritt Jämtland Härjedalen Skriv
  // tabellbeskrivning här", "… Meny".
  t = t.replace(/\s+(?:Skriv\s+[\p{Ll}\s]{3,40}?\s+här|Klicka\s+här[\p{Ll}\s]*|Meny|Menu|Sök|Search)$/u, '').trim();
  // A trailing year range is the project period printed beside the name: "Gotlandsull 2024–2026".
  t = t.replace(YEAR_RANGE_END, '').trim();
  // So is a year after "under" ("Slutrapport från projektet Aktörssamverkan … under år 2010") and a page's status
  // after the name ("Projekt eArkiv i Kalmar län (avslutat)").
  t = t
    .replace(/\s+under\s+(?:år(?:et|en)?\s+)?(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?$/u, '')
    .replace(/\s*\((?:avslutat|avslutad|pågående|pågår|genomfört|genomförd)\)$/iu, '')
    .trim();
  if (!t || DOC_WORD_LINE.test(t) || wordCount(t) > 16) return null;
  // "Final evaluation of the" with the name on the next line: only function words are left.
  if (/^(?:(?:the|of|for|den|det|av|för|no\.?|nr\.?|number)(?:\s+|$))+$/iu.test(t)) return null;
  return t;
}

// Cover lines that are not part of the title: a date ("Juni 2019", "2019-06-30", "Luleå 2014-02-20",
// "Slutrapport, januari 2015"), or an author, evaluator or publisher line ("Ramböll Management
// Consulting", "Ludvika kommun", "Institutionen för …", "Sollefteå kommun, Näringslivsavdelningen").
const MONTH =
  '(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mars?|march|apr(?:il)?|maj|may|jun[ei]?|jul[iy]?|aug(?:usti|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|våren|hösten|sommaren|vintern|spring|summer|autumn|winter)\\.?';
// A bare year follows only a month or season ("Juni 2019"), or a place before a comma ("Luleå, 2014"): "Trähus 2030" is a name.
// A news item's date and its section: "2021-06-05 - Näringsliv".
const DATE_LINE = new RegExp(
  `^(?:(?:\\p{L}+,?\\s+)?(?:i\\s+)?${MONTH}\\s+\\d{4}|(?:\\p{L}+,?\\s+)?\\d{4}-\\d{2}(?:-\\d{2})?|\\d{4}|\\p{L}+,\\s+\\d{4}|(?:\\p{L}+,?\\s+)?\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}\\s+[–-]\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+)?)$`,
  'iu',
);
// A report series line: "Arbetsrapport nr 14, 2022", "Rapport 2019:7", "Working paper no. 3".
const SERIES_LINE =
  /^(?:\p{L}*rapport|report|working paper|skriftserie|rapportserie)\s+(?:(?:nr|no|number)\.?\s*)?\d+(?:[:/]\d+)?(?:,\s*\d{4})?$/iu;
// A tagline in capitals of words between dots or bars: "UTREDNING · UTVÄRDERING · ANALYS".
const TAGLINE = /^[\p{Lu}&-]+(?:\s+[\p{Lu}&-]+)*(?:\s+[·•|]\s+[\p{Lu}&-]+(?:\s+[\p{Lu}&-]+)*){2,}$/u;
const ORG_LINE =
  /^[\p{Lu}][\p{Ll}-]*(?:\s+och\s+\p{Ll}+)?(?:enheten|avdelningen|förvaltningen|kontoret|sektionen|staben)$|(?:\sAB|\skommun|\sstad|Consulting|Research|Advisory|Society|universitet|högskola|University|\slän|\sekonomisk förening|\sideell förening|\sförening|\skommunalförbund)$|(?:^|\/\s*)(?:institutionen|avdelningen|enheten|akademin|sektionen|centrum|department|faculty|school|division|centre|center) (?:för|of|for)\s|^[\p{L} -]+(?:\skommun|\sstad|\sAB|universitet|högskola|University),\s/iu;
// Lines that say what the document is attached to or contains: "Bilaga 1 till ansökan …", "Innehåll".
const ATTACHMENT = /^(?:bilaga|appendix|annex|attachment)(?:\s|$)/iu;
const CONTENTS = /^(?:innehåll(?:sförteckning)?|contents|table of contents)$|\.{4,}\s*\d+$|…{2,}/iu;
// "Utvärdering av projektet", "Följeforskning av Servicelyftet Bergslagen", "Final evaluation of the project":
// a document word that introduces the name, on the same line or the next.
const INTRODUCER = new RegExp(
  `^${DOC_WORDS}\\s+(?:av|of|för|for)(?:\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}+-]*[\\s-])?(?:projektet|projekt|the project|project))?(?:\\s*[:–—-]\\s*|\\s+|$)(.*)$`,
  'iu',
);
const LETTER_SUBJECT =
  /^(?:beslut|ansökan|decision|application|grant decision)\b.{0,60}?\s(?:till|för|avseende|gällande|inom|for|to|regarding)\s+(?:projektet|the project)\s+([^.]+?)\.?$/iu;
// The programme or fund a report belongs to, printed above its title: "Interreg Öresund-Kattegat-Skagerrak".
const FUND_LINE =
  /^(?:Interreg$|Europeiska unionen$|European Union$|EUROPEISKA UNIONEN$|EUROPEAN UNION$|Co-funded by the European Union$|Medfinansieras av Europeiska unionen$|Interreg\s|Leader\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$|European (?:Regional Development|Social) Fund$|Europeiska (?:regionala utvecklingsfonden|socialfonden)$|Regionalfondsprogram|Socialfondsprogram)/u;
// A book's running head or an imprint: "REGIONAL INNOVATION …: CASE STUDIES © OECD 2023", "ISBN 978-…".
const IMPRINT = /©|\(c\)\s*\d{4}|(?<![\p{L}])(?:ISBN|ISSN)(?![\p{L}])/iu;
// A name that ends on a place's organisation word is a title, not an organisation: words in lower case before the
// preposition ("Mer attraktiva orter i Hässleholms kommun"), where an organisation has none ("Länsstyrelsen i Skåne län").
// So is a plan or the like for the place, one word in the indefinite before "för" ("Belysningsplan för Norrköpings
// kommun"), where an organisation's word is definite ("Miljöförvaltningen för …").
const TITLE_IN_PLACE =
  /^\p{Lu}\p{Ll}*(?:(?:\s+\p{Ll}+)+\s+(?:i|inom|för|på)|(?<![eé]n|et|na)\s+för)\s+\p{Lu}\p{Ll}+s?(?:\s+\p{Lu}\p{Ll}+s?)?\s+(?:[Kk]ommun|[Ss]tad|[Ll]än)$/u;
const NOT_TITLE = (s: string): boolean =>
  DATE_LINE.test(s) ||
  (ORG_LINE.test(s) && !TITLE_IN_PLACE.test(s.trim())) ||
  SERIES_LINE.test(s) ||
  TAGLINE.test(s) ||
  FUND_LINE.test(s) ||
  IMPRINT.test(s) ||
  WEB_NAVIGATION.test(s.trim());

// A page's first section heading under its title: "Generellt om projektet", "Om projektet", "Bakgrund".
export const SECTION_HEADING =
  /^(?:(?:generellt|kort|mer|fakta) om projektet|om projektet|bakgrund|syfte|sammanfattning|projektfakta|about the project|background|summary)\s*:?$/iu;

/**
 * A web page's navigation and document-viewer lines kept with its text, each whole: "Skip to content", "Till
 * huvudinnehåll", "Navigera till sidans huvudinnehåll", "Logotyp på utskrifter", "Home > Documents > …", "Upload:
 * others", "View: 1 times", "WORD PNG TXT JPG", "Information in English", "Read the full report", "No results found", "Logga in", "Projektet avslutat", "Sök på webbplatsen", "Du är här",
 * "Projektsymbol", "Frågor och svar", "Dela sidan på sociala medier", "Kontaktinformation", "Lyssna på sidan Lyssna", text-size buttons ("Minska texten Öka texten", "Disminuir el
 * texto Aumentar el texto"), a project database's site name ("Base de Datos de Proyectos de PDR").
 */
export const WEB_NAVIGATION =
  /^(?:skip to (?:main )?content|save this (?:pdf|page|file).{0,40}|kohesio\s*·\s*Q\d+(?:\s*·\s*[A-Z]{2})?|hoppa till (?:huvud)?innehåll(?:et)?|(?:gå (?:direkt )?till (?:sidans\s+)?(?:meny(?:n)?|(?:huvud)?innehåll(?:et)?|sök(?:fältet)?)\s*)+|granskad:?|till (?:huvud)?innehåll(?:et)?|navigera till sidans (?:huvud)?innehåll|logotyp på utskrifter|\+?\s*all categories|(?:home|hem|start|startsida)\s*[>/›»]\s*.*|date post:.*|category:.*|upload:.*|view:\s*\d+\s*times|download:\s*\d+\s*times|share this document(?: with a friend)?|meny|menu|sök(?:\s+(?:på|i)\s+(?:webbplatsen|sajten|sidan|hela webbplatsen))?|search(?:\s+(?:the|this)\s+(?:site|website))?|stäng|close|lyssna(?:\s+på\s+sidan)?(?:\s+lyssna)?|listen(?:\s+to\s+(?:this\s+)?page)?|(?:(?:disminuir|aumentar|reducir) el texto\s*)+|(?:(?:minska|öka|förstora|förminska) (?:text(?:en)?|textstorlek(?:en)?)\s*)+|(?:(?:decrease|increase|reduce|enlarge) (?:the )?text(?: size)?\s*)+|base de datos de proyectos de pdr|rdp projects? database|no (?:search )?results?(?: found)?|inga (?:sök)?(?:resultat|träffar)(?: hittades)?|logga in|log in|sign in|dela(?:\s+(?:sidan|artikeln|inlägget|nyheten))?(?:\s+på\s+(?:sociala medier|facebook|linkedin|twitter|x))?|share(?:\s+(?:this|the)\s+(?:page|article|post))?(?:\s+on\s+(?:social media|facebook|linkedin|twitter|x))?|kontaktinformation|kontaktuppgifter|contact information|(?:projekt(?:et)?\s+(?:avslutat|avslutad|pågår|pågående)|(?:avslutat|avslutade|pågående)\s+projekt|project\s+(?:finished|completed|closed|ongoing)|(?:finished|completed|ongoing)\s+project)|translate|(?:information|info|read)\s+in\s+english|in english|på svenska|read the (?:full )?report|läs (?:hela )?rapporten|(?:19|20)\d\d-\d\d-\d\d\s+\d{1,2}[.:]\d\d|download\s+".*|storlek:\s*px|(?:word|png|txt|jpg|pdf)(?:\s+(?:word|png|txt|jpg|pdf)){2,}|starta visningen från sidan:?|transkript|(?:vanliga )?frågor och svar|vanliga frågor|faq|du är här:?|you are here:?|projekt(?:symbol|logotyp|logga)|logotyp|(?:uppdaterad )?information (?:med anledning av|om) (?:covid-19|coronaviruset))$/iu;
// A cover title wraps onto a second line only when the first line is long.
const WRAP_WIDTH = 25;

/** True when a line is in capitals ("SMART INDUSTRI VÄSTMANLAND"). */
function isCapitals(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** An introducing line, with what follows the document words ("" when the name is on the next line). */
function introduced(s: string): string | null {
  const m = INTRODUCER.exec(s);
  if (!m) return null;
  const rest = m[1]!.trim();
  // "Slutrapport för projekt finansierat av …", "Slutrapport för Leaderprojekt": no name follows.
  if (rest && (!/^[\p{Lu}\p{N}"'«“]/u.test(rest) || /^\S*projekt$/iu.test(rest))) return null;
  return rest;
}

/** True when `next` continues `prev` as a greedy line wrap would: the first word of `next` did not fit. */
function wraps(prev: string, next: string): boolean {
  if (prev.length < WRAP_WIDTH) return false;
  const first = next.split(/\s+/)[0] ?? '';
  return next.length <= prev.length + first.length + 1 && isCapitals(prev) === isCapitals(next);
}

/** The leading title lines of the cover (before the document word, fact box, author or date). */
export function coverTitleLines(cover: Line[], author: string | null = null): Line[] {
  const head = headLines(cover);
  const byAuthor = (s: string): boolean => !!author && (s.includes(author) || (s.length >= 3 && fold(author).startsWith(fold(s))));
  // Lines before the title: document words, dates, logos and publishers, attachment notes.
  // "Interreg" / "Nord": a programme logo printed over two lines.
  const logoTail = (i: number): boolean => i > 0 && /^Interreg$/iu.test(head[i - 1]!.text) && /^\p{Lu}[\p{L}-]+$/u.test(head[i]!.text);
  const leading = (l: Line, i: number): boolean =>
    DOC_WORD_LINE.test(l.text) ||
    NOT_TITLE(l.text) ||
    byAuthor(l.text) ||
    ATTACHMENT.test(l.text) ||
    logo(head, i) ||
    logoTail(i) ||
    keyRow(l.text) !== null;
  let start = 0;
  // An introducing line after only leading lines ("RAMBÖLL / Februari 2020 / SLUTUTVÄRDERING AV PROJEKTET").
  const intro = head.findIndex((l) => introduced(l.text) !== null);
  if (intro >= 0 && head.slice(0, intro).every(leading)) start = intro;
  else while (start < head.length && leading(head[start]!, start)) start++;
  const out: Line[] = [];
  for (const l of head.slice(start)) {
    if (DOC_WORD_LINE.test(l.text)) {
      if (out.length) break;
      continue;
    }
    if (CONTENTS.test(l.text) || ATTACHMENT.test(l.text)) break;
    // "Utvärdering av projektet" alone on the first line: the name follows on the next.
    const onlyDocWords = out.length > 0 && cleanTitle(out.map((x) => x.text).join(' ')) === null;
    const prev = out[out.length - 1]?.text;
    if (
      prev !== undefined &&
      !onlyDocWords &&
      (NOT_TITLE(l.text) || SECTION_HEADING.test(l.text.trim()) || byAuthor(l.text) || !wraps(prev, l.text))
    )
      break;
    // The name on the line after "Final evaluation of the" is whole unless it breaks off mid-phrase.
    if (
      prev !== undefined &&
      !onlyDocWords &&
      out.length >= 2 &&
      cleanTitle(
        out
          .slice(0, -1)
          .map((x) => x.text)
          .join(' '),
      ) === null &&
      !/(?:[-–:,]|\s(?:of|and|for|the|in|och|för|i|av|på|med))$/iu.test(prev)
    )
      break;
    // Running text is not a title: a sentence of many words.
    if (/[.!?]$/.test(l.text) && l.text.split(/\s+/).length >= 8) break;
    out.push(l);
    if (out.length >= 3 || /[.!?]$/.test(l.text)) break;
  }
  return out;
}

/** Cover lines before the first label or fact box. */
function headLines(cover: Line[]): Line[] {
  // "Project plan" is the document word, not the label "Project" with a value.
  const end = cover.findIndex((l) => !!labelAt(l.text) && !DOC_WORD_LINE.test(l.text));
  return end < 0 ? cover : cover.slice(0, end);
}

/**
 * A consultancy's or university's logo line: a short line in capitals ("SWECO", "OXFORD RESEARCH") that a
 * line introducing the name follows ("Utvärdering av …"), perhaps after a date.
 */
function logo(head: Line[], i: number): boolean {
  const t = head[i]!.text;
  if (!isCapitals(t) || t.split(/\s+/).length > 3 || /\d/.test(t)) return false;
  let j = i + 1;
  while (j < head.length && DATE_LINE.test(head[j]!.text)) j++;
  return j < head.length && introduced(head[j]!.text) !== null;
}

// Labels that name the project in full, before the bare "Projekt:" / "Project" (which also starts
// "Project acronym …" and "Project number …").
const WEAK_NAME_LABEL = /^(?:projekt|project)$/i;

const FILE_VERSION = /\s+(?:slutversion|slutlig version|final version|final|draft|utkast|(?:version|ver\.?|v)\s?\d+(?:\.\d+)?)$/iu;
const TRAILING_DOC_WORDS = new RegExp(`(?<=\\S)\\s+${DOC_WORDS}$`, 'iu');

/**
 * The PDF title field with document words removed, kept only when it is a name ("Slutrapport 20201873"
 * and "Lägesrapport 3" are not).
 */
function titleWitness(pdfTitle: string | null): string | null {
  // A file name: "Evaluation_FjellTech_final", "Utvärdering X slutversion", "Trähus 2030 slutrapport".
  // "Microsoft Word - Final report Energy Leap Osterlen_v2.docx": the word processor and file type go first.
  const t = pdfTitle
    ?.replace(/^Microsoft\s+(?:Word|PowerPoint)\s*-\s*/iu, '')
    .replace(/\.(?:docx?|odt|pptx?|pdf|rtf)$/iu, '')
    .replace(/_+/g, ' ')
    .replace(FILE_VERSION, '')
    .replace(TRAILING_DOC_WORDS, '')
    .trim();
  const w = t ? cleanTitle(t) : null;
  // "Ansökan regionala utvecklingsmedel": a description in lower case, not a name.
  return w && (w.match(/\p{L}/gu) ?? []).length >= 3 && /\p{Lu}|\d/u.test(w) ? w : null;
}

/**
 * Where the PDF title's name stands on page one, the cell it stands in (a running header "Gotlandsull –
 * från fårhage till färdig produkt 2024–2026" gives the name with its subtitle), else the name alone.
 */
function witnessOnCover(w: string, pageLines: string[]): string | null {
  const fw = fold(w);
  let found = false;
  let best: string | null = null;
  for (const line of pageLines) {
    for (const cell of line.split(/\s{2,}|\s[·|]\s/)) {
      const fc = fold(cell);
      if (!fc.includes(fw) || IMPRINT.test(cell)) continue;
      found = true;
      const c = cleanTitle(cell);
      if (!c || /[.!?]$/.test(cell.trim())) continue;
      const fcc = fold(c);
      // The cell is the name when the witness makes most of it or opens it before a dash or colon.
      // Or the cell is the fuller name the PDF title shortens: "Cirkulära affärer i Uppsala län".
      const isName =
        fcc === fw ||
        fw.length >= 0.6 * fcc.length ||
        (fcc.startsWith(fw) && new RegExp(`^.{${w.length - 2},${w.length + 2}}\\s[–—:-]\\s`, 'u').test(c)) ||
        (fcc.startsWith(`${fw} `) && /^\s+(?:i|in|på|för|för hela|inom|och|and)\s+\p{Lu}/u.test(c.slice(w.length)) && wordCount(c) <= 10) ||
        // "Livsmedelslyftet Nordöstra Skåne", "Förstudie Hamnstaden Kristinehamn": a place name after it.
        (fcc.startsWith(`${fw} `) && /^(?:\s+\p{Lu}[\p{L}-]+){1,3}$/u.test(c.slice(w.length)));
      if (isName && (!best || c.length < best.length)) best = c;
    }
  }
  return best ?? (found ? w : null);
}

/** Restores the PDF title's letter case for a name the cover prints in capitals. */
function withCase(name: string, w: string | null): string {
  return w && isCapitals(name) && fold(name) === fold(w) ? w : name;
}

/** Folds case, punctuation and diacritics: a file name "Energy Leap Osterlen" names "Energy Leap Österlen". */
function loose(s: string): string {
  return fold(s.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** True when one name holds the other. */
function agree(a: string, b: string): boolean {
  const x = loose(a);
  const y = loose(b);
  return !!x && !!y && (x.includes(y) || y.includes(x));
}

// An organisation, not a project: "Region Västerbotten", "Ekby kommun", "Almi Företagspartner Nord AB".
const ORG_NAME = /^(?:Region|Länsstyrelsen|Landstinget)\s|(?:\skommun|\sstad|\sAB|\slän|universitet|högskola|University|Municipality)$/u;

/**
 * The name a running header prints on every page: "LowCarb Ports – Final report  2", "Mellanskånsk
 * Livsmedelsinnovation  Slutrapport  3", "Ramboll - Final evaluation of Health Tech Värmland".
 */
function headerName(heads: string[]): string | null {
  for (const head of heads) {
    const cells = head
      .split(/\s{2,}|\t|\s[|·]\s/u)
      .map((c) =>
        c
          .replace(/\s+[–-]\s+(?:printed|utskrivet|utskriven|utskrift|skriven ut)\b.*$/iu, '')
          .replace(/(?:^|\s)(?:page|sida|s\.)\s*\d+.*$/iu, '')
          .replace(/\s*\d+\s*(?:\(\d+\)|av \d+|of \d+)?$/u, '')
          .trim(),
      )
      .filter((c) => /\p{L}{3}/u.test(c));
    const ok = (v: string | null): v is string => !!v && !NOT_TITLE(v) && !ORG_NAME.test(v) && !DOC_WORD_LINE.test(v);
    for (const cell of cells) {
      for (const part of [cell, ...cell.split(/\s[–—-]\s/u).slice(1)]) {
        const rest = introduced(part);
        const v = rest ? cleanTitle(rest) : null;
        if (ok(v)) return v;
      }
      if (SUFFIX.test(cell) || PREFIX.test(cell)) {
        const v = cleanTitle(cell);
        if (ok(v) && v !== cell) return v;
      }
    }
    // The name in one cell, the document word in another.
    if (cells.length >= 2 && cells.some((c) => DOC_WORD_LINE.test(c))) {
      const names = cells.filter((c) => !DOC_WORD_LINE.test(c) && ok(cleanTitle(c)));
      if (names.length === 1) return cleanTitle(names[0]!);
    }
  }
  return null;
}

/** The project name. */
export function findProjectName(
  labels: LabelHit[],
  cover: Line[],
  pdfTitle: string | null,
  author: string | null = null,
  pages: string[] = [],
): Found<string> | null {
  const firstPage = pages[0] ?? null;
  const named = labels
    .filter((h) => h.field === 'projectName')
    // "Project acronym GreenPort Links": a longer label the list does not hold, not a name.
    .filter((h) => h.colon || !WEAK_NAME_LABEL.test(h.label) || !/^\p{Ll}/u.test(h.value))
    // "Project No. R079", "Projekt nr 12": a reference, not a name.
    .filter((h) => !/^(?:no|nr|number|nummer|id|ref|reference|acronym|akronym)(?:\.|\s|:|$)/iu.test(h.value))
    .sort((a, b) => Number(WEAK_NAME_LABEL.test(a.label)) - Number(WEAK_NAME_LABEL.test(b.label)));
  for (const label of named) {
    const v = cleanTitle(label.value);
    if (v) return { value: v, page: label.page, source: `${label.label}: ${label.value}`, confidence: 0.95 };
  }
  const w = titleWitness(pdfTitle);
  const pageLines = [...(firstPage ?? '').split(/\r?\n/), ...cover.map((l) => l.text)].map((l) => l.trim()).filter(Boolean);
  // A decision or application letter names the project in its subject line: "Beslut om regionalt
  // projektstöd till projektet Besöksnäring Ydre–Kinda".
  for (const line of pageLines) {
    const m = LETTER_SUBJECT.exec(line);
    const v = m && cleanTitle(m[1]!);
    if (v) return { value: v, page: 1, source: line, confidence: 0.7 };
  }
  // A decision letter names the project in its text: "… beviljar 450 000 kronor för projektet X."
  if (/^(?:beslut|decision)/iu.test(pdfTitle ?? '') || pageLines.slice(0, 3).some((l) => /(?:^|\s)(?:BESLUT|Beslut)(?:\s|$)/u.test(l))) {
    const text = pageLines.join(' ');
    const m = /(?:för|till|avseende|gällande) projektet\s+(\p{Lu}(?:[^.]|\.(?=\d)){2,90}?)(?:\.\s|\.$|,\s+(?:Dnr|dnr|diarienummer))/u.exec(
      text,
    );
    const v = m && cleanTitle(m[1]!);
    if (v) return { value: v, page: 1, source: m![0], confidence: 0.65 };
  }
  const titleLines = coverTitleLines(cover, author);
  const c = titleLines.length ? cleanTitle(titleLines.map((l) => l.text).join(' ')) : null;
  const source = titleLines.map((l) => l.text).join(' ');
  // The cover title and the PDF title agree: the cover's is the fuller form.
  if (c && w && agree(c, w) && loose(c).includes(loose(w))) return { value: withCase(c, w), page: 1, source, confidence: 0.8 };
  // The running header names the project on every page: it settles a cover title the PDF title does not confirm.
  const h = headerName(pages.length > 1 ? runningLines(pages) : []);
  if (h && c && agree(c, h)) return { value: withCase(c.length >= h.length ? c : h, w), page: 1, source, confidence: 0.85 };
  // "Slutredovisning av projektet Lokala servicepunkter i Strömsunds kommun" under a letterhead.
  let intro: { value: string; line: string } | null = null;
  if (!c || !w || !agree(c, w)) {
    for (const line of pageLines.slice(0, 30)) {
      const rest = introduced(line);
      const v = rest ? cleanTitle(rest) : null;
      // The cover title that goes on from the same line ("… Katrineholm" / "Flen växer") is the fuller one.
      if (v && (!w || agree(v, w)) && !(c && loose(c).startsWith(loose(v)))) {
        intro = { value: v, line };
        break;
      }
    }
  }
  if (h && intro && agree(h, intro.value))
    return { value: intro.value.length >= h.length ? intro.value : h, page: 1, source: intro.line, confidence: 0.8 };
  if (h && (!w || agree(w, h))) return { value: h, page: 2, source: `Running header: ${h}`, confidence: 0.75 };
  if (intro) return { value: intro.value, page: 1, source: intro.line, confidence: 0.75 };
  if (c && !w) return { value: c, page: 1, source, confidence: 0.8 };
  if (w) {
    // The PDF title names what the cover shows elsewhere (after a logo, in a running header).
    const onCover = witnessOnCover(w, pageLines);
    if (onCover) return { value: withCase(onCover, w), page: 1, source: `PDF title: ${pdfTitle}`, confidence: 0.75 };
  }
  if (c) return { value: c, page: 1, source, confidence: 0.7 };
  if (w) return { value: w, page: 1, source: `PDF title: ${pdfTitle}`, confidence: 0.5 };
  return null;
}

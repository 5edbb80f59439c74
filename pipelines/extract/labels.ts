/**
 * Label–value pairs on covers and fact boxes: "Projektägare: Ludvika kommun", "Projektägare Ludvika
 * kommun" (two columns run together) or the label alone with the value on the next line.
 */
import { namedAfterPerson, startsWithGivenName } from './given-names.js';
import { CELL_GAP, type Line } from './layout.js';
import { escapeRe } from './text.js';

/** Fields that have labels. */
export type LabelField =
  | 'projectName'
  | 'owner'
  | 'manager'
  | 'period'
  | 'periodStart'
  | 'periodEnd'
  | 'reportingPeriod'
  | 'diary'
  | 'total'
  | 'granted'
  | 'cofinancing'
  | 'programme'
  | 'county'
  | 'municipality'
  | 'evaluator'
  | 'funders'
  | 'partners'
  | 'author'
  | 'documentType';

// Labels per field (DOMAIN.md plus common variants). Longer labels are tried first, so
// "Projektägare/stödmottagare" wins over "Projektägare".
const LABELS: Record<LabelField, string[]> = {
  projectName: [
    'Projektnamn i ansökan',
    'Projektnamn',
    'Projektets namn',
    'Projektets titel',
    'Projekttitel',
    'Namn på projektet',
    'Namn på förslaget',
    'Project name',
    'Project title',
    'Name of project',
    'Projekt',
    'Project',
  ],
  owner: [
    'Projektägare/stödmottagare',
    'Projektägare / stödmottagare',
    'Projektägare och stödmottagare',
    'Stödmottagare/projektägare',
    'Projektägare',
    'Stödmottagare',
    'Projektanordnare',
    'Huvudsökande',
    'Sökande organisation',
    'Sökande',
    'Huvudman',
    'Ansvarig organisation',
    'Organisation',
    'Project owner',
    'Lead beneficiary',
    'Lead partner',
    'Lead applicant',
    'Applicant',
    'Beneficiary',
    'Uppdragsgivare och projektägare',
    'Projektägare (stödmottagare)',
    // A fund's project page: "Projektet drivs av: Skånes skolidrottsförbund".
    'Projektet drivs av',
    // An agency's project database: "Utförare: Lunds universitet", the one who carries out the funded project.
    'Utförare',
    // Norwegian and Danish forms of cross-border projects; the Swedish owner of one ("Svensk prosjekteier: Mittuniversitetet
    // Norsk prosjekteier: Nord universitet").
    'Svensk prosjekteier',
    'Svensk projektägare',
    'Prosjekteier',
    'Projektejer',
  ],
  manager: [
    'Projektledare',
    'Processledare',
    'Kontaktperson',
    'Ansvarig projektledare',
    'Project manager',
    'Project leader',
    'Contact person',
    'Project coordinator',
    'Projektkoordinator',
    'Prosjektleder',
  ],
  period: [
    'Projektperiod',
    'Projekttid',
    'Projektets löptid',
    'Löptid',
    'Genomförandeperiod',
    'Tidsperiod',
    'Projektets genomförandetid',
    'Projektperiod (start–slut)',
    'Period',
    'Project period',
    'Project duration',
    'Project lifetime',
    'Project time',
    'Projekt tid',
    'Duration',
    'Implementation period',
    'Prosjektperiode',
    // A county board's project page: "Pågick 2010 - 2014", "Pågår" over "september 2024 – december 2026".
    'Pågick',
    'Pågår',
    // A regional association's page: "I korthet" / "Avslutat" over "16 augusti 2021 – 15 augusti 2022".
    'Avslutat',
    'Avslutad',
  ],
  periodStart: ['Startdatum', 'Projektstart', 'Startdatum för projektet', 'Start', 'Start date', 'Project start', 'Projektets startdatum'],
  periodEnd: [
    'Slutdatum',
    'Projektslut',
    'Slutdatum för projektet',
    'Slut',
    'End date',
    'Project end',
    'Projektets slutdatum',
    // A Leader page's fact box: "Projekt pågår till" over "260430".
    'Projekt pågår till',
    'Projektet pågår till',
    'Pågår till',
  ],
  reportingPeriod: ['Rapportperiod', 'Redovisningsperiod', 'Rapporteringsperiod', 'Reporting period', 'Report period'],
  diary: [
    'Diary number',
    'Diary no',
    'Ärende-ID',
    'Ärende-id',
    'Ärendeid',
    'Ärendenummer',
    'Ärendenr',
    'Diarienummer',
    'Diarienr',
    'Dnr',
    'Journalnummer',
    'Journalnr',
    'Beslutsnummer',
    'Projektnummer',
    'Projekt-ID',
    'Projekt-id',
    'Case number',
    'Case no',
    'Reference number',
    'Project number',
    'Project ID',
    'Registration number',
  ],
  total: [
    'Total projektbudget',
    'Projektets totala budget',
    'Total budget för projektet',
    'Total projektkostnad',
    'Totala projektkostnader',
    'Total kostnad',
    'Totalbudget',
    'Total budget',
    'Omslutning',
    'Budget totalt',
    'Total eligible costs',
    'Total project budget',
    'Total project cost',
    'Total cost',
    'Budget',
  ],
  granted: [
    'Beviljat stöd',
    'Beviljat belopp',
    'Beviljade medel',
    'Beviljat bidrag',
    'Beviljat EU-stöd',
    'Beviljat ESF-stöd',
    'EU-stöd',
    'Regionalfondsmedel',
    'Stöd från',
    'Granted support',
    'Granted amount',
    'Grant',
    'EU contribution',
    'EU funding',
  ],
  cofinancing: [
    'Offentlig medfinansiering',
    'Privat medfinansiering',
    'Medfinansiering',
    'Co-financing',
    'Public co-financing',
    'Private co-financing',
  ],
  programme: [
    'Programområde',
    'Program',
    'Programme',
    'Program/fond',
    'Stödprogram',
    'Finansieringsprogram',
    'Funding programme',
    'Operational programme',
  ],
  county: ['Län', 'Region', 'County'],
  municipality: [
    'Kommuner',
    'Kommun',
    'Geografiskt område',
    'Geografiskt avgränsning',
    'Municipalities',
    'Municipality',
    'Geographical area',
  ],
  evaluator: [
    'Utvärderare',
    'Extern utvärderare',
    'Följeforskare',
    'Utförd av',
    'Evaluator',
    'Evaluation by',
    'Författare',
    'Rapportförfattare',
    'Authors',
    'Author',
  ],
  // "Berörd fond: ESF+" on a project bank's page: the fund that pays.
  funders: [
    // An agency's project database: "Samfinansiärer: Energimyndigheten, NCC Construction Sverige, SBUF".
    'Samfinansiärer',
    'Finansiärer',
    'Medfinansiärer',
    'Finansiär',
    'Funders',
    'Co-financiers',
    'Financed by',
    'Funded by',
    'Åtgärd och fond',
    'Berörd fond',
    // A Leader page's "Projekttyp, fond och åtgärd: Projektstöd inom Landsbygdsfonden …".
    'Projekttyp, fond och åtgärd',
    'Fond och åtgärd',
    // A Leader area's fact box: "Fond: Landsbygdsfonden", or the key on a line of its own above the fund.
    'Fond',
    // A fact box's "Finansiering: LONA, Knivsta kommun, Upplandsstiftelsen och Eda lägergårdsförening".
    'Finansiering',
    // A university's research news: "Extern finansiering: Energimyndigheten".
    'Extern finansiering',
    'External funding',
  ],
  partners: ['Medsökande', 'Samverkansparter', 'Samverkanspart', 'Projektpartner', 'Partners', 'Partner'],
  author: ['Författare', 'Author', 'Authors'],
  documentType: ['Rapporttyp', 'Typ av rapport', 'Report type'],
};

/** Labels that are ordinary words and need a colon (or a fact-box neighbour) to count. */
const WEAK = new Set([
  'Finansiering',
  'Projekt',
  'Project',
  'Organisation',
  'Program',
  'Period',
  'Start',
  'Slut',
  'Budget',
  'Region',
  'Län',
  'Kommun',
  'Grant',
  'Partner',
  'Partners',
  'Stöd från',
  'Fond',
  'County',
  'Author',
  'Authors',
]);

interface LabelRe {
  field: LabelField;
  label: string;
  re: RegExp;
}
// Built once: label at line start, then ":" / "-" / whitespace, then the value (maybe empty).
const ALL: LabelRe[] = (Object.entries(LABELS) as [LabelField, string[]][])
  .flatMap(([field, labels]) => labels.map((label) => ({ field, label })))
  .sort((a, b) => b.label.length - a.label.length)
  .map(({ field, label }) => ({
    field,
    label,
    re: new RegExp(
      `^${escapeRe(label).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])\\.?(?:\\s*\\([^)]{1,30}\\))?\\s*(:|\\s–\\s|\\s-\\s)?\\s*(.*)$`,
      'iu',
    ),
  }));

/** A label found on a line. */
export interface LabelHit {
  field: LabelField;
  label: string;
  value: string;
  page: number;
  lineIndex: number;
  /** True when a colon separated label and value (the strongest evidence). */
  colon: boolean;
}

// Labels indexed by their first two letters, so most lines are rejected without running any regex.
const BY_PREFIX = new Map<string, LabelRe[]>();
for (const l of ALL) {
  const k = l.label.slice(0, 2).toLowerCase();
  if (!BY_PREFIX.has(k)) BY_PREFIX.set(k, []);
  BY_PREFIX.get(k)!.push(l);
}

// A fact box copied from a web page loses the space between its cells: "ProjektägareRegion Örebro",
// "Projektperiod2012-01-02 till 2014-06-30". A label written as in the list, at once followed by a capital or a
// digit, is read as "label: value". Only labels that are no ordinary word and have six letters or more.
const GLUED = new Map<string, LabelRe[]>();
for (const l of ALL) {
  if (WEAK.has(l.label) || l.label.length < 6 || !/^\p{Lu}/u.test(l.label)) continue;
  const re = new RegExp(`^${escapeRe(l.label).replace(/ /g, '\\s+')}(?=[\\p{Lu}\\p{N}])(.*)$`, 'u');
  const k = l.label.slice(0, 2);
  GLUED.set(k, [...(GLUED.get(k) ?? []), { ...l, re }]);
}

// A label's line this long may be a list wrapped onto the next lines.
const LIST_WRAP_MIN = 60;

/** Reads the label at the start of a line, if any (longest label wins). */
export function labelAt(text: string): { field: LabelField; label: string; value: string; colon: boolean } | null {
  for (const { field, label, re } of GLUED.get(text.slice(0, 2)) ?? []) {
    const m = re.exec(text);
    if (m) return { field, label, value: m[1]!.trim(), colon: true };
  }
  for (const { field, label, re } of BY_PREFIX.get(text.slice(0, 2).toLowerCase()) ?? []) {
    const m = re.exec(text);
    if (!m) continue;
    // Case matters for bare labels: "Projektägare Ludvika kommun" yes, "projektägare är …" in prose no.
    if (!m[1] && text[0] !== text[0]!.toUpperCase()) continue;
    // "Applicant organisation: X", "Startdatum för insatsen: X": the whole key runs to the colon.
    const longer = m[1] ? null : colonLabel(text);
    // "Period som rapporten avser: …" is a reporting period, not the label "Period" with a value.
    if (longer && (longer.field === field || longer.label.length > label.length + 1)) return longer;
    return { field, label, value: (m[2] ?? '').trim(), colon: !!m[1] };
  }
  return colonLabel(text);
}

// Labels no list can hold ("Genomförandetid:", "Ansvarig projektorganisation:", "Beviljade EU-medel:")
// are read by what their words are made of. Only with a colon, and only a short capitalised key, so
// "Målet: att stärka …" or prose with a colon is left alone. First matching rule wins.
const KEY_RULES: [LabelField, RegExp][] = [
  ['partners', /(?:^|[\s/-])(?:med(?:sökande|aktör)|samverkans?part|medverkande)|(?<!lead )partner|co-?applicant/],
  ['funders', /^(?:övriga\s+|andra\s+|other\s+)?(?:finansiär(?:er(?:na)?)?|financiers?|funders?)$/],
  ['cofinancing', /medfinansi|co-?financ|co-?fund|egen insats|own contribution/],
  [
    'reportingPeriod',
    /(?:rapport|redovisnings|rapporterings|report(?:ing)?)\s?(?:period|tid)|(?:period|tid)\s.*(?:rapport|redovisning|report)|avser|this report covers|covered by this report/,
  ],
  ['evaluator', /utvärderare|följeforskare|evaluator|evaluated by/],
  // "Startdatum-Slutdatum: 2022-11-01 - 2023-12-31": both ends under one key.
  ['period', /^start(?:datum)?\s*[-–]\s*slut(?:datum)?$|^start-\s*och\s*slutdatum$|^start and end dates?$/],
  [
    'periodStart',
    /^(?:datum för |date of )?(?:planerad |beräknad |planned |expected |actual )?(?:projekt|project )?(?:start|begin)|startdatum|påbörja|start(?:ing)? date/,
  ],
  [
    'periodEnd',
    /^(?:datum för |date of )?(?:planerat |planerad |beräknat |beräknad |planned |expected |actual )?(?:projekt|project )?(?:slut(?:datum|et)?$|end$|completion)|slutdatum|avslut(?:ning|ad|at|as)?$|end(?:ing)? date/,
  ],
  ['period', /period|löptid|projekttid|genomförandetid|tidsram|tidplan|tidsperiod|duration|lifetime|time ?frame|(?:^|\s)tid$/],
  // The project manager's organisation is the one that runs the project: "Organisation Projektledare: Ecoloop AB".
  ['owner', /^organisation\s+projektledare$|^projektledarens organisation$|^project (?:manager|leader)'?s? organi[sz]ation$/],
  [
    'manager',
    // "leader" as a word after another: "Project leader", not "Beviljat leaderstöd", nor a Leader area's key ("Leader:
    // Nedre Dalälven").
    /(?:projekt|process|del)?ledare$|koordinator|samordnare|kontaktperson|^kontakt$|projektchef|manager|coordinator|[a-zåäö]\sleader\b|contact/,
  ],
  [
    'owner',
    /organisation som (?:driver|äger|ansvarar för|genomför) projektet|ägare|stödmottagare|mottagare av stöd|sökande|anordnare|huvudman|ansvarig (?:organisation|part|aktör)|organisation$|owner|beneficiary|lead partner|applicant|promoter/,
  ],
  [
    'projectName',
    /^(?:projektets|insatsens|the project's)\s+(?:namn|titel|name|title)$|^(?:namn på|name of)\s+(?:projektet|insatsen|the project)(?:\s*\/\s*activity)?$|^(?:insatsnamn|insatsens namn)$/,
  ],
  [
    'diary',
    /diary (?:no|number)|diarie|(?:^|[\s(])dnr|ärende|journal|beslutsnummer|referens|reference|ref\.?\s*(?:no|nr)|case (?:no|number|id)|projekt-?(?:nummer|nr|id)|project (?:no|number|id)/,
  ],
  // Not support applied for, paid out so far or given in kind ("Utbetalt EU-stöd hittills", "Bidrag i annat än pengar").
  [
    'granted',
    /^(?!sökt|ansökt|begärt|requested|applied|utbetal|paid|upparbetat|rekvirerat|.*(?:annat än pengar|in kind|in-kind|ideell|hittills|to date|so far)).*(?:^(?:varav\s+)?(?:eruf|erdf|esf|ejflu|eafrd|eu-?stöd|eu-?medel|regionalfondsmedel|socialfondsmedel)$|beviljat|beviljade|beviljad finansiering|(?:^|[-\s])stöd(?:et)?(?:$|\s(?:från|ur))|stödbelopp|^bidrag|eu-?medel|fondsmedel|^grant|grant$|granted|(?:eu|erdf|eruf|esf|eafrd|fund|interreg) contribution|eu funding|^(?!total)[\p{L}-]+ (?:funding|grant)$)/u,
  ],
  // A cost category ("Indirekta kostnader  937  918") is not the total: the key must say total.
  [
    'total',
    /total|omslutning|summa|projektbudget|^budget(?:$| för projektet| totalt)|totalbudget|projektkostnad|kostnader totalt|^project (?:budget|cost)/,
  ],
  ['programme', /program|fond$|insatsområde|prioriteringsaxel|tematiskt mål|programme|fund$|priority axis/],
  // "Kommuner", "Deltagande kommuner", not an organisation's name ("Malung-Sälens kommun").
  ['municipality', /^(?:(?:deltagande|berörda|medverkande|ingående|participating)\s+)?(?:kommun(?:er)?|municipalit(?:y|ies))$|geografiskt/],
  ['county', /^län$|county/],
];
// The key ends at a colon or at a cell gap ("Planned start  2024-09-01", two spaces: see layout.ts).
// "varav ERUF  9 320 000 kr": the share of a total above, the one key that starts in lower case.
const COLON_LABEL = /^((?:varav\s+)?[\p{Lu}][\p{L}\p{N}/()\-–.+ ]{1,60}?)(?:\s*:\s*|\s{2,})(.*)$/u;

/** "Genomförandetid 2013 09 01 …": a capitalised compound word that reads as a label, then its value. */
function compoundLabel(text: string): { field: LabelField; label: string; value: string; colon: boolean } | null {
  // "Beslutat stöd 1 197 000 kronor", "Stöd enligt beslut 900 000 kr": a short key of lower-case words before a figure.
  // "Bidrag i annat än pengar …": a key that goes on in lower case is longer than its first word.
  const m = /^([\p{Lu}][\p{Ll}-]{5,})\s+(?!\p{Ll})(\S.*)$/u.exec(text);
  const field = m && fieldOfKey(m[1]!);
  if (field) return { field, label: m[1]!, value: m[2]!.trim(), colon: false };
  // Only an amount, to the end of the line, after a money key of a few words (never a count or a sentence).
  const money =
    /^([\p{Lu}][\p{Ll}-]+(?:\s+[\p{Ll}][\p{Ll}-]*){1,3})\s+((?:SEK|EUR)?\s*\d[\d\s.,]*(?:\s*(?:kr|kronor|tkr|mkr|Mkr|MSEK|KSEK|SEK|EUR|miljoner kronor|:-))?)$/u.exec(
      text,
    );
  const moneyField = money && !/^(?:antal|andel)/iu.test(money[1]!) ? fieldOfKey(money[1]!) : null;
  return moneyField && ['total', 'granted', 'cofinancing'].includes(moneyField)
    ? { field: moneyField, label: money![1]!, value: money![2]!.trim(), colon: false }
    : null;
}

const KEY_ONLY_FIELDS = new Set<LabelField>(['owner', 'manager', 'period', 'periodStart', 'periodEnd', 'diary', 'programme', 'evaluator']);

/** A line that is only a label's name ("Stödmottagarens namn", "Planerat slutdatum"), value to follow. */
function keyOnly(text: string): { field: LabelField; label: string; value: string; colon: boolean } | null {
  // "Sökande organisation (projektägare)": a qualifier in brackets may follow the name.
  if (
    !/^[\p{Lu}][\p{L}\s/-]{3,40}(?:\s*\([\p{L}\s/-]{2,30}\))?:?$/u.test(text) ||
    text.replace(/\s*\([^()]*\)/u, '').split(/\s+/).length > 3 ||
    text.includes(CELL_GAP)
  )
    return null;
  const label = text.replace(/:$/, '').trim();
  // Money names alone on a line are mostly table headers ("Kostnadsslag  Belopp"); their cells follow.
  const field = fieldOfKey(label);
  return field && KEY_ONLY_FIELDS.has(field) ? { field, label, value: '', colon: text.endsWith(':') } : null;
}

/**
 * A money field's name alone on its line with the amount on the next, as e-services print their forms:
 * "Beviljat stöd, kronor" / "412 500". The unit in the name goes with the amount.
 */
function moneyKeyAbove(text: string, next: string | undefined): { field: LabelField; label: string; value: string; colon: boolean } | null {
  const amount = next?.trim() ?? '';
  if (!/^(?:SEK|EUR|MSEK)?\s*\d[\d\s.,]*(?:\s*(?:kr|kronor|tkr|mkr|Mkr|mnkr|MSEK|miljoner kronor|SEK|EUR|:-))?$/u.test(amount)) return null;
  const m = /^([\p{Lu}][\p{L}\s/-]{3,70}?)(?:,\s*|\s*\()?(kronor|kr|tkr|sek|ksek|msek|mkr|tusen kronor|eur)?\)?:?$/iu.exec(text.trim());
  if (!m || m[1]!.trim().split(/\s+/).length > 9 || /^(?:antal|andel|number|share)/iu.test(m[1]!)) return null;
  const field = fieldOfKey(m[1]!);
  if (field !== 'total' && field !== 'granted' && field !== 'cofinancing') return null;
  return { field, label: m[1]!.trim(), value: m[2] && !/\p{L}/u.test(amount) ? `${amount} ${m[2]}` : amount, colon: true };
}

/** A "Key: value" line whose key is not a known label but reads as one, or null. */
export function colonLabel(text: string): { field: LabelField; label: string; value: string; colon: boolean } | null {
  const m = COLON_LABEL.exec(text);
  if (!m) return null;
  const key = m[1]!.trim();
  // Counts and shares are never labels of this record: "Antal företag som får stöd  40  46".
  if (/^(?:antal|andel|number of|share of|procent|percentage)/i.test(key)) return null;
  // A bracketed qualifier does not count towards the key's length: "Swedish Energy Agency ref. no. (Dnr)".
  if (
    key.replace(/\s*\([^()]*\)/gu, '').split(/\s+/).length > (text.includes(':') ? 5 : 8) ||
    (/[.]$/.test(key) && !/(?:no|nr|ref)\.$/iu.test(key)) ||
    !m[2]!.trim()
  )
    return null;
  const field = fieldOfKey(key);
  return field ? { field, label: key, value: m[2]!.trim(), colon: true } : null;
}

const KNOWN_LABELS = new Set(
  Object.values(LABELS)
    .flat()
    .map((l) => l.toLowerCase()),
);
// Names of fields that are not in the record but stand in such rows.
const OTHER_KEYS = /^(?:datum|date|vår referens|er referens|our ref(?:erence)?|your ref(?:erence)?|sida|page|handläggare|beslutsdatum)$/iu;

/** The cells of a line that are all field names ("Datum  Diarienummer"), or null. */
export function keyRow(text: string): (string | null)[] | null {
  const parts = text
    .split(CELL_GAP)
    .map((c) => c.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.some((p) => /\d/.test(p) || p.split(/\s+/).length > 4)) return null;
  // Only names the label lists hold: a value such as "Malung-Sälens kommun" reads as a key by its words.
  const keys = parts.map((p) => (OTHER_KEYS.test(p) ? null : KNOWN_LABELS.has(p.replace(/:$/, '').toLowerCase()) ? p : undefined));
  if (keys.some((k) => k === undefined) || !keys.some((k) => k)) return null;
  return keys as (string | null)[];
}

/** The field a label's key reads as, by the first of KEY_RULES that matches it. */
export function fieldOfKey(key: string): LabelField | null {
  // A qualifier in brackets does not change the field: "Total budget (hela projekttiden)" is a budget.
  // "Support granted by Leader Gotland": the field is in the words before the payer's name.
  const bare = key
    .replace(/\s+(?:by|från|from|av|hos|ur)\s+\p{Lu}.*$/u, '')
    .toLowerCase()
    .replace(/\s*\([^()]*\)/gu, '')
    .trim();
  // "Swedish Energy Agency ref. no. (Dnr)": when the words outside the brackets name no field, the bracket does.
  const k = bare && ruleField(bare) ? bare : ruleField(key.toLowerCase()) === 'diary' ? key.toLowerCase() : bare || key.toLowerCase();
  // "Diarienummer hos sökanden", "Kontaktperson för projektet": the head word before a preposition decides.
  return ruleField(k);
}

function ruleField(k: string): LabelField | null {
  // "Projektägare och kontaktpersoner": of two keys joined, the first names the field.
  const head = /^(\S+)\s+(?:hos|för|från|enligt|vid|inom|at|for|from|of|in|och|samt|and)\s/u.exec(k)?.[1];
  const byHead = head ? KEY_RULES.find(([, re]) => re.test(head))?.[0] : undefined;
  return byHead ?? KEY_RULES.find(([, re]) => re.test(k))?.[0] ?? null;
}

// A form's keys that no field needs, but that stand between a key and its value.
const FORM_KEY =
  /^(?:(?:Person-?\s*\/\s*)?Organisationsnummer|Org\.?\s?nr\.?|Datum(?: för [\p{L} ]{3,30})?|Telefon(?:nummer)?|E-post(?:adress)?|(?:Post|Besöks)?adress|Version|Bankgiro|Plusgiro)\s*:?$/iu;
// A page's section names, never a value: a key whose value was stripped is followed by the next heading.
const SECTION_WORD =
  /^(?:Kontaktuppgifter|Kontaktinformation|Kontakt|Slutrapport|Sammanfattning|Bakgrund|Syfte|Mål|Resultat|Dokument|Bilagor|Länkar|Relaterat|Contact(?: details)?|Summary|Background|Documents|Links)\s*:?$/u;
// The second of two stacked keys takes its value only when the value has its field's shape.
const SHAPED_VALUE: Partial<Record<LabelField, RegExp>> = {
  diary: /^[\p{L}]{0,6}[\s/.-]?\d[\d\p{L}\s\-/:.&]{3,40}$/u,
  period: /\d{4}.*\d|\d{6}\s*[-–]\s*\d{6}/u,
  total: /\d.*(?:kr|sek|kronor)/iu,
  granted: /\d.*(?:kr|sek|kronor)/iu,
};

// A key inside a run of text: up to four words before a colon, the first capitalised.
const RUN_KEY = /(?<=^|\s)(\p{Lu}[\p{L}\p{N}.-]*(?:\s+[\p{L}\p{N}.-]+){0,3}?)\s*:(?=\s|$)/gu;
// The fewest keys that make a line a fact box rather than a sentence with a colon.
const KEY_RUN_MIN = 3;
// A value longer than this between two keys is running text, not a fact box's cell.
const KEY_RUN_VALUE_MAX = 120;
// The most lines a run goes on over.
const KEY_RUN_LINES = 6;

/**
 * A fact box printed as one run of text, cut into its "Key: value" cells, or null: "Projekt: Renovering av småhus
 * Utförare: Lunds universitet Samfinansiärer: Energimyndigheten, SBUF Projektstart: juli 2014 Projektslut: november
 * 2017 Projektledare: Åke Blomsterberg". Each key is the fewest words before its colon, starting with a capital,
 * that read as a key ("Energimyndighetens projektnummer", not "Ekström Energimyndighetens projektnummer"). Only
 * with three keys or more, the first at the line's start, and no cell longer than a fact box's.
 */
export function keyRun(text: string): string[] | null {
  const starts = runKeyStarts(text);
  if (starts.length < KEY_RUN_MIN || starts[0] !== 0) return null;
  const cells = starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).trim());
  return cells.every((c) => c.length <= KEY_RUN_VALUE_MAX) ? cells : null;
}

/**
 * True when a line is part of a fact box run on over lines: two keys or more, or a key after the end of the cell
 * above ("2014 Projektslut: november 2017"). A line of one key and its value is a fact box's line of its own.
 */
function runsOn(text: string): boolean {
  const starts = runKeyStarts(text);
  return starts.length >= 2 || (starts.length === 1 && starts[0]! > 0);
}

/** Where each key of a run of "Key: value" cells starts. */
function runKeyStarts(text: string): number[] {
  const starts: number[] = [];
  if (text.length > 1500 || !text.includes(':')) return starts;
  for (const m of text.matchAll(RUN_KEY)) {
    const words = m[1]!.split(/\s+/);
    for (let k = words.length - 1; k >= 0; k--) {
      const key = words.slice(k).join(' ');
      if (!/^\p{Lu}/u.test(key)) continue;
      if (fieldOfKey(key) || labelAt(`${key}: x`)?.colon) starts.push(m.index! + m[1]!.length - key.length);
      break;
    }
  }
  return starts;
}

/** Finds every label–value pair in the document. */
/**
 * A line that is another key of a fact box with its value ("Country: SE", "Partner budget: 1.578.369 EUR",
 * "E-post: …"), never the value of the key above it. A country's key is not such a line: "Projektägare" / "Sverige:
 * Länsstyrelsen Värmland" names the Swedish side's owner.
 */
const KEY_WITH_VALUE =
  /^(?:Country|Land|Partner budget|Budget|Amount of [\p{L}\s]+|Website|Webbplats|Hemsida|E-post|E-mail|Email|Telefon|Tel|Phone|Adress|Address|Organisationsnummer|Org\.?\s?nr)\s*:\s+\S/iu;

export function findLabels(formLines: Line[]): LabelHit[] {
  // "1.1 Applicant organisation", "2.3 Projektets namn": a form's field number is not part of the key.
  // A fact box set as a bulleted list ("• Projektägare: …", "• Program: Leader Blekinge"): the bullet is no part of the key,
  // which needs its colon there.
  const lines = formLines.map((l) => ({
    ...l,
    text: l.text.replace(/^\d{1,2}(?:\.\d{1,2})+\s+(?=\p{Lu})/u, '').replace(/^\s*[•·▪‣◦●○■□►]\s+(?=\p{Lu}[\p{L}\s/()-]{1,40}:\s)/u, ''),
  }));
  // Two fields on one line in cells of their own: "Projektstart: 1 mars 2024  Projektslut: 28 februari 2026".
  const cells = lines.map((l) => {
    const parts = l.text
      .split(CELL_GAP)
      .map((c) => c.trim())
      .filter(Boolean);
    const read = parts.map((c) => (/:\s*\S/.test(c) ? labelAt(c) : null));
    return parts.length >= 2 && read.filter((r) => r?.colon).length >= 2 ? read.filter((r): r is NonNullable<typeof r> => !!r) : null;
  });
  // A fact box printed as one run of text and wrapped over lines, each with a key: "Projekt: X Utförare: Y" /
  // "Samfinansiärer: Z Projektstart: juli" / "2014 Projektslut: november 2017 …". Its cells are read on its first line;
  // the lines it goes on over read as nothing else.
  const inRun = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (cells[i] || !labelAt(lines[i]!.text)?.colon || !runsOn(lines[i]!.text)) continue;
    let end = i;
    let text = lines[i]!.text;
    while (end + 1 < lines.length && end - i < KEY_RUN_LINES && lines[end + 1]!.page === lines[i]!.page && runsOn(lines[end + 1]!.text)) {
      end++;
      text = `${text} ${lines[end]!.text}`;
    }
    // "… Projektledare:" / "Ing-Britt Pettersson Nyholm 2. Sammanfattning …": the last key's value on the next line.
    if (/:$/u.test(text.trimEnd()) && lines[end + 1]?.page === lines[i]!.page) text = `${text} ${lines[++end]!.text}`;
    const run = keyRun(text);
    if (!run) continue;
    cells[i] = run.map(labelAt).filter((r): r is NonNullable<typeof r> => !!r?.colon && !!r.value);
    for (let k = i; k <= end; k++) inRun.add(k);
    i = end;
  }
  const raw = lines.map((l, i) => cells[i]?.[0] ?? (inRun.has(i) ? null : labelAt(l.text)));
  // A row of field names over a row of values, as letters and forms print them:
  // "Datum  Diarienummer" / "2019-05-14  303-2745-2019".
  const rowHits: LabelHit[] = [];
  lines.forEach((l, i) => {
    const keys = keyRow(l.text);
    const values = lines[i + 1]?.text
      .split(CELL_GAP)
      .map((c) => c.trim())
      .filter(Boolean);
    if (!keys || !values || values.length !== keys.length) return;
    keys.forEach((k, j) => {
      const field = k && fieldOfKey(k);
      if (field) rowHits.push({ field, label: k!, value: values[j]!, page: lines[i + 1]!.page, lineIndex: i + 1, colon: true });
    });
    raw[i] = null;
    raw[i + 1] = null;
  });
  // In a fact box, a one-word label no list holds ("Genomförandetid 2013-09-01 – 2014-11-30"); a
  // form field's name alone on its line with the answer below ("Stödmottagarens namn").
  raw.forEach((r, i) => {
    const money = !r || !/\d/.test(r.value) ? moneyKeyAbove(lines[i]!.text, lines[i + 1]?.text) : null;
    if (money) {
      raw[i] = money;
      raw[i + 1] = null;
      return;
    }
    if (!r && (raw[i - 1] || raw[i + 1])) raw[i] = compoundLabel(lines[i]!.text);
    // "… 1,100,272 euros from the European Regional" / "Development Fund": the tail of a wrapped sentence is no key.
    const tailOfSentence =
      i > 0 &&
      lines[i - 1]!.page === lines[i]!.page &&
      !raw[i - 1] &&
      lines[i - 1]!.text.length >= 60 &&
      /\p{L}$/u.test(lines[i - 1]!.text);
    if (!raw[i] && !tailOfSentence) raw[i] = keyOnly(lines[i]!.text);
    // "Applicant organisation" alone on its line: the longer key, not "Applicant" with the value "organisation".
    const whole = raw[i] && !raw[i]!.colon && /^\p{Ll}+$/u.test(raw[i]!.value) ? keyOnly(lines[i]!.text) : null;
    if (whole && whole.label.length > raw[i]!.label.length) raw[i] = whole;
  });
  // "Finansiering" keys a list of payers ("LONA, Knivsta kommun, Upplandsstiftelsen och …"); over a sentence or an amount
  // it is a heading or a money key, and no key of a fact box.
  raw.forEach((r, i) => {
    if (r?.label === 'Finansiering' && !/^\p{Lu}[^.!?\d]{1,200}$/u.test((r.value || lines[i + 1]?.text || '').trim())) raw[i] = null;
  });
  const hits: LabelHit[] = [];
  raw.forEach((r, i) => {
    if (!r) return;
    const line = lines[i]!;
    // A fact box has several labelled lines together; there even "Program Regionalfondsprogram …" counts.
    // Keys alone on their lines, each over its value ("Total project cost" / "€6.1M" / "Period" / "2015-09-01 …"), are a
    // fact box too.
    const alternating =
      !r.value && ((!!raw[i - 2] && !raw[i - 2]!.value && !raw[i - 1]) || (!!raw[i + 2] && !raw[i + 2]!.value && !raw[i + 1]));
    const inBox = !!(raw[i - 1] || raw[i + 1]) || alternating;
    const strongLabel = !WEAK.has(r.label);
    let value = r.value;
    // A form's keys two by two over their values: "Stödmottagare" / "Organisationsnummer" / "Region X" /
    // "16232100-0222". The first key's value is two lines down, the second key's three (where its shape fits).
    const keyLike = (k: number) => !!lines[k] && ((!!raw[k] && !raw[k]!.value) || FORM_KEY.test(lines[k]!.text));
    // A value may begin with an ordinary label word ("Region Västerbotten"), never with a true label.
    const plain = (k: number) => !!lines[k] && !keyLike(k) && !SECTION_WORD.test(lines[k]!.text) && (!raw[k] || WEAK.has(raw[k]!.label));
    const personFor = (k: number) => raw[k]?.field !== 'manager' || startsWithGivenName(lines[k + 2]?.text ?? '');
    // A manager's value is a person: "GR:s roll" / "Delprojektledare" / "Projektägare" / "Västra Götalandsregionen" is a
    // role as a value, then a key over its own value.
    if (!value && keyLike(i + 1) && plain(i + 2) && personFor(i)) {
      hits.push({ field: r.field, label: r.label, value: lines[i + 2]!.text, page: line.page, lineIndex: i, colon: false });
      return;
    }
    if (!value && keyLike(i - 1) && !keyLike(i + 1) && plain(i + 2) && personFor(i - 1)) {
      const v = lines[i + 2]!.text;
      if (SHAPED_VALUE[r.field]?.test(v))
        hits.push({ field: r.field, label: r.label, value: v, page: line.page, lineIndex: i, colon: false });
      return;
    }
    // "Projektägare" alone, the value on the next line (not itself a label).
    if (!value) {
      const next = lines[i + 1];
      // "Sökande:" / "Region Blekinge län": after a key's colon, a line that starts with an ordinary label word is its
      // value, not a key of its own.
      const weakNext = !!raw[i + 1] && r.colon && !raw[i + 1]!.colon && WEAK.has(raw[i + 1]!.label) && next?.page === line.page;
      if (
        !next ||
        (raw[i + 1] && !weakNext) ||
        SECTION_WORD.test(next.text) ||
        // "Lead Partner" / "Country: SE": a key with its value below a key whose value was stripped.
        KEY_WITH_VALUE.test(next.text) ||
        line.text.replace(/\s*\([^()]*\)\s*:?$/u, '').length > r.label.length + 2
      )
        return;
      if (weakNext) raw[i + 1] = null;
      // "Karin Berg" / "Project manager": a signature's role under the name, not a label over a value.
      // In a fact box of keys over values, the line above is the value of the key above it ("Projektägare" /
      // "Astrid Lindgrens Hembygd" / "Projektledare" / "Ulrika Virensjö").
      const above = lines[i - 1]?.text ?? '';
      const valueOfKeyAbove = !!raw[i - 2] && !raw[i - 2]!.value;
      if (r.field === 'manager' && /^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2}$/u.test(above) && !valueOfKeyAbove && !namedAfterPerson(above))
        return;
      if (!(strongLabel || r.colon || inBox)) return;
      value = next.text;
    } else if (!r.colon && !inBox && !(r.field === 'diary' && /^[A-ZÅÄÖ]{0,4}[\s/.]?\d[\dA-Z\-/:.]{3,}$/u.test(value))) {
      // Bare "Label value" only inside a fact box; in running text it is the start of a sentence. A case
      // number is its own evidence: "Project ID 20201788" on a cover.
      return;
    } else if (
      !r.colon &&
      value.split(/\s+/).length > 4 &&
      !raw[i + 1] &&
      /^[\p{Ll}\p{N}]/u.test(lines[i + 1]?.text ?? '') &&
      !/[.!?]$/.test(value)
    ) {
      // A sentence that starts with a label word and wraps on: "Beviljat stöd från Leader X, finansierat …\nfonden …".
      return;
    }
    // "Period: January 2021 – December" / "2023": a date broken over the line end goes on.
    if (
      /^(?:period|periodStart|periodEnd|reportingPeriod)$/.test(r.field) &&
      /(?:[–-]|(?<![\p{L}])(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mars?|march|apr(?:il)?|maj|may|juni?|june|juli?|july|aug(?:usti|ust)?|sep(?:tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\s*$/iu.test(
        value,
      ) &&
      (/^\d{4}(?![\d-])/u.test(lines[i + 1]?.text ?? '') ||
        (/[–-]\s*$/u.test(value) && /^(?:\d{1,2}[ ./]|\p{Lu}\p{Ll}+\s+\d)/u.test(lines[i + 1]?.text ?? ''))) &&
      !raw[i + 1]
    )
      value = `${value} ${lines[i + 1]!.text}`;
    // "Medfinansiärer: …, Länsstyrelsen i Västra" / "Götaland": a name broken over the line end after a word that
    // cannot end one goes on.
    if (
      /^(?:owner|funders|programme)$/.test(r.field) &&
      /\s(?:i|och|för|av|på|Västra|Östra|Norra|Södra|Mellersta|Nedre|Övre|of|and|for|the)$/u.test(value) &&
      !raw[i + 1] &&
      (lines[i + 1]?.text.length ?? 99) <= 40 &&
      lines[i + 1]?.page === line.page
    )
      value = `${value} ${lines[i + 1]!.text.trim()}`;
    // "Medfinansiärer: Kramfors kommun, …, Österbottens" / "förbund, Världsarvet i Kvarken rf, Visit Vaasa": a long list of
    // names wraps on into lines that go on in lower case, or after a comma.
    if (/^(?:owner|funders|partners)$/.test(r.field) && r.colon && line.text.length >= LIST_WRAP_MIN && !inRun.has(i)) {
      for (let k = i + 1; k <= i + 2; k++) {
        const nx = lines[k];
        if (!nx || nx.page !== line.page || raw[k] || /:\s*$/u.test(nx.text)) break;
        if (!(/^\p{Ll}/u.test(nx.text.trim()) || /,\s*$/u.test(lines[k - 1]!.text))) break;
        value = `${value} ${nx.text.trim()}`;
        if (nx.text.length < LIST_WRAP_MIN) break;
      }
    }
    // "Organisation  Role  Contact": a table's head row, one word a cell, not a label with a value.
    if (
      WEAK.has(r.label) &&
      value.split(CELL_GAP).filter((c) => c.trim()).length >= 2 &&
      value.split(CELL_GAP).every((c) => !/\s/.test(c.trim()))
    )
      return;
    // "… is being discussed with" / "Region Dalarna.": a sentence wrapped before an ordinary label word.
    if (
      !r.colon &&
      WEAK.has(r.label) &&
      (/[.]$/.test(value) || /(?<![\p{L}])(?:with|and|by|of|to|for|med|och|av|till|för|hos|i|in)$/iu.test(lines[i - 1]?.text ?? ''))
    )
      return;
    // Sentences that happen to start with a label word are not values: "Projektledare har varit …", "Program för det
    // samiska kulturlandskapet 2021–2025 har tagits fram i projektform, med …".
    if (!r.colon && /^(?:är|var|har|hade|ska|skulle|kommer|is|was|has|had|will)\b/i.test(value)) return;
    if (
      !r.colon &&
      /^\p{Ll}/u.test(value) &&
      /\s(?:har|hade|är|var|ska|skall|skulle|kommer|blir|blev|kan|has|have|is|was|will)\s/u.test(value)
    )
      return;
    hits.push({ field: r.field, label: r.label, value, page: line.page, lineIndex: i, colon: r.colon });
    for (const more of cells[i]?.slice(1) ?? []) hits.push({ ...more, page: line.page, lineIndex: i });
  });
  return [...hits, ...rowHits].sort((a, b) => a.lineIndex - b.lineIndex);
}

/** The first hit for a field (cover and fact boxes come first in page order). */
export function firstLabel(hits: LabelHit[], field: LabelField): LabelHit | undefined {
  return hits.find((h) => h.field === field);
}

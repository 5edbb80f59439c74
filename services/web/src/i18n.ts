import { settings } from './settings';

const sv = {
  skip: 'Hoppa till innehållet',
  tagline: 'Lärdomar från regionala utvecklingsprojekt',
  navSearch: 'Sök', navCompare: 'Jämför', navIngest: 'Ladda upp', settings: 'Inställningar',
  searchLabel: 'Sök bland lärdomar och rapporter', searchPlaceholder: 't.ex. styrgrupp landsbygd',
  modeLessons: 'Lärdomar', modeReports: 'Rapporter',
  filters: 'Filter', clearAll: 'Rensa alla', remove: 'Ta bort filter',
  facet_county: 'Län', facet_municipality: 'Kommun', facet_owner: 'Projektägare', facet_documentType: 'Dokumenttyp',
  facet_theme: 'Tema', facet_programme: 'Program', facet_year: 'År',
  budget: 'Total budget (kr)', budgetMin: 'Minst', budgetMax: 'Högst',
  period: 'Aktiv under perioden', activeFrom: 'Från', activeTo: 'Till', apply: 'Använd',
  sort: 'Sortering', sort_relevance: 'Relevans', 'sort_budget:desc': 'Störst budget', 'sort_budget:asc': 'Minst budget',
  'sort_start:desc': 'Senast startade', 'sort_start:asc': 'Tidigast startade',
  results: (n: number) => (n === 1 ? '1 träff' : `${n.toLocaleString('sv-SE')} träffar`),
  noResults: 'Inga träffar. Pröva färre ord eller ta bort ett filter.',
  more: 'Visa fler', openReport: 'Öppna rapporten', addCompare: 'Lägg till i jämförelse', inCompare: 'I jämförelsen',
  owner: 'Projektägare', county: 'Län', municipalities: 'Kommuner', periodLabel: 'Projektperiod', months: (n: number) => `${n} mån`,
  documentType: 'Dokumenttyp', language: 'Språk', diaryNumber: 'Diarienummer', totalBudget: 'Total budget',
  grantedBudget: 'Beviljat stöd', funders: 'Finansiärer', programme: 'Program', projectManager: 'Projektledare',
  themes: 'Teman', summary: 'Sammanfattning', lessons: 'Lärdomar', projectName: 'Projektnamn',
  source: 'Källa', page: 'sid.', corrected: 'Rättad för hand', edit: 'Rätta', save: 'Spara', cancel: 'Avbryt',
  original: 'Originalrapporten (PDF)', similar: 'Liknande projekt', sharedTerms: 'Gemensamma ord', sharedThemes: 'Samma tema',
  sameCounty: 'Samma län', noSimilar: 'Inga liknande projekt hittades.', notFound: 'Rapporten finns inte.',
  compareTitle: 'Jämför projekt', compareEmpty: 'Lägg till 2–5 rapporter med ”Lägg till i jämförelse” från sökträffarna.',
  compareHint: 'Rader där projekten skiljer sig är markerade.', tray: 'Jämförelse', trayOpen: 'Jämför', trayClear: 'Töm',
  differs: 'skiljer sig',
  ingestTitle: 'Ladda upp rapporter', ingestDrop: 'Släpp PDF-filer här, eller välj filer', ingestChoose: 'Välj filer',
  ingestNeedsKey: 'Ange en skrivnyckel under Inställningar för att ladda upp.',
  status_uploading: 'Laddar upp', status_queued: 'I kö', status_processing: 'Bearbetas', status_indexed: 'Klar och sökbar',
  status_failed: 'Misslyckades', duplicate: 'fanns redan',
  writeKey: 'Skrivnyckel (för uppladdning och rättelser)', readKey: 'Läsnyckel (om servern kräver en)',
  keysNote: 'Nycklarna sparas bara i den här webbläsaren.', close: 'Stäng', langSwitch: 'In English',
  docType_final_report: 'Slutrapport', docType_evaluation: 'Utvärdering', docType_progress_report: 'Lägesrapport',
  docType_project_description: 'Projektbeskrivning', docType_other: 'Annat',
  err_empty_file: 'Filen är tom.', err_not_pdf: 'Filen är ingen PDF.', err_pdf_corrupt: 'PDF-filen är skadad eller ofullständig.',
  err_pdf_encrypted: 'PDF-filen är lösenordsskyddad.', err_no_text_layer: 'PDF-filen saknar text (en skanning utan OCR).',
  err_too_large: 'Filen är för stor.', err_timeout: 'Det tog för lång tid att läsa filen.',
  err_unauthorized: 'Nyckeln saknas eller är fel.', err_forbidden: 'Nyckeln får inte göra det.',
  errorGeneric: 'Något gick fel', loading: 'Laddar…',
};

type Dict = typeof sv;

const en: Dict = {
  skip: 'Skip to content',
  tagline: 'Lessons learned from regional development projects',
  navSearch: 'Search', navCompare: 'Compare', navIngest: 'Upload', settings: 'Settings',
  searchLabel: 'Search lessons learned and reports', searchPlaceholder: 'e.g. steering group rural',
  modeLessons: 'Lessons', modeReports: 'Reports',
  filters: 'Filters', clearAll: 'Clear all', remove: 'Remove filter',
  facet_county: 'County', facet_municipality: 'Municipality', facet_owner: 'Project owner', facet_documentType: 'Document type',
  facet_theme: 'Theme', facet_programme: 'Programme', facet_year: 'Year',
  budget: 'Total budget (SEK)', budgetMin: 'At least', budgetMax: 'At most',
  period: 'Active during', activeFrom: 'From', activeTo: 'To', apply: 'Apply',
  sort: 'Sort', sort_relevance: 'Relevance', 'sort_budget:desc': 'Largest budget', 'sort_budget:asc': 'Smallest budget',
  'sort_start:desc': 'Started most recently', 'sort_start:asc': 'Started earliest',
  results: (n: number) => (n === 1 ? '1 result' : `${n.toLocaleString('en-GB')} results`),
  noResults: 'No results. Try fewer words or remove a filter.',
  more: 'Show more', openReport: 'Open the report', addCompare: 'Add to comparison', inCompare: 'In comparison',
  owner: 'Project owner', county: 'County', municipalities: 'Municipalities', periodLabel: 'Project period', months: (n: number) => `${n} months`,
  documentType: 'Document type', language: 'Language', diaryNumber: 'Case number', totalBudget: 'Total budget',
  grantedBudget: 'Granted support', funders: 'Funders', programme: 'Programme', projectManager: 'Project manager',
  themes: 'Themes', summary: 'Summary', lessons: 'Lessons learned', projectName: 'Project name',
  source: 'Source', page: 'p.', corrected: 'Corrected by hand', edit: 'Correct', save: 'Save', cancel: 'Cancel',
  original: 'The original report (PDF)', similar: 'Similar projects', sharedTerms: 'Shared words', sharedThemes: 'Same theme',
  sameCounty: 'Same county', noSimilar: 'No similar projects found.', notFound: 'No such report.',
  compareTitle: 'Compare projects', compareEmpty: 'Add 2–5 reports with “Add to comparison” from the search results.',
  compareHint: 'Rows where the projects differ are marked.', tray: 'Comparison', trayOpen: 'Compare', trayClear: 'Clear',
  differs: 'differs',
  ingestTitle: 'Upload reports', ingestDrop: 'Drop PDF files here, or choose files', ingestChoose: 'Choose files',
  ingestNeedsKey: 'Enter a write key under Settings to upload.',
  status_uploading: 'Uploading', status_queued: 'Queued', status_processing: 'Processing', status_indexed: 'Done and searchable',
  status_failed: 'Failed', duplicate: 'already there',
  writeKey: 'Write key (uploads and corrections)', readKey: 'Read key (if the server requires one)',
  keysNote: 'Keys are kept in this browser only.', close: 'Close', langSwitch: 'På svenska',
  docType_final_report: 'Final report', docType_evaluation: 'Evaluation', docType_progress_report: 'Progress report',
  docType_project_description: 'Project description', docType_other: 'Other',
  err_empty_file: 'The file is empty.', err_not_pdf: 'The file is not a PDF.', err_pdf_corrupt: 'The PDF is damaged or incomplete.',
  err_pdf_encrypted: 'The PDF is password protected.', err_no_text_layer: 'The PDF has no text (a scan without OCR).',
  err_too_large: 'The file is too large.', err_timeout: 'Reading the file took too long.',
  err_unauthorized: 'The key is missing or wrong.', err_forbidden: 'This key may not do that.',
  errorGeneric: 'Something went wrong', loading: 'Loading…',
};

/** The strings of the chosen language. */
export function t(): Dict {
  return settings.lang() === 'en' ? en : sv;
}

/** A dictionary entry by a computed key, falling back to the key itself. */
export function tk(key: string): string {
  const v = (t() as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : key;
}

/** Kronor, grouped the Swedish way. */
export function sek(n: number | null | undefined): string {
  if (n === null || n === undefined) return '–';
  return `${n.toLocaleString(settings.lang() === 'en' ? 'en-GB' : 'sv-SE')} kr`;
}

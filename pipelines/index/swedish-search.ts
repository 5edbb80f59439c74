/**
 * Words Meilisearch ignores in queries: the commonest Swedish and English function words. Content
 * words that matter in reports ("kommun", "projekt", "region") are deliberately not here.
 */
export const STOP_WORDS: string[] = [
  // Swedish
  'och',
  'i',
  'att',
  'det',
  'som',
  'en',
  'på',
  'är',
  'av',
  'för',
  'med',
  'till',
  'den',
  'har',
  'de',
  'inte',
  'om',
  'ett',
  'men',
  'var',
  'sig',
  'från',
  'vi',
  'så',
  'kan',
  'när',
  'under',
  'också',
  'efter',
  'eller',
  'nu',
  'sin',
  'där',
  'vid',
  'mot',
  'ska',
  'skulle',
  'ut',
  'får',
  'vara',
  'hade',
  'än',
  'här',
  'då',
  'sedan',
  'över',
  'bara',
  'upp',
  'även',
  'vad',
  'hur',
  'mer',
  'detta',
  'dessa',
  'sina',
  'något',
  'någon',
  'några',
  'sitt',
  'dem',
  'genom',
  'vilket',
  'vilka',
  'samt',
  'denna',
  'blev',
  'bli',
  'blir',
  'varit',
  'oss',
  'våra',
  'vår',
  'deras',
  'dess',
  'man',
  'hos',
  // English
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'as',
  'into',
];

/**
 * Two-way synonyms: every word of a group finds the others. Covers inflections users type
 * ("kommun" vs "kommunen"), report vocabulary ("lärdomar" vs "erfarenheter"), money units, and the
 * English words for the Swedish report vocabulary (and back), because the corpus mixes both
 * languages: an analyst searching "company visits" wants the Swedish lessons about "företagsbesök".
 * Synonyms are matched as whole words (no prefix search), so common inflections are listed.
 */
const GROUPS: string[][] = [
  ['mkr', 'miljoner kronor', 'msek', 'miljoner'],
  ['tkr', 'tusen kronor', 'ksek'],
  ['lärdomar', 'erfarenheter', 'lärdom', 'lessons learned', 'lessons', 'lessons learnt'],
  ['kommun', 'kommunen', 'kommuner', 'kommunerna', 'municipality'],
  ['region', 'regionen', 'regioner', 'regionerna'],
  ['styrgrupp', 'styrgruppen', 'styrgruppens', 'styrgrupper', 'steering group', 'steering committee'],
  ['projektledare', 'projektledaren', 'projektledarens', 'project manager'],
  ['projektägare', 'stödmottagare', 'project owner', 'beneficiary'],
  ['landsbygd', 'landsbygden', 'glesbygd', 'rural', 'landsbygdskommun', 'landsbygdskommuner'],
  ['företag', 'företagen', 'företagare', 'näringsliv', 'smf', 'sme', 'businesses', 'companies', 'company', 'firms'],
  ['smf', 'sme', 'smes', 'små och medelstora företag', 'small and medium-sized companies', 'small and medium-sized enterprises'],
  ['entreprenörskap', 'entreprenörer', 'entrepreneurship', 'entrepreneurs'],
  ['utvärdering', 'utvärderingen', 'följeforskning', 'följeforskningen', 'slututvärdering', 'evaluation'],
  ['slutrapport', 'slutredovisning', 'final report'],
  ['lägesrapport', 'lägesrapporten', 'lägesrapportering', 'progress report', 'progress reporting'],
  ['rapportering', 'rapporteringen', 'reporting'],
  ['kompetensförsörjning', 'kompetensförsörjningen', 'kompetens', 'skills', 'skills supply'],
  // "competence" is kompetens, not kompetensförsörjning (skills supply): a group of its own.
  ['kompetens', 'competence'],
  ['kapitalförsörjning', 'access to capital', 'capital supply'],
  ['samverkan', 'samarbete', 'cooperation', 'collaboration'],
  ['ungdomar', 'unga', 'youth', 'young people', 'young'],
  ['turism', 'turismen', 'besöksnäring', 'besöksnäringen', 'tourism', 'destinationsutveckling'],
  ['innovation', 'innovationer', 'innovationsarbete'],
  ['digitalisering', 'digitaliseringen', 'digitalisation', 'digitalization'],
  ['internationella', 'internationellt', 'internationell', 'international'],
  ['internationalisering', 'internationalisation', 'internationalization'],
  ['kontakter', 'contacts'],
  ['nätverk', 'nätverket', 'network', 'networks'],
  ['rekommendationer', 'rekommendation', 'recommendations'],
  ['utmaningar', 'utmaning', 'hinder', 'challenges'],
  ['framgångsfaktorer', 'framgångsfaktor', 'success factors'],
  ['företagsbesök', 'company visits'],
  ['jämställdhet', 'jämställdhetsperspektiv', 'jämställdhetsperspektivet', 'gender equality'],
  ['förankra', 'förankring', 'förankrat', 'anchoring', 'anchor'],
  ['politiker', 'politikerna', 'politicians'],
  ['universitet', 'universitetet', 'högskola', 'högskolan', 'lärosäte', 'university'],
  ['spridning', 'spridningen', 'dissemination'],
  ['kommunikation', 'kommunikationen', 'communication', 'communications'],
  ['engagera', 'engagemang', 'engage', 'engagement'],
  ['avsiktsförklaring', 'avsiktsförklaringar', 'letter of intent'],
  ['digitala möten', 'digitala mötesformer', 'digital meetings'],
  ['budget', 'budgeten', 'budgets'],
  ['effekter', 'effekterna', 'effects', 'impact'],
  ['infrastruktur', 'infrastructure'],
  ['kollektivtrafik', 'kollektivtrafiken', 'public transport'],
  // Report vocabulary in both languages: what lessons learned are most often about.
  ['enkät', 'enkäter', 'enkäten', 'enkäterna', 'survey', 'surveys', 'questionnaire'],
  ['medarbetare', 'medarbetarna', 'anställda', 'personal', 'employees', 'staff'],
  ['ansvar', 'ansvaret', 'responsibility'],
  ['försening', 'förseningar', 'försenade', 'försenat', 'delay', 'delays', 'delayed'],
  ['projekttid', 'projekttiden', 'projektperiod', 'projektperioden', 'project period', 'project time'],
  ['upphandling', 'upphandlingen', 'upphandlingar', 'procurement'],
  ['konsult', 'konsulter', 'konsulterna', 'consultant', 'consultants'],
  ['administration', 'administrationen', 'administrativ', 'administrative'],
  ['arbetsgivare', 'arbetsgivarna', 'arbetsgivaren', 'employer', 'employers'],
  ['validering', 'valideringen', 'valideringsinsatser', 'validation'],
  ['arbetsmarknad', 'arbetsmarknaden', 'labour market', 'labor market'],
  ['utbildning', 'utbildningar', 'utbildningen', 'education', 'training'],
  ['statistik', 'statistiken', 'statistics'],
  ['resultat', 'resultaten', 'results', 'outcomes'],
  ['planering', 'planeringen', 'planning'],
  ['återkoppling', 'återkopplingen', 'feedback'],
  ['rekrytera', 'rekrytering', 'rekryteringen', 'recruit', 'recruiting', 'recruitment'],
  ['tankesmedja', 'tankesmedjor', 'think tank', 'think tanks'],
  ['bollplank', 'sounding board'],
  ['mognad', 'mognaden', 'maturity'],
  ['uthållighet', 'persistence'],
  ['nätverksträff', 'nätverksträffar', 'networking meetings', 'network meetings'],
  ['ändringsansökan', 'change request'],
  ['revidera', 'revideras', 'reviderades', 'revidering', 'revise', 'revised', 'revision'],
  ['resurs', 'resurser', 'resource', 'resources'],
  ['privata aktörer', 'private actors'],
  ['kvinnor och män', 'women and men'],
];

const STOP = new Set(STOP_WORDS.map((w) => foldDiacritics(w)));
/** Meilisearch synonym map built from the groups; a word in several groups finds the words of all of them. */
export const SYNONYMS: Record<string, string[]> = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of GROUPS) {
    for (const word of group) {
      const others = map.get(word) ?? new Set<string>();
      for (const w of group) if (w !== word) others.add(w);
      map.set(word, others);
    }
  }
  return Object.fromEntries([...map].map(([word, others]) => [word, [...others]]));
})();

/** Text without diacritics, as Meilisearch folds untagged text and synonyms: "Växjö" -> "Vaxjo". */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

// The synonym phrases that hold a stop word ("letter of intent", "små och medelstora företag"), as word lists.
const STOP_PHRASES: string[][] = Object.keys(SYNONYMS)
  .map((k) => k.split(' ').map((w) => foldDiacritics(w.toLowerCase())))
  .filter((ws) => ws.length > 1 && ws.some((w) => STOP.has(w)))
  .sort((a, b) => b.length - a.length);

/**
 * The words of a query as Meilisearch is to read them: stop words left out ("byte av projektledare" -> "byte
 * projektledare"), compounds of known words preceded by their parts (see splitCompound), except inside a synonym phrase ("letter of intent" stays whole, so it finds "avsiktsförklaring").
 * The index keeps every word (no stop words in its settings): Meilisearch drops stop words before it looks synonyms
 * up, so with stop words in the settings a phrase synonym that holds one never fires.
 */
export function prepareQuery(q: string): string {
  // A quoted phrase is the user's own: left as typed.
  if (q.includes('"')) return q;
  const words = q.split(/\s+/).filter(Boolean);
  const key = words.map((w) => foldDiacritics(w.toLowerCase()));
  const kept: string[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = STOP_PHRASES.find((p) => p.every((w, j) => key[i + j] === w));
    if (phrase) {
      kept.push(...words.slice(i, i + phrase.length));
      i += phrase.length;
      continue;
    }
    if (!STOP.has(key[i]!)) {
      // A compound is searched as its parts, then itself: Meilisearch drops trailing words first, so a compound that
      // no document holds ("projektledarbyte") still finds the lessons about both parts ("byte av projektledare").
      const parts = splitCompound(words[i]!);
      kept.push(...(parts ?? []), words[i]!);
    }
    i++;
  }
  // A query of stop words only ("det som") is searched as typed rather than as nothing.
  return kept.length ? kept.join(' ') : q;
}

// The parts a compound may be split into: every single word of the synonym groups, and report words that end
// compounds ("projektledar|byte", "kommunikations|resurs", "läges|rapportering").
const PARTS: Set<string> = new Set(
  [
    ...GROUPS.flat().filter((w) => !w.includes(' ')),
    ...[
      'byte',
      'expert',
      'rapport',
      'rapportering',
      'plan',
      'arbete',
      'insats',
      'insatser',
      'stöd',
      'frågor',
      'möte',
      'möten',
      'mål',
      'läge',
    ],
  ].map((w) => foldDiacritics(w.toLowerCase())),
);
// A head word of a compound's first part with its ending dropped ("projektledar" of "projektledare").
const PART_STEMS: string[] = [...PARTS].filter((w) => w.length >= 5);

function isPart(s: string, first: boolean): boolean {
  if (s.length < 4) return false;
  if (PARTS.has(s)) return true;
  // The first part of a compound often drops its last letter or adds a linking s: "projektledar-", "budget-", "läges-".
  return first && PART_STEMS.some((w) => w.startsWith(s) && w.length - s.length <= 1);
}

/**
 * The two parts of a Swedish compound, as typed, when both are known report words ("projektledarbyte" ->
 * ["projektledar", "byte"], "kommunikationsresurs" -> ["kommunikation", "resurs"]); null for any other word.
 */
export function splitCompound(word: string): [string, string] | null {
  const w = foldDiacritics(word.toLowerCase());
  if (w.length < 9 || PARTS.has(w)) return null;
  for (let i = w.length - 4; i >= 4; i--) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (!isPart(tail, false)) continue;
    if (isPart(head, true)) return [word.slice(0, i), word.slice(i)];
    if (head.endsWith('s') && isPart(head.slice(0, -1), true)) return [word.slice(0, i - 1), word.slice(i)];
  }
  return null;
}

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
  ['styrgrupp', 'styrgruppen', 'styrgrupper', 'steering group'],
  ['projektledare', 'projektledaren', 'projektledarens', 'project manager'],
  ['projektägare', 'stödmottagare', 'project owner', 'beneficiary'],
  ['landsbygd', 'landsbygden', 'glesbygd', 'rural', 'landsbygdskommun', 'landsbygdskommuner'],
  ['företag', 'företagen', 'företagare', 'näringsliv', 'smf', 'sme', 'businesses', 'companies', 'company', 'firms'],
  ['smf', 'sme', 'smes', 'små och medelstora företag', 'small and medium-sized companies', 'small and medium-sized enterprises'],
  ['entreprenörskap', 'entreprenörer', 'entrepreneurship', 'entrepreneurs'],
  ['utvärdering', 'utvärderingen', 'följeforskning', 'följeforskningen', 'slututvärdering', 'evaluation'],
  ['slutrapport', 'slutredovisning', 'final report'],
  ['lägesrapport', 'lägesrapporten', 'progress report', 'progress reporting'],
  ['kompetensförsörjning', 'kompetensförsörjningen', 'kompetens', 'skills', 'skills supply'],
  // "competence" is kompetens, not kompetensförsörjning (skills supply): a group of its own.
  ['kompetens', 'competence'],
  ['kapitalförsörjning', 'access to capital', 'capital supply'],
  ['samverkan', 'samarbete', 'cooperation', 'collaboration'],
  ['ungdomar', 'unga', 'youth', 'young people'],
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
];

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

/**
 * The running text of each index: declared as Swedish or English to Meilisearch, and indexed a
 * second time, folded, under `folded.<field>` (see `withFoldedText`). Names and labels (owner,
 * places, themes, programme) are indexed once, folded by Meilisearch itself.
 */
export const TEXT_FIELDS = {
  reports: ['projectName', 'lessonsLearned', 'summary', 'body'],
  lessons: ['text', 'projectName'],
} as const;

/** The index-only attribute holding the folded copies; never shown to API clients. */
export const FOLDED = 'folded';

/** Text without diacritics, as Meilisearch folds untagged text and synonyms: "Växjö" -> "Vaxjo". */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** The document with folded copies of the given text fields under `folded`. */
export function withFoldedText<T extends object>(doc: T, fields: readonly (keyof T & string)[]): T & { [FOLDED]: Record<string, unknown> } {
  const folded: Record<string, unknown> = {};
  for (const field of fields) {
    const value: unknown = doc[field];
    if (typeof value === 'string') folded[field] = foldDiacritics(value);
    else if (Array.isArray(value)) folded[field] = value.map((v: unknown) => (typeof v === 'string' ? foldDiacritics(v) : v));
  }
  return { ...doc, [FOLDED]: folded };
}

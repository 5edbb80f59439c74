/**
 * Words Meilisearch ignores in queries: the commonest Swedish and English function words. Content
 * words that matter in reports ("kommun", "projekt", "region") are deliberately not here.
 */
export const STOP_WORDS: string[] = [
  // Swedish
  'och', 'i', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de',
  'inte', 'om', 'ett', 'men', 'var', 'sig', 'från', 'vi', 'så', 'kan', 'när', 'under', 'också',
  'efter', 'eller', 'nu', 'sin', 'där', 'vid', 'mot', 'ska', 'skulle', 'ut', 'får', 'vara', 'hade',
  'än', 'här', 'då', 'sedan', 'över', 'bara', 'upp', 'även', 'vad', 'hur', 'mer', 'detta', 'dessa',
  'sina', 'något', 'någon', 'några', 'sitt', 'dem', 'genom', 'vilket', 'vilka', 'samt', 'denna',
  'blev', 'bli', 'blir', 'varit', 'oss', 'våra', 'vår', 'deras', 'dess', 'man',
  // English
  'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is',
  'are', 'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'as', 'into',
];

/**
 * Two-way synonyms: every word of a group finds the others. Covers inflections users type
 * ("kommun" vs "kommunen"), report vocabulary ("lärdomar" vs "erfarenheter") and money units.
 */
const GROUPS: string[][] = [
  ['mkr', 'miljoner kronor', 'msek', 'miljoner'],
  ['tkr', 'tusen kronor', 'ksek'],
  ['lärdomar', 'erfarenheter', 'lärdom', 'lessons learned', 'lessons'],
  ['kommun', 'kommunen', 'kommuner', 'kommunerna', 'municipality'],
  ['region', 'regionen', 'regioner', 'regionerna'],
  ['styrgrupp', 'styrgruppen', 'styrgrupper', 'steering group'],
  ['projektledare', 'projektledaren', 'project manager'],
  ['projektägare', 'stödmottagare', 'project owner', 'beneficiary'],
  ['landsbygd', 'landsbygden', 'glesbygd', 'rural'],
  ['företag', 'företagen', 'företagare', 'näringsliv', 'smf', 'sme', 'businesses'],
  ['utvärdering', 'följeforskning', 'slututvärdering', 'evaluation'],
  ['slutrapport', 'slutredovisning', 'final report'],
  ['kompetensförsörjning', 'kompetens', 'skills'],
  ['samverkan', 'samarbete', 'cooperation', 'collaboration'],
  ['ungdomar', 'unga', 'youth'],
  ['turism', 'besöksnäring', 'tourism'],
  ['innovation', 'innovationer', 'innovationsarbete'],
  ['rekommendationer', 'rekommendation', 'recommendations'],
  ['utmaningar', 'utmaning', 'hinder', 'challenges'],
  ['framgångsfaktorer', 'framgångsfaktor', 'success factors'],
];

/** Meilisearch synonym map built from the groups. */
export const SYNONYMS: Record<string, string[]> = Object.fromEntries(
  GROUPS.flatMap((group) => group.map((word) => [word, group.filter((w) => w !== word)])),
);

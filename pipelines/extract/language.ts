/** Report language (Swedish or English) by counting common function words. */

const SV = new Set([
  'och',
  'att',
  'det',
  'som',
  'för',
  'med',
  'har',
  'är',
  'av',
  'på',
  'till',
  'inte',
  'den',
  'var',
  'ett',
  'en',
  'om',
  'projektet',
  'kommun',
  'också',
  'under',
]);
const EN = new Set([
  'the',
  'and',
  'of',
  'to',
  'is',
  'was',
  'for',
  'with',
  'that',
  'has',
  'have',
  'were',
  'this',
  'project',
  'by',
  'on',
  'are',
  'which',
  'from',
  'an',
]);

/** "sv" unless English function words clearly dominate. */
export function detectLanguage(text: string): { value: 'sv' | 'en'; confidence: number } {
  let sv = 0;
  let en = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (SV.has(w)) sv++;
    if (EN.has(w)) en++;
  }
  const total = sv + en;
  if (!total) return { value: 'sv', confidence: 0.3 };
  const value = en > sv * 1.5 ? 'en' : 'sv';
  return { value, confidence: Math.min(0.99, 0.5 + Math.abs(sv - en) / total / 2) };
}

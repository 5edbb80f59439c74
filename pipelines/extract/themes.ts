/**
 * Classifies a report into the four national priorities by keyword evidence in its title, summary and
 * purpose. Word stems, so "exportandelen" and "företagsklimatet" count.
 */
import { THEMES, type Theme } from '../../shared/types/record.js';

const STEMS: Record<Theme, string[]> = {
  'Innovation och företagande': [
    'innovation',
    'företag',
    'entreprenör',
    'nyföretag',
    'digitalis',
    'affärsutveckl',
    'konkurrenskraft',
    'kluster',
    'kapitalförsörj',
    'industri',
    'näringsliv',
    'smart specialiser',
    'start-up',
    'business',
    'compan',
    'entrepreneur',
    'competitive',
    'innovat',
    'sme',
    'tillverk',
    'automation',
    'affärsmodell',
    'e-handel',
    'manufactur',
    'industrial',
  ],
  'Attraktiva miljöer och tillgänglighet': [
    'attrakti',
    'infrastruktur',
    'samhällsplaner',
    'kollektivtrafik',
    'besöksnäring',
    'turism',
    'bostad',
    'platsvarumärk',
    'pendling',
    'destination',
    'tillgänglighet',
    'bredband',
    'transport',
    'levande centrum',
    'ortsanalys',
    'attractive',
    'infrastructure',
    'tourism',
    'public transport',
    'spatial planning',
    'broadband',
    'landsbygd',
    'kommersiell service',
    'besökare',
    'upplevelse',
    'hemvändar',
    'boende',
    'kultur',
    'rural',
    'visitor',
    'housing',
  ],
  Kompetensförsörjning: [
    'kompetens',
    'validering',
    'matchning',
    'utbildning',
    'lärcent',
    'arbetskraft',
    'rekryter',
    'praktik',
    'arbetsmarknad',
    'yrkes',
    'inflyttning',
    'skills',
    'workforce',
    'training',
    'vocational',
    'labour market',
    'recruit',
    'education',
  ],
  'Internationellt samarbete': [
    'internationel',
    'export',
    'handelsfrämj',
    'gränsöverskrid',
    'östersjö',
    'erfarenhetsutbyte',
    'investeringsfrämj',
    'interreg',
    'international',
    'cross-border',
    'trade promotion',
    'baltic',
    'nordisk',
    'nordic',
    'norge',
    'norway',
    'finland',
  ],
};

/** Themes whose evidence is at least three quarters of the strongest theme's. */
export function classifyThemes(text: string): Theme[] {
  const t = text.toLowerCase();
  const scores = THEMES.map((theme) => ({ theme, score: STEMS[theme].reduce((n, s) => n + (t.split(s).length - 1), 0) }));
  const top = Math.max(...scores.map((s) => s.score));
  if (top < 1) return [];
  return scores
    .filter((s) => s.score >= Math.max(1, top * 0.75))
    .sort((a, b) => b.score - a.score)
    .map((s) => s.theme);
}

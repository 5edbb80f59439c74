import { termsOf, tfidfVectors, type Term } from '../../shared/nlp/terms.js';
import type { ReportSearchDocument } from './to-search-document.js';

/** Why a report was judged similar, in words a user can check. */
export interface SimilarReason {
  sharedTerms: string[];
  sharedThemes: string[];
  sameCounty: boolean;
  sharedMunicipalities: string[];
}

/** One similar report with its score (0..1) and the reason. */
export interface SimilarMatch {
  report: ReportSearchDocument;
  score: number;
  reason: SimilarReason;
}

/** The text that says what a project is about: its name, summary and lessons. */
export function aboutText(r: ReportSearchDocument): string {
  return [r.projectName, r.summary, ...r.lessonsLearned, ...r.themes].filter(Boolean).join('. ');
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, w] of a) {
    na += w * w;
    const x = b.get(k);
    if (x) dot += w * x;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

// Stem → the word the target used most for it, so reasons read as words, not stems.
function surfaceWords(terms: Term[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const t of terms) {
    const m = counts.get(t.stem) ?? new Map<string, number>();
    m.set(t.word, (m.get(t.word) ?? 0) + 1);
    counts.set(t.stem, m);
  }
  return new Map([...counts].map(([stem, m]) => [stem, [...m].sort((a, b) => b[1] - a[1])[0]![0]]));
}

/**
 * Ranks candidates by how similar they are to the target: TF-IDF cosine over what each project is
 * about (55 %), shared themes (35 %) and shared place (10 %). Themes weigh this much because a
 * report's summary also holds generic wording ("effekterna på längre sikt") that text alone overrates.
 */
export function rankSimilar(target: ReportSearchDocument, candidates: ReportSearchDocument[], limit: number): SimilarMatch[] {
  const pool = candidates.filter((c) => c.id !== target.id);
  const terms = [target, ...pool].map((r) => termsOf(aboutText(r), r.language));
  const vectors = tfidfVectors(terms);
  const tv = vectors[0]!;
  const words = surfaceWords(terms[0]!);
  const themes = new Set(target.themes);
  const munis = new Set(target.municipalities);

  return pool
    .map((report, i) => {
      const v = vectors[i + 1]!;
      const text = cosine(tv, v);
      const sharedThemes = report.themes.filter((t) => themes.has(t));
      const themeScore = themes.size ? sharedThemes.length / new Set([...target.themes, ...report.themes]).size : 0;
      const sharedMunicipalities = report.municipalities.filter((m) => munis.has(m));
      const sameCounty = Boolean(target.county && report.county === target.county);
      const place = sharedMunicipalities.length ? 1 : sameCounty ? 0.5 : 0;
      const sharedTerms = [...tv.keys()]
        .filter((k) => v.has(k))
        .sort((a, b) => Math.min(tv.get(b)!, v.get(b)!) - Math.min(tv.get(a)!, v.get(a)!))
        .slice(0, 6)
        .map((k) => words.get(k) ?? k);
      return {
        report,
        score: Math.round((0.55 * text + 0.35 * themeScore + 0.1 * place) * 1000) / 1000,
        reason: { sharedTerms, sharedThemes, sameCounty, sharedMunicipalities },
      };
    })
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/** The target's most telling words, to find candidates with a full-text search. */
export function queryTerms(target: ReportSearchDocument, n = 8): string[] {
  const terms = termsOf(aboutText(target), target.language);
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t.word, (counts.get(t.word) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)
    .slice(0, n)
    .map(([w]) => w);
}

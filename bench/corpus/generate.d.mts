// Types of the corpus generator's public surface (generate.mjs is plain JavaScript).
export interface CorpusFile {
  file: string;
  pages: number;
  bytes: number;
}
export interface CorpusManifest {
  seed: number;
  count: number;
  files: CorpusFile[];
}
export interface PageTexts {
  pages: string[];
  info: { title: string | null; author: string | null; creator: string | null; producer: string | null };
}
export const BENCH_VARIANTS: Record<string, unknown>;
export function generateCorpus(opts: {
  out: string;
  count: number;
  seed?: number;
  variants?: Record<string, unknown>;
  onProgress?: (done: number, total: number) => void;
}): CorpusManifest;
export function reportPageTexts(seed: number, n: number, variants?: Record<string, unknown>): PageTexts;
export function writeLongReport(file: string, pages: number, seed?: number): CorpusFile;

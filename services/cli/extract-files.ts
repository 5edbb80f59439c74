import fs from 'node:fs/promises';
import type { Config } from '../../config/load-config.js';
import { AppError } from '../../shared/errors.js';
import type { ExtractedRecord } from '../../shared/types/record.js';
import { createExtractSandbox, createParseSandbox } from '../../pipelines/parse/create-sandbox.js';

/** The outcome for one file: its record, or the stable error it failed with. */
export type FileResult = { file: string; record: ExtractedRecord } | { file: string; error: { code: string; message: string } };

/**
 * Parses (in the sandbox) and extracts each file, a few at a time, calling `onResult` as each one
 * finishes. Never throws for a bad file: it gets its error code instead.
 */
export async function extractFiles(files: string[], config: Readonly<Config>, onResult: (r: FileResult) => void): Promise<void> {
  const sandbox = createParseSandbox(config.parse);
  const extractor = createExtractSandbox(config.parse, config.parse.concurrency);
  const one = async (file: string): Promise<FileResult> => {
    try {
      const st = await fs.stat(file);
      if (st.size > config.parse.maxBytes)
        throw new AppError('too_large', `The file is ${st.size} bytes; the limit is ${config.parse.maxBytes}.`);
      return { file, record: await extractor.extract(await sandbox.parse(await fs.readFile(file))) };
    } catch (err) {
      const e = err instanceof AppError ? err : new AppError('internal', (err as Error)?.message ?? String(err));
      return { file, error: { code: e.code, message: e.message } };
    }
  };
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: Math.max(1, config.parse.concurrency * 4) }, async () => {
        while (next < files.length) onResult(await one(files[next++]!));
      }),
    );
  } finally {
    await Promise.all([sandbox.close(), extractor.close()]);
  }
}

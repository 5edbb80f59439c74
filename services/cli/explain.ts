// `npm run --silent extract -- --why FILE`: for each field, the chosen candidate with its rule and evidence,
// and every candidate passed over with why.
import fs from 'node:fs/promises';
import type { Config } from '../../config/load-config.js';
import type { Candidate, Choice } from '../../pipelines/extract/choice.js';
import { explainRecord } from '../../pipelines/extract/extract-record.js';
import { createParseSandbox } from '../../pipelines/parse/create-sandbox.js';
import { AppError } from '../../shared/errors.js';
import { snippet } from '../../pipelines/extract/text.js';

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
const where = (c: Candidate<unknown>): string =>
  `${c.rule} [${c.source}${c.confidence !== undefined ? ` ${c.confidence.toFixed(2)}` : ''}, page ${c.page}, ${c.role}] «${snippet(c.evidence, 110)}»`;

/** Prints the choices for one file; returns the exit code. */
export async function explainFile(file: string, config: Readonly<Config>): Promise<number> {
  const sandbox = createParseSandbox(config.parse);
  try {
    const doc = await sandbox.parse(await fs.readFile(file));
    const { choices } = explainRecord(doc);
    const out: string[] = [file];
    for (const c of choices as Choice<unknown>[]) {
      out.push('', `${c.field} = ${c.value === null ? 'null' : show(c.value)}   (${c.policy}, confidence ${c.confidence.toFixed(2)})`);
      if (c.chosen) out.push(`  chosen       ${where(c.chosen)}`);
      for (const p of c.passedOver) out.push(`  passed over  ${show(p.candidate.value)}: ${p.why}`, `               ${where(p.candidate)}`);
    }
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } catch (err) {
    const e = err instanceof AppError ? err : new AppError('internal', (err as Error)?.message ?? String(err));
    process.stderr.write(`${file}: ${e.code}: ${e.message}\n`);
    return 1;
  } finally {
    await sandbox.close();
  }
}

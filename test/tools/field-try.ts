// Prints the record extracted from the lines given on the command line (one page): a quick look at how a phrasing reads.
import { extractRecord } from '../../pipelines/extract/extract-record.js';

const rec = extractRecord({ pages: [process.argv.slice(2).join('\n')], info: {} } as never);
console.log(JSON.stringify(rec, (k, v) => (k === 'provenance' || k === 'summary' || k === 'themes' ? undefined : v), 1));

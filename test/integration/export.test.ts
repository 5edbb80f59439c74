import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnNames } from '../../services/api/export/columns.js';
import { findDocuments } from '../../services/cli/ingest-files.js';
import { FIXTURES, ingestAll, startTestStack, truthOf, type TestStack } from './harness.js';

const READ = 'read-key-export-0123456789';
// Small pages, so every export below spans several reads of Meilisearch.
const PAGE_SIZE = 4;
const FORMULA_OWNER = '=HYPERLINK("http://example.invalid","klicka")';

type Json = Record<string, any>;
type Params = Record<string, string | string[]>;

const query = (params: Params) =>
  new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, x])));

/** RFC 4180 reading: quoted cells may hold the separator, doubled quotes and line breaks. */
function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(quoted, 'an unterminated quote').toBe(false);
  expect(`${row.join('')}${cell}`, 'the file ends with CRLF').toBe('');
  return rows;
}

/** Rows of a CSV as objects keyed by the header. */
function records(rows: string[][]): Record<string, string>[] {
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
}

describe('exports for analysts', () => {
  let stack: TestStack;
  const idOf = new Map<string, string>(); // fixture name -> document id
  let reports: Json[]; // every report, from the search API
  let lessons: Json[]; // every lesson, from the search API

  const get = async (url: string, key: string | null = READ) => {
    const res = await fetch(`${stack.baseUrl}${url}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  };
  const exportOf = async (params: Params, url = '/api/v1/export') => {
    const qs = query(params);
    const r = await get(`${url}?${qs}`);
    expect(r.status, `${url}?${qs}: ${r.body.toString().slice(0, 300)}`).toBe(200);
    return r;
  };
  const csvRecords = async (params: Params) => {
    const text = (await exportOf({ format: 'csv', ...params })).body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1), ';');
    expect(rows[0]).toEqual(columnNames((params.index as 'lessons' | undefined) ?? 'reports'));
    return records(rows);
  };
  /** Every hit of a search, read page by page through the search API. */
  const allHits = async (endpoint: 'search' | 'lessons', params: Params = {}) => {
    const hits: Json[] = [];
    for (;;) {
      const qs = query(params);
      qs.set('limit', '100');
      qs.set('offset', String(hits.length));
      const res = await get(`/api/v1/${endpoint}?${qs}`);
      expect(res.status).toBe(200);
      const body = JSON.parse(res.body.toString()) as Json;
      hits.push(...body.hits);
      if (hits.length >= body.total || !body.hits.length) return hits;
    }
  };
  const patch = async (id: string, body: unknown) => {
    const res = await fetch(`${stack.baseUrl}/api/v1/documents/${id}/record`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.apiKey}` },
      body: JSON.stringify(body),
    });
    expect(res.status, await res.text()).toBe(200);
  };

  beforeAll(async () => {
    stack = await startTestStack({ LARDOM_READ_KEYS: READ, LARDOM_EXPORT_PAGE_SIZE: String(PAGE_SIZE) });
    await stack.startWorker();
    const files = await findDocuments([path.join(FIXTURES, 'reports')]);
    await ingestAll(stack, files);
    for (const f of files) {
      idOf.set(
        path.basename(f, '.pdf'),
        createHash('sha256')
          .update(await fs.readFile(f))
          .digest('hex'),
      );
    }
    // Corrections give the sort tests reports without a budget and a run of equal budgets across page
    // boundaries, and one owner a spreadsheet would take for a formula.
    const ids = [...idOf.values()].sort();
    for (const id of ids.slice(0, 2)) await patch(id, { budget: { totalSek: null } });
    for (const id of ids.slice(2, 8)) await patch(id, { budget: { totalSek: 1000 } });
    await patch(idOf.get('r00009')!, { owner: FORMULA_OWNER });
    reports = await allHits('search');
    lessons = await allHits('lessons');
    expect(reports.length).toBe(files.length);
    expect(lessons.length).toBeGreaterThan(files.length);
  });
  afterAll(async () => stack?.stop());

  describe('CSV', () => {
    it('holds every report, a row each, across many pages: UTF-8 BOM, semicolons, the documented columns', async () => {
      const rows = await csvRecords({});
      expect(rows.length).toBe(reports.length);
      expect(rows.length).toBeGreaterThan(3 * PAGE_SIZE);
      // Ordered by id, each once.
      expect(rows.map((r) => r.id)).toEqual(reports.map((r) => r.id).sort());
      for (const r of rows) {
        const hit = reports.find((h) => h.id === r.id)!;
        expect(r.projectName).toBe(hit.projectName ?? '');
        expect(r.county).toBe(hit.county ?? '');
        expect(r.municipalities).toBe(hit.municipalities.join('; '));
        expect(r.budgetTotalSek).toBe(hit.budget.totalSek === null ? '' : String(hit.budget.totalSek));
        expect(r.lessonsLearned).toBe(hit.lessonsLearned.join('\n'));
      }
      // The cells hold Swedish letters as UTF-8.
      expect(rows.some((r) => /[åäö]/i.test(r.projectName!))).toBe(true);
    });

    it('uses commas on request, and leaves the BOM out on request', async () => {
      const text = (await exportOf({ delimiter: 'comma' })).body.toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(text.slice(1), ',');
      expect(rows[0]).toEqual(columnNames('reports'));
      expect(records(rows).map((r) => r.id)).toEqual(reports.map((r) => r.id).sort());
      const bare = (await exportOf({ delimiter: 'comma', bom: 'false' })).body.toString('utf8');
      expect(bare.startsWith('id,projectName,')).toBe(true);
    });

    it('guards a value a spreadsheet would run as a formula', async () => {
      const text = (await exportOf({ owner: FORMULA_OWNER })).body.toString('utf8');
      expect(text).toContain(`;"'=HYPERLINK(""http://example.invalid"",""klicka"")";`);
      const [row] = records(parseCsv(text.slice(1), ';'));
      expect(row!.id).toBe(idOf.get('r00009'));
      expect(row!.owner).toBe(`'${FORMULA_OWNER}`);
    });
  });

  describe('filters and sort', () => {
    it('narrows to a facet filter, as the search does', async () => {
      const county = 'Södermanlands län';
      const expected = reports.filter((r) => r.county === county).map((r) => r.id);
      expect(expected.length).toBeGreaterThan(1);
      expect(expected.length).toBeLessThan(reports.length);
      expect((await csvRecords({ county })).map((r) => r.id)).toEqual(expected.sort());
      const two = await csvRecords({ county: [county, 'Kronobergs län'] });
      expect(two.map((r) => r.id)).toEqual(
        reports
          .filter((r) => [county, 'Kronobergs län'].includes(r.county))
          .map((r) => r.id)
          .sort(),
      );
    });

    it('narrows to ranges and words, with the same matches as the search API', async () => {
      for (const params of [
        { budgetMin: '5000000', budgetMax: '20000000' },
        { yearFrom: '2016', yearTo: '2017' },
        { q: 'kompetensförsörjning' },
        { q: 'företag', theme: 'Innovation och företagande' },
      ] as Params[]) {
        const expected = (await allHits('search', params)).map((h) => h.id).sort();
        expect(expected.length, JSON.stringify(params)).toBeGreaterThan(0);
        expect(expected.length, JSON.stringify(params)).toBeLessThan(reports.length);
        expect(
          (await csvRecords(params)).map((r) => r.id),
          JSON.stringify(params),
        ).toEqual(expected);
      }
    });

    it('finds nothing for words nothing matches, with the header alone', async () => {
      expect(await csvRecords({ q: 'xqzzyvv' })).toEqual([]);
    });

    it('sorts by budget, ties by id, reports without a budget last', async () => {
      for (const dir of ['desc', 'asc'] as const) {
        const rows = await csvRecords({ sort: `budget:${dir}` });
        expect(rows.length).toBe(reports.length);
        const key = (r: Record<string, string>) => [r.budgetTotalSek === '' ? null : Number(r.budgetTotalSek), r.id!] as const;
        const expected = [...rows].sort((a, b) => {
          const [ba, ia] = key(a);
          const [bb, ib] = key(b);
          if (ba === null || bb === null) return ba === bb ? ia.localeCompare(ib) : ba === null ? 1 : -1;
          return ba === bb ? ia.localeCompare(ib) : dir === 'desc' ? bb - ba : ba - bb;
        });
        expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
        expect(rows.filter((r) => r.budgetTotalSek === '').length).toBe(2);
        expect(rows.filter((r) => r.budgetTotalSek === '1000').length).toBe(6);
      }
    });
  });

  describe('lessons', () => {
    it('has one row per lesson, with its report, years, text and page', async () => {
      const rows = await csvRecords({ index: 'lessons' });
      expect(rows.length).toBe(lessons.length);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      const id = idOf.get('r00001')!;
      const truth = await truthOf(path.join(FIXTURES, 'reports', 'r00001.pdf'));
      const own = rows.filter((r) => r.reportId === id);
      expect(own.map((r) => r.text)).toEqual(truth.lessonsLearned);
      expect(own.map((r) => r.position)).toEqual(own.map((_, i) => String(i + 1)));
      const doc = JSON.parse((await get(`/api/v1/documents/${id}`)).body.toString()) as Json;
      const page = doc.record.provenance.lessonsLearned.page as number;
      expect(page).toBeGreaterThan(0);
      const report = reports.find((r) => r.id === id)!;
      for (const r of own) {
        expect(r.page).toBe(String(page));
        expect(r.projectName).toBe(report.projectName);
        expect(r.owner).toBe(report.owner);
        expect(r.county).toBe(report.county);
        expect(r.periodStart).toBe(report.period.start);
        expect(r.years).toMatch(/^\d{4}(; \d{4})*$/);
        expect(r.years!.split('; ')[0]).toBe(report.period.start.slice(0, 4));
      }
      // Each report's lessons together, in their order.
      const order = rows.map((r) => `${r.reportId}:${r.position!.padStart(3, '0')}`);
      expect(order).toEqual([...order].sort());
    });

    it('narrows lessons by words and filters as the lesson search does', async () => {
      for (const params of [{ county: 'Södermanlands län' }, { q: 'samverkan' }, { q: 'tid', documentType: 'final_report' }] as Params[]) {
        const expected = (await allHits('lessons', params)).map((h) => h.id).sort();
        expect(expected.length, JSON.stringify(params)).toBeGreaterThan(0);
        expect(expected.length, JSON.stringify(params)).toBeLessThan(lessons.length);
        const got = (await csvRecords({ index: 'lessons', ...params })).map((r) => r.id!);
        expect([...got].sort(), JSON.stringify(params)).toEqual(expected);
      }
    });
  });

  describe('Excel', () => {
    it('is a workbook that reads back with the rows and values of the CSV', async () => {
      const params = { index: 'lessons', county: 'Södermanlands län' };
      const r = await exportOf({ ...params, format: 'xlsx' });
      expect(r.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="lardom-lessons-\d{4}-\d{2}-\d{2}\.xlsx"$/);
      const zip = await JSZip.loadAsync(r.body);
      for (const part of ['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml']) {
        expect(zip.file(part), part).toBeTruthy();
      }
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(r.body as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('lessons')!;
      const csv = await csvRecords(params);
      expect(ws.rowCount).toBe(csv.length + 1);
      const names = columnNames('lessons');
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(names);
      csv.forEach((row, i) => {
        const cells = ws.getRow(i + 2);
        names.forEach((name, c) => {
          const v = cells.getCell(c + 1).value;
          if (name === 'position' || name === 'page' || name === 'budgetTotalSek') {
            expect(v === null ? '' : typeof v === 'number' ? String(v) : 'not a number').toBe(row[name]);
          } else expect(v ?? '', `${name} of row ${i + 2}`).toBe(row[name]);
        });
      });
    });

    it('keeps a formula-like owner as text', async () => {
      const r = await exportOf({ owner: FORMULA_OWNER, format: 'xlsx' });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(r.body as unknown as ArrayBuffer);
      const cell = wb
        .getWorksheet('reports')!
        .getRow(2)
        .getCell(columnNames('reports').indexOf('owner') + 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(FORMULA_OWNER);
    });
  });

  describe('JSON Lines', () => {
    const lines = (body: Buffer) =>
      body
        .toString('utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as Json);

    it('gives reports as the API shows them, and /export.jsonl still gives every report', async () => {
      const fromExport = lines((await exportOf({ format: 'jsonl' })).body);
      const alias = await exportOf({}, '/api/v1/export.jsonl');
      expect(alias.headers.get('content-type')).toContain('application/x-ndjson');
      const fromAlias = lines(alias.body);
      expect(fromAlias).toEqual(fromExport);
      expect(fromAlias.map((l) => l.id)).toEqual(reports.map((r) => r.id).sort());
      const { highlight: _, ...view } = reports.find((r) => r.id === fromAlias[0]!.id)!;
      expect(fromAlias[0]).toEqual(view);
      // The alias takes the filters too.
      const narrowed = lines((await exportOf({ county: 'Kronobergs län' }, '/api/v1/export.jsonl')).body);
      expect(narrowed.map((l) => l.county)).toEqual(reports.filter((r) => r.county === 'Kronobergs län').map((r) => r.county));
    });

    it('gives lessons with their report', async () => {
      const rows = lines((await exportOf({ format: 'jsonl', index: 'lessons' })).body);
      expect(rows.length).toBe(lessons.length);
      const hit = lessons[0]!;
      const row = rows.find((r) => r.id === hit.id)!;
      expect(row.text).toBe(hit.text);
      expect(row.report).toEqual(hit.report);
      expect(typeof row.page === 'number' || row.page === null).toBe(true);
    });
  });

  describe('refusals', () => {
    it.each([
      ['index=projects', 'index'],
      ['format=pdf', 'format'],
      ['delimiter=tab', 'delimiter'],
      ['format=xlsx&delimiter=comma', 'delimiter'],
      ['format=jsonl&bom=false', 'bom'],
      ['limit=10', 'limit'],
      ['facets=county', 'facets'],
      ['yearFrom=2020&yearTo=2010', 'yearFrom'],
      ['sort=owner', 'sort'],
      ['budgetMin=-1', 'budgetMin'],
      ['format=csv&format=xlsx', 'format'],
      ['owner[a]=b', 'owner[a]'],
    ])('answers 400 bad_request to %s, naming the parameter', async (qs, param) => {
      const r = await get(`/api/v1/export?${qs}`);
      expect(r.status).toBe(400);
      const body = JSON.parse(r.body.toString()) as Json;
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toContain(`"${param}"`);
    });

    it('answers 400 when /export.jsonl is asked for another format', async () => {
      const r = await get('/api/v1/export.jsonl?format=csv');
      expect(r.status).toBe(400);
      expect((JSON.parse(r.body.toString()) as Json).error.code).toBe('bad_request');
    });

    it('needs a read key when read keys are configured', async () => {
      for (const key of [null, 'not-a-key']) {
        const r = await get('/api/v1/export?format=csv', key);
        expect(r.status).toBe(401);
        expect((JSON.parse(r.body.toString()) as Json).error.code).toBe('unauthorized');
      }
    });
  });
});

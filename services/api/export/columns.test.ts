import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../openapi.js';
import { columnNames, EXPORT_COLUMNS, rowValues } from './columns.js';

const README = path.resolve(import.meta.dirname, '../../../README.md');

/** The rows of the Markdown table that follows the line starting with `caption`. */
function tableAfter(text: string, caption: string): string[][] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(caption));
  expect(at, `README has "${caption}"`).toBeGreaterThan(-1);
  const table = lines.slice(at + 2).filter((_, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('|')));
  return table.slice(2).map((l) =>
    l
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim().replace(/\\\|/g, '|')),
  );
}

describe('export columns', () => {
  it.each([
    ['reports', 'Reports (`index=reports`):'],
    ['lessons', 'Lessons (`index=lessons`)'],
  ] as const)('are documented in the README as defined (%s)', async (kind, caption) => {
    const rows = tableAfter(await fs.readFile(README, 'utf8'), caption);
    expect(rows).toEqual(EXPORT_COLUMNS[kind].map((c) => [`\`${c.name}\``, c.kind, c.description]));
  });

  it('are described in the OpenAPI document, each with its meaning', () => {
    const doc = openApiDocument() as {
      paths: Record<string, { get: { description: string } }>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    const description = doc.paths['/api/v1/export']!.get.description;
    for (const kind of ['reports', 'lessons'] as const) {
      for (const c of EXPORT_COLUMNS[kind]) expect(description).toContain(`| ${c.name} | ${c.kind} |`);
    }
    expect(Object.keys(doc.components.schemas.LessonRow!.properties)).toEqual(columnNames('lessons'));
    expect(Object.keys(doc.components.schemas.ReportRow!.properties)).toEqual(columnNames('reports'));
  });

  it('name stored fields once each, and the lesson columns analysts need', () => {
    for (const kind of ['reports', 'lessons'] as const) expect(new Set(columnNames(kind)).size).toBe(columnNames(kind).length);
    expect(columnNames('lessons')).toEqual(
      expect.arrayContaining(['reportId', 'projectName', 'owner', 'county', 'periodStart', 'periodEnd', 'years', 'text', 'page']),
    );
  });

  it('turn a document into cells: lists joined, numbers kept, missing values empty', () => {
    const cells = rowValues('reports', {
      id: 'a',
      municipalities: ['Falun', 'Borlänge'],
      lessonsLearned: ['Ett.', 'Två.'],
      years: [2015, 2016],
      budgetTotalSek: 1200000,
      budgetGrantedSek: null,
      funders: [],
    });
    const at = (name: string) => cells[columnNames('reports').indexOf(name)];
    expect(at('id')).toBe('a');
    expect(at('municipalities')).toBe('Falun; Borlänge');
    expect(at('lessonsLearned')).toBe('Ett.\nTvå.');
    expect(at('years')).toBe('2015; 2016');
    expect(at('budgetTotalSek')).toBe(1200000);
    expect(at('budgetGrantedSek')).toBeNull();
    expect(at('funders')).toBeNull();
    expect(at('owner')).toBeNull();
  });
});

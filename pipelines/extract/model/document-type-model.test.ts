import { describe, expect, it } from 'vitest';
import { explainText } from '../../../test/extract-text.js';
import {
  BODY_CHARS,
  classifyDocumentType,
  DOCUMENT_TYPE_MODEL,
  documentTypeFeatures,
  HEAD_CHARS,
  shapeFeatures,
} from './document-type-model.js';

describe('document-type classifier', () => {
  it('is a trained table over the five kinds, and says where it comes from', () => {
    expect([...DOCUMENT_TYPE_MODEL.labels].sort()).toEqual([
      'evaluation',
      'final_report',
      'other',
      'progress_report',
      'project_description',
    ]);
    expect(Object.keys(DOCUMENT_TYPE_MODEL.weights).length).toBeGreaterThan(1000);
    expect(DOCUMENT_TYPE_MODEL.about).toMatch(/labelled real texts/);
  });

  it('reads the head apart from the body, and no more of a long text than its start', () => {
    const f = documentTypeFeatures(['Nyhet om projektet', 'ord '.repeat(10_000)]);
    const head = f.filter((x) => x.startsWith('H:'));
    expect(head.slice(0, 2)).toEqual(['H:nyhet', 'H:projektet']);
    expect(f).toContain('nyhet');
    expect(head.length).toBeLessThanOrEqual(HEAD_CHARS / 4);
    expect(f.filter((x) => !x.startsWith('S:')).length).toBeLessThanOrEqual(BODY_CHARS / 4 + HEAD_CHARS / 4);
  });

  it("reads a text's shape: a news item's date and quotes, a fact box's keys, a transcript's download line", () => {
    const news = shapeFeatures(['Publicerad 2021-03-12\nKommunen får stöd\n– Vi är glada, säger Anna Berg.\n– Det blir bra, säger hon.']);
    expect(news).toContain('S:date-top');
    expect(news).toContain('S:quotes2');
    const box = shapeFeatures(['Projektägare: Region X\nProjektperiod: 2019–2021\nBudget: 2 mkr\nProjektledare: Anna Berg']);
    expect(box).toContain('S:keys2');
    expect(box).not.toContain('S:date-top');
    expect(shapeFeatures(['Slutrapport\nDownload "Slutrapport X"\nTranskript\n1 Slutrapport X'])).toContain('S:transcript');
    expect(shapeFeatures(['kort'])).toEqual(expect.arrayContaining(['S:len0', 'S:pages1', 'S:keys0', 'S:short4']));
  });

  it('tells a news item about a grant from a page that presents a project', () => {
    const news = [
      'Nyheter 12 mars 2021. Kommunen får miljoner till nytt projekt. Regionen har beslutat att bevilja stöd till projektet, ' +
        'meddelar kommunen i ett pressmeddelande. – Vi är mycket glada över beskedet, säger kommunalrådet. Läs mer om beslutet.',
    ];
    const page = [
      'Om projektet. Projektet syftar till att utveckla besöksnäringen i kommunen. Projektägare: Kommunen. Projekttid: 2019–2021. ' +
        'Målgrupp: företag inom turism. Kontakt: projektledare. Finansiärer: Europeiska regionala utvecklingsfonden.',
    ];
    expect(classifyDocumentType(news).value).toBe('other');
    expect(classifyDocumentType(page).value).toBe('project_description');
  });

  it('is one candidate of the field: document words on the cover speak first, and --why shows the classifier', () => {
    const pages = ['Slutrapport\nProjektnamn: Smart industri\nProjektet syftar till att utveckla besöksnäringen. Kontakt och målgrupp.'];
    const ex = explainText(...pages);
    expect(ex.record.documentType).toBe('final_report');
    const choice = ex.choices.find((c) => c.field === 'documentType')!;
    expect(choice.chosen?.rule).toBe('documentType.document-words');
    const noWords = explainText(pages[0]!.replace('Slutrapport\n', ''));
    const c2 = noWords.choices.find((c) => c.field === 'documentType')!;
    expect([c2.chosen, ...c2.passedOver.map((p) => p.candidate)].some((c) => c?.rule === 'documentType.model')).toBe(true);
  });
});

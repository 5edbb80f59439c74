import { describe, expect, it } from 'vitest';
import { buildView } from './document.js';
import { extractRecord } from './extract-record.js';
import { findListing } from './listing.js';

const doc = (text: string) => ({ pages: [text], info: { title: null, author: null, creator: null, producer: null } });

describe('a document that lists several projects', () => {
  it('finds a decision list’s projects, each with its owner and money', () => {
    const rec = extractRecord(
      doc(
        [
          'Beslut om stöd, LAG-möte 22 mars',
          'Följande projekt beviljades stöd:',
          'Projekt: Bygdens hus',
          'Projektägare: Lönneberga byalag',
          'Beviljat stöd: 250 000 kr',
          'Projekt: Cykelled längs ån',
          'Projektägare: Hultsfreds kommun',
          'Beviljat stöd: 1 200 000 kr',
          'Projekt: Lokal mat i skolan',
          'Projektägare: Föreningen Matglädje',
          'Beviljat stöd: 480 000 kr',
        ].join('\n'),
      ),
    );
    expect(rec.documentType).toBe('other');
    expect(rec.projects?.map((p) => [p.projectName, p.owner, p.budget.grantedSek])).toEqual([
      ['Bygdens hus', 'Lönneberga byalag', 250000],
      ['Cykelled längs ån', 'Hultsfreds kommun', 1200000],
      ['Lokal mat i skolan', 'Föreningen Matglädje', 480000],
    ]);
  });

  it('finds a project-bank export printed as a table, one project a row', () => {
    const rec = extractRecord(
      doc(
        [
          'Projekt i Projektbanken, Dalarnas län',
          'Projektnamn  Projektägare  Projektperiod  Beviljat stöd',
          'Digitala byar  Leksands kommun  2019-01 – 2020-12  800 000 kr',
          'Fäbodturism  Föreningen Fäbodriket  2020-03 – 2022-02  450 000 kr',
          'Unga entreprenörer  Region Dalarna  2018-09 – 2021-06  2 100 000 kr',
          'Källa: Projektbanken',
        ].join('\n'),
      ),
    );
    expect(rec.projects?.map((p) => [p.projectName, p.owner, p.period, p.budget.grantedSek])).toEqual([
      ['Digitala byar', 'Leksands kommun', { start: '2019-01', end: '2020-12' }, 800000],
      ['Fäbodturism', 'Föreningen Fäbodriket', { start: '2020-03', end: '2022-02' }, 450000],
      ['Unga entreprenörer', 'Region Dalarna', { start: '2018-09', end: '2021-06' }, 2100000],
    ]);
  });

  it('leaves a report about one project alone, even with labels repeated in its tables', () => {
    const view = buildView([
      [
        'Circular Timber North',
        'Final report',
        'Lead beneficiary: Region Västerbotten',
        'Partners: Skellefteå kommun · Umeå University',
        'Project name',
        'Circular Timber North',
        'Beneficiary',
        'Region Västerbotten',
        'Project period: 2023-03-01 – 2025-06-30',
      ].join('\n'),
    ]);
    expect(findListing(view)).toBeNull();
    const two = buildView([
      'Projekt A\nProjektägare: Ekby kommun\nProjekttid: 2019–2020\nProjekt B\nProjektägare: Region X\nProjekttid: 2020–2021',
    ]);
    expect(findListing(two)).toBeNull();
  });
});

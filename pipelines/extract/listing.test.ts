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

import { describe, expect, it } from 'vitest';
import { findDocumentType } from './document-type.js';

const cover = (...t: string[]) => t.map((text) => ({ text, page: 1 }));

describe('findDocumentType', () => {
  it.each([
    [['Slutrapport', 'Projektnamn: Attraktiva Mora'], null, 'final_report'],
    [['Utvärdering av projektet Smart industri'], null, 'evaluation'],
    [['MÅL- OCH EFFEKTUTVÄRDERING AV PROJEKT DRIVA'], null, 'evaluation'],
    [['Processutvärdering av Kompetenslyftet'], null, 'evaluation'],
    [['Lägesrapport 2', 'Rapportperiod: 2016-01-01 – 2016-06-30'], null, 'progress_report'],
    [['Lägesredovisning av projektet Östra Valla demoområde och testbädd'], null, 'progress_report'],
    [['SÅGMYRAKUNGEN. 1. Redovisat projekt Journalnummer Projektnamn Sågmyrakungen'], null, 'final_report'],
    [['Bilaga till ansökan om projektstöd'], null, 'project_description'],
    [['PROJECT APPLICATION', 'Project name  Arctic Wood'], null, 'project_description'],
    [['Smart industri Mora'], 'Slutrapport: Smart industri Mora', 'final_report'],
    [['Projektrapport VDT 22'], null, 'final_report'],
    [['Ursprungliga Gotländska spannmålsslag. Sammanslagen rapport över hela projektet'], null, 'final_report'],
    [['1. Vilket projekt redovisar du? Fiber till alla i Hejde/Väte och Grötlingbo'], null, 'final_report'],
    [['Förstudie. Möbelvägen. Rapport'], null, 'final_report'],
    [['Förstudie om kollektivtrafik i glesbygd'], null, 'other'],
  ] as [string[], string | null, string][])('%s', (lines, title, type) => {
    expect(findDocumentType(cover(...lines), title).value).toBe(type);
  });

  it('reads the printed running header when the cover lost it as page furniture', () => {
    const page1 = 'ARCTIC TEST CORRIDOR · FINAL REPORT 2020\nArctic Test Corridor\nLead partner: Arjeplogs kommun';
    expect(findDocumentType(cover('Arctic Test Corridor', 'Lead partner: Arjeplogs kommun'), 'Arctic Test Corridor', page1).value).toBe(
      'final_report',
    );
  });

  it('lets the cover win over the printed header', () => {
    expect(findDocumentType(cover('Slutrapport'), null, 'Följeforskning av projektet X\nSlutrapport').value).toBe('final_report');
  });

  it('is other when nothing says what the document is', () => {
    expect(findDocumentType(cover('Arctic Test Corridor'), null, 'Arctic Test Corridor').value).toBe('other');
  });
});

import { describe, expect, it } from 'vitest';
import { detectHeading, findSections, headingKind } from './sections.js';
import type { Line } from './layout.js';

describe('detectHeading', () => {
  const cases: [string, string, string | null][] = [
    ['Lärdomar', 'lessons', null],
    ['6. Lärdomar och utmaningar', 'lessons', '6'],
    ['3.2 Erfarenheter och lärdomar', 'lessons', '3.2'],
    ['LÄRDOMAR', 'lessons', null],
    ['Vad har vi lärt oss?', 'lessons', null],
    ['Vad hade eventuellt kunnat göras bättre?', 'lessons', null],
    ['Lessons learnt and challenges', 'lessons', null],
    ['IV. Slutsatser och rekommendationer', 'conclusions', 'IV'],
    ['Sammanfattning', 'summary', null],
    ['Executive summary', 'summary', null],
    ['2. Bakgrund', 'background', '2'],
    ['Syfte och mål', 'purpose', null],
    ['Genomförda aktiviteter', 'implementation', null],
    ['Resultat och effekter', 'results', null],
    ['Spridning av resultat', 'dissemination', null],
    ['7 Ekonomi', 'budget', '7'],
    ['4. Projektets organisation och styrning', 'other', '4'],
    ['GENOMFÖRANDE AV INSATSERNA', 'implementation', null],
    ['PROJEKTETS STYRNING', 'other', null],
    // Headings no list holds, typed by the heading word they lead or close with.
    ['Viktiga lärdomar', 'lessons', null],
    ['Key learnings', 'lessons', null],
    ['Det här har vi lärt oss', 'lessons', null],
    ['Hittills har vi lärt oss', 'lessons', null],
    ['Summary of recommendations', 'conclusions', null],
    ['5. Experiences and lessons so far', 'lessons', '5'],
    ['Preliminära lärdomar', 'lessons', null],
    ['Lärdomar hittills', 'lessons', null],
    ['Lärdomar inför framtiden', 'lessons', null],
    ['Goda exempel och lärdomar', 'lessons', null],
    ['Vad gick bra och vad gick mindre bra?', 'lessons', null],
    ['Projektets ekonomi', 'budget', null],
    ['Summering', 'summary', null],
    ['4. Lessons learned – what worked and what did not', 'lessons', '4'],
    ['What worked – and what did not', 'lessons', null],
    // Sections that end the one before them.
    ['Implementering', 'other', null],
    ['5. Next steps', 'other', '5'],
    ['Har projektet lett till bestående förändringar?', 'other', null],
    ['Beskriv de viktigaste lärdomarna från projektet.', 'lessons', null],
    ['Detta tar vi med oss', 'lessons', null],
  ];
  it.each(cases)('%s', (line, kind, number) => {
    expect(detectHeading(line)).toMatchObject({ kind, number, toc: false });
  });

  it.each([
    'Projektet har letts av Maria Pettersson.',
    '1. Det är viktigt att tidigt förankra projektet hos ledande politiker och förvaltningschefer.',
    'Budget: 4,85 mkr',
    'Resultaten har spridits genom kommunens hemsida, pressmeddelanden och ett avslutande',
    'lärdomar från andra projekt',
    'Sökande Ekonomiska föreningen Leader Sjuhärad',
    'Budget totalt 2 736 tkr',
    'Erfarenheter från tidigare projekt visar att',
    'Kontaktperson för projektet har varit Lisa Thorén.',
  ])('is not a heading: %s', (line) => {
    expect(detectHeading(line)).toBeNull();
  });

  it('is not a heading when a number breaks over the line end', () => {
    expect(detectHeading('2. Kostnaden per deltagare blev ca 12', '000 kr, vilket är lägre än i')).toBeNull();
    expect(detectHeading('4. Projektets organisation', 'Styrgruppen har haft sex möten.')?.kind).toBe('other');
  });

  it.each(['Lärdomar ........................ 12', '5.2 Lärdomar …… 14', 'Sammanfattning . . . . . 3'])('marks TOC lines: %s', (line) => {
    expect(detectHeading(line)?.toc).toBe(true);
  });

  it('ends a section where a table of contents begins', () => {
    const lines = [
      'Summary of recommendations',
      'Agree in writing on the division of roles.',
      'Contents',
      '1 Introduction ........ 2',
      '2 The project ........ 3',
      '1 Introduction',
      'The project started in 2023.',
    ].map((text) => ({ text, page: 1 }));
    const recs = findSections(lines).sections.find((s) => s.kind === 'conclusions')!;
    expect(lines.slice(recs.start, recs.end).map((l) => l.text)).toEqual(['Agree in writing on the division of roles.']);
  });

  it('types compound headings by their lessons word', () => {
    expect(headingKind('Rekommendationer och lärdomar')).toBe('lessons');
    expect(headingKind('Resultat och effekter')).toBe('results');
  });
});

describe('findSections', () => {
  it("reads the document's long first line as its title, not a section", () => {
    const lines: Line[] = ['Learning from innovation management pilot initiatives', 'Reference number', 'Coordinator Apel AB'].map(
      (text) => ({ text, page: 1 }),
    );
    expect(findSections(lines).sections.filter((s) => s.kind === 'lessons')).toEqual([]);
    const page: Line[] = ['Lärdomar', 'Samverkan tar tid och behöver planeras.'].map((text) => ({ text, page: 1 }));
    expect(findSections(page).sections.map((s) => s.kind)).toEqual(['lessons']);
  });
  it('reads a subtitle under the title, before any running text, as part of the title', () => {
    const lines: Line[] = [
      'LEDA för smartare välfärd',
      'Lärdomar av ett annorlunda förändringsledningsprogram',
      'Projektet LEDA för smartare välfärd pågick 2016-2018.',
    ].map((text) => ({ text, page: 1 }));
    expect(findSections(lines).sections.filter((s) => s.kind === 'lessons')).toEqual([]);
    // Under web-page furniture or after running text, the same line heads a section.
    const page: Line[] = [
      'Projektet pågick 2016-2018.',
      'Lärdomar av ett annorlunda förändringsledningsprogram',
      'Samverkan tar tid och behöver planeras.',
    ].map((text) => ({ text, page: 1 }));
    expect(findSections(page).sections.map((s) => s.kind)).toEqual(['lessons']);
  });
  it("takes a heading among a news item's subheadings listed at its top for the list, not a section", () => {
    const lines: Line[] = [
      'Pollinatören är listat som ett av fem goda exempel på initiativ för att främja bin.',
      'Inte vanligt',
      'Jobbar bättre i lä',
      'Nyttiga erfarenheter',
      'Alla kan bli vinnare',
      'Det är Copa-Cogeca som tagit med det svenska projektet i ett dokument om binas roll.',
    ].map((text) => ({ text, page: 1 }));
    expect(findSections(lines).sections.filter((s) => s.kind === 'lessons')).toEqual([]);
    // A lessons heading over a list of short items is a section.
    const list: Line[] = ['Projektet avslutades i juni.', 'Lärdomar', 'Förankra tidigt', 'Avsätt tid', 'Följ upp'].map((text) => ({
      text,
      page: 1,
    }));
    expect(findSections(list).sections.map((s) => s.kind)).toContain('lessons');
  });
  it('takes a heading under a contents list without leaders, run on from its head, for the contents', () => {
    const lines: Line[] = [
      '2 Innehåll 1. Sammanfattning Projektets bakgrund och syfte Intressenter Metodbeskrivning',
      'Projektansats Målsättningar och indikatorer Resurser/medel Aktiviteter Riskanalys',
      'Utvärderingen Slutsatser, resultat och rekommendationer',
      '3 1. Sammanfattning Hur har projektet arbetat? Projektet arbetar med utbildning.',
    ].map((text) => ({ text, page: 1 }));
    expect(findSections(lines).sections.filter((s) => s.kind === 'conclusions' || s.kind === 'lessons')).toEqual([]);
  });
  it('takes a heading that ends a contents run together over wrapped lines for the contents, not a section', () => {
    const lines: Line[] = [
      'Projektets förväntade långfristiga effekter Resultat - Vad har hänt hittills? Deltagare... 5',
      'Måluppfyllelse företagsnivå... 6 Sju frågor från projektägaren Nyttja/Kontakt... 7',
      'Samverkan/Entreprenörskap Att främja lärandet Strategisk kompetensutveckling/lärdomar',
      'Reflektion och bedömning',
      '1. Bakgrund Projektet inkluderar soloföretag och småföretag inom bruksorten.',
      'Förprojekteringen visar stort behov av kompetensutveckling.',
    ].map((text) => ({ text, page: 1 }));
    expect(findSections(lines).sections.filter((s) => s.kind === 'lessons')).toEqual([]);
    // The same heading after a sentence that ended is a section.
    const body: Line[] = ['Projektet avslutades i juni.', 'Reflektion och bedömning', 'Samverkan tog längre tid än väntat.'].map(
      (text) => ({ text, page: 1 }),
    );
    expect(findSections(body).sections.map((s) => s.kind)).toContain('lessons');
    // And after a contents entry that ends with its page number.
    const afterToc: Line[] = ['2. Lärdomar ........ 3', 'Reflektion och bedömning', 'Samverkan tog längre tid än väntat.'].map((text) => ({
      text,
      page: 1,
    }));
    expect(findSections(afterToc).sections.map((s) => s.kind)).toContain('lessons');
  });
  it('uses the body heading, not the TOC entry, and keeps numbered subsections inside', () => {
    const lines: Line[] = [
      'Innehåll',
      '1. Sammanfattning ........ 2',
      '2. Lärdomar ........ 3',
      '1. Sammanfattning',
      'Text.',
      '2. Lärdomar',
      'Första lärdomen är viktig.',
      '2.1 Framtida arbete',
      'Andra lärdomen gäller styrning.',
      '3. Spridning',
      'Spridd.',
    ].map((text, i) => ({ text, page: i < 3 ? 1 : 2 }));
    const { sections } = findSections(lines);
    const lessons = sections.find((s) => s.kind === 'lessons')!;
    expect(lessons.page).toBe(2);
    expect(lines.slice(lessons.start, lessons.end).map((l) => l.text)).toEqual([
      'Första lärdomen är viktig.',
      '2.1 Framtida arbete',
      'Andra lärdomen gäller styrning.',
    ]);
  });
});

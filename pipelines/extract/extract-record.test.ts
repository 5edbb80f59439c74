import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../shared/types/record.js';
import { extractRecord } from './extract-record.js';

const doc = (pages: string[], info: Partial<ParsedDocument['info']> = {}): ParsedDocument => ({
  pages,
  info: { title: null, author: null, creator: null, producer: null, ...info },
});

describe('extractRecord: Swedish final report printed from an online form', () => {
  const rec = extractRecord(
    doc([
      [
        'FRIRPT v.1',
        'Sid 1 (4)',
        'Slutrapport',
        'Ärende-ID: 20201587',
        'Projektnamn: Besöksnäring i Vara och Grästorp',
        'Stödmottagare: Vara kommun',
        'Kontaktperson: Karin Lindqvist, 0512-310 00',
        'Startdatum: 2016-09-01',
        'Slutdatum: 2018-08-31',
        'Beviljat belopp: 1 250 000 kr',
        'Programområde: Lokalt och regionalt tillväxtarbete',
      ].join('\n'),
      [
        'FRIRPT v.1',
        'Sid 2 (4)',
        'Innehåll',
        '1. Sammanfattning ........ 2',
        '2. Lärdomar ........ 3',
        '1. Sammanfattning',
        'Ge en sammanfattande beskrivning av projektidé och framkomna resultat.',
        'Projektet har stärkt besöksnäringen i Vara och Grästorp genom gemensam marknadsföring',
        'och ett nätverk för destinationsutveckling. Projektet ägs av Vara kommun.',
        'Den totala budgeten för projektet var 2 840 tkr, varav 1 250 tkr i beviljat stöd.',
        'Kommunen satsar dessutom 300 000 kronor per år på turistinformation.',
        'Organisationsnummer 212000-1645.',
      ].join('\n'),
      [
        'FRIRPT v.1',
        'Sid 3 (4)',
        '2. Lärdomar',
        'Vad hade eventuellt kunnat göras bättre?',
        'Vi borde ha involverat företagen redan i planeringen av aktiviteterna. Samarbetet',
        'mellan kommunerna tog tid att etablera men blev en styrka.',
        'Vad har vi lärt oss?',
        '– Gemensam marknadsföring ger mer effekt än att varje kommun marknadsför sig',
        'själv.',
        '– En ansvarig samordnare behövs efter projektslut.',
        '3. Spridning',
        'Resultaten har spridits via kommunens hemsida.',
      ].join('\n'),
      ['FRIRPT v.1', 'Sid 4 (4)', 'Bilagor', 'Bilaga 1. Deltagarlista'].join('\n'),
    ]),
  );

  it('reads the form labels', () => {
    expect(rec).toMatchObject({
      projectName: 'Besöksnäring i Vara och Grästorp',
      documentType: 'final_report',
      language: 'sv',
      owner: 'Vara kommun',
      diaryNumber: '20201587',
      period: { start: '2016-09-01', end: '2018-08-31' },
      projectManager: 'Karin Lindqvist',
      programme: 'Lokalt och regionalt tillväxtarbete',
      county: 'Västra Götalands län',
    });
  });
  it('tells total budget from granted support and yearly amounts', () => {
    expect(rec.budget).toEqual({ totalSek: 2_840_000, grantedSek: 1_250_000 });
  });
  it('finds ordinary-word municipalities in a place context', () => {
    expect(rec.municipalities.sort()).toEqual(['Grästorp', 'Vara']);
  });
  it('takes lessons from prose and dashes under the form prompts, from the body not the TOC', () => {
    expect(rec.lessonsLearned).toEqual([
      'Vi borde ha involverat företagen redan i planeringen av aktiviteterna.',
      'Samarbetet mellan kommunerna tog tid att etablera men blev en styrka.',
      'Gemensam marknadsföring ger mer effekt än att varje kommun marknadsför sig själv.',
      'En ansvarig samordnare behövs efter projektslut.',
    ]);
    expect(rec.provenance.lessonsLearned?.page).toBe(3);
  });
  it('keeps the summary and provenance', () => {
    expect(rec.summary).toContain('stärkt besöksnäringen');
    expect(rec.provenance.owner).toMatchObject({ page: 1 });
    expect(rec.themes).toContain('Attraktiva miljöer och tillgänglighet');
  });
});

describe('extractRecord: evaluation written by a consultancy', () => {
  const rec = extractRecord(
    doc(
      [
        'Slututvärdering av projektet Smart industri Norrbotten\nRamböll Management Consulting\nJuni 2019',
        [
          'Sammanfattning',
          'Ramböll har på uppdrag av Länsstyrelsen i Norrbottens län utvärderat projektet.',
          'Bakgrund',
          'Beställare och projektägare är Länsstyrelsen i Norrbottens län. Projektet pågick mellan',
          'augusti 2016 och juni 2019 och finansierades av Tillväxtverket och Region Norrbotten.',
          'Projektet har letts av Per Strömkvist. Slutlig budget för projektet var 4,85 mkr.',
          'Insatserna har genomförts i Kiruna, Gällivare och Pajala. Företag i Kiruna och',
          'Gällivare deltog mest. Även Pajala kommun bidrog med lokaler.',
          'Utvärderingen har genomförts av Ramböll Management Consulting.',
          'Slutsatser och rekommendationer',
          '1. Projektet bör förankras hos kommunledningarna innan start.',
          '2. Uppföljningen av företagen behöver fortsätta efter projektslut.',
        ].join('\n'),
      ],
      { author: 'Ramböll Management Consulting', title: 'Slututvärdering Smart industri Norrbotten' },
    ),
  );

  it('never takes the evaluator as owner', () => {
    expect(rec.owner).toBe('Länsstyrelsen i Norrbottens län');
    expect(rec.documentType).toBe('evaluation');
    expect(rec.projectName).toBe('Smart industri Norrbotten');
  });
  it('reads the facts from sentences', () => {
    expect(rec).toMatchObject({
      period: { start: '2016-08', end: '2019-06' },
      budget: { totalSek: 4_850_000, grantedSek: null },
      funders: ['Tillväxtverket', 'Region Norrbotten'],
      projectManager: 'Per Strömkvist',
      county: 'Norrbottens län',
      diaryNumber: null,
    });
    expect(rec.municipalities.sort()).toEqual(['Gällivare', 'Kiruna', 'Pajala']);
  });
  it('takes lessons from conclusions and recommendations', () => {
    expect(rec.lessonsLearned).toEqual([
      'Projektet bör förankras hos kommunledningarna innan start.',
      'Uppföljningen av företagen behöver fortsätta efter projektslut.',
    ]);
  });
});

describe('extractRecord: English report', () => {
  const rec = extractRecord(
    doc([
      'Export Skåne\nFinal report\nProject owner: Lunds kommun\nProject period: 1 March 2019 – 30 June 2021\nTotal project budget: SEK 4,850,000\nGranted support: SEK 2,000,000\nProject manager: Sara Nilsson\nSida 1 av 2',
      [
        'Final report – Export Skåne',
        'Executive summary',
        'The project aimed to increase the export share of companies in Lund.',
        'The project was financed by Tillväxtverket, Region Skåne and the European Regional Development Fund.',
        'In addition, the municipality contributes SEK 500,000 per year to the network.',
        'Lessons learned',
        '• International contacts take a long time to build and require',
        'persistence.',
        '• Export advice must be adapted to the maturity of each company.',
        'Sida 2 av 2',
      ].join('\n'),
    ]),
  );
  it('reads English labels and lessons', () => {
    expect(rec).toMatchObject({
      projectName: 'Export Skåne',
      documentType: 'final_report',
      language: 'en',
      owner: 'Lunds kommun',
      period: { start: '2019-03-01', end: '2021-06-30' },
      budget: { totalSek: 4_850_000, grantedSek: 2_000_000 },
      projectManager: 'Sara Nilsson',
      county: 'Skåne län',
      municipalities: ['Lund'],
      funders: ['Tillväxtverket', 'Region Skåne', 'European Regional Development Fund'],
      lessonsLearned: [
        'International contacts take a long time to build and require persistence.',
        'Export advice must be adapted to the maturity of each company.',
      ],
    });
    expect(rec.themes).toEqual(['Internationellt samarbete']);
  });
});

describe('extractRecord: progress report', () => {
  const rec = extractRecord(
    doc([
      'Lägesrapport 2\nKompetenslyftet Gotland\nRapportperiod: 2017-01-01 – 2017-06-30\nProjektperiod: 201603 — 201812\nDnr: Ä 2016-001579:03\nProjektägare: Region Gotland',
      'Ekonomi\nTotal projektbudget: 3,2 Mkr\nUpparbetat hittills 1 100 000 kr.\nLärdomar\nDet tar tid att bygga förtroende hos arbetsgivarna.',
    ]),
  );
  it('never takes the reporting period as the project period', () => {
    expect(rec.period).toEqual({ start: '2016-03', end: '2018-12' });
    expect(rec.documentType).toBe('progress_report');
  });
  it('reads identifiers, Gotland and budget as written', () => {
    expect(rec).toMatchObject({
      diaryNumber: 'Ä 2016-001579:03',
      owner: 'Region Gotland',
      county: 'Gotlands län',
      municipalities: ['Gotland'],
      budget: { totalSek: 3_200_000, grantedSek: null },
    });
    expect(rec.lessonsLearned).toEqual(['Det tar tid att bygga förtroende hos arbetsgivarna.']);
  });
});

describe('extractRecord: nothing to find', () => {
  it('returns nulls and empty lists, not guesses', () => {
    const rec = extractRecord(doc(['Protokoll\nMötet öppnades. Inga beslut fattades.']));
    expect(rec).toMatchObject({
      owner: null,
      diaryNumber: null,
      period: { start: null, end: null },
      budget: { totalSek: null, grantedSek: null },
      county: null,
      municipalities: [],
      funders: [],
      programme: null,
      projectManager: null,
      lessonsLearned: [],
      summary: null,
    });
    expect(rec.warnings.length).toBeGreaterThan(0);
  });
});

describe('extractRecord: a project bank page whose fact box lost the space between its cells', () => {
  const rec = extractRecord(
    doc([
      [
        'Ung framtid Motala',
        'ProgramområdeProgramområde 2 Ökat arbetskraftsutbud',
        'ProjektfasGenomförande',
        'ProjektägareBildningsförvaltningen Motala Kommun',
        'KontaktpersonMarie Wetter',
        'Beviljat ESF-stöd8 637 514 kr',
        'Total projektbudget15 556 385 kr',
        'Projektperiod2012-01-02 till 2014-06-30',
        'Sammanfattning',
        'Projektet ska stärka ungdomars självkänsla och kunskap om utbildningsvägar och arbetsliv.',
      ].join('\n'),
    ]),
  );
  it('reads each cell as label and value', () => {
    expect(rec.owner).toBe('Bildningsförvaltningen Motala Kommun');
    expect(rec.projectManager).toBe('Marie Wetter');
    expect(rec.budget).toEqual({ totalSek: 15556385, grantedSek: 8637514 });
    expect(rec.period).toEqual({ start: '2012-01-02', end: '2014-06-30' });
  });
  it('is a project description, paid by the fund its grant label names; a programme area is no programme', () => {
    expect(rec.documentType).toBe('project_description');
    expect(rec.funders).toEqual(['Europeiska socialfonden']);
    expect(rec.programme).toBeNull();
  });
});

describe('extractRecord: a news item with a headline and links to other news', () => {
  const rec = extractRecord(
    doc([
      [
        '4 oktober 2017',
        'Regionen satsar 4,8 miljoner på tillväxtprojekt',
        'Regionala utvecklingsnämnden beslutade i dag att ge anslag till Växarena 2.0 – ett regionalt projekt för tillväxt.',
        'Projektet Växarena 2.0 vill satsa på affärsutveckling av små och medelstora företag.',
        'Relaterade nyheter',
        'Region Kronoberg har beviljat 3 706 566 kronor till projektet ”Kompetens i Kronoberg”, som finansieras av Europeiska socialfonden.',
      ].join('\n'),
    ]),
  );
  it('names the project the text names, not the headline', () => {
    expect(rec.projectName).toBe('Växarena 2.0');
  });
  it('reads nothing from the other news items', () => {
    expect(rec.budget.grantedSek).toBeNull();
    expect(rec.funders).toEqual([]);
  });
});

describe('extractRecord: a name not given by a label is no byline, date line or next sentence', () => {
  it.each([
    // The cover's byline and date run on after "…-projektet".
    [
      'Slutrapport - Följeforskning FÖRST-projektet Högskolan i Gävle Fredrik Jönsson Erik Jakobsson Mars 2010',
      'Arbetet har pågått i tre år.',
    ],
    // "projektet" ends one sentence and the next begins without a full stop.
    [
      'Lägesrapport oktober - december 2012',
      'Vi har valt två partners att utvärdera projektet Seminariet den 2 oktober gav oss tillfälle att sprida kunskap',
    ],
    ['Final report', 'Companies learned a lot from the project Through this they found new markets.'],
    // A web page's furniture, and a title cut off mid-phrase.
    ['Slutrapport', 'Läs om projektet Klimatkommunernas webbplats där allt finns.'],
    ['Slutrapport', 'Arbetet gjordes inom projektet Deltagande orter i'],
  ])('%s', (cover, sentence) => {
    expect(extractRecord(doc([[cover, '', sentence].join('\n')])).projectName).toBeNull();
  });

  it('keeps a name that starts with a given name, and a labelled one', () => {
    expect(extractRecord(doc(['Högskolan Väst ska samverka med sex kommuner i projektet Urban Platsinnovation.'])).projectName).toBe(
      'Urban Platsinnovation',
    );
    expect(extractRecord(doc(['Projektnamn: Vår by vår framtid\nProjektägare: Byalaget'])).projectName).toBe('Vår by vår framtid');
  });
});

describe('extractRecord: a project across counties has no county', () => {
  it.each([
    'Projektet Smart Industri i Mellansverige, som startade 2017, stärker industriföretag i Borlänge kommun.',
    'Projektet är ett samarbete mellan lärosätena i Skåne-Blekinge och har sitt kansli i Karlskrona kommun.',
    'Projektet verkar i hela Småland och drivs från Växjö kommun.',
    'The project is run by the County Administrative Board of Skåne in Malmö and will continue until 2031 with initiatives in nine counties in southern Sweden. Malmö kommun is a partner.',
  ])('%s', (sentence) => {
    expect(extractRecord(doc([sentence])).county).toBeNull();
  });
  it('keeps the county of a project in one county', () => {
    expect(extractRecord(doc(['Projektet drivs av Borlänge kommun och verkar i hela kommunen.'])).county).toBe('Dalarnas län');
  });
});

describe('extractRecord: a form key at a wrapped line end, and a news item whose first sentence opens under its date', () => {
  it('reads the key’s value from the next line', () => {
    const rec = extractRecord(
      doc([
        [
          '#jagmed Unga till utbildning och arbete 2015-2018 Slutrapport',
          '#jagmed - Unga till utbildning och arbete ESF diarienummer 2015/00142 Projektägare:',
          'Region Östergötland Datum: Uppgiftslämnare: Lars I Jonsson Huvudprojektledare: Lars I',
          'Jonsson Kontaktuppgifter: e-post: lars.i.jonsson@example.se',
        ].join('\n'),
      ]),
    );
    expect(rec.owner).toBe('Region Östergötland');
  });
  it('takes the organisation granted support in the first sentence, not a title line', () => {
    const rec = extractRecord(
      doc([
        [
          '2018-07-11 14.55',
          '1,5 miljoner till Överhogdalsbonaderna',
          'Överhogdals byalag har beviljats projektstöd för',
          'överhogdalsbonaderna med budskap från vikingatiden. Projektets budget är på 1,5 miljoner',
          'kronor och finansieras av Leader Hälsingebygden och egen finansiering.',
        ].join('\n'),
      ]),
    );
    expect(rec.owner).toBe('Överhogdals byalag');
  });
});

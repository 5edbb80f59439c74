import { describe, expect, it } from 'vitest';
import { buildView } from './document.js';
import { chooseProjectName, headlineAfter, tidyName } from './fields/project-name.js';
import { cleanTitle, findProjectName } from './title.js';
import { rulesRecordOf } from '../../test/extract-text.js';

/** The name found on a one-page report with these lines and PDF title/author fields. */
function name(lines: string[], pdfTitle: string | null = null, author: string | null = null): string | null {
  const page = lines.join('\n');
  const v = buildView([page]);
  return findProjectName(v.labels, v.cover, pdfTitle, author, [page])?.value ?? null;
}

describe('the first lines of a web page', () => {
  it('takes a name that ends on its municipality as the title, not as an organisation', () => {
    expect(
      name([
        'Mer attraktiva orter i Hässleholms kommun',
        'Projektet genomfördes i Leader Lag PH under programperiod 2014-2024.',
        'Projektet ville skapa en arena för dialoger mellan medborgare och aktörer från offentlig sektor.',
      ]),
    ).toBe('Mer attraktiva orter i Hässleholms kommun');
  });
  it("takes a plan for a municipality as the title ('Belysningsplan för Norrköpings kommun')", () => {
    expect(
      name([
        'Belysningsplan för Norrköpings kommun',
        'I Norrköpings kommun valde tekniska kontoret att initiera ett projekt för att skapa bättre trygghetsupplevelser.',
      ]),
    ).toBe('Belysningsplan för Norrköpings kommun');
  });
  it("sets a site's search box aside ('Sök på webbplatsen')", () => {
    expect(
      name([
        'Sök på webbplatsen',
        'Mikrostöd - Vilda pollinatörer',
        'Projektet ska öka kunskapen om vilda pollinatörer bland lantbrukare i länet.',
      ]),
    ).toBe('Mikrostöd - Vilda pollinatörer');
  });
  it('sets a cookie notice and the skip links aside', () => {
    const v = buildView([
      [
        'Kakor',
        'Vi använder oss av kakor (cookies) för att underlätta navigering och för att förbättra',
        'ditt besök på webbplatsen. Kakor behövs för Lyssna-funktionen och för att hantera',
        'inställningar som du gör.',
        'Gå till sidans meny Gå till sidans innehåll',
        'LIR - Ledare i rörelse',
        'Projektet drivs av: Skånes skolidrottsförbund',
      ].join('\n'),
    ]);
    expect(v.roles.slice(0, 5)).toEqual(['chrome', 'chrome', 'chrome', 'chrome', 'chrome']);
    expect(v.lines[5]!.text).toBe('LIR - Ledare i rörelse');
    expect(v.roles[5]).toBe('title');
    expect(v.labels.find((h) => h.field === 'owner')?.value).toBe('Skånes skolidrottsförbund');
  });
});

describe('cleanTitle', () => {
  const cases: [string, string | null][] = [
    ['Utvärdering av projektet Karlstad växer', 'Karlstad växer'],
    ['Slutrapport: Global Hässleholm', 'Global Hässleholm'],
    ['Final report – Smart Health Kattegat', 'Smart Health Kattegat'],
    ['Följeforskning av Servicelyftet Bergslagen', 'Servicelyftet Bergslagen'],
    ['Smart Health Kattegat - Final report', 'Smart Health Kattegat'],
    ['Slutrapport', null],
    ['Lägesrapport 3', null],
    ['GEMENSAM SLUTRAPPORT', null],
    ['Slutrapport förstudie Hamnstaden', 'förstudie Hamnstaden'],
    ['Slutrapport till Energimyndigheten', null],
    ['Slutrapport för projekt', null],
    ['Evaluating the Västby Food Lab', 'Västby Food Lab'],
    ['Progress report no. 2', null],
    ['Final evaluation report', null],
    ['Arbetsrapport nr 9, 2021', 'Arbetsrapport nr 9, 2021'],
    ['23-060-S02 - Remake Textile', 'Remake Textile'],
    ['Vision Dalkarlshyttan förstudie Foto: www.lindesbergsgk.se', 'Vision Dalkarlshyttan förstudie'],
    ['Giftfritt Jämtland Härjedalen Skriv tabellbeskrivning här', 'Giftfritt Jämtland Härjedalen'],
    ['Ungtall. Foto: Anders Lindqvist', null],
    ['2021-4559 Gemenskapande konst- och kulturled vid Göta älv', 'Gemenskapande konst- och kulturled vid Göta älv'],
    ['2019 Utvecklingsplan för Ljusnan', '2019 Utvecklingsplan för Ljusnan'],
    // A period before the name is no journal number (another step reads it as the period).
    ['1997-2000 Dalslands kanals upplevelseområde', '1997-2000 Dalslands kanals upplevelseområde'],
    ['Göteborgs Insjörike. en utvärdering av samverkan i projekt', 'Göteborgs Insjörike'],
    ['Lärande utvärdering i ESF-projektet KLURA', 'KLURA'],
    ['Utvärdering av projektet Nordanstig Utveckling, Nordanstigs kommun', 'Nordanstig Utveckling'],
    ['Trähus 2030 - Slutrapport', 'Trähus 2030'],
    ['Ung i fokus - Svenska ESF', 'Ung i fokus'],
    ['Smart Housing Småland | Vinnova', 'Smart Housing Småland'],
    // The year the report covers and a page's status after the name.
    [
      'Aktörssamverkan för en ökad ekologisk konsumtion och produktion under år 2010',
      'Aktörssamverkan för en ökad ekologisk konsumtion och produktion',
    ],
    ['Mer ekologiskt i Jönköpings län (avslutat)', 'Mer ekologiskt i Jönköpings län'],
    // The project's genitive before the document word: a definite noun's or a short form's.
    ['Stjärnförsökets slutrapport – ForskarFredags massexperiment 2020', 'Stjärnförsöket'],
    ['KOLLAs slutrapport', 'KOLLA'],
    ['Samhällsorientering på modersmål I Östergötland Utvärdering av försöksverksamhet', 'Samhällsorientering på modersmål I Östergötland'],
  ];
  it.each(cases)('%s', (s, out) => expect(cleanTitle(s)).toBe(out));
});

describe('findProjectName', () => {
  const body = 'Projektet har arbetat med företagen i regionen under tre år och nått de flesta av sina mål.';
  const cases: [string, string[], string | null, string | null, string | null][] = [
    // Labels.
    [
      'name label',
      ['Slutrapport', 'Projektnamn: Vägar till Vård och Omsorg', 'Projektägare: Botkyrka kommun'],
      null,
      null,
      'Vägar till Vård och Omsorg',
    ],
    [
      'title label beats acronym',
      [
        'PROGRESS REPORT',
        'Project acronym            GreenPort Links',
        'Project title              Green and connected small ports',
        'Lead partner               Municipality of Östhammar',
      ],
      null,
      null,
      'Green and connected small ports',
    ],
    // Cover titles.
    ['plain cover', ['Global Hässleholm', 'Lägesrapport 3', body], null, null, 'Global Hässleholm'],
    [
      'wrapped after document words',
      ['Utvärdering av projektet Katrineholm', 'Flen växer', 'Utvärderingsrapport', body],
      null,
      null,
      'Katrineholm Flen växer',
    ],
    [
      'capitals then subtitle and organisation',
      [
        'SLUTREDOVISNING',
        'HEMVÄNDARLOTSEN SOLLEFTEÅ',
        'En satsning för att locka tillbaka unga vuxna till kommunen',
        'Sollefteå kommun, Näringslivsavdelningen',
        'September 2012',
        body,
      ],
      null,
      null,
      'HEMVÄNDARLOTSEN SOLLEFTEÅ',
    ],
    [
      'short title then subtitle',
      ['SLUTRAPPORT', 'AI-Lyftet Östergötland', 'Tillämpad artificiell intelligens för små och medelstora företag', 'Ärende-ID: 20201955'],
      null,
      null,
      'AI-Lyftet Östergötland',
    ],
    [
      'logo and date before the introducer',
      [
        'RAMBÖLL',
        'Februari 2020',
        'SLUTUTVÄRDERING AV PROJEKTET',
        'SMART INDUSTRI VÄSTMANLAND',
        'Slutrapport',
        'Uppdragsgivare: Västerås Science Park AB',
      ],
      null,
      null,
      'SMART INDUSTRI VÄSTMANLAND',
    ],
    [
      'logo then introducer with the name',
      ['SWECO', 'Följeforskning av Servicelyftet Bergslagen', 'Slutrapport', '2015-03-02'],
      null,
      null,
      'Servicelyftet Bergslagen',
    ],
    [
      'English logo then introducer',
      [
        'OXFORD RESEARCH',
        'Final evaluation of the project',
        'Blekinge Digital Ocean',
        'Commissioned by Blekinge Institute of Technology',
        'May 2020',
      ],
      null,
      null,
      'Blekinge Digital Ocean',
    ],
    [
      'university and department before',
      [
        'LULEÅ TEKNISKA UNIVERSITET',
        'Institutionen för ekonomi, teknik, konst och samhälle',
        'Följeforskning av projektet',
        'Digital Välfärd Piteå',
        'Slutrapport',
        'Luleå 2014-02-20',
      ],
      null,
      null,
      'Digital Välfärd Piteå',
    ],
    [
      'author field names the logo',
      ['KONTIGO', 'Utvärdering av Företagsakuten Västra Värmland', 'Slutrapport, januari 2015'],
      null,
      'Kontigo AB',
      'Företagsakuten Västra Värmland',
    ],
    // The PDF title as a witness.
    [
      'PDF title restores case',
      ['RAMBÖLL', 'Februari 2020', 'SLUTUTVÄRDERING AV PROJEKTET', 'SMART INDUSTRI VÄSTMANLAND', 'Slutrapport'],
      'Slututvärdering Smart Industri Västmanland',
      'Ramböll Management Consulting',
      'Smart Industri Västmanland',
    ],
    [
      'PDF title found in a running header',
      [
        'Gotlandsull – från fårhage till färdig produkt 2024–2026',
        'PROJEKTBESKRIVNING',
        'Bilaga till ansökan om projektstöd',
        'Innehåll',
        '1. Sammanfattning ........................ 2',
      ],
      'Projektbeskrivning Gotlandsull',
      null,
      'Gotlandsull – från fårhage till färdig produkt',
    ],
    [
      'shorter PDF title, fuller cover',
      ['SLUTRAPPORT', 'AI-Lyftet Östergötland', 'Tillämpad artificiell intelligens för små och medelstora företag'],
      'Slutrapport AI-Lyftet',
      null,
      'AI-Lyftet Östergötland',
    ],
    ['PDF title only', [body], 'Slutrapport: Export Hudiksvall', null, 'Export Hudiksvall'],
    ['capitals title before a date', ['GLOBAL HÄSSLEHOLM', 'Juni 2019', 'Slutrapport', body], null, null, 'GLOBAL HÄSSLEHOLM'],
    [
      'a name with a year is no date line',
      ['Sågverk 2030', 'Digitalisering i norrländska sågverk', 'SLUTRAPPORT', 'Ärende-ID 20201111'],
      'Sågverk 2030 slutrapport',
      null,
      'Sågverk 2030',
    ],
    [
      'faculty line before the introducer',
      [
        'ÖSTBY UNIVERSITET',
        'Akademin för teknik och miljö',
        'Slututvärdering av projektet Nya Vägar',
        'Samordnade insatser för unga vuxna utanför arbetsmarknaden',
        'Västby, oktober 2019',
      ],
      'Slututvärdering Nya Vägar',
      'Östby universitet',
      'Nya Vägar',
    ],
    [
      'report series line before the name',
      [
        'HÖGSKOLAN I NORRBY',
        'Avdelningen för ekonomi',
        'Arbetsrapport nr 9, 2021',
        'Flytta Norrut',
        '– utvärdering av en inflyttarservice',
        'Anna Berg',
      ],
      'Utvärdering Flytta Norrut',
      'Högskolan i Norrby',
      'Flytta Norrut',
    ],
    [
      'English evaluating line',
      [
        'VÄSTBY UNIVERSITY',
        'Department of Food Studies',
        'Evaluating the Västby Food Lab',
        'Final evaluation report',
        'Anna Berg & Per Holm',
        'Västby, December 2022',
      ],
      'Evaluation report Västby Food Lab',
      'Västby University',
      'Västby Food Lab',
    ],
    [
      'numbered progress report under a letterhead',
      [
        'Energikontor Östby',
        'Progress report no. 2',
        'Solar Farms Östby – parks that keep farmland in production',
        'Reporting period: 1 July 2022 – 31 December 2022',
      ],
      'Progress report 2 Solar Farms Östby',
      null,
      'Solar Farms Östby – parks that keep farmland in production',
    ],
    [
      'tagline under a consultancy name',
      [
        'Berg & Partner',
        'UTREDNING · UTVÄRDERING · ANALYS',
        'Företagslyftet Norrby',
        'Slutrapport från den externa utvärderingen',
        'Norrby, mars 2021',
      ],
      'Utvärdering Företagslyftet Norrby slutversion',
      'Berg & Partner AB',
      'Företagslyftet Norrby',
    ],
    [
      '"Project plan" is no label',
      [
        'Project plan',
        'GreenTwin – Digital Twins for Small Factories',
        'Applicant: Västby University',
        'Planned project period: 2020-01-01 – 2022-12-31',
      ],
      'GreenTwin project plan',
      null,
      'GreenTwin – Digital Twins for Small Factories',
    ],
    [
      'file-name PDF title',
      ['VÄSTBY ANALYS', 'Final Evaluation', 'GREENTECH – MOUNTAIN INNOVATION ARENA', 'Interreg Sverige-Norge 2014–2020'],
      'Evaluation_GreenTech_final',
      'Anna Berg',
      'GREENTECH – MOUNTAIN INNOVATION ARENA',
    ],
    [
      'a name in a place whose organisation word is capitalised',
      ['Hållbar skotertrafik i Arjeplogs Kommun', 'Arjeplogs kommun har de senaste åren identifierat en problembild.'],
      null,
      null,
      'Hållbar skotertrafik i Arjeplogs Kommun',
    ],
    // Nothing that is a name.
    ['only running text', [body], null, null, null],
    [
      'attachment note and contents only',
      ['PROJEKTBESKRIVNING', 'Bilaga till ansökan om projektstöd', 'Innehåll', '1. Sammanfattning ........................ 2'],
      null,
      null,
      null,
    ],
    ['PDF title is a case number', ['Slutrapport', 'Innehåll'], 'Slutrapport 20201873', null, null],
    ['PDF title is a document word', ['Slutrapport', 'Innehåll'], 'Lägesrapport 3', null, null],
  ];
  it.each(cases)('%s', (_n, lines, pdfTitle, author, expected) => expect(name(lines, pdfTitle, author)).toBe(expected));
});

describe('findProjectName in letters and shortened PDF titles', () => {
  it("reads a decision letter's subject line", () => {
    expect(
      name(
        [
          'LÄNSSTYRELSEN ÖSTERGÖTLAND\t\tBESLUT',
          '\t\tDatum\tDiarienummer',
          '\t\t2019-05-14\t303-2745-2019',
          'Regionala utvecklingsenheten',
          'Eva Granqvist',
          'Beslut om regionalt projektstöd till projektet Besöksnäring Ydre–Kinda',
        ],
        'Beslut',
      ),
    ).toBe('Besöksnäring Ydre–Kinda');
  });
  it('keeps the fuller cover name the PDF title shortens', () => {
    expect(
      name(
        ['Region Uppsala', 'Regional utveckling', 'SLUTRAPPORT', 'Cirkulära affärer i Uppsala län', 'Om projektet'],
        'Slutrapport Cirkulära affärer',
        'Region Uppsala',
      ),
    ).toBe('Cirkulära affärer i Uppsala län');
  });
});

describe('findProjectName: fuller cover names and recipients', () => {
  it('keeps a place name the PDF title leaves out', () => {
    expect(
      name(
        ['Högskolan Kristianstad', 'Fakulteten för naturvetenskap', 'Livsmedelslyftet Nordöstra Skåne', 'Slutrapport', 'Kristianstad 2019'],
        'Slutrapport Livsmedelslyftet',
        'HKR',
      ),
    ).toBe('Livsmedelslyftet Nordöstra Skåne');
  });
  it('ends the cover title at a line naming the report and its recipient', () => {
    expect(
      name([
        'Lokal flexibilitetsmarknad i Ydre',
        'Slutrapport till Energimyndigheten',
        'Sammanfattning',
        'I projektet har vi prövat om hushåll kan sälja flexibilitet.',
      ]),
    ).toBe('Lokal flexibilitetsmarknad i Ydre');
  });
});

describe('findProjectName: letters, programme lines and departments above the title', () => {
  it('reads the project a decision letter grants support to', () => {
    expect(
      name(
        [
          'Region Norrland\tBESLUT\t1 (3)',
          'Dnr RUN 2023-0412',
          'Norrby kommun',
          'Region Norrland beviljar 450 000 kronor för projektet Ekby Året Runt 2.0. Stödet utgör högst 50 procent.',
        ],
        'Beslut RUN 2023-0412',
      ),
    ).toBe('Ekby Året Runt 2.0');
  });
  it('skips the programme and fund printed above the title', () => {
    expect(
      name([
        'Interreg Öresund-Kattegat-Skagerrak',
        'European Regional Development Fund',
        'FINAL REPORT',
        'BlueWave Coast – coastal environments for health',
        'Journal number: NYPS 20201893',
      ]),
    ).toBe('BlueWave Coast – coastal environments for health');
  });
  it('skips a school and department line', () => {
    expect(
      name([
        'NORRBY UNIVERSITET',
        'Sjöfartshögskolan / Institutionen för organisation och entreprenörskap',
        'Slututvärdering',
        'Hamnnod Östra Norrby',
        'Rapport nr 2020:3',
      ]),
    ).toBe('Hamnnod Östra Norrby');
  });
});

describe('findProjectName: running headers, letterheads and references', () => {
  const many = (pages: string[], pdfTitle: string | null = null, author: string | null = null): string | null => {
    const v = buildView(pages);
    return findProjectName(v.labels, v.cover, pdfTitle, author, pages)?.value ?? null;
  };
  it('takes the name the running header prints over a logo on the cover', () => {
    const pages = [
      'RAMBOLL\nBright ideas. Sustainable change.\nFINAL EVALUATION OF HEALTH TECH\nVÄRMLAND\nFinal report\nDecember 2022',
      'Ramboll - Final evaluation of Health Tech Värmland\n1. INTRODUCTION\nThis report presents the evaluation.',
      'Ramboll - Final evaluation of Health Tech Värmland\n2. KEY FINDINGS\nThe project worked well.',
    ];
    expect(many(pages, 'Final evaluation of Health Tech Värmland', 'Mats Lindqvist')).toBe('Health Tech Värmland');
  });
  it('reads "Name – Final report" headers, and a word processor file name as the PDF title', () => {
    const pages = [
      'Energikontoret Skåne\nFINAL REPORT TO THE SWEDISH ENERGY AGENCY\nEnergy Leap Österlen\nEnergy efficiency in small rural businesses',
      'Energy Leap Österlen – final report\tpage 2\nSummary\nThe project helped 40 companies.',
      'Energy Leap Österlen – final report\tpage 3\nResults\nSolar power was installed.',
    ];
    expect(many(pages, 'Microsoft Word - Final report Energy Leap Osterlen_v2.docx')).toBe('Energy Leap Österlen');
  });
  it('takes the fuller name a letter introduces over the shorter one in its footer', () => {
    const pages = [
      'STRÖMSUNDS KOMMUN\tSLUTREDOVISNING\nLänsstyrelsen Jämtlands län\n831 86 Östersund\nSlutredovisning av projektet Lokala servicepunkter i Strömsunds kommun\nHuvudman\tStrömsunds kommun\nStrömsunds kommun | Slutredovisning Lokala servicepunkter\t1 (2)',
      '4. Resultat\nSamtliga servicepunkter är i drift.\nStrömsunds kommun | Slutredovisning Lokala servicepunkter\t2 (2)',
    ];
    expect(many(pages, 'Slutredovisning servicepunkter')).toBe('Lokala servicepunkter i Strömsunds kommun');
  });
  it('skips imprints, a book title as the PDF title, an owner association line and a short report word', () => {
    expect(
      name(
        [
          'REGIONAL INNOVATION IN SPARSELY POPULATED AREAS: CASE STUDIES © OECD 2023',
          '4 Destination Data Lab, Jämtland Härjedalen (Sweden)',
          'This chapter presents a case study of a regional data partnership for mountain tourism.',
        ],
        'Regional innovation in sparsely populated areas: case studies',
        'OECD',
      ),
    ).toBe('Destination Data Lab');
    expect(name(['Björna Bygdeförening ekonomisk förening', 'Slutrapport för projektet Bygdens Hus Björna', 'Oktober 2022'])).toBe(
      'Bygdens Hus Björna',
    );
    expect(name(['Kort rapport om projektet Kustlinjen', 'Härnösands kommun, 2021'])).toBe('Kustlinjen');
  });
  it('skips EU and Interreg logo lines, unit lines, print stamps and a PDF title in lower case', () => {
    expect(
      name([
        'EUROPEISKA UNIONEN',
        'Europeiska regionala utvecklingsfonden',
        'SLUTRAPPORT',
        'Industriell Omställning Skelleftedalen',
        'Projektägare  Skellefteå kommun',
      ]),
    ).toBe('Industriell Omställning Skelleftedalen');
    expect(name(['Interreg', 'Nord', 'EUROPEAN UNION', 'ARCTIC HOSPITALITY SKILLS', 'Final Report'])).toBe('ARCTIC HOSPITALITY SKILLS');
    expect(
      name([
        'HUDIKSVALLS KOMMUN',
        'Näringslivsenheten',
        'LÄGESRAPPORT 3',
        'Hälsingland Digital Handel',
        'Rapportperiod  2022-01-01 – 2022-06-30',
      ]),
    ).toBe('Hälsingland Digital Handel');
    const v = buildView([
      'Region Örebro län\nApplication for regional development funding\nApplication AI-Ready Örebro – printed 2024-11-18 14:02  Page 1 of 2',
      'Application AI-Ready Örebro – printed 2024-11-18 14:02  Page 2 of 2\nPart 2',
    ]);
    expect(
      findProjectName(v.labels, v.cover, 'Ansökan regionala utvecklingsmedel', null, [
        'Region Örebro län\nApplication for regional development funding\nApplication AI-Ready Örebro – printed 2024-11-18 14:02  Page 1 of 2',
        'Application AI-Ready Örebro – printed 2024-11-18 14:02  Page 2 of 2\nPart 2',
      ])?.value,
    ).toBe('AI-Ready Örebro');
  });
  it('skips the Leader area printed above a summary report', () => {
    expect(
      name(
        [
          'Leader Gotland',
          'Summary report',
          'Taste of Fårö',
          'Local food and year-round visitors on Fårö',
          'Project owner: Fårö Lokalmat ekonomisk förening',
        ],
        'Summary report Taste of Faro',
      ),
    ).toBe('Taste of Fårö');
  });
  it('does not take a project number as the name, and reads "of the Interreg project" on the next line', () => {
    expect(
      name(
        [
          'Interreg',
          'Baltic Sea Region',
          'LowCarb Ports',
          'FINAL REPORT',
          'Project No. R079',
          'Lead partner: Satakunta University of Applied Sciences',
        ],
        'LowCarb Ports Final Report',
      ),
    ).toBe('LowCarb Ports');
    expect(
      name(
        [
          'Kari Solheim and Erlend Bakke',
          'Final evaluation of the',
          'Interreg project Cross-Border Mobility Lab',
          'Østlandsforskning',
          'Eastern Norway Research Institute',
        ],
        null,
        'Kari Solheim',
      ),
    ).toBe('Cross-Border Mobility Lab');
  });
});

describe('tidyName', () => {
  it.each([
    ['Projektrapport VDT 22', 'VDT 22'],
    ['Slutvärdering Projekt Arbete för det goda livet', 'Arbete för det goda livet'],
    ['Projekt Fjällvägen Slutrapport, Projekt Fjällvägen Med åtgärdsvalsstudie', 'Projekt Fjällvägen'],
    ['Unga till arbete Bilagerapport', 'Unga till arbete'],
    ['Jämställt näringsliv i Jämtlands län 19 Bilaga 2: Projektledarens kommentar 21 2', 'Jämställt näringsliv i Jämtlands län'],
    ['Jämställt näringsliv i Jämtland Jämställt näringsliv i Jämtlands län', 'Jämställt näringsliv i Jämtlands län'],
    ['Leader 2014 2020 i Dalarna', 'Leader 2014 2020 i Dalarna'],
    ['Sid 1 (20) Resursmodellen Södertörn', 'Resursmodellen Södertörn'],
    // A name in lower case whose one capital is a place after a preposition: whole, capitalised.
    ['fäbodbete och rovdjur i Dalarna', 'Fäbodbete och rovdjur i Dalarna'],
    [
      'SÖDERHAMNS KOMMUN: Krype fäbod - en plats för kunskapsinhämtning om djur, natur och matproduktion (6)',
      'Krype fäbod - en plats för kunskapsinhämtning om djur, natur och matproduktion',
    ],
    // A document word, the quoted name, then the cover's date and site.
    ['Rapport "Kungsholmen odlar" November stockholm.se', 'Kungsholmen odlar'],
    ['2013-08-23 Folkhälsa En utvärdering av kommunförbundets folkhälsoprojekt', 'Kommunförbundets folkhälsoprojekt'],
    ['Sjöfiske”, Vrigstad', 'Sjöfiske'],
    ['LINS-projektet 6 år i Norra Skaraborg', 'LINS'],
    ['SIK-projektet', 'SIK-projektet'],
    ['Servicepunkter (avslutat projekt)', 'Servicepunkter'],
    ['Mikrostöd-Vilda pollinatörer Projektinformation', 'Mikrostöd-Vilda pollinatörer'],
    [
      'SLÖJDEN i upplevelseekonomin En extern utvärderingsrapport av Slöjdkunskaper som säljer av Erik Wikberg',
      'Slöjdkunskaper som säljer',
    ],
    ['Barn av sin tid', 'Barn av sin tid'],
    [
      'Hästens lokala betydelse och potential samarbetsprojekt mellan hästnäringen och kommuner för att främja hästföretagande',
      'Hästens lokala betydelse och potential',
    ],
    [
      'Planeringsbidrag för ansökan om samverkansprojekt kring cykelinnovation',
      'Planeringsbidrag för ansökan om samverkansprojekt kring cykelinnovation',
    ],
    ['Elektra Ett projekt mot hedersförtryck och våld', 'Elektra'],
    ['Kustfiskarelyftet (Havs- och fiskefonden) (HAV 6) Kustfiskarelyftet', 'Kustfiskarelyftet'],
    [
      'Stationssamhälle 2.0 - en förstudie med 5 småländska kommuner Se projektrapport',
      'Stationssamhälle 2.0 - en förstudie med 5 småländska kommuner',
    ],
    ['Projektredovisning Ull och Skinn – vägen till mervärde', 'Ull och Skinn – vägen till mervärde'],
    ['PROJEKTRAPPORT FÖR PROJEKT HÅLLBAR OCH RATIONELL HÄSTHÅLLNING', 'HÅLLBAR OCH RATIONELL HÄSTHÅLLNING'],
    ['Bygga och bo på landsbygden en förstudie', 'Bygga och bo på landsbygden'],
    ['Ung drive hobby (2019-1136)', 'Ung drive hobby'],
    ['Ren mat (Dnr 2018/123)', 'Ren mat'],
    ['Språksam in English', 'Språksam'],
    ['Leader 2014 2020 (2014-2020)', 'Leader 2014 2020'],
  ])('takes the document words off a cover line: %s', (raw, expected) => {
    expect(tidyName(raw)).toBe(expected);
  });
});

describe('chooseProjectName', () => {
  const choose = (lines: string[]): string | null => {
    const page = lines.join('\n');
    const v = buildView([page]);
    return chooseProjectName(v, findProjectName(v.labels, v.cover, null, null, [page])).value;
  };
  it("takes the line over a project bank's fact box, past a key whose value was stripped", () => {
    const box = ['Diarienummer', 'Koordinator LERUMS KOMMUN - Förvaltningsledningsstaben', 'Bidrag från Vinnova 181 294 kronor'];
    const rest = ['Projektets löptid november 2015 - augusti 2016', 'Status Avslutat', 'Utlysning Idéslussar i kommuner'];
    expect(choose(['Du har inte javascript påslaget.', 'Innovationssluss för hållbar kommunutveckling', ...box, ...rest])).toBe(
      'Innovationssluss för hållbar kommunutveckling',
    );
    // Not the fact box's own heading, nor the end of a wrapped line.
    expect(choose(['Om oss', 'FAKTA', ...box, ...rest])).toBeNull();
  });
  it('takes the name from a title of a name and a subtitle written as sentences', () => {
    expect(
      choose([
        'Ursprungliga Gotländska spannmålsslag produkt- och affärsutveckling. Sammanslagen rapport över hela projektet',
        '',
        'Projektet har under tre år arbetat med gamla sorter av spannmål på Gotland.',
      ]),
    ).toBe('Ursprungliga Gotländska spannmålsslag produkt- och affärsutveckling');
  });
  it("offers the heading under a site's greeting or skip link, not the greeting", () => {
    const offered = (lines: string[]) => {
      const page = lines.join('\n');
      const v = buildView([page]);
      const c = chooseProjectName(v, findProjectName(v.labels, v.cover, null, null, [page]));
      return [c.chosen, ...c.passedOver.map((p) => p.candidate)]
        .filter((x) => x?.rule === 'projectName.heading-under-greeting')
        .map((x) => x!.value);
    };
    const body = 'Länsstyrelsen Skåne har tilldelats 1,3 miljoner kronor från Landsbygdsprogrammet för ett EU-projekt.';
    expect(offered(['Välkommen in för att ta dig ut!', 'Hållbara och säkrare leder på Kullahalvön', body])).toEqual([
      'Hållbara och säkrare leder på Kullahalvön',
    ]);
    expect(offered(['Du är nu vid innehållet', 'Trygga utemiljöer i Kalmar', 'Vår ambition är att du ska känna dig trygg.'])).toEqual([
      'Trygga utemiljöer i Kalmar',
    ]);
    // No greeting over it, or a sentence under the greeting: nothing.
    expect(offered(['Nyheter', 'Hållbara och säkrare leder på Kullahalvön', body])).toEqual([]);
    expect(offered(['Välkommen till oss', 'Här kan du läsa om våra projekt.', body])).toEqual([]);
  });
  it('ends a name after "projektet" where the sentence goes on with "ingår"', () => {
    expect(
      rulesRecordOf('I EU-TERRA projektet Levande historiska kanaler ingår Göta kanal tillsammans med sex andra kanaler.').projectName,
    ).toBe('Levande historiska kanaler');
  });
});

describe('tidyName: a quoted name after "Projektet"', () => {
  it('takes the name inside the quotes', () => {
    expect(tidyName("Projektet ''Klusterutveckling mellan industri och bioteknik'' som drivs av Östhammars kommun")).toBe(
      'Klusterutveckling mellan industri och bioteknik',
    );
  });
});

describe('a headline that opens with the project name', () => {
  it('goes on with a verb or after a comma', () => {
    expect(headlineAfter('Coast4us redovisar fina slutresultat', 'Coast4us')).toBe(true);
    expect(headlineAfter('Tänk Om, local labourmarket development in Norrköping', 'Tänk Om')).toBe(true);
  });
  it('is not a name with its subtitle or continuation', () => {
    expect(headlineAfter('Gemensam platsutveckling för Biosfärområde Voxnadalen', 'Gemensam platsutveckling')).toBe(false);
    expect(headlineAfter('Rikare skog − Diversifiering genom inkludering', 'Rikare skog')).toBe(false);
    expect(headlineAfter('Smart Industri i Mellansverige', 'Smart Industri')).toBe(false);
    expect(headlineAfter('Coast4us', 'Coast4us')).toBe(false);
  });
  it('gives the name a sentence uses over the headline', () => {
    const view = buildView([
      'Coast4us redovisar fina slutresultat\nPublicerad 2021-12-25\nEU-projektet Coast4us har funnit hållbara lösningar på problem som rör kustområdena. Projektet har pågått i tre år.',
    ]);
    expect(chooseProjectName(view, null).value).toBe('Coast4us');
  });
});

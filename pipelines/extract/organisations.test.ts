import { describe, expect, it } from 'vitest';
import { acronymsOf, cleanOrganisation, findOwner, looksLikeOrganisation, ownerFromPrintedHead, spelledOut } from './organisations.js';
import { recordOf } from '../../test/extract-text.js';

const ownerOf = (text: string, exclude: string[] = []): string | null => findOwner([], [{ text, page: 1 }], exclude)?.value ?? null;

describe('findOwner from sentences', () => {
  const cases: [string, string][] = [
    ['Beställare och projektägare är Ludvika kommun.', 'Ludvika kommun'],
    ['Projektet ägs av Region Dalarna.', 'Region Dalarna'],
    ['Ansvarig för projektet är Kalmar kommun.', 'Kalmar kommun'],
    ['Huvudman för projektet har varit Region Gotland.', 'Region Gotland'],
    ['Projektet har drivits av Destination Katrineholm AB.', 'Destination Katrineholm AB'],
    ['Projektet leddes av Coompanion Jämtland.', 'Coompanion Jämtland'],
    ['Munkedals kommun är projektägare och har drivit arbetet.', 'Munkedals kommun'],
    ['Hushållningssällskapet Halland har drivit projektet tillsammans med LRF.', 'Hushållningssällskapet Halland'],
    ['Sökande var Föreningen Leader Dalarna.', 'Föreningen Leader Dalarna'],
    [
      'Projekt Driva initierades av Drivhusen i Göteborg, Borås och Skaraborg, där Drivhuset i Göteborg var projektägare.',
      'Drivhuset i Göteborg',
    ],
    ['The lead partner was Luleå University of Technology.', 'Luleå University of Technology'],
    ['Region Västerbotten acted as lead partner for the Swedish side.', 'Region Västerbotten'],
    ['Nyföretagarcentrum Mora ansvarar för projektet och dess ekonomi.', 'Nyföretagarcentrum Mora'],
    ['Projektet ägs av Arvika kommun och har bedrivits i samverkan med Eda och Årjängs kommuner.', 'Arvika kommun'],
    ['Projektet ägs av Västerås Science Park AB, som har drivit det i samverkan med högskolan.', 'Västerås Science Park AB'],
    [
      'Gotlands Ullkooperativ ekonomisk förening söker stöd för att bygga upp ett lokalt ullkluster.',
      'Gotlands Ullkooperativ ekonomisk förening',
    ],
    ['Region Västernorrland hereby applies for funding from the programme.', 'Region Västernorrland'],
    [
      'The project was carried out by Region Jämtland Härjedalen as lead beneficiary together with Trøndelag.',
      'Region Jämtland Härjedalen',
    ],
    ['Projektet har drivits av Samordningsförbundet Centrala Värmland inom programområde 2.', 'Samordningsförbundet Centrala Värmland'],
    ['Energismart Dalarna drevs av Stiftelsen Teknikdalen i Borlänge under perioden 2019–2021.', 'Stiftelsen Teknikdalen'],
    [
      'Projektet har drivits av den ideella föreningen Föreningen Habo Framtid med Kristina Axelsson som projektledare.',
      'Föreningen Habo Framtid',
    ],
    ['The project was owned by Skellefteå kommun and carried out with two partners.', 'Skellefteå kommun'],
    ['TwinTowns Health is a cross-border project with Haparanda stad as lead beneficiary and two partners.', 'Haparanda stad'],
    [
      'Handboken togs fram i Bygdeenergi Halland, som Studieförbundet Vuxenskolan Halland drev från oktober 2019.',
      'Studieförbundet Vuxenskolan Halland',
    ],
    ['Norrby byalag driver sedan hösten 2019 projektet Mötesplats Smedjan.', 'Norrby byalag'],
    [
      'The evaluation was commissioned by the project owner, Västby University (Västby universitet), through its department.',
      'Västby University',
    ],
    ['Den här rapporten har tagits fram på uppdrag av Ekby kommun, som har varit projektägare för Flytta hit.', 'Ekby kommun'],
    ['The study was ordered by University of Norrby, which was the project owner.', 'University of Norrby'],
    ['I samarbete med Ekby kommun, som var projektägare, har vi hållit tre seminarier.', 'Ekby kommun'],
    ['This report evaluates the Green Lab, an innovation project owned by Region Västby and funded by an agency.', 'Region Västby'],
    ['The project was run by Region Östby from March 2018 to February 2021.', 'Region Östby'],
    ['The project owner was Ekby kommun in Västland, with two partners.', 'Ekby kommun'],
    ['Projektägare är Föreningen Unga i Tornedalen.', 'Föreningen Unga i Tornedalen'],
    ['Projektet ägs av Stiftelsen Teknikdalen i Borlänge.', 'Stiftelsen Teknikdalen'],
    ['Projektägare är Föreningen Trygg i Markaryd.', 'Föreningen Trygg i Markaryd'],

    ['Projektet har drivits av Länsstyrelsen i Kalmar län i nära samarbete med hamnföreningar.', 'Länsstyrelsen i Kalmar län'],
    ['Hylte Näringsliv AB har som stödmottagare haft det formella ansvaret för projektet.', 'Hylte Näringsliv AB'],
    ['Projektet har drivits av Region Värmland med en projektledare och två utvecklare.', 'Region Värmland'],
    [
      'Projektet har genomförts av AB Skövdebostäder under perioden 2021-05-01 – 2023-12-31 med bidrag från Energimyndigheten.',
      'AB Skövdebostäder',
    ],
    ['Jobbsteget Sandviken är ett projekt som ägs av Sandvikens kommun och som riktar sig till unga.', 'Sandvikens kommun'],
    [
      'Projektet har drivits av Studieförbundet Vuxenskolan Gävleborg i samverkan med arbetsmarknadsenheterna i Ljusdals kommun.',
      'Studieförbundet Vuxenskolan Gävleborg',
    ],
    // "samverka" for "samverkan", as a page wrote it.
    ['Projektet genomfördes av Göteborgs stad i samverka med ett flertal kommunala bostadsbolag.', 'Göteborgs stad'],
    [
      'The evaluation was commissioned by Region Värmland, which owns the project, and was carried out by a consultancy.',
      'Region Värmland',
    ],
    ['Det är Region Gotland som äger projektet.', 'Region Gotland'],
    ['Det var Almi Företagspartner Stockholm AB som drev projektet.', 'Almi Företagspartner Stockholm AB'],
    ['Det är Ekby kommun som har varit projektägare.', 'Ekby kommun'],
    ['It was Region Västby that ran the project.', 'Region Västby'],
  ];
  it.each(cases)('%s', (text, owner) => {
    expect(ownerOf(text)).toBe(owner);
  });

  it.each([
    'Projektet leds av Anna Berg.',
    'The Norwegian lead partner was Trysil kommune.',
    'The project was led by Maria Pettersson.',
    'Projektägaren har haft en viktig roll.',
    'Utvärderingen har genomförts av Sweco Society på uppdrag av projektägaren.',
    'Rapporten har tagits fram på uppdrag av Anna Berg, som har varit projektägare.',
  ])('finds no owner in "%s"', (text) => {
    expect(ownerOf(text)).toBeNull();
  });

  it('never returns an excluded organisation (the evaluator)', () => {
    expect(ownerOf('Projektet ägs av Ramböll Management Consulting.', ['Ramböll Management Consulting'])).toBeNull();
  });
});

describe('looksLikeOrganisation', () => {
  it.each([
    'Skaraborgs kommunalförbund',
    'Sörmlands Matkluster ekonomisk förening',
    'Ludvika kommun',
    'Region Gotland',
    'Almi Företagspartner Nord AB',
    'Föreningen Leader Dalarna',
    'Mittuniversitetet',
    'Länsstyrelsen i Dalarnas län',
    'LRF',
    // A friends' association, a club, a service.
    'Linnefors Stationshus Vänner',
    'Storöringens fiskeklubb',
    'Räddningstjänsten Medelpad',
    // A school as a project's principal ("Huvudman: Rosens förskola, Malmö").
    'Rosens förskola',
    'Ekelundskolan',
  ])('%s is an organisation', (n) => {
    expect(looksLikeOrganisation(n)).toBe(true);
  });
  it.each(['Anna Berg', 'Lars Norrfalk', 'Maria Pettersson'])('%s is not', (n) => {
    expect(looksLikeOrganisation(n)).toBe(false);
  });
});

describe('ownerFromPrintedHead', () => {
  it('takes the public body printed at the head of the cover and repeated as the running header', () => {
    const pages = [
      'Sollefteå kommun – Slutredovisning Hemvändarlotsen\nHEMVÄNDARLOTSEN\nSollefteå kommun, Näringslivsavdelningen',
      'Sollefteå kommun – Slutredovisning Hemvändarlotsen\nText.',
    ];
    expect(ownerFromPrintedHead(pages, [])?.value).toBe('Sollefteå kommun');
  });
  it('takes nothing from a name met once on a later page, or an excluded one', () => {
    expect(ownerFromPrintedHead(['Slutrapport\nText.', 'Region Dalarna, Box 712\nText.'], [])).toBeNull();
    expect(ownerFromPrintedHead(['Region Dalarna – Utvärdering\nText.'], ['Region Dalarna'])).toBeNull();
  });
  const heads: [string, string[], string | null][] = [
    ['a public body in capitals', ['EKBY KOMMUN\nNäringslivsenheten\nSLUTRAPPORT\nFlytta hit', 'Text om Ekby kommun.'], 'Ekby kommun'],
    [
      'a company as the running header',
      [
        'Testbädd Norr\nSlutrapport',
        'Västby Science Park AB | Slutrapport Testbädd Norr\t2\nText.',
        'Västby Science Park AB | Slutrapport Testbädd Norr\t3\nText.',
      ],
      'Västby Science Park AB',
    ],
    ['a letterhead over the document line', ['Östby Fiber AB\nFinal report to the agency\nProject: Fast Fibre'], 'Östby Fiber AB'],
    [
      'an association over a title and the document line',
      ['Föreningen Starka Kvinnor Norrby\nSTARTA I NORRBY\nSlutrapport till fonden'],
      'Föreningen Starka Kvinnor Norrby',
    ],
    [
      'a postal address footer',
      [
        'Flytta hit\nSlutrapport\nText.',
        'Text.\nNorrby kommun · Box 12 · 123 45 Norrby\tSida 2 av 3',
        'Text.\nNorrby kommun · Box 12 · 123 45 Norrby\tSida 3 av 3',
      ],
      'Norrby kommun',
    ],
    [
      'a company address on the cover',
      ['Fast Fibre\nText.\nÖstby Fiber AB · Storgatan 1 · 123 45 Östby · org. no. 559000-0000'],
      'Östby Fiber AB',
    ],
    [
      'a signature under the role',
      [
        'Trähus Norr\nSlutrapport',
        'Text.\nNorrby i november 2020\nAnna Berg\nProjektledare\nVästby Trähusförening\nbranschorganisation för',
      ],
      'Västby Trähusförening',
    ],
    ['a person under the role', ['Trähus Norr\nSlutrapport', 'Text.\nProjektledare\nAnna Berg'], null],
    ['an agency logo over the document line', ['Tillväxtverket\nSlutrapport\nText.'], null],
    [
      'a body-text line once on a later page',
      ['Trähus Norr\nSlutrapport', 'Almi Företagspartner AB, som finansierade en del.\nText.'],
      null,
    ],
  ];
  it.each(heads)('%s', (_n, pages, owner) => expect(ownerFromPrintedHead(pages, [])?.value ?? null).toBe(owner));
  it('never takes the project name printed as the header', () => {
    const pages = ['Nätverk Norr\nSlutrapport', 'Nätverk Norr | Slutrapport\t2', 'Nätverk Norr | Slutrapport\t3'];
    expect(ownerFromPrintedHead(pages, [], 'Nätverk Norr')).toBeNull();
  });
  it('does not take an agency template header', () => {
    expect(ownerFromPrintedHead(['Tillväxtverket  Sid 1 (5)\nSlutrapport', 'Tillväxtverket  Sid 2 (5)\nText'], [])).toBeNull();
  });
});

describe('findOwner from a coordinator label', () => {
  it('takes an organisation named as coordinator, never a person', () => {
    const label = (value: string) => [{ field: 'manager' as const, label: 'Coordinator', value, page: 1, lineIndex: 0, colon: true }];
    expect(findOwner(label('Södertälje Science Park AB'), [], [])?.value).toBe('Södertälje Science Park AB');
    expect(findOwner(label('Camilla Roos'), [], [])).toBeNull();
  });
});

describe('ownerFromPrintedHead: a running header on every page, the cover included', () => {
  it('takes the company that opens the header of each page', () => {
    const pages = [
      'Norrby Energi AB – Slutrapport projekt 51237-1\t1\nLokal flexibilitet\nSammanfattning',
      'Norrby Energi AB – Slutrapport projekt 51237-1\t2\nText.',
    ];
    expect(ownerFromPrintedHead(pages, [])?.value).toBe('Norrby Energi AB');
  });
});

describe('cleanOrganisation', () => {
  it.each([
    ['Organisationsnummer Ulvö kapellag Redovisningsperiod Total projektperiod', 'Ulvö kapellag'],
    ['Gutekorn ek. fören. Org. Nr', 'Gutekorn ek. fören.'],
    ['Hela Sverige ska leva Norrbotten', 'Hela Sverige ska leva Norrbotten'],
    ['Pressmeddelande 2018-06-12 Destination Funäsfjällen AB', 'Destination Funäsfjällen AB'],
    ['Leader Skåne ESS Box Kristianstad', 'Leader Skåne ESS'],
    ['YSTAD KOMMUN - Kultur och utbildning', 'YSTAD KOMMUN - Kultur och utbildning'],
    ['Lycksele kommun Peter Molin', 'Lycksele kommun'],
    ['Samförvaltningen Norra Bohuslän startade 1 april 2013', 'Samförvaltningen Norra Bohuslän'],
    ['Region Uppsala Innovation', 'Region Uppsala Innovation'],
    [
      'CHALMERS TEKNISKA HÖGSKOLA AKTIEBOLAG - Institutionen för teknikens ekonomi och organisation',
      'CHALMERS TEKNISKA HÖGSKOLA AKTIEBOLAG - Institutionen för teknikens ekonomi och organisation',
    ],
    ['Arvika kommun och dess partner', 'Arvika kommun'],
    ['Ludvika kommun Box 123 771 82 Ludvika', 'Ludvika kommun'],
    ['Arbetsförmedlingen i Linköping Storgatan 6 Box LINKÖPING', 'Arbetsförmedlingen i Linköping'],
    ['Västtrafik in collaboration', 'Västtrafik'],
    ['Arbetsmarknads- och socialförvaltningen i Karlstads kommun', 'Arbetsmarknads- och socialförvaltningen i Karlstads kommun'],
    // The sentence's next verb after the name: "… drivs av Ljusdals kommun finansieras genom …".
    ['Ljusdals kommun finansieras genom kommunens egna medel', 'Ljusdals kommun'],
    ['Region Gävleborg beviljades stöd för', 'Region Gävleborg'],
    // A partner list's country before the name.
    ['Sverige: Länsstyrelsen Värmland', 'Länsstyrelsen Värmland'],
    // A key's value written as a sentence: the one who runs the project.
    ['Projektet drivs av Hållbar Utveckling Skåne i samarbete med IUC Syd.', 'Hållbar Utveckling Skåne'],
    // A page's heading run into the sentence under it.
    ['Samverkansparter Region Örebro län', 'Region Örebro län'],
    ['Förutom Region Västerbotten', 'Region Västerbotten'],
    ['AktuelltFöreningen Kattakuten', 'Föreningen Kattakuten'],
    ['Skogsstyrelsen med flera samarbetspartners bland annat Naturvårdsverket', 'Skogsstyrelsen'],
    ['Hushållningssällskapets Förbund Foto Einar de Wit', 'Hushållningssällskapets Förbund'],
    // Two genitives joined by "och" are one name's; a clause in lower case after "och" is not.
    ['Föreningen Mörkrets och kylans glada vänner', 'Föreningen Mörkrets och kylans glada vänner'],
    ['Lunds kommun och regionens kontor', 'Lunds kommun'],
  ])('reads the name in %s', (raw, expected) => {
    expect(cleanOrganisation(raw)).toBe(expected);
  });
  it('still rejects a clause', () => {
    expect(cleanOrganisation('Projektet ska leva vidare')).toBeNull();
  });
  // A word that stands for an organisation names none.
  it.each(['Projektet', 'This company', 'Huvudman', 'Kommunen'])('names no organisation in %s', (raw) => {
    expect(cleanOrganisation(raw)).toBeNull();
  });
});

describe('owner keys over their values', () => {
  it("takes the value under a form's number key, not the key ('Sökande' / 'Person-/organisationsnummer' / name)", () => {
    expect(recordOf(['Ansökan', 'Sökande', 'Person-/organisationsnummer', 'Bergsjön 2021', '802459-2829', 'Adress'].join('\n')).owner).toBe(
      'Bergsjön 2021',
    );
  });
  it('takes a school named as principal', () => {
    expect(
      recordOf(['Vi lyfter språket', 'Projektnamn: Vi lyfter språket', 'Huvudman: Rosens förskola, Malmö', 'Skolform: Förskola'].join('\n'))
        .owner,
    ).toBe('Rosens förskola');
  });
  it("takes a fact box's owner cell whose name is not in title case, never another key's value", () => {
    const box = (owner: string) =>
      recordOf(
        [
          'Från Stenhuggare till certifierad Stentekniker 2.',
          '',
          'ProjektfasGenomförande',
          `Projektägare${owner}`,
          'KontaktpersonKent Hed',
        ].join('\n'),
      ).owner;
    expect(box('Bohusläns Kooperativa sten')).toBe('Bohusläns Kooperativa sten');
    expect(box('Kontaktpersoner: Djurvälfärd i djurskyddskontroll')).toBeNull();
  });
});

describe('acronymsOf', () => {
  it.each([
    ['SSC', 'Länsstyrelsen har beviljat 3 877 910 kronor till Swedish Space Corporation (SSC), som …', 'Swedish Space Corporation'],
    ['KSL', 'Kommunförbundet Stockholms Län (KSL) har därför prövat …', 'Kommunförbundet Stockholms Län'],
    ['LTU', 'Projektet drivs av Luleå tekniska universitet (LTU).', null],
    ['SKR', 'Projektet leds av Sveriges Kommuner och Regioner (SKR) i samverkan med …', 'Sveriges Kommuner och Regioner'],
    ['SSC', 'SSC vill lägga grunden.', null],
  ])('%s in %s', (short, text, expected) => {
    expect(acronymsOf(text).get(short) ?? null).toBe(expected);
  });
});

describe('spelledOut', () => {
  it.each([
    ['UBI', 'Umeå Biotech Incubator får förlängt av EU. Sedan 2019 har UBI drivit utvecklingsprojektet.', 'Umeå Biotech Incubator'],
    // Two runs with the same initials, or a name in lower case, spell out nothing.
    ['ABC', 'Anna Berg Carlsson och Anna Berg Christensen', null],
    ['SLU', 'Sveriges lantbruksuniversitet', null],
    ['UB', 'Umeå Biotech', null],
  ])('%s in %s', (short, text, expected) => {
    expect(spelledOut(short, text)).toBe(expected);
  });
});

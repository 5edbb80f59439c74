import { describe, expect, it } from 'vitest';
import { findBudget } from './budget.js';
import { findLabels } from './labels.js';
import { recordOf } from '../../test/extract-text.js';

const budget = (...sentences: string[]) => {
  const r = findBudget(
    [],
    sentences.map((text) => ({ text, page: 1 })),
    [],
  );
  return { total: r.total?.value ?? null, granted: r.granted?.value ?? null };
};

describe('findBudget from sentences', () => {
  it.each([
    [['Slutlig budget för projektet var 4,85 mkr.'], 4_850_000, null],
    [['Projektets omslutning var SEK 12 400 000.'], 12_400_000, null],
    [['Projektet omsluter 12 miljoner kronor.'], 12_000_000, null],
    [['Den totala budgeten var 4,85 mkr varav 2,1 mkr utgjordes av regionalfondsmedel.'], 4_850_000, null],
    [['Beviljat stöd från Tillväxtverket uppgick till 1 760 000 kronor.'], null, 1_760_000],
    // A board that grants the project a sum ("bifalla projektet med"), then its parts.
    [
      ['LAG beslutade att bifalla projektet med 398 000 kr, varav 50 000 kr från LAG:s Leaderpott och 348 000 kr i projektstöd.'],
      null,
      398_000,
    ],
    [['The total budget of the project was SEK 4.85 million.'], 4_850_000, null],
    [['Kommunen bidrar dessutom med 300 000 kronor per år till nätverket.'], null, null],
    [['Planerade investeringar på 895 mkr i regionen ökar behovet av insatser.'], null, null],
    [['Coordinator Skellefteå kommun Funding from Vinnova SEK 496 861 Project duration November 2024 - October 2025'], null, 496_861],
    [['Stödet uppgår till 50,00 % av stödmottagarens godkända kostnader, dock högst 2 850 000 kronor.'], null, 2_850_000],
    [['Föreningen får 1 982 152 kronor från Jordbruksverket och EU för projektet.'], null, 1_982_152],
    [['Regionala utvecklingsnämnden ger projektet 4 765 507 kronor perioden jan 2018-mars 2021.'], null, 4_765_507],
    [['Deltagarna får 500 kronor per dag i ersättning.'], null, null],
    [['EU:s regionala strukturfond avsätter 5,4 miljoner kronor för ett projekt i Malmö.'], null, 5_400_000],
    [['Kommunen avsätter 200 000 kronor per år till föreningarna.'], null, null],
    // "Totalt" after a grant's key or noun says how much was granted in all; a share after "där" is no total.
    [['Beviljat projektstöd: Totalt 100 000 kr'], null, 100_000],
    [['Stödet de erhållit är totalt 7 600 000 kr där 5 700 000 kr är från Europeiska regionala utvecklingsfonden.'], null, 7_600_000],
    [['Projektet har beviljats stöd och budgeten är totalt 3 000 000 kr.'], 3_000_000, null],
    // Paid out so far, and one year's grant, are neither.
    [['Totalt har 11,3 miljoner kronor utbetalats i projektstöd.'], null, null],
    [['Arvsfondsdelegationen beslutade att dela ut drygt 3,6 miljoner till IFK Holmsund för projektet Gaming of Umeå.'], null, 3_600_000],
    [['Grön Trafik kunde dela ut tio bidrag på 6000 kr per cykel till de enheter som köpte en elcykel.'], null, null],
    // A rounded amount, then the exact one.
    [
      [
        'Länsstyrelsen i Norrbotten har beviljat drygt 3,8 miljoner kronor till projektet SmallSatExpress.',
        'Länsstyrelsen har beviljat 3 877 910 kronor till Swedish Space Corporation.',
      ],
      null,
      3_877_910,
    ],
    [
      ['År 2019 beslutade Arvsfondsdelegationen om en förlängning av projektet och beviljade stöd om ytterligare två miljoner kronor.'],
      null,
      null,
    ],
    [['År 2016 beviljades föreningen stöd om drygt tre miljoner kronor för det första projektåret.'], null, null],
    // The sum of two projects is neither's budget.
    [['Sammanlagt kommer de båda projekten att omsätta 40 miljoner kronor under två år.'], null, null],
    [
      ['I februari 2017 beviljade Arvsfondsdelegationen fortsatt stöd för år 2 och 3 med drygt tre miljoner kronor för varje år.'],
      null,
      null,
    ],
    // A Leader page's split: the support the project got, then the other public money (not the grant).
    [
      [
        'Projektets totala budget är 499 650kr, varav 334 765kr finansieras med projektstöd, övrigt offentligt stöd 125 137kr och 39 748kr finansieras med LAG-pott.',
      ],
      499_650,
      334_765,
    ],
    [['Projektet har en budget på 900 000 kr, varav övrigt offentligt stöd 120 000 kr.'], 900_000, null],
    [
      [
        'The pilot project had a budget of 2 million Swedish kronor to cover all costs. Of the total budget, 0.5 million were in-kind expenses for the time municipal employees spent.',
      ],
      2_000_000,
      null,
    ],
    [['Of the total budget, 0.5 million were in-kind expenses for the time municipal employees spent.'], null, null],
    // What the project is said to cost is its total; money a county or the government spreads over many is not.
    [['Totalt beräknas projektet kosta 15,6 miljoner kronor.'], 15_600_000, null],
    [['Tjänsteresorna för de elva organisationerna som deltog i projektet kostade 500 miljoner kronor under tre år.'], null, null],
    [['Sammanlagt har Västernorrland fått 18 miljoner kronor, som ska användas för investeringar i förnybar energi.'], null, null],
    [['The government allocates a total of 14 million kronor to various development projects.'], null, null],
  ] as [string[], number | null, number | null][])('%s', (sentences, total, granted) => {
    expect(budget(...sentences)).toEqual({ total, granted });
  });

  it("ignores another project's budget", () => {
    expect(budget('Projektet bygger vidare på ett tidigare projekt med en budget på 12 mkr.')).toEqual({ total: null, granted: null });
  });

  it("prefers the sentence that names the project's own total", () => {
    expect(budget('Förstudien hade en budget på 400 000 kr.', 'Projektets totala budget uppgick till 3 200 000 kr.').total).toBe(3_200_000);
    expect(
      budget('HaV ger totalt sex miljoner kronor för att minska skräpet.', 'Totalt beräknas projektet kosta 15,6 miljoner kronor.').total,
    ).toBe(15_600_000);
  });
});

describe("findBudget: grants in all and one year's share", () => {
  it('reads "of which SEK X was granted from" and skips grants to someone else', () => {
    const r = findBudget(
      [],
      [
        {
          text: 'The project had a total budget of SEK 18.6 million, of which SEK 7.44 million was granted from the European Regional Development Fund.',
          page: 1,
        },
      ],
      [],
    );
    expect([r.total?.value, r.granted?.value]).toEqual([18_600_000, 7_440_000]);
    expect(
      findBudget(
        [],
        [{ text: 'Butiken i Gäddede har därutöver beviljats 250 000 kr i särskilt driftsstöd från Länsstyrelsen.', page: 1 }],
        [],
      ).granted,
    ).toBeNull();
  });
  it('reads "beviljade projektet totalt" as granted and skips the amounts per year', () => {
    const s =
      'Allmänna arvsfonden beviljade projektet totalt 2 450 000:- fördelat på tre år (år 1: 780 000:-, år 2: 850 000:-, år 3: 820 000:-). Projektets totala budget var därmed 2,76 Mkr.';
    const r = findBudget(
      [],
      [
        { text: s.split('. ')[0]! + '.', page: 1 },
        { text: 'Projektets totala budget var därmed 2,76 Mkr.', page: 1 },
      ],
      [],
    );
    expect([r.total?.value, r.granted?.value]).toEqual([2_760_000, 2_450_000]);
  });
});

describe('findBudget from fact boxes and tables', () => {
  const fromLines = (...texts: string[]) => {
    const lines = texts.map((text) => ({ text, page: 1 }));
    const labels = findLabels(lines);
    const r = findBudget(labels, [], lines);
    return { total: r.total?.value ?? null, granted: r.granted?.value ?? null };
  };

  it('reads the budget column of a table by year and of a period report', () => {
    expect(
      fromLines(
        'Table 1. Costs (kSEK)',
        'Cost item  2020  2021  2022  2023  Budget total  Outcome total',
        'Staff  210  760  780  350  2 100  2 046',
        'Total  250  1 370  1 380  480  3 480  3 312',
      ).total,
    ).toBe(3_480_000);
    expect(
      fromLines(
        'Kostnadsslag  Perioden kr  Ackumulerat kr  Budget kr',
        'Personal  1 912 300  6 128 455  20 640 000',
        'Totalt  2 861 090  9 104 223  30 721 000',
      ).total,
    ).toBe(30_721_000);
  });
  it('reads a bracketed qualifier as part of a money key, not as a period', () => {
    expect(fromLines('Beviljat ESF-stöd (hela projekttiden)  18 432 600 kr', 'Total budget (hela projekttiden)  30 721 000 kr')).toEqual({
      total: 30_721_000,
      granted: 18_432_600,
    });
  });
  it('takes no support paid so far, given in kind or granted to a separate project as granted', () => {
    expect(
      fromLines(
        'Kostnader  kr',
        'Indirekta kostnader  230 000',
        'Bidrag i annat än pengar (företagens handledartid)  750 000',
        'Summa kostnader  6 250 000',
      ).granted,
    ).toBeNull();
    expect(findBudget([], [{ text: 'Utbetalt EU-stöd hittills: 1,96 mkr.', page: 1 }], []).granted).toBeNull();
    expect(
      findBudget(
        [],
        [{ text: 'Parallellt med projektet har Leader Klarälvdalen beviljat 450 000 kr till ett separat projekt för skyltning.', page: 1 }],
        [],
      ).granted,
    ).toBeNull();
  });
  it('takes no small bare number after a total label as kronor', () => {
    expect(fromLines('Total budget: 14,60', 'Projektledare: Anna Berg').total).toBeNull();
    expect(fromLines('Participants  Target  Outcome', 'Total  46  412').total).toBeNull();
  });
  it('reads a fact box of names over values in mnkr', () => {
    expect(fromLines('Total budget', '12,4 mnkr', 'Varav EU-medel', '6,2 mnkr', 'Program', 'Regionalfondsprogrammet')).toEqual({
      total: 12_400_000,
      granted: 6_200_000,
    });
  });
  it('reads an e-service form: the money field alone on its line, the amount on the next', () => {
    expect(
      fromLines(
        'Beviljat stöd, kronor',
        '412 500',
        'Projektets totala budget enligt beslut, kronor',
        '550 000',
        'Varav värdet av ideellt arbete, kronor',
        '137 500',
      ),
    ).toEqual({ total: 550_000, granted: 412_500 });
  });
  it("reads the granting agency's row of a financing table in English", () => {
    expect(
      fromLines('Table 2. Financing (kSEK)', 'Financier  Budget  Outcome', 'Swedish Energy Agency  1 740  1 656', 'Region Skåne  870  828')
        .granted,
    ).toBe(1_740_000);
  });
  it('gives table rows the unit their header sets', () => {
    expect(fromLines('Budget och utfall (tkr)  Budget  Utfall', 'Personal  4 100  4 020', 'Omslutning  7 776  7 625').total).toBe(
      7_776_000,
    );
  });
  it('reads no kronor from a table in euro', () => {
    expect(fromLines('Budget (EUR)  Reported (EUR)', 'Total eligible budget  1 986 500,00  312 448,20')).toEqual({
      total: null,
      granted: null,
    });
    expect(fromLines('Total eligible costs (EUR)  2 450 030,67').total).toBeNull();
  });
  it('prefers a label that says total over the sum row of a table by year', () => {
    expect(
      fromLines('Kostnader (kr)  2023  2024  Totalt', 'Summa  5 165 000  6 335 000  11 500 000', 'Total projektbudget: MSEK 11,5.').total,
    ).toBe(11_500_000);
  });
  it('reads a form row whose label ends in a bracketed unit', () => {
    expect(fromLines('Projektets totala budget enligt senaste beslut (kr)  4 410 000', 'Upparbetade kostnader (kr)  4 219 420').total).toBe(
      4_410_000,
    );
  });
  it('reads the total column of a table by year', () => {
    expect(
      fromLines(
        'Belopp i tkr',
        'Kostnader  2023  2024  2025  Summa',
        'Personal  900  1 000  200  2 100',
        'Summa kostnader  1 555  1 910  305  3 770',
      ).total,
    ).toBe(3_770_000);
  });
  it("takes the granting fund's row of a financing table as granted support", () => {
    expect(
      fromLines(
        'KSEK  Budget  Upparbetat',
        'Europeiska regionala utvecklingsfonden  5 250  2 310',
        'Region Kronoberg  3 150  1 380',
        'Summa  10 500  4 630',
      ),
    ).toEqual({ total: 10_500_000, granted: 5_250_000 });
    expect(fromLines('Ekonomi (tkr)  Budget  Utfall', 'Vinnova  4 200  4 036', 'Region Dalarna  2 100  2 100').granted).toBe(4_200_000);
  });
  it('reads the granting fund under a money column, a "varav ERUF" row and a fund row of a table by year', () => {
    expect(
      fromLines(
        'Finansiär  Beviljat  Utfall',
        'Europeiska regionala utvecklingsfonden  2 870 000  2 794 312',
        'Region Norrland  1 200 000  1 164 870',
      ).granted,
    ).toBe(2_870_000);
    expect(
      fromLines('Total projektbudget  18 640 000 kr', 'varav ERUF  9 320 000 kr', 'Offentlig medfinansiering  Region X 4 660 000 kr'),
    ).toEqual({ total: 18_640_000, granted: 9_320_000 });
    expect(
      fromLines(
        'Finansiering (kr)  2020  2021  2022  Summa',
        'ERUF  310 000  655 000  855 000  1 820 000',
        'Region X  100 000  200 000  300 000  600 000',
      ).granted,
    ).toBe(1_820_000);
  });
  it('reads "Varav stöd från ESF+" rows and "Vinnova grant" keys', () => {
    expect(fromLines('Budget (tkr)  Budget  Utfall', 'Totalt  16 680  8 624', 'Varav stöd från ESF+  8 340  4 312').granted).toBe(
      8_340_000,
    );
    expect(fromLines('Project budget: SEK 9,850,000', 'Vinnova grant: SEK 4,925,000').granted).toBe(4_925_000);
  });
  it('does not take a count of firms given support as money, nor an amount applied for', () => {
    expect(fromLines('Indikator  Mål  Utfall', 'Företag som fått stöd  80  93').granted).toBeNull();
    expect(budget('Sökt belopp hos Region Norrland (regionala utvecklingsmedel): 900 000 kr.').granted).toBeNull();
  });
  it('does not take support requested in an application as granted', () => {
    expect(
      fromLines('Financing (SEK)', 'European Regional Development Fund (requested)  4 520 000', 'Region X  2 000 000').granted,
    ).toBeNull();
  });
  it('does not take the sum row of a table of counts as the budget', () => {
    expect(
      fromLines('Deltagare  Kvinnor  Män  Summa', 'Summa  88  126  214', 'Projektets totala budget var 14,2 miljoner kronor.').total,
    ).toBeNull();
  });
  it('does not take a count as money', () => {
    expect(fromLines('Antal företag som får stöd  40  46', 'Beviljat stöd  1 250 000 kr').granted).toBe(1_250_000);
  });
});

describe('granted support in sentences', () => {
  it.each([
    ['Den totala budgeten var 4,85 mkr varav 2,1 mkr utgjordes av beviljat stöd ur regionalfonden.', 4_850_000, 2_100_000],
    // What the project cost is its total (EXTRACTION.md: "the project's total budget or total cost").
    ['Projektet kostade 2 370 000 kr, varav 1 185 000 kr var beviljat stöd från länsstyrelsen.', 2_370_000, 1_185_000],
    [
      'Total omfattning: 1 046 143 SEK, varav: 642 131 SEK beviljat projektstöd (EU-medel samt statligt medel) 316 273 SEK övrig finansiering från LAG.',
      1_046_143,
      642_131,
    ],
    [
      'Beviljat stöd från Leader Jämtlandsfjällen, finansierat genom landsbygdsprogrammet 2014–2020, uppgick till 428 750 kr.',
      null,
      428_750,
    ],
    ['The ERDF, through Tillväxtverket, granted MSEK 6.25.', null, 6_250_000],
    ['The total budget was SEK 6.2 million, of which the ERDF contributed SEK 3.1 million.', 6_200_000, 3_100_000],
    ['The total approved budget is SEK 14.6 million, and the ERDF support amounts to SEK 5.84 million.', 14_600_000, 5_840_000],
    ['Total budget: 7 845 000 kr. Beviljat stöd från Europeiska regionala utvecklingsfonden: 3 922 500 kr.', 7_845_000, 3_922_500],
    ['Total budget för projektet är 1 185 000 kr, varav offentligt stöd 842 000 kr och ideell tid 343 000 kr.', 1_185_000, 842_000],
    ['The total project budget is SEK 3.2 million, of which the Swedish Energy Agency grants SEK 1.92 million.', 3_200_000, 1_920_000],
    ['Total projektbudget var 5 620 000 kronor, varav 2 810 000 kronor i regionalfondsstöd.', 5_620_000, 2_810_000],
    [
      'Projektets totala budget var 21 440 000 kronor, varav 10 720 000 kronor från Europeiska regionala utvecklingsfonden.',
      21_440_000,
      10_720_000,
    ],
    ['Projektets budget var 3 480 000 kronor. Energimyndighetens stöd uppgick till 2 088 000 kronor.', 3_480_000, 2_088_000],
    ['Den totala budgeten uppgick till 14,6 mnkr, varav ESF-stödet utgjorde 8,03 mnkr.', 14_600_000, 8_030_000],
    ['Total projektbudget: 3,6 mkr, varav regionala projektmedel 1,8 mkr.', 3_600_000, 1_800_000],
    [
      'Projektets budget enligt beslut är 2 140 000 kronor, varav stödet från Europeiska jordbruksfonden för landsbygdsutveckling och svenska staten via Jordbruksverket utgör 1 926 000 kronor.',
      2_140_000,
      1_926_000,
    ],
  ] as [string, number | null, number | null][])('%s', (text, total, granted) => {
    expect(budget(text)).toEqual({ total, granted });
  });
  it("takes what the project or its owner gets right before the amount as granted, not an agency's own money", () => {
    expect(budget('Det innebär konkret att föreningen får 7 540 320 kr att använda för fiberkostnader i projektet.').granted).toBe(7540320);
    expect(budget('Tillväxtverket ger regionen 4,7 miljoner till hållbar utveckling.').granted).toBe(4700000);
    expect(budget('Tillväxtverket fick 60 miljoner kronor till genomförandet av uppdraget.').granted).toBeNull();
    expect(budget('Fem destinationer som fick 10 miljoner kronor vardera valdes ut.').granted).toBeNull();
  });
  it('does not take support applied for as granted', () => {
    expect(budget('Sökt stöd från Region Gotland uppgår till 1 225 000 kr.').granted).toBeNull();
    expect(budget('Ansökan omfattade 30 miljoner kronor för utredning och projektering.').total).toBeNull();
    expect(budget('The project has requested ERDF funding of SEK 5 750 000.').granted).toBeNull();
  });
});

describe('findBudget from a fact box printed without colons', () => {
  const lines = (...texts: string[]) => texts.map((text) => ({ text, page: 1 }));
  it('reads a key and its amount on one line', () => {
    const r = findBudget([], [], lines('Om finansiering', 'Beviljat leaderstöd 990 224 kr', 'Total finansiering 1 100 249 kr'));
    expect({ total: r.total?.value ?? null, granted: r.granted?.value ?? null }).toEqual({ total: 1_100_249, granted: 990_224 });
  });
  it('reads the sum of a Leader page financing as the total', () => {
    const r = findBudget([], [], lines('Privat finansiering: Egen privat finansiering 22 105 kr', 'Summa faktisk finansiering 73 682 kr'));
    expect(r.total?.value).toBe(73_682);
  });
  it('leaves an amount cut off from its unit', () => {
    const r = findBudget([], [], lines('Total finansiering 625'));
    expect(r.total).toBeNull();
  });
});

describe('findBudget: a funder that supports or co-finances the project with an amount', () => {
  it.each([
    [
      ['Regionstyrelsen beslutade att Region Uppsala ska medfinansiera projektet Samverkan för Ät Uppsala län med 365 484 kronor.'],
      null,
      365_484,
    ],
    [['Projektet löper mellan 2020-03-01 och 2021-12-31 och har medfinansierats med 3 611 291 SEK.'], null, 3_611_291],
    [
      [
        'Projektet har fått sammanlagt högst 447 761 kronor från Tillväxtverket beviljat och de totala budgeterade kostnaderna är 1 460 261 kronor.',
      ],
      1_460_261,
      447_761,
    ],
    // A most per activity is no grant to the project.
    [['Astrid Lindgrens Hembygd kan stödja delaktiviteten med upp till 40 000 kronor för kompetensutveckling.'], null, null],
    // What the project will get at most, or has got as support; what a funder decided to put in.
    [['Västra Götalandsregionen kommer att få högst 494 000 kronor från Tillväxtverket för ett projekt.'], null, 494_000],
    [['Folkbildningsrådet har fått stöd på 85 miljoner kronor av Europeiska socialfonden för projektet Vägen.'], null, 85_000_000],
    [['Länsstyrelsen har beslutat att bidra till renoveringen med 2,5 miljoner kronor.'], null, 2_500_000],
    // Co-financiers' own money is no granted support.
    [['De fyra kommunerna bidrar tillsammans med 2,2 miljoner kronor.'], null, null],
    // Support for the project named around its amount; what a project received in all.
    [['Trollhättans Stad har idag fått stöd för en satsning på 1,5 miljoner kronor från Boverket.'], null, 1_500_000],
    [['Sveriges Jiddischförbund har erhållit sammanlagt 300 000 kronor för projektet från ISOF.'], null, 300_000],
    // A funder's sum shared among many projects is no project's budget.
    [['Boverket har fördelat totalt 19,5 miljoner kronor till 13 utvecklingsprojekt för trygga miljöer.'], null, null],
    // A research funder's grant in all ("Beviljat totalbelopp") is the grant, not the project's total.
    [['Beviljat totalbelopp 3 382 000 kr'], null, 3_382_000],
  ])('%j', (sentences, total, granted) => {
    expect(budget(...sentences)).toEqual({ total, granted });
  });
});

describe('a budget key in euro', () => {
  it('takes only the amount written in kronor beside it', () => {
    expect(recordOf('Wood City\nBudget (EUR): 7.8 million (77 million SEK)').budget.totalSek).toBe(77_000_000);
    expect(recordOf('Wood City\nBudget (EUR): 7.8 million').budget.totalSek).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { buildView } from './document.js';
import { findFunders, findProgramme } from './funders.js';

const fundersOf = (pages: string | string[], owner: string | null = null): string[] =>
  [...(findFunders(buildView(typeof pages === 'string' ? [pages] : pages), owner)?.value ?? [])].sort();
const programmeOf = (pages: string | string[]): string | null => {
  const p = typeof pages === 'string' ? [pages] : pages;
  return findProgramme(buildView(p), p)?.value ?? null;
};
const sorted = (xs: string[]): string[] => [...xs].sort();

describe('findFunders from sentences', () => {
  const cases: [string, string[], string?][] = [
    ['Projektet har finansierats av Tillväxtverket, Region Uppsala och Enköpings kommun.', ['Tillväxtverket', 'Region Uppsala', 'Enköpings kommun']],
    ['Projektet har finansierats av Tillväxtverket, Region Halland, Europeiska regionala utvecklingsfonden och Falkenbergs kommun.', ['Tillväxtverket', 'Region Halland', 'Europeiska regionala utvecklingsfonden', 'Falkenbergs kommun']],
    ['The project was financed by Tillväxtverket, Region Skåne and Ystads kommun.', ['Tillväxtverket', 'Region Skåne', 'Ystads kommun']],
    ['Den totala budgeten var 9 mkr. Tillväxtverket beviljade 4,5 mkr i regionalfondsmedel, och resterande finansiering kom från Region Jämtland Härjedalen, Östersunds kommun och privata medel i form av företagens nedlagda tid.',
      ['Tillväxtverket', 'Europeiska regionala utvecklingsfonden', 'Region Jämtland Härjedalen', 'Östersunds kommun']],
    ['Finansieringen kom från Region Gävleborg och Europeiska regionala utvecklingsfonden.', ['Region Gävleborg', 'Europeiska regionala utvecklingsfonden']],
    ['Projektet har medfinansierats av Region Uppsala samt Tierps och Östhammars kommuner.', ['Region Uppsala', 'Tierps kommun', 'Östhammars kommun']],
    ['Projektet har finansierats av Region Örebro län, Hallsbergs, Kumla och Askersunds kommuner.', ['Region Örebro län', 'Hallsbergs kommun', 'Kumla kommun', 'Askersunds kommun']],
    ['Beviljat stöd från Tillväxtverket uppgick till 900 000 kronor. Motala kommun har medfinansierat projektet med samma belopp.', ['Tillväxtverket', 'Motala kommun']],
    ['Den totala budgeten var 3,1 mkr varav 1,5 mkr utgjordes av beviljat stöd ur regionalfonden via Tillväxtverket. Resterande del finansierades av Kramfors kommun.',
      ['Europeiska regionala utvecklingsfonden', 'Tillväxtverket', 'Kramfors kommun']],
    ['The European Regional Development Fund, through Tillväxtverket, granted MSEK 4.0. Co-financing came from Västerås stad (MSEK 1.0), Region Västmanland (MSEK 1.5) and the university\'s own funds.',
      ['European Regional Development Fund', 'Tillväxtverket', 'Västerås stad', 'Region Västmanland', 'Mälardalen University'], 'Mälardalen University'],
    ['Tillväxtverket granted ERDF support of SEK 3.2 million, and the remaining co-financing came from Region Gotland and Almi Gotland AB.',
      ['Tillväxtverket', 'European Regional Development Fund', 'Region Gotland', 'Almi Gotland AB']],
    ['The total budget was EUR 900 000, of which the European Regional Development Fund contributed 60 per cent. Region Värmland and the partners\' national funds provided the remaining co-financing.',
      ['European Regional Development Fund', 'Region Värmland']],
    ['Vinnova granted SEK 1,000,000 within the programme Smart Cities; Region Uppsala and Uppsala kommun contributed SEK 500,000 each.', ['Vinnova', 'Region Uppsala', 'Uppsala kommun']],
    ['The total budget was SEK 4.1 million, financed by the Interreg Nord programme, Region Västerbotten and Storumans kommun on the Swedish side and by Troms fylkeskommune in Norway.',
      ['Interreg Nord', 'Region Västerbotten', 'Storumans kommun', 'Troms fylkeskommune']],
    ['The Norwegian budget was financed by Interreg funds from Viken fylkeskommune and by Halden kommune.', ['Viken fylkeskommune', 'Halden kommune']],
    ['Beviljat stöd från Leader Sjuhärad, finansierat genom Europeiska jordbruksfonden för landsbygdsutveckling och svenska staten inom Landsbygdsprogrammet 2014–2020, uppgick till 300 000 kr.',
      ['Leader Sjuhärad', 'Europeiska jordbruksfonden för landsbygdsutveckling']],
    ['Projektets totala budget enligt det senaste beslutet från Svenska ESF-rådet var 5 mkr.', ['Svenska ESF-rådet']],
    ['Slutrapport för projekt finansierat av Europeiska socialfonden', ['Europeiska socialfonden']],
    ['Projektets omslutning var 2 miljoner kronor, och det finansierades av Europeiska regionala utvecklingsfonden och Länsstyrelsen i Västerbottens län.', ['Europeiska regionala utvecklingsfonden', 'Länsstyrelsen i Västerbottens län']],
    ['Projektets finansiärer har varit Region Kronoberg och Växjö kommun.', ['Region Kronoberg', 'Växjö kommun']],
    ['The project was owned by Karlstad University (KAU). The remaining co-financing came from Region Värmland and KAU.', ['Region Värmland', 'Karlstad University']],
  ];
  it.each(cases)('%s', (text, expected, owner) => {
    expect(fundersOf(text, owner ?? null)).toEqual(sorted(expected));
  });

  it('resolves "de tre kommunerna" to the three municipalities named before', () => {
    const text = 'Projektet ägs av Lidköpings kommun och har drivits tillsammans med Götene och Skara kommuner. Projektet finansierades av Region Västra Götaland och de tre kommunerna med totalt 2 mkr.';
    expect(fundersOf(text)).toEqual(sorted(['Region Västra Götaland', 'Lidköpings kommun', 'Götene kommun', 'Skara kommun']));
  });

  it('resolves "the two municipalities" in English', () => {
    const text = 'The project ran pilots in Umeå and in Skellefteå. The national co-financing will be provided by Region Västerbotten and the two municipalities.';
    expect(fundersOf(text)).toEqual(sorted(['Region Västerbotten', 'Umeå kommun', 'Skellefteå kommun']));
  });

  const negatives: string[] = [
    'Samordningsförbundet finansieras i sin tur av Försäkringskassan och medlemskommunerna med 10 mkr per år.',
    'Umeå University will continue the research in a national project financed by the Swedish Energy Agency from 2019.',
    'A separate pilot was carried out with a local energy company and was financed outside this project.',
    'Fyra företag har därefter sökt och beviljats medel från Vinnova för fortsatt utveckling.',
    'The construction costs of the schools are financed by the municipalities outside the project budget.',
    'Kommunen bidrar dessutom med 200 000 kronor per år till nätverket.',
    'En förstudie som genomfördes under 2020 med stöd av Region Gotland visade att det finns efterfrågan.',
    'Region Dalarnas beviljade del utgjorde 500 000 kr.',
    'Regelbundna avstämningar med finansiären gjorde att problem upptäcktes tidigt.',
    'Projektet har samverkat med andra projekt inom samma program.',
    'Ett mindre överskridande har godkänts av Tillväxtverket i februari.',
  ];
  it.each(negatives)('no funders: %s', (text) => {
    expect(fundersOf(text)).toEqual([]);
  });

  it('never returns fragments, private money or the state', () => {
    const got = fundersOf('Projektet har finansierats av Region, privata medel och svenska staten.');
    expect(got).toEqual([]);
  });
});

describe('findFunders from labels', () => {
  const cases: [string, string[]][] = [
    ['Projektnamn:  Test\nFinansiärer:  Tillväxtverket (Europeiska regionala utvecklingsfonden), Region\n  Kronoberg, Ljungby, Alvesta och Älmhults kommuner\nProjektledare:  Eva Berg',
      ['Tillväxtverket', 'Europeiska regionala utvecklingsfonden', 'Region Kronoberg', 'Ljungby kommun', 'Alvesta kommun', 'Älmhults kommun']],
    ['Projektnamn  Test\nBeviljat stöd  1 200 000 kr (Tillväxtverket, Europeiska regionala utvecklingsfonden)\nMedfinansiärer  Region Halland, Laholms och Hylte kommuner',
      ['Tillväxtverket', 'Europeiska regionala utvecklingsfonden', 'Region Halland', 'Laholms kommun', 'Hylte kommun']],
    ['Project owner  Science Park AB\nFunded by  Vinnova, Region Stockholm, Nacka kommun\nProject manager  Anna Berg', ['Vinnova', 'Region Stockholm', 'Nacka kommun']],
    ['Stödmottagare: Hushållningssällskapet Halland\nFinansiering: Länsstyrelsen i Hallands län via Landsbygdsprogrammet (Europeiska jordbruksfonden för landsbygdsutveckling)',
      ['Länsstyrelsen i Hallands län', 'Europeiska jordbruksfonden för landsbygdsutveckling']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(fundersOf(text)).toEqual(sorted(expected));
  });
});

describe('findFunders from financing tables', () => {
  it('reads organisation rows under a Finansiering heading, joining broken names and skipping sums', () => {
    const text = [
      'Ekonomi', 'Projektets totala budget (kr)  3 000 000',
      'Finansiering  Beviljat  Utbetalt', 'Europeiska regionala', 'utvecklingsfonden  1 500 000  1 400 000', 'Summa EU-medel  1 500 000  1 400 000',
      'Offentlig medfinansiering  Budget  Utfall', 'Region Jönköpings län  750 000  700 000', 'Eksjö kommun  750 000  700 000', 'Summa offentlig medfinansiering  1 500 000  1 400 000',
    ].join('\n');
    expect(fundersOf(text)).toEqual(sorted(['Europeiska regionala utvecklingsfonden', 'Region Jönköpings län', 'Eksjö kommun']));
  });

  it('writes out short fund names in the report language and reads own contributions as the owner', () => {
    const sv = ['Finansiering (Belopp i tkr)', 'ESF-stöd  3 200', 'Sandvikens kommun  1 100', 'Egen insats, föreningen (kontant)  400', 'Totalt  4 700'].join('\n');
    expect(fundersOf(sv, 'Gästrike Återbruk ekonomisk förening')).toEqual(sorted(['Europeiska socialfonden', 'Sandvikens kommun', 'Gästrike Återbruk ekonomisk förening']));
    const en = ['The project has developed the ports and the results were shared with the partners.', '2. Finances', 'Total eligible budget  1 000 000,00', 'ERDF contribution (EUR)  650 000,00', 'National public co-financing (EUR)  350 000,00'].join('\n');
    expect(fundersOf(en)).toEqual(['European Regional Development Fund']);
  });

  it('keeps cost tables out', () => {
    const text = ['Ekonomi', 'Kostnadsslag  Belopp (kr)', 'Personal  1 200 000', 'Externa tjänster (Konsultbolaget AB)  300 000', 'Resor  50 000'].join('\n');
    expect(fundersOf(text)).toEqual([]);
  });

  it('reads funding rows of money sections: granted support, a genitive owner and in-kind time', () => {
    const text = ['Ekonomi', 'Total projektkostnad  2.000.000 kr', 'Beviljat stöd från Region Skåne  1.000.000 kr', 'Kommunalförbundets medfinansiering  600.000 kr', 'Lunds universitet (egen tid)  400.000 kr'].join('\n');
    expect(fundersOf(text, 'Skånes Kommunalförbund')).toEqual(sorted(['Region Skåne', 'Skånes Kommunalförbund', 'Lunds universitet']));
  });
});

describe('findProgramme', () => {
  const cases: [string | string[], string | null][] = [
    ['Program: Regionalfondsprogram för Övre Norrland\nInsatsområde: 1. Innovation', 'Regionalfondsprogram för Övre Norrland'],
    ['Projektperiod 2016-03-01 - 2018-06-30\nProgram\nRegionalfondsprogram för Västsverige\nInsatsområde\n3. Främja konkurrenskraften', 'Regionalfondsprogram för Västsverige'],
    ['Programområde: 1 Kompetensförsörjning', '1 Kompetensförsörjning'],
    ['Bilaga 1 till ansökan om stöd\nRegionalfondsprogram för Stockholm 2021–2027\nSökande organisation  Test AB', 'Regionalfondsprogram för Stockholm 2021–2027'],
    ['Projektet genomfördes inom Regionalfondsprogrammet för Småland och öarna.', 'Regionalfondsprogrammet för Småland och öarna'],
    ['Stödet beviljades inom Landsbygdsprogrammet 2014–2020 och uppgick till 400 000 kr.', 'Landsbygdsprogrammet 2014–2020'],
    ['Tillväxtverket granted SEK 2 million under the Regional Fund Programme for Upper Norrland.', 'Regional Fund Programme for Upper Norrland'],
    ['Tillväxtverket granted SEK 2 million from the ERDF under the Regional Fund Programme for Småland and the Islands.', 'Regional Fund Programme for Småland and the Islands'],
    ['Projektet finansierades inom programmet Hållbar stadsutveckling. Beviljat stöd var 1 mkr.', 'Hållbar stadsutveckling'],
    ['The total budget was SEK 5 million, financed by the Interreg Aurora programme and Region Norrbotten.', 'Interreg Aurora'],
    [['Interreg Sverige–Norge · Final report · Test\nSummary\nThe project connected trails.', 'Interreg Sverige–Norge · Final report · Test\nResults\nNine trails.'], 'Interreg Sverige–Norge'],
    [['Application – Interreg Europe – Test Network\nSummary\nText.', 'Application – Interreg Europe – Test Network\nBudget\nText.'], 'Interreg Europe'],
    ['Projektet har samverkat med andra projekt inom samma program.', null],
    ['Programme priority  3. Sustainable transport\nLead partner  City of Rauma', null],
    ['A follow-up application to Interreg Baltic Sea Region was submitted in March.', null],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(programmeOf(text)).toBe(expected);
  });
});

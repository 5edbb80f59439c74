import { describe, expect, it } from 'vitest';
import { buildView } from './document.js';
import { cleanName, findFunders, findProgramme, orgShaped, sharedHead, splitNames, tidy } from './funders.js';
import { recordOf, rulesRecordOf } from '../../test/extract-text.js';

const fundersOf = (pages: string | string[], owner: string | null = null): string[] =>
  [...(findFunders(buildView(typeof pages === 'string' ? [pages] : pages), owner)?.value ?? [])].sort();
const programmeOf = (pages: string | string[]): string | null => {
  const p = typeof pages === 'string' ? [pages] : pages;
  return findProgramme(buildView(p), p)?.value ?? null;
};
const sorted = (xs: string[]): string[] => [...xs].sort();

describe('findFunders from sentences', () => {
  const cases: [string, string[], string?][] = [
    // The project the money is for ends the payer's name; a share of the cost names its payer, a pronoun none.
    ['ABF Södra Småland får stöd med 4,3 miljoner från Arvsfonden för projektet ”Kaffe & Vänner”.', ['Arvsfonden']],
    ['Projektet startade i fjol. Statens Kulturråd står för halva kostnaden för projektet.', ['Statens Kulturråd']],
    ['Projektet startade i fjol. Vi bidrar med 20 000 kr.', []],
    // A university's research news names its external funder in a fact box.
    ['Projekttitel: Lokala solelgemenskaper\nExtern finansiering: Energimyndigheten\nProjekttid: 2021-2023', ['Energimyndigheten']],
    // An agency's official name holds "och"; its short form beside it is the same payer.
    ['Finansiär: Myndigheten för samhällsskydd och beredskap, MSB', ['Myndigheten för samhällsskydd och beredskap']],
    ['Projektet finansieras av Myndigheten för ungdoms- och civilsamhällesfrågor.', ['Myndigheten för ungdoms- och civilsamhällesfrågor']],
    // A time opens the clause: the subject comes after the verb; a heading run on before the time is no payer.
    [
      'Ny satsning på service I mars 2021 beviljade Tillväxtverket Hela Sverige ska leva 2 miljoner kronor till projektet.',
      ['Tillväxtverket'],
    ],
    [
      'Nya medel lägger grunden för fortsättningen I slutet av september 2023 beviljade regeringen Norra sjukvårdsregionförbundet nya statliga medel (12 miljoner) till det nya utvecklingsarbetet.',
      [],
    ],
    // A Leader area's pot names no payer (its board, "LAG", is read as one, as a Leader page's fact box names it).
    ['LAG beslutade att bifalla projektet med 398 000 kr, varav 50 000 kr från LAG:s Leaderpott och 348 000 kr i projektstöd.', ['LAG']],
    [
      'Projektet har finansierats av Tillväxtverket, Region Uppsala och Enköpings kommun.',
      ['Tillväxtverket', 'Region Uppsala', 'Enköpings kommun'],
    ],
    [
      'Projektet har finansierats av Tillväxtverket, Region Halland, Europeiska regionala utvecklingsfonden och Falkenbergs kommun.',
      ['Tillväxtverket', 'Region Halland', 'Europeiska regionala utvecklingsfonden', 'Falkenbergs kommun'],
    ],
    ['The project was financed by Tillväxtverket, Region Skåne and Ystads kommun.', ['Tillväxtverket', 'Region Skåne', 'Ystads kommun']],
    [
      'Den totala budgeten var 9 mkr. Tillväxtverket beviljade 4,5 mkr i regionalfondsmedel, och resterande finansiering kom från Region Jämtland Härjedalen, Östersunds kommun och privata medel i form av företagens nedlagda tid.',
      ['Tillväxtverket', 'Europeiska regionala utvecklingsfonden', 'Region Jämtland Härjedalen', 'Östersunds kommun'],
    ],
    [
      'Finansieringen kom från Region Gävleborg och Europeiska regionala utvecklingsfonden.',
      ['Region Gävleborg', 'Europeiska regionala utvecklingsfonden'],
    ],
    [
      'Projektet finansieras av Naturvårdsverket, Länsstyrelserna i Skåne, Halland och Kalmar län samt Lunds universitet.',
      ['Naturvårdsverket', 'Länsstyrelsen i Skåne län', 'Länsstyrelsen i Hallands län', 'Länsstyrelsen i Kalmar län', 'Lunds universitet'],
    ],
    [
      'Projektet finansieras av Länsstyrelsen i Västmanlands län och Västmanlands Kommuner och Landsting.',
      ['Länsstyrelsen i Västmanlands län', 'Västmanlands Kommuner och Landsting'],
    ],
    // An earlier project's payer is not this one's.
    ['Projektet tillkom som ett resultat av det tidigare strategiska projektet finansierat av Swedish Mining Innovation.', []],
    [
      'Projektet har medfinansierats av Region Uppsala samt Tierps och Östhammars kommuner.',
      ['Region Uppsala', 'Tierps kommun', 'Östhammars kommun'],
    ],
    [
      'Projektet har finansierats av Region Örebro län, Hallsbergs, Kumla och Askersunds kommuner.',
      ['Region Örebro län', 'Hallsbergs kommun', 'Kumla kommun', 'Askersunds kommun'],
    ],
    [
      'Beviljat stöd från Tillväxtverket uppgick till 900 000 kronor. Motala kommun har medfinansierat projektet med samma belopp.',
      ['Tillväxtverket', 'Motala kommun'],
    ],
    [
      'Den totala budgeten var 3,1 mkr varav 1,5 mkr utgjordes av beviljat stöd ur regionalfonden via Tillväxtverket. Resterande del finansierades av Kramfors kommun.',
      ['Europeiska regionala utvecklingsfonden', 'Tillväxtverket', 'Kramfors kommun'],
    ],
    [
      "The European Regional Development Fund, through Tillväxtverket, granted MSEK 4.0. Co-financing came from Västerås stad (MSEK 1.0), Region Västmanland (MSEK 1.5) and the university's own funds.",
      ['European Regional Development Fund', 'Tillväxtverket', 'Västerås stad', 'Region Västmanland', 'Mälardalen University'],
      'Mälardalen University',
    ],
    [
      'Tillväxtverket granted ERDF support of SEK 3.2 million, and the remaining co-financing came from Region Gotland and Almi Gotland AB.',
      ['Tillväxtverket', 'European Regional Development Fund', 'Region Gotland', 'Almi Gotland AB'],
    ],
    [
      "The total budget was EUR 900 000, of which the European Regional Development Fund contributed 60 per cent. Region Värmland and the partners' national funds provided the remaining co-financing.",
      ['European Regional Development Fund', 'Region Värmland'],
    ],
    [
      'Vinnova granted SEK 1,000,000 within the programme Smart Cities; Region Uppsala and Uppsala kommun contributed SEK 500,000 each.',
      ['Vinnova', 'Region Uppsala', 'Uppsala kommun'],
    ],
    [
      'The total budget was SEK 4.1 million, financed by the Interreg Nord programme, Region Västerbotten and Storumans kommun on the Swedish side and by Troms fylkeskommune in Norway.',
      ['Interreg Nord', 'Region Västerbotten', 'Storumans kommun', 'Troms fylkeskommune'],
    ],
    [
      'The Norwegian budget was financed by Interreg funds from Viken fylkeskommune and by Halden kommune.',
      ['Viken fylkeskommune', 'Halden kommune'],
    ],
    [
      'Beviljat stöd från Leader Sjuhärad, finansierat genom Europeiska jordbruksfonden för landsbygdsutveckling och svenska staten inom Landsbygdsprogrammet 2014–2020, uppgick till 300 000 kr.',
      ['Leader Sjuhärad', 'Europeiska jordbruksfonden för landsbygdsutveckling'],
    ],
    ['Projektets totala budget enligt det senaste beslutet från Svenska ESF-rådet var 5 mkr.', ['Svenska ESF-rådet']],
    ['Slutrapport för projekt finansierat av Europeiska socialfonden', ['Europeiska socialfonden']],
    [
      'Projektets omslutning var 2 miljoner kronor, och det finansierades av Europeiska regionala utvecklingsfonden och Länsstyrelsen i Västerbottens län.',
      ['Europeiska regionala utvecklingsfonden', 'Länsstyrelsen i Västerbottens län'],
    ],
    ['Projektets finansiärer har varit Region Kronoberg och Växjö kommun.', ['Region Kronoberg', 'Växjö kommun']],
    [
      'The project was owned by Karlstad University (KAU). The remaining co-financing came from Region Värmland and KAU.',
      ['Region Värmland', 'Karlstad University'],
    ],
    // A perfect-tense grant is a verb even before "stöd"; the payer of the rest; an elided second share.
    [
      'Tillväxtverket har beviljat stöd ur Europeiska regionala utvecklingsfonden med 2 000 000 kronor.',
      ['Tillväxtverket', 'Europeiska regionala utvecklingsfonden'],
    ],
    [
      'Budgeten är 900 000 kronor, varav stödet från Europeiska jordbruksfonden för landsbygdsutveckling och svenska staten via Jordbruksverket utgör 810 000 kronor. Exempelgårdar ekonomisk förening finansierar resterande del med egen personal.',
      ['Europeiska jordbruksfonden för landsbygdsutveckling', 'Jordbruksverket', 'Exempelgårdar ekonomisk förening'],
    ],
    [
      'Beviljat stöd från Jordbruksverket och Europeiska jordbruksfonden för landsbygdsutveckling uppgick till 400 000 kr. Tranås kommun och Aneby kommun har bidragit med offentlig medfinansiering.',
      ['Jordbruksverket', 'Europeiska jordbruksfonden för landsbygdsutveckling', 'Tranås kommun', 'Aneby kommun'],
    ],
    [
      'Region Kalmar län bidrog med 500.000 kr och Mönsterås kommun med lika mycket i form av personal.',
      ['Region Kalmar län', 'Mönsterås kommun'],
    ],
    ['Region Skåne bidrar med 500 000 kronor och Malmö stad med 300 000 kronor.', ['Region Skåne', 'Malmö stad']],
    ['Region Uppsala contributed SEK 1 million and Uppsala kommun SEK 500,000.', ['Region Uppsala', 'Uppsala kommun']],
    // Money words before the payer.
    [
      'Projektet finansieras av Europeiska regionala utvecklingsfonden genom Tillväxtverket, med medfinansiering från Region Jämtland Härjedalen.',
      ['Europeiska regionala utvecklingsfonden', 'Tillväxtverket', 'Region Jämtland Härjedalen'],
    ],
    [
      'Projektet har finansierats genom Leader Exempelbygden med medel från Jordbruksverket samt med kommunal medfinansiering från Ydre kommun.',
      ['Leader Exempelbygden', 'Jordbruksverket', 'Ydre kommun'],
    ],
    [
      'Projektet har finansierats med regionala utvecklingsmedel från Region Örebro län och med egna medel från Exempelbygdens kommunalförbund.',
      ['Region Örebro län', 'Exempelbygdens kommunalförbund'],
    ],
    [
      'Vinnova granted SEK 2,000,000, and the remaining funding came from Region Västerbotten and in-kind contributions from Umeå University.',
      ['Vinnova', 'Region Västerbotten', 'Umeå University'],
    ],
    [
      'Projektet finansieras till 50 procent av Europeiska regionala utvecklingsfonden och till resterande del av Region Västmanland.',
      ['Europeiska regionala utvecklingsfonden', 'Region Västmanland'],
    ],
    // The project as the subject of a coordinated predicate; the owner named by its kind.
    [
      'The project was owned by Region Gävleborg and funded by the European Regional Development Fund through Tillväxtverket. The total budget was SEK 4 million, of which the ERDF contributed SEK 2 million and the region the rest.',
      ['European Regional Development Fund', 'Tillväxtverket', 'Region Gävleborg'],
      'Region Gävleborg',
    ],
    [
      'The European Social Fund granted SEK 3 000 000 through the Swedish ESF Council. The Swedish Public Employment Service contributed participant allowances.',
      ['European Social Fund', 'Swedish ESF Council', 'Swedish Public Employment Service'],
    ],
    [
      'The European Regional Development Fund (ERDF) financed half of the eligible costs on the Swedish side, which was co-financed by Region Norrbotten, while Nordland fylkeskommune provided regional funding on the Norwegian side.',
      ['European Regional Development Fund', 'Region Norrbotten', 'Nordland fylkeskommune'],
    ],
    // The project received money; money was given by someone.
    ['Projektet har beviljats stöd från Tillväxtverket och Region Kalmar län.', ['Tillväxtverket', 'Region Kalmar län']],
    ['The project received funding from Vinnova and Region Skåne.', ['Vinnova', 'Region Skåne']],
    ['Finansiärer i projektet är Region Gävleborg och Gävle kommun.', ['Region Gävleborg', 'Gävle kommun']],
    ['Region Halland och Halmstads kommun har gått in med medfinansiering.', ['Region Halland', 'Halmstads kommun']],
    ['Medfinansiering har lämnats av Region Jönköpings län.', ['Region Jönköpings län']],
    [
      'Funding was granted by Tillväxtverket from the European Regional Development Fund.',
      ['Tillväxtverket', 'European Regional Development Fund'],
    ],
    ['The main funder was Vinnova, with additional funding from Region Västerbotten.', ['Vinnova', 'Region Västerbotten']],
    [
      'Den totala budgeten var 2 050 000 kronor, och resterande del finansierades av Ljusdals kommun och Ovanåkers kommun med 325 000 kronor vardera.',
      ['Ljusdals kommun', 'Ovanåkers kommun'],
    ],
    [
      'Projektet medfinansieras med kontanta medel av Sandvikens kommun och Samordningsförbundet Gävleborg.',
      ['Sandvikens kommun', 'Samordningsförbundet Gävleborg'],
    ],
    ['Projektet har finansierats inom Landsbygdsprogrammet genom Länsstyrelsen i Hallands län.', ['Länsstyrelsen i Hallands län']],
    [
      'The remaining funds were contributed by Region Värmland, Karlstad University and Arvika Municipality.',
      ['Region Värmland', 'Karlstad University', 'Arvika Municipality'],
    ],
    [
      'The project is financed by the European Regional Development Fund through Interreg Nord, with national co-financing from Region Norrbotten.',
      ['European Regional Development Fund', 'Region Norrbotten'],
    ],
    [
      'The project was co-financed by the European Regional Development Fund (ERDF) through the Interreg Baltic Sea Region Programme.',
      ['European Regional Development Fund'],
    ],
    ['Projektet finansieras av ESF+ och Uddevalla kommun.', ['Europeiska socialfonden plus', 'Uddevalla kommun']],
    ['Haparanda stad bidrog dessutom med 310 000:- till lokalhyra under hela projekttiden.', ['Haparanda stad']],
    [
      'The EU part of the project was financed at 65 % by the European Regional Development Fund (ERDF).',
      ['European Regional Development Fund'],
    ],
    [
      'The EU part of the project is financed by the European Regional Development Fund and co-financed by Region Värmland, Torsby kommun and Eda kommun.',
      ['European Regional Development Fund', 'Region Värmland', 'Torsby kommun', 'Eda kommun'],
    ],
    [
      'The remaining funds were provided as co-financing by Region Halland, Falkenbergs kommun and Aalborg University.',
      ['Region Halland', 'Falkenbergs kommun', 'Aalborg University'],
    ],
    ['Övrig finansiering utgörs av offentlig medfinansiering från Skaraborgs kommunalförbund.', ['Skaraborgs kommunalförbund']],
    [
      'Half of the budget, SEK 6 million, came from the European Regional Development Fund (ERDF) through the Mellersta Norrland ERDF programme 2014–2020, while the remainder was co-financed by Region Jämtland Härjedalen and Åre Municipality.',
      ['European Regional Development Fund', 'Region Jämtland Härjedalen', 'Åre Municipality'],
    ],
    ['Beviljat stöd från Europeiska socialfonden  14,6 Mkr', ['Europeiska socialfonden']],
    ['Region Jämtland Härjedalen beviljar medfinansiering till projektet Green Flyway.', ['Region Jämtland Härjedalen']],
    // The payer named with the project the money is for.
    [
      'I februari 2016 beslutade Arvsfondsdelegationen att bevilja riksförbundet Kriminellas Revansch I Samhället (RIKSKRIS) stöd från Allmänna arvsfonden för projektet Livsstilskoordinator.',
      ['Allmänna arvsfonden'],
    ],
    [
      'Föreningen Riksorganisationen Kriminellas Revansch i Samhället (KRIS) beviljades drygt 16 miljoner kronor av Arvsfonden för ett fyraårigt projekt.',
      ['Arvsfonden'],
    ],
    // What the payer's money is made of is not part of its name.
    ['Utbetalt stöd från Leader Sjuhärad består av medel från EU, Sjuhärads kommuner och staten.', ['Leader Sjuhärad']],
    // The fund's short name capitalised, as a proper noun: written out like 'socialfonden'.
    ['Projektet finansieras av Socialfonden och Region Örebro län.', ['Europeiska socialfonden', 'Region Örebro län']],
    [
      'UF-lyftet har pågått från augusti 2021 till juni 2023 och har finansierats av Arvika kommun, Eda kommun och Region Värmland.',
      ['Arvika kommun', 'Eda kommun', 'Region Värmland'],
    ],
    ['Tillväxtverket beslutar att bevilja stöd med högst 1 890 000:- till Gotlands Besöksnäring Ekonomisk Förening.', ['Tillväxtverket']],
    [
      'Av dessa kom 3,78 miljoner kronor från Europeiska regionala utvecklingsfonden, beviljade av Tillväxtverket inom programmet Småland och öarna.',
      ['Europeiska regionala utvecklingsfonden', 'Tillväxtverket'],
    ],
    ['ERDF grant: SEK 8.56 million, decided by Tillväxtverket.', ['European Regional Development Fund', 'Tillväxtverket']],
    [
      'Total eligible costs were EUR 1.9 million, financed by the European Regional Development Fund (60 %), Region Västerbotten and Umeå kommun.',
      ['European Regional Development Fund', 'Region Västerbotten', 'Umeå kommun'],
    ],
    [
      'Av projektets budget har Tillväxtverket via Europeiska regionala utvecklingsfonden beviljat 1.740.000 kr och Region Uppsala har medfinansierat med 1.044.000 kr.',
      ['Tillväxtverket', 'Europeiska regionala utvecklingsfonden', 'Region Uppsala'],
    ],
    [
      'Projektet har finansierats av Leader Längs Göta älv med kontant medfinansiering från Lilla Edets kommun (40 000 kr).',
      ['Leader Längs Göta älv', 'Lilla Edets kommun'],
    ],
    [
      'The project was run by Region Gävleborg and financed by the Swedish Energy Agency, which granted SEK 2.6m, and by Region Gävleborg itself with another SEK 2.6m.',
      ['Swedish Energy Agency', 'Region Gävleborg'],
    ],
    [
      'The Leader support was financed by the European Agricultural Fund for Rural Development and Region Gotland.',
      ['European Agricultural Fund for Rural Development', 'Region Gotland'],
    ],
    [
      'Projektägare är Region Jämtland Härjedalen. Medfinansiärer är Åre, Krokoms och Östersunds kommuner liksom Länsstyrelsen i Jämtlands län.',
      ['Åre kommun', 'Krokoms kommun', 'Östersunds kommun', 'Länsstyrelsen i Jämtlands län'],
    ],
  ];
  it.each(cases)('%s', (text, expected, owner) => {
    expect(fundersOf(text, owner ?? null)).toEqual(sorted(expected));
  });

  it("reads a headline's 'X beviljat EU-stöd' as a project granted, not a payer", () => {
    expect(fundersOf('Sjösäkerhetsprojekt i södra Östersjön beviljat EU-stöd')).toEqual([]);
  });

  it('resolves "de tre kommunerna" to the three municipalities named before', () => {
    const text =
      'Projektet ägs av Lidköpings kommun och har drivits tillsammans med Götene och Skara kommuner. Projektet finansierades av Region Västra Götaland och de tre kommunerna med totalt 2 mkr.';
    expect(fundersOf(text)).toEqual(sorted(['Region Västra Götaland', 'Lidköpings kommun', 'Götene kommun', 'Skara kommun']));
  });

  it('resolves "the two municipalities" in English', () => {
    const text =
      'The project ran pilots in Umeå and in Skellefteå. The national co-financing will be provided by Region Västerbotten and the two municipalities.';
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
    'Fyra företag har fått stöd från Almi för att utveckla sina produkter.',
    'The companies received support from the project coaches.',
    'Projektet har beviljats förlängning av Tillväxtverket.',
    'Stödet har beviljats av styrelsen den 3 mars.',
    'Funding was provided by several partners.',
    'The four municipalities contributed staff time from their energy advisers, estimated at about 400 hours. This contribution was not valued in the budget.',
    // The report about the project, not the project.
    'This study was funded by the Nordic Council of Ministers through the Nordic Thematic Group.',
    'Utvärderingen finansierades av Tillväxtanalys.',
  ];
  it.each(negatives)('no funders: %s', (text) => {
    expect(fundersOf(text)).toEqual([]);
  });

  it('ends a payer at a web address after it, where the splitter did not end the sentence', () => {
    expect(
      recordOf(
        'Projektet finansieras av Samordningsförbundet (www.samordningsforbundet.se). – Många av de personer vi möter har arbetsbegränsningar.',
      ).funders,
    ).toEqual(['Samordningsförbundet']);
  });

  it("writes out the EU's agricultural fund named short", () => {
    expect(recordOf('Projektet stöddes ekonomiskt av EU:s jordbruksfond genom Kustlandet och Region Östergötland.').funders).toContain(
      'Europeiska jordbruksfonden för landsbygdsutveckling',
    );
  });

  it('takes an Interreg programme in brackets after its fund for the programme, not another payer', () => {
    expect(
      sorted(
        recordOf(
          'Finansiärer\nProjektet delfinansieras av Västra Götalandsregionen och Europeiska regionala utvecklingsfonden (Interreg ÖKS).',
        ).funders,
      ),
    ).toEqual(['Europeiska regionala utvecklingsfonden', 'Västra Götalandsregionen']);
  });

  it("reads a Leader fact box's 'Åtgärd och fond' for the fund", () => {
    expect(recordOf('Projektfakta\nÅtgärd och fond: Projektstöd (förstudie) landsbygdsfonden\nProjektägare: Lundaland').funders).toEqual([
      'Europeiska jordbruksfonden för landsbygdsutveckling',
    ]);
  });

  it("reads a Leader page's 'Projekttyp, fond och åtgärd' and a project bank's 'Berörd fond' for the fund", () => {
    // The rules' list: the verifier doubts these short texts' lists (trained on 1,430 texts: p 0.29 and 0.32, the first
    // below VERIFY_MIN.funders; on 1,310: 0.23 and 0.25); its measure is verify-held-out.
    expect(
      rulesRecordOf(
        'Projektägare: Härnösands kommun\nProjekttyp, fond och åtgärd: Projektstöd inom Landsbygdsfonden för landsbygdsutveckling.\nGenomförandeprojekt.\nProjektledare: Anna Berg',
      ).funders,
    ).toEqual(['Europeiska jordbruksfonden för landsbygdsutveckling']);
    expect(
      rulesRecordOf('Diarienummer:\n23-060-S02\nBerörd fond:\nESF+\nProjektägare:\nSätt färg på Göteborg ekonomisk förening').funders,
    ).toEqual(['Europeiska socialfonden plus']);
  });

  it('reads the names listed one a line under a key alone on its line', () => {
    // The rules' list: the verifier, which withholds the funders it doubts most (VERIFY_MIN.funders), doubts this short
    // text's list of five (p 0.22); its measure is verify-held-out.
    expect(
      rulesRecordOf(
        'Projektpartners\nEnergikontoret i Mälardalen\nFinansiärer\nLänsstyrelsen Uppsala län\nLänsstyrelsen Södermanlands län\nRegion Uppsala\nRegion Sörmland\nEnergimyndigheten\n– Vi vänder oss framför allt till personer som bor i flerbostadshus, säger hon.',
      ).funders,
    ).toEqual(['Länsstyrelsen Uppsala län', 'Länsstyrelsen Södermanlands län', 'Region Uppsala', 'Region Sörmland', 'Energimyndigheten']);
  });

  it('reads a bare "Länsstyrelsen" among the payers as the one county board the text names in full', () => {
    expect(
      recordOf(
        'Lunds kommun fick medel inom Klimatmiljon Skåne inom Länsstyrelsen i Skåne län. Projektet samfinansieras av i huvudsak Länsstyrelsen, Lunds kommun och Malmö Stad.',
      ).funders,
    ).toEqual(['Länsstyrelsen i Skåne län', 'Lunds kommun', 'Malmö Stad']);
  });

  it('takes no volunteer work and no sentence opening for a payer', () => {
    expect(cleanName('Ideellt nedlagd arbetstid')).toBeNull();
    expect(cleanName('Ideell tid')).toBeNull();
    expect(cleanName('Norge')).toBeNull();
    // A name cut where it goes on ("… finansierat av Nätverket för vindbruk vid" / "Energimyndigheten").
    expect(cleanName('Nätverket för vindbruk vid')).toBeNull();
    expect(cleanName('Nätverket för vindbruk')).toBe('Nätverket för vindbruk');
    expect(cleanName('Together with another ten million')).toBeNull();
  });

  it('keeps no bracket a name read from inside brackets does not open or close', () => {
    expect(cleanName('Europeiska jordbruksfonden för landsbygdsutveckling)')).toBe('Europeiska jordbruksfonden för landsbygdsutveckling');
    expect(cleanName('(Region Gotland')).toBe('Region Gotland');
  });

  it('takes no two sentences run together, no name cut at its hyphen, no report heading, and no month after a name', () => {
    expect(cleanName('Lycksele kommuner. Gold of Lapland')).toBeNull();
    expect(cleanName('Föreningen för fornminnes-')).toBeNull();
    // A municipality's genitive alone, money or other projects, a contact person before the organisation.
    expect(cleanName('Skinnskattebergs')).toBeNull();
    expect(cleanName('Projektstöd från EU-fond')).toBeNull();
    expect(cleanName('Bo Fransman Region Skåne')).toBe('Region Skåne');
    expect(cleanName('EUROPEISKA UNIONEN Slutrapport för projektet')).toBeNull();
    expect(cleanName('Region Skåne från augusti')).toBe('Region Skåne');
    expect(cleanName('St. Eriks församling')).toBe('St. Eriks församling');
  });

  it('reads the name after a clause that ends on its conjunction', () => {
    expect(cleanName('Detta står klart nu när Interreg Sverige-Norge')).toBe('Interreg Sverige-Norge');
  });

  it("reads the payer after a decision's heading run into the sentence", () => {
    expect(
      fundersOf('Beslut om stöd Region Gävleborg beviljar RISE Research Institutes of Sweden AB stöd för att genomföra projektet.'),
    ).toEqual(['Region Gävleborg']);
  });

  it('never returns fragments, private money or the state', () => {
    const got = fundersOf('Projektet har finansierats av Region, privata medel och svenska staten.');
    expect(got).toEqual([]);
  });
});

describe("findFunders: the owner's ordinary work", () => {
  it('reads no payer of the work the owner goes on with after the project', () => {
    expect(
      fundersOf(
        'Den fortsatta verksamheten integreras i RFSU:s ordinarie verksamhet, som till största delen finansieras av Folkhälsomyndigheten men även av andra aktörer.',
      ),
    ).toEqual([]);
  });
});

describe('findFunders from labels', () => {
  const cases: [string, string[]][] = [
    [
      'Projektnamn:  Test\nFinansiärer:  Tillväxtverket (Europeiska regionala utvecklingsfonden), Region\n  Kronoberg, Ljungby, Alvesta och Älmhults kommuner\nProjektledare:  Eva Berg',
      [
        'Tillväxtverket',
        'Europeiska regionala utvecklingsfonden',
        'Region Kronoberg',
        'Ljungby kommun',
        'Alvesta kommun',
        'Älmhults kommun',
      ],
    ],
    [
      'Projektnamn  Test\nBeviljat stöd  1 200 000 kr (Tillväxtverket, Europeiska regionala utvecklingsfonden)\nMedfinansiärer  Region Halland, Laholms och Hylte kommuner',
      ['Tillväxtverket', 'Europeiska regionala utvecklingsfonden', 'Region Halland', 'Laholms kommun', 'Hylte kommun'],
    ],
    [
      'Project owner  Science Park AB\nFunded by  Vinnova, Region Stockholm, Nacka kommun\nProject manager  Anna Berg',
      ['Vinnova', 'Region Stockholm', 'Nacka kommun'],
    ],
    [
      'Stödmottagare: Hushållningssällskapet Halland\nFinansiering: Länsstyrelsen i Hallands län via Landsbygdsprogrammet (Europeiska jordbruksfonden för landsbygdsutveckling)',
      ['Länsstyrelsen i Hallands län', 'Europeiska jordbruksfonden för landsbygdsutveckling'],
    ],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(fundersOf(text)).toEqual(sorted(expected));
  });
});

describe('findFunders from financing tables', () => {
  it('reads no table under a sentence that begins with "Finansiering", nor a year at a sentence end as an amount', () => {
    const text = [
      'En nollvision för suicid',
      'Finansiering av projektet sker genom länsgemensamma statsmedel inom regeringen och SKR:s',
      'överenskommelse om psykisk hälsa och suicidprevention. Projektledaren finns vid',
      'Kommunförbundet Västernorrland sedan 2022.',
    ].join('\n');
    expect(fundersOf(text)).toEqual([]);
  });

  it('reads organisation rows under a Finansiering heading, joining broken names and skipping sums', () => {
    const text = [
      'Ekonomi',
      'Projektets totala budget (kr)  3 000 000',
      'Finansiering  Beviljat  Utbetalt',
      'Europeiska regionala',
      'utvecklingsfonden  1 500 000  1 400 000',
      'Summa EU-medel  1 500 000  1 400 000',
      'Offentlig medfinansiering  Budget  Utfall',
      'Region Jönköpings län  750 000  700 000',
      'Eksjö kommun  750 000  700 000',
      'Summa offentlig medfinansiering  1 500 000  1 400 000',
    ].join('\n');
    expect(fundersOf(text)).toEqual(sorted(['Europeiska regionala utvecklingsfonden', 'Region Jönköpings län', 'Eksjö kommun']));
  });

  it('writes out short fund names in the report language and reads own contributions as the owner', () => {
    const sv = [
      'Finansiering (Belopp i tkr)',
      'ESF-stöd  3 200',
      'Sandvikens kommun  1 100',
      'Egen insats, föreningen (kontant)  400',
      'Totalt  4 700',
    ].join('\n');
    expect(fundersOf(sv, 'Gästrike Återbruk ekonomisk förening')).toEqual(
      sorted(['Europeiska socialfonden', 'Sandvikens kommun', 'Gästrike Återbruk ekonomisk förening']),
    );
    const en = [
      'The project has developed the ports and the results were shared with the partners.',
      '2. Finances',
      'Total eligible budget  1 000 000,00',
      'ERDF contribution (EUR)  650 000,00',
      'National public co-financing (EUR)  350 000,00',
    ].join('\n');
    expect(fundersOf(en)).toEqual(['European Regional Development Fund']);
  });

  it('opens a table at a funder column header and reads past prose before it', () => {
    const text = [
      'Redogör för projektets ekonomi.',
      'Projektets budget var 2 000 000 kronor och kostnaderna följde i stort sett budgeten under hela projektperioden.',
      'Finansiär  Budget (kr)  Utfall (kr)',
      'Europeiska regionala utvecklingsfonden  1 000 000  990 000',
      'Region Halland  500 000  480 000',
      'Kungsbacka kommun  500 000  500 000',
      'Summa  2 000 000  1 970 000',
    ].join('\n');
    expect(fundersOf(text)).toEqual(sorted(['Europeiska regionala utvecklingsfonden', 'Region Halland', 'Kungsbacka kommun']));
  });

  it('reads the other organisation rows of a money table that lists funders the text names', () => {
    const text = [
      'Projektet har finansierats av Vinnova och av Region Dalarna.',
      'Ekonomi (tkr)  Budget  Utfall',
      'Vinnova  4 200  4 036',
      'Region Dalarna  2 100  2 100',
      'Stiftelsen Exempeldalen  700  655',
      'Företagens egen tid  1 400  1 512',
      'Totalt  8 400  8 303',
    ].join('\n');
    expect(fundersOf(text)).toEqual(sorted(['Vinnova', 'Region Dalarna', 'Stiftelsen Exempeldalen']));
    const one = [
      'Projektet har finansierats av Vinnova.',
      'KSEK  Budget  Utfall',
      'Vinnova  4 200  4 036',
      'Exempel Konsult AB  700  655',
    ].join('\n');
    expect(fundersOf(one)).toEqual(['Vinnova']);
  });

  it('reads table captions, party tables with a financing column, share columns and own funds in brackets', () => {
    expect(
      fundersOf(
        'Tabell 2. Finansiering enligt senast beviljad budget (kronor)\nFinansiär\tBelopp\tAndel\nEuropeiska regionala utvecklingsfonden (ERUF)\t7 380 000\t40 %\nRegion Jönköpings län\t5 535 000\t30 %\nSumma\t12 915 000\t100 %',
      ),
    ).toEqual(sorted(['Europeiska regionala utvecklingsfonden', 'Region Jönköpings län']));
    expect(
      fundersOf(
        'Project parties and financing\nParty\tRole\tFinancing (SEK)\nNordic Hydrosense AB\tCoordinator\t1,700,000\nLuleå Municipality (water and sewerage)\tTest site\t400,000\nLuleå University of Technology\tResearch partner\t–\nVinnova\tGrant\t2,300,000\nTotal\t\t4,600,000',
      ),
    ).toEqual(sorted(['Nordic Hydrosense AB', 'Luleå Municipality', 'Vinnova']));
    expect(
      fundersOf(
        'Table 2. Financing (kSEK)\nFinancier\tBudget\tOutcome\nSwedish Energy Agency\t1 740\t1 656\nEnergikontoret Skåne (own funds)\t870\t828',
        'Energikontoret Skåne',
      ),
    ).toEqual(sorted(['Swedish Energy Agency', 'Energikontoret Skåne']));
    expect(
      fundersOf(
        'Finansiär\tEnligt beslut (kr)\tUtfall (kr)\nRegion Västerbotten\t1 250 000\t1 159 373\nStorumans kommun\t500 000\t463 749\nSumma\t1 750 000\t1 623 122',
      ),
    ).toEqual(sorted(['Region Västerbotten', 'Storumans kommun']));
  });
  it('keeps cost tables out', () => {
    const text = [
      'Ekonomi',
      'Kostnadsslag  Belopp (kr)',
      'Personal  1 200 000',
      'Externa tjänster (Konsultbolaget AB)  300 000',
      'Resor  50 000',
    ].join('\n');
    expect(fundersOf(text)).toEqual([]);
  });

  it('reads funding rows of money sections: granted support, a genitive owner and in-kind time', () => {
    const text = [
      'Ekonomi',
      'Total projektkostnad  2.000.000 kr',
      'Beviljat stöd från Region Skåne  1.000.000 kr',
      'Kommunalförbundets medfinansiering  600.000 kr',
      'Lunds universitet (egen tid)  400.000 kr',
    ].join('\n');
    expect(fundersOf(text, 'Skånes Kommunalförbund')).toEqual(sorted(['Region Skåne', 'Skånes Kommunalförbund', 'Lunds universitet']));
  });
});

describe('findProgramme', () => {
  const cases: [string | string[], string | null][] = [
    [
      'RemoAge är ett projekt som pågår mellan 1 maj 2015 och 30 april 2018 och finansieras av EU inom programmet Northern Periphery and Arctic programme (NPA).',
      'Northern Periphery and Arctic programme',
    ],
    ['Program: Regionalfondsprogram för Övre Norrland\nInsatsområde: 1. Innovation', 'Regionalfondsprogram för Övre Norrland'],
    [
      'Projektperiod 2016-03-01 - 2018-06-30\nProgram\nRegionalfondsprogram för Västsverige\nInsatsområde\n3. Främja konkurrenskraften',
      'Regionalfondsprogram för Västsverige',
    ],
    // A programme area by its number is a part of a programme, not its name.
    ['Programområde: 1 Kompetensförsörjning', null],
    ['Programområde\n2.3 Öka övergångarna till arbete\nRegion\nESF-nationellt', null],
    [
      'Bilaga 1 till ansökan om stöd\nRegionalfondsprogram för Stockholm 2021–2027\nSökande organisation  Test AB',
      'Regionalfondsprogram för Stockholm 2021–2027',
    ],
    ['Projektet genomfördes inom Regionalfondsprogrammet för Småland och öarna.', 'Regionalfondsprogrammet för Småland och öarna'],
    ['Stödet beviljades inom Landsbygdsprogrammet 2014–2020 och uppgick till 400 000 kr.', 'Landsbygdsprogrammet 2014–2020'],
    [
      'Tillväxtverket granted SEK 2 million under the Regional Fund Programme for Upper Norrland.',
      'Regional Fund Programme for Upper Norrland',
    ],
    [
      'Tillväxtverket granted SEK 2 million from the ERDF under the Regional Fund Programme for Småland and the Islands.',
      'Regional Fund Programme for Småland and the Islands',
    ],
    ['Projektet finansierades inom programmet Hållbar stadsutveckling. Beviljat stöd var 1 mkr.', 'Hållbar stadsutveckling'],
    ['The total budget was SEK 5 million, financed by the Interreg Aurora programme and Region Norrbotten.', 'Interreg Aurora'],
    [
      [
        'Interreg Sverige–Norge · Final report · Test\nSummary\nThe project connected trails.',
        'Interreg Sverige–Norge · Final report · Test\nResults\nNine trails.',
      ],
      'Interreg Sverige–Norge',
    ],
    [
      ['Application – Interreg Europe – Test Network\nSummary\nText.', 'Application – Interreg Europe – Test Network\nBudget\nText.'],
      'Interreg Europe',
    ],
    ['Projektet har samverkat med andra projekt inom samma program.', null],
    ['Programme priority  3. Sustainable transport\nLead partner  City of Rauma', null],
    ['A follow-up application to Interreg Baltic Sea Region was submitted in March.', null],
    ['Programme  Interreg Aurora, sub-area Sápmi\nPriority  2. Innovation', 'Interreg Aurora'],
    ['Programme: Östra Mellansverige 2021–2027, Priority 1 Smarter Östra Mellansverige', 'Östra Mellansverige 2021–2027'],
    [
      'FINAL EVALUATION\nTest Trails\nInterreg Sverige–Norge 2014–2020, sub-programme Inre Skandinavien\nCommissioned by: Region Värmland',
      'Interreg Sverige–Norge 2014–2020',
    ],
    ['Stödform: Landsbygdsprogrammet 2014–2020, åtgärd 16.2 Samarbete', 'Landsbygdsprogrammet 2014–2020'],
    [
      'Projektet har drivits inom programområde 1 i Nationellt socialfondsprogram för investering för sysselsättning och tillväxt 2014–2020.',
      'Nationellt socialfondsprogram för investering för sysselsättning och tillväxt 2014–2020',
    ],
    ['Länsstyrelsen har beviljat stöd med 500 000 kr från landsbygdsprogrammet.', 'landsbygdsprogrammet'],
    [
      'Projektet finansieras av Europeiska regionala utvecklingsfonden inom programmet Småland och öarna, med medfinansiering från Region Kronoberg.',
      'Småland och öarna',
    ],
    ['The partners have long experience in Interreg Baltic Sea Region projects.', null],
    [
      'Program: Regionalfondsprogrammet för\nSmåland och öarna 2014–2020\nProjektledare: Anna Berg',
      'Regionalfondsprogrammet för Småland och öarna 2014–2020',
    ],
    [
      'Projektet finansieras av Europeiska socialfonden inom Nationella socialfondsprogrammet 2014–2020, programområde 2.',
      'Nationella socialfondsprogrammet 2014–2020',
    ],
    [
      'Projektet har finansierats inom nationella socialfondsprogrammet för investering för tillväxt och sysselsättning 2014–2020.',
      'nationella socialfondsprogrammet för investering för tillväxt och sysselsättning 2014–2020',
    ],
    [
      'Half of the budget came from the European Regional Development Fund through the Mellersta Norrland ERDF programme 2014–2020.',
      'Mellersta Norrland ERDF programme 2014–2020',
    ],
    ['Program: 1, Programmet Europeiska socialfonden+ 2021–2027', 'Programmet Europeiska socialfonden+ 2021–2027'],
    [
      'The businesses invested SEK 14 million in energy measures, partly with support from the Rural Development Programme; these investments are not part of the project budget.',
      null,
    ],
    ['Fiberföreningarna har investerat 86 miljoner kronor, varav 31 miljoner kronor är bredbandsstöd från Landsbygdsprogrammet.', null],
    [
      'Projektet finansieras inom Nationella socialfondsprogrammet för investering i tillväxt och sysselsättning 2014–2020.',
      'Nationella socialfondsprogrammet för investering i tillväxt och sysselsättning 2014–2020',
    ],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(programmeOf(text)).toBe(expected);
  });
});

describe('findFunders from a co-financing label with amounts', () => {
  it('reads "Övriga finansiärer" and a financing key with its shares, not a table head', () => {
    expect(
      fundersOf('Stöd från Energimyndigheten: SEK 1 964 640\nÖvriga finansiärer: Region Sörmland, Eskilstuna kommun, Strängnäs kommun'),
    ).toEqual(sorted(['Energimyndigheten', 'Region Sörmland', 'Eskilstuna kommun', 'Strängnäs kommun']));
    expect(
      fundersOf(
        'Finansiering enligt beslut: Europeiska regionala utvecklingsfonden 3 600 000 kr, Region Östergötland 2 160 000 kr och Linköpings kommun 720 000 kr.',
      ),
    ).toEqual(sorted(['Europeiska regionala utvecklingsfonden', 'Region Östergötland', 'Linköpings kommun']));
    expect(fundersOf('11. Financing plan\nFinancier\tType\tSEK\nRegion Jämtland Härjedalen\tPublic co-financing, cash\t900 000')).toEqual([
      'Region Jämtland Härjedalen',
    ]);
  });
  it('reads the payer after "by" in a support key, not the key as a name', () => {
    expect(fundersOf('Project owner: Fårö Lokalmat ekonomisk förening\nSupport granted by Leader Gotland: SEK 937 500')).toEqual([
      'Leader Gotland',
    ]);
  });
  it('leaves units, function words, money words, country codes, references and bare place names out of names', () => {
    expect(fundersOf('Finansiering (Mkr)\nEuropeiska socialfonden\t4,1\nRegion Gävleborg Mkr\t1,2\nHögskolan i Gävle\t0,8')).toEqual(
      sorted(['Europeiska socialfonden', 'Region Gävleborg', 'Högskolan i Gävle']),
    );
    expect(
      fundersOf(
        'The project ended in June 2024, including a six-month no-cost extension granted by Formas in 2023. Formas granted SEK 2 985 000.',
      ),
    ).toEqual(['Formas']);
    expect(fundersOf('Finansiering: ERUF 75 %, Region Kronoberg, Region Blekinge, nationell medfinansiering i PL och LT')).toEqual(
      sorted(['Europeiska regionala utvecklingsfonden', 'Region Kronoberg', 'Region Blekinge']),
    );
    expect(fundersOf('Projektet har finansierats av Hudiksvall och Region Gävleborg.')).toEqual(['Region Gävleborg']);
  });
  it('reads a fact box key over a list of payers, an authority in lower case and a short form written out', () => {
    expect(
      fundersOf(
        'Projektperiod\n2010, 2011-2012\nFinansiering\nLONA, Knivsta kommun, Upplandsstiftelsen och Eda lägergårdsförening\nParter',
      ),
    ).toEqual(sorted(['LONA', 'Knivsta kommun', 'Upplandsstiftelsen', 'Eda lägergårdsförening']));
    expect(fundersOf('Övriga finansiärer är Region Norrbotten, länsstyrelsen i Västerbotten och LRF.')).toEqual(
      sorted(['Region Norrbotten', 'Länsstyrelsen i Västerbotten', 'LRF']),
    );
    expect(recordOf('Föreningen har erhållit 300 000 kronor från ISOF, Institutet för språk och folkminnen.').funders).toEqual([
      'Institutet för språk och folkminnen',
    ]);
    // "Finansiering" over a sentence is a heading; a fund not named is no payer.
    expect(
      recordOf(
        'Finansiering\nProjektets totala budget var 7 120 000 kr. Beviljade\nEU-medel från Europeiska regionala utvecklingsfonden uppgick till 2 430 000 kr.',
      ).budget.grantedSek,
    ).toBe(2_430_000);
    expect(cleanName('EU-fond')).toBeNull();
  });
  it('takes no total row as a funder', () => {
    expect(fundersOf('Financing\tSEK\nSwedish Postcode Foundation\t2,000,000\nTotal granted support\t2,600,000\nTotal\t3,450,000')).toEqual(
      ['Swedish Postcode Foundation'],
    );
  });
  it('reads the payer that names a funding key', () => {
    expect(fundersOf('Coordinator: Nordic Institute AB\nVinnova funding  4 000 000 SEK')).toEqual(['Vinnova']);
  });
  it('keeps the list apart where the amounts stood', () => {
    expect(fundersOf('Co-financing: Sandviken Municipality SEK 3 592 000, Hofors Municipality SEK 1 000 000')).toEqual(
      sorted(['Sandviken Municipality', 'Hofors Municipality']),
    );
  });
});

describe('findFunders from funding keys and bracketed payers', () => {
  it('reads the co-financiers after an "Övrig finansiering" key, and the payer a key names in brackets', () => {
    expect(
      fundersOf(
        'Fakta\nBeviljade regionala utvecklingsmedel (Region Norrland)  1,2 miljoner kronor\nÖvrig finansiering  Norrby kommun, Sörby kommun\nText.',
      ),
    ).toEqual(sorted(['Region Norrland', 'Norrby kommun', 'Sörby kommun']));
  });
  it('does not read a table head after a funding key, nor a currency in brackets', () => {
    expect(fundersOf('Finansiering  Beviljat  Utbetalt\nTotal eligible costs (EUR)  2 450 030,67')).toEqual([]);
  });
  it('drops "on the Swedish side" and "på norsk sida" from names', () => {
    expect(
      fundersOf('Projektet har finansierats av Region Norrland och Norrby kommun på svensk sida samt Innby fylkeskommune på norsk sida.'),
    ).toEqual(sorted(['Region Norrland', 'Norrby kommun', 'Innby fylkeskommune']));
  });
});

describe('findFunders: agencies, shares and allowances in sentences', () => {
  const cases: [string, string[]][] = [
    [
      'Projektet har beviljats av Svenska ESF-rådet och finansieras av Europeiska socialfonden tillsammans med Exempelförbundet Norr, som samordnar kommunernas insatser.',
      ['Svenska ESF-rådet', 'Europeiska socialfonden', 'Exempelförbundet Norr'],
    ],
    [
      'Medfinansiering kom från Samordningsförbundet Testdalen samt i form av deltagarersättningar från Arbetsförmedlingen och Försäkringskassan.',
      ['Samordningsförbundet Testdalen', 'Arbetsförmedlingen', 'Försäkringskassan'],
    ],
    [
      'Region Norrland beviljade 800 000 kronor i regionala tillväxtmedel och Storby kommun har bidragit med lika mycket i form av personal.',
      ['Region Norrland', 'Storby kommun'],
    ],
    [
      'The total project budget is SEK 2.4 million, of which the Swedish Test Agency grants SEK 1,200,000. The remaining costs are financed by Sparbanksstiftelsen Exempel.',
      ['Swedish Test Agency', 'Sparbanksstiftelsen Exempel'],
    ],
    [
      'Exempelbygdens vatten har drivits av Länsstyrelsen i Uppsala län mellan 2020 och 2022 med bidrag från Testmyndigheten.',
      ['Testmyndigheten'],
    ],
    [
      'Stöd har beviljats av Leader Testbygd med medel från Europeiska jordbruksfonden för landsbygdsutveckling och Region Norrland.',
      ['Leader Testbygd', 'Europeiska jordbruksfonden för landsbygdsutveckling', 'Region Norrland'],
    ],
    [
      'Omslutningen var 5,1 mkr, varav 2,5 mkr i stöd från Europeiska regionala utvecklingsfonden. Övrig finansiering kom från Region Norrland.',
      ['Europeiska regionala utvecklingsfonden', 'Region Norrland'],
    ],
    [
      'The project was financed by the European Regional Development Fund and Testby Kommune, with an additional contribution of DKK 200,000 from Region Testland for the marketing.',
      ['European Regional Development Fund', 'Testby Kommune', 'Region Testland'],
    ],
    [
      'The project was financed by the European Regional Development Fund through the Swedish Agency for Testing and Growth (Testverket) and by Region Norrland.',
      ['European Regional Development Fund', 'Testverket', 'Region Norrland'],
    ],
    [
      'Projektet har finansierats av Europeiska regionala utvecklingsfonden genom Tillväxtverket, med medfinansiering från Region Norrland och kommunerna Sala, Heby och Tierp.',
      ['Europeiska regionala utvecklingsfonden', 'Tillväxtverket', 'Region Norrland', 'Sala kommun', 'Heby kommun', 'Tierps kommun'],
    ],
    [
      'Vinnova granted SEK 500,000, and Testbolaget AB financed the remaining SEK 500,000 with its own funds.',
      ['Vinnova', 'Testbolaget AB'],
    ],
    // A sentence the text layer broke after its preposition.
    [
      'Projektet har finansierats av Europeiska regionala utvecklingsfonden, med medfinansiering från\n\nRegion Norrland och Storby kommun.',
      ['Europeiska regionala utvecklingsfonden', 'Region Norrland', 'Storby kommun'],
    ],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(fundersOf(text)).toEqual(sorted(expected));
  });
  it('resolves "de tre kommunerna" over several sentences, leaving out a signature\'s place', () => {
    const text =
      'Rapporten har tagits fram på uppdrag av Kiruna kommun, som är projektägare. Projektet har genomförts tillsammans med Gällivare kommun och Pajala kommun. Luleå i maj 2022, Anna Exempelsson. Region Norrbotten beviljade 1 mkr, och resten finansierades av de tre kommunerna.';
    expect(fundersOf(text)).toEqual(sorted(['Region Norrbotten', 'Kiruna kommun', 'Gällivare kommun', 'Pajala kommun']));
  });
  const negatives = [
    'The partners have applied for funding from the Interreg Test programme for a follow-up project.',
    'Workshoparna har genomförts med stöd från Testföretaget AB.',
    'Företagen fick bidrag på 50 000 kr från Testfonden AB.',
    'Finansiär  Beviljat  Utfall',
  ];
  it.each(negatives)('no funders: %s', (text) => {
    expect(fundersOf(text)).toEqual([]);
  });
});

describe('findFunders from share lists, keys and table heads', () => {
  const cases: [string, string[]][] = [
    [
      'Offentlig medfinansiering  Region Norrland 4 660 000 kr, Storby kommun 1 200 000 kr,\n  Lillby kommun 900 000 kr\nPrivat medfinansiering  Deltagande företags tid, 2 560 000 kr',
      ['Region Norrland', 'Storby kommun', 'Lillby kommun'],
    ],
    [
      "The project applies for support.\nCo-financing: Region Testland 2 100 000 SEK; Storby kommun 1 600 000 SEK;\nparticipating companies' time 500 000 SEK",
      ['Region Testland', 'Storby kommun'],
    ],
    ['Budget\nBidrag från Vinnova  3 425 tkr\nText om projektet.', ['Vinnova']],
    ['Stöd beviljat genom: Leader Testbygd\nBeviljat stöd: 318 000 kr', ['Leader Testbygd']],
    [
      'Total projektbudget  18 640 000 kr\nvarav ERUF  9 320 000 kr\nProjektet har genomförts i länet.',
      ['Europeiska regionala utvecklingsfonden'],
    ],
    [
      'The project was run by the university and the partners in the region.\nEU contribution (ERDF): 1 105 500 €',
      ['European Regional Development Fund'],
    ],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(fundersOf(text)).toEqual(sorted(expected));
  });
  it("never returns a table's column heads or unit cell as a funder", () => {
    const got = fundersOf(
      'Ekonomi\nBelopp i Tkr  Beviljat  Utfall\nEuropeiska regionala utvecklingsfonden  4 500  4 212\nRegion Norrland  2 250  2 250\nSumma  6 750  6 462',
    );
    expect(got).not.toContain('Belopp i Tkr');
    expect(
      fundersOf('Ekonomisk redovisning\nFinansiär  Beviljat  Utfall\nRegion Norrland  1 200 000  1 164 870\nSumma  1 200 000  1 164 870'),
    ).toEqual(['Region Norrland']);
  });
});

describe('findProgramme: calls, steps, translations and lower-case programme names', () => {
  const cases: [string | string[], string | null][] = [
    [
      'Projektbeskrivning\nUtlysning: Vinnova – Testinnovationer för framtiden, steg 2\nProjektledare: Anna Exempelsson',
      'Testinnovationer för framtiden',
    ],
    ['Application\nCall: Test Startups for Growth, step 1\nProject manager: Ann Example', 'Test Startups for Growth'],
    ['Programme: Testing the future (Testa framtiden)', 'Testing the future'],
    ['Programme: Test Startups, step 2', 'Test Startups'],
    ['Program: Landsbygdsprogrammet 2014–2020, delåtgärd 16.4', 'Landsbygdsprogrammet 2014–2020'],
    [
      'Projektet finansierades av Europeiska regionala utvecklingsfonden genom det nationella regionalfondsprogrammet.',
      'nationella regionalfondsprogrammet',
    ],
    ['The project was funded by Vinnova within the programme Test-Driven Growth (Vinnova reference 2019-01234).', 'Test-Driven Growth'],
    [
      'Slutrapport\nRegionalfondsprogrammet för Småland och öarna 2014–2020\nTestprojektet',
      'Regionalfondsprogrammet för Småland och öarna 2014–2020',
    ],
    ['Programme: Interreg Nord (Sápmi)', 'Interreg Nord (Sápmi)'],
    ['Utlysning: 2019-10-01', null],
    // A call's programme by its word and the call's year: the programme's name.
    ['Fakta:\nUtlysning: Programmet El från solen 2020\nProjekttid: 2021-2023', 'El från solen'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(programmeOf(text)).toBe(expected);
  });
});

describe('findFunders from the source of an amount', () => {
  it('takes a fund named as where an amount came from, and an agency whose support an amount is', () => {
    expect(
      fundersOf('Projektets totala budget var 21 440 000 kronor, varav 10 720 000 kronor från Europeiska regionala utvecklingsfonden.'),
    ).toContain('Europeiska regionala utvecklingsfonden');
    expect(fundersOf('Projektets budget var 3 480 000 kronor. Energimyndighetens stöd uppgick till 2 088 000 kronor.')).toContain(
      'Energimyndigheten',
    );
  });
  it('does not take a fund named without money', () => {
    expect(fundersOf('Projektet följer Europeiska regionala utvecklingsfondens principer för jämställdhet.')).toEqual([]);
  });
});

describe("payers' names", () => {
  it.each([
    'Försäkringskassan i Skåne',
    'Statens folkhälsoinstitut',
    'Kulturrådet',
    'Riksantikvarieämbetet',
    'Sametinget',
    'Lokalt Ledd Utveckling Halland',
  ])('takes the agency %s for an organisation', (name) => {
    expect(orgShaped(name)).toBe(true);
  });
  it.each(['Nu', 'Styrelsen', 'Kvinnors'])('does not take %s for one', (name) => {
    expect(orgShaped(name)).toBe(false);
  });
  it('drops a sentence adverb read as a name', () => {
    expect(cleanName('Nu')).toBeNull();
    expect(cleanName('Dessutom')).toBeNull();
  });
  it('keeps official names with a conjunction whole in a list', () => {
    expect(splitNames('the Swedish Agency for Economic and Regional Growth and Region Skåne')).toEqual([
      'the Swedish Agency for Economic and Regional Growth',
      'Region Skåne',
    ]);
    // A foundation named for two people.
    expect(splitNames('Willy och Berit Heymans Djurskyddsstiftelse och Region Skåne')).toEqual([
      'Willy och Berit Heymans Djurskyddsstiftelse',
      'Region Skåne',
    ]);
  });
});

describe('tidy', () => {
  it('keeps the fullest of names that start alike, and duplicates once', () => {
    expect(tidy(['Stiftelsen för Internetinfrastruktur.SE', 'Stiftelsen för Internetinfrastruktur', 'Vinnova', 'vinnova'])).toEqual([
      'Stiftelsen för Internetinfrastruktur.SE',
      'Vinnova',
    ]);
    expect(tidy(['Region Värmlands', 'Region Värmland', 'Länsstyrelsen', 'Länsstyrelsen i Skåne län'])).toEqual([
      'Region Värmland',
      'Länsstyrelsen i Skåne län',
    ]);
  });
});

describe('cleanName', () => {
  it.each([
    ['Huvudfinansiär: Energimyndigheten', 'Energimyndigheten'],
    ['Logotyp Svinesundskommittén', 'Svinesundskommittén'],
    ['Call FRÖN Planning', null],
    ['Stiftelsen för Internetinfrastruktur.SE med en halv miljon', 'Stiftelsen för Internetinfrastruktur.SE'],
    ['Statens folkhälsoinstitut för sin föräldrastödssatsning Familjepeppen', 'Statens folkhälsoinstitut'],
    ['Stockholm Läns Landstings miljöfond BOA-projektet', 'Stockholm Läns Landstings miljöfond'],
    ['Egen privat finansiering', null],
    ['RRSA-metoden', null],
  ])('%s', (raw, expected) => {
    expect(cleanName(raw)).toBe(expected);
  });
});

describe('findProgramme and funds', () => {
  it('takes no fund for a programme, but a programme through a fund', () => {
    expect(programmeOf('Fakta\n• Projektägare: Region Blekinge\n• Program: Europeiska Socialfonden (ESF)\n• Budget: 2 mkr')).toBeNull();
    expect(programmeOf('Program: Lokalt ledd utveckling genom Europeiska socialfonden')).toBe(
      'Lokalt ledd utveckling genom Europeiska socialfonden',
    );
  });
  it('reads an Interreg programme with its two countries, but not a project named after it', () => {
    expect(programmeOf('Projektet har finansierats inom Interreg IIIA Sverige - Norge.')).toBe('Interreg IIIA Sverige - Norge');
    expect(programmeOf('Projektet har finansierats inom Interreg Aurora – Arctic Wood Construction.')).toBe('Interreg Aurora');
  });
});

describe('sharedHead', () => {
  it.each([
    [
      'VGR, Skaraborgs/Fyrbodals/Boråsregionens kommunalförbund',
      'VGR, Skaraborgs kommunalförbund, Fyrbodals kommunalförbund, Boråsregionens kommunalförbund',
    ],
    ['Skaraborgs och Fyrbodals kommunalförbund', 'Skaraborgs kommunalförbund, Fyrbodals kommunalförbund'],
    // One organisation, or a head noun no list shares: as written.
    ['Boråsregionens kommunalförbund', 'Boråsregionens kommunalförbund'],
    ['Region Skåne och Malmö stad', 'Region Skåne och Malmö stad'],
  ])('%s', (text, expected) => {
    expect(sharedHead(text)).toBe(expected);
  });
});

describe('the asylum, migration and integration fund', () => {
  it('is one payer, its name with a comma and an "och" kept whole', () => {
    expect(recordOf('Initiativet finansieras av Asyl, Migration och Integrationsfonden (AMIF).').funders).toEqual([
      'Asyl, Migration och Integrationsfonden',
    ]);
    expect(recordOf('Projektet finansieras av Asyl-, migrations- och integrationsfonden och Region Skåne.').funders).toEqual([
      'Asyl-, migrations- och integrationsfonden',
      'Region Skåne',
    ]);
  });
});

describe('a payer whose name the sentence goes on after', () => {
  it('ends the name before "med start"', () => {
    expect(recordOf('Studien finansieras av Linköpings kommun med start i januari 2017 och slut i oktober 2017.').funders).toEqual([
      'Linköpings kommun',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { recordOf } from '../../../test/extract-text.js';
import { notAPayer } from './funders.js';

const fundersOf = (page: string) => recordOf(page).funders;

describe('the funders list', () => {
  it('is completed by the sentence that names where the rest of the money comes from', () => {
    expect(
      fundersOf(
        'Projektet finansieras till 60% av Skaraborgs kommunalförbund, Högskolan i Skövde och Västra Götalandsregionen. Resterande 40% kommer från EU:s Regionalfond genom programmet Hållbar urban utveckling.',
      ),
    ).toEqual(['Skaraborgs kommunalförbund', 'Högskolan i Skövde', 'Västra Götalandsregionen', 'Europeiska regionala utvecklingsfonden']);
  });

  it('keeps the proper names of a list of payers beside the organisations in it, and agencies named with an adjective', () => {
    expect(
      fundersOf(
        'Detta är den sammanfattande slutrapporten från förstudien som samfinansierats av Miljöfordon Sverige, Coompanion Kalmar län, Hela Sverige Kalmar län, Länsstyrelsen Kalmar län och Region Kalmar län.',
      ),
    ).toEqual(['Miljöfordon Sverige', 'Coompanion Kalmar län', 'Hela Sverige Kalmar län', 'Länsstyrelsen Kalmar län', 'Region Kalmar län']);
    expect(
      fundersOf('Några av dessa insatser har kunnat genomföras med hjälp av ekonomiskt stöd från Brottsförebyggande rådet (Brå).'),
    ).toEqual(['Brottsförebyggande rådet']);
  });

  it('names a payer once where a sentence gives the last word of its name alone', () => {
    expect(
      fundersOf(
        'Allmänna arvsfonden har beviljat Landskrona Kyrkliga Scoutkår ett bidrag på 1 098 000 kronor för att bygga om scoutstugan. De senaste tre åren har det beviljats mer projektmedel ur Arvsfonden än någonsin tidigare.',
      ),
    ).toEqual(['Allmänna arvsfonden']);
  });

  it('is not extended by a sentence about other money', () => {
    expect(
      fundersOf(
        'Projektet finansieras av Region Halland och Leader Halland. Deltagarna fick stöd från Arbetsförmedlingen under praktiken.',
      ),
    ).toEqual(['Region Halland', 'Leader Halland']);
  });

  it('joins the payers named before a list of the others', () => {
    expect(
      fundersOf(
        'I ett nytt projekt satsar Västra Götalandsregionen 13,5 miljoner kronor på detta. Fyrbodals kommunalförbund är en av medfinansiärerna. Övriga medfinansiärer är Europeiska regionala utvecklingsfonden, Sjuhärads kommunalförbund och Business Region Göteborg.',
      )?.sort(),
    ).toEqual(
      [
        'Västra Götalandsregionen',
        'Fyrbodals kommunalförbund',
        'Europeiska regionala utvecklingsfonden',
        'Sjuhärads kommunalförbund',
        'Business Region Göteborg',
      ].sort(),
    );
  });

  it('names the union and the state as the text does, and the fund where the union is only its genitive', () => {
    expect(
      fundersOf('Leaderstödet består av finansiering från EU, staten, Region Stockholm och Leader Stockholmsbygds sex kommuner.'),
    ).toEqual(['EU', 'staten', 'Region Stockholm', 'Leader Stockholmsbygds sex kommuner']);
    expect(fundersOf("Länet får totalt 70 miljoner från EU:s fond ''Leader plus'' till projektet ''Våg 21''.")).toEqual(['Leader plus']);
    expect(fundersOf('Projektet medfinansieras av EU genom Europeiska regionala utvecklingsfonden.')).toEqual([
      'Europeiska regionala utvecklingsfonden',
    ]);
  });
});

describe('what a list of payers caught that is no payer', () => {
  it('leaves out a time, a photo credit, a clause and a slogan in capitals', () => {
    expect(notAPayer('This week')).toBe(true);
    expect(notAPayer('förra året')).toBe(true);
    expect(notAPayer('Foto: Leif Andersson Tillväxtverket')).toBe(true);
    expect(notAPayer('Mölndal stad valdes ut')).toBe(true);
    expect(notAPayer('KUNSKAP FÖR LANDETS FRAMTID')).toBe(true);
  });

  it('keeps organisations, in capitals too', () => {
    for (const name of [
      'Region Värmland',
      'LÄNSSTYRELSEN I DALARNAS LÄN',
      'MYNDIGHETEN FÖR SAMHÄLLSSKYDD OCH BEREDSKAP',
      'EUROPEISKA REGIONALA UTVECKLINGSFONDEN',
      'Leader Södermanland',
    ])
      expect(notAPayer(name), name).toBe(false);
  });

  it('drops the month after a payer and reads a board as its organisation', () => {
    expect(fundersOf('Projektet Bilda bygdebolag har beviljats stöd från Tillväxtverket i december.')).toEqual(['Tillväxtverket']);
    expect(fundersOf('Projektet finansieras av Leader Södermanlands styrelse.')).toEqual(['Leader Södermanland']);
  });
});

describe('funds and places in a list of payers', () => {
  it("writes out a fund named by the union's genitive in English", () => {
    expect(fundersOf("This week, the EU's social fund granted SEK 1,857,602 to a project run by Yrkesakademin.")).toEqual([
      'European Social Fund',
    ]);
  });

  it("leaves out a county's or province's name alone", () => {
    expect(fundersOf('Projektet finansieras av Region Gävleborg, Gävleborg och Tillväxtverket.')).toEqual([
      'Region Gävleborg',
      'Tillväxtverket',
    ]);
  });
});

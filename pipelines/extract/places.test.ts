import { describe, expect, it } from 'vitest';
import {
  countyOfMunicipality,
  findCountyMentions,
  findMunicipalityMentions,
  municipalityOfOrganisation,
  municipalityOrgName,
  normaliseCounty,
} from './places.js';

describe('normaliseCounty', () => {
  it.each([
    ['Region Norrbotten', 'Norrbottens län'],
    ['Norrbotten', 'Norrbottens län'],
    ['Norrbottens län', 'Norrbottens län'],
    ['Västra Götalandsregionen', 'Västra Götalands län'],
    ['Region Jämtland Härjedalen', 'Jämtlands län'],
    ['Regionförbundet Sörmland', 'Södermanlands län'],
    ['Länsstyrelsen i Dalarnas län', 'Dalarnas län'],
    ['Region Kalmar län', 'Kalmar län'],
    ['Region Gotland', 'Gotlands län'],
    ['Skåne', 'Skåne län'],
    ['Dalarnas läns landsting', 'Dalarnas län'],
    ['Region Jönköpings län', 'Jönköpings län'],
    ['Atlantis', null],
  ] as [string, string | null][])('%s → %s', (s, county) => {
    expect(normaliseCounty(s)).toBe(county);
  });
});

describe('findMunicipalityMentions', () => {
  const names = (t: string, lenient = false): string[] => findMunicipalityMentions(t, lenient).map((m) => m.name);
  it.each([
    ['Projektet genomfördes i Ludvika och Smedjebacken.', ['Ludvika', 'Smedjebacken']],
    ['Marks kommun och Ale kommun deltog.', ['Mark', 'Ale']],
    ['Insatserna gjordes i Vara och i Bjuv.', ['Vara', 'Bjuv']],
    // The first of a list of municipalities, the next one no ordinary word.
    ['Dessa kommuner är Bjuv, Höganäs, Hörby och Klippan.', ['Bjuv', 'Höganäs', 'Hörby', 'Klippan']],
    ['Berg, Mark och Vara är vanliga ord.', []],
    ['Kommunerna Lerum, Ale och Kungälv samverkade.', ['Lerum', 'Ale', 'Kungälv']],
    ['Falu kommun och Malung-Sälens kommun', ['Falun', 'Malung-Sälen']],
    ['Upplands Väsby kommun', ['Upplands Väsby']],
    // In capitals, as a listing prints it.
    ['SÖDERHAMNS KOMMUN: Krype fäbod', ['Söderhamn']],
    ['MALUNG-SÄLENS KOMMUN', ['Malung-Sälen']],
    ['i samverkan med Eda och Årjängs kommuner.', ['Eda', 'Årjäng']],
    // A region named after the town is not the municipality.
    ['Bredband till öarna i Stockholms skärgård och Värmdö kommun.', ['Värmdö']],
    ['Seastop works in the Stockholm archipelago.', []],
    // A diocese named after its seat.
    ['Församlingarna i Luleå stift deltog, och Västerås stift följde arbetet.', []],
    // A person's surname after the given name; the first county of a list that ends in "län".
    ['Effektivisering av kommunala transporter i Uppsala, Västmanlands och Södermanlands län', []],
    ['Projektet genomfördes i Uppsala och Enköping.', ['Uppsala', 'Enköping']],
  ])('%s', (t, expected) => {
    expect(names(t)).toEqual(expected);
  });
  it.each([
    'Mark och vatten behöver skyddas.',
    'Projektledare var Anna Berg.',
    'Kil är ett verktyg.',
    'Det ska vara enkelt.',
    'Boden var full.',
  ])('ignores ordinary words: %s', (t) => {
    expect(names(t)).toEqual([]);
  });
  it.each([
    'Vi vill tacka Almi Företagspartner Jönköping och Science Park Jönköping.',
    'Partners are Luleå University of Technology and others.',
  ])('does not take a place inside another proper name: %s', (t) => {
    expect(names(t)).toEqual([]);
  });
  it('takes a place at the start of a sentence or after a place word', () => {
    expect(names('Projektet. Ludvika och Smedjebacken deltog. I Ludvika Kommun fanns stöd.')).toEqual([
      'Ludvika',
      'Smedjebacken',
      'Ludvika',
    ]);
  });
  it('reads "Surname, Given name" as a person, not a place, unless the next name is a municipality too', () => {
    expect(names('Berg, Jessica', true)).toEqual([]);
    expect(names('Författare: Lund, Anna och Sala, Erik')).toEqual([]);
    expect(names('Kommunerna Borås, Herrljunga, Mark och Tranemo')).toEqual(['Borås', 'Herrljunga', 'Mark', 'Tranemo']);
  });
  it('accepts ordinary names in a title except as its first word', () => {
    expect(names('Attraktiva Habo', true)).toEqual(['Habo']);
    expect(names('Mark och vatten', true)).toEqual([]);
  });
  it("takes no person's surname for a place, in a title either ('… Världens plats Anna Lund')", () => {
    expect(names('Att lyfta blicken En utvärdering av projektet Nordanstig Världens plats Anna Lund', true)).toEqual(['Nordanstig']);
  });
});

describe('organisations and counties', () => {
  it.each([
    ['Hässleholms kommun', 'Hässleholm'],
    ['Malmö stad', 'Malmö'],
    ['Municipality of Östhammar', 'Östhammar'],
    ['Göteborgs Stad', 'Göteborg'],
    ['Kalmar Municipality', 'Kalmar'],
    ['Falu kommun', 'Falun'],
    ['Region Gotland', 'Gotland'],
    ['Almi Företagspartner Nord AB', null],
    ['YSTAD KOMMUN - Kultur och utbildning', 'Ystad'],
    ['UPPLANDS-BRO KOMMUN', 'Upplands-Bro'],
    ['Bildningsförvaltningen Motala Kommun', 'Motala'],
    ['Älvkarleby GK', 'Älvkarleby'],
    ['Tanums hembygdsförening', 'Tanum'],
    ['Svenska Golfförbundet', null],
    ['Föreningen Vara Småstad', null],
  ] as [string, string | null][])('%s is municipality %s', (org, m) => {
    expect(municipalityOfOrganisation(org)).toBe(m);
  });
  it('finds county forms in text', () => {
    expect(
      findCountyMentions('Region Skåne och Länsstyrelsen i Hallands län finansierade, liksom Västra Götalandsregionen.').map((c) => c.name),
    ).toEqual(['Skåne län', 'Hallands län', 'Västra Götalands län']);
  });
  it('finds bare names of counties written in several words, across a line break', () => {
    expect(findCountyMentions('workforce in Västra\nGötaland and in Jämtland Härjedalen').map((c) => c.name)).toEqual([
      'Västra Götalands län',
      'Jämtlands län',
    ]);
  });
  it.each([
    ['Gislaved', 'Gislaveds kommun'],
    ['Gnosjö', 'Gnosjö kommun'],
    ['Kalmar', 'Kalmar kommun'],
    ['Malmö', 'Malmö stad'],
    ['Falun', 'Falu kommun'],
    ['Ludvika', 'Ludvika kommun'],
  ])('%s is run by %s', (m, org) => {
    expect(municipalityOrgName(m)).toBe(org);
  });
  it('knows the county of a municipality', () => {
    expect(countyOfMunicipality('Ludvika')).toBe('Dalarnas län');
    expect(countyOfMunicipality('Gotland')).toBe('Gotlands län');
  });
});

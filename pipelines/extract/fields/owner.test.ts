import { describe, expect, it } from 'vitest';
import { recordOf } from '../../../test/extract-text.js';
import { namesTheProject, swedishSide } from './owner.js';

describe('swedishSide', () => {
  it.each([
    ['Östersunds kommun och Trondheim kommune', 'Östersunds kommun'],
    ['Region Värmland och Innlandet fylkeskommune', 'Region Värmland'],
    ['Haparanda stad och Tornion kaupunki', 'Haparanda stad'],
    ['Östersunds kommun och Röros kommun', 'Östersunds kommun'],
  ])('takes the Swedish owner of a cross-border pair: %s', (value, expected) => {
    expect(swedishSide(value)).toBe(expected);
  });
  it.each(['Skellefteå kommun och Norsjö kommun', 'Hushållningssällskapet Halland', 'Trondheim kommune'])('leaves %s alone', (value) => {
    expect(swedishSide(value)).toBe(value);
  });
});

describe('an owner key that also reads as a heading', () => {
  it('is a key between other keys with colons over their values', () => {
    const page = [
      'Projektinformation',
      'Projekttitel:',
      'Lokal förankring av vindbruksprojekt',
      'Project manager:',
      'Hans Pahlin',
      'Organisation:',
      'Lungsjöns Fritidsförening',
      'Projektnummer:',
      '42427-1',
    ].join('\n');
    const rec = recordOf(page);
    expect(rec.owner).toBe('Lungsjöns Fritidsförening');
  });
});

describe('owner values', () => {
  const ownerOf = (page: string) => recordOf(page).owner;

  it("is never a person's name", () => {
    expect(
      ownerOf(
        'Projektet ska pågå under tre år och det är utvecklingsenheten i kommunen, med Mats Fransson som chef, som står som projektägare.',
      ),
    ).not.toBe('Mats Fransson');
  });

  it("is no person's name after a title, as an owner's contact is written", () => {
    expect(ownerOf('Mer information\nFör projektägaren: Avdchef Mia Ekegren, tfn 010-33 00 900')).toBeNull();
  });

  it('is the whole name where one reading cut it at its "och" after a genitive', () => {
    expect(ownerOf('Movadot är ett tvåårigt projekt som drivs av Jönköping Läns Dövas och Teckenspråkigas Förbund (JLDTF).')).toBe(
      'Jönköping Läns Dövas och Teckenspråkigas Förbund',
    );
  });

  it('is the whole name where another reading adds the place to it', () => {
    expect(
      ownerOf(
        'Våren 2014 genomförde Företagarna en förstudie med syfte att utforska nuläget.\nFör att utveckla Hantverket Väst ansökte Företagarna i Västra Götaland (projektägare) tillsammans med partner om medel.',
      ),
    ).toBe('Företagarna i Västra Götaland');
  });

  it('spells out initials the text writes out elsewhere without brackets', () => {
    expect(
      ownerOf(
        'Umeå Biotech Incubator får förlängt av EU\nSedan 2019 har UBI drivit utvecklingsprojektet Life sciencemotorn, som har som mål att skapa förutsättningar för tillväxt.',
      ),
    ).toBe('Umeå Biotech Incubator');
  });

  it('is no pair of organisations sharing one head noun', () => {
    expect(ownerOf('Enköping och Håbo kommun får 4 miljoner kronor av EU för att öka engagemanget för entreprenörskap.')).toBeNull();
    expect(ownerOf('Håbo kommun får 4 miljoner kronor av EU för att öka engagemanget för entreprenörskap.')).toBe('Håbo kommun');
  });

  it("is not an earlier project's owner, told with an indefinite article", () => {
    const page = [
      'Projektbakgrund',
      'Ett betydelsefullt treårigt Mål-2 projekt, med Ölands Kommunalförbund som projektägare, genomfördes under 2003-2005.',
      'Projektet är tvåårigt och genomförs under 2009-2010. Ölands Näringslivskontor är projektägare.',
    ].join('\n');
    expect(ownerOf(page)).toBe('Ölands Näringslivskontor');
    expect(recordOf(page).period).toMatchObject({ start: '2009', end: '2010' });
  });

  it('is no project bank named before a letterhead address', () => {
    expect(
      ownerOf(
        'Slutrapport Processtöd\nRapporten finns att ladda ner från webbplatsen.\nSvenska ESF-rådets projektbank Dnr Postadress: Handisam, Arenavägen 63, Johanneshov',
      ),
    ).toBeNull();
  });

  it('takes a coordinator printed in capitals and again as written in the form written', () => {
    expect(
      ownerOf(
        'Test Site Sweden\nDiarienummer\nKoordinator LINDHOLMEN SCIENCE PARK AKTIEBOLAG - Lindholmen Science Park AB\nBidrag från Vinnova 500 000 kronor',
      ),
    ).toBe('Lindholmen Science Park AB');
  });
});

describe("the owner model's organisation", () => {
  it('is not the project itself, where the sentence it was read from says it is one', () => {
    const said = 'Folkhögskola 2.0 är ett kompetensutvecklingsprojekt finansierat av Europeiska socialfonden.';
    expect(namesTheProject('Folkhögskola 2.0', said)).toBe(true);
    expect(namesTheProject('Region Skåne', 'Region Skåne är ett av projektets medfinansiärer.')).toBe(false);
    expect(namesTheProject('Region Skåne', 'Region Skåne driver ett projekt om folkhögskolor.')).toBe(false);
  });
});

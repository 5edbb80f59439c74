import { describe, expect, it } from 'vitest';
import { buildView } from './document.js';
import { findManager, nameBefore, personName } from './people.js';
import { recordOf } from '../../test/extract-text.js';

/** The manager found in a one-page report made of these lines. */
function manager(...lines: string[]): string | null {
  const v = buildView([lines.join('\n')]);
  return findManager(v.labels, v.sentences, v.lines)?.value ?? null;
}

describe('personName', () => {
  const cases: [string, string | null][] = [
    ['Anna Berg', 'Anna Berg'],
    ['Anna Berg, Region Dalarna', 'Anna Berg'],
    ['Per-Olof Nordin, ordförande', 'Per-Olof Nordin'],
    ['Åsa Nilsson Wikberg', 'Åsa Nilsson Wikberg'],
    ['Prof. Karin Ehrnborg', 'Karin Ehrnborg'],
    ['Dr. Ola Bergkvist', 'Ola Bergkvist'],
    ['Fil. dr Maria Lind', 'Maria Lind'],
    ['Projektägarrepresentant Roland Haglund', 'Roland Haglund'],
    ['Anders Holm at the Department of Computer Science', 'Anders Holm'],
    ['Martin Gyllensten på Arvika Näringslivscentrum', 'Martin Gyllensten'],
    ['Camilla Öhrn vid kommunens socialtjänst', 'Camilla Öhrn'],
    ['Karin Sjöberg, projektledare', 'Karin Sjöberg'],
    ['Emma Karlsson tel 070-123 45 67', 'Emma Karlsson'],
    // A double given name written with a lower-case second part; "och" before a new clause.
    ['Bo-lennart Nelldal och utvärderingen har gjorts av forskaren Gustaf Lindström.', 'Bo-lennart Nelldal'],
    ['Sveriges Kommuner och regioner (SKR)', null],
    ['Region Dalarna', null],
    ['Länsstyrelsen i Dalarnas län', null],
    ['Vakant', null],
    ['Högskolan Dalarna', null],
    ['Anna', null],
    ['anna berg', null],
    ['Anna Berg ansvarade för genomförandet av hela projektet', null],
    // Named after a person, in the genitive: a place or an organisation.
    ['Astrid Lindgrens Hembygd', null],
    ['Carl Larssons Gård', null],
    ['Per Nils Ek', 'Per Nils Ek'],
    // Three capitalised words of which two are the name.
    ['Slutrapport Christina Stattin', 'Christina Stattin'],
    ['Helsingborg Anna Gardelin', 'Anna Gardelin'],
    ['Kent Ågren Magnus Lind', 'Kent Ågren'],
    ['Margareta Frost-Johansson Utvecklingsledare', 'Margareta Frost-Johansson'],
    ['Anna Karin Berg', 'Anna Karin Berg'],
    // A middle initial is part of the name; a word and a province's name is an organisation.
    ['Lisa B Liljas', 'Lisa B Liljas'],
    ['Kultur Skåne', null],
    // A company's name whole, as a coordinator's key on a funder's page gives it.
    ['Teknikföretagens Service i Sverige AB', null],
    ['Open Eye AB', null],
    ['Anna Berg, Berg Konsult AB', 'Anna Berg'],
    // A parish and its street under a contact key.
    ['Värne Alliansförsamling Vassängsvägen 1', null],
  ];
  it.each(cases)('%s', (value, name) => expect(personName(value)).toBe(name));
});

describe('nameBefore', () => {
  const cases: [string, string | null][] = [
    ['har drivits av kommunens näringslivsavdelning med Jonas Hägglund', 'Jonas Hägglund'],
    ['Med Anna Berg', 'Anna Berg'],
    ['Ansvarig  Katarina Olausson', 'Katarina Olausson'],
    ['Utvärderingen Anna Berg', 'Anna Berg'],
    ['rapporten Anna Berg', 'Anna Berg'],
    ['', null],
  ];
  it.each(cases)('%s', (text, name) => expect(nameBefore(text)).toBe(name));
});

describe('findManager', () => {
  const cases: [string, string[], string | null][] = [
    // Labels: colon, value on the next line, two cells of one line, a detail after the name.
    ['colon label', ['Projektledare: Anna Berg'], 'Anna Berg'],
    // The role after another one it is held with, or after where the manager works; the organisation between commas.
    ['two roles', ['Initiativtagare till ansökan och ansvarig projektledare är Tove Wiik på Alzheimerfonden.'], 'Tove Wiik'],
    ['role at a place', ['Huvudsökande och projektledare vid SLU är Josefin Wangel, forskare vid institutionen.'], 'Josefin Wangel'],
    ['organisation between commas', ['Martin Hedman, IUC Sverige AB, has been Project Manager for Robotlyftet.'], 'Martin Hedman'],
    ['label with phone', ['Projektledare: Anna Berg, tel 070-123 45 67'], 'Anna Berg'],
    ['form field, value below', ['Projektägare', 'Ludvika kommun', 'Projektledare', 'Maria Pettersson'], 'Maria Pettersson'],
    ['kontaktperson with role', ['Kontaktperson', 'Karin Sjöberg, projektledare'], 'Karin Sjöberg'],
    [
      'two cells, alone',
      ['Planned end 2027-08-31', 'Contact person          Hanna Wiklund, Department of Engineering', '1. Summary'],
      'Hanna Wiklund',
    ],
    ['English label with title', ['Project manager: Prof. Karin Ehrnborg'], 'Karin Ehrnborg'],
    ['projektledare beats kontaktperson', ['Kontaktperson: Per Ek', 'Projektledare: Anna Berg'], 'Anna Berg'],
    // Sentences.
    ['har varit, wrapped', ['Finansieringen kom från regionen. Projektledare har varit Johan', 'Ekholm.'], 'Johan Ekholm'],
    ['var X på org', ['Projektledare har varit Martin Gyllensten på Arvika Näringslivscentrum.'], 'Martin Gyllensten'],
    ['X var projektledare', ['Lisa Holm var projektledare under hela projekttiden.'], 'Lisa Holm'],
    ['letts av projektledaren', ['Projektet har letts av projektledaren Eva Strand.'], 'Eva Strand'],
    [
      'leds av role',
      ['Projektet leds av föreningens ordförande Lotta Hejdström tillsammans med en anställd koordinator.'],
      'Lotta Hejdström',
    ],
    [
      'arbetet har letts av',
      ['Projektägare är Piteå kommun, och arbetet har letts av Camilla Öhrn vid kommunens socialtjänst.'],
      'Camilla Öhrn',
    ],
    [
      'som projektledare',
      ['Projektet har drivits av kommunens näringslivsavdelning med Jonas Hägglund som projektledare.'],
      'Jonas Hägglund',
    ],
    ['English led by', ['The project was led by Anders Holm at the Department of Computer Science.'], 'Anders Holm'],
    ['English managed by', ['The project was managed by Sarah Lind from Region Kalmar.'], 'Sarah Lind'],
    ['English X was project manager', ['Peter Wik was the project manager throughout.'], 'Peter Wik'],
    ['English as project manager', ['The work was run by the municipality with Tom Ek as project manager.'], 'Tom Ek'],
    [
      'Project manager X, Region Y',
      ['Project manager Jenny Ström, Region Jämtland Härjedalen, chaired the partner meetings.'],
      'Jenny Ström',
    ],
    // Lists of interviewees and signatures.
    [
      'interviewee list',
      [
        'Intervjupersoner',
        'Johan Ekholm, projektledare, Västerås Science Park AB',
        'Lena Strand, ordförande i styrgruppen, Region Västmanland',
      ],
      'Johan Ekholm',
    ],
    ['signature on two lines', ['Vi tackar alla som har deltagit.', 'Jonas Hägglund', 'Projektledare'], 'Jonas Hägglund'],
    ['cells then role', ['Ansvarig             Katarina Olausson, projektledare'], 'Katarina Olausson'],
    // A change of manager: the one who led it at the end.
    [
      'took over as',
      [
        'Anna Berg var projektledare till 2017. Därefter tog Per Ek över som projektledare.',
        'Per Ek tog över som projektledare i mars 2017.',
      ],
      'Per Ek',
    ],
    ['replaced by', ['Projektledaren Anna Berg ersattes av Per Ek hösten 2017.'], 'Per Ek'],
    ['new manager', ['Ny projektledare blev Sara Öst från januari 2018.', 'Tidigare projektledare var Olle Hed.'], 'Sara Öst'],
    // Not the manager: evaluators, steering-group chairs, the funder's officer, people named in passing.
    ['evaluator assignment leader', ['Uppdragsledare: Maja Edström', 'Handläggare: Oskar Hedman'], null],
    [
      'evaluator then manager',
      ['Uppdragsledare: Maja Edström', 'Finansieringen kom från regionen. Projektledare var Anneli Rask.'],
      'Anneli Rask',
    ],
    ['steering group chair', ['Styrgruppens ordförande: Lena Strand'], null],
    ['chair in prose', ['Lena Strand var ordförande i styrgruppen.'], null],
    ['funder contact', ['Kontaktperson hos Tillväxtverket: Olof Ring'], null],
    ['author', ['Författare: Elin Sandberg och Tobias Ljung'], null],
    ['passing mention', ['Vi vill tacka Anna Berg och Per Ek för gott samarbete.'], null],
    ['former manager only', ['Den tidigare projektledaren Anna Berg intervjuades.'], null],
    ['deputy', ['Biträdande projektledare: Per Ek'], null],
    ['organisation led', ['Projektet har letts av Region Dalarna.'], null],
    ['role without a name', ['Projektledaren har haft en viktig roll i arbetet.'], null],
  ];
  it.each(cases)('%s', (_name, lines, expected) => expect(manager(...lines)).toBe(expected));
});

describe('findManager when the manager changed', () => {
  it('passes over a manager who led the project until a date, and reads a signature role under the name', () => {
    expect(
      manager(
        'The project was led by Erik Nyman until August 2022. From September 2022 Karin Berg has been project manager.',
        'Karin Berg',
        'Project manager',
        'Stiftelsen Bohusläns Skärgårdsarv',
        'Anders Hjalmarsson',
        'Chair of the Board',
      ),
    ).toBe('Karin Berg');
  });
  it("takes a final report's author as its manager, not an evaluation's", () => {
    const v = buildView(['Slutrapport Cykelstråk\nFörfattare: Jonas Ek och Annika Hedlund\nProjektledare: Jonas Ek, Bollnäs kommun']);
    expect(findManager(v.labels, v.sentences, v.lines, [], false)?.value).toBe('Jonas Ek');
    expect(findManager(v.labels, v.sentences, v.lines, [], true)).toBeNull();
  });

  it('takes the manager whose period runs on, listed first or last', () => {
    expect(
      manager(
        'Projektnamn\tSolLant',
        'Projektledare\tMikael Forsgren (fr.o.m. 2022-09-01); Karin Sjöberg (2021-10-01 – 2022-08-31)',
        'Finansiär\tEnergimyndigheten',
      ),
    ).toBe('Mikael Forsgren');
  });
  it('reads "projektledaren X och har …", a form field over its value, and never the evaluation\'s author', () => {
    expect(manager('Projektet leds av projektledaren Annika Sjöberg och har sju medarbetare.')).toBe('Annika Sjöberg');
    expect(
      manager('Stödmottagare', 'Ramsbergs bygdegårdsförening', 'Kontaktperson', 'Gunilla Rask', 'Telefonnummer', '073-845 21 09'),
    ).toBe('Gunilla Rask');
    const v = buildView(['Halvtidsutvärdering av Jobbsteget\nIngrid Thorsell\nKontakt: Ingrid Thorsell, ingrid.thorsell@hig.se']);
    expect(findManager(v.labels, v.sentences, v.lines, ['Ingrid Thorsell, Mikael Öhrn'])).toBeNull();
  });
  it('takes the successor who took over the role', () => {
    expect(
      manager('Projektet leddes från Ludvika.', 'Lars Berg var projektledare fram till mars 2020, då Maria Olsson tog över rollen.'),
    ).toBe('Maria Olsson');
  });
  it('takes the last of the managers a label lists by period', () => {
    expect(
      manager(
        'Ansvarig organisation\tSkaraborgs kommunalförbund',
        'Projektledare\tKarin Ek (januari–juni 2019)',
        '\tJohan Lind (augusti 2019–juni 2021)',
        'Budget\t4 mkr',
      ),
    ).toBe('Johan Lind');
  });
  it('takes the contact person for the project when no manager is named', () => {
    expect(manager('Projektet ägs av Region Uppsala.', 'Kontaktperson för projektet har varit Lisa Thorén.')).toBe('Lisa Thorén');
  });
  it('takes the last of managers listed by period on one line', () => {
    expect(
      manager('Projektägare: Högskolan Väst', 'Projektledare: Lena Ottosson (2016–2017), Karl-Johan Persson (2018)', 'Budget: 4 mkr'),
    ).toBe('Karl-Johan Persson');
  });
  it('reads a "Kontakt" form field', () => {
    expect(manager('Stödmottagare\tRegion Gävleborg', 'Kontakt\tHanna Wikström, näringslivsutvecklare', 'Projektnamn\tX')).toBe(
      'Hanna Wikström',
    );
  });
});

describe('findManager: signatures, occupations, roles in passing', () => {
  it.each([
    [['Text om projektet.', 'The project manager was Niklas Öhman.'], 'Niklas Öhman'],
    [['Perioden var 2017–2019. Projektledare har varit viltkonsulent Marcus Tell.'], 'Marcus Tell'],
    [['Lönneberga den 15 juli 2019', 'Kerstin Alm', 'projektledare, Lönneberga byalag'], 'Kerstin Alm'],
    [
      ['Kongsvinger / Torsby, 30 June 2022', 'Ingrid Haugen\tErik Dahlström', 'Project coordinator (NO)\tProject manager'],
      'Erik Dahlström',
    ],
    [['Gunnar Lindström, ordförande och projektledare'], 'Gunnar Lindström'],
    [['Ett särskilt tack till processledare Sara Holm, som har underlättat arbetet.'], 'Sara Holm'],
    [['Den 8 november 2018 presenterar projektledaren Stefan Carlsson slutrapporten för politikerna.'], 'Stefan Carlsson'],
    [['Projektledare har varit Karin Eliasson ifrån Hushållningssällskapet Sjuhärad.'], 'Karin Eliasson'],
    [['Svensk Turism AB har utsett Ola Lindgren Nilsson till projektledare för arenan.'], 'Ola Lindgren Nilsson'],
    [['Projektledare för projektet har varit Lena Ek.'], 'Lena Ek'],
    [['Som projektledare anställdes Eva Nyström i mars.'], 'Eva Nyström'],
    // A quote's speaker and the role held; a role at another organisation is not the project's.
    [['Det var bra, säger Marie Nybäck, folkhälsostrateg som var projektledare för projektet.'], 'Marie Nybäck'],
    [
      ['Det menar mariestadsbon Kjell Persson, från Föreningen landsbygdshandelns främjande, som har varit projektledare.'],
      'Kjell Persson',
    ],
    [['I september 2009 startade projektet ”Miljömusslor”, under ledning av Odd Lindahl vid Kungliga Vetenskapsakademien.'], 'Odd Lindahl'],
    [['Det är svårt att resa utomlands, säger Bernt Svensén som är projektledare på Green Gothenburg.'], null],
    // The speaker set off by a comma before "som": "säger Lisa Engström, som är projektledare och …".
    [['Vi är ensamma i landet om det här, säger Lisa Engström, som är projektledare och arbetar på LRF Konsult.'], 'Lisa Engström'],
    // The person, then where they work, then the role.
    [['Sofia Lundqvist på Linköping Science Park har varit projektledare för projektet.'], 'Sofia Lundqvist'],
    [['Det är svårt, säger Bernt Svensén, som är projektledare på Green Gothenburg.'], null],
    // The speaker's organisation between commas before the role; the role before the speaker's name.
    [['Det är ett erkännande, säger Erik André, Hållbar utveckling Väst, projektledare för Sol i Väst.'], 'Erik André'],
    [['There was an obvious need for this bus service, says project leader Michael Stjernberg.'], 'Michael Stjernberg'],
    [
      [
        'Projektledare var inledningsvis Lars Näslund. Från mars 2019 har undertecknad lett arbetet.',
        'Sundsvall den 18 december 2020',
        'Frida Öberg',
        'Projektledare, Coompanion Västernorrland',
      ],
      'Frida Öberg',
    ],
  ] as [string[], string][])('%s', (lines, name) => {
    expect(manager(...lines)).toBe(name);
  });
  it('never takes an organisation on the line after a role', () => {
    expect(manager('Värnamo i november 2020', 'Projektledare', 'Smålands Trähusförening')).toBeNull();
  });
});

describe('findManager: a form key run into the text', () => {
  it.each([
    ['Journalnummer: VER: 1.0 den 29 januari 2010 Projektledare: Sofie Nyström Alsterbro- Bäckebo.nu 2 Kontaktpersoner', 'Sofie Nyström'],
    [
      'Projektperiod 2022-2025 Projektägare Smålands Fotbollsförbund Projektledare Ulf Pettersson ulf.petersson@rfsisu.se Webb',
      'Ulf Pettersson',
    ],
    ['Kontaktpersoner Projektledare: Marianne Sandström Pengsjö Vännäs tel: eller Kock Susan Olofsson', 'Marianne Sandström'],
    ['Kontaktperson: Lena Winberg, ordf Projektledare: Ing-Britt Pettersson Nyholm 2. Sammanfattning', 'Ing-Britt Pettersson Nyholm'],
    ['Kontaktuppgifter Projektledare Sarah Kristoffersen Olovsholmsgatan 32 Borås', 'Sarah Kristoffersen'],
  ])('%s', (line, expected) => {
    expect(manager(line)).toBe(expected);
  });
  it('leaves a signature role under the name before it to the signature', () => {
    expect(
      manager('Björna den 15 november 2022 Gunnel Sundqvist Projektledare Lars-Erik Hägglund Ordförande i Björna Bygdeförening'),
    ).not.toBe('Lars-Erik Hägglund');
  });
});

describe('findManager: a report form’s contact block, and a name with its role after it', () => {
  it('reads the contact person of Jordbruksverket’s and Leader’s report form', () => {
    expect(
      manager(
        'A. Uppgifter om stödmottagare Namn och adress Upplandsbygd Journalnummer 2012-4741\nB. Uppgifter om kontaktpersonen Namn och adress Kim Scharafinski Långgatan 7 74832 Österbybruk Telefonnummer',
      ),
    ).toBe('Kim Scharafinski');
  });
  it('reads a cover’s name over its role, with an initial', () => {
    expect(manager('Tillväxtpaketet Ludvika Smedjebacken - Att växa i takt\nSlutrapport Monica Lundin Processledare')).toBe(
      'Monica Lundin',
    );
    expect(manager('Det har varit lika intressant att leda detta arbete.\nAnnelie P Norrman Projektledare')).toBe('Annelie P Norrman');
    expect(manager('Kontaktuppgifter Ida Karlsson - Projektledare, Södermalmsskolan')).toBe('Ida Karlsson');
    // A signature block: names over their roles in the same order; the manager's role is the last.
    expect(manager('Inez Abrahamzon Kenneth Nilshem Cecilia Andersson Ordförande Ordförande Projektledare')).toBe('Cecilia Andersson');
    // A street and a town between the name and its role are no part of the name.
    expect(manager('1 Huvudrapport Sören Johansson Delgränd Härnösand Projektledare Insjöfisk en outnyttjad resurs?')).toBe(
      'Sören Johansson',
    );
  });
  it('leaves the name a reviewer’s or an author’s key gives, before the next key', () => {
    expect(manager('Projektinformation Projekt påbörjat December 2013 Granskad av Gustaf Zettergren Projektledare')).toBeNull();
  });
  it('leaves a role after words that are no person’s name', () => {
    expect(manager('Enheten för regional utveckling Projektledare saknas i rapporten.')).toBeNull();
  });
});

describe('the project manager is never an area or an agency', () => {
  it("does not read a Leader area's key as a project leader's", () => {
    expect(recordOf('Idrott och hälsa\nLeader: Nedre Dalälven\nBeviljat stöd: 300 000 kr').projectManager).toBeNull();
    expect(recordOf('Projektfakta\nProject leader: Anna Berg\nLeader: Nedre Dalälven').projectManager).toBe('Anna Berg');
  });
  it("does not read an agency's name as the surname of the person before it", () => {
    expect(recordOf('Styrgrupp\nStefan Lind Trafikverket, Projektledare').projectManager).toBeNull();
  });
});

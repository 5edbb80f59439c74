import { describe, expect, it } from 'vitest';
import { buildView } from './document.js';
import { findLabels, labelAt } from './labels.js';
import type { Line } from './layout.js';

const lines = (...t: string[]): Line[] => t.map((text) => ({ text, page: 1 }));

describe('labelAt', () => {
  const cases: [string, string, string][] = [
    ['Projektägare: Ludvika kommun', 'owner', 'Ludvika kommun'],
    ['Projektägare/stödmottagare Hässleholms kommun', 'owner', 'Hässleholms kommun'],
    ['Stödmottagare: Region Dalarna', 'owner', 'Region Dalarna'],
    ['Huvudsökande: Almi Företagspartner Nord AB', 'owner', 'Almi Företagspartner Nord AB'],
    ['Lead beneficiary: Luleå University of Technology', 'owner', 'Luleå University of Technology'],
    ['Ärende-ID: 20201234', 'diary', '20201234'],
    ['Dnr 302-886-2018', 'diary', '302-886-2018'],
    ['Projektets löptid: 2015-01-01 – 2017-12-31', 'period', '2015-01-01 – 2017-12-31'],
    ['Total projektbudget: 4,85 mkr', 'total', '4,85 mkr'],
    ['Beviljat stöd från Tillväxtverket 1 760 000 kr', 'granted', 'från Tillväxtverket 1 760 000 kr'],
    ['Rapportperiod: 2016-01-01 – 2016-06-30', 'reportingPeriod', '2016-01-01 – 2016-06-30'],
    ['Project manager: Anna Berg', 'manager', 'Anna Berg'],
    // The manager's organisation runs the project; support granted in total is granted, not the project's total.
    ['Organisation Projektledare: Ecoloop AB', 'owner', 'Ecoloop AB'],
    ['Totalt beviljad finansiering av SVU: 366 400 SEK', 'granted', '366 400 SEK'],
    // Labels no list holds, read by what their words are made of.
    ['Genomförandetid: 2020/12/01 - 2022/09/30', 'period', '2020/12/01 - 2022/09/30'],
    ['Ansvarig projektorganisation: Region Dalarna', 'owner', 'Region Dalarna'],
    ['Beviljade EU-medel: 2,4 mkr', 'granted', '2,4 mkr'],
    ['Projektets kostnader totalt: 4 850 tkr', 'total', '4 850 tkr'],
    ['Medverkande kommuner: Mora, Orsa', 'partners', 'Mora, Orsa'],
    ['Redovisningstid: 2016-01-01 – 2016-06-30', 'reportingPeriod', '2016-01-01 – 2016-06-30'],
    ['Datum för projektstart: 2014-03-01', 'periodStart', '2014-03-01'],
    ['Insatsområde: Entreprenörskap', 'programme', 'Entreprenörskap'],
    ['Applicant organisation: Coompanion Jämtland', 'owner', 'Coompanion Jämtland'],
    ['Lead partner (SE):  Malung-Sälens kommun', 'owner', 'Malung-Sälens kommun'],
    ['Projektets totala budget enligt senaste beslut (kr)  4 410 000', 'total', '4 410 000'],
    ['Planned start: 2024-09-01', 'periodStart', '2024-09-01'],
    ['Period som rapporten avser: 2022-01-01--2022-06-30', 'reportingPeriod', '2022-01-01--2022-06-30'],
    ['Diarienummer hos sökanden: KS 2022/0412', 'diary', 'KS 2022/0412'],
  ];
  it.each(cases)('%s', (text, field, value) => {
    expect(labelAt(text)).toMatchObject({ field, value });
  });
});

describe('findLabels', () => {
  it('reads a value on the next line', () => {
    const hits = findLabels(lines('Projektägare', 'Ludvika kommun', 'Projektledare', 'Anna Berg'));
    expect(hits.map((h) => [h.field, h.value])).toEqual([
      ['owner', 'Ludvika kommun'],
      ['manager', 'Anna Berg'],
    ]);
  });

  it("takes no other key with its value as the value of a key whose own was stripped, but a country's side as the owner", () => {
    expect(findLabels(lines('Lead Partner', 'Country: SE', 'Partner budget: 1.578.369 EUR')).filter((h) => h.field === 'owner')).toEqual(
      [],
    );
    expect(
      findLabels(lines('Projektägare', 'Sverige: Länsstyrelsen Värmland', 'Norge: Hedmark fylkeskommune')).map((h) => h.value),
    ).toEqual(['Sverige: Länsstyrelsen Värmland']);
  });

  it("reads a role given as a value as no manager, and the owner's key after it over its own value", () => {
    const hits = findLabels(lines('GR:s roll', 'Delprojektledare', 'Projektägare', 'Västra Götalandsregionen (VGR)', 'Medverkande'));
    expect(hits.map((h) => [h.field, h.value])).toEqual([['owner', 'Västra Götalandsregionen (VGR)']]);
  });

  it('reads a fact box printed as one run of text and wrapped over lines, each key up to the next', () => {
    const hits = findLabels(
      lines(
        'Fakta',
        'Projekt: Renovering av småhus till passivhusstandard Utförare: Lunds universitet',
        'Samfinansiärer: Energimyndigheten, NCC Construction Sverige, SBUF Projektstart: juli',
        '2014 Projektslut: november 2017 Projektbudget: 3 993 048 kr Projektledare: Åke',
        'Blomsterberg Kontaktperson: Tomas Ekström Energimyndighetens projektnummer: 38851-1',
        'Riktlinjer för kostnadseffektiv renovering',
      ),
    );
    expect(hits.map((h) => [h.field, h.value])).toEqual([
      ['projectName', 'Renovering av småhus till passivhusstandard'],
      ['owner', 'Lunds universitet'],
      ['funders', 'Energimyndigheten, NCC Construction Sverige, SBUF'],
      ['periodStart', 'juli 2014'],
      ['periodEnd', 'november 2017'],
      ['total', '3 993 048 kr'],
      ['manager', 'Åke Blomsterberg'],
      ['manager', 'Tomas Ekström'],
      ['diary', '38851-1'],
    ]);
  });

  it("takes a run's last key's value from the next line, and leaves lines of one key each as they are", () => {
    const run = findLabels(
      lines(
        'LEADER-område: LEADER Skåne Ess Projektägare: Nävlingeåsens Intresseförening',
        'Jordbruksverkets journalnummer: Å Kontaktperson: Lena Winberg, ordf Projektledare:',
        'Ing-Britt Pettersson Nyholm 2. Sammanfattning Länge har Nävlingeåsen varit en vit fläck',
      ),
    );
    expect(run.filter((h) => h.field === 'manager').map((h) => h.value)).toEqual([
      'Lena Winberg, ordf',
      'Ing-Britt Pettersson Nyholm 2. Sammanfattning Länge har Nävlingeåsen varit en vit fläck',
    ]);
    const box = findLabels(
      lines('Start date: 1 September 2018', 'End date: 31 December 2021', 'funding', 'Fund: European Regional Development Fund (ERDF)'),
    );
    expect(box.map((h) => [h.field, h.value])).toEqual([
      ['periodStart', '1 September 2018'],
      ['periodEnd', '31 December 2021'],
      ['programme', 'European Regional Development Fund (ERDF)'],
    ]);
  });

  it('reads a fact box set as a bulleted list', () => {
    const hits = findLabels(lines('Fakta', '• Projektägare: Olofströms kommun', '• Program: Leader Blekinge', '• EU-stöd: 1 785 000 SEK'));
    expect(hits.map((h) => [h.field, h.value])).toEqual([
      ['owner', 'Olofströms kommun'],
      ['programme', 'Leader Blekinge'],
      ['granted', '1 785 000 SEK'],
    ]);
  });

  it("reads a Norwegian form's keys", () => {
    const hits = findLabels(lines('Prosjekteier: Handelskammaren Värmland', 'Prosjektleder: Kari Nordmann', 'Prosjektperiode: 2003-2006'));
    expect(hits.map((h) => [h.field, h.value])).toEqual([
      ['owner', 'Handelskammaren Värmland'],
      ['manager', 'Kari Nordmann'],
      ['period', '2003-2006'],
    ]);
  });

  it('reads keys alone on their lines, each over its value, as a fact box', () => {
    const hits = findLabels(
      lines('EU budget', '€3.0M', 'Total project cost', '€6.1M', 'Period', '2015-09-01 ? 2018-08-31', 'Thematic objective'),
    );
    expect(hits.find((h) => h.field === 'period')?.value).toBe('2015-09-01 ? 2018-08-31');
  });

  it('reads a manager key under the value of the key above it, not as a signature under a name', () => {
    const hits = findLabels(lines('Projektägare', 'Astrid Lindgrens Hembygd', 'Projektledare', 'Ulrika Virensjö', 'ulrika@exempel.se'));
    expect(hits.map((h) => [h.field, h.value])).toEqual([
      ['owner', 'Astrid Lindgrens Hembygd'],
      ['manager', 'Ulrika Virensjö'],
    ]);
  });

  it('reads two keys joined by "och" as the first one', () => {
    const hits = findLabels(lines('Projektägare och kontaktpersoner: Lycksele kommun', 'Projektperiod: 2019-03-01 – 2019-12-31'));
    expect(hits.map((h) => h.field)).toEqual(['owner', 'period']);
  });

  it('reads a name broken over the line end after a word that cannot end it', () => {
    const hits = findLabels(
      lines(
        'Projektägare: Svinesundskommittén',
        'Medfinansiärer: Viken fylkeskommune, Länsstyrelsen i Västra',
        'Götaland',
        'Budget: 1 871 000 sek',
      ),
    );
    expect(hits.find((h) => h.field === 'funders')?.value).toBe('Viken fylkeskommune, Länsstyrelsen i Västra Götaland');
  });

  it('reads a long list of names wrapped onto a line that goes on in lower case', () => {
    const hits = findLabels(
      lines(
        'Projektägare: Forststyrelsen',
        'Medfinansiärer: Kramfors kommun, Örnsköldsviks kommun, Naturvårdsverket, Österbottens',
        'förbund, Världsarvet i Kvarken rf, Visit Vaasa',
        'Mera information:',
      ),
    );
    expect(hits.find((h) => h.field === 'funders')?.value).toBe(
      'Kramfors kommun, Örnsköldsviks kommun, Naturvårdsverket, Österbottens förbund, Världsarvet i Kvarken rf, Visit Vaasa',
    );
  });

  it('takes no key from the tail of a wrapped sentence', () => {
    const hits = findLabels(
      lines(
        'The project is funded by the European Union, Interreg Central Baltic; 1,100,272 euros from the European Regional',
        'Development Fund',
        'The central Baltic area has many different biotopes, suitable for a rich and interesting bird life.',
      ),
    );
    expect(hits.filter((h) => h.field === 'programme')).toEqual([]);
  });

  it('accepts bare "Label value" only in a fact box', () => {
    expect(findLabels(lines('Program Regionalfondsprogram för Övre Norrland', 'Projektledare Anna Berg')).map((h) => h.field)).toEqual([
      'programme',
      'manager',
    ]);
    expect(findLabels(lines('Det var en lång dag.', 'Program för dagen var fullt.', 'Sedan åkte vi hem.'))).toEqual([]);
  });

  it("reads a form field's name alone on its line, the answer on the next", () => {
    const hits = findLabels(lines('Stödmottagarens namn', 'Markaryds kommun', 'Planerat slutdatum', '2019/06/30'));
    expect(hits.map((h) => [h.field, h.value])).toEqual([
      ['owner', 'Markaryds kommun'],
      ['periodEnd', '2019/06/30'],
    ]);
  });

  it('reads a case number label outside a fact box', () => {
    expect(
      findLabels(lines('Final report', 'Interreg V A Nord', 'Project ID 20201788', 'Photo: Hans Olof Utsi')).map((h) => [h.field, h.value]),
    ).toEqual([['diary', '20201788']]);
  });
  it('reads a row of field names over a row of values', () => {
    const hits = findLabels(lines('Datum  Diarienummer', '2019-05-14  303-2745-2019', 'Regionala utvecklingsenheten'));
    expect(hits.map((h) => [h.field, h.value])).toEqual([['diary', '303-2745-2019']]);
  });
  it('does not take rows of values as rows of names', () => {
    expect(
      findLabels(lines('Malung-Sälens kommun  Trysil kommune', 'Region Dalarna  Innlandet fylkeskommune')).filter(
        (h) => h.field === 'municipality' || h.field === 'diary',
      ),
    ).toEqual([]);
  });
  it('reads "Organisation som driver projektet:" as the owner', () => {
    expect(labelAt('Organisation som driver projektet: Sörmlands Matkluster ekonomisk förening')).toMatchObject({
      field: 'owner',
      value: 'Sörmlands Matkluster ekonomisk förening',
    });
  });

  it('reads two labels standing in cells of one line', () => {
    const hits = findLabels(lines('Projektstart: 1 mars 2024  Projektslut: 28 februari 2026'));
    expect(hits.map((h) => [h.field, h.value])).toEqual([
      ['periodStart', '1 mars 2024'],
      ['periodEnd', '28 februari 2026'],
    ]);
  });

  it('takes a qualifier in brackets as part of the label', () => {
    const hits = findLabels(
      lines(
        'Project name  Arctic Wood Construction Network',
        'Applicant (lead partner) Mid Sweden University',
        'Planned start  2024-09-01',
      ),
    );
    expect(hits.map((h) => [h.field, h.value])).toEqual([
      ['projectName', 'Arctic Wood Construction Network'],
      ['owner', 'Mid Sweden University'],
      ['periodStart', '2024-09-01'],
    ]);
  });

  it('does not take a table header as a label with its first row as the value', () => {
    expect(findLabels(lines('Cost category  Amount (SEK)', 'Staff  8 370 000')).filter((h) => h.field === 'total')).toEqual([]);
  });

  it("reads a project name key that says where the name comes from ('Projektnamn i ansökan')", () => {
    const hits = findLabels(lines('Projektnamn i ansökan: Från ödehus till drömhus och levande landsbygd', 'Projektägare: Sjöbo kommun'));
    expect(hits.map((h) => [h.field, h.value])).toEqual([
      ['projectName', 'Från ödehus till drömhus och levande landsbygd'],
      ['owner', 'Sjöbo kommun'],
    ]);
  });

  it('reads a one-word label no list holds inside a fact box', () => {
    const hits = findLabels(lines('Projektnamn: Smart industri Mora', 'Genomförandetid 2013 09 01 2014 11 30', 'Projektledare: Anna Berg'));
    expect(hits.map((h) => [h.field, h.value])).toEqual([
      ['projectName', 'Smart industri Mora'],
      ['period', '2013 09 01 2014 11 30'],
      ['manager', 'Anna Berg'],
    ]);
  });

  it('reads a money key of a few words before its amount inside a fact box', () => {
    const hits = findLabels(
      lines('Projektnamn Export Vimmerby', 'Beslutat stöd 1 197 000 kronor', 'Stöd enligt beslut 900 000 kr', 'Projektledare Anna Berg'),
    );
    expect(hits.map((h) => [h.field, h.value])).toEqual([
      ['projectName', 'Export Vimmerby'],
      ['granted', '1 197 000 kronor'],
      ['granted', '900 000 kr'],
      ['manager', 'Anna Berg'],
    ]);
  });
  it('reads English diary and funding keys, a name key of a form and a date broken over the line end', () => {
    const hits = findLabels(
      lines(
        'Insatsens namn  Mötesplats Vaggeryd',
        'Diary number  2021-03592',
        'Vinnova funding  4 000 000 SEK',
        'Period: January 2021 – December',
        '2023',
      ),
    );
    expect(hits.map((h) => [h.field, h.value])).toEqual([
      ['projectName', 'Mötesplats Vaggeryd'],
      ['diary', '2021-03592'],
      ['granted', '4 000 000 SEK'],
      ['period', 'January 2021 – December 2023'],
    ]);
  });
  it('takes no ordinary label word that ends a wrapped sentence', () => {
    expect(
      findLabels(lines('A similar project is being discussed with', 'Region Dalarna.', 'Contact: Mikael Holm')).filter(
        (h) => h.field === 'county',
      ),
    ).toEqual([]);
  });
  it('reads numbered form fields over their values, not table heads or cost rows', () => {
    const view = buildView([
      'Part 1. Applicant\n1.1 Applicant organisation\nÖrebro University\n1.2 Organisation number\n202100-2445\nSökande organisation (projektägare)\nKarlskoga kommun',
    ]);
    expect(view.labels.filter((h) => h.field === 'owner').map((h) => h.value)).toEqual(['Örebro University', 'Karlskoga kommun']);
    expect(
      findLabels(lines('Organisation  Role  Contact', 'Nordfiber Pack AB  Coordinator  Henrik Sjöberg')).filter((h) => h.field === 'owner'),
    ).toEqual([]);
    expect(
      findLabels(lines('Kostnader  kr', 'Externa tjänster (utbildningsanordnare)  1 750 000')).filter((h) => h.field === 'owner'),
    ).toEqual([]);
  });
  it('takes the line after a key and its colon as the value, even where it starts with an ordinary label word', () => {
    const hits = findLabels(lines('Sökande:', 'Region Blekinge län', '', 'Journalnummer:', '2016-4791'));
    expect(hits.filter((h) => h.field === 'owner').map((h) => h.value)).toEqual(['Region Blekinge län']);
    expect(hits.filter((h) => h.field === 'county')).toEqual([]);
    // Without the colon the line above is no key waiting for its value.
    expect(findLabels(lines('Region Blekinge län', 'Kommun Karlshamn')).filter((h) => h.field === 'owner')).toEqual([]);
  });
  it('takes no sentence, count or date as a money key', () => {
    const hits = findLabels(
      lines(
        'Huvudman för projektet har varit Ekby kommun.',
        'Arbetet pågick under perioden 2019 01 01',
        'Antal deltagande företag 36',
        'Projektledare Anna Berg',
      ),
    );
    expect(hits.filter((h) => h.field === 'period' || h.field === 'total' || h.field === 'granted')).toEqual([]);
  });

  it.each([
    'Målet: att stärka företagen',
    'Organisationsnummer: 212000-2213',
    'Slutsats: det gick bra.',
    'Det här är viktigt: vi måste samverka',
  ])('reads no label in "%s"', (text) => {
    expect(labelAt(text)).toBeNull();
  });

  it('does not take a sentence starting with a label word as a value', () => {
    expect(findLabels(lines('Projektledare har varit Anna Berg.', 'Projektägare är Ludvika kommun.'))).toEqual([]);
  });
});

describe('fact boxes copied from web pages and printed forms', () => {
  it('reads a label whose value ran into it without a space', () => {
    expect(labelAt('ProjektägareBildningsförvaltningen Motala Kommun')).toMatchObject({
      field: 'owner',
      value: 'Bildningsförvaltningen Motala Kommun',
    });
    expect(labelAt('Projektperiod2012-01-02 till 2014-06-30')).toMatchObject({ field: 'period', value: '2012-01-02 till 2014-06-30' });
    expect(labelAt('Beviljat ESF-stöd8 637 514 kr')).toMatchObject({ field: 'granted', value: '8 637 514 kr' });
    // An ordinary word that begins a name is no glued label.
    expect(labelAt('ProjektLyftet är ett samarbete')).toBeNull();
    expect(labelAt('RegionÖstra Mellansverige')).toBeNull();
  });

  it('pairs keys printed two by two over their values', () => {
    const hits = findLabels(
      lines(
        'Projektnamn',
        'Ärende-ID',
        'Utmaningen',
        '00167590',
        'Stödmottagare',
        'Organisationsnummer',
        'Region Västerbotten',
        '16232100-0222',
      ),
    );
    expect(hits.map((h) => [h.field, h.value])).toEqual([
      ['projectName', 'Utmaningen'],
      ['diary', '00167590'],
      ['owner', 'Region Västerbotten'],
    ]);
  });

  it('leaves a key empty when its value was stripped and the next heading follows', () => {
    const hits = findLabels(lines('Projektägare', 'Insatsområde', 'Kontaktuppgifter', 'Anna Berg'));
    expect(hits.filter((h) => h.field === 'owner')).toEqual([]);
  });
});

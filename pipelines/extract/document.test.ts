import { describe, expect, it } from 'vitest';
import { buildView, isChrome } from './document.js';

describe('isChrome', () => {
  it.each([
    'Save this PDF as:',
    '• No results found',
    'Inga sökresultat hittades',
    'Sök',
    'Meny',
    'Hoppa till innehållet',
    'Skip to main content',
    'Finsam blogg',
    'logo_interreg.png',
    'Publicerad den 3 maj 2021',
    'KOHESIO · Q7362101 · SE',
    'Hem / Projekt / Byagården Sörby',
    'Start › Projekt › Byagården Sörby',
    'Projekt avslutat',
    'Completed project',
  ])('takes %s for web-page chrome', (line) => {
    expect(isChrome(line)).toBe(true);
  });
  it.each(['Bloggen som verktyg för lärande', 'Sökande organisation: Krokoms kommun', 'Listen to the North', 'Resultat och lärdomar'])(
    'keeps %s as content',
    (line) => {
      expect(isChrome(line)).toBe(false);
    },
  );
});

describe("the pages of a viewer's transcript", () => {
  const width = 'x'.repeat(70);
  it('go on after a page with no text, which is its number alone', () => {
    const view = buildView([
      [
        'Transkript',
        '1 Slutrapport följeforskning Insteget',
        '2 Innehållsförteckning Inledning 5 Genomförandet 7',
        '3',
        `4 Inledning Falkenbergs kommun har beviljats medel från Europeiska socialfonden. ${width}`,
      ].join('\n'),
    ]);
    expect([...view.transcriptPages.values()]).toEqual([
      'Slutrapport följeforskning Insteget',
      'Innehållsförteckning Inledning 5 Genomförandet 7',
      `Falkenbergs kommun har beviljats medel från Europeiska socialfonden. ${width}`,
    ]);
  });
  it('are none in a text whose lines merely start with numbers', () => {
    const view = buildView([`Resultat ${width}\n1 företag startade\nSlutsatser ${width}`]);
    expect(view.transcriptPages.size).toBe(0);
  });
});

describe('paragraphs of running text', () => {
  const texts = (page: string) => buildView([page]).sentences.map((s) => s.text);
  it('end at a line that stops well short of the text width, even without a full stop', () => {
    const page = [
      'Stöd för att bilda en innovationsgrupp',
      'Europeiska jordbruksfonden för landsbygdsutveckling: Europa investerar i',
      'landsbygdsområden',
      'Hushållningssällskapet Halland har fått beviljat stöd för att bilda en innovationsgrupp',
      'för att vidareutveckla odling av en i Sverige ny perenn gröda som kan ge nya inkomster.',
    ].join('\n');
    expect(texts(page)).toContain(
      'Hushållningssällskapet Halland har fått beviljat stöd för att bilda en innovationsgrupp för att vidareutveckla odling av en i Sverige ny perenn gröda som kan ge nya inkomster.',
    );
  });
  it('go on from a name to the role under it', () => {
    const page = [
      'Projektet har drivits av föreningen i nära samarbete med kommunen och med byns företagare.',
      'Vi tackar alla som har deltagit i arbetet under de tre år som projektet har pågått i byn.',
      'Gunnel Sundqvist',
      'Projektledare i Björna Bygdeförening ekonomisk förening under hela projekttiden',
    ].join('\n');
    const s = texts(page);
    expect(s.some((t) => t.includes('Gunnel Sundqvist Projektledare i Björna'))).toBe(true);
  });
  it('go on at a line broken in the middle of a sentence', () => {
    const page = [
      'Projektet har genomförts i samverkan mellan kommunerna i länet och regionen, som har bidragit med',
      'medel.',
      'Resultaten visar att samverkan mellan kommunerna har stärkts under hela projektperioden.',
      'Arbetet fortsätter nu inom ramen för den ordinarie verksamheten i kommunerna och regionen.',
    ].join('\n');
    expect(texts(page)[0]).toBe('Projektet har genomförts i samverkan mellan kommunerna i länet och regionen, som har bidragit med medel.');
  });
  it('go on from a label whose value fills its line and stops on a word no sentence ends on', () => {
    const page = [
      'Målgrupp: unga vuxna mellan 16 och 24 år som varken arbetar eller studerar i kommunerna.',
      'Budget: Den totala budgeten på två år är ca 60 miljoner SEK, varav 28 miljoner är från',
      'Arbetsförmedlingen, 25 miljoner från Europeiska socialfonden och 7 miljoner från kommunerna.',
      'Partners: Framtiden Byggutveckling, Park- och naturförvaltningen och Arbetsförmedlingen',
      'The project was funded by the European Social Fund through the Swedish ESF Council in full.',
    ].join('\n');
    const s = texts(page);
    expect(s.some((t) => t.includes('28 miljoner är från Arbetsförmedlingen, 25 miljoner'))).toBe(true);
    // A label line that ends on a name is whole: the sentence under it is one of its own.
    expect(s).toContain('The project was funded by the European Social Fund through the Swedish ESF Council in full.');
  });
  it('end a paragraph at a line well short of the width, even one that opens with a key word', () => {
    const page = [
      'När den sista lokala butiken stängs i ett landsbygdsområde, dör området. SARURE vill',
      'hitta möjliga lösningar för att få landsbygdsbutiker att överleva. Söderhamns kommun,',
      'som enda part i Sverige, deltar i ett internationellt projekt för att hitta lösningar.',
      'Projektägare i Sverige är Söderhamns kommun',
      'Lokala butiker på landsbygden förser närområdet med nödvändiga varor och tjänster och är',
      'en viktig mötesplats.',
    ].join('\n');
    const texts = buildView([page]).sentences.map((x) => x.text);
    expect(texts).toContain('Projektägare i Sverige är Söderhamns kommun');
    expect(texts.some((t) => t.startsWith('Lokala butiker på landsbygden'))).toBe(true);
  });

  it('mark where a line opens inside a sentence, for a headline run into it', () => {
    const page = [
      'Artikeln publicerad: 090324',
      // A headline longer than 0.6 of the text's width runs into the sentence under it (a shorter one ends its paragraph).
      'Stöd till solenergiprojekt för företag och föreningar i Västra Götaland',
      'Energimyndigheten har beslutat att ge en miljon kronor i stöd till främjande av',
      'solenergi i Västra Götaland. Projektet drivs av Västra Götalandsregionen och pågår till',
    ].join('\n');
    const s = buildView([page]).sentences.find((x) => x.text.startsWith('Stöd till'))!;
    expect(s.opens?.map((o) => s.text.slice(o, o + 17))).toEqual(['Energimyndigheten']);
  });
});

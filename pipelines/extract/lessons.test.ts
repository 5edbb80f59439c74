import { describe, expect, it } from 'vitest';
import { recordOf } from '../../test/extract-text.js';
import { buildView } from './document.js';
import { takenSentences } from './model/lesson-model.js';
import { chooseLessons } from './fields/lessons.js';
import { findLessons, itemsFromLines } from './lessons.js';
import { findSections } from './sections.js';
import { pageLines } from './layout.js';

describe('itemsFromLines', () => {
  it('reads bullets and re-joins wrapped lines', () => {
    expect(
      itemsFromLines([
        '• Nätverksträffar för företagare behöver ha ett tydligt tema för att locka',
        'deltagare.',
        '• Unga medarbetare som fick ansvar i projektet bidrog med nya arbetssätt.',
      ]),
    ).toEqual([
      'Nätverksträffar för företagare behöver ha ett tydligt tema för att locka deltagare.',
      'Unga medarbetare som fick ansvar i projektet bidrog med nya arbetssätt.',
    ]);
  });

  it("reads a symbol font bullet as a bullet and drops thanks and the evaluator's assessment", () => {
    const lines = pageLines([
      "\uf0b7 Access to test beds has been the most valued activity among the companies.\n\uf0b7 Clinicians' time is the bottleneck of the test bed model.",
    ])[0]!.map((l) => l.text);
    expect(itemsFromLines(lines)).toEqual([
      'Access to test beds has been the most valued activity among the companies.',
      "Clinicians' time is the bottleneck of the test bed model.",
    ]);
    expect(
      itemsFromLines([
        'Vi vill också tacka alla butiksägare som tagit sig tid att svara på våra frågor.',
        'Vi bedömer att projektet har goda förutsättningar att nå sina mål.',
        'Nedan redovisar vi de slutsatser som vi bedömer som viktigast.',
      ]),
    ).toEqual([]);
  });

  it('drops thanks and work that simply goes on', () => {
    expect(
      itemsFromLines([
        'Vi vill passa på att tacka alla företag och medarbetare som tagit sig tid att delta.',
        'Under 2023 fortsätter arbetet i projektet AI-verkstaden 2.0, som riktar sig till hela Västsverige.',
      ]),
    ).toEqual([]);
  });
  it('drops invitations to get in touch, the author presenting themself, openings and what stays available', () => {
    expect(
      itemsFromLines([
        'Den som vill veta mer kan ringa mig.',
        'Andra föreningar är välkomna att höra av sig till oss.',
        'Jag som har skrivit den här rapporten heter Gunnel Sundqvist och har varit projektledare.',
        'Leden invigdes i juni 2021 med omkring 300 besökare.',
        'Det digitala övningsmaterialet finns fritt tillgängligt på Vuxenskolans webbplats.',
        'Nästa år vill vi bygga en altan på baksidan.',
        'Plattformen drivs vidare i ordinarie verksamhet och ska utökas till Kinda under 2023.',
      ]),
    ).toEqual([]);
    expect(itemsFromLines(['Information på kommunens hemsida räckte inte för att nå de minsta företagen.'])).toEqual([
      'Information på kommunens hemsida räckte inte för att nå de minsta företagen.',
    ]);
  });
  it('drops plans for after the project', () => {
    expect(
      itemsFromLines([
        'Under 2024 kommer vi att söka medel från Vinnova för att utveckla styralgoritmen.',
        'Ett examensarbete om lönsamhet startar hösten 2024.',
        'Resultaten ska spridas vidare genom rådgivningen.',
        'We plan to apply to Leader Gotland for a cooperation project.',
        'Det tar minst en odlingssäsong innan deltagarna prövar nya grödor, så insatserna bör planeras för flera år.',
      ]),
    ).toEqual(['Det tar minst en odlingssäsong innan deltagarna prövar nya grödor, så insatserna bör planeras för flera år.']);
  });

  it('goes on past a line that ends in an abbreviation', () => {
    expect(
      itemsFromLines([
        '• The cost per participant was approx.',
        'SEK 12,000, lower than in similar projects.',
        '• Samverkan med t.ex.',
        'Arbetsförmedlingen fungerade bäst med en fast kontaktperson.',
      ]),
    ).toEqual([
      'The cost per participant was approx. SEK 12,000, lower than in similar projects.',
      'Samverkan med t.ex. Arbetsförmedlingen fungerade bäst med en fast kontaktperson.',
    ]);
  });

  it('reads dashes and numbered items, with the list introduction dropped', () => {
    expect(
      itemsFromLines([
        'Utvärderingen pekar på följande lärdomar:',
        '1. Det är viktigt att tidigt förankra projektet hos ledande politiker och',
        'förvaltningschefer.',
        '2) Företagsbesök gav bättre kunskap om företagens behov än enkäter.',
        '- Administrationen av projektet tog mer tid än beräknat.',
      ]),
    ).toEqual([
      'Det är viktigt att tidigt förankra projektet hos ledande politiker och förvaltningschefer.',
      'Företagsbesök gav bättre kunskap om företagens behov än enkäter.',
      'Administrationen av projektet tog mer tid än beräknat.',
    ]);
  });

  it('splits prose into sentences, keeping abbreviations inside', () => {
    expect(
      itemsFromLines([
        'Projektet har visat att digitala träffar sänker tröskeln, t.ex. för företagare på',
        'landsbygden. Budgeten på 4,85 milj. kr räckte inte till alla aktiviteter. En tydlig',
        'ägare för resultaten behövs efter projektslut.',
      ]),
    ).toEqual([
      'Projektet har visat att digitala träffar sänker tröskeln, t.ex. för företagare på landsbygden.',
      'Budgeten på 4,85 milj. kr räckte inte till alla aktiviteter.',
      'En tydlig ägare för resultaten behövs efter projektslut.',
    ]);
  });

  it('drops form prompts and short sub-headings', () => {
    expect(
      itemsFromLines([
        'Vad hade eventuellt kunnat göras bättre?',
        'Framgångsfaktorer',
        'Rekryteringen av projektledare drog ut på tiden och projektet kom igång sent.',
      ]),
    ).toEqual(['Rekryteringen av projektledare drog ut på tiden och projektet kom igång sent.']);
  });

  it('reads English bullets', () => {
    expect(
      itemsFromLines([
        '* Digital meetings lowered the threshold for rural entrepreneurs to',
        'take part.',
        '* A two-year project period is too short to achieve fundamental change.',
      ]),
    ).toEqual([
      'Digital meetings lowered the threshold for rural entrepreneurs to take part.',
      'A two-year project period is too short to achieve fundamental change.',
    ]);
  });

  it('does not mistake a short wrapped line of a narrow column for a sub-heading', () => {
    expect(
      itemsFromLines([
        'Tankesmedjor med näringsliv och',
        'myndigheter gav en gemensam bild av',
        'behoven. Rekryteringen drog ut på',
        'tiden.',
      ]),
    ).toEqual(['Tankesmedjor med näringsliv och myndigheter gav en gemensam bild av behoven.', 'Rekryteringen drog ut på tiden.']);
  });
});

describe('what a lessons section holds besides lessons', () => {
  const at = (texts: string[]) => texts.map((text) => ({ text, page: 1 }));
  it('leaves out what the project set out to do', () => {
    const lines = at([
      'Lärdomar',
      '* Denna text är maskinöversatt ** The purpose was to pave the way for an implementation project.',
      'Syftet med förstudien var att kartlägga behoven.',
      'Companies need a shared place of learning close to where they are.',
      'Samverkan med kommunen tog längre tid än vi räknat med.',
    ]);
    expect(findLessons(lines, findSections(lines).sections).lessons).toEqual([
      'Companies need a shared place of learning close to where they are.',
      'Samverkan med kommunen tog längre tid än vi räknat med.',
    ]);
  });
  it("keeps only the list of an evaluation's recommendations, not the assessment around it", () => {
    const lines = at([
      'Slutsatser och rekommendationer',
      'Vår samlade bedömning är att projektet har fyllt ett tydligt behov i regionen.',
      '1. Projektägaren bör avsätta resurser för uppföljning redan i ansökan.',
      '2. Regionen bör samordna stödaktörernas erbjudanden så att företagen möter en väg in.',
    ]);
    const r = findLessons(lines, findSections(lines).sections);
    expect(r.lessons).toEqual([
      'Projektägaren bör avsätta resurser för uppföljning redan i ansökan.',
      'Regionen bör samordna stödaktörernas erbjudanden så att företagen möter en väg in.',
    ]);
  });
  it('drops thanks, contact details and signatures', () => {
    expect(
      itemsFromLines([
        'Tidiga företagsbesök gav bättre kunskap om behoven än enkäter.',
        'Vi vill tacka alla arbetsgivare för ett gott samarbete under projektet.',
        'Maria Sundqvist maria.sundqvist@example.se +46 961 140 00',
        'Rebecca Nyberg, Project manager, 30 April 2021',
      ]),
    ).toEqual(['Tidiga företagsbesök gav bättre kunskap om behoven än enkäter.']);
  });
  it('ends the lessons at a form question that asks something else', () => {
    const lines = at([
      'Lärdomar',
      '1. Det tar tid att få med de minsta företagen i arbetet.',
      'Har projektet lett till bestående förändringar?',
      'Ja. Lotsen finns kvar som en ordinarie funktion i kommunen.',
    ]);
    expect(findLessons(lines, findSections(lines).sections).lessons).toEqual(['Det tar tid att få med de minsta företagen i arbetet.']);
  });
});

describe('lessons written as short paragraphs, recommendations, and what is no lesson', () => {
  const at = (texts: string[]) => texts.map((text) => ({ text, page: 1 }));
  const lessonsOf = (texts: string[]) => {
    const lines = at(texts);
    return findLessons(lines, findSections(lines).sections).lessons;
  };

  it('takes each short paragraph as one lesson with its reason', () => {
    expect(
      lessonsOf([
        'Erfarenheter',
        'Det lönade sig att lägga mycket tid på markavtalen innan grävningen började. Inga',
        'sträckor behövde ändras i efterhand.',
        'Vi underskattade hur mycket arbete det var att få med fritidshusägarna. Många bor',
        'i Göteborg och nås inte via anslag i bygden.',
        'Att samförlägga med elnätsbolaget sparade både pengar och tid, men kräver att',
        'tidplanerna stäms av varje vecka.',
        'Sätila 2019-12-05',
      ]),
    ).toEqual([
      'Det lönade sig att lägga mycket tid på markavtalen innan grävningen började. Inga sträckor behövde ändras i efterhand.',
      'Vi underskattade hur mycket arbete det var att få med fritidshusägarna. Många bor i Göteborg och nås inte via anslag i bygden.',
      'Att samförlägga med elnätsbolaget sparade både pengar och tid, men kräver att tidplanerna stäms av varje vecka.',
    ]);
  });
  it('splits one paragraph of prose into sentences, and paragraphs that name several lessons', () => {
    expect(
      lessonsOf([
        'Lärdomar',
        'En referensgrupp med tjänstemän hade förbättrat förankringen.',
        'Experten bidrog till att aktiviteterna nådde både kvinnor och män. Näringslivets representanter behöver ett',
        'tydligt mandat.',
      ]),
    ).toHaveLength(3);
    expect(
      lessonsOf([
        'Lärdomar',
        'Vi har lärt oss att unga vill påverka. En annan lärdom är att mötesplatser',
        'behövs där ungdomarna redan är.',
        'Att anställa unga som assistenter var avgörande. De nådde nya grupper.',
      ]),
    ).toHaveLength(4);
  });
  it('takes recommendations beside the lessons', () => {
    expect(
      lessonsOf([
        'Lärdomar så här långt',
        '– Checkarna har haft störst effekt tillsammans med en rådgivare.',
        'Rekommendationer inför projektets andra hälft',
        '1. Inför en enkel uppföljning av företagens omsättning.',
        '2. Begränsa antalet parallella insatsområden under andra hälften.',
      ]),
    ).toHaveLength(3);
  });
  it.each([
    'Sammantaget är vi nöjda med hur projektet har tagits emot av företagen.',
    'Det har varit roligt att se hur nätverket har vuxit.',
    'Nästa steg är att regionen tar över plattformen från januari 2020.',
    'Kontakta gärna projektledaren för mer information.',
    'Tack till alla volontärer som ställt upp!',
    'Annex 1 lists the interviews carried out.',
    'Rapporten är sammanställd av projektledaren.',
    'När vi ser tillbaka på projektet finns det flera saker vi tar med oss.',
    'Our overall assessment is that the project has been well managed.',
    'Det är för tidigt att säga om insatserna har räddat arbetstillfällen.',
    'Invigning planeras till våren 2020 i samband med byns valborgsfirande.',
    'A fourth partner has expressed interest in joining.',
    'Nordic Policy Insight AB · Kungsportsavenyen 31 · 411 36 Göteborg',
    'Vi sammanfattar våra slutsatser i fyra punkter.',
    'The points below are those the partnership agreed to pass on.',
    'Projektet har enligt vår bedömning bidragit till att butikerna är bättre rustade.',
    'Utvärderaren har inte haft tillgång till företagens ekonomiska data efter 2019.',
    'Från hösten 2023 ingår UF-lyftet i näringslivsavdelningens ordinarie verksamhet.',
    'Mittuniversitetet, rapport 2022:7.',
  ])('is no lesson: %s', (text) => {
    expect(itemsFromLines([text])).toEqual([]);
  });
});

describe('lessons headings and introductions', () => {
  const at = (texts: string[]) => texts.map((text) => ({ text, page: 1 }));
  const lessonsOf = (texts: string[]) => {
    const lines = at(texts);
    return findLessons(lines, findSections(lines).sections).lessons;
  };
  it('reads "What we learned" and "What did not work" sections', () => {
    expect(
      lessonsOf([
        '4. What we learned',
        'Joint maintenance is harder than joint marketing.',
        '5. What did not work',
        'Battery life in cold chambers was only half of our lab estimate.',
        '6. Next steps',
        'The map stays online.',
      ]),
    ).toHaveLength(2);
  });
  it('takes a line introducing lessons with a colon as their heading', () => {
    expect(
      lessonsOf([
        'Program för dagen',
        '10.30 Byarnas berättelser',
        'Under eftermiddagen samlade vi deltagarnas viktigaste lärdomar från projektet:',
        '– Hushållen tar provsvaren på allvar först när grannarna är med.',
        '– En vattenförening kräver minst en eldsjäl med tid.',
      ]),
    ).toHaveLength(2);
  });
});

describe('lessons of a short page, each once and without its key', () => {
  it('gives a lesson keyed and repeated once, without the key', () => {
    const lessons = recordOf(
      [
        'Erfarenheter: Vi har lärt oss och fått en förståelse för hur ett projekt fungerar.',
        'Vi har lärt oss och fått en förståelse för hur ett projekt fungerar.',
        'Vad vi lärt oss och hur det syns: Vi har lärt oss att allt måste få ta tid.',
      ].join('\n'),
    ).lessonsLearned;
    expect(lessons).toEqual([
      'Vi har lärt oss och fått en förståelse för hur ett projekt fungerar.',
      'Vi har lärt oss att allt måste få ta tid.',
    ]);
  });
});

describe('lessons numbered in one run of text', () => {
  it('gives each numbered item, and leaves out a last one cut off in a word', () => {
    const page = (last: string) =>
      [
        'The Clean Fuel Concept',
        'Farmers part own the facility.',
        'Lessons learnt',
        `Key success factors identified are: 1) Wide local involvement with farmers taking responsibility of the production process; 2) Early agreements with the filling stations; 3) ${last}`,
      ].join('\n');
    expect(recordOf(page('Enthusiastic project m')).lessonsLearned).toEqual([
      'Wide local involvement with farmers taking responsibility of the production process',
      'Early agreements with the filling stations',
    ]);
    expect(recordOf(page('A project manager with time for the farmers.')).lessonsLearned).toHaveLength(3);
  });
});

describe("a news item's quote under a lessons heading", () => {
  it('gives its sentences, without the one that says who spoke', () => {
    const page = [
      'Solkarta höjer intresse kring solel i Blekinge',
      'Samverkan - en framgångsfaktor',
      'En framgångsfaktor för projektet var att samtliga kommuner var med i arbetet.',
      '– Det har varit en styrka att kunna jobba tillsammans i hela länet. Det handlar inte bara om produktion av solenergi, säger Samuel Karlström.',
    ].join('\n');
    expect(recordOf(page).lessonsLearned).toEqual([
      'En framgångsfaktor för projektet var att samtliga kommuner var med i arbetet.',
      'Det har varit en styrka att kunna jobba tillsammans i hela länet.',
    ]);
  });
});

describe('lessons an introduction leads in running text', () => {
  it('are the rest of the introducing sentence and the sentences after it, up to a numbered heading', () => {
    const page = [
      'SkolmatSverige Slutrapport',
      'Skolmatens betydelse för barns hälsa och lärande kommer att kunna utforskas. Övriga',
      'erfarenheter av projektet: Det finns ett stort intresse för svenska skolmåltider både',
      'nationellt och internationellt. Det tar tid att samla in den kunskap och kompetens kring',
      'skolmåltider som finns utspridd runt om i landet. Att dela med sig av resultat och erfarenheter höjer',
      'projektets kvalitet och underlättar dess spridning. 2. Bakgrund Goda matvanor hos barn är en förutsättning för',
      'en god hälsa och inlärning.',
    ].join('\n');
    expect(recordOf(page).lessonsLearned).toEqual([
      'Det finns ett stort intresse för svenska skolmåltider både nationellt och internationellt.',
      'Det tar tid att samla in den kunskap och kompetens kring skolmåltider som finns utspridd runt om i landet.',
      'Att dela med sig av resultat och erfarenheter höjer projektets kvalitet och underlättar dess spridning.',
    ]);
  });

  it('stop at a heading without a full stop, and split a list whose dashes ran together', () => {
    const page = [
      'Innovation management in public organisations',
      'Some conclusions are: The role of the researchers, in relation to the consultants, need to be more clearly defined.',
      'Support is easier to get early. - Municipalities support projects for labour market reasons. - Companies like to back something new.',
      'Planned approach and implementation',
      'Interviews were conducted with people working with the projects.',
    ].join('\n');
    expect(recordOf(page).lessonsLearned).toEqual([
      'The role of the researchers, in relation to the consultants, need to be more clearly defined.',
      'Support is easier to get early.',
      'Municipalities support projects for labour market reasons.',
      'Companies like to back something new.',
    ]);
  });

  it('are numbered items run into the text, without their numbers', () => {
    const page = [
      'Avvecklingen av ett idéburet offentligt partnerskap',
      'Studien följde partnerskapet under tre år. Lärdomar från avvecklingen av IOP: (1) Kunskap om parternas villkor och',
      'arbetssätt är viktiga för att kunna hantera eventuella konflikter. (2) Partnerskapet bör involvera alla berörda, inte',
      'minst kommunala delförvaltningar. (3) Långsiktiga satsningar bör stärkas genom politiska beslut.',
    ].join('\n');
    expect(recordOf(page).lessonsLearned).toEqual([
      'Kunskap om parternas villkor och arbetssätt är viktiga för att kunna hantera eventuella konflikter.',
      'Partnerskapet bör involvera alla berörda, inte minst kommunala delförvaltningar.',
      'Långsiktiga satsningar bör stärkas genom politiska beslut.',
    ]);
  });

  it('are no results that an evaluation shows', () => {
    const page = [
      'Reglab 2015-2019',
      'External evaluations show that: Reglab has strengthened the regions´ strategic abilities. Reglab helps to increase the members´ ability to act knowledge-based.',
    ].join('\n');
    expect(recordOf(page).lessonsLearned).toEqual([]);
  });
});

describe('a section of areas for improvement', () => {
  it('gives its items as lessons, as a lessons section does', () => {
    const page = [
      'Muddring av farled och hamn',
      'Projektet avslutades under hösten och slutrapporten lämnades till kommunen.',
      'Förbättringsområden',
      '- Något förprojekt med tillhörande projektgrupp bedrevs inte, vilket har varit negativt för genomförandet.',
      '- Projektledare saknades till dagen före uppstarten, vilket påverkade projektet negativt.',
    ].join('\n');
    expect(recordOf(page).lessonsLearned).toEqual([
      'Något förprojekt med tillhörande projektgrupp bedrevs inte, vilket har varit negativt för genomförandet.',
      'Projektledare saknades till dagen före uppstarten, vilket påverkade projektet negativt.',
    ]);
  });
});

describe('lessons the classifier adds', () => {
  // A model that knows one word: sentences with "förtroende" are lessons.
  const model = { about: 'test', labels: ['lesson', 'other'], bias: [-3, 3], weights: { 'w:förtroend': [4, -4] } };
  const viewOf = (lines: string[]) => buildView([lines.join('\n')]);

  it('are the sentences it is sure of, after what the rules found, in a text without a lessons section', () => {
    const view = viewOf([
      'Byanätet i Norrbyn',
      'Projektet har byggt fiber till 40 hushåll. Det tar tid att bygga förtroende mellan byarna och kommunen.',
      'Vi har lärt oss att en lokal eldsjäl är avgörande.',
    ]);
    expect(chooseLessons(view, model).lessons).toEqual([
      'Vi har lärt oss att en lokal eldsjäl är avgörande.',
      'Det tar tid att bygga förtroende mellan byarna och kommunen.',
    ]);
    expect(chooseLessons(view, null).lessons).toEqual(['Vi har lärt oss att en lokal eldsjäl är avgörande.']);
  });

  it('are none where the report has a lessons section of its own', () => {
    const view = viewOf([
      'Slutrapport Byanätet',
      'Bakgrund',
      'Det tar tid att bygga förtroende mellan byarna och kommunen.',
      'Lärdomar',
      '• En lokal eldsjäl är avgörande för att nå hushållen.',
    ]);
    expect(chooseLessons(view, model).lessons).toEqual(['En lokal eldsjäl är avgörande för att nå hushållen.']);
  });
});

describe("an evaluation's findings in running text", () => {
  const viewOf = (lines: string[]) => buildView([lines.join('\n')]);
  const summary = viewOf([
    'Mellan människor och dokument',
    'Sammanfattning',
    'Den här rapporten beskriver utvärderingen av ett samverkansprojekt mellan kommun och psykiatri. FoU i Väst har genomfört en utvärdering baserad på kvalitativ metod. Resultatet visar att satsningen på chefsnivån har varit framgångsrik. Initiativ har kommit både uppifrån och nerifrån. Samverkansgrupperna har bidragit med idéer som har tagits till vara. I rapporten beskrivs de faktorer som hindrar och främjar samverkan.',
  ]);

  it('are the sentence that opens them and those after it, up to one that presents the report', () => {
    expect(chooseLessons(summary, null, { evaluation: true }).lessons).toEqual([
      'Resultatet visar att satsningen på chefsnivån har varit framgångsrik.',
      'Initiativ har kommit både uppifrån och nerifrån.',
      'Samverkansgrupperna har bidragit med idéer som har tagits till vara.',
    ]);
  });

  it('are read in evaluations only', () => {
    expect(chooseLessons(summary, null).lessons).toEqual([]);
  });
});

describe('the sentences the lesson classifier takes', () => {
  it('are those at the threshold and, beside one of them, those at the neighbour share of it', () => {
    // 0.75 is taken; 0.5 beside it is (≥ 0.45); 0.5 with no sure neighbour and 0.4 beside a sure one are not.
    expect(takenSentences([0.1, 0.5, 0.8, 0.4, 0.1, 0.5, 0.2], 0.75)).toEqual([false, true, true, false, false, false, false]);
  });
});

/**
 * Sentences that state a lesson in running prose, for documents without a lessons, conclusions or
 * recommendations section (web pages, news items, short evaluations): what was learned, concluded or
 * recommended, said in so many words. The value is the sentence as written.
 */
import type { Rule } from './engine.js';
import { rx, rxc } from './engine.js';
import { B, E } from './pieces.js';

const whole = (_m: RegExpExecArray, text: string): string => text.trim();

export const LESSON_RULES: Rule[] = [
  {
    id: 'lessons.learned',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    pattern: rx`${B}(?:(?:lärt|lärde)\s+oss|man\s+(?:har\s+)?(?:lärt|lärde)\s+sig|(?:we|the project|participants)\s+(?:have\s+|has\s+)?(?:learned|learnt)|(?:en|den|viktig(?:a|aste)?|största)\s+lärdom(?:en|arna)?\s+(?:är|var|blev)|(?:en|två|några|ett par)\s+av\s+(?:de\s+)?(?:\p{L}+\s+){0,2}?lärdomar(?:na)?\s+(?:\S+\s+){0,3}?(?:är|var)\s+att|(?:the|one|an important|a key)\s+(?:main\s+)?lesson(?:s)?\s+(?:is|was|learned|learnt)|the learnings from)${E}`,
    read: whole,
    says: [
      [
        'Vi precis som många andra har lärt oss teknik för att jobba på distans.',
        'Vi precis som många andra har lärt oss teknik för att jobba på distans.',
      ],
      [
        'Through the self-assessment of our support system we learned that we in general have a good support system.',
        'Through the self-assessment of our support system we learned that we in general have a good support system.',
      ],
      [
        'The learnings from this project can be used by other local authorities when starting similar projects.',
        'The learnings from this project can be used by other local authorities when starting similar projects.',
      ],
      [
        'En av många lärdomar i projektet är att lokal förankring ökar kvaliteten på åtgärderna.',
        'En av många lärdomar i projektet är att lokal förankring ökar kvaliteten på åtgärderna.',
      ],
    ],
    not: ['Deltagarna övade svetsning under kursen.', 'Lär dig mer om projektet här.', 'En av lärdomarna presenteras i kapitel 4.'],
  },
  {
    id: 'lessons.concluded',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    pattern: rx`${B}(?:kontentan\s+(?:av\s+[^.]{1,40}?\s+)?är\s+att|slutsatsen\s+(?:är|blev|var)\s+att|(?:en|den)\s+(?:viktig(?:aste)?\s+)?slutsats(?:en)?\s+(?:är|var)\s+att|(?:vi|man)\s+kan\s+konstatera\s+att|konstater(?:ar|ade)\s+vi\s+att|(?:utvärderarnas|utvärderarens|följeforskarnas|följeforskarens|vår|den)\s+(?:samlade\s+)?bedömning(?:en)?\s+är\s+att|erfarenheten?\s+(?:visar|är)\s+att|erfarenheterna\s+visar\s+att|utvärderingen\s+(?:visar|pekar på|konstaterar|drar slutsatsen)|(?:the\s+)?(?:evaluation|study|report)\s+(?:concluded|concludes|shows|showed|found)\s+that|one of the conclusions[^.]{0,40}?\s+was\s+that|we\s+(?:identified|found|concluded)\s+that)${E}`,
    read: whole,
    says: [
      [
        'Kontentan av rapporten är att det för att driva arbetet framåt krävs en resurs som kan hålla ihop arbetet.',
        'Kontentan av rapporten är att det för att driva arbetet framåt krävs en resurs som kan hålla ihop arbetet.',
      ],
      [
        'Utvärderingen visar bland annat på att projektet ligger bra till på vägen mot måluppfyllnad och resultat.',
        'Utvärderingen visar bland annat på att projektet ligger bra till på vägen mot måluppfyllnad och resultat.',
      ],
      [
        'Vi kan konstatera att det finns utmaningar med att utvärdera projekt.',
        'Vi kan konstatera att det finns utmaningar med att utvärdera projekt.',
      ],
    ],
    not: ['Utvärderingen genomförs av Ramböll under hösten.', 'Rapporten visar resultaten för 2019.'],
  },
  {
    id: 'lessons.finding',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    // What an evaluation, a report or the project itself found, in so many words: the evaluation (or its
    // evaluators, the study, the report) shows, found, means or notes that …; "the project has shown that …".
    pattern: rx`${B}(?:(?:\p{L}*utvärdering\p{L}*|utvärderar(?:e|na)|följeforskning\p{L}*|följeforskar(?:e|na)|studien|analysen|rapporten)(?:\s+[^.;:]{1,80}?)?\s+(?:visar|visade|menar|menade|konstaterar|konstaterade|pekar\s+på|framhåller|framhöll|drar\s+slutsatsen|bedömer|bedömde)(?:\s+(?:också|även|bland\s+annat|dock|tydligt|vidare)){0,2}\s+(?:på\s+)?att|i\s+(?:rapporten|utvärderingen|studien)\s+(?:noteras|konstateras|framgår)|projektet\s+(?:har\s+)?(?:visat|visar|visade)\s+(?:också\s+|även\s+|tydligt\s+)?att|(?:the\s+)?(?:evaluation|evaluators?|study|report|project)\s+(?:has\s+|have\s+)?(?:shown|shows|showed|found|concluded|concludes|notes|noted)\s+that)${E}`,
    read: whole,
    says: [
      [
        'Processutvärderingen visade att representanter från orterna ansåg att projektstrukturen varit otydlig.',
        'Processutvärderingen visade att representanter från orterna ansåg att projektstrukturen varit otydlig.',
      ],
      [
        'En extern utvärdering av projekt från tidigare programperioder visar att uppnådda resultat består.',
        'En extern utvärdering av projekt från tidigare programperioder visar att uppnådda resultat består.',
      ],
      [
        'De externa utvärderarna menar också att projektet har skapat ett arbetssätt för att stärka den kulturella infrastrukturen.',
        'De externa utvärderarna menar också att projektet har skapat ett arbetssätt för att stärka den kulturella infrastrukturen.',
      ],
      [
        'I rapporten noteras bland annat att endast två av 15 kommuner har fattat beslut.',
        'I rapporten noteras bland annat att endast två av 15 kommuner har fattat beslut.',
      ],
      [
        'The project has shown that the two processes are well suited for dissemination.',
        'The project has shown that the two processes are well suited for dissemination.',
      ],
    ],
    not: [
      'Utvärderingen ska visa om projektet nått sina mål.',
      'Rapporten visar resultaten för 2019.',
      'Studien genomfördes under hösten 2020.',
      'The report shows the figures for 2019.',
    ],
  },
  {
    id: 'lessons.recommended',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    pattern: rxc`${B}(?:[Dd]et är viktigt (?:med|att)|[Ee]n (?:viktig |annan )?rekommendation (?:är|var) att|[Dd]et krävs|[Ee]n (?:viktig )?framgångsfaktor|[Vv]i rekommenderar|[Rr]ekommendationen är|[Ii]nför kommande projekt|[Ff]ramöver (?:kan|bör|behöver)|[Ii]t is important to|[Ww]e recommend|(?:[\p{L}]+\s){1,6}(?:need|needs) to be (?:strengthened|improved|clarified|more clearly)|[Gg]reater knowledge is needed)${E}`,
    read: whole,
    says: [
      [
        'Det är viktigt med en långsiktig lösning eftersom tidigare projekt strandat.',
        'Det är viktigt med en långsiktig lösning eftersom tidigare projekt strandat.',
      ],
      [
        'Framöver kan projektet arbeta mer på bland annat den externa kommunikationen.',
        'Framöver kan projektet arbeta mer på bland annat den externa kommunikationen.',
      ],
    ],
    not: ['Glöm inte att anmäla dig före fredag.'],
  },
  {
    id: 'lessons.experienced',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    // What the project found out or achieved, said as a judgement: "… har visat sig framgångsrik", "Vi har tidigt
    // insett att …", "I have also realized that …", "Det andra syftet har inte uppnåtts.", "I övrigt kan
    // framgångsfaktorerna sammanfattas i …", "Sammanfattningsvis slogs det i förstudien fast att …".
    pattern: rx`${B}(?:har\s+visat\s+sig\s+(?:vara\s+)?(?!(?:på|i|för|med|vid|under|som)\s)\p{L}+|(?:vi|man|jag|de|projektet)\s+har\s+(?:tidigt\s+|också\s+|även\s+|snabbt\s+)?(?:insett|förstått|upptäckt|märkt)\s+att|(?:I|we)\s+have\s+(?:also\s+)?(?:learned|learnt|realized|realised|understood)\s+(?:that|more|how)|(?:syftet|målet|syftena|målen|målsättningen)\s+(?:har|hade)\s+(?:inte\s+|delvis\s+|till\s+stor\s+del\s+)?(?:uppnåtts|nåtts|uppfyllts)|(?:har|hade)\s+(?:projektet\s+)?lyckats\s+(?:över\s+förväntan|väl|mycket\s+bra|bra|delvis)|framgångsfaktorerna\s+(?:kan\s+)?(?:sammanfattas|är|var|har\s+varit)|success\s+factors?\s+(?:is|are|was|were|has\s+been|have\s+been)|slogs\s+(?:det\s+)?(?:[^.]{0,30}?\s)?fast\s+att|(?:den\s+)?(?:största|stora|viktigaste)\s+utmaningen\s+(?:har\s+varit|var|är)|vilket\s+(?:har\s+)?varit\s+en\s+(?:stor\s+)?utmaning)${E}`,
    read: whole,
    says: [
      [
        'Strukturen med en central projektstyrning och en mer perifer expertpanel har visat sig framgångsrik.',
        'Strukturen med en central projektstyrning och en mer perifer expertpanel har visat sig framgångsrik.',
      ],
      [
        'Vi har tidigt insett att för att uppnå målen med projektet krävdes en bred förankring.',
        'Vi har tidigt insett att för att uppnå målen med projektet krävdes en bred förankring.',
      ],
      [
        'I have also realized that it is important to see extreme values.',
        'I have also realized that it is important to see extreme values.',
      ],
      ['Det andra syftet har inte uppnåtts.', 'Det andra syftet har inte uppnåtts.'],
      ['Med det första syftet har projektet lyckats över förväntan.', 'Med det första syftet har projektet lyckats över förväntan.'],
      [
        'I övrigt kan framgångsfaktorerna sammanfattas i väl fungerande organisation, styrning och arbetssätt.',
        'I övrigt kan framgångsfaktorerna sammanfattas i väl fungerande organisation, styrning och arbetssätt.',
      ],
      [
        'Sammanfattningsvis slogs det i förstudien fast att det finns goda förutsättningar.',
        'Sammanfattningsvis slogs det i förstudien fast att det finns goda förutsättningar.',
      ],
    ],
    not: [
      'Projektet har visat sig på flera mässor under året.',
      'Målet har varit att utveckla metoder för service.',
      'Vi har märkt upp alla leder med skyltar.',
    ],
  },
  {
    id: 'lessons.judged',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    // A judgement about how something worked or what it takes: "Det är svårt att hitta samarbetspartners …", "… är det
    // viktigt att …", "Ramböll rekommenderar att …", "Vi anser samtidigt att …", "Det kan också konstateras att …",
    // "Mindre företag har varit svårare att locka …", "… har fungerat utmärkt", "It has been very beneficial for us to …".
    pattern: rx`${B}(?:det\s+är\s+(?:svårt|viktigt|nödvändigt|avgörande|centralt)\s+att|är\s+det\s+(?:viktigt|nödvändigt|avgörande|svårt)\s+att|(?:(?:vi|utvärderarna|utvärderaren|följeforskarna|följeforskaren)\s+(?:rekommenderar|föreslår|anser|menar|bedömer|konstaterar)|\p{Lu}[\p{L}-]+\s+(?:rekommenderar|föreslår))\s+(?:också\s+|dock\s+|samtidigt\s+|därför\s+)?att|det\s+kan\s+(?:också\s+|därför\s+|tydligt\s+)?konstateras\s+att|det\s+som\s+(?:tydligt\s+)?framkommer\s+är|(?:har|hade)\s+(?:en|den\s+största|en\s+stor)\s+utmaning\s+varit|har\s+varit\s+(?:svårare|svårt|lättare|enklare)\s+att|har\s+fungerat\s+(?:utmärkt|mycket\s+bra|bra|väl|dåligt|sämre)|^in\s+conclusion,|(?:it|this)\s+(?:has\s+been|was|is)\s+(?:very\s+|extremely\s+|always\s+)?(?:beneficial|useful|valuable|important)\s+(?:for\s+\p{L}+\s+)?to)${E}`,
    read: whole,
    says: [
      [
        'Det är svårt att hitta samarbetspartners som är beredda att medfinansiera ett projekt.',
        'Det är svårt att hitta samarbetspartners som är beredda att medfinansiera ett projekt.',
      ],
      [
        'Ramböll rekommenderar att ett eventuellt Unga in 2.0 samlar in fördjupad bakgrundsdata.',
        'Ramböll rekommenderar att ett eventuellt Unga in 2.0 samlar in fördjupad bakgrundsdata.',
      ],
      ['Mindre företag har varit svårare att locka till aktiviteter.', 'Mindre företag har varit svårare att locka till aktiviteter.'],
      [
        'Vi bedömer också att samarbetet med externa aktörer inte fullt ut realiserats på grund av bristande styrning.',
        'Vi bedömer också att samarbetet med externa aktörer inte fullt ut realiserats på grund av bristande styrning.',
      ],
      [
        'It has been very beneficial for us to be able to work with regions all around Europe.',
        'It has been very beneficial for us to be able to work with regions all around Europe.',
      ],
    ],
    not: ['Det är lätt att anmäla sig via webben.', 'Projektet har fungerat som en mötesplats.', 'Anna menar att vi ses i morgon.'],
  },
];

/** Sentences that are no lessons, whatever cue they hold: a form's or template's instructions about the report itself. */
export const NOT_A_LESSON_RULES: Rule[] = [
  {
    id: 'lessons.not.instruction',
    field: 'lessonsLearned.not',
    source: 'cue',
    scope: 'sentence',
    pattern: rx`${B}(?:du ska|ni ska|ska ni|ska du|ombeds|beskriv|redogör|slutrapport(?:en)?|rapporten ska|lägesrapport(?:en)?|ansökan|please describe|the report should)${E}`,
    read: () => 'instructions about the report',
    says: [['Det är viktigt att slutrapporten bygger på en diskuterande redogörelse.', 'instructions about the report']],
    not: ['Det är viktigt med en långsiktig lösning eftersom tidigare projekt strandat.'],
  },
  {
    id: 'lessons.not.list-intro',
    field: 'lessonsLearned.not',
    source: 'cue',
    scope: 'sentence',
    // A sentence that opens a list is no lesson itself: its items are (LESSON_LIST_RULES).
    pattern: rx`:\s*$`,
    read: () => 'introduces a list',
    says: [['Rapporten visar bland annat att:', 'introduces a list']],
    not: ['Rapporten visar att samverkan tar tid.'],
  },
];

/**
 * A sentence that introduces a list of what was found, concluded, recommended or learned ("Rapporten visar bland
 * annat att:", "rekommenderar vi … att:", "bedömer vi att fem huvudfaktorer har bidragit till projektets
 * framgång:"): each item of the list under it is a lesson. A list of goals, activities or partners is not.
 */
export const LESSON_LIST_RULES: Rule[] = [
  {
    id: 'lessons.list-intro',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    pattern: rx`${B}(?:visar|visade|konstaterar|konstaterade|rekommenderar|rekommendationer(?:na)?|slutsatser(?:na)?|lärdomar(?:na)?|erfarenheter(?:na)?|framgångsfaktorer(?:na)?|utvecklingsområden(?:a)?|förbättringsområden(?:a)?|(?:bidragit|bidrog)\s+till\s+(?:projektets\s+|satsningens\s+)?framgång|kan\s+sammanfattas\s+i|lärt\s+oss|(?:shows?|showed|found|concludes?|concluded|recommends?|recommended|recommendations|conclusions|lessons|learnings|learned|learnt|findings|success\s+factors))${E}[^:]{0,200}:$`,
    read: whole,
    says: [
      ['Rapporten visar bland annat att:', 'Rapporten visar bland annat att:'],
      [
        'Mot bakgrund av de slutsatser vi presenterar i rapporten rekommenderar vi de regionalt utvecklingsansvariga organisationerna i Östra Mellansverige att:',
        'Mot bakgrund av de slutsatser vi presenterar i rapporten rekommenderar vi de regionalt utvecklingsansvariga organisationerna i Östra Mellansverige att:',
      ],
      ['Resultatet av undersökningen kan sammanfattas i fem punkter:', 'Resultatet av undersökningen kan sammanfattas i fem punkter:'],
      [
        'Rent specifikt bedömer vi att fem huvudfaktorer har bidragit till projektets framgång:',
        'Rent specifikt bedömer vi att fem huvudfaktorer har bidragit till projektets framgång:',
      ],
      ['The evaluation found that:', 'The evaluation found that:'],
    ],
    not: [
      'Projektets önskade effekter på ett övergripande plan har varit:',
      'Projektet har genomfört följande aktiviteter:',
      'Rapporten visar bland annat att antalet deltagare ökade.',
      'Partners in the project are:',
    ],
  },
];

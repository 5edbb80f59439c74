/**
 * Sentences that state a lesson in running prose, for documents without a lessons, conclusions or
 * recommendations section (web pages, news items, short evaluations): what was learned, concluded or
 * recommended, said in so many words. The value is the sentence as written.
 */
import type { Rule } from './engine.js';
import { rx, rxc } from './engine.js';
import { B, E } from './pieces.js';

const whole = (_m: RegExpExecArray, text: string): string => text.trim();

// A section heading run into the text after a lesson, and all that follows it ("… ett projekt Bakgrund Produktionen …").
const RUN_IN_HEADING =
  /\s(?:Bakgrund|Sammanfattning|Inledning|Syfte|Mål|Resultat|Genomförande|Aktiviteter|Ekonomi|Budget|Finansiering|Bilagor?|Background|Summary|Introduction|Results)\s+\p{Lu}.*$/u;

export const LESSON_RULES: Rule[] = [
  {
    id: 'lessons.learned',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    pattern: rx`${B}(?:(?:lärt|lärde)\s+oss|man\s+(?:har\s+)?(?:lärt|lärde)\s+sig|(?:we|the project|participants)\s+(?:have\s+|has\s+)?(?:learned|learnt)|(?:en|den|viktig(?:a|aste)?|största)\s+(?:(?:annan|ytterligare|första|andra|tredje)\s+)?(?:viktig(?:a|aste)?\s+)?lärdom(?:en|arna)?\s+(?:(?:inför|för|från|av|i|med)\s+(?:\S+\s+){0,3}?)?(?:är|var|blev)|(?:en|två|några|ett par)\s+av\s+(?:de\s+)?(?:\p{L}+\s+){0,2}?lärdomar(?:na)?\s+(?:\S+\s+){0,3}?(?:är|var)\s+att|(?:the|one|an important|a key)\s+(?:main\s+)?lesson(?:s)?\s+(?:is|was|learned|learnt)|the learnings from)${E}`,
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
      [
        'En viktig lärdom inför framtida projekt är att saker tar längre tid än man tror.',
        'En viktig lärdom inför framtida projekt är att saker tar längre tid än man tror.',
      ],
    ],
    not: ['Deltagarna övade svetsning under kursen.', 'Lär dig mer om projektet här.', 'En av lärdomarna presenteras i kapitel 4.'],
  },
  {
    id: 'lessons.keyed',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    needs: /(?:erfarenhet|lärdom|slutsats|rekommendation|conclusion|recommendation|lesson)\p{L}*(?:\s+\p{L}+){0,5}:/iu,
    // A key or an introducing clause with a colon, and the lesson after it in the same run of text: "Övriga
    // erfarenheter: Det är svårt att hitta samarbetspartners …", "Rapporten avslutas med ett antal slutsatser och
    // rekommendationer: Projektets finansiär … behöver …". The lesson ends where a section heading is run in ("…
    // ett projekt Bakgrund Produktionen …").
    pattern: rxc`(?:^|\s)(?:[Öö]vriga\s+|[Vv]iktiga\s+|[Ff]öljande\s+|[Nn]ågra\s+|ett antal\s+)?(?:erfarenheter|lärdomar|slutsatser|rekommendationer|[Ee]rfarenheter|[Ll]ärdomar|[Ss]lutsatser|[Rr]ekommendationer|conclusions|recommendations|lessons learned|Lessons learned|Conclusions|Recommendations)(?:\s+(?:och|and)\s+(?:rekommendationer|slutsatser|lärdomar|recommendations|conclusions))?(?:\s+(?:från|av|i|of|from)\s+(?:projektet|förstudien|the project))?:\s+(?<value>\p{Lu}\p{Ll}*\s[^:]{20,600})`,
    read: (m) => {
      const v = m.groups!.value!.replace(RUN_IN_HEADING, '').trim();
      // A question or a form's prompt after the key is no lesson; nor a list of short keys.
      return v.split(/\s+/u).length >= 6 && v.length <= 300 && !/\?/u.test(v) ? v : null;
    },
    says: [
      [
        'Övriga erfarenheter: Det är svårt att hitta samarbetspartners som är beredda att medfinansiera ett projekt Bakgrund Produktionen av ekologiska ägg har ökat',
        'Det är svårt att hitta samarbetspartners som är beredda att medfinansiera ett projekt',
      ],
      [
        'Rapporten avslutas med ett antal slutsatser och rekommendationer: Projektets finansiär, ägare, styrning, projektledning och deltagare behöver gemensamt tydliggöra förväntningar, roller och strategier för kommunikation.',
        'Projektets finansiär, ägare, styrning, projektledning och deltagare behöver gemensamt tydliggöra förväntningar, roller och strategier för kommunikation.',
      ],
    ],
    not: ['Erfarenheter: Vad har fungerat bra i projektet?', 'Slutsatser: Se kapitel 4.', 'Innehåll Sammanfattning 3 Slutsatser: 12'],
  },
  {
    id: 'lessons.concluded',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    pattern: rx`${B}(?:kontentan\s+(?:av\s+[^.]{1,40}?\s+)?är\s+att|slutsatse(?:n|rna)\s+(?:(?:efter|av|från|i|inom)\s+(?:\S+\s+){1,3}?)?(?:är|blev|var)(?:\s+(?:också|även|dock))?\s+att|(?:vår|min|deras)\s+(?:viktigaste\s+)?slutsats\s+är\s+att|(?:kan|kunde)\s+(?:vi|man)\s+konstatera\s+att|(?:våra|projektets)\s+erfarenheter\s+(?:från\s+\S+\s+)?(?:indikerar|visar|pekar\s+på)(?:\s+(?:därför|också|även))?\s+att|resultatet\s+visar\s+vikten\s+av|(?:en|den)\s+(?:(?:annan|ytterligare|första|andra|tredje)\s+)?(?:viktig(?:aste)?\s+)?slutsats(?:en)?\s+(?:(?:från|av|i|inom)\s+(?:\S+\s+){0,2}?)?(?:är|var)\s+att|en\s+av\s+(?:de\s+)?(?:viktigaste\s+|främsta\s+)?slutsatserna\s+(?:(?:från|av|i|inom)\s+(?:\S+\s+){0,2}?)?(?:är|var)\s+att|(?:vi|man)\s+kan\s+konstatera\s+att|konstater(?:ar|ade)\s+vi\s+att|(?:utvärderarnas|utvärderarens|följeforskarnas|följeforskarens|vår|den)\s+(?:samlade\s+)?bedömning(?:en)?\s+är\s+att|erfarenheten?\s+(?:visar|är)\s+att|erfarenheterna\s+visar\s+att|(?:förstudiens|projektets|studiens|analysens|kartläggningens|utvärderingens)\s+resultat\s+visar\s+att|när\s+(?:vi|man)\s+(?:summerar|sammanfattar)\s+projektet\s+|utvärderingen\s+(?:visar|pekar på|konstaterar|drar slutsatsen)|(?:the\s+)?(?:evaluation|study|report)\s+(?:concluded|concludes|shows|showed|found)\s+that|one of the conclusions[^.]{0,40}?\s+was\s+that|we\s+(?:identified|found|concluded)\s+that)${E}`,
    read: whole,
    says: [
      [
        'Förstudiens resultat visar att utländska fastighetsägare är en potential för kommunernas framtida befolkningsutveckling.',
        'Förstudiens resultat visar att utländska fastighetsägare är en potential för kommunernas framtida befolkningsutveckling.',
      ],
      [
        'En annan viktig slutsats från projektet är att kommuner har mycket att vinna på att arbeta samlat.',
        'En annan viktig slutsats från projektet är att kommuner har mycket att vinna på att arbeta samlat.',
      ],
      [
        'Slutsatsen efter projektets genomförande är att de behov som de asylsökande nämnt är svåra att lösa med ett paraplyprojekt.',
        'Slutsatsen efter projektets genomförande är att de behov som de asylsökande nämnt är svåra att lösa med ett paraplyprojekt.',
      ],
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
      [
        'En av slutsatserna i projektet är att branschen måste synliggöra rådande normer kring män och maskulinitet.',
        'En av slutsatserna i projektet är att branschen måste synliggöra rådande normer kring män och maskulinitet.',
      ],
      [
        'Vår slutsats är att det går att implementera den amerikanska GVI-strategin i en svensk kontext.',
        'Vår slutsats är att det går att implementera den amerikanska GVI-strategin i en svensk kontext.',
      ],
      [
        'Men slutsatsen är också att de städer som vill implementera strategin måste ta till sig lärdomarna.',
        'Men slutsatsen är också att de städer som vill implementera strategin måste ta till sig lärdomarna.',
      ],
      [
        'Genom deltagarnas utvärderingar kan vi konstatera att föräldrastöd för nyanlända är både välkommet och efterlängtat.',
        'Genom deltagarnas utvärderingar kan vi konstatera att föräldrastöd för nyanlända är både välkommet och efterlängtat.',
      ],
      [
        'Resultatet visar vikten av samsyn, en tydlig ansvarsfördelning och rätt utförda kalkyler.',
        'Resultatet visar vikten av samsyn, en tydlig ansvarsfördelning och rätt utförda kalkyler.',
      ],
    ],
    not: [
      'Utvärderingen genomförs av Ramböll under hösten.',
      'Rapporten visar resultaten för 2019.',
      'Vår slutsats kommer i nästa rapport.',
      'Resultatet visar hur många som deltog.',
    ],
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
    id: 'lessons.results-show',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    // What the project's results, measurements or trials showed: "Men resultaten visar att musselodling i Östersjön är
    // förenat med höga kostnader …", "Provtagning visar att …". Only a whole sentence: one cut at a page or a line
    // ("Resultaten visar att Sörmlands modell av Samverkan för ett") says nothing yet. An evaluation's "Resultatet visar
    // att …" opens its findings, read with the sentences after it in evaluations only (evaluationFindings).
    pattern: rx`${B}(?:resultaten|mätningarna|nya mätningar|provtagning(?:en|arna)?|försöken|erfarenheterna|the results|measurements)(?:\s+[^.;:]{1,60}?)?\s+(?:visar|visade|har\s+visat|shows?|showed|have\s+shown)(?:\s+(?:också|även|dock|tydligt|also|clearly)){0,2}\s+(?:att|that)${E}`,
    read: (m, text) => (/[.!]["”]?$/u.test(text.trim()) ? whole(m, text) : null),
    says: [
      [
        'Men resultaten visar att musselodling i Östersjön är förenat med höga kostnader och tekniska svårigheter.',
        'Men resultaten visar att musselodling i Östersjön är förenat med höga kostnader och tekniska svårigheter.',
      ],
      [
        'Provtagning visar att de småskaliga musselodlingarna i Kalmarsund inte hade någon negativ miljöpåverkan.',
        'Provtagning visar att de småskaliga musselodlingarna i Kalmarsund inte hade någon negativ miljöpåverkan.',
      ],
    ],
    not: [
      'Resultaten visar hur många som deltog.',
      'Resultaten visar att Sörmlands modell av Samverkan för ett',
      'Resultatet visar att satsningen på chefsnivån har varit framgångsrik.',
    ],
  },
  {
    id: 'lessons.recommended',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    needs: /viktigt|rekommend|krävs|framgångsfaktor|inför kommande|framöver|important|recommend|need/iu,
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
    id: 'lessons.became-clear',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    // A lesson counted out, the main challenge found: "Den första lärdomen handlar om …", "The main challenge that was
    // identified was …", "It became clear that …". ('Det blev tydligt att …' in Swedish is left alone: over the real
    // texts it took three sentences their readers did not call lessons for one they did.)
    pattern: rx`${B}(?:(?:den|det)\s+(?:första|andra|tredje|fjärde|femte|sista|viktigaste)\s+lärdomen\s+(?:handlar\s+om|är|var|gäller)|the\s+(?:main|biggest|greatest|key)\s+challenge\s+(?:that\s+was\s+identified\s+|identified\s+)?(?:was|is|has\s+been)|it\s+(?:became|has\s+become)\s+(?:clear|evident|obvious)\s+that)${E}`,
    read: whole,
    says: [
      [
        'Den första lärdomen handlar om hur de lokala processerna för samhällsomvandling drivs.',
        'Den första lärdomen handlar om hur de lokala processerna för samhällsomvandling drivs.',
      ],
      [
        'The main challenge that was identified was attracting and retaining people in the region for sustainable growth.',
        'The main challenge that was identified was attracting and retaining people in the region for sustainable growth.',
      ],
      [
        'It became clear that the municipalities needed more time than planned.',
        'It became clear that the municipalities needed more time than planned.',
      ],
    ],
    not: [
      'Det blev tydligt att skärgården inte enbart kan ses som en enhetlig yta.',
      'Den första lärdomen presenteras i kapitel 3',
      'The main challenge of the region is its ageing population.',
    ],
  },
  {
    id: 'lessons.experienced',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    // What the project found out or achieved, said as a judgement: "… har visat sig framgångsrik", "Vi har tidigt
    // insett att …", "I have also realized that …", "Det andra syftet har inte uppnåtts.", "I övrigt kan
    // framgångsfaktorerna sammanfattas i …", "Sammanfattningsvis slogs det i förstudien fast att …".
    pattern: rx`${B}(?:har\s+visat\s+sig\s+(?:vara\s+)?(?!(?:på|i|för|med|vid|under|som)\s)\p{L}+|(?:vi|man|jag|de|projektet)\s+har\s+(?:tidigt\s+|också\s+|även\s+|snabbt\s+)?(?:insett|förstått|upptäckt|märkt)\s+att|bekräftades\s+vikten\s+av|vi\s+(?:såg|märkte)\s+(?:också\s+|även\s+|tydligt\s+)?(?:att|hur|vilken|vikten|stora\s+skillnader)|visade\s+oss\s+(?:att|hur|vikten)|(?:I|we)\s+have\s+(?:also\s+)?(?:learned|learnt|realized|realised|understood)\s+(?:that|more|how)|(?:syftet|målet|syftena|målen|målsättningen)\s+(?:har|hade)\s+(?:inte\s+|delvis\s+|till\s+stor\s+del\s+)?(?:uppnåtts|nåtts|uppfyllts)|(?:har|hade)\s+(?:projektet\s+)?lyckats\s+(?:över\s+förväntan|väl|mycket\s+bra|bra|delvis)|framgångsfaktorerna\s+(?:kan\s+)?(?:sammanfattas|är|var|har\s+varit)|success\s+factors?\s+(?:is|are|was|were|has\s+been|have\s+been)|slogs\s+(?:det\s+)?(?:[^.]{0,30}?\s)?fast\s+att|(?:den\s+)?(?:största|stora|viktigaste)\s+utmaningen\s+(?:har\s+varit|var|är)|vilket\s+(?:har\s+)?varit\s+en\s+(?:stor\s+)?utmaning)${E}`,
    read: whole,
    says: [
      [
        'Strukturen med en central projektstyrning och en mer perifer expertpanel har visat sig framgångsrik.',
        'Strukturen med en central projektstyrning och en mer perifer expertpanel har visat sig framgångsrik.',
      ],
      // What the work confirmed or showed those who did it.
      [
        'Under förstudien bekräftades vikten av att utgå från behov och inte specifik produkt för att utveckla framtidens vård och omsorg.',
        'Under förstudien bekräftades vikten av att utgå från behov och inte specifik produkt för att utveckla framtidens vård och omsorg.',
      ],
      [
        'Vi såg också vilken betydelse det har om pedagogerna bor i samhället där skolan finns.',
        'Vi såg också vilken betydelse det har om pedagogerna bor i samhället där skolan finns.',
      ],
      [
        'Den del av projektet som gav möjlighet för skolorna att utveckla sin roll visade oss hur olika de lokala förändringsprocesserna ser ut.',
        'Den del av projektet som gav möjlighet för skolorna att utveckla sin roll visade oss hur olika de lokala förändringsprocesserna ser ut.',
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
    id: 'lessons.hindsight',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    // What one would do otherwise, seen afterwards: "… och med facit i hand bör någon projektledare vara avlönad …",
    // "I efterhand kan vi se att …", "In hindsight, the steering group should …".
    needs: /facit|efterhand|backspegeln|hindsight|göra om/iu,
    pattern: rx`${B}(?:med\s+facit\s+i\s+hand|i\s+efterhand\s+(?:kan|kunde|inser|insåg|ser|såg|borde|skulle)|i\s+backspegeln|in\s+hindsight|om\s+(?:vi|man)\s+(?:skulle\s+)?(?:göra|gjorde)\s+om)${E}`,
    read: whole,
    says: [
      [
        'Vi har jobbat ideellt i detta projekt och med facit i hand bör någon projektledare vara avlönad.',
        'Vi har jobbat ideellt i detta projekt och med facit i hand bör någon projektledare vara avlönad.',
      ],
      [
        'I efterhand kan vi se att styrgruppen borde ha bildats tidigare.',
        'I efterhand kan vi se att styrgruppen borde ha bildats tidigare.',
      ],
      [
        'In hindsight, the partners should have agreed on roles earlier.',
        'In hindsight, the partners should have agreed on roles earlier.',
      ],
    ],
    not: ['Facit för året visar 40 deltagare.', 'Projektet efterhandsrapporterade sina kostnader.'],
  },
  {
    id: 'lessons.success-factors',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    // What it takes to succeed, or what is recommended, stated as a finding: "Important factors for municipalities to
    // succeed are commitment and …", "Viktiga faktorer för att lyckas har varit …", "Recommendations to policymakers
    // include …".
    needs: /factors|faktorer|recommendations|rekommendationer|framgång|success/iu,
    pattern: rx`${B}(?:(?:important|key|critical|main)\s+(?:success\s+)?factors\s+(?:for\s+[^.]{1,60}?\s+)?(?:to\s+succeed\s+)?(?:are|were|include|have\s+been)|(?:viktiga|avgörande|centrala)\s+(?:framgångs)?faktorer\s+(?:för\s+[^.]{1,60}?\s+)?(?:är|var|har\s+varit)|(?:de\s+)?(?:viktigaste|främsta)\s+framgångsfaktorerna\s+(?:som\s+[^.]{1,60}?\s+)?(?:är|var|har\s+varit)|(?:our\s+)?recommendations\s+(?:to|for)\s+[^.]{1,60}?\s+include|rekommendationerna\s+(?:till|för)\s+[^.]{1,60}?\s+(?:är|omfattar|handlar\s+om)|(?:var|har\s+varit|är|blev)\s+(?:[^.]{1,80}?\s+)?(?:helt\s+)?(?:avgörande|en\s+(?:viktig|avgörande)\s+(?:faktor|förutsättning))\s+för\s+(?:projektets|satsningens|arbetets|förstudiens)\s+framgång|(?:was|were|has\s+been|have\s+been)\s+(?:crucial|key|essential|critical|decisive)\s+(?:to|for)\s+the\s+(?:project's|project’s|initiative's)\s+success)${E}`,
    read: whole,
    says: [
      [
        'De viktigaste framgångsfaktorerna som projektgruppen har kommit fram till är bland annat engagerade lärare som driver arbetet på plats.',
        'De viktigaste framgångsfaktorerna som projektgruppen har kommit fram till är bland annat engagerade lärare som driver arbetet på plats.',
      ],
      [
        'Important factors for municipalities to succeed are commitment and ability to lead the process.',
        'Important factors for municipalities to succeed are commitment and ability to lead the process.',
      ],
      [
        'Recommendations to policymakers include, among other things, to examine what role municipal companies should have.',
        'Recommendations to policymakers include, among other things, to examine what role municipal companies should have.',
      ],
      [
        'Viktiga faktorer för att lyckas har varit engagemang och tydliga roller.',
        'Viktiga faktorer för att lyckas har varit engagemang och tydliga roller.',
      ],
      // What was decisive for the project's success, in a sentence of its own.
      [
        'Enligt Renate Foks, som arbetade med projektet, var samverkan mellan organisationerna avgörande för projektets framgång.',
        'Enligt Renate Foks, som arbetade med projektet, var samverkan mellan organisationerna avgörande för projektets framgång.',
      ],
    ],
    not: ['The factors are listed in table 3.', 'Rekommendationerna presenteras i kapitel 5.', 'Vi hoppas på projektets framgång.'],
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
  {
    id: 'lessons.not.name-list',
    field: 'lessonsLearned.not',
    source: 'cue',
    scope: 'sentence',
    // Names and nothing else: the places or partners a colon led ("… erfarenheter att bygga på följande orter:
    // Kramfors, Falun, Norrtälje och Växjö."), never something learned.
    pattern: rxc`^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*(?:,\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*)*\s(?:och|and|samt)\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*\.?$`,
    read: () => 'a list of names',
    says: [
      ['Kramfors, Falun, Norrtälje och Växjö.', 'a list of names'],
      ['Region Skåne, Malmö and Lund.', 'a list of names'],
    ],
    not: [
      'Kommunerna behöver samverka mer och Regionen bör ta ett större ansvar.',
      'Samtidigt upplever företag på landsbygden att de saknar en marknadsplats och att det är svårt att nå kunder.',
    ],
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
    pattern: rx`${B}(?:visar|visade|konstaterar|konstaterade|rekommenderar|rekommendationer(?:na)?|slutsatser(?:na)?|lärdomar(?:na)?|erfarenheter(?:na)?|framgångsfaktorer(?:na)?|utvecklingsområden(?:a)?|förbättringsområden(?:a)?|iakttagelser(?:na)?|observationer(?:na)?|(?:bidragit|bidrog)\s+till\s+(?:projektets\s+|satsningens\s+)?framgång|kan\s+sammanfattas\s+i|lärt\s+oss|(?:shows?|showed|found|concludes?|concluded|recommends?|recommended|recommendations|conclusions|lessons|learnings|learned|learnt|findings|observations|success\s+factors))${E}[^:]{0,200}:$`,
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
      [
        'The project has now begun to settle, and the following general observations can be made:',
        'The project has now begun to settle, and the following general observations can be made:',
      ],
    ],
    not: [
      'Projektets önskade effekter på ett övergripande plan har varit:',
      'Projektet har genomfört följande aktiviteter:',
      'Rapporten visar bland annat att antalet deltagare ökade.',
      'Partners in the project are:',
    ],
  },
];

/**
 * An evaluation's findings in running text, in its summary: the sentence that opens them ("Resultatet visar att …",
 * "Utvärderingen konstaterar att …") and the sentences after it, up to one that presents the report or its method
 * (FINDINGS_END_RULES). The opening sentence is itself a finding.
 */
export const FINDINGS_RULES: Rule[] = [
  {
    id: 'lessons.findings-open',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    pattern: rx`^(?:(?:Resultatet|Resultaten|Utvärderingen|Analysen|Studien|Följeforskningen|Granskningen|Kartläggningen|Undersökningen|Erfarenheterna|Vår\s+(?:samlade\s+)?(?:analys|bedömning)|Sammantaget|Slutsatsen|Slutsatserna|The\s+evaluation|The\s+results?|Our\s+(?:overall\s+)?(?:assessment|analysis))\s+(?:[\p{L}-]+\s+){0,3}?(?:visar|visade|konstaterar|konstaterade|pekar\s+på|tyder\s+på|bedömer|indikerar|understryker|finner|fann|är\s+att|shows?|showed|finds|found|concludes?|concluded|indicates?)\s+(?:att|that|på|)\s*\S)`,
    read: whole,
    says: [
      [
        'Resultatet visar att projektets satsning på framför allt chefsnivån har varit framgångsrik.',
        'Resultatet visar att projektets satsning på framför allt chefsnivån har varit framgångsrik.',
      ],
      [
        'Utvärderingen konstaterar att dialogforum fyller sitt syfte att utgöra en kompletterande kontaktyta.',
        'Utvärderingen konstaterar att dialogforum fyller sitt syfte att utgöra en kompletterande kontaktyta.',
      ],
      ['The evaluation shows that the network has grown stronger.', 'The evaluation shows that the network has grown stronger.'],
    ],
    not: [
      'Rapporten visar hur projektet genomfördes.',
      'Projektet visar att det går.',
      'Utvärderingen har genomförts av FoU i Väst.',
      'Resultatet av enkäten redovisas i bilaga 2.',
    ],
  },
];

/** The sentence that ends an evaluation's findings: the report or its method presented, a question, a list's lead. */
export const FINDINGS_END_RULES: Rule[] = [
  {
    id: 'lessons.findings-end',
    field: 'lessonsLearned',
    source: 'sentence',
    scope: 'sentence',
    pattern: rx`^(?:I\s+(?:denna|den\s+här)?\s*rapport(?:en)?\s|Denna\s+rapport|Den\s+här\s+rapporten|Rapporten\s+(?:beskriver|redovisar|innehåller|är|har|består|presenterar)|Utvärderingen\s+(?:har\s+genomförts|genomfördes|bygger|baseras|har\s+gjorts)|I\s+(?:kapitel|avsnitt|bilaga)\s|This\s+report|The\s+report\s+(?:describes|presents|contains))|[?:]$`,
    read: whole,
    says: [
      [
        'I rapporten beskrivs både faktorer som hindrar och befrämjar samverkan.',
        'I rapporten beskrivs både faktorer som hindrar och befrämjar samverkan.',
      ],
      ['Rapporten beskriver några av de strategier som användes.', 'Rapporten beskriver några av de strategier som användes.'],
    ],
    not: ['Samverkansgrupper har bidragit med idéer till förändring.'],
  },
];

/**
 * What is no lesson although it stands in a lessons, conclusions or recommendations section, item by item:
 * thanks, contacts and signatures, plans and what happens next, funding applied for or decided, the evaluator's
 * own assessment and presentation of the report, pointers to other parts of the report, purpose statements, form
 * prompts, list introductions. Each row's value is the reason, printed by `extract --why`.
 */
const reason = (why: string) => (): string => why;

export const NOT_A_LESSON_ITEM_RULES: Rule[] = [
  {
    id: 'lessons.item-not.thanks',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    pattern: rx`${B}(?:(?:vi|jag|we|i)\s+(?:vill\s+|would like to\s+)?(?:också\s+|also\s+)?(?:tacka|tackar|thank)|vill (?:också |även )?tacka|vill passa på att tacka|would (?:also )?like to thank|take this opportunity to thank|tack till|thanks to|^thank you)${E}`,
    read: reason('thanks'),
    says: [
      ['Vi vill också tacka alla deltagare för ett stort engagemang.', 'thanks'],
      ['We would like to thank the municipalities for their support.', 'thanks'],
      ['Ett stort tack till styrgruppen som har stöttat oss.', 'thanks'],
    ],
    not: ['Deltagarna tackade ja till fortsatt samarbete när de såg nyttan.', 'Tack vare tidig förankring gick arbetet snabbare.'],
  },
  {
    id: 'lessons.item-not.contact',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    // Contact details, addresses, phone numbers and a signature's role line.
    pattern: rx`${B}(?:höra av sig|hör av er|ringa mig|kontakta mig|contact me|get in touch|kontaktperson:|contact person:|^contact:|kontakta|contact us|for more information|för mer information|finns (?:fritt )?tillgänglig\p{L}* (?:på|via)|is (?:freely )?available (?:at|on|from))${E}|@|www\.|\s·\s|(?<!\d)\d{3}\s?\d{2}\s+\p{Lu}\p{Ll}+|\+\d{2}\s?\d|(?<!\d)0\d{1,3}-\d{2,}|,\s*(?:projektledare|processledare|project manager|project leader)(?:,|$)`,
    read: reason('contact details'),
    says: [
      ['För mer information om projektet, kontakta Anna Berg.', 'contact details'],
      ['Rapporten finns tillgänglig på regionens webbplats.', 'contact details'],
      ['Anna Berg, projektledare, telefon 070-123 45 67', 'contact details'],
      ['Storgatan 5, 831 30 Östersund', 'contact details'],
    ],
    not: ['Kontakten med företagen blev bättre när vi träffades på plats.'],
  },
  {
    id: 'lessons.item-not.assessment',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    // The evaluator's verdict on the project, not something the project learned.
    pattern: rx`${B}(?:(?:vi|we)\s+(?:bedömer|assess|judge|consider)\s+(?:att|that)\s+(?:projektet|the project)|(?:vår|our)\s+(?:sammantagna|samlade|övergripande|overall|general)\s+(?:bedömning|assessment)|(?:vår |our )?(?:samlade|overall|sammanfattande) (?:bedömning|assessment)|our assessment|enligt vår bedömning|in our (?:assessment|view))${E}`,
    read: reason("the evaluator's assessment"),
    says: [
      ['Vi bedömer att projektet har nått sina mål.', "the evaluator's assessment"],
      ['Vår samlade bedömning är att insatserna varit relevanta.', "the evaluator's assessment"],
      ['In our view the steering group met too seldom.', "the evaluator's assessment"],
    ],
    not: ['Det är svårt att bedöma effekter under projekttiden, därför behövs uppföljning efteråt.'],
  },
  {
    id: 'lessons.item-not.evaluation-speaks',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    // A sentence that opens with the evaluation or the follow-up research as its subject presents the report.
    pattern: rx`^(?:utvärderingen|utvärderaren|utvärderarna|the evaluation|the evaluators?)\s|^(?:utvärderingens|följeforskningens|the evaluation's)\s+(?:resultat|results?|slutsatser|findings)|^(?:följeforskningen|följeforskarna|the follow-up research)\s+(?:visar|har visat|bedömer|konstaterar|pekar på|shows|finds|found|concludes)${E}`,
    read: reason('the evaluation presents itself'),
    says: [
      ['Utvärderingen har genomförts genom intervjuer och enkäter.', 'the evaluation presents itself'],
      ['Följeforskningen visar att målen nåddes.', 'the evaluation presents itself'],
      ["The evaluation's findings are summarised in chapter 5.", 'the evaluation presents itself'],
    ],
    not: ['En extern utvärdering tidigt i projektet hade hjälpt styrgruppen.'],
  },
  {
    id: 'lessons.item-not.summing-up',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    pattern: rx`^(?:sammantaget|sammanfattningsvis|overall|all in all|in summary|to sum up)${E}`,
    read: reason('a summing-up'),
    says: [
      ['Sammanfattningsvis har projektet varit framgångsrikt.', 'a summing-up'],
      ['Overall, the project reached most of its targets.', 'a summing-up'],
    ],
    not: ['Det sammantagna intrycket från deltagarna var att träffarna var för få.'],
  },
  {
    id: 'lessons.item-not.pointer',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    // The report pointing to its own parts.
    pattern: rx`${B}(?:nedan (?:redovisar|sammanfattar|presenterar|beskriver)|below we (?:present|summarise|summarize|describe)|i (?:detta|det här|följande) (?:kapitel|avsnitt)|in this (?:chapter|section)|i nästa kapitel|in the next (?:chapter|section)|utöver rekommendationerna|(?:annex|appendix|bilaga) \d+|rapport \d{4}:\d+)${E}`,
    read: reason('a pointer into the report'),
    says: [
      ['Nedan redovisar vi de viktigaste iakttagelserna.', 'a pointer into the report'],
      ['Se vidare i bilaga 3 för intervjufrågorna.', 'a pointer into the report'],
      ['In the next chapter the recommendations are discussed.', 'a pointer into the report'],
      ['I detta kapitel presenterar vi de viktigaste lärdomarna.', 'a pointer into the report'],
    ],
    not: ['Tidiga avstämningar med kommunerna gav bättre beslutsunderlag.'],
  },
  {
    id: 'lessons.item-not.funding',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    // Funding applied for and decisions taken are news about the project, not lessons.
    // Who paid: "Projektet har finansierats av Region Dalarna".
    pattern: rx`${B}(?:har sökts hos|has been applied for|(?:has|have) applied for|har (?:an)?sökt (?:om )?(?:medel|stöd|finansiering|funds)|^(?:projektet|förstudien|the project)\s+(?:har\s+|has been\s+|was\s+|is\s+)?(?:(?:med|del|co-?)?finansierats|(?:med|del|co-?)?finansierades|(?:co-?)?financed|(?:co-?)?funded)\s+(?:av|genom|med|by|through)|(?:har|has|have) beslutat att|(?:has|have) decided to|tecknat en avsiktsförklaring|signed a letter of intent|beslutat att)${E}`,
    read: reason('funding or a decision'),
    says: [
      ['Projektet har finansierats av Region Dalarna.', 'funding or a decision'],
      ['Kommunen har ansökt om medel för en fortsättning.', 'funding or a decision'],
      ['Regionstyrelsen har beslutat att finansiera en tjänst.', 'funding or a decision'],
      ['The partners have signed a letter of intent.', 'funding or a decision'],
    ],
    not: ['Det tar tid att få beslut i flera nämnder, så planera för det.'],
  },
  {
    id: 'lessons.item-not.activity-count',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    // What the project did, counted: "Projektet har genomfört 12 workshops och 3 studiebesök", "We held 14 seminars".
    pattern: rx`^(?:projektet|förstudien|vi|the project|we)\s+(?:har\s+|have\s+|has\s+)?(?:genomfört|genomförde|anordnat|anordnade|arrangerat|arrangerade|hållit|höll|ordnat|ordnade|carried out|held|organised|organized|arranged|run|ran)\s+(?:totalt\s+|sammanlagt\s+|a total of\s+|in total\s+)?\d+\s+\p{L}+`,
    read: reason('an activity counted'),
    says: [
      ['Projektet har genomfört 12 workshops och 3 studiebesök.', 'an activity counted'],
      ['We held 14 seminars with local companies.', 'an activity counted'],
    ],
    not: ['Projektet har visat att 3 av 4 företag vill fortsätta.', 'Vi har lärt oss att 2 möten per termin räcker.'],
  },
  {
    id: 'lessons.item-not.next-steps',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    // What happens after the project: it continues, is run by someone, starts again, is inaugurated, is planned.
    pattern: rx`${B}(?:will continue the|will continue to|continues the|drivs vidare (?:i|inom)|ska utökas till|(?:continues?|fortsätter) (?:in|within|i|inom) (?:the |its |their |\p{L}+s )?(?:own|ordinary|ordinarie|egen|egna)|(?:nästa år|next year) (?:vill|ska|kommer|will|plan)|(?:vi|we) (?:ska|will) (?:söka|ansöka|apply)|invigdes|invigs|was inaugurated|fortsätter (?:samarbetet|arbetet|verksamheten)|(?:kommer (?:vi |regionen |kommunen |föreningen )?att|vi planerar att|planerar vi att|avser (?:vi )?att|we plan to|we intend to|we will)\s+(?:\p{L}+\s+){0,2}?(?:söka|ansöka|apply|föra (?:arbetet )?vidare|fortsätta|continue|sprida|driva vidare|starta)|(?:ska|will be)\s+(?:spridas|disseminated)|(?:startar|starts|start)\s+(?:hösten|våren|sommaren|vintern|in (?:spring|autumn|the autumn|the spring))\s+\d{4}|nästa steg är|the next step is|drivs vidare av|is continued by|will be continued by|(?<!(?:bör|behöver|måste|ska|borde) )(?:planeras|förbereds) (?:till|för|inom|under)|invigning planeras|is being prepared|has expressed interest|har visat intresse|fortsätter med (?:en|ett|den|det)|is (?:now )?run by|will be run by|(?:ingår|integreras|har integrerats)[^.]*\si\s[^.]*ordinarie verksamhet|fortsätter att erbjuda)${E}`,
    read: reason('what happens next'),
    says: [
      ['Arbetet fortsätter inom kommunens ordinarie verksamhet.', 'what happens next'],
      ['Vi kommer att söka medel för en fortsättning.', 'what happens next'],
      ['Nästa steg är att bjuda in fler kommuner.', 'what happens next'],
      ['The network will be run by the county board from 2024.', 'what happens next'],
      ['En ny kurs startar hösten 2023.', 'what happens next'],
    ],
    not: ['Arbetet behöver förankras i ordinarie verksamhet redan från start.', 'Samverkan bör planeras för hela projekttiden.'],
  },
  {
    id: 'lessons.item-not.participants-plan',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    // What the participants are to gain, a project page's plan: "Deltagarna ska få en bredare och bättre omvärldsbild …",
    // "The participants will get …".
    pattern: rx`^(?:deltagarna|de unga|ungdomarna|målgruppen|the participants|participants)\s+(?:ska|skall|kommer att|will)\s+(?:\p{L}+\s+)?(?:få|bli|kunna|lära|utveckla|get|gain|become|be able|learn|develop)${E}`,
    read: reason('a plan for the participants'),
    says: [
      [
        'Deltagarna ska få en bredare och bättre omvärldsbild genom att känna att de kan bidra med sin förmåga på ett relevant sätt.',
        'a plan for the participants',
      ],
      ['The participants will gain experience of working life.', 'a plan for the participants'],
    ],
    not: ['Deltagarna behöver få tid att lära känna varandra.', 'Deltagarna fick en bättre omvärldsbild.'],
  },
  {
    id: 'lessons.item-not.authorship',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    pattern: rx`${B}(?:(?:har skrivit|skrev|wrote|has written) (?:den här |denna |this )?rapport(?:en)?|(?:wrote|has written|written) this report|submitted by|inlämnad av|rapporten (?:är|har) (?:sammanställd|skriven|författad)|this report (?:was|has been) (?:compiled|written))${E}`,
    read: reason('who wrote the report'),
    says: [
      ['Rapporten är sammanställd av projektledaren.', 'who wrote the report'],
      ['This report was written by the project team.', 'who wrote the report'],
    ],
    not: ['Att skriva lägesrapporter löpande gjorde slutrapporten enklare.'],
  },
  {
    id: 'lessons.item-not.satisfaction',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    // Satisfaction, and saying that it is too early to tell, are no lesson.
    pattern: rx`${B}(?:(?:är|var) vi (?:mycket )?nöjda|we are (?:very )?(?:pleased|happy|satisfied)|har varit (?:roligt|spännande|givande) att|för tidigt att (?:säga|bedöma)|too early to (?:say|assess|judge))${E}`,
    read: reason('satisfaction or too early to tell'),
    says: [
      ['Med resultatet är vi mycket nöjda.', 'satisfaction or too early to tell'],
      ['Det är för tidigt att säga vilka effekter projektet får.', 'satisfaction or too early to tell'],
    ],
    not: ['Deltagarna var nöjda när de fick vara med och planera.'],
  },
  {
    id: 'lessons.item-not.purpose',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    // What the project set out to do, not what it learned ("* Denna text är maskinöversatt **" before it aside).
    pattern: rx`^(?:\*{0,2}[^*]{0,60}\*\*\s*)?(?:the (?:purpose|aim|objective|goal)(?: of the (?:project|study|pre-study))? (?:was|is) to|(?:syftet|målet|målsättningen)(?: med (?:projektet|förstudien|satsningen))? (?:var|är) att)\s`,
    read: reason('a purpose'),
    says: [
      ['The purpose was to pave the way for a regional hub.', 'a purpose'],
      ['* Denna text är maskinöversatt ** Syftet med förstudien var att kartlägga behoven.', 'a purpose'],
      ['** Denna text är maskinöversatt ** The aim was to increase the inclusion of young people in decision making.', 'a purpose'],
    ],
    not: ['Syftet behöver vara förankrat hos alla parter från början.'],
  },
  {
    id: 'lessons.item-not.about-lessons',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    // A sentence about the report's lessons rather than one of them: "Det övergripande syftet med detta arbete har
    // varit att generera lärdomar …", "De lärdomar som presenteras i detta avslutande kapitel bygger på …".
    pattern: rx`${B}(?:(?:generera|ta fram|samla(?: in)?|presentera|redovisa|dokumentera|tillvarata|ta tillvara)\s+(?:\p{L}+\s+){0,2}?(?:lärdomar|erfarenheter|slutsatser)|(?:de|dessa|våra) (?:lärdomar|slutsatser|rekommendationer|erfarenheter) som (?:presenteras|redovisas|lyfts|beskrivs|sammanfattas)|det finns (?:\p{L}+\s+)?(?:en|flera|några) (?:lärdom|lärdomar|slutsats|slutsatser) som|reflect(?:s|ed)? on the lessons|(?:the )?lessons (?:learned|learnt) (?:are|were) (?:presented|summari[sz]ed|described))${E}`,
    read: reason('about the lessons, not one of them'),
    says: [
      [
        'Det övergripande syftet med detta arbete har varit att generera lärdomar som grund inför framtida satsningar.',
        'about the lessons, not one of them',
      ],
      ['De lärdomar som presenteras i detta avslutande kapitel bygger på slutsatserna.', 'about the lessons, not one of them'],
      ['At the conference the participants reflect on the lessons learned.', 'about the lessons, not one of them'],
    ],
    not: ['En lärdom är att samverkan tar tid.', 'Projektet har dragit lärdomar av tidigare misstag, som att starta för brett.'],
  },
  {
    id: 'lessons.item-not.contents',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    // A table of contents run into one line: numbered headings one after another ("… 3.1 Nya framväxande strukturer
    // … 4.1 Organisering i kommunen …").
    // Or headings each with its page number ("Hinder och risker 32 Källförteckning 34 Tryckta källor 34").
    pattern: rxc`(?:^|\s)\d{1,2}\.\d{1,2}\.?\s+\p{Lu}.*\s\d{1,2}\.\d{1,2}\.?\s+\p{Lu}|^(?:\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,4}\s+\d{1,3}\s+){2,}\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,4}\s+\d{1,3}$`,
    read: reason('a table of contents'),
    says: [
      [
        'Resultat från intervjuer 3.1 Nya framväxande strukturer Näringslivsaktörer Resultat från fältarbete 4.1 Organisering i kommunen',
        'a table of contents',
      ],
      ['Hinder och risker 32 Källförteckning 34 Tryckta källor 34 Internetkällor 34', 'a table of contents'],
    ],
    not: ['Av deltagarna fick 3.5 procent arbete och 2.1 procent började studera.'],
  },
  {
    id: 'lessons.item-not.fragment',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    // A piece of a line cut from its sentence: lower case first and no sentence's end ("samlingsprojekt med stöd från
    // Svenska ESF-rådet").
    pattern: rxc`^\p{Ll}[^.!?]*$`,
    read: reason('a fragment'),
    says: [['samlingsprojekt med stöd från Svenska ESF-rådet', 'a fragment']],
    not: ['allt kan inte värderas i pengar.', 'Samverkan tar tid'],
  },
  {
    id: 'lessons.item-not.prompt-or-reference',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    // A form prompt, a list's introduction, a pointer to another place, a table's or figure's caption.
    pattern: rx`:$|\?$|^(?:se |see )|^(?:tabell|figur|table|figure|bild|källa|source)${E}`,
    read: reason('a prompt, caption or list introduction'),
    says: [
      ['Vad hade kunnat göras bättre?', 'a prompt, caption or list introduction'],
      ['Tabell 3 Antal deltagare per kommun', 'a prompt, caption or list introduction'],
      ['Följande faktorer var avgörande:', 'a prompt, caption or list introduction'],
    ],
    not: ['Bilden av projektet blev tydligare när resultaten visades.'],
  },
];

/**
 * A sentence that introduces the lessons rather than stating one ("Nedan följer några lärdomar.", "Vi har lärt
 * oss följande:"): dropped from a list of items, and from the front of a lesson paragraph.
 */
export const LESSON_INTRO_RULES: Rule[] = [
  {
    id: 'lessons.item-not.intro',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'sentence',
    pattern: rx`(?:(?:punkterna|points|lärdomarna|lessons) (?:nedan|below)|(?:nedan|below) (?:följer|are|we)|i (?:två|tre|fyra|fem|sex) punkter|in (?:two|three|four|five|six) points|vill (?:här )?lyfta (?:de|några|följande)|discussed (?:the )?lessons|sammanfattar (?:våra|vi) (?:slutsatser|lärdomar)|(?:nedan|här) sammanfattas|(?:we|vi) (?:highlight|lyfter(?: fram)?) (?:\p{L}+ )?(?:lessons|lärdomar|recommendations|rekommendationer)|vi har lärt oss följande|följande (?:lärdomar|erfarenheter|slutsatser)|(?:några|flera) (?:lärdomar|erfarenheter|saker)|the following (?:lessons|learnings)|(?:some|several) (?:lessons|things|learnings)|we take with us)[^.!?]*[.!?:]$`,
    read: reason('introduces the lessons'),
    says: [
      ['När vi ser tillbaka finns det flera saker vi tar med oss.', 'introduces the lessons'],
      ['Nedan följer de viktigaste lärdomarna.', 'introduces the lessons'],
      ['The following lessons were discussed at the final conference.', 'introduces the lessons'],
    ],
    not: ['Flera kommuner saknade resurser för att delta fullt ut.'],
  },
];

/** A closing signature after a lessons section: a place and a date, perhaps a name ("Sätila 2019-12-05 Bertil Johansson"). */
export const SIGNATURE_RULES: Rule[] = [
  {
    id: 'lessons.item-not.signature',
    field: 'lessonsLearned.item-not',
    source: 'cue',
    scope: 'line',
    pattern: rxc`^[\p{Lu}][\p{L}-]+,?\s+(?:den\s+)?\d{4}-\d{2}-\d{2}(?:\s+[\p{Lu}][\p{L}-]+){0,3}$|^[\p{Lu}][\p{L}-]+,?\s+\d{1,2}\s+\p{L}+\s+\d{4}(?:\s+[\p{Lu}][\p{L}-]+){0,3}$`,
    read: reason('a signature'),
    says: [
      ['Sätila 2019-12-05 Bertil Johansson', 'a signature'],
      ['Umeå den 2021-03-31', 'a signature'],
      ['Östersund, 12 maj 2020 Karin Ek', 'a signature'],
    ],
    not: ['Projektet avslutades 2019-12-05 med en konferens.'],
  },
];

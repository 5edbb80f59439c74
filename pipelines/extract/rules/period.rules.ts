/**
 * Sentences and lines that give the project's period beyond the period finder's labels and span sentences
 * (project-period.ts): "startar i januari 2019 och kommer pågå till augusti 2021", "pågår mellan den 1 juni
 * 2019 och den 31 maj 2022", "Project duration | July 2019 - June 2022", "during 2022-2023" in a sentence
 * about the project, a start or an end alone. Dates are read by period.ts, at the precision written.
 */
import { findPeriod, firstDate, yearsJoined } from '../period.js';
import type { Rule } from './engine.js';
import { rx, rxc } from './engine.js';
import { ANOTHER_PROJECT, B, E } from './pieces.js';

export interface PartialPeriod {
  start: string | null;
  end: string | null;
}

// A date as written, loosely (period.ts decides what it is): "1 juni 2019", "jan 2018", "2019-06-01", "July 2019",
// "1st Oct 2010", "September 1, 2015", "1/1 2003", "31.3.2010".
const DATE = String.raw`(?:(?:\d{1,2}(?:st|nd|rd|th|:a|:e)?\.?\s+)?(?:[\p{L}]{3,9}\.?\s+)?(?:19|20)\d\d(?:[-/]\d{2}(?:[-/]\d{2})?)?|[\p{L}]{3,9}\.?\s+\d{1,2},\s*(?:19|20)\d\d|\d{1,2}\/\d{1,2}\s+(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)`;

/** The range a span gives ("2015-09-01 → 2018-08-31", "mellan den 1 juni 2019 och den 31 maj 2022"). */
function range(span: string): PartialPeriod | null {
  // Terms and seasons before a year ("ht 2023 – ht 2024") are read by findPeriod itself.
  const p = findPeriod(yearsJoined(span.replace(/→|»/g, '–').replace(/(?<![\p{L}])den\s+/giu, '')));
  return p ? { start: p.start, end: p.end } : null;
}

// The EU's programme periods: years a programme, a Leader area or a fund's round carries, not one project's.
const PROGRAMME_PERIODS = new Set(['2000-2006', '2007-2013', '2014-2020', '2021-2027']);

/** An end date alone, from the match's `end` group. */
function endAlone(m: RegExpExecArray): PartialPeriod | null {
  const end = firstDate(m.groups!.end!);
  return end ? { start: null, end } : null;
}

// A project before the one a text is about: "i ett första projekt kallat …", "ett tidigare projekt", "etapp 1".
const EARLIER_PROJECT =
  /(?<![\p{L}])(?:första|tidigare|föregående|förra|earlier|previous|first)\s+(?:[\p{L}-]+\s+)?(?:projekt(?:et)?|project|etapp(?:en)?|phase|stage)(?![\p{L}])|(?<![\p{L}])(?:etapp|fas|phase|stage)\s+1(?![\d])/iu;

/** Two years of one project: in order, at most ten apart, and no EU programme period. */
function projectYears(a: string, b: string): PartialPeriod | null {
  return Number(b) >= Number(a) && Number(b) - Number(a) <= 10 && !PROGRAMME_PERIODS.has(`${a}-${b}`) ? { start: a, end: b } : null;
}

export const PERIOD_RULES: Rule<PartialPeriod>[] = [
  {
    id: 'period.starts-and-runs-to',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    pattern: rx`${B}(?:startar|startade|började|börjar|inleddes|påbörjades|starts|started|began|begins|will start)\s+(?:i\s+|den\s+|in\s+|on\s+)?(?:(?:slutet|början|mitten)\s+av\s+)?(?<start>${DATE})\s+(?:och\s+|and\s+)?(?:(?:kommer|ska)\s+(?:att\s+)?|will\s+)?(?:(?:pågå|pågår|pågick|löpa|löper|avslutas|avslutades|slutar|end|ends|ended|run|runs|continue|last)\s+(?:(?:kontinuerligt|löpande|sedan|därefter|vidare|continuously)\s+)?(?:fram\s+)?(?:till|until|to|through)(?:\s+och\s+med)?|(?:avslutas|avslutades|slutar|slutade|ends|ended|(?<=will\s)end)(?:\s+(?:i|in|on))?)\s+(?:den\s+)?(?<end>${DATE})`,
    read: (m) => {
      const [start, end] = [firstDate(m.groups!.start!), firstDate(m.groups!.end!)];
      return start && end && start <= end ? { start, end } : null;
    },
    says: [
      ['Huvudprojektet startar i januari 2019 och kommer pågå till augusti 2021.', { start: '2019-01', end: '2021-08' }],
      [
        'På väg framåt … Projektet startade i slutet av juli 2020 och kommer pågå till och med december 2022.',
        { start: '2020-07', end: '2022-12' },
      ],
      ['Ett treårigt utvecklingsprojekt som startade i april 2012 och avslutas i mars 2015.', { start: '2012-04', end: '2015-03' }],
      ['Projektet startar den 2 juli 2017 och avslutas den 30 juni 2020.', { start: '2017-07-02', end: '2020-06-30' }],
      ['Arbetet påbörjades i juli 2009 och pågick kontinuerligt fram till februari 2010.', { start: '2009-07', end: '2010-02' }],
      [
        'The project Strategic cooperation in the north east of Skåne will start 2017-10-01 and will end 2020-08-31.',
        { start: '2017-10-01', end: '2020-08-31' },
      ],
    ],
    not: ['Arbetet startar i januari 2019 och pågår till augusti 2018.'],
  },
  {
    id: 'period.runs-between',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    pattern: rx`(?:(?:${B}(?:(?!utvärdering|följeforskning)[\p{L}-]*projekt(?:et)?|förstudien|project),?|[”"“][^”"“]{2,80}[”"])\s+(?:\S+\s+){0,8}?(?:pågår|pågick|pågått|pågå|löper|löpte|löpt|fortlöper|fortlöpte|genomförs|genomfördes|runs|ran|will run|is running|was running|takes place|took place|will take place)\s+(?:under\s+perioden\s+)?(?:(?:mellan|between|från|from)\s+|(?=\d{1,2}\s+\p{Ll}{3,9}\s*[-–]\s*\d))(?:(?<days>\d{1,2}\s+\p{Ll}{3,9}\s*[-–]\s*\d{1,2}\s+\p{Ll}{3,9}\s+(?:19|20)\d\d)|(?<span>(?:den\s+)?${DATE}\s+(?:och|and|till och med|till|t\.o\.m\.|to|until|–|-)\s+(?:den\s+)?${DATE})|(?<years>(?:19|20)\d\d)\s*[-–]\s*(?<years2>(?:19|20)\d\d)(?![\d-]))|${B}(?:mellan|between|från|from)\s+(?<before>(?:den\s+)?${DATE}\s+(?:och|and|till|to)\s+(?:den\s+)?${DATE})\s+(?:pågår|pågick|har pågått|löper|löpte|genomfördes|genomförs|drevs|ran|runs)\s+(?:projektet|the project|förstudien|en\s+förstudie|ett\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]*projekt)${E})`,
    read: (m) =>
      m.groups!.years
        ? projectYears(m.groups!.years, m.groups!.years2!)
        : range((m.groups!.days ?? m.groups!.span ?? m.groups!.before!).replace(/\s+(?:till och med|t\.o\.m\.)\s+/u, ' till ')),
    says: [
      ['Projektet pågår mellan den 1 juni 2019 och den 31 maj 2022.', { start: '2019-06-01', end: '2022-05-31' }],
      ['Projektet fortlöper mellan 2023-10-01 och 2026-09-30.', { start: '2023-10-01', end: '2026-09-30' }],
      [
        'Under ett stort samverkansprojekt som genomfördes mellan 2017-2019 utvecklades en ny reseanledning.',
        { start: '2017', end: '2019' },
      ],
      ['Projektet, som löpt från oktober 2018 till och med september 2020, är en del av programmet.', { start: '2018-10', end: '2020-09' }],
      ['Mellan augusti 2009 och maj 2012 pågick projektet i fyra kommuner.', { start: '2009-08', end: '2012-05' }],
      // The span first, then the verb and the project: "Från september 2021 till december 2023 pågick projektet …".
      [
        'Från september 2021 till december 2023 pågick projektet ”Aktivitet och gemenskap för seniorer”.',
        { start: '2021-09', end: '2023-12' },
      ],
      ['Mellan 2011 och 2013 genomfördes en förstudie kring ett eventuellt besökscentrum.', { start: '2011', end: '2013' }],
      // A feasibility study, a few words between it and its verb; two dates without "från" when the first is a day.
      [
        'Förstudien har projektletts av Anna Svedin och har pågått från december 2016 till augusti 2017.',
        { start: '2016-12', end: '2017-08' },
      ],
      ['Projektet i Ottenby pågår 1 januari -31 december 2019 för att utveckla platsen.', { start: '2019-01-01', end: '2019-12-31' }],
      ['The project runs from March 2020 to February 2023.', { start: '2020-03', end: '2023-02' }],
      ['FABS är ett treårigt projekt som löper mellan januari 2016 – april 2019.', { start: '2016-01', end: '2019-04' }],
      ['The project will run between September 1, 2015 and August 31, 2018.', { start: '2015-09-01', end: '2018-08-31' }],
      [
        'Hylte kommun blir projektägare och ”Målmedvetenhet på hemmaplan” kommer att pågå mellan februari 2020 och maj 2022.',
        { start: '2020-02', end: '2022-05' },
      ],
    ],
    not: [
      'Utvärderingen pågick mellan den 1 juni 2019 och den 31 maj 2020.',
      'Mässan ”Bo bra” kommer att pågå mellan 2 och 4 maj 2022.',
      'Mellan 2011 och 2013 genomfördes en utvärdering av verksamheten.',
    ],
  },
  {
    id: 'period.duration-key',
    field: 'period',
    source: 'label',
    scope: 'line',
    // "Project duration | July 2019 - June 2022 |", "Project duration November 2015 - December 2016", "Projekttid 2019–2021".
    pattern: rx`(?:^|\s)(?:project duration|project period|project time|projekttid|projektperiod|projektets löptid|löptid|duration|genomförandeperiod|startdatum\s*[-–]\s*slutdatum|start-\s*och\s*slutdatum|start and end date|sponsors?\s*,\s*duration\s*,\s*budget\s*:\s*[^;]{0,80};)\s*[|:]?\s*(?<span>${DATE}\s*(?:[-–—→?]|--|till|to|until)\s*${DATE})`,
    read: (m) => range(m.groups!.span!),
    says: [
      ['Project duration | July 2019 - June 2022 |', { start: '2019-07', end: '2022-06' }],
      ['Project duration November 2015 - December 2016', { start: '2015-11', end: '2016-12' }],
      ['Results in the region. Project time March 2019 to June 2021 Project owner', { start: '2019-03', end: '2021-06' }],
      [
        'Projektledare: Ulrika Domellöf Startdatum-Slutdatum: 2022-11-01 - 2023-12-31 Er ansökan',
        { start: '2022-11-01', end: '2023-12-31' },
      ],
      // A research library's catalogue record: who paid, then the duration.
      ['Sponsors, duration, budget: Vägverket ; 2009-03-01 -- 2011-12-31 ; 3550000 kronor', { start: '2009-03-01', end: '2011-12-31' }],
    ],
    not: ['Projekttid: ÅÅÅÅ-MM-DD – ÅÅÅÅ-MM-DD'],
  },
  {
    id: 'period.years-of-the-project',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // "… in East Middle Sweden during 2022-2023 and is co-financed …", "Under 2018 - 2020 kommer regionförbundet att arbeta i ett projekt".
    // A transcript that lost the dash keeps the years after "åren" apart: "en satsning för åren 2012 2014".
    pattern: rx`${B}(?:(?:under|during|in)\s+(?:åren\s+|the years\s+)?(?<span>(?:19|20)\d\d(?:\s*[-–]\s*|\s+(?:till|to)\s+)(?:19|20)\d\d)|(?:under|för)\s+åren\s+(?<a>(?:19|20)\d\d)\s+(?<b>(?:19|20)\d\d))${E}`,
    // Only in a sentence about a project, and not about its evaluation ("utvärdering av projektet X under åren …").
    read: (m, text) =>
      /projekt|project|satsning/iu.test(text) &&
      !/utvärder|följeforsk|evaluat/iu.test(text) &&
      !EARLIER_PROJECT.test(text) &&
      !ANOTHER_PROJECT.test(text)
        ? m.groups!.span
          ? range(m.groups!.span)
          : projectYears(m.groups!.a!, m.groups!.b!)
        : null,
    says: [
      [
        'The project Fordonsdalen is a collaboration between Region Stockholm and the five regions during 2022-2023.',
        { start: '2022', end: '2023' },
      ],
      ['Under 2018 - 2020 kommer regionförbundet att arbeta i ett projekt som ska få fler besökare.', { start: '2018', end: '2020' }],
      ['Projektet Handelslyft har under åren 2014 till 2016 arbetat med butikerna.', { start: '2014', end: '2016' }],
      ['Kulturarvslyftet var en tillfällig arbetsmarknadssatsning för åren 2012 2014.', { start: '2012', end: '2014' }],
    ],
    not: [
      'Under 2018-2020 ökade antalet besökare.',
      'Satsningen gällde för åren 2014 2012.',
      // The years of a first stage, in a text about the next one.
      'Under åren 2019-2022 samverkade Kramfors och Sollefteå kommuner i ett första projekt kallat God och nära vård på landsbygd.',
      // An earlier project, told with an indefinite article.
      'Ett betydelsefullt treårigt Mål-2 projekt, med Ölands Kommunalförbund som projektägare, genomfördes under 2003-2005.',
    ],
  },
  {
    id: 'period.range-line',
    field: 'period',
    source: 'title',
    scope: 'top',
    // A line near the top that is a date range alone: "2015-09-01 → 2018-08-31", "1 januari 2018 – 30 juni 2023".
    // A page's paragraph may open with it: "2018-01-01 till 2021-12-31. Projektets huvudsakliga uppgift har varit …".
    pattern: rx`^(?<span>${DATE}\s*(?:[-–—→]|till|to)\s*${DATE})(?:$|\.\s+\p{Lu})`,
    read: (m) => range(m.groups!.span!),
    says: [
      ['2015-09-01 → 2018-08-31', { start: '2015-09-01', end: '2018-08-31' }],
      ['1 januari 2018 – 30 juni 2023', { start: '2018-01-01', end: '2023-06-30' }],
      [
        '2018-01-01 till 2021-12-31. Projektets huvudsakliga uppgift har varit att stödja Skaraborgs 15 kommuner.',
        { start: '2018-01-01', end: '2021-12-31' },
      ],
    ],
    not: ['Rapportperiod 2019-01-01 – 2019-06-30'],
  },
  {
    id: 'period.started-on',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // "Den 1 oktober 2018 startade vårt projekt", "Projektet startade i mars 2017": a start alone.
    pattern: rx`(?:^(?:den\s+|on\s+|in\s+|i\s+)?(?<d1>${DATE})\s+(?:startade|startades|startar|började|börjar|inleddes|started|starts|began)\s+(?:vårt?|[\p{L}-]*projektet|the project|our)${E}|${B}(?:projektet|^[Pp]rojekt|förstudien|the\s+(?:[\p{Ll}-]+\s+){0,2}?project|det\s+(?:[\p{Ll}-]+\s+){1,2}?projektet|det|ett\s+[\p{L}-]*projekt)(?:\s+[\p{Lu}][^.,;:]{0,80}?|\s+["”“][^"”“]{2,80}["”]|,)?\s+(?:som\s+)?(?:startade|startades|startar|började|inleddes|inleds|påbörjades|påbörjas|started|began)\s+(?:(?:i|på)\s+(?!(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|(?:19|20)\d\d)(?:\s|$))[^.,;:\d]{1,60}?\s+)?(?:i\s+|den\s+|in\s+|on\s+|år\s+)?(?<d2>${DATE})${E})`,
    read: (m) => {
      const start = firstDate(m.groups!.d1 ?? m.groups!.d2 ?? '');
      return start ? { start, end: null } : null;
    },
    says: [
      ['Projektet "Samverkansforum med romer" startade den 1 september 2006 och vände sig till romer.', { start: '2006-09-01', end: null }],
      ['The three-year project started in 2021.', { start: '2021', end: null }],
      ['Det treåriga projektet startade i augusti 2020.', { start: '2020-08', end: null }],
      ['Den 1 oktober 2018 startade vår Projekt ”Mötesplatser i glesbygd/skärgård”.', { start: '2018-10-01', end: null }],
      ['Den 1 maj 2019 startar ESF-projektet Support Framåt i Falun.', { start: '2019-05-01', end: null }],
      ['I september 2009 startade projektet ”Miljömusslor”, under ledning av Odd Lindahl.', { start: '2009-09', end: null }],
      ['Det startades 2009 med syfte att skapa förutsättningar för en levande landsbygd.', { start: '2009', end: null }],
      ['Förstudien startade augusti 2020 och kommer att pågå max ett år.', { start: '2020-08', end: null }],
      ['Projektet Vaajma startade i januari 2012 och visionen är att skapa en modern landsbygd.', { start: '2012-01', end: null }],
      ['Projektet, som startade i januari 2020, har förstås blivit påverkat.', { start: '2020-01', end: null }],
      ['Smart Industri är ett projekt som startade i juni 2017 och som ska stärka industrin.', { start: '2017-06', end: null }],
      ['Projektet Förstudie avseende utveckling av besöksnäringen i Lungsjöområdet startade år 2010.', { start: '2010', end: null }],
      // A place between the verb and the date.
      ['Projektet Socialarbetare i skolan startades i stadsdelarna Gottsunda och Valsätra i maj 2019.', { start: '2019-05', end: null }],
      // A passive start before the project's word, and a plan in the present tense.
      ['I maj 2010 startades projektet SMSlivräddare av Svenska rådet för hjärt-lungräddning.', { start: '2010-05', end: null }],
      ['Projekt inleds i början av 2017 med en kartläggning.', { start: '2017', end: null }],
    ],
    not: ['Den 1 oktober 2018 startade utvärderingen.'],
  },
  {
    id: 'period.research-portal-dates',
    field: 'period',
    source: 'label',
    scope: 'line',
    // A university research portal's key with its two dates written year/month/day and run together:
    // "Effective start/end date2018/08/012019/01/07", "Effective start/end date 01/01/2019 → 31/12/2021".
    pattern: rx`(?:^|\s)Effective start\/end date\s*(?:(?<y1>(?:19|20)\d\d)\/(?<m1>\d\d)\/(?<d1>\d\d)\s*(?:[-–→]\s*)?(?<y2>(?:19|20)\d\d)\/(?<m2>\d\d)\/(?<d2>\d\d)|(?<dd1>\d\d)\/(?<mm1>\d\d)\/(?<yy1>(?:19|20)\d\d)\s*(?:[-–→]\s*)?(?<dd2>\d\d)\/(?<mm2>\d\d)\/(?<yy2>(?:19|20)\d\d))`,
    read: (m) => {
      const g = m.groups!;
      return g.y1
        ? { start: `${g.y1}-${g.m1}-${g.d1}`, end: `${g.y2}-${g.m2}-${g.d2}` }
        : { start: `${g.yy1}-${g.mm1}-${g.dd1}`, end: `${g.yy2}-${g.mm2}-${g.dd2}` };
    },
    says: [
      ['Effective start/end date2018/08/012019/01/07', { start: '2018-08-01', end: '2019-01-07' }],
      ['Effective start/end date 01/01/2019 → 31/12/2021', { start: '2019-01-01', end: '2021-12-31' }],
    ],
    not: ['Effective start/end date'],
  },
  {
    id: 'period.runs-until',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // "The project … will continue until May 2018", "Projektet … ska vara klart 28 februari 2025": an end alone.
    pattern: rx`${B}(?:projektet|projektperioden|(?<!av\s)förstudien|the project|project)${E}[^.]{0,120}?${B}(?:will continue|continues|runs|will run|pågår|(?:ska|kommer att)\s+pågå|löper|(?:ska|kommer att)\s+löpa|sträcker sig|ska vara klart|ska vara avslutat|avslutas|avslutades|ends|will end|ended|was completed)(?:\s+(?:i|under|in|for)\s+(?:\p{L}+|\d+)\s+(?:månader|år|veckor|months|years|weeks))?\s+(?:fram\s+)?(?:until|till|to|den|on|in|(?:vid|i)\s+(?=halvårsskiftet|slutet\s+av)|i(?=\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?:19|20)\d\d)|under(?=\s+(?:19|20)\d\d))?\s*(?:och med\s+)?(?:halvårsskiftet\s+|slutet\s+av\s+)?(?:den\s+|år\s+)?(?<end>${DATE})`,
    // Running during one year is that year's period ("Projektet … ska pågå under 2018"); ending in it is an end alone.
    read: (m) =>
      /(?:pågår|pågå|löper|löpa|runs|will run)\s+under\s+(?:år\s+)?(?:19|20)\d\d$/iu.test(m[0])
        ? { start: m.groups!.end!, end: m.groups!.end! }
        : endAlone(m),
    says: [
      ['Projektet är finansierat genom Leader Södra Bohuslän, det ska pågå under 2018.', { start: '2018', end: '2018' }],
      [
        'The Interreg project E12 Atlantica Transport, funded via the Botnia Atlantica programme, will continue until May 2018.',
        { start: null, end: '2018-05' },
      ],
      ['Projektet pågår under ett år och ska vara klart 28 februari 2025.', { start: null, end: '2025-02-28' }],
      ['Projektet avslutades den 31 oktober 2023.', { start: null, end: '2023-10-31' }],
      ['Projektet drivs av Västra Götalandsregionen och pågår till och med år 2010.', { start: null, end: '2010' }],
      ['Projektet kommer att pågå till och med december 2024.', { start: null, end: '2024-12' }],
      ['Projektperioden startar nu och sträcker sig till hösten 2023 med en budgetomslutning på 2.5 mkr.', { start: null, end: '2023' }],
      ['Förstudien Grön omsorg i Dalarna avslutades vid halvårsskiftet 2013.', { start: null, end: '2013' }],
      ['Projektet avslutades under 2019 och följs nu upp.', { start: null, end: '2019' }],
      ['Projektet avslutades i december 2020.', { start: null, end: '2020-12' }],
      ['Projektet ”Länna sår och skördar” pågår i nio månader fram till januari 2020.', { start: null, end: '2020-01' }],
    ],
    not: [
      'Utvärderingen pågår till 2019.',
      'Projektet avslutades med en konferens i Umeå, som hölls 2023.',
      'Projektet avslutades i Umeå 2023.',
      'Utvärderingen av förstudien avslutades vid halvårsskiftet 2013.',
    ],
  },
  {
    id: 'period.time-then-ended',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // A time first, then the verb before the project: "I december 2017 avslutades ”Vatten på Gotland”, ett fyraårigt
    // samarbetsprojekt …", "I juni 2020 avslutades projektet".
    pattern: rx`^(?:I|In|Den)\s+(?<end>${DATE})\s+(?:avslutades|slutade|ended|was completed)\s+(?:projektet|förstudien|the project|[”"“][^”"“]{2,80}[”"],\s+(?:ett|en|a|an)\s+(?:(?!(?:om|för|av|med|i|på|de|den|det|of|about|for|on|in)\s)[\p{L}-]+\s+){0,3}?(?:[\p{L}-]*projekt|förstudie|project))${E}`,
    read: endAlone,
    says: [
      [
        'I december 2017 avslutades ”Vatten på Gotland”, ett fyraårigt samarbetsprojekt mellan Länsstyrelsen på Gotland och Region Gotland.',
        { start: null, end: '2017-12' },
      ],
      ['I juni 2020 avslutades projektet med en konferens.', { start: null, end: '2020-06' }],
    ],
    not: ['I juni 2020 avslutades utvärderingen.', 'I december 2017 avslutades ”Vattendagen”, en konferens om vatten.'],
  },
  {
    id: 'period.end-date',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // "Slutdatum för projektet är 30 september 2022.", "The project's end date is 31 May 2021."
    pattern: rx`${B}(?:slutdatum|slutdatumet|end date)\s+(?:för\s+projektet\s+|of the project\s+)?(?:är|var|blir|is|was)\s+(?:den\s+)?(?<end>${DATE})`,
    read: endAlone,
    says: [['Slutdatum för projektet är 30 september 2022.', { start: null, end: '2022-09-30' }]],
    not: ['Slutdatum för ansökan är i morgon.'],
  },
  {
    id: 'period.key-in-fact-box',
    field: 'period',
    source: 'label',
    scope: 'line',
    // A fact box run into a line: "Om projektet Projektperiod 2016 Projektägare …", "Projektperiod ht 2023 – ht 2024
    // Projektägare …", "Projektperiod Januari–juni 2020 Projektpartners …", "Period 2015-09-01 → 2018-08-31".
    pattern: rxc`(?:^|\s)(?:Projektperiod|Projekttid|PROJEKTTID|PROJEKTPERIOD|Period)\s*:?\s+(?<span>(?:(?:ht|vt)\s+)?(?:\p{L}{3,9}\s*[-–]\s*\p{L}{3,9}\s+)?${DATE}(?:\s*(?:[-–—→]|till|to)\s*(?:(?:ht|vt)\s+)?${DATE})?)(?=\s+(?:\p{Lu}|$)|\s*$)`,
    read: (m) => {
      const span = m.groups!.span!;
      const r = range(span);
      if (r) return r;
      // One year alone is the period at that precision: "Projektperiod 2016".
      return /^(?:19|20)\d\d$/u.test(span.trim()) ? { start: span.trim(), end: span.trim() } : null;
    },
    says: [
      ['Om projektet Projektperiod 2016 Projektägare Kiladalens utvecklingsbolag AB', { start: '2016', end: '2016' }],
      ['Projektperiod ht 2023 – ht 2024 Projektägare Bygdsam Nätradalen', { start: '2023', end: '2024' }],
      ['Projektdata Projektperiod Januari–juni 2020 Projektpartners Region Östergötland', { start: '2020-01', end: '2020-06' }],
      [
        'EU budget €3.0M Total project cost €6.1M Period 2015-09-01 → 2018-08-31 Thematic objective',
        { start: '2015-09-01', end: '2018-08-31' },
      ],
    ],
    not: ['Projektperiod: ÅÅÅÅ-MM-DD', 'Period 2 av projektet började med en konferens.'],
  },
  {
    id: 'period.project-name-years',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    needs: /(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d/u,
    // "… medfinansiera projektet Samverkan för Ät Uppsala län 2020 – 2023 med 365 484 kronor", "Glasrikeuppdraget
    // (2012–2017)", "Kalix kommun har fått stöd … för att stärka företagsklimatet 2018–2024": the years of the
    // project named before them.
    pattern: rxc`${B}(?:projektet|project|förstudien)\s+(?:[”"“]?\p{Lu}[^.;:]{1,80}?)\s+\(?(?<span>(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)\)?(?=[\s.,;]|$)|(?<span2>(?<=\p{Lu}[\p{L}-]+(?:uppdraget|projektet|satsningen)\s\()(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)(?=\))`,
    read: (m, text) =>
      /utvärder|följeforsk|evaluat|rapportperiod/iu.test(text) && !m.groups!.span2 ? null : range(m.groups!.span ?? m.groups!.span2!),
    says: [
      [
        'Regionstyrelsen beslutade att Region Uppsala ska medfinansiera projektet Samverkan för Ät Uppsala län 2020 – 2023 med 365 484 kronor.',
        { start: '2020', end: '2023' },
      ],
      [
        'I den här rapporten presenteras slututvärderingen av Glasrikeuppdraget (2012–2017) på uppdrag av Länsstyrelsen.',
        { start: '2012', end: '2017' },
      ],
      [
        'Region Jönköpings län har beviljats projektfinansiering för projektet Vägar till hållbar utveckling 2020-2023.',
        { start: '2020', end: '2023' },
      ],
    ],
    not: ['Utvärderingen av projektet Vägen in 2015-2018 visar goda resultat.', 'Projektet Vision 2030 ska ta fram en plan.'],
  },
  {
    id: 'period.decision-period',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // A decision's period: "Beslutet avser perioden 1 december 2006 – 31 december 2009", "… ger projektet 4 765 507
    // kronor perioden jan 2018-mars 2021".
    pattern: rx`${B}(?:beslutet\s+avser|stödet\s+avser|avser\s+projektkostnader|(?:ger|beviljar)\s+projektet\s+[\d\s]+(?:kr|kronor|miljoner kronor))\s+(?:för\s+|under\s+)?perioden\s+(?<span>${DATE}\s*(?:[-–—]|till|t\.o\.m\.)\s*${DATE})`,
    read: (m) => range(m.groups!.span!.replace(/\s+t\.o\.m\.\s+/u, ' till ')),
    says: [
      [
        'Beslutet avser perioden 1 december 2006 – 31 december 2009, under förutsättning att kommunen beviljas.',
        { start: '2006-12-01', end: '2009-12-31' },
      ],
      ['Regionala utvecklingsnämnden ger projektet 4 765 507 kronor perioden jan 2018-mars 2021.', { start: '2018-01', end: '2021-03' }],
      [
        'Beslutet gäller för det prioriterade området attraktiv livsmiljö och avser projektkostnader för perioden 2010-07-01 till 2012-06-30.',
        { start: '2010-07-01', end: '2012-06-30' },
      ],
    ],
    not: ['Rapporten avser perioden 1 januari 2019 – 30 juni 2019.'],
  },
  {
    id: 'period.running-since',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // A start alone: "The project has been running since March 2020", "Projektet drog igång våren 2018", "När så
    // projektet satte igång år 2016", "startades i februari 2010, på ESF:s initiativ, projektet Dalalyft".
    pattern: rx`${B}(?:(?:the project|projektet)\s+(?:has been running|has been in progress|has been ongoing|har pågått|har varit igång)\s+since\s+|(?:the project|projektet)(?:(?:\s+\p{Lu}[\p{L}\d-]*){0,3}|\s+[”"“][^”"“]{2,60}[”"])\s+(?:som\s+)?(?:har\s+pågått\s+sedan|pågått sedan)\s+|(?:projektet|förstudien)\s+(?:drog|satte|kom)\s+igång\s+(?:år\s+|i\s+|under\s+)?)(?<d>${DATE})${E}|${B}startades\s+(?:i\s+|den\s+)?(?<d2>${DATE}),?\s+(?:[^.]{0,40}?,\s+)?projektet${E}|^(?:sedan|since)\s+(?<d3>${DATE})\s+(?:driver|bedriver|har\s+[^.,]{1,60}?\s+(?:drivit|bedrivit))\s+(?:(?:[^\s.,]+\s+){1,4}?(?:projektet|förstudien)|[\p{Ll}-]+projektet)${E}`,
    read: (m) => {
      const start = firstDate(m.groups!.d ?? m.groups!.d2 ?? m.groups!.d3!);
      return start ? { start, end: null } : null;
    },
    says: [
      ['The project has been running since March 2020 and has had the main aim of increasing mobility.', { start: '2020-03', end: null }],
      ['Projektet drog igång våren 2018 och var öppet för alla typer av småföretagare.', { start: '2018', end: null }],
      ['När så projektet satte igång år 2016 hade Sverige tagit emot många.', { start: '2016', end: null }],
      ['Regeringen finansierar projektet som har pågått sedan 2019.', { start: '2019', end: null }],
      ['Projektet FAMN har pågått sedan 2019 och har nu sammanfattats i en utvärderingsrapport.', { start: '2019', end: null }],
      [
        'Projektet ”En nollvision för suicid” har pågått sedan 2020 och riktar sig till samtliga sju kommuner i länet.',
        { start: '2020', end: null },
      ],
      ['För att samordna resurserna startades i februari 2010, på ESF:s initiativ, projektet Dalalyft.', { start: '2010-02', end: null }],
      ['Sedan hösten 2022 driver Falu kommun projektet Bygdelots som syftar till att stärka service.', { start: '2022', end: null }],
      [
        'Sedan 2019 har UBI drivit utvecklingsprojektet Life sciencemotorn, som har som mål att skapa tillväxt.',
        { start: '2019', end: null },
      ],
    ],
    not: ['Utvärderingen har pågått sedan 2019.', 'Sedan 2019 driver kommunen ett nytt arbetssätt inom hela projektet.'],
  },
  {
    id: 'period.project-named-with-years',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // A project named with its years: "Följeforskning av projekt Integration 2014–2016", "den lärande utvärderingen av
    // EU-projektet Klara vinster i Varberg 2011-2014". The name begins with a capital; a programme's years are not one
    // project's.
    pattern: rx`${B}(?:EU-)?projekt(?:et)?\s+(?<name>[\p{Lu}#”"][^\s.,;:]*(?:\s+[^\s.,;:]+){0,6}?)\s+(?<a>(?:19|20)\d\d)\s*[-–]\s*(?<b>(?:19|20)\d\d)${E}`,
    read: (m) =>
      /program|strategi|strategy|(?<![\p{L}])plan(?![\p{L}])|period|leader|(?:^|\s)(?:under|mellan|från|during|between|from)(?:\s|$)/iu.test(
        m.groups!.name!,
      )
        ? null
        : projectYears(m.groups!.a!, m.groups!.b!),
    says: [
      ['Rapport Följeforskning av projekt Integration 2014–2016 Detta är en utvärdering.', { start: '2014', end: '2016' }],
      ['Avslutande rapport i den lärande utvärderingen av EU-projektet Klara vinster i Varberg 2011-2014.', { start: '2011', end: '2014' }],
    ],
    not: [
      'Projektet Leader Kustlandet 2007-2013 är avslutat.',
      'Projektet Regional utvecklingsstrategi 2020-2030 tas fram av regionen.',
      'Projektet ingår i programmet under perioden 2016-2018.',
    ],
  },
  {
    id: 'period.final-report-title-years',
    field: 'period',
    source: 'title',
    scope: 'top',
    wrapped: true,
    // A final report titled with the project's years: "Slutrapport: Tillväxtföretag i Västernorrland 2012-2014",
    // 'Download "Projektstatus EKA Bengtsfors 2001-2006. Projektrapport nr 2"'. Not an evaluation's, a plan's or a
    // programme's title.
    pattern: rxc`^(?:Download\s+")?(?:Slutrapport|Slutredovisning|Projektrapport|Resultatrapport|Projektstatus|Final report)(?<before>[^"]{3,120}?)\s(?<a>(?:19|20)\d\d)\s*[-–]\s*(?<b>(?:19|20)\d\d)(?=[."\s]|$)`,
    read: (m) =>
      /program|plan|strategi|strategy|leader|utvärder|följeforsk|evaluat|period/iu.test(m.groups!.before!)
        ? null
        : projectYears(m.groups!.a!, m.groups!.b!),
    says: [
      ['Download "Slutrapport: Tillväxtföretag i Västernorrland 2012-2014"', { start: '2012', end: '2014' }],
      ['Download "Projektstatus EKA Bengtsfors 2001-2006. Projektrapport nr 2"', { start: '2001', end: '2006' }],
      ['Slutrapport Förstudie Bredband i Dalsland 2016-2017', { start: '2016', end: '2017' }],
    ],
    not: [
      'Download "Slutrapport Klimatinvesteringsprogram I 2005-2008. Växjö 2009-02-09"',
      'Slutrapport Leader Kustlandet 2007-2013',
      'Slutrapport för utvärderingen 2015-2017',
    ],
  },
  {
    id: 'period.final-report-for-period',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // A final report that names the span it covers: "Slutrapport för projektet BIOENERGI FRÅN SKOGSPRODUKTER för
    // perioden 1/1 2003 – 31/12 2004". A progress report's period is a reporting period, not the project's.
    pattern: rx`${B}(?:Slutrapport|SLUTRAPPORT|Slutredovisning|Final report)(?<before>[^.]{0,120}?)\s(?:för|avseende|for)\s+(?:hela\s+|the\s+)?(?:perioden|period)\s+(?<span>${DATE}\s*(?:[-–—]|till|to|t\.o\.m\.?|tom)\s*${DATE})`,
    read: (m) => (/program|plan|strategi|utvärder|följeforsk|evaluat/iu.test(m.groups!.before!) ? null : range(m.groups!.span!)),
    says: [
      [
        'Slutrapport för projektet BIOENERGI FRÅN SKOGSPRODUKTER för perioden 1/1 2003 – 31/12 2004 Samarbetsparterna i projektet',
        { start: '2003-01-01', end: '2004-12-31' },
      ],
    ],
    not: ['Lägesrapport för perioden 2012-01-01 – 2012-06-30', 'Slutrapport för utvärderingen för perioden 2015 – 2017'],
  },
  {
    id: 'period.carried-out-in-years',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // "X genomförde under 2006 och 2007 ett arbetslivsinriktat projekt", "Projektet genomfördes under åren 2010 till
    // 2012": the project's years after the verb that carried it out.
    pattern: rx`${B}(?:(?:genomförde|drev|bedrev|genomfördes|drevs)\s+(?:under\s+)?(?:åren\s+)?(?<a>(?:19|20)\d\d)\s*(?:och|till|[-–])\s*(?<b>(?:19|20)\d\d)\s+(?:ett|det)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]*projekt${E}|(?<![\p{L}])(?!delprojektet)(?:[\p{Ll}-]*projektet|förstudien)(?:\s+\p{Lu}[^.]{0,100}?)?\s+(?:genomfördes|drevs|bedrevs|pågick)\s+(?:under\s+)?(?:åren\s+|året\s+|år\s+)?(?:(?:hösten|våren|sommaren|vintern)\s+)?(?<c>(?:19|20)\d\d)(?:\s*(?:och|till|[-–])\s*(?<d>(?:19|20)\d\d))?(?![\d-])|${B}under\s+(?:år\s+)?(?<e>(?:19|20)\d\d)(?:\s*[/–-]\s*(?<f>(?:19|20)\d\d))?\s+(?:pågår|pågick|genomförs|genomfördes|drivs|drevs)\s+(?:(?:ett|det|en)\s+(?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]*projekt|förstudie)|projektet|förstudien)${E}|${B}(?:har|hade)\s+under\s+(?:år\s+)?(?<g>(?:19|20)\d\d)\s+(?:genomfört|drivit|bedrivit)\s+(?:en\s+förstudie|ett\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]*projekt|projektet|förstudien)${E})`,
    // One year alone is the period at that precision ("Forskningsprojektet bedrevs under 2021").
    read: (m) => {
      const one = m.groups!.c ?? m.groups!.e ?? m.groups!.g!;
      const [a, b] = [m.groups!.a ?? one, m.groups!.b ?? m.groups!.d ?? m.groups!.f ?? one];
      return Number(b) >= Number(a) && Number(b) - Number(a) <= 10 ? { start: a, end: b } : null;
    },
    says: [
      [
        'Rosengårds stadsdelsförvaltning genomförde under 2006 och 2007 ett arbetslivsinriktat rehabiliteringsprojekt.',
        { start: '2006', end: '2007' },
      ],
      ['Projektet genomfördes under åren 2010 till 2012 i tre kommuner.', { start: '2010', end: '2012' }],
      ['Med detta som underlag genomfördes 2016-2017 ett tvåårigt projekt som resulterat i nya leder.', { start: '2016', end: '2017' }],
      ['Forskningsprojektet bedrevs under 2021 och omfattade drygt 900 000 kronor.', { start: '2021', end: '2021' }],
      ['Förberedelseprojektet genomfördes våren 2019 i samverkan med personal.', { start: '2019', end: '2019' }],
      ['Under 2023/2024 pågår ett Leader-projekt om innovativa arbetsmiljöer i Smålands Trädgård.', { start: '2023', end: '2024' }],
      // The project's name between it and its verb; one year after the verb, or before it.
      [
        'Projektet Upphandlingskrav för cirkulära flöden i bygg- och rivningsprocessen pågick under år 2019 och finansierades av Vinnova.',
        { start: '2019', end: '2019' },
      ],
      ['Under 2009 genomfördes projektet Energieffektiva Eskilstuna, för att minska energianvändningen.', { start: '2009', end: '2009' }],
      ['Under 2019-2022 genomfördes en förstudie där vi undersökt förutsättningarna för ett slakteri.', { start: '2019', end: '2022' }],
      [
        'Kommunerna Tingsryd, Alvesta och Ljungby har under 2021 genomfört en förstudie av cykelleden Banvallsleden.',
        { start: '2021', end: '2021' },
      ],
    ],
    not: [
      'Utvärderingen genomfördes under 2012 och 2013.',
      'Kommunen genomförde under 2006 och 2007 en enkät.',
      'Enkäten genomfördes 2016-2017 av ett annat företag.',
      'Delprojektet genomfördes under 2019.',
      'Projektet genomfördes 2019-05-01 enligt plan.',
      'Under 2019 genomfördes en enkät bland företagen.',
      'Projektet Nya vägar. Utvärderingen pågick under 2019.',
    ],
  },
  {
    id: 'period.project-bracketed-range',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // The project's own range in brackets after the word: "IFA var ett 1-års projekt (mars 2021-februari 2022)",
    // "RETROUT is a three-year (10/2017–03/2020) project".
    pattern: rx`${B}(?:(?:[\p{L}\d-]+\s+)?(?:projekt|project|förstudie)\s*\((?<a>${DATE})\s*[-–]\s*(?<b>${DATE})\)|(?:[\p{L}\d-]+[- ](?:year|years|årigt|års))\s+\((?<c>\d{1,2}\/(?:19|20)\d\d)\s*[-–]\s*(?<d>\d{1,2}\/(?:19|20)\d\d)\)\s+(?:project|projekt))`,
    // The date reader takes both ("mars 2021 – februari 2022", "10/2017 – 03/2021").
    read: (m) => range(`${m.groups!.a ?? m.groups!.c} – ${m.groups!.b ?? m.groups!.d}`),
    says: [
      ['IFA var ett 1-års projekt (mars 2021-februari 2022) finansierats av pengar som skänkts.', { start: '2021-03', end: '2022-02' }],
      ['RETROUT is a three-year (10/2017–03/2020) project.', { start: '2017-10', end: '2020-03' }],
    ],
    not: ['Ett projekt (se bilaga 2) genomfördes.', 'Programmet (2014-2020) har finansierat projektet.'],
  },
  {
    id: 'period.runs-years',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // Two years, or two terms, after the project's verb: "The project runs between 2019-2022", "Projektet pågick
    // hösten 2007- hösten 2008".
    // The verb may close a clause about the project: "Projektet har drivits med medel från … och pågick 2012-13".
    pattern: rx`${B}(?:projektet|the project|förstudien)\s+(?:\S+\s+){0,2}?(?:[^.]{0,100}?\s+(?:och|and)\s+)?(?:pågår|pågick|har pågått|löper|löpte|runs|ran|is running|was running|has been running)\s+(?:under\s+(?:åren\s+)?|mellan\s+|between\s+|during\s+|from\s+)?(?:(?:hösten|våren|sommaren|vintern|ht|vt)\s+)?(?<a>(?:19|20)\d\d)\s*[-–]\s*(?:(?:hösten|våren|sommaren|vintern|ht|vt)\s+)?(?<b>(?:19|20)\d\d|\d\d)${E}`,
    // An end year in two digits takes the start's century: "pågick 2012-13".
    read: (m) => {
      const a = m.groups!.a!;
      const b = m.groups!.b!.length === 2 ? `${a.slice(0, 2)}${m.groups!.b}` : m.groups!.b!;
      return Number(b) >= Number(a) ? { start: a, end: b } : null;
    },
    says: [
      [
        'The project runs between 2019-2022 and is partly funded by the European Regional Development Fund.',
        { start: '2019', end: '2022' },
      ],
      ['Projektet pågick hösten 2007- hösten 2008.', { start: '2007', end: '2008' }],
      ['Projektet har drivits med medel från Leader Växtlust Värmland och pågick 2012-13.', { start: '2012', end: '2013' }],
    ],
    not: ['Utvärderingen pågick 2019-2020.', 'Projektet pågår 2020-03-01.', 'Projektet avslutades och utvärderingen pågick 2019-2020.'],
  },
  {
    id: 'period.project-which-ran-years',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // Two years in a relative clause closing a sentence about the project: "EU-projektet Climate Proof Areas, CPA, är
    // ett internationellt projekt om klimatförändring …, som pågick åren 2008-2011".
    pattern: rx`${B}[\p{L}-]*projekt(?:et)?${E}[^.]{0,200}?,\s+som\s+(?:pågick|pågår|löpte|löper|genomfördes|bedrevs)\s+(?:under\s+)?(?:åren\s+)?(?<a>(?:19|20)\d\d)\s*[-–]\s*(?<b>(?:19|20)\d\d)${E}`,
    // Not a study, an evaluation, a programme or an event the clause may close on.
    read: (m) =>
      /studie|utvärdering|program|seminari|konferens|kampanj|mässa|satsning/iu.test(m[0]) || EARLIER_PROJECT.test(m[0])
        ? null
        : projectYears(m.groups!.a!, m.groups!.b!),
    says: [
      [
        'EU-projektet Climate Proof Areas, CPA, är ett internationellt projekt om klimatförändring och om hur ett område kan anpassas till ökad översvämningsrisk, som pågick åren 2008-2011.',
        { start: '2008', end: '2011' },
      ],
    ],
    not: [
      'Projektet bygger på erfarenheter från en förstudie, som pågick åren 2015-2016.',
      'Projektet är en del av Leader, som pågick 2014-2020.',
    ],
  },
  {
    id: 'period.download-title-dates',
    field: 'period',
    source: 'title',
    scope: 'top',
    wrapped: true,
    needs: /^Download\s+"/u,
    // A viewer's download line quotes the report's title with the dates its transcript lost: "Utveckla Kustvägen,
    // Etapp 3 2013-06-10 2014-12-31", "Kulturkraft Slaka. En förstudie maj 2008 - april 2009", "Sammanslagen rapport
    // över hela projektet 2009 01 07 tom 2012 06 30", "Viltmat. Västmanland. Perioden 2010-2012", "… marknad. Juni 2007
    // Dec 2010", "… Kvarkenregionen 1.1.2009 31.3.2010". Dates to the day or month, or years after "Perioden"; not a
    // programme's, a plan's or an evaluation's own dates.
    pattern: rxc`^Download\s+"(?<before>[^"]{3,160}?)\s(?:Perioden\s+(?<years>(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)|(?<a>(?:19|20)\d\d[- ]\d\d[- ]\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|\p{L}\p{Ll}{2,8}\s+(?:19|20)\d\d)\s*(?:[-–]|tom|t\.o\.m\.?|till)?\s*(?<b>(?:19|20)\d\d[- ]\d\d[- ]\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|\p{L}\p{Ll}{2,8}\s+(?:19|20)\d\d))(?=[."\s]|$)`,
    read: (m) => {
      const g = m.groups!;
      if (/program|plan|strategi|strategy|leader|utvärder|följeforsk|evaluat|rapportperiod/iu.test(g.before!)) return null;
      if (g.years) return PROGRAMME_PERIODS.has(g.years.replace(/\s|–/gu, '').replace(/(\d{4})(\d{4})/u, '$1-$2')) ? null : range(g.years);
      const day = (d: string) => d.replace(/^(\d{4})[- ](\d\d)[- ](\d\d)$/u, '$1-$2-$3');
      const r = range(`${day(g.a!)} – ${day(g.b!)}`);
      return r?.start && r.end && r.start <= r.end ? r : null;
    },
    says: [
      [
        'Download "Slutrapport. Utveckla Kustvägen, Etapp 3 2013-06-10 2014-12-31. Badramp i Dyket."',
        { start: '2013-06-10', end: '2014-12-31' },
      ],
      ['Download "Kulturkraft Slaka. En förstudie maj 2008 - april 2009"', { start: '2008-05', end: '2009-04' }],
      [
        'Download "MinBaS II. Slutrapport. TEKNIKÖVERFÖRING till föreskrivande led - från kunskapsuppbyggnad till marknad. Juni 2007 Dec 2010"',
        { start: '2007-06', end: '2010-12' },
      ],
      ['Download "Skogens kulturarv i Kvarkenregionen 1.1.2009 31.3.2010"', { start: '2009-01-01', end: '2010-03-31' }],
      [
        'Download "Gotländska spannmålsslag. Sammanslagen rapport över hela projektet 2009 01 07 tom 2012 06 30"',
        { start: '2009-01-07', end: '2012-06-30' },
      ],
      [
        'Download "Projektredovisning. Viltmat. Västmanland. Perioden 2010-2012. Projektet är ett samarbete"',
        { start: '2010', end: '2012' },
      ],
    ],
    not: [
      'Download "Utvärdering av Leader Kustlandet maj 2009 - april 2012"',
      'Download "Verksamhetsplan. Perioden 2014-2020"',
      'Download "Rapport Projekt 2007 Rapport 2010"',
      'Slutrapport Kustvägen 2013-06-10 2014-12-31',
    ],
  },
  {
    id: 'period.title-years',
    field: 'period',
    source: 'title',
    scope: 'top',
    wrapped: true,
    // A report's title that ends on its project's years: "Slutrapport TRUST Hedmark Dalarna 2008-2012", "SLUTRAPPORT
    // FÖR PROJEKT BÄRKRAFT ÅR 2011-2013", as a viewer's download line quotes it too. Not a programme's, a plan's or
    // a strategy's years ("Landsbygdsprogrammet 2014-2020", "Verksamhetsplan 2015-2017"), nor a Leader area's or
    // any EU programme period's ("Slututvärdering Leader Kustlandet 2007-2013").
    pattern: rxc`^(?:Download\s+"(?:[^"]{0,120}?\s)?)?(?:Slutrapport|SLUTRAPPORT|Slutredovisning|Final report|Lägesrapport|Utvärdering|Slututvärdering)\s(?<name>[^"”]{3,80}?)\s+(?:ÅR\s+|år\s+)?(?<a>(?:19|20)\d\d)\s*[-–]\s*(?<b>(?:19|20)\d\d)"?$`,
    read: (m) =>
      /program|plan|strategi|strategy|leader|område/iu.test(m.groups!.name!) ||
      PROGRAMME_PERIODS.has(`${m.groups!.a}-${m.groups!.b}`) ||
      Number(m.groups!.b) < Number(m.groups!.a)
        ? null
        : { start: m.groups!.a!, end: m.groups!.b! },
    says: [
      ['Download "Slutrapport TRUST Hedmark Dalarna 2008-2012"', { start: '2008', end: '2012' }],
      ['SLUTRAPPORT FÖR PROJEKT BÄRKRAFT ÅR 2011-2013', { start: '2011', end: '2013' }],
      [
        'Download "Kontaktperson Datum Beteckning Sida Roger Uddstål, Projektledare 2014-05-07 1 (25) SLUTRAPPORT FÖR PROJEKT BÄRKRAFT ÅR 2011-2013"',
        { start: '2011', end: '2013' },
      ],
    ],
    not: [
      'Slututvärdering Leader Kustlandet 2007-2013',
      'Slutrapport Hållbar region 2014-2020',
      'Slutrapport Landsbygdsprogrammet 2014-2020',
      'Slutrapport verksamhetsplan 2015-2017',
      'Innehåll 2011-2013',
    ],
  },
  {
    id: 'period.years-then-the-project',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // The years before the project that filled them: "Under 2012 och 2013 har projektet Utveckling av servicecentra
    // … genomfört", "Under åren 2019–2021 drev projektet …".
    pattern: rx`^(?:\d{1,2}\s+)?(?:[\p{Lu}][\p{Ll}]+\s+)?(?:Under|During)\s+(?:åren\s+|the years\s+)?(?<a>(?:19|20)\d\d)\s*(?:och|till|[-–]|and|to)\s*(?<b>(?:19|20)\d\d)\s+(?:(?:har|hade|drev|drevs|genomfördes|pågick|has|had|ran)\s+)?(?:(?:\p{Lu}+-)?projektet|förstudien|the project)${E}`,
    read: (m) => projectYears(m.groups!.a!, m.groups!.b!),
    says: [
      [
        'Utvärdering Under 2012 och 2013 har projektet Utveckling av servicecentra på landsbygden genomfört ett antal aktiviteter.',
        { start: '2012', end: '2013' },
      ],
      ['During 2019–2021 the project trained 300 participants.', { start: '2019', end: '2021' }],
      ['Under 2016 och 2017 genomfördes LONA-projektet Vatteninspiratörer.', { start: '2016', end: '2017' }],
    ],
    not: ['Under 2012 och 2013 har kommunen byggt om skolan.', 'Under 2014-2020 har projektet varit en del av programmet.'],
  },
  {
    id: 'period.years-then-who-ran-the-project',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // The years first, then who ran the project or that one ran: "Under 2010 och 2011 har länsstyrelserna i
    // Östergötland och Örebro län drivit projektet ”Potential för …”", "Mellan 2008-2011 har det pågått ett projekt för
    // att utveckla Östersunds skidstadion".
    pattern: rx`^(?:Under|Mellan)\s+(?:åren\s+)?(?<a>(?:19|20)\d\d)\s*(?:och|till|[-–])\s*(?<b>(?:19|20)\d\d)\s+(?:har|hade)\s+(?:[^.]{1,120}?\s)?(?:drivit|bedrivit|genomfört|pågått)\s+(?:(?:ett|det|detta)\s+(?:[\p{L}-]+\s+){0,2}?)?(?:[\p{L}-]*projekt(?:et)?|förstudien)${E}`,
    read: (m) => (EARLIER_PROJECT.test(m[0]) ? null : projectYears(m.groups!.a!, m.groups!.b!)),
    says: [
      [
        'Under 2010 och 2011 har länsstyrelserna i Östergötland och Örebro län drivit projektet ”Potential för restvärme”.',
        { start: '2010', end: '2011' },
      ],
      ['Mellan 2008-2011 har det pågått ett projekt för att utveckla Östersunds skidstadion.', { start: '2008', end: '2011' }],
    ],
    not: [
      'Under 2010 och 2011 har kommunen drivit frågan om bredband.',
      'Under 2014-2020 har regionen drivit ett tjugotal projekt.',
      'Mellan 2012 och 2014 har föreningen drivit ett första projekt om turism.',
    ],
  },
  {
    id: 'period.time-then-who-began',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // A time first, then who began or ran the project: "Under 2023 startade Destination Falkenberg ett projekt i syfte
    // att …", "Under perioden juni 2012 - juni 2014 genomförde Uppsala kommun arbetsmarknadsprojektet Athena".
    pattern: rxc`^(?:(?:Under|I|Hösten|Våren|Sommaren|Vintern)\s+)?(?:(?:perioden|år|året)\s+)?(?<span>${DATE}(?:\s*(?:[-–]|till)\s*${DATE})?),?\s+(?<verb>startade|påbörjade|inledde|genomförde|drev|bedrev)\s+\p{Lu}[^.]{0,80}?\s(?:ett\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*projekt|projektet|[\p{Ll}-]+projektet|en\s+(?:[\p{L}-]+\s+)?förstudie|förstudien)${E}`,
    read: (m) => {
      if (EARLIER_PROJECT.test(m[0]) || ANOTHER_PROJECT.test(m[0])) return null;
      const span = m.groups!.span!;
      // Two dates: the project's span. One date: a start where the verb says the project began.
      if (/\d\s*(?:[-–]|till)\s*\D*\d/u.test(span) && /(?:19|20)\d\d\D+(?:19|20)\d\d/u.test(span)) return range(span);
      if (!/^(?:startade|påbörjade|inledde)$/u.test(m.groups!.verb!)) return null;
      const start = firstDate(span);
      return start ? { start, end: null } : null;
    },
    says: [
      ['Under 2023 startade Destination Falkenberg ett projekt i syfte att utveckla vintersäsongen.', { start: '2023', end: null }],
      [
        'Under perioden juni 2012 - juni 2014 genomförde Uppsala kommun arbetsmarknadsprojektet Athena i samverkan med Arbetsförmedlingen.',
        { start: '2012-06', end: '2014-06' },
      ],
    ],
    not: [
      'Under 2009 genomförde HNS tillsammans med HRA en förstudie med syfte att hitta möjligheter.',
      'Under 2019 startade kommunen ett första projekt om turism.',
    ],
  },
  {
    id: 'period.project-of-years',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // A project with its years after the word: "Open Arena 5 var ett EU-finansierat samarbetsprojekt 2011–2014 mellan
    // de fem universiteten", "är ett treårigt projekt 2019-2022". Not a programme period.
    pattern: rx`${B}(?:är|var|is|was)\s+(?:ett|a|an)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*(?:projekt|project)\s+\(?(?<a>(?:19|20)\d\d)\s*[-–]\s*(?<b>(?:19|20)\d\d)\)?${E}`,
    read: (m) => projectYears(m.groups!.a!, m.groups!.b!),
    says: [
      [
        'Open Arena 5 (OA5) var ett EU-finansierat samarbetsprojekt 2011–2014 mellan de fem universiteten och högskolorna i Skåne-Blekinge.',
        { start: '2011', end: '2014' },
      ],
      ['GreenCharge is a research project 2019-2022 funded by Horizon 2020.', { start: '2019', end: '2022' }],
    ],
    not: ['Detta är ett projekt 2014-2020 inom landsbygdsprogrammet.', 'Det var ett projekt 2019 som gick bra.'],
  },
  {
    id: 'period.since-year-has-run',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // A start alone, before the one who runs it: "Sedan 2010 har Hushållningssällskapet drivit ett projekt för att …".
    pattern: rx`^(?:Sedan|Since)\s+(?<when>(?:(?:våren|hösten|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+)?(?:19|20)\d\d)\s+(?:har|has|have)\s+[^.,]{2,60}?\s+(?:drivit|bedrivit|genomfört|run|been running)\s+(?:projektet|the project|(?:ett|a|an)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:projekt|project))${E}`,
    read: (m) => {
      const start = firstDate(m.groups!.when!);
      return start ? { start, end: null } : null;
    },
    says: [
      [
        'Sedan 2010 har Hushållningssällskapet drivit ett projekt för att utvärdera biogasanläggningar på gårdsnivå.',
        { start: '2010', end: null },
      ],
      ['Sedan hösten 2019 har föreningen drivit projektet Byahuset.', { start: '2019', end: null }],
    ],
    not: ['Sedan 2010 har kommunen drivit frågan om bredband.', 'Sedan 2010 har vi arbetat med turism.'],
  },
  {
    id: 'period.has-run-a-project-between',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // The time between the auxiliary and the verb: "Länsstyrelserna … har mellan 2011 och 2014 drivit ett projekt för
    // att …", "Jämtland Härjedalen Turism (JHT) har under maj till december 2023 genomfört delprojekt 2 i …".
    pattern: rx`${B}(?:har|hade|has|had)\s+(?:under|mellan|från|between|from)\s+(?:(?<span>${DATE}\s+(?:och|till|and|to|–|-)\s+${DATE})|(?<months>(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?:till|och|–|-)\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?:19|20)\d\d))\s+(?:drivit|genomfört|bedrivit|run|carried\s+out)\s+(?:(?:ett|det|detta|a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?)?[\p{L}-]*(?:projekt|project|förstudie)(?:et|en)?${E}`,
    read: (m) => range(m.groups!.span ?? m.groups!.months!.replace(/\s+(?:till|och)\s+/iu, '–')),
    says: [
      [
        'Länsstyrelserna i Uppsala, Västmanlands och Södermanlands län har mellan 2011 och 2014 drivit ett projekt för att effektivisera kommunala transporter.',
        { start: '2011', end: '2014' },
      ],
      [
        'Jämtland Härjedalen Turism (JHT) har under maj till december 2023 genomfört delprojekt 2 i ”Organisering av vandringsleder”.',
        { start: '2023-05', end: '2023-12' },
      ],
    ],
    not: ['Kommunen har mellan 2011 och 2014 drivit frågan om bredband.'],
  },
  {
    id: 'period.in-the-time-has-run-the-project',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // The time first, then who ran the project: "Under tiden januari 2009 juni 2010 har TioHundraförvaltningen i
    // Norrtälje genomfört projektet …" (the dash between the dates lost), "Under perioden 2016-07-01 – 2020-02-29 har
    // Film Västernorrland … drivit projektet …".
    pattern: rx`${B}under\s+(?:tiden|perioden)\s+(?:från\s+)?(?<a>${DATE})\s*(?:[–-]|till|och)?\s*(?<b>${DATE})\s+har\s+(?:[^.]{0,160}?\s)?(?:drivit|genomfört|bedrivit)\s+(?:projektet|förstudien|[\p{Ll}-]+projektet)${E}`,
    read: (m) => range(`${m.groups!.a!} – ${m.groups!.b!}`),
    says: [
      [
        'Under tiden januari 2009 juni 2010 har TioHundraförvaltningen i Norrtälje genomfört projektet Internet För Äldre.',
        { start: '2009-01', end: '2010-06' },
      ],
      [
        'Under perioden 2016-07-01 – 2020-02-29 har Film Västernorrland med stöd från Sundsvalls kommun drivit projektet Etablering filmfond.',
        { start: '2016-07-01', end: '2020-02-29' },
      ],
    ],
    not: ['Under tiden januari 2009 juni 2010 har kommunen genomfört flera utbildningar.'],
  },
  {
    id: 'period.granted-until',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // An end alone, in the grant for the project: "Tillväxtverket har beviljat medel för ett tvåårigt projekt för
    // ”Samhällsplanering …” fram till 2015-12-31."
    pattern: rx`${B}(?:beviljat|beviljade|beviljats|har fått|fick)\s+(?:[^.]{0,40}?\s)?(?:medel|stöd|pengar|bidrag)\s+(?:för|till)\s+(?:(?:ett|en)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:projekt|förstudie)|projektet|förstudien)(?:\s+[^.]{0,160}?)?\s(?:fram\s+till|till\s+och\s+med|t\.o\.m\.)\s+(?:den\s+)?(?<end>(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\s+\p{L}{3,9}\s+(?:19|20)\d\d)${E}`,
    read: endAlone,
    says: [
      [
        'Tillväxtverket har beviljat medel för ett tvåårigt projekt för ”Samhällsplanering för hållbar näringslivsutveckling i Åre – Krokom – Östersund” fram till 2015-12-31.',
        { start: null, end: '2015-12-31' },
      ],
    ],
    not: ['Kommunen har beviljat medel för en utredning som ska pågå fram till 2015-12-31.'],
  },
  {
    id: 'period.starting-in',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // A start alone, after the project's run: "Projektet ska pågå i två år med start i mars 2023".
    pattern: rx`${B}(?:projektet|förstudien|the project)\s+(?:ska|skall|kommer att|will)\s+(?:pågå|löpa|run|last)\s+[^.]{0,40}?\s(?:med\s+(?:projekt)?start|starting)\s+(?:i\s+|den\s+|in\s+|on\s+)?(?<when>${DATE})${E}`,
    read: (m) => {
      const start = firstDate(m.groups!.when!);
      return start ? { start, end: null } : null;
    },
    says: [['Projektet ska pågå i två år med start i mars 2023.', { start: '2023-03', end: null }]],
    not: ['Utbildningen ska pågå i två år med start i mars 2023.'],
  },
  {
    id: 'period.months-of-a-year',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // Two months of one year, the year written once: "Förstudien pågick från april till oktober 2020".
    pattern: rx`${B}(?:[\p{L}-]*projektet|förstudien|the project|the pre-study)\s+(?:\S+\s+){0,3}?(?:pågick|pågår|genomfördes|genomförs|löpte|löper|ran|runs|was carried out)\s+(?:(?:av|by)\s+(?:\p{Lu}[\p{L}-]*\s+)(?:[\p{L}-]+\s+){0,3}?)?(?:från\s+|mellan\s+|from\s+|between\s+)?(?<span>(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october)\s+(?:till|och|to|and|–|-)\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october)\s+(?:19|20)\d\d)${E}`,
    read: (m) => range(m.groups!.span!.replace(/\s+(?:till|och|to|and)\s+/iu, '–')),
    says: [
      ['Förstudien pågick från april till oktober 2020.', { start: '2020-04', end: '2020-10' }],
      [
        'Pilotprojektet ”Klimatanpassning kommuner 2023” genomfördes av Mälarens vattenvårdsförbund mellan mars och december 2023 i samarbete med Länsstyrelsen.',
        { start: '2023-03', end: '2023-12' },
      ],
    ],
    not: ['Utvärderingen pågick från april till oktober 2020.'],
  },
  {
    id: 'period.study-made-between-months',
    field: 'period',
    source: 'sentence',
    scope: 'sentence',
    // A report's own line on what it is: "En förstudie gjord i Norrtälje Kommun mellan april och november 2009 i syfte
    // att …", two months of one year after a study or project "gjord", "genomförd" or "utförd" in a place.
    pattern: rx`${B}(?:en|ett|denna|detta)\s+(?:förstudie|förprojekt|projekt|pilotprojekt)\s+(?:gjord|gjort|genomförd|genomfört|utförd|utfört)\s+(?:i\s+\p{Lu}[\p{L}-]+(?:\s+[\p{Lu}\p{Ll}][\p{L}-]+)?\s+)?(?:mellan|från)\s+(?<span>(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?:till|och|–|-)\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?:19|20)\d\d)${E}`,
    read: (m) => range(m.groups!.span!.replace(/\s+(?:till|och)\s+/iu, '–')),
    says: [
      [
        'En förstudie gjord i Norrtälje Kommun mellan april och november 2009 i syfte att få fram en generaliserbar modell.',
        { start: '2009-04', end: '2009-11' },
      ],
      ['Detta projekt genomfört mellan mars och december 2015 visar att …', { start: '2015-03', end: '2015-12' }],
    ],
    not: ['En enkät gjord i Norrtälje mellan april och november 2009.', 'Ett projekt gjord av eleverna mellan april och maj 2009.'],
  },
];

/**
 * Sentences and keys that name who pays for the project, beyond what the funders finder (funders.ts) reads.
 * A row's value is the list of names it gives; each name is cleaned as a funder's, and a fund named by a short
 * form is written out in the text's language ("ERUF" → "Europeiska regionala utvecklingsfonden").
 */
import { cleanName, fundIn, type Lang } from '../funders.js';
import type { Rule } from './engine.js';
import { rx, rxc } from './engine.js';
import { B, E } from './pieces.js';

// A list of names, up to where the clause about them ends.
const LIST = String.raw`(?<value>[\p{Lu}\p{N}][^.;:!?]{1,200}?)(?=\s*(?:[.;:!?]|\((?:ESF|ERUF|ERDF|EAFRD|EJFLU)\)|,\s+(?:som|vilket|vilka|which|who|där|where)\s|\s+(?:för att|i syfte|in order|to\s+\p{Ll}|under|during|mellan|between|sedan|since|inom|within|med\s+(?:\d|totalt|ca|cirka|drygt)|with\s+(?:\d|a total|approximately)|ett|en|att|det|(?:och|and)\s+(?:har|hade|är|var|ska|has|had|is|was|will))\s|\s+(?:19|20)\d\d(?!\d)|$))`;
const THE = String.raw`(?:(?:the|den|det)\s+)?`;
const SPLIT = /\s*[,;/]\s*|\s+(?:och|samt|and|as well as|&)\s+(?:av\s+|by\s+|från\s+|from\s+)?/iu;

/** The language a phrase is written in, for writing out fund names. */
function langOf(text: string): Lang {
  return /(?<![\p{L}])(?:the|and|by|from|of|is|was|funded|financed)(?![\p{L}])/iu.test(text) ? 'en' : 'sv';
}

/** The names of a list, each cleaned as a funder's; a fund's short form written out. */
export function funderNames(list: string, context: string): string[] {
  const lang = langOf(context);
  const out: string[] = [];
  for (const part of list.split(SPLIT)) {
    const fund = fundIn(part, lang);
    const name = fund ?? cleanName(part);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

function names(m: RegExpExecArray, text: string): string[] | null {
  const v = funderNames(m.groups?.value ?? '', text);
  return v.length ? v : null;
}

export const FUNDER_RULES: Rule<string[]>[] = [
  {
    id: 'funders.financed-by',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    pattern: rx`${B}(?:(?:med|del|co-?)?finansier(?:as|ades|ats|at|ad|ade)|bekosta(?:s|des|ts|t)|(?:co-?)?financed|(?:co-?)?funded|paid for)\s+(?:(?:med|with)\s+(?:stöd|medel|support|funds?)\s+)?(?:(?:främst|huvudsakligen|mainly|primarily|delvis|partly|jointly)\s+)?(?:av|från|genom|by|from|through)\s+${THE}${LIST}`,
    read: names,
    says: [
      [
        'LANDA drevs av Samordningsförbundet Göteborg under perioden september 2020 till februari 2023 och finansierades av Europeiska socialfonden (ESF).',
        ['Europeiska socialfonden'],
      ],
      ['The project is co-financed by the European Regional Development Fund.', ['European Regional Development Fund']],
      ['Projektet finansieras av Region Halland och Leader Halland.', ['Region Halland', 'Leader Halland']],
    ],
    not: ['Projektet finansieras delvis av deltagarna själva.'],
  },
  {
    id: 'funders.with-support-from',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    pattern: rx`${B}(?:med|with)\s+(?:ekonomiskt\s+|finansiellt\s+|financial\s+)?(?:stöd|bidrag|medel|support|funding|financing)\s+(?:från|av|ur|by|from)\s+${THE}${LIST}`,
    read: names,
    says: [
      [
        'Följande redovisning är en slutredovisning av projekt Exsistre som medfinansierats med stöd från Europeiska Socialfonden.',
        ['Europeiska Socialfonden'],
      ],
      ['Föreningen startade 2009 med stöd av Leader sydost ett samarbetsprojekt.', ['Leader sydost']],
      ['Slutrapport för projekt med stöd från Delegationen för Hållbara Städer.', ['Delegationen för Hållbara Städer']],
    ],
    not: ['Med stöd från kollegor gick arbetet bra.'],
  },
  {
    id: 'funders.granted-from',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    pattern: rx`${B}(?:beviljats|beviljat|beviljade|tilldelats|tilldelades|har fått|fick|erhållit|erhöll|been granted|received|was awarded|has been awarded)\s+(?:[^.]{0,60}?\s)?(?:stöd|medel|bidrag|pengar|projektstöd|funding|a grant|support|kr|kronor|SEK)\s+(?:[^.]{0,30}?\s)?(?:ur|från|av|by|from)\s+${THE}${LIST}`,
    read: names,
    says: [
      [
        'Länsstyrelsen har beviljats ekonomiskt stöd ur Europeiska regionala utvecklingsfonden, området attraktiv livsmiljö.',
        ['Europeiska regionala utvecklingsfonden'],
      ],
      [
        'Projektet har tilldelats stöd från Delegationen för Hållbara Städer 2012 och har pågått under två år.',
        ['Delegationen för Hållbara Städer'],
      ],
    ],
    not: ['Företagen har fått stöd från projektledaren.'],
  },
  {
    id: 'funders.amount-from',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "3 706 566 kr från Europeiska socialfonden och 1 235 522 kr från Region Kronoberg": each amount's payer.
    pattern: rxc`\d[\d\s.,]*\s*(?:kr|kronor|SEK|miljoner(?: kronor)?|mkr|Mkr|MSEK)\s+(?:i\s+\p{Ll}+\s+)?(?:från|ur|from)\s+${THE}(?<value>[\p{Lu}][^.;:!?,]{1,80}?)(?=\s*(?:[.;:!?,]|\s+(?:och|samt|and|för|for|till|to|i|in)\s|$))`,
    read: names,
    says: [
      [
        'I förra veckan tilldelades Region Kronoberg och kommunerna 3 706 566 kr från Europeiska socialfonden och 1 235 522 kr från Region Kronoberg för att arbeta med projektet.',
        ['Europeiska socialfonden'],
      ],
    ],
    not: ['Omsättningen ökade med 3 miljoner kronor från året innan.'],
  },
  {
    id: 'funders.who-paid-cleft',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    pattern: rxc`^(?:Det (?:är|var)|It (?:is|was))\s+(?<value>[\p{Lu}][^.;:!?]{1,80}?)\s+(?:som|that|who)\s+(?:har\s+|has\s+)?(?:bekostat|bekostar|finansierat|finansierar|betalat|betalar|funded|funds|financed|paid for)\s+(?:projektet|förstudien|the project)${E}`,
    read: names,
    says: [['Det är Leader Vättern som har bekostat projektet och det är intervjuer som ligger till grund.', ['Leader Vättern']]],
    not: ['Det är vi som har bekostat projektet.'],
  },
  {
    id: 'funders.funding-key',
    field: 'funders',
    source: 'label',
    scope: 'line',
    // "Funding from Vinnova | SEK 15 350 000", "Fund: European Regional Development Fund (ERDF)", "Beviljade medel ERUF: 2 684 755 SEK".
    pattern: rx`(?:^|\s(?=(?:Funding|Bidrag)\s))(?:(?:funding|financing|finansiering|stöd|bidrag)\s+(?:from|från)\s+(?<value>[\p{Lu}][\p{L}\s-]{1,60}?)(?=\s*(?:\||:|\s{2}|SEK|kr|EUR|€|\d|$))|(?:fund|fond|finansierande fond)\s*:\s*(?<fund>[^()|]{3,80}?)(?=\s*(?:\(|\||$))|beviljade medel\s+(?<short>[\p{Lu}]{2,6}\+?)\s*:)`,
    read: (m, text) => {
      // Inside a line only a key's capital opens it ("… Coordinator X Funding from Vinnova SEK …"), not a sentence's
      // "… varav bidrag från Vinnova".
      if (m.index > 0 && !/^\s\p{Lu}/u.test(m[0])) return null;
      const v = m.groups?.value ?? m.groups?.fund ?? m.groups?.short ?? '';
      const n = funderNames(v, text);
      return n.length ? n : null;
    },
    says: [
      ['Funding from Vinnova | SEK 15 350 000 |', ['Vinnova']],
      ['Reference number Coordinator Skåne AB Funding from Vinnova SEK 488 000 Project duration', ['Vinnova']],
      ['Koordinator Future Position X Bidrag från Vinnova 446 512 kronor', ['Vinnova']],
      ['Fund: European Regional Development Fund (ERDF)', ['European Regional Development Fund']],
      ['Beviljade medel ERUF: 2 684 755 SEK.', ['Europeiska regionala utvecklingsfonden']],
    ],
    not: ['Funding from the start was a problem.', 'Budget: 5 800 KSEK, varav bidrag från Vinnova 2 900 KSEK'],
  },
  {
    id: 'funders.decides-to-grant-from-fund',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "… beslutar att ur Europeiska regionala utvecklingsfonden bevilja stöd": a decision names the fund.
    pattern: rx`${B}(?:ur|från|from)\s+${THE}(?<value>(?:Europeiska|European)\s+[\p{L}\s]{3,50}?(?:fonden|Fund))\s+(?:bevilja|beviljas|grant)`,
    read: names,
    says: [
      [
        'Länsstyrelsen beslutar att ur Europeiska regionala utvecklingsfonden bevilja stöd till den svenska parten.',
        ['Europeiska regionala utvecklingsfonden'],
      ],
    ],
    not: [],
  },
  {
    id: 'funders.project-within-fund',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "Slutrapport - förstudie inom Europeiska Socialfonden": a project run within an EU fund is paid by it.
    pattern: rx`${B}(?:[\p{L}-]*projekt\p{L}*|förstudie\p{L}*|insats\p{L}*|project|pre-study)\s+(?:inom|within|under)\s+${THE}(?<value>(?:Europeiska|European)\s+[\p{L}\s]{3,40}?(?:fonden|Fund))${E}`,
    read: names,
    says: [['Slutrapport - förstudie inom Europeiska Socialfonden Beslutsunderlag', ['Europeiska Socialfonden']]],
    not: ['Projektet har arbetat med fonder inom banksektorn.'],
  },
];

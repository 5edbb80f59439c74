/**
 * Where a text names the funding programme beyond the programme finder's labels and cues (funders.ts): an
 * Interreg programme by its name anywhere, "programmet X", "the X Programme", "funded via the X programme",
 * money "från EUs landsbygdsprogram".
 */
import type { Rule } from './engine.js';
import { rxc } from './engine.js';
import { B, E } from './pieces.js';

// The Interreg programmes Swedish projects take part in.
const INTERREG_AREA = String.raw`(?:Sverige[–-]Norge|Botnia[–\s-]Atlantica|Nord|Aurora|Öresund[–-]Kattegat[–-]Skagerrak|ÖKS|Central Baltic|Baltic Sea Region|Östersjöprogrammet|North Sea(?: Region)?|Europe|Northern Periphery(?: and Arctic)?|Kvarken|South Baltic|Sverige[–-]Finland[–-]Norge)`;

const trim = (m: RegExpExecArray): string | null => m.groups?.value?.trim() || null;

export const PROGRAMME_RULES: Rule[] = [
  {
    id: 'programme.interreg-by-name',
    field: 'programme',
    source: 'cue',
    scope: 'line',
    pattern: rxc`${B}(?<value>(?:Interreg|INTERREG)(?:\s+(?:IV|V|VI)\s?[ABC]?)?\s+${INTERREG_AREA})${E}`,
    read: trim,
    says: [
      [
        'Förvaltande myndighet för det territoriella programmet Interreg Sverige-Norge, Länsstyrelsen Jämtlands län',
        'Interreg Sverige-Norge',
      ],
      ['Interreg Botnia Atlantica Osterbottens forbund', 'Interreg Botnia Atlantica'],
    ],
    not: ['Interreg-projektet avslutades 2020.'],
  },
  {
    id: 'programme.the-x-program',
    field: 'programme',
    source: 'sentence',
    scope: 'sentence',
    // A programme's own name ends in a capitalised "Program(me)": "from The React-EU Program".
    pattern: rxc`${B}(?:[Pp]roject|[Pp]rojekt)[^.]{0,100}?${B}(?:funded|financed|granted|co-financed|from|by|through|via|within|under)\s+(?:[Tt]he|[Dd]et|[Dd]en)\s+(?<value>(?:[\p{Lu}][\p{L}-]*\s){1,4}(?:Program|Programme))${E}`,
    read: trim,
    says: [['The project is funded by the Swedish European Social Fund (ESF) Council, from The React-EU Program.', 'React-EU Program']],
    not: ['The programme was a success.', 'We presented the results at the Digital Europe Programme conference.'],
  },
  {
    id: 'programme.funded-via-x-programme',
    field: 'programme',
    source: 'sentence',
    scope: 'sentence',
    // "funded via the Botnia Atlantica programme": the name before a lower-case "programme".
    pattern: rxc`${B}(?:[Pp]roject|[Pp]rojekt)[^.]{0,100}?${B}(?:funded|financed|granted|supported|via|through|from|within|under)\s+(?:the\s+)?(?<value>(?:[\p{Lu}][\p{L}-]*\s){1,3}?)programme${E}`,
    read: trim,
    says: [
      [
        'The Interreg project E12 Atlantica Transport, funded via the Botnia Atlantica programme, will continue until May 2018.',
        'Botnia Atlantica',
      ],
    ],
    not: [
      'It was funded through the programme in 2019.',
      'Twelve of them received investment support from the Rural Development Programme.',
    ],
  },
  {
    id: 'programme.money-from-program',
    field: 'programme',
    source: 'sentence',
    scope: 'sentence',
    // "Medel kommer från EUs landsbygdsprogram", "stöd ur Landsbygdsprogrammet 2014–2020".
    pattern: rxc`${B}(?:[Mm]edel|[Ss]töd|[Pp]engar|[Ff]inansiering|[Bb]idrag)\s+(?:\S+\s+){0,3}?(?:från|ur|via|genom|inom)\s+(?<value>(?:EU:?s\s+)?[\p{L}-]{3,}program(?:met)?(?:\s+(?:19|20)\d\d\s?[–-]\s?(?:19|20)\d\d)?)(?!\s+(?:för|for)\s)${E}`,
    read: trim,
    says: [
      ['Medel kommer från EUs landsbygdsprogram via Tillväxtverket som hanterar detta stöd.', 'EUs landsbygdsprogram'],
      ['Projektet har fått stöd ur Landsbygdsprogrammet 2014–2020.', 'Landsbygdsprogrammet 2014–2020'],
    ],
    not: [
      'Deltagarna kom från programmet.',
      'Stöd ur Regionalfondsprogrammet för Västsverige beviljades.',
      'Vi har sökt från Landsbygdsprogrammet.',
    ],
  },
];

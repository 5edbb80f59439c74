/**
 * Where a text names the funding programme beyond the programme finder's labels and cues (funders.ts): an
 * Interreg programme by its name anywhere, "programmet X", "the X Programme", "funded via the X programme",
 * money "från EUs landsbygdsprogram".
 */
import type { Rule } from './engine.js';
import { rxc } from './engine.js';
import { B, E } from './pieces.js';

// The Interreg programmes Swedish projects take part in.
const INTERREG_AREA = String.raw`(?:Sverige[–\s-]Norge|Botnia[–\s-]Atlantica|Nord|Aurora|Öresund[–-]\s?Kattegat[–-]\s?Skagerrak|ÖKS|Indre Skandinavia|Nordens Gröna Bälte|Kvarken[–-]MittSkandia|Skärgården|Sverige[–\s-]Danmark[–\s-]Norge|Central Baltic|Baltic Sea Region|Östersjöprogrammet|North Sea(?: Region)?|Europe|Northern Periphery(?: and Arctic)?|Kvarken|South Baltic|Sverige[–\s-]Finland[–\s-]Norge)`;

const trim = (m: RegExpExecArray): string | null => m.groups?.value?.trim() || null;

export const PROGRAMME_RULES: Rule[] = [
  {
    id: 'programme.interreg-by-name',
    field: 'programme',
    source: 'cue',
    scope: 'line',
    needs: /interreg/i,
    pattern: rxc`${B}(?<value>(?:Interreg|INTERREG)(?:\s+(?:III|IV|V|VI)\s?[ABC]?)?\s+${INTERREG_AREA})(?:${E}|(?=-program))`,
    // A name broken at its hyphen over a line ("Öresund-Kattegat- Skagerrak") is given whole.
    read: (m) => trim(m)?.replace(/([–-])\s+/gu, '$1') ?? null,
    says: [
      [
        'Förvaltande myndighet för det territoriella programmet Interreg Sverige-Norge, Länsstyrelsen Jämtlands län',
        'Interreg Sverige-Norge',
      ],
      ['Interreg Botnia Atlantica Osterbottens forbund', 'Interreg Botnia Atlantica'],
      ['Förvaltande myndighet för det territoriella programmet Interreg Sverige Norge, Länsstyrelsen', 'Interreg Sverige Norge'],
      ['Slutrapport INTERREG IVA Öresund-Kattegat- Skagerrak. Projektnamn: MARKIS', 'INTERREG IVA Öresund-Kattegat-Skagerrak'],
      [
        'Prosjektet er en del av programmet Interreg IIIA Indre Skandinavia, og har sitt virkeområde i 58 kommuner.',
        'Interreg IIIA Indre Skandinavia',
      ],
    ],
    not: ['Interreg-projektet avslutades 2020.'],
  },
  {
    id: 'programme.the-x-program',
    field: 'programme',
    source: 'sentence',
    scope: 'sentence',
    // A programme's own name ends in a capitalised "Program(me)": "from The React-EU Program".
    needs: /program/i,
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
    needs: /programme/i,
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
    needs: /program/i,
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
  {
    id: 'programme.agency-programme-named',
    field: 'programme',
    source: 'sentence',
    scope: 'sentence',
    // "finansieras av Vinnovas program Utmaningsdriven Innovation (UDI)", "med finansiering från Tillväxtverkets
    // nationella program Resurscentra för kvinnor": an agency's programme by its name.
    needs: /program/i,
    pattern: rxc`${B}\p{Lu}[\p{L}-]+s\s+(?:nationella\s+|strategiska\s+)?program\s+(?<value>\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|(?:för|i|och|av)\s+\p{L}+)){0,5})(?=\s*(?:[.,;(]|$)|\s+(?:\p{Ll}|\d))`,
    read: trim,
    says: [
      ['Projektet finansieras av Vinnovas program Utmaningsdriven Innovation (UDI) Steg 2.', 'Utmaningsdriven Innovation'],
      [
        'Projektet har drivits av Åtigårns ekonomiska förening med finansiering från Tillväxtverkets nationella program Resurscentra för kvinnor.',
        'Resurscentra för kvinnor',
      ],
    ],
    not: ['Kommunens program för skolan antogs i fjol.'],
  },
  {
    id: 'programme.part-of-programme',
    field: 'programme',
    source: 'sentence',
    scope: 'sentence',
    // "… är en del av EU:s The Northern Periphery Programme", "Som en del av Landsbygdsprogram för Sverige 2007-2013
    // genomfördes …", "Ett projekt som delfinansieras av Landsbygdsprogrammet".
    needs: /program/i,
    pattern: rxc`${B}(?:(?:en\s+del\s+av|inom\s+ramen\s+för)\s+(?:EU:?s\s+)?(?<value>(?:The\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4}\s+Programme|\p{Lu}[\p{L}-]*program(?:met)?(?:\s+för\s+\p{Lu}\p{L}+)?(?:\s+(?:19|20)\d\d\s?[–-]\s?(?:19|20)\d\d)?)|(?:del|med)?finansieras\s+(?:av|genom|via)\s+(?<value2>\p{Lu}[\p{L}-]*program(?:met)?(?:\s+(?:19|20)\d\d\s?[–-]\s?(?:19|20)\d\d)?))(?!\s+(?:för|for)\s+\p{Ll})${E}`,
    read: (m) => (m.groups?.value ?? m.groups?.value2)?.trim() || null,
    says: [
      [
        'Projektet har pågått mellan åren 2008 och 2010 och är en del av EU:s The Northern Periphery Programme.',
        'The Northern Periphery Programme',
      ],
      ['Som en del av Landsbygdsprogram för Sverige 2007-2013 genomfördes utvärderingen.', 'Landsbygdsprogram för Sverige 2007-2013'],
      ['Ett projekt som delfinansieras av Landsbygdsprogrammet och som har till syfte att stärka.', 'Landsbygdsprogrammet'],
    ],
    not: ['Projektet är en del av kommunens arbete.'],
  },
  {
    id: 'programme.venture-key',
    field: 'programme',
    source: 'label',
    scope: 'line',
    // A project bank's fact box: "Status Completed Venture Strategic Innovation Program Drive Sweden Purpose and goal".
    needs: /venture|satsning/i,
    pattern: rxc`(?:^|\s)(?:Venture|Satsning)\s+(?<value>(?:Strategic Innovation Program(?:me)?|Strategiska innovationsprogram(?:met)?)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})(?=\s+(?:Purpose|Syfte)|\s*\||\s*$)`,
    read: trim,
    says: [
      ['Status Completed Venture Strategic Innovation Program Drive Sweden Purpose and goal', 'Strategic Innovation Program Drive Sweden'],
    ],
    not: ['Venture capital for small companies'],
  },
  {
    id: 'programme.venture-cell',
    field: 'programme',
    source: 'label',
    scope: 'line',
    // A project bank's fact box: the programme ("Venture", "Satsning") between its key and the next key or cell:
    // "Status | Completed | Venture | Challenge-Driven Innovation – Stage 1 initiation | Important results …", "Status
    // Completed Venture FRÖN Call FRÖN Planning 2015".
    needs: /venture|satsning/i,
    pattern: rxc`(?:^|\s|\|\s)(?:Venture|Satsning)\s*\|?\s+(?<value>(?!Calls?\s|capital\s)\p{Lu}[^|]{1,70}?)(?=\s*\||\s*$|\s+(?:Call|Utlysning|Purpose|Syfte|Status|Important|Viktiga|Project|Projekt|Reference|Diarienummer)(?:\s|$))`,
    read: trim,
    says: [
      [
        'Project duration | June 2015 - January 2016 | Status | Completed | Venture | Challenge-Driven Innovation – Stage 1 initiation | Important results from the project',
        'Challenge-Driven Innovation – Stage 1 initiation',
      ],
      ['Status Completed Venture FRÖN Call FRÖN Planning 2015 Purpose and goal', 'FRÖN'],
      ['Venture FRÖN', 'FRÖN'],
    ],
    not: ['Venture capital Eastern Central Sweden 2021-2027', 'Venture Calls within the Hållbar Industri area'],
  },
  {
    id: 'programme.lona',
    field: 'programme',
    source: 'sentence',
    scope: 'sentence',
    // The state's grants to local nature conservation, named by their short name: "Ett LONA projekt i Lunds kommun",
    // "genom statliga bidrag till lokala naturvårdsprojekt (LONA-projekt)", "ansökte om statligt s.k. LONA-bidrag".
    needs: /LONA/,
    pattern: rxc`${B}(?<value>LONA)(?:[-\s](?:projekt(?:et)?|bidrag(?:et)?|stöd(?:et)?|medel)|\s+\(lokala\s+naturvårdssatsningen\))${E}`,
    read: trim,
    says: [
      ['Naturinformation och tillgänglighet Ett LONA projekt i Lunds kommun', 'LONA'],
      ['Projektet har kunnat genomföras genom statliga bidrag till lokala naturvårdsprojekt (LONA-projekt).', 'LONA'],
    ],
    not: ['Lona Andersson var projektledare.', 'LONA'],
  },
  {
    id: 'programme.agency-initiative',
    field: 'programme',
    source: 'sentence',
    scope: 'sentence',
    // Money from an agency's named initiative: "finansierad med medel från Jordbruksverkets satsning på Livskraftigt
    // hästföretagande". Only a name (a capital), not a subject ("Tillväxtverkets satsning på regional utveckling").
    needs: /satsning/i,
    pattern: rxc`${B}(?:medel|finansiering|stöd|bidrag|pengar)\s+(?:från|ur|av|inom)\s+\p{Lu}[\p{L}-]+s\s+(?:nationella\s+|särskilda\s+)?satsning(?:en)?\s+(?:på\s+|för\s+)?[”"“]?(?<value>\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,5}?)[”"]?(?=\s*[.,;]|\s*$|\s+(?:och|för att|i syfte|under|som)\s)`,
    read: trim,
    says: [
      [
        'Förstudien är finansierad med medel från Jordbruksverkets satsning på Livskraftigt hästföretagande.',
        'Livskraftigt hästföretagande',
      ],
      [
        'Projektet fick stöd från Vinnovas satsning ”Innovationsledning i offentlig sektor” under 2019.',
        'Innovationsledning i offentlig sektor',
      ],
    ],
    not: ['Projektet har medel från Tillväxtverkets satsning på regional kompetensförsörjning.', 'Satsning på Gotland'],
  },
];

/**
 * Where a text names its project besides labels and covers (title.ts): the subject of "X är ett projekt",
 * a quoted name after "projektet", a line that is "Projekt X" alone, "the project X". Each value is cleaned as a
 * title (document words removed) and must look like a name (not-a-name.ts).
 */
import { GIVEN_NAMES } from '../given-names.js';
import { looksLikeOrganisation } from '../organisations.js';
import { countyOfMunicipality, normaliseCounty } from '../places.js';
import { cleanTitle } from '../title.js';
import type { Rule } from './engine.js';
import { rx, rxc } from './engine.js';
import { B, E, NAME, NAME_END, QUOTED } from './pieces.js';

// A degree word and the lower-case words after it, at a name's end: "Kickstart extra aktuellt", "X mycket viktigt".
const DEGREE_TAIL =
  /\s+(?:extra|mycket|väldigt|särskilt|ännu|alltmer|oerhört|otroligt|helt|mer|mest|very|more|most|extremely)(?:\s+\p{Ll}[\p{L}-]*){1,3}$/u;

/** A value cleaned as a title, of two characters at least. */
function titleOf(raw: string): string | null {
  const v = cleanTitle(repeated(raw));
  return v && v.length >= 2 ? v : null;
}

function title(m: RegExpExecArray): string | null {
  return titleOf(m.groups?.value ?? '');
}

/** A name that is no organisation's ("Region Gävleborg"); a project's acronym ("EKUSIA") is a name. */
function noOrganisation(v: string | null): string | null {
  return v && (!looksLikeOrganisation(v) || /^\p{Lu}[\p{Lu}\d-]+$/u.test(v)) ? v : null;
}

function notAnOrganisation(m: RegExpExecArray): string | null {
  return noOrganisation(title(m));
}

/** A line that is a name alone: cleaned as a title, of no more than twelve words. */
function shortTitle(m: RegExpExecArray): string | null {
  const v = title(m);
  return v && v.split(/\s+/).length <= 12 ? v : null;
}

/**
 * A heading run into the sentence that repeats it ("Avslutade projekt Ta bort onödiga gränshinder Ta bort onödiga
 * gränshinder är ett tvåårigt projekt"): the words said twice at the end are the name.
 */
function repeated(value: string): string {
  const w = value.trim().split(/\s+/u);
  for (let k = Math.floor(w.length / 2); k >= 2; k--) {
    const tail = w.slice(-k).join(' ');
    if (tail === w.slice(-2 * k, -k).join(' ')) return tail;
  }
  return value;
}

// Subjects that are no names: pronouns and generic nouns opening a sentence.
const NOT_SUBJECT = String.raw`(?!(?:Det|Detta|Den|Denna|Här|Vi|Ni|Man|Projektet|Förstudien|Satsningen|Insatsen|Syftet|Målet|Tanken|Idén|It|This|That|The project|Our|We|There|Here)\s)`;

// A passive verb before the project's word: what follows the name's "av" is who did it, not the rest of the name.
const PASSIVE_BEFORE =
  /(?:startades|inleddes|påbörjades|initierades|drevs|genomfördes|leddes|finansierades|ägdes|drivs|genomförs|leds|finansieras|ägs)\s+$/u;

// Another project this one grew out of or works with: "tar avstamp i projektet ”Fjällgås”", "samarbeta med projektet X".
const OTHER_PROJECT_BEFORE = String.raw`(?<!(?:(?:samarbeta|samarbetar|samarbetat|samverka|samverkar|samverkat)\s+med|avstamp\s+i|inspirerats?\s+av|bygger\s+vidare\s+på|bygger\s+på)\s+)`;

export const PROJECT_NAME_RULES: Rule[] = [
  {
    id: 'projectName.x-ar-ett-projekt',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // The subject of "… är (idag) ett (avslutat/treårigt/EU-)projekt": a page that presents its project.
    pattern: rxc`^(?:[•·▪]\s+)?${NOT_SUBJECT}(?<value>[\p{Lu}\p{N}"”“](?:[^.!?]|\.(?=\d)){1,140}?)\s+(?:är|var|blir)\s+(?:(?:idag|nu|sedan\s+\d{4})\s+)?(?:(?:ett|namnet på ett)\s+(?:av\s+(?:\p{L}+|\d+)\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*(?:projekt|initiativ|regeringsuppdrag)|en\s+(?:[\p{L}-]+\s+){0,3}?(?:satsning|förstudie))${E}`,
    // "React EU Relocate var ett systerprojekt till Relocate": a sister project is another project.
    read: (m) => (/systerprojekt|sister project/iu.test(m[0]) ? null : title(m)),
    says: [
      [
        'Servicepunkter i bygdegårdarna – livs-, drivmedel och paket i samverkan med lokalsamhället är ett projekt där Älvdalens kommun vill verka för att etablera servicepunkter.',
        'Servicepunkter i bygdegårdarna – livs-, drivmedel och paket i samverkan med lokalsamhället',
      ],
      ['ARCTIC DESIGN OF SWEDEN är ett projekt med Region Västerbotten som huvudägare.', 'ARCTIC DESIGN OF SWEDEN'],
      [
        'Smart industri i regionerna 2.0 är ett av flera regeringsuppdrag som Tillväxtverket fått inom ramen för strategin.',
        'Smart industri i regionerna 2.0',
      ],
      ['Paper Province 2.0 i Värmland är ett av tre regionala initiativ som får finansiering.', 'Paper Province 2.0 i Värmland'],
      ['Maritim utveckling i Bohuslän är idag ett avslutat projekt, huvudfokus var affärscoacharbetet.', 'Maritim utveckling i Bohuslän'],
      [
        '• Gränsmöjligheter Ta bort onödiga gränshinder Ta bort onödiga gränshinder är ett tvåårigt projekt som drivs av Svinesundskommittén.',
        'Ta bort onödiga gränshinder',
      ],
    ],
    not: [
      'Detta är ett projekt som riktar sig till unga.',
      'Projektet är ett samverkansprojekt mellan två Leader-områden.',
      'React EU Relocate var ett systerprojekt till Relocate, helt finansierat genom EU-medel.',
    ],
  },
  {
    id: 'projectName.x-drivs-i-projektform',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // "Automation Småland drivs i projektform sedan 2012": the subject of a sentence that says it is run as a project.
    pattern: rxc`^${NOT_SUBJECT}(?<value>\p{Lu}[\p{L}\d-]*(?:\s+[\p{L}\d.-]+){0,6}?)\s+(?:drivs|drevs|bedrivs|bedrevs)\s+(?:i\s+projektform|som\s+(?:ett\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*projekt)${E}`,
    // One common noun is no name ("Verksamheten drivs i projektform"): a single word must be an acronym or a coined one.
    read: (m) => {
      const v = notAnOrganisation(m);
      return v && (/\s/u.test(v) || /^\p{Lu}[\p{Lu}\d-]+$|^\p{Lu}\p{Ll}+\p{Lu}/u.test(v)) ? v : null;
    },
    says: [
      ['Automation Småland drivs i projektform sedan 2012 och har hittills varit mycket framgångsrikt.', 'Automation Småland'],
      ['Digitala Dalsland drevs som ett treårigt Leaderprojekt.', 'Digitala Dalsland'],
    ],
    not: [
      'Verksamheten drivs i projektform.',
      'Region Kalmar län drivs som ett projekt.',
      'Arbetet drivs i projektform sedan 2012.',
      'Detta drivs som projekt.',
    ],
  },
  {
    id: 'projectName.x-is-a-project',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    pattern: rxc`^${NOT_SUBJECT}(?<value>[\p{Lu}\p{N}"”“][^.!?]{1,140}?)\s+(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:project|initiative|pre-study|feasibility study)${E}(?!['’]s)`,
    read: title,
    says: [['Wet Grain in Package is a project that studies storage of moist grain.', 'Wet Grain in Package']],
    not: [
      'It is a project for young people.',
      'This was a three-year project.',
      "Krinova is the project's owner and plays a coordinating role.",
    ],
  },
  {
    id: 'projectName.the-x-project-en',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // An English text that names a Swedish project by its own words, perhaps with a gloss: "the Incitament för
    // energieffektivisering (energy efficiency incentive) project has not only ensured …".
    pattern: rxc`${B}[Tt]he\s+(?!(?:Swedish|European|EU|Nordic|Interreg|LIFE|Leader|national|regional|local|new|first|second|same|whole|entire)\s)(?<value>\p{Lu}[\p{L}\d&-]*(?:\s+[\p{L}\d&-]+){0,5}?)\s+(?:\([^)]{1,60}\)\s+)?project\s+(?:has|have|helps|helped|is|was|aims|aimed|will|seeks|started|runs|ran|creates|created)${E}`,
    read: (m) => {
      const v = cleanTitle(m.groups?.value ?? '');
      return v && v.length >= 3 ? v : null;
    },
    says: [
      [
        'By using the existing structure, the Incitament för energieffektivisering (energy efficiency incentive) project has not only ensured a broad reach.',
        'Incitament för energieffektivisering',
      ],
      ['The Green Valley project helps small firms.', 'Green Valley'],
    ],
    not: ['The Swedish project has ended.', 'The European Regional Development Fund project was audited.', 'the new project will start'],
  },
  {
    id: 'projectName.english-named-project',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // English pages: "E12 Atlantica Transport project aims at developing …", "The national project NILLA aims to …",
    // "Lead partner of SBPIN is Hässleholm Municipality".
    pattern: rxc`^(?:(?:The\s+)?(?!(?:This|That|Our|Their|Each|Every|A|An|The)\s)(?<value>\p{Lu}[\p{L}\d&-]*(?:\s+[\p{Lu}\d][\p{L}\d&-]*){0,5})\s+project\s+(?:aims|aimed|seeks|will)|The\s+(?:national\s+|regional\s+|cross-border\s+|ESF\s+|ERDF\s+|EU\s+|Interreg\s+|LIFE\s+)?project\s+(?<value2>\p{Lu}[\p{L}\d&-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d&-]*|in|of|for|and|i|för|och|på)){0,5}?)\s+(?:aims|aimed|seeks|will|is|was|has|helps|runs|ran)|Lead\s+partner\s+of\s+(?<value3>\p{Lu}[\p{L}\d&-]*(?:\s+[\p{Lu}\d][\p{L}\d&-]*){0,5})\s+is)${E}`,
    read: (m) => {
      const v = cleanTitle(m.groups?.value ?? m.groups?.value2 ?? m.groups?.value3 ?? '');
      return v && v.length >= 2 ? v : null;
    },
    says: [
      ['The ESF project Young in Gävleborg is a regional effort to identify young women and men.', 'Young in Gävleborg'],
      ['E12 Atlantica Transport project aims at developing cooperation between the actors.', 'E12 Atlantica Transport'],
      ['The national project NILLA aims to develop a model that increases accessibility.', 'NILLA'],
      ['Lead partner of SBPIN is Hässleholm Municipality, EU-Office Skåne Nordost.', 'SBPIN'],
    ],
    not: ['The project aims to strengthen cooperation.', 'This project aims at growth.'],
  },
  {
    id: 'projectName.with-project-name',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // "… skrivit en EU-ansökan med projektnamnet Destination Jungfrukusten etapp 1, brygganläggning …".
    pattern: rxc`${B}(?:med|under)\s+(?:projektnamnet|arbetsnamnet)\s+(?<value>[\p{Lu}\p{N}#][^.;:!?]{1,100}?)(?=\s*(?:[.;:!?]|\s+(?:och|som|där|för att)\s|$))`,
    read: title,
    says: [
      [
        'STEBAR har samordnat och skrivit en EU ansökan med projektnamnet Destination Jungfrukusten etapp 1, brygganläggning.',
        'Destination Jungfrukusten etapp 1, brygganläggning',
      ],
    ],
    not: ['Föreningen med namnet på dörren.'],
  },
  {
    id: 'projectName.project-named',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // A project, then what it is called: "… arbetat med ett projekt för samisk design i offentliga miljöer, benämnt
    // Affärsmodell för samisk design.", "ett projekt kallat Grön Framtid", "a project called Smart Rural".
    pattern: rxc`${B}(?:projekt|förstudie|satsning|project|initiative)(?:\s+[^.;:!?]{0,100}?)?,?\s+(?:benämnt|benämnd|kallat|kallad|döpt till|som heter|som kallas|called|named|entitled)\s+(?<value>[\p{Lu}\p{N}#][^.;:!?,]{1,80}?)(?=\s*(?:[.;:!?,]|\s+(?:och|som|där|för att|and|which|that)\s|\s+(?:under|i|in|during|från|from|sedan|since)\s+(?:19|20)\d\d|$))`,
    read: (m) => {
      const v = title(m);
      return v && v.split(/\s+/).length <= 8 ? v : null;
    },
    says: [
      [
        'Sameslöjdstiftelsen Sámi Duodji har arbetat med ett projekt för samisk design i offentliga miljöer, benämnt Affärsmodell för samisk design.',
        'Affärsmodell för samisk design',
      ],
      ['Kommunen startade ett projekt kallat Grön Framtid under 2019.', 'Grön Framtid'],
      ['The municipality ran a project called Smart Rural in 2020.', 'Smart Rural'],
    ],
    not: ['Projektet kallat för det är ett test.', 'Ett projekt som heter något annat.'],
  },
  {
    id: 'projectName.document-word-colon',
    field: 'projectName',
    source: 'title',
    scope: 'top',
    // A title line "Slutrapport: Besöksnäringens roll för regional utveckling 2.0", "Utvärdering av projekt 16-24",
    // "Uppföljning av KKN": the name after the document's word.
    pattern: rxc`^(?:Slutrapport|Slutredovisning|Lägesrapport|Utvärdering|Slututvärdering|Uppföljning|Final report|Evaluation)(?:\s*:\s*|\s+(?:av|of)\s+(?:projektet\s+|projekt\s+|the project\s+)?)(?<value>[\p{Lu}\p{N}#](?:[^.:!?]|\.(?=\d)){0,80}?)\s*(?:\.(?!\d)|$)`,
    read: (m) => {
      const v = title(m);
      return v && v.split(/\s+/).length <= 8 ? v : null;
    },
    says: [
      ['Slutrapport: Besöksnäringens roll för regional utveckling 2.0', 'Besöksnäringens roll för regional utveckling 2.0'],
      ['Utvärdering av projekt 16-24', '16-24'],
      ['Uppföljning av KKN. Ett projekt i syfte att stärka kulturella och kreativa näringar.', 'KKN'],
    ],
    not: ['Utvärdering av hur kommunerna arbetar med service och vilka effekter det ger på landsbygden i länet.'],
  },
  {
    id: 'projectName.quoted-after-projektet',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    pattern: rxc`${OTHER_PROJECT_BEFORE}${B}(?:[\p{L}-]*(?:[Pp]rojektet|[Pp]rojekt)|[Ff]örstudien|[Ss]atsningen|[Ii]nitiativet|[Tt]he project|[Tt]he initiative)(?:\s+(?:kallat|kallad|som\s+(?:heter|kallas)|med\s+namnet|called|named))?\s+${QUOTED}`,
    read: title,
    says: [
      [
        'Tillväxtverket fick i januari 2012 regeringens uppdrag för projektet ”Hållbar destinationsutveckling”.',
        'Hållbar destinationsutveckling',
      ],
      ['Bygdegårdarnas Riksförbund drev projektet "Mötesplatser i glesbygd/skärgård" under tre år.', 'Mötesplatser i glesbygd/skärgård'],
      ['Pengarna ska användas till att underlätta omställningen av Glasriket genom initiativet ”Glasrikesmiljonen”.', 'Glasrikesmiljonen'],
      ["Länet får totalt 70 miljoner från EU:s fond ''Leader plus'' till projektet ''Våg 21''.", 'Våg 21'],
      // What the project is called.
      ['Årås kvarn har fått en Leader turismcheck för ett projekt kallat ”Amerikabrevet”.', 'Amerikabrevet'],
    ],
    not: [
      'Deltagarna kallade projektet för en "framgång".',
      // Another project this one grew out of or works with.
      'Idén till att bygga ett fågeltorn tar avstamp i projektet ”Fjällgås” som pågått sedan 1970-talet.',
    ],
  },
  {
    id: 'projectName.quoted-project-word',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // A quoted name that is itself a project's ("ger en miljon kronor till länsstyrelsen i Västra Götaland för
    // ”Säveåprojektet”"): one capitalised word ending in "projektet".
    pattern: rxc`(?:''|[”"“«])(?<value>\p{Lu}[\p{L}-]{2,40}projektet)(?:''|[”"»])`,
    read: title,
    says: [
      [
        'Havs- och vattenmyndigheten, HaV, ger en miljon kronor till länsstyrelsen i Västra Götaland för ”Säveåprojektet”.',
        'Säveåprojektet',
      ],
    ],
    not: ['Det kallas ofta för ”projektet”.', 'Han talade om ”Det stora projektet” och om annat.'],
  },
  {
    id: 'projectName.projektet-x',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // "Projektet Strängnäs Växer har drivits …", "inom projektet Klivet Vidare 2.0.": capitalised words after the noun.
    pattern: rxc`${OTHER_PROJECT_BEFORE}${B}(?:[\p{L}-]*[Pp]rojektet|[Ff]örstudien|[Tt]he project)\s+${NAME}${NAME_END}`,
    read: (m, text) => {
      // A degree word ends the name: "arbetet med projektet Kickstart extra aktuellt" is "Kickstart" made topical.
      const v = title(m)?.replace(DEGREE_TAIL, '') ?? null;
      // A place is no name: an "Om projektet" heading run into the sentence under it ("Om projektet Örebro län tog
      // emot …").
      if (
        v &&
        (/^\p{Lu}[\p{L}-]*s?\s+län$/u.test(v) || countyOfMunicipality(v.replace(/\s+(?:kommun|stad)$/u, '')) || normaliseCounty(v) === v)
      )
        return null;
      // One word cut off by a preposition is the start of a longer name ("projektet Utveckling av Kustvägen").
      const after = text.slice(m.index + m[0].length);
      // … unless the sentence ends a few lower-case words later: "till projektet Fiber till alla."
      const tail = /^\s+((?:för|av|i|från|till|med|for|of|to|with)(?:\s+\p{Ll}+){1,2})\s*[.!?]\s*$/u.exec(after);
      if (v && !/\s/.test(v) && tail) return `${v} ${tail[1]}`;
      // … and an English "of" with a capitalised word that ends the sentence: "för projektet Gaming of Umeå.".
      const ofPlace = /^\s+of\s+(\p{Lu}[\p{L}-]+)\s*[.!?]/u.exec(after);
      if (v && !/\s/.test(v) && ofPlace) return `${v} of ${ofPlace[1]}`;
      // … but after a passive verb "av" names who did it: "I maj 2010 startades projektet SMSlivräddare av Svenska rådet …".
      const agent = /^\s+av\s+\p{Lu}/u.test(after) && PASSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
      // … and "i samverkan med" names partners: "arbetsmarknadsprojektet Athena i samverkan med Arbetsförmedlingen".
      const partners = /^\s+i\s+(?:samverkan|samarbete|partnerskap)\s+med\s/u.test(after);
      if (v && !/\s/.test(v) && !agent && !partners && /^\s+(?:för|av|i|från|till|med|inom|under|for|of|from|to|with|in|by)\s/u.test(after))
        return null;
      // A name cut where a longer name may go on ("projektet Boende och etablering på G", "Ökad produktion av
      // biobränsleråvara", "Besöksnäringens roll för regional utveckling") is not sure to be whole.
      if (v && !partners && /^\s+(?:och|samt|av|för|på|om|mot|vid|i|till|från|and|of|for|on)\s+(?!att\s|to\s)\p{Ll}/u.test(after))
        return null;
      // A particle that ends the sentence ends the name with it: "en utvärdering av projektet Unga in.".
      const particle = /^\s+(in|ut|upp|på|till|om|out|up|on)(?=\s*(?:[.!?]|$))/u.exec(after);
      if (v && particle) return `${v} ${particle[1]}`;
      // A sentence's next word is no name ("Projektet. Syftet …", "projektet Under 2019 …").
      // … unless a capitalised word follows it and its short form comes after: "utvecklingsprojektet Den Attraktiva
      // regionen (DAR)".
      const named = /^(?:Det|Den)\s+\p{Lu}/u.test(v ?? '') && /^\s*\(\p{Lu}{2,8}\)/u.test(after);
      return v &&
        (named ||
          !/^(?:Detta|Denna|Det|Den|Syftet|Målet|Projektet|Vi|Här|Man|Under|Efter|Inom|Som|Med|Genom|Från|Sedan|När|Där|This|The|It|We|In|During)(?:\s|$)/u.test(
            v,
          ))
        ? v
        : null;
    },
    says: [
      // An aside between dashes, a supine after the name, a name whose dash goes on in lower case.
      ['Projektet SAMHELL – ett svenskt-norskt samarbete kring hällristningar – pågick mellan maj 2019 och september 2022.', 'SAMHELL'],
      ['I samarbete med Skövde kommun har en pilotomgång av projektet Parasport School genomförts under våren.', 'Parasport School'],
      ['Leaderprojektet SLUSS - testar nya sälsäkra fiskeredskap (HAV6) startade i maj.', 'SLUSS - testar nya sälsäkra fiskeredskap'],
      ['Projektet Strängnäs Växer har drivits från september 2011 till juni 2013.', 'Strängnäs Växer'],
      // A clause about the project after its name.
      ['I Västerbotten pågår projektet Generations där syftet är att lyfta fram metoder.', 'Generations'],
      [
        'Under perioden juni 2012 - juni 2014 genomförde Uppsala kommun arbetsmarknadsprojektet Athena i samverkan med Arbetsförmedlingen.',
        'Athena',
      ],
      ['I maj 2010 startades projektet SMSlivräddare av Svenska rådet för hjärt-lungräddning.', 'SMSlivräddare'],
      ['Bakom projektet Ljuskonst står Trygg, vacker stad.', 'Ljuskonst'],
      ['Coronapandemin har gjort arbetet med projektet Kickstart extra aktuellt, bland annat genom att många fått nya jobb.', 'Kickstart'],
      ['Hela Sverige ska leva har fått pengar beviljade av Tillväxtverket till pilotprojektet Service i samverkan.', 'Service i samverkan'],
      ['Projektet Efterfrågad Utveckling skall utveckla fyra spår.', 'Efterfrågad Utveckling'],
      ['Mer om projektet Matlandet finns på webbplatsen.', 'Matlandet'],
      ['Region Västerbotten har beviljat Lycksele kommun 2,5 miljoner kronor till projektet Fiber till alla.', 'Fiber till alla'],
      ['Ramböll har på uppdrag av Arbetsförmedlingen genomfört en utvärdering av projektet Unga in.', 'Unga in'],
      ['Arvsfondsdelegationen beslutade att dela ut drygt 3,6 miljoner till IFK Holmsund för projektet Gaming of Umeå.', 'Gaming of Umeå'],
      // A form's next key run on without a full stop ends the name.
      ['Lägesrapport inom ramarna för projektet Entrécoop Denna lägesrapport avser tidsperioden:', 'Entrécoop'],
      ['Inom projektet Tillväxt och Lönsamhet har företagen fått stöd.', 'Tillväxt och Lönsamhet'],
      // A time or place first, then the verb right after the name: "I EU-projektet CORA samarbetar Torsby kommun …".
      ['I EU-projektet CORA samarbetar Torsby kommun och Länsstyrelsen Värmland med Grue kommune.', 'CORA'],
      ['Skriften är en av fyra som projektet Östgötamodellen sammanställt.', 'Östgötamodellen'],
      // The verb ends the name: "Interregprojektet Unionsleden etablerar en cykelled …".
      ['Interregprojektet Unionsleden etablerar en cykelled mellan Moss och Karlstad.', 'Unionsleden'],
      // A verb in the past tense before a comma or its object: "Projektet Outdoor Hökensås inventerade, kartlade …".
      ['Projektet Outdoor Hökensås inventerade, kartlade och analyserade naturturismen inom området.', 'Outdoor Hökensås'],
      ['Projektet Grön Omställning samlade ett trettiotal företag.', 'Grön Omställning'],
      // A name written with a lower-case e, i or m before a capital: "eSamverkan", "iDrott".
      ['Det är ett av målen för projektet eSamverkan som rullar på i nio kommuner i Mellersta Norrland.', 'eSamverkan'],
      // The money the sentence grants ends the name.
      ['I december 2015 beviljades projektet Smart4U finansiering för att genomföra insatser.', 'Smart4U'],
      [
        'Haparanda kommun har beviljats medel för projektet Klivet Vidare 2.0. Projektet syftar till att minska arbetslösheten.',
        'Klivet Vidare 2.0',
      ],
      // A name that opens with a hash: "driver MDH tillsammans med en rad samverkansaktörer projektet #Svinnbra.".
      ['För att belysa matsvinnet driver MDH tillsammans med en rad samverkansaktörer projektet #Svinnbra.', '#Svinnbra'],
      ['KTH följer det treåriga regionala utvecklingsprojektet Den Attraktiva regionen (DAR).', 'Den Attraktiva regionen'],
    ],
    not: [
      'Vi kommer även att samarbeta med projektet Fjällgås (https://nordensark.se/bevarande/fjallgas/) för att koppla på aktiviteter.',
      'Projektet har drivits av kommunen.',
      'I projektet Syftet var tydligt.',
      'Inledning Om projektet Örebro län tog liksom andra delar av landet emot ett stort antal asylsökande barn.',
      'Om projektet Gävle kommun har tagit fram en plan.',
      'I projektet Den gick bra.',
      'Inom projektet Det (se ovan) var svårt.',
      'Alla i projektet # vet det.',
    ],
  },
  {
    id: 'projectName.genom-projekt-x',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // "Genom projekt Trähusambassadörer ska vi …", "Inom projekt Smart Energi har …": the noun without its article, a
    // capitalised name, then the sentence's verb.
    pattern: rxc`${B}(?:[Gg]enom|[Ii]nom|[Mm]ed)\s+projekt\s+${NOT_SUBJECT}(?!(?:De|Ni)\s)(?<value>\p{Lu}[\p{L}\d-]+(?:\s+\p{Lu}[\p{L}\d-]+){0,3})\s+(?:ska|skall|vill|har|kommer|kan)\s`,
    read: title,
    says: [
      ['Genom projekt Trähusambassadörer ska vi tillsammans med aktörer i byggbranschen arbeta.', 'Trähusambassadörer'],
      ['Inom projekt Smart Energi har tio företag fått stöd.', 'Smart Energi'],
    ],
    not: ['Genom projekt som detta har vi lärt oss mycket.', 'Inom projekt Vi har tio deltagare.'],
  },
  {
    id: 'projectName.projektet-comma-x',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // The name set off by a comma after the noun: "… nu startar det nya projektet, Ren mat.", "SSR:s nystartade
    // projekt, Ren mat, är …".
    // Any "projektet, X, <verb>" where the name is set off on both sides and the sentence's verb follows it: "Fokus i
    // projektet, SKRUVAS, kommer att ligga på …".
    pattern: rxc`${B}(?:(?:nya|nystartade|new)\s+projekt(?:et)?,\s+(?<value>\p{Lu}[\p{L}\d-]*(?:\s+[\p{L}\d-]+){0,4}?)(?=,\s+(?:är|var|ska|har|is|was)\s|\.?\s*$)|[Pp]rojektet,\s+(?<value2>\p{Lu}[\p{L}\d-]*(?:\s+[\p{L}\d-]+){0,4}?),\s+(?:kommer|är|var|ska|skall|har|hade|syftar|handlar|riktar|pågår|pågick)\s)`,
    read: (m) => {
      const v = noOrganisation(titleOf(m.groups?.value ?? m.groups?.value2 ?? ''));
      return v && !GIVEN_NAMES.has(v.toLowerCase()) && !/^(?:Region|Länsstyrelsen|Kommun|Stiftelsen|Föreningen)(?:\s|$)/u.test(v)
        ? v
        : null;
    },
    says: [
      ['Försäljning av renkött är i fokus när SR nu startar det nya projektet, Ren mat.', 'Ren mat'],
      ['Syftet med SSR:s nystartade projekt, Ren mat, är att arbeta med renköttsituationen.', 'Ren mat'],
      ['Fokus i projektet, SKRUVAS, kommer att ligga på att utveckla arbetet med unga.', 'SKRUVAS'],
    ],
    not: [
      'Kommunen startar det nya projektet, som pågår i två år.',
      'Inom projektet, Region Kalmar län, har vi arbetat med detta.',
      'Efter projektet, Anna, har vi fortsatt.',
    ],
  },
  {
    id: 'projectName.download-title',
    field: 'projectName',
    source: 'title',
    scope: 'line',
    wrapped: true,
    // A document archive's download line repeats the document's title, numbers intact: "Download "Slutrapport.
    // Utveckla Kustvägen, Etapp 3 2013-06-10 2014-12-31. …"", "Download "Lägesrapport projekt BID Sävelången och
    // Vrångö Oktober - december 2012"". The name follows the document word, up to a full stop, a date or a key.
    pattern: rxc`^Download\s+"(?:RAPPORT\s+\d+:\d+\.?\s+)?(?:Slutrapport\.?\s+(?=[Ll]ärande))?(?:Slutrapport|Lägesrapport|Projektrapport|Utvärdering|Slututvärdering|[Ll]ärande utvärdering|Förstudie|Slutredovisning|Delrapport|Final report|Evaluation)(?:\s+(?:för|av|of)\s+(?:[Pp]rojektet|[Pp]rojekt|the project)[;:]?|\s+av(?=\s+\p{Lu}))?(?:\s+[Pp]rojekt(?:et)?[;:]?)?(?:[.:]\s+|\s+)(?:[Pp]rojekt(?:et)?[;:]\s+)?(?<value>\p{Lu}[^.]{2,110}?)(?=\s*(?:\.\s|\.?"|,\s+\p{Ll}|\s(?:Journalnummer|Diarienummer|Projektperiod|Projekttid|ID|Dnr)(?:\s|:)|\s(?:19|20)\d\d(?:[-\s]|$)|\s(?:[Jj]anuari|[Ff]ebruari|[Mm]ars|[Aa]pril|[Mm]aj|[Jj]uni|[Jj]uli|[Aa]ugusti|[Ss]eptember|[Oo]ktober|[Nn]ovember|[Dd]ecember)(?:\s|$)))`,
    read: title,
    says: [
      ['Download "Slutrapport. Utveckla Kustvägen, Etapp 3 2013-06-10 2014-12-31. Badramp i Dyket.', 'Utveckla Kustvägen, Etapp 3'],
      ['Download "Lägesrapport projekt BID Sävelången och Vrångö Oktober - december 2012"', 'BID Sävelången och Vrångö'],
      [
        'Download "Utvärdering. Utveckling av servicecentra på landsbygden i Dalarna och Gävleborg"',
        'Utveckling av servicecentra på landsbygden i Dalarna och Gävleborg',
      ],
      ['Download "Slutrapport Samverk Nordost. Projektperiod: 2009-10-01 2012-01-31', 'Samverk Nordost'],
      ['Download "Slutrapport Projekt Hållbart hus för mat, stödmottagare Föreningen Vara Småstad"', 'Hållbart hus för mat'],
      ['Download "Projektrapport. Främjande av solelproduktion i Örebro kommun"', 'Främjande av solelproduktion i Örebro kommun'],
      ['Download "RAPPORT 14:09. Slutrapport. Lärande utvärdering av KulturKraft Syd"', 'KulturKraft Syd'],
    ],
    not: ['Download "Slutrapport för projekt"', 'Download "SLUTRAPPORT FÖR PROJEKT"', 'Download "Slutrapport 2013-10-31"'],
  },
  {
    id: 'projectName.share-title',
    field: 'projectName',
    source: 'title',
    scope: 'line',
    // A document archive's share line quotes the document's title: "Share "Dialog med företagen; 2008-2010"",
    // "Share "Näringslivsutveckling i Kiruna kommun: Slutrapport"", "Share "Utvärdering av försöksverksamhet med …"".
    // The name is the title without an evaluation's opening words, up to its years, a document word or a
    // lower-case subtitle; a file name is none.
    pattern: rxc`^Share\s+"(?:(?:[Uu]tvärdering|UTVÄRDERING|[Ss]lutrapport|SLUTRAPPORT)\s+(?:av|för|AV|FÖR)\s+)?(?![Pp]rojektet\b|PROJEKTET\b)(?<value>[\p{Lu}\p{N}][^".;:]{2,110}?)(?=\s*(?:[;:.,]\s*(?:(?:19|20)\d\d|[Ss]lutrapport|[Ff]inal report|[Ee]rfarenheter|[Vv]innovaprojektet|en\s|ett\s)|\s[–-]\s+\p{Ll}|"))`,
    read: (m) => {
      const v = title(m);
      return v ? v.charAt(0).toUpperCase() + v.slice(1) : null;
    },
    says: [
      ['Share "Dialog med företagen; 2008-2010"', 'Dialog med företagen'],
      ['Share "Näringslivsutveckling i Kiruna kommun: Slutrapport"', 'Näringslivsutveckling i Kiruna kommun'],
      [
        'Share "Utvärdering av försöksverksamhet med samverkansgrupper och coacher i Vänersborg och Mellerud"',
        'Försöksverksamhet med samverkansgrupper och coacher i Vänersborg och Mellerud',
      ],
      ['Share "7 sätt att minska dina bilkostnader – beskrivning, utvärdering, och jämförelser"', '7 sätt att minska dina bilkostnader'],
    ],
    not: ['Share "UTVÄRDERING AV PROJEKTET"', 'Share "2017_0212_Rapport.pdf Pdf, 530 kB, öppnas i nytt fönster.'],
  },
  {
    id: 'projectName.breadcrumb-then-title',
    field: 'projectName',
    source: 'title',
    scope: 'top',
    // A web page flattened into one line: its breadcrumb ("Hem Projekt Sustainable Gateways"), then the same name as
    // the page's heading.
    pattern: rxc`^(?:Hem|Home|Start|Startsida)\s+(?:Projekt|Projects?|Våra projekt|Our projects)\s+(?<value>\p{Lu}[^.!?:;]{2,80}?)\s+\k<value>(?![\p{L}])`,
    read: title,
    says: [
      [
        'Hem Projekt Sustainable Gateways Sustainable Gateways The purpose of the project was to develop sustainable gates.',
        'Sustainable Gateways',
      ],
    ],
    not: ['Hem Projekt Nyheter Kontakt'],
  },
  {
    id: 'projectName.projekt-line',
    field: 'projectName',
    source: 'title',
    scope: 'top',
    // A line that is only "Projekt X" or "Project: X" near the top of the first page.
    pattern: rxc`^(?:Projekt|PROJEKT|Projektet|Project|PROJECT|Förstudie(?:n)?|Förprojekt(?:et)?)(?::|\s[–—-])?\s+${NAME}\s*$`,
    read: shortTitle,
    says: [
      ['Projekt Maritim utveckling i Bohuslän', 'Maritim utveckling i Bohuslän'],
      ['Project: Green Highway', 'Green Highway'],
      ['PROJEKT Småskaligt vattenbruk', 'Småskaligt vattenbruk'],
    ],
    not: ['Projektet avslutades 2021 och rapporten finns att läsa.', 'Project info'],
  },
  {
    id: 'projectName.quoted-title-start',
    field: 'projectName',
    source: 'title',
    scope: 'top',
    // A title line that opens with the quoted name and goes on with a tagline: "“Lamb lift” Innovation to stimulate lamb
    // production", "”Mötesplats Norr” – ett projekt för unga".
    pattern: rxc`^[“”"«]\s*(?<value>\p{Lu}[^“”"«».!?]{1,60}?)\s*[“”"»]\s+(?:[–—-]\s+)?(?!(?:som|vilken|vilket|which|that|och|and|i|in)\s)\p{L}`,
    read: title,
    says: [
      ['“Lamb lift” Innovation to stimulate lamb production', 'Lamb lift'],
      ['”Mötesplats Norr” – ett projekt för unga i Norrbotten', 'Mötesplats Norr'],
      ['”Reko Jämt här” är ett av Leader Mittland Plus avslutade projekt.', 'Reko Jämt här'],
    ],
    // A quoted title in the middle of a sentence wrapped to a line's start is another document's.
    not: [
      '”Det var en fantastisk resa”, säger projektledaren.',
      'Lamb lift Innovation to stimulate lamb production',
      '”Kommunernas handbok till delningsekonomi” som Karlstads kommun tagit fram.',
    ],
  },
  {
    id: 'projectName.case-number-line',
    field: 'projectName',
    source: 'title',
    scope: 'top',
    // A project bank's heading: the project's case number, a dash, its name ("22-023-S04 - Bygga för framtiden").
    // A date is no case number: "2021-06-05 - Näringsliv" is a news item's date and section.
    pattern: rxc`^(?!(?:19|20)\d\d-[01]\d-[0-3]\d\s)(?=[\p{Lu}\d-]*\d)[\p{Lu}\d]{2,}(?:-[\p{Lu}\d]+){2,}\s+[–—-]\s+${NAME}\s*$`,
    read: shortTitle,
    says: [
      ['22-023-S04 - Bygga för framtiden', 'Bygga för framtiden'],
      ['2019-00378-S01 – Unga Vidare i Landskrona', 'Unga Vidare i Landskrona'],
    ],
    not: ['2019-06-30 - Slutrapport', '2021-06-05 - Näringsliv', 'Dnr 22-023-S04', 'S-2019-06 - hela texten är en mening som fortsätter.'],
  },
  {
    id: 'projectName.key-inside-line',
    field: 'projectName',
    source: 'label',
    scope: 'line',
    // A form or decision printed as one run of text: "… Projektnamn: BergslagsTramp Journalnummer: …",
    // "… Projekt: Scandinavian Heartland Beslut om EG-medel …": the value up to the next key.
    pattern: rxc`(?:^|\s)(?:Projektnamn|Projektets namn|projektets namn|Projektets titel|Project name|Projekt)\s*:\s*(?<value>[\p{Lu}\p{N}][^:|]{1,90}?)(?=\s+[\p{Lu}][\p{L}-]+(?:\s\p{Ll}[\p{L}-]*)?(?:\s*\([^)]{1,40}\))?\s*:|\s+\p{Ll}\)\s|\s+(?:Beslut|BESLUT|Diarienummer|Journalnummer|Sammanfattning|Sammanställning)\s|\s*\||\s*$)`,
    // A value that ends where a long line is wrapped may go on on the next line: not taken.
    read: (m, text) => (m.index + m[0].length >= text.trimEnd().length && text.length >= 80 ? null : title(m)),
    says: [
      [
        '1.1 Allmänna uppgifter Datum: Projekttid: Stödmottagare (organisation): Nora Utveckling AB Projektnamn: BergslagsTramp Journalnummer: Sammanfattning',
        'BergslagsTramp',
      ],
      [
        'Länsstyrelsen i Dalarna Att: Mikael Selander Falun Projekt: Scandinavian Heartland Beslut om EG-medel Förvaltande myndighet',
        'Scandinavian Heartland',
      ],
      ['1 Datum: Slutrapport Projektnamn: Tillväxt och Lönsamhet Diarienr: o298 Projektperiod', 'Tillväxt och Lönsamhet'],
      ['2 2(10) Projektnamn: Kompetenskraft Projektnummer (fylls i av projektansvarig): Sammanfattning', 'Kompetenskraft'],
      [
        '1. Allmänna uppgifter a) projektets namn: Lysekils Konstbiennal 2010 b) Sökande: Lysekils Konstförening',
        'Lysekils Konstbiennal 2010',
      ],
    ],
    not: [
      'Projektnamn: Journalnummer: Datum:',
      'Catherine Vennberg Vår vid Björsbo sommar vid Avholm Foto: Stefan Gunnarsson Journalnummer: Projektnamn: Brun vit',
    ],
  },
  {
    id: 'projectName.quoted-after-key',
    field: 'projectName',
    source: 'label',
    scope: 'line',
    // A key with the name in quotes and more after it: 'Name of the project / activity: “Förädlingsmackapären” 2018 –
    // 2020 – a method for …', 'Projektnamn: "Vägen in" (ESF)', 'Projektnamn "Vägen in" Slutrapport'.
    pattern: rx`(?:^|\s)(?:name of the project(?:\s*\/\s*activity)?|project name|projektnamn|projektets namn)\s*:?\s*[“"”«](?<value>[^”"“»]{2,80})[”"»]`,
    read: title,
    says: [
      ['Name of the project / activity: “Förädlingsmackapären” 2018 – 2020 – a method for regional development', 'Förädlingsmackapären'],
      ['Projektnamn: "Vägen in" (ESF)', 'Vägen in'],
      // A form printed as one run of text, without its colon.
      ['1 Sid 1 (14) Projektnamn "Vägen in" Slutrapport genomförande Sammanfattning', 'Vägen in'],
    ],
    not: ['Projektnamn: Vägen in', 'Name of the project: see above'],
  },
  {
    id: 'projectName.key-before-key',
    field: 'projectName',
    source: 'label',
    scope: 'line',
    // A form printed as one run of text without colons: "… Journalnummer Projektnamn Sågmyrakungen Stödmottagare NBV
    // Dalarna 2. …": the value between the key and the next key.
    pattern: rxc`(?:^|\s)(?:Projektnamn|Projektets namn|Förstudiens namn)\s+(?!(?:Journalnummer|Stödmottagare|Projektägare|Projektnamn|Diarienummer|Ärende-ID|Ärende|Kontaktpersoner|Kontaktperson|Organisationsnummer|Projektperiod|Datum)(?:\s|:|$))(?<value>[\p{Lu}\p{N}][^:|]{1,90}?)(?=\s+(?:Stödmottagare|Projektägare|Journalnummer|Diarienummer|Projektperiod|Kontaktperson|Organisationsnummer|Datum för projektstart|LEADER-område|Leaderområde|Projektnummer|Slutrapport|Lägesrapport)(?:\s|:|$))`,
    read: title,
    says: [
      [
        'SÅGMYRAKUNGEN 1. Redovisat projekt Journalnummer Projektnamn Sågmyrakungen Stödmottagare NBV Dalarna 2. Kontaktpersoner',
        'Sågmyrakungen',
      ],
      ['1. Allmänna uppgifter Projektets namn Invest in Norrbotten Datum för projektstart Datum för projektslut', 'Invest in Norrbotten'],
      [
        '1. Projektfakta Förstudiens namn Vi sätter Nävlingeåsen på kartan LEADER-område: LEADER Skåne Ess',
        'Vi sätter Nävlingeåsen på kartan',
      ],
      ['Sid 1 (14) Projektnamn Unga Till Arbete i Norr UTAN Slutrapport genomförande Sammanfattning', 'Unga Till Arbete i Norr UTAN'],
    ],
    not: ['Projektnamn Journalnummer Stödmottagare', 'Projektets namn Datum för projektstart'],
  },
  {
    id: 'projectName.is-called',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // "Projektet heter Västsvenska etableringar för grön omställning (VEGO) och fokuserar på …", "The project is called X.":
    // the name the text gives the project, up to its short form, a clause or the sentence's end.
    pattern: rxc`${B}(?:[Pp]rojektet|[Ff]örstudien|[Ss]atsningen|[Tt]he project)\s+(?:heter|hette|kallas|kallades|har fått namnet|fick namnet|is called|was called|is named|was named)\s+(?<value>[\p{Lu}\p{N}][^,.;:!?()”"]{1,80}?)(?=\s*(?:[,.;:!?(]|$)|\s+(?:och|samt|and|som|which|ska|skall|will|har|has)\s)`,
    read: title,
    says: [
      [
        'Projektet heter Västsvenska etableringar för grön omställning (VEGO) och fokuserar på att utveckla industristruktur.',
        'Västsvenska etableringar för grön omställning',
      ],
      ['The project is called Green Valley and runs until 2024.', 'Green Valley'],
    ],
    not: ['Projektet heter inte längre som förut.', 'Projektledaren heter Anna Berg.'],
  },
  {
    id: 'projectName.name-is',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // "Projektets fullständiga namn är Metodutveckling för … och är ett LOVA projekt.", "The project's full name is X.":
    // the name as the text spells it out, often longer than the page's title, up to a clause or the sentence's end.
    pattern: rxc`${B}(?:[Pp]rojektets|[Ff]örstudiens|[Tt]he project's)\s+(?:(?:fullständiga|hela|officiella|full|official)\s+)?(?:namn|name)\s+(?:är|var|is|was)\s+(?<value>[\p{Lu}\p{N}”"][^,.;:!?()]{1,140}?)(?=\s*(?:[,.;:!?(]|$)|\s+(?:och|samt|and|som|which)\s+(?:är|var|is|was|har|has|ska|will|drivs|runs)\s)`,
    read: title,
    says: [
      [
        'Projektets fullständiga namn är Metodutveckling för åtgärdande av övergödningsproblem inom vattenförekomster med sämre än god status och är ett LOVA projekt.',
        'Metodutveckling för åtgärdande av övergödningsproblem inom vattenförekomster med sämre än god status',
      ],
      ["The project's full name is Baltic Sea Hazardous Substances Management.", 'Baltic Sea Hazardous Substances Management'],
    ],
    not: ['Projektets namn är inte bestämt ännu.', 'Projektledarens namn är Anna Berg.'],
  },
  {
    id: 'projectName.so-it-is-called',
    field: 'projectName',
    source: 'sentence',
    scope: 'line',
    // A news item that opens with the name, then says so: "Equal Business Growth. Så heter ett av fem projekt som
    // Almi Skåne sjösatt under våren.", "Smart Village. That is the name of a new project …".
    pattern: rxc`^(?<value>[\p{Lu}\p{N}”"][^.!?:;]{1,70}?)[.!]\s+(?:Så heter|Så kallas|That is the name of|That's the name of|This is the name of)\s+(?:(?:ett|en)\s+(?:av|nytt|ny|treårigt|tvåårigt)|(?:det|den)\s+(?:nya|nystartade)|projektet|satsningen|förstudien|a\s+new|the\s+new|one\s+of|the\s+project)${E}`,
    read: title,
    says: [
      ['Equal Business Growth. Så heter ett av fem projekt som Almi Skåne sjösatt under våren.', 'Equal Business Growth'],
      ['Smart Village. That is the name of a new project in Jämtland.', 'Smart Village'],
    ],
    not: ['Vi ses i vår. Så heter det i inbjudan.', 'Projektet startade i maj. Så heter det i rapporten.'],
  },
  {
    id: 'projectName.before-life-number',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // A LIFE project's cover: its name, then its number ("Sand Life LIFE11 NAT/SE/849 Final Report").
    pattern: rxc`(?:^|(?<=[.:]\s))(?:\d{1,3}\s+)?(?<value>\p{Lu}[\p{L}\d&-]*(?:\s+[\p{Lu}\d][\p{L}\d&-]*){0,4})\s+LIFE\s?\d{2}\s+[A-Z]{2,4}\/[A-Z]{1,3}\/\d{3,6}${E}`,
    read: title,
    says: [
      ['Sand Life LIFE11 NAT/SE/849 FINIAL Report Covering the project activities', 'Sand Life'],
      ['1 Sand Life LIFE11 NAT/SE/849 Final Report', 'Sand Life'],
    ],
    not: ['Final report Life11 NAT/SE/849 1 Sand Life'],
  },
  {
    id: 'projectName.as-it-is-called',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // "… which runs Improve Aquatic LIFE, as the project is called.", "… driver Grön Vändning, som projektet heter.": the
    // name just before the clause that calls it the project's.
    pattern: rxc`(?<value>\p{Lu}[\p{L}\d&-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d&-]*|och|i|för|av|på|and|of|for|in)){0,6}),\s+(?:as the project is called|as the project is known|som projektet heter|som projektet kallas)${E}`,
    read: title,
    says: [
      [
        'Says project manager Karin Olsson at the County Administrative Board of Skåne, which runs Improve Aquatic LIFE, as the project is called.',
        'Improve Aquatic LIFE',
      ],
      ['Region Dalarna driver Grön Vändning, som projektet heter.', 'Grön Vändning'],
    ],
    not: ['Det är viktigt, som projektet heter.'],
  },
  {
    id: 'projectName.goes-by-the-name',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // "Projektet som går under namnet, Besöksvänliga Tiveden, ska pågå under tre år", "… under the name X.".
    pattern: rxc`${B}(?:går|gick|löper|drivs|startade|goes|runs|started)\s+under\s+(?:namnet|arbetsnamnet|the\s+name)\s*,?\s+(?<value>[\p{Lu}\p{N}][^,.;:!?()”"]{1,80}?)(?=\s*(?:[,.;:!?(]|$)|\s+(?:och|samt|and|ska|skall|will|har|has)\s)`,
    read: title,
    says: [
      [
        'Projektet som går under namnet, Besöksvänliga Tiveden, ska pågå under tre år och det är utvecklingsenheten i Laxå kommun som står som projektägare.',
        'Besöksvänliga Tiveden',
      ],
    ],
    not: ['Projektet går under namnet som kommunen gav det.'],
  },
  {
    id: 'projectName.manager-for-x',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // "Amanda Hansson, ungdomskonsulent och tidigare lokal projektledare för Youth up North och Ilayda Tatli, …",
    // "Karin Engberg är projektledare för Växa och må bra.": the project a person leads, by its name; it ends at a
    // comma, a full stop, or "och" before the next person's name.
    pattern: rxc`${B}(?:[Pp]rojektledare|[Pp]rojektkoordinator|[Pp]roject\s+(?:manager|leader|coordinator))\s+(?:för|of|for)\s+(?:(?:projektet|the\s+project)\s+)?(?<value>[\p{Lu}\p{N}][\p{L}\d&/-]*(?:\s+(?!och\s+\p{Lu}|and\s+\p{Lu}|som\s|som$|who\s|sedan\s|since\s|i\s+\p{Lu}\p{Ll}+\s+kommun|på\s|vid\s|at\s|inom\s|within\s)[\p{L}\d&/-]+){0,6}?)(?=\s*(?:[,.;:!?()]|$)|\s+(?:och|and)\s+\p{Lu}|\s+(?:som|who|sedan|since|har|has|var|was|är|is|på|vid|at|inom|within|i\s+\p{Lu}\p{Ll}+\s+kommun)(?:\s|$))`,
    read: notAnOrganisation,
    says: [
      [
        'Amanda Hansson, ungdomskonsulent i Dorotea kommun och tidigare lokal projektledare för Youth up North och Ilayda Tatli, ungdomsrepresentant',
        'Youth up North',
      ],
      ['Karin Engberg är projektledare för Växa och må bra.', 'Växa och må bra'],
      ['Lena Berg är projektledare för projektet Kraftsamling skog på Skogsstyrelsen.', 'Kraftsamling skog'],
    ],
    not: [
      'Projektledare för hela projektet var Charlotte Forsberg.',
      'Hon anställdes som projektledare för att testa frågemallen.',
      'Anna Berg var projektledare för Region Gävleborg.',
    ],
  },
  {
    id: 'projectName.bears-the-quoted-name',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // "Projektet, som sträcker sig från augusti i år till samma månad 2023, bär namnet ”Digistad Örnsköldsvik”.": a
    // project, initiative or study that bears, got or goes by a name in quotes, with a clause between the two.
    pattern: rxc`${B}(?:[\p{L}-]*[Pp]rojekt\p{L}*|[Ss]atsning\p{L}*|[Ff]örstudie\p{L}*|[Ii]nitiativ\p{L}*)(?:,[^.;!?]{1,120}?,)?\s+(?:bär|bar|fick|har fått|hade fått|går under|gick under)\s+(?:namnet|arbetsnamnet)\s+${QUOTED}`,
    read: title,
    says: [
      ['Projektet, som sträcker sig från augusti i år till samma månad 2023, bär namnet ”Digistad Örnsköldsvik”.', 'Digistad Örnsköldsvik'],
      ['Satsningen har fått namnet "Lokalt ledd utveckling i Gällivare".', 'Lokalt ledd utveckling i Gällivare'],
    ],
    not: ['Föreningen bär namnet ”Byalaget”.', 'Projektet bär namnet med stolthet.'],
  },
  {
    id: 'projectName.quoted-then-a-project',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // A quoted name set beside what it is: "I december 2017 avslutades ”Vatten på Gotland”, ett fyraårigt
    // samarbetsprojekt mellan …", "”Bygdelots”, ett projekt som …".
    pattern: rx`${QUOTED},\s+(?:ett|en|a|an)\s+(?:(?!(?:om|för|av|med|i|på|de|den|det|of|about|for|on|in)\s)[\p{L}-]+\s+){0,3}?(?:[\p{L}-]*projekt|förstudie|project|pre-study)${E}`,
    read: title,
    says: [
      [
        'I december 2017 avslutades ”Vatten på Gotland”, ett fyraårigt samarbetsprojekt mellan Länsstyrelsen på Gotland och Region Gotland.',
        'Vatten på Gotland',
      ],
      ['Föreningen driver ”Bygdelots”, ett treårigt projekt om service på landsbygden.', 'Bygdelots'],
    ],
    not: [
      'Föreningen ”Byalaget”, en ideell förening, bildades 2010.',
      'Hon kallade det ”en lyckad dag”, ett av många exempel.',
      'Artikeln är en del av artikelserien ”Månadens EU-projekt”, en serie om de EU-projekt som vi är involverade i.',
    ],
  },
  {
    id: 'projectName.owners-project',
    field: 'projectName',
    source: 'sentence',
    scope: 'sentence',
    // "Länsbygderådets projekt Blekinge Utveckling i Samverkan (BLUTSAM) har under två år …": an organisation's
    // project by its name, the short form in brackets after it.
    pattern: rxc`${B}\p{Lu}[\p{L}-]+s\s+(?:EU-|förstudie)?projekt\s+${NAME}(?=\s+\(\p{Lu}{2,}[\p{Lu}\d-]*\)\s)`,
    read: title,
    says: [
      [
        'Länsbygderådets projekt Blekinge Utveckling i Samverkan (BLUTSAM) har under två år arbetat med kompetensutveckling.',
        'Blekinge Utveckling i Samverkan',
      ],
    ],
    not: ['Kommunens projekt inom besöksnäringen har gått bra.', 'Regionens projekt Vi (Alla) ska med har avslutats.'],
  },
];

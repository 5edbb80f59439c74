/**
 * Sentences and keys that name who pays for the project, beyond what the funders finder (funders.ts) reads.
 * A row's value is the list of names it gives; each name is cleaned as a funder's, and a fund named by a short
 * form is written out in the text's language ("ERUF" → "Europeiska regionala utvecklingsfonden").
 */
import { cleanName, fundIn, jointCountyBoards, type Lang, orgShaped, shortFormOf, splitNames } from '../funders.js';
import type { Rule } from './engine.js';
import { rx, rxc } from './engine.js';
import { B, E } from './pieces.js';

// An EU fund's short form in brackets after a name: "(ESF)", "(ERUF)".
const FUND_SHORT = String.raw`\((?:ESF|ERUF|ERDF|EAFRD|EJFLU)\)`;

// A list of names, up to where the clause about them ends.
const LIST = String.raw`(?<value>(?:[\p{Lu}\p{N}]|länsstyrelsen(?=\s+i\s+\p{Lu}))(?:[^.;:!?]|:s\s){1,200}?)(?=\s*(?:[.;!?]|:(?!s\s)|${FUND_SHORT}|\((?:www\.|https?:)|,\s+(?:som|vilket|vilka|which|who|där|where)\s|\s+som\s+(?:ska|skall|har|kommer|används|går)\s|\s+(?:projektet|the project|förstudien)\s|,?\s+(?:och\s+|and\s+)?(?:i\s+(?:samarbete|samverkan|partnerskap)|in\s+(?:cooperation|collaboration|partnership))\s+(?:med|with)\s|\s+as\s+(?:one|a|an|part)\s|\s+(?:för att|på\s+(?:cirka|ca|drygt|knappt|nästan|totalt|\d)|för\s+(?:(?:det|ett|en)\s+)?[\p{L}-]*projekt\p{L}*|\p{Ll}+\s+sig|i syfte|in order|to\s+\p{Ll}+|till\s+\p{Ll}+|under|during|mellan|between|sedan|since|fram till|up to|until|t\.o\.m\.|inom|within|med\s+(?:\d|totalt|ca|cirka|drygt|syfte|målet|mål|uppdrag|inriktning)|där|with\s+(?:\d|a total|approximately)|ett|en|att|det|dels|gav|ger|gjorde|har|hade|blev|löper|löpte|pågår|pågick|pågått|startade|startar|avslutades|avslutas|runs|ran|drivit|bedrivit|genomfört|startat|utvecklat|kan|kunde|ska|skall|kommer|vill|är|var|gave|gives|men|but|än|than|(?:och|and)\s+(?:har|hade|är|var|ska|has|had|is|was|will))(?:\s|(?=[.,;!?]|$))|\s+(?:Text|Foto|Tryck|Layout|Illustration(?:er)?|Omslag|Photo|Print)\s*:|\s+[–—]\s+\p{Ll}|\s+(?:19|20)\d\d(?!\d)|$))`;
const THE = String.raw`(?:(?:the|den|det)\s+)?`;
const SPLIT = /\s*[,;/]\s*|\s+(?:och|samt|liksom|and|as well as|&)\s+(?:av\s+|by\s+|från\s+|from\s+)?/iu;

/** The language a phrase is written in, for writing out fund names. */
function langOf(text: string): Lang {
  return /(?<![\p{L}])(?:the|and|by|from|of|is|was|funded|financed)(?![\p{L}])/iu.test(text) ? 'en' : 'sv';
}

// A payer's kind before its name, and the words that describe it: "den stora svenska anslagsgivaren FORTE".
const KIND_BEFORE_NAME =
  /^(?:(?:den|det|the)\s+)?(?:(?:stora|svenska|statliga|ideella|nationella|large|swedish|national|non-profit)\s+){0,3}(?:föreningen|stiftelsen|myndigheten|anslagsgivaren|forskningsrådet|forskningsfinansiären|organisationen|research council|research funder|funding agency|foundation|association|agency)\s+(?=\p{Lu})/u;

/** The names of a list, each cleaned as a funder's; a fund's short form written out. */
export function funderNames(list: string, context: string): string[] {
  const lang = langOf(context);
  const out: string[] = [];
  // "EU:s regionalfond via Tillväxtverket": the agency the money passes through pays nothing of its own.
  const parts = splitNames(jointCountyBoards(list), SPLIT);
  for (const [i, written] of parts.entries()) {
    // "Malmfältens- och Framnäs folkhögskola": the first name's ending written once, after the last.
    const next = parts[i + 1]?.trim().split(/\s+/u) ?? [];
    const raw = /\p{L}-$/u.test(written.trim()) && next.length > 1 ? `${written.trim().slice(0, -1)} ${next.slice(1).join(' ')}` : written;
    // "ISOF, Institutet för språk och folkminnen": a short form before the name it stands for.
    if (shortFormOf(raw.trim(), parts[i + 1]?.trim() ?? '')) continue;
    // "EU:s fond ''Leader plus''": the fund the union's genitive names.
    const part = raw
      .replace(/^EU:s\s+(?:fond|program(?:met)?)\s+(?:''|['"”“])?([^'"”“]{3,60}?)(?:''|['"”“])?$/u, '$1')
      // "föreningen Lokalt Ledd Utveckling Halland", "the research council Formas": the payer's kind before its name.
      .replace(KIND_BEFORE_NAME, '')
      // "Innovationsmyndigheten Vinnova": the agency's kind, then its one-word name.
      .replace(/^\p{Lu}?\p{Ll}*myndigheten\s+(?=\p{Lu}[\p{L}-]+$)/u, '');
    const fund = fundIn(part, lang);
    // "Jordbruksverkets satsning på Livskraftigt hästföretagande": the agency whose initiative or programme pays.
    const name = fund ?? initiativeOwner(part) ?? cleanName(part) ?? authority(part);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * A payer the sentence names by its kind or its programme ("med medel från Länsstyrelsen", "har finansierats av
 * regeringen", "med finansiering från Tillväxtverkets nationella program …"): the authority, as written.
 */
function authority(part: string): string | null {
  const p = part.trim().replace(/[\s.,;:]+$/u, '');
  const kind = /^(länsstyrelsen|regeringen|staten)$/iu.exec(p);
  if (kind) return kind[1]!.charAt(0).toUpperCase() + kind[1]!.slice(1);
  // "länsstyrelsen Västernorrland", "landstinget Dalarna" in running text: the authority by its name.
  const named = /^(länsstyrelsen|landstinget|regionen)(\s+(?:i\s+)?\p{Lu}[\p{L}-]*(?:s\s+län)?)$/u.exec(p);
  if (named) return cleanName(`${named[1]!.charAt(0).toUpperCase()}${named[1]!.slice(1)}${named[2]!}`);
  const owner = GENITIVE_PAYER.exec(p);
  return owner ? cleanName(owner[1]!) : null;
}

// "Tillväxtverkets nationella program", "Jordbruksverkets satsning", "Länsstyrelsens medel": the organisation whose
// programme, initiative, money or fund it is, and the kind.
const GENITIVE_PAYER =
  /^(\p{Lu}[\p{L}-]+)s\s+(?:(?:nationella|regionala|särskilda)\s+)?(program|programme|satsning|medel|fond)(?![\p{L}])/u;

/** The agency of "X:s satsning på …", "X:s nationella program …", or null. */
function initiativeOwner(part: string): string | null {
  const m = GENITIVE_PAYER.exec(part.trim());
  return m && m[2] !== 'medel' && m[2] !== 'fond' ? cleanName(m[1]!) : null;
}

/** The organisations a match names as payers: "Deltagarna finansierar projektet" and a person's gift are no funders. */
function orgPayers(m: RegExpExecArray, text: string): string[] | null {
  const v = funderNames(m.groups?.value ?? m.groups?.value2 ?? '', text).filter(orgShaped);
  return v.length ? v : null;
}

/**
 * A list that runs on into what the money was for ("medel från UR-nära för reparationer"): it ends at "för" and a word
 * in lower case, except where "för" is part of a name ("Stiftelsen för strategisk forskning", "Europeiska
 * jordbruksfonden för landsbygdsutveckling"). Case-sensitive, so a heading in capitals ("… KUNSKAP FÖR LANDETS
 * FRAMTID") is no purpose.
 */
const PURPOSE_AFTER =
  /\s+(?<!(?:\p{L}*(?:stiftelsen|myndigheten|fonden|fond|rådet|råd|institutet|institut|centrum|centret|center|föreningen|förening|förbundet|nämnden|kommittén|sällskapet|delegationen|kansliet|akademien|styrelsen|sekretariatet|forum|verket|byrån|kontoret|nätverket|kommissionen|programmet|gruppen|partnerskapet|enheten|avdelningen|förvaltningen|medel|stöd|projektstöd|anslaget|anslag|initiativet|samfundet|centralen|alliansen|plattformen|Stiftelsen|Myndigheten|Rådet|Institutet|Centrum|Centret|Center|Föreningen|Förbundet|Nämnden|Kommittén|Sällskapet|Delegationen|Akademien|Styrelsen|Sekretariatet|Forum|Verket|Kommissionen|Programmet|Nätverket))\s)för\s+\p{Ll}.*$/u;

/**
 * "från Leader Linné tillsammans med Älmhults kommun", "ERUF tillsammans med offentlig medfinansiering, främst från
 * Region X": both pay; "… tillsammans med en ekonomisk satsning" with no name: the list ends.
 */
const withPartnersJoined = (list: string): string =>
  list
    .replace(/\s+(?:tillsammans med|together with)\s+(?:[\p{Ll}\s,]+?\s(?:från|av|from|by)\s+)?(?=\p{Lu})/u, ' och ')
    .replace(/\s+(?:tillsammans med|together with)(?:\s.*)?$/u, '');

const SHORT_AFTER = new RegExp(`^\\s*(${FUND_SHORT})`, 'u');

function names(m: RegExpExecArray, text: string): string[] | null {
  // "EU´s strukturfond (ESF)": a fund named in general, then which one by its short form in brackets.
  const short = SHORT_AFTER.exec(text.slice(m.index + m[0].length));
  let list = lastSubjectCut(m, text);
  if (short && /fond\s*$/iu.test(list)) list = `${list} ${short[1]}`;
  const v = funderNames(withPartnersJoined(list.replace(PURPOSE_AFTER, '')), text);
  return v.length ? v : null;
}

/**
 * A list whose last name is the subject of the next clause ("stöds av näringslivet i regionen och Härjedalens kommun
 * är mycket positiva"): the list ends before that name.
 */
function lastSubjectCut(m: RegExpExecArray, text: string): string {
  const value = m.groups?.value ?? '';
  // The list closes the match: what follows the match follows the list.
  if (!/^\s+(?:är|var|blir|blev)\s/u.test(text.slice(m.index + m[0].length))) return value;
  const cut = /^(.+?)\s+och\s+[^,]+$/u.exec(value);
  return cut ? cut[1]! : value;
}

// A project after this one: "för ett treårigt utvecklingsprojekt", "ett fortsättningsprojekt", "for a follow-up project".
const NEXT_PROJECT =
  /(?<![\p{L}])(?:för|till|for)\s+(?:ett|a|an)\s+(?:(?:nytt|fortsatt|kommande|\p{L}*årigt|new|follow-up|\p{L}+-year)\s+)\p{L}*(?:projekt|project)|fortsättningsprojekt|follow-up project/iu;

export const FUNDER_RULES: Rule<string[]>[] = [
  {
    id: 'funders.with-x-as-funders',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // The payers named before their role: "… pågick 2017–2020 med Energimyndigheten, Region Västernorrland och Sollefteå
    // kommun som huvudfinansiärer."
    pattern: rx`${B}med\s+${THE}(?<value>[\p{Lu}](?:(?!\s(?:med|som)\s)[^.;:!?]){1,200}?)\s+som\s+(?:huvud|med|främsta\s+|största\s+)?finansiär(?:er(?:na)?)?${E}`,
    read: names,
    says: [
      [
        'Projektet pågick under perioden 2017-07-01 till 2020-03-31 med Energimyndigheten, Region Västernorrland, länsstyrelsen Västernorrland och Sollefteå kommun som huvudfinansiärer.',
        ['Energimyndigheten', 'Region Västernorrland', 'Länsstyrelsen Västernorrland', 'Sollefteå kommun'],
      ],
      ['Förstudien genomfördes med Region Gävleborg som finansiär.', ['Region Gävleborg']],
      [
        'Projektet med Sollefteå kommun som projektägare drevs 2017–2020 med Energimyndigheten och Region Västernorrland som huvudfinansiärer.',
        ['Energimyndigheten', 'Region Västernorrland'],
      ],
    ],
    not: ['Projektet genomfördes med kommunerna som finansiärer.', 'Med Anna Berg som projektledare startade projektet.'],
  },
  {
    id: 'funders.has-support-from',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "Projektet har stöd av den Europeiska flyktingfonden.", "Förstudien fick stöd från Leader Gotland."
    pattern: rx`${B}(?:projektet|förstudien|insatsen|satsningen|the project|vi)\s+(?:har|hade|får|fick|har fått|har mottagit|mottog|har erhållit|erhöll|has|had|receives|received)\s+(?:(?:ekonomiskt|finansiellt|financial)\s+)?(?:stöd|finansiering|bidrag|support|funding)\s+(?:av|från|ur|by|from)\s+${THE}${LIST}`,
    read: names,
    says: [
      ['Projektet har stöd av den Europeiska flyktingfonden.', ['Europeiska flyktingfonden']],
      ['Förstudien fick stöd från Leader Gotland och Region Gotland.', ['Leader Gotland', 'Region Gotland']],
      // The EU's publicity line on a project's page.
      [
        'Vi har mottagit stöd från Europeiska jordbruksfonden för landsbygdsutveckling.',
        ['Europeiska jordbruksfonden för landsbygdsutveckling'],
      ],
    ],
    not: ['Projektet har stöd av deltagarna i styrgruppen.', 'Företagen har fått stöd från Almi.', 'Vi har mottagit stöd från kollegorna.'],
  },
  {
    id: 'funders.payer-finances-with',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "… och EU:s regionala fond finansierar med 56 miljoner kronor", "Tillväxtverket finansierar projektet med
    // 2 miljoner kronor": the payer as the subject of financing an amount.
    pattern: rx`(?:^|\s(?:och|samt|där|medan)\s|,\s)${THE}(?<value>(?:EU:s\s+)?\p{Lu}[\p{L}:’'-]*(?:\s+[\p{L}-]+){0,4}?)\s+(?:finansierar|finansierade|delfinansierar|delfinansierade|medfinansierar|medfinansierade)\s+(?:projektet\s+|förstudien\s+|satsningen\s+)?med\s+(?:totalt\s+|drygt\s+|cirka\s+|ca\s+|knappt\s+)?\d`,
    // One payer, the verb's subject; a fund is written out in Swedish, the clause's language, not in that of a
    // project name earlier on. A subject with 'och' in it ("Örebro kommun Kultur och Fritid medfinansierade …") may
    // be one name or two, and is left alone.
    read: (m) => {
      const value = m.groups?.value ?? '';
      const v = /\s(?:och|samt)\s/u.test(value) ? null : (fundIn(value, 'sv') ?? cleanName(value));
      return v ? [v] : null;
    },
    says: [
      [
        'The North Sweden Green Deal pågår under 2022 och 2023 och EU:s regionala fond finansierar med 56 miljoner kronor.',
        ['Europeiska regionala utvecklingsfonden'],
      ],
      ['Tillväxtverket finansierar projektet med 2 miljoner kronor.', ['Tillväxtverket']],
    ],
    not: [
      'Företagen finansierar med egen tid.',
      'Deltagarna finansierar projektet med egna medel.',
      'Projektet finansierades av EU medan Örebro kommun Kultur och Fritid medfinansierade projektet med 10% av beloppet.',
    ],
  },
  {
    id: 'funders.financing-found-at',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "Projektfinansiering har då hittats hos Tillväxtverket.": where the project's money was found.
    pattern: rx`${B}(?:projektfinansiering(?:en)?|finansiering(?:en)?|medel|pengar(?:na)?)\s+(?:har\s+|hade\s+)?(?:då\s+|sedan\s+|nu\s+)?(?:hittats|hittades|sökts och beviljats|beviljats)\s+(?:då\s+|nu\s+)?(?:hos|från)\s+${THE}${LIST}`,
    read: names,
    says: [['Projektfinansiering har då hittats hos Tillväxtverket.', ['Tillväxtverket']]],
    not: ['Finansiering har hittats hos flera av deltagarna.'],
  },
  {
    id: 'funders.support-came-from',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "Stödet kom bland annat från Europeiska Jordbruksfonden för Landsbygdsutveckling och det lokala partnerskapet i
    // Leader Mittland Plus." (the Leader area a local partnership is of).
    pattern: rx`${B}(?:stödet|projektstödet|projektets\s+(?:stöd|finansiering)|finansieringen|pengarna|medlen)\s+(?:till\s+projektet\s+)?(?:kom|kommer|har kommit)\s+(?:bland annat\s+|främst\s+|huvudsakligen\s+|i huvudsak\s+)?(?:från|ur)\s+${THE}(?<value>[\p{Lu}][^.;:!?]{1,200}?)(?=\s*[.;!?]|$)`,
    read: (m, text) => {
      const list = (m.groups?.value ?? '').replace(/(?:det|den)\s+lokala\s+(?:leader)?partnerskapet\s+i\s+(?=Leader\s)/giu, '');
      const v = funderNames(list, text);
      return v.length ? v : null;
    },
    says: [
      [
        'Stödet kom bland annat från Europeiska Jordbruksfonden för Landsbygdsutveckling och det lokala partnerskapet i Leader Mittland Plus.',
        ['Europeiska Jordbruksfonden för Landsbygdsutveckling', 'Leader Mittland Plus'],
      ],
      [
        'Projektets stöd kom bland annat från Europeiska Jordbruksfonden för Landsbygdsutveckling och från det lokala leaderpartnerskapet.',
        ['Europeiska Jordbruksfonden för Landsbygdsutveckling'],
      ],
    ],
    not: ['Pengarna kom från försäljningen av biljetter.', 'Projektets stöd kom från deltagarna själva.'],
  },
  {
    id: 'funders.financed-by',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // Not projects in general ("… an open-data platform for projects co-financed by the European Regional Development
    // Fund, the European Social Fund Plus …", "för projekt som finansieras av …").
    pattern: rx`${B}(?<!(?:projects|initiatives|operations)\s+(?:that\s+(?:are|were)\s+)?(?:co-?)?|(?:för|alla|andra|flera)\s+projekt\s+som\s+(?:med|del)?|ordinarie\s+verksamhet,?\s+som\s+(?:\p{L}+\s+){0,3})(?:(?:med|del|sam|co-?)?finansier(?:as|ades|ats|at|ad|ade)|bekosta(?:s|des|ts|t)|(?:co-?)?financed|(?:co-?)?funded|paid for|(?:finansiellt|ekonomiskt)\s+(?:stöttades|stöttas|stöds|stöddes)(?:\s+projektet)?|(?<=(?:projektet|förstudien)\s+)(?:stöds|stöddes|stöttas|stöttades|har stötts|har stöttats)(?:\s+(?:ekonomiskt|finansiellt))?)\s+(?:(?:det|projektet|förstudien|satsningen|arbetet)\s+)?(?:(?:med|with|via|genom)\s+(?:stöd|[\p{L}-]*medel|support|funds?)\s+)?(?:(?:främst|huvudsakligen|i huvudsak|till största delen|till stor del|till hälften|till en (?:tredjedel|fjärdedel)|till \d{1,3}\s*(?:%|procent)|i sin helhet|helt|mainly|primarily|delvis|partly|jointly|fully|entirely|half)\s+)?(?:av|från|ur|genom|via|by|from|through)(?:(?<=(?:är|var|har varit|blev|is|was)\s+\p{L}+\s+(?:av|by)):)?\s+${THE}${LIST}`,
    read: names,
    says: [
      [
        'LANDA drevs av Samordningsförbundet Göteborg under perioden september 2020 till februari 2023 och finansierades av Europeiska socialfonden (ESF).',
        ['Europeiska socialfonden'],
      ],
      ['The project is co-financed by the European Regional Development Fund.', ['European Regional Development Fund']],
      [
        'VOPD is a three-year project led by the Centre for Rural Medicine in Storuman and financed by the Nordic Council of Ministers as one of Sweden’s chairmanship projects.',
        ['Nordic Council of Ministers'],
      ],
      ['Projektet stöds av Vinnova.', ['Vinnova']],
      ['Projektet finansierades till hälften av Europeiska regionalfonden.', ['Europeiska regionala utvecklingsfonden']],
      // A colon after "är finansierat av", the money's source after "ur", a purpose or a web address after the payer.
      [
        'Projektet är finansierat av: Region Blekinge, Länsstyrelsen i Blekinge och Karlskrona kommun.',
        ['Region Blekinge', 'Länsstyrelsen i Blekinge', 'Karlskrona kommun'],
      ],
      ['Projektet finansieras ur Viltvårdsfonden med 1 500 000 kronor i anslag för 2019–2021.', ['Viltvårdsfonden']],
      ['Det var ett projekt finansierat av Tillväxt Trädgård med syfte att lyfta de halländska växthusodlarna.', ['Tillväxt Trädgård']],
      ['Projektet finansieras av Samordningsförbundet (www.samordningsforbundet.se).', ['Samordningsförbundet']],
      // A verb after the payer ends the list: "… finansieras av Interreg löper 2019-2021".
      ['Projektet som finansieras av Interreg Sverige-Norge löper 2019-2021.', ['Interreg Sverige-Norge']],
      [
        'Projektet finansieras av Naturvårdsverket och Länsstyrelserna i Skåne, Halland och Kalmar län.',
        ['Naturvårdsverket', 'Länsstyrelsen i Skåne län', 'Länsstyrelsen i Hallands län', 'Länsstyrelsen i Kalmar län'],
      ],
      ['Projektet finansieras av Region Halland och Leader Halland.', ['Region Halland', 'Leader Halland']],
      ['Resten finansieras i huvudsak av Region Jönköpings län, Almi och Företagarna.', ['Region Jönköpings län', 'Almi', 'Företagarna']],
      ['Medfinansierades via Europeiska fiskerifonden samt Länstyrelsen Blekinge.', ['Europeiska fiskerifonden', 'Länstyrelsen Blekinge']],
      ['Finansiellt stöttades projektet av Vinnova med ett totalt beviljat bidrag på 1.9 miljoner kronor.', ['Vinnova']],
      ['Projektet har till stor del finansierats via stöd från Leader Folkungaland.', ['Leader Folkungaland']],
      [
        'Projektet har finansierats i sin helhet av Trafikverket, Energimyndigheten, VINNOVA, Siemens och Scania.',
        ['Trafikverket', 'Energimyndigheten', 'VINNOVA', 'Siemens', 'Scania'],
      ],
      [
        'Ett rehabiliteringsprojekt finansierat av Svenska ESF-rådet och Försäkringskassan i Skåne.',
        ['Svenska ESF-rådet', 'Försäkringskassan i Skåne'],
      ],
      [
        'Detta är den sammanfattande slutrapporten från förstudien som samfinansierats av Miljöfordon Sverige och Coompanion Kalmar län.',
        ['Miljöfordon Sverige', 'Coompanion Kalmar län'],
      ],
      // The subject after the verb ("finansierades det av"), a kind of money before its payer ("med tillväxtmedel från").
      ['Till största delen finansierades det av Vinnova, som är en myndighet.', ['Vinnova']],
      // A name's ending written once for two ("Malmfältens- och Framnäs folkhögskola"); a fund named by its short form.
      [
        'Under år 1 finansierades projektet av Malmfältens- och Framnäs folkhögskola, EU´s strukturfond (ESF).',
        ['Malmfältens folkhögskola', 'Framnäs folkhögskola', 'Europeiska socialfonden'],
      ],
      [
        'Satsningen samfinansieras med tillväxtmedel från Region Gotland och EU-medel från Länsstyrelsen i Gotlands län.',
        ['Region Gotland', 'Länsstyrelsen i Gotlands län'],
      ],
      [
        'Swedish Scaleups is a regional fund project funded by the Swedish Agency for Economic and Regional Growth and the European Regional Development Fund.',
        ['Swedish Agency for Economic and Regional Growth', 'European Regional Development Fund'],
      ],
    ],
    not: [
      // The list's last name is the subject of the next clause.
      'VM projektet stöds av näringslivet i regionen och Härjedalens kommun är mycket positiva.',
      // The owner's ordinary work after the project, not the project.
      'Den fortsatta verksamheten integreras i RFSU:s ordinarie verksamhet, som till största delen finansieras av Folkhälsomyndigheten men även av andra aktörer.',
      'Projektet finansieras delvis av deltagarna själva.',
      "Kohesio is the European Commission's open-data platform for projects co-financed by the European Regional Development Fund, the European Social Fund Plus, the Cohesion Fund and the Just Transition Fund.",
    ],
  },
  {
    id: 'funders.granted-the-right-to-carry-out',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // The sentence's subject grants an organisation the project: "Tillväxtverket har nu beviljat Visual Arena
    // Lindholmen att genomföra projektet", "Leader Kustlinjen har beslutat att bevilja ansökan från Ångslupen Munters
    // vänner att färdigställa ett hamnkontor".
    pattern: rxc`^(?<value>\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|i|för)){0,4})\s+(?:har\s+(?:nu\s+)?beviljat|beviljade|beviljar|har\s+(?:nu\s+)?beslutat\s+att\s+bevilja|beslutade\s+att\s+bevilja)\s+(?:(?:en\s+)?ansökan\s+från\s+)?\p{Lu}[^.;:!?]{1,80}?\s+att\s+(?:genomföra|driva|starta|bedriva|färdigställa|bygga)\s`,
    read: orgPayers,
    says: [
      ['Tillväxtverket har nu beviljat Visual Arena Lindholmen att genomföra projektet "Digitalverkstan".', ['Tillväxtverket']],
      [
        'Leader Kustlinjen har beslutat att bevilja ansökan från Ångslupen Munters vänner att färdigställa ett hamnkontor.',
        ['Leader Kustlinjen'],
      ],
    ],
    not: ['Anna Berg har beviljat Visual Arena att genomföra projektet.', 'Vi har beviljat Region X att driva projektet.'],
  },
  {
    id: 'funders.granted-the-application',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // The sentence's subject grants the project's application: "EU:s strukturfonder har beviljat en projektansökan för
    // att skapa …".
    pattern: rxc`(?:^|(?<=(?:beslutet|beskedet|besked|glädjebeskedet|nyheten)\s+att\s+))(?<value>(?:EU:s\s+)?\p{Lu}[\p{L}:-]*(?:\s+(?:\p{Lu}[\p{L}-]*|i|för|strukturfonder|regionalfond|socialfond)){0,4})\s+(?:har\s+(?:nu\s+)?beviljat|beviljat|beviljade|beviljar)\s+(?:en|vår|deras|projektets|föreningens|kommunens|\p{Lu}[\p{L}-]+s)\s+(?:projekt)?ansökan${E}`,
    read: orgPayers,
    says: [
      ['EU:s strukturfonder har beviljat en projektansökan för att skapa en webbaserad plattform.', ['EU:s strukturfonder']],
      // The news that it granted, and whose application: "… tilldelades beslutet att Tillväxtverket beviljat Glasrikets ansökan".
      ['Den 15:e oktober tilldelades beslutet att Tillväxtverket beviljat Glasrikets ansökan.', ['Tillväxtverket']],
    ],
    not: ['Vi har beviljat en ansökan om bygglov.', 'Anna Berg beviljade en ansökan om ledighet.'],
  },
  {
    id: 'funders.project-that-x-financed',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // The project, then who paid for it: "GöteborgPlus är ett projekt som Västra Götalandsregionen medfinansierat 2007-2010".
    pattern: rxc`${B}(?:ett|det|detta)\s+(?:[\p{L}-]+\s+)?[\p{L}-]*(?:projekt|förstudie)\s+som\s+(?<value>\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|i|för|och)){0,5}?)\s+(?:har\s+|hade\s+)?(?:finansierat|medfinansierat|delfinansierat|finansierar|medfinansierar|finansierade|medfinansierade|bekostat|bekostar)${E}`,
    read: orgPayers,
    says: [['GöteborgPlus är ett projekt som Västra Götalandsregionen medfinansierat 2007-2010.', ['Västra Götalandsregionen']]],
    not: ['Det är ett projekt som vi finansierar själva.', 'Det är ett projekt som Anna Berg bekostar.'],
  },
  {
    id: 'funders.money-was-granted-by',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // The money as the subject, the payer after "av": "Finansiering har beviljats av Nordiska Ministerrådet och
    // medfinansiering erhölls av J.AIb.Sandmans Stiftelsen".
    pattern: rx`${B}(?:finansiering(?:en)?|medfinansiering(?:en)?|projektstöd(?:et)?|bidrag(?:et)?)\s+(?:har\s+|hade\s+)?(?:beviljats|beviljades|erhölls|erhålls|har erhållits|lämnades|har lämnats)\s+(?:av|från)\s+${THE}${LIST}`,
    read: names,
    says: [
      [
        'Finansiering har beviljats av Nordiska Ministerrådet och medfinansiering erhölls av Sandmans Stiftelsen.',
        ['Nordiska Ministerrådet'],
      ],
      ['Medfinansiering erhölls av Region Gotland.', ['Region Gotland']],
    ],
    not: ['Finansiering har beviljats av styrelsen.'],
  },
  {
    id: 'funders.word-from-payer',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // The owner has word that the payer grants money: "Svenska Fåravelsförbundet har just fått besked från
    // Jordbruksverket, om att man beviljar finansiering för …".
    pattern: rxc`${B}(?:fått|fick|får)\s+(?:(?:ett\s+)?(?:positivt|glädjande)\s+)?besked\s+från\s+(?<value>\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|i|för)){0,4}?),?\s+(?:om\s+)?att\s+(?:man|de|myndigheten|fonden|det|projektet|föreningen|vi|ansökan)\s+(?:beviljar|beviljas|har beviljats|har beviljat|beviljat|får|fått)\s+(?:\p{Ll}+\s+)?(?:finansiering|stöd|medel|bidrag|pengar)`,
    read: names,
    says: [
      [
        'Svenska Fåravelsförbundet har just fått besked från Jordbruksverket, om att man beviljar finansiering för utvecklingen av en stängselhandbok.',
        ['Jordbruksverket'],
      ],
    ],
    not: ['Vi har fått besked från kommunen om att bygget kan starta.'],
  },
  {
    id: 'funders.with-support-from',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "… bedriver projekt med finansiering från …" speaks of projects in general, not of this one; an event "arrangerades
    // av X med stöd av Y" names who helped with the event.
    pattern: rx`${B}(?<!(?:bedriver|driver|bedrivit|drivit|runs?|running)\s(?:projekt|projects)\s|(?:arrangerades|arrangeras|anordnades|anordnas|hölls)\s+av\s+[^.]{1,80}\s)(?:med(?:\s+hjälp\s+av)?|with|tack vare|thanks to|(?:made possible\s+)?through\s+the|genom(?=\s+(?:ekonomiskt\s+|finansiellt\s+)?(?:finansiering|medfinansiering|delfinansiering|anslag|bidrag|stöd|medel|projektmedel)\s))\s+(?:ekonomiskt\s+|finansiellt\s+|financial\s+)?(?:stöd|bidrag|anslag|medel|projektmedel|pengar|finansiering|delfinansiering|medfinansiering|support|funding|financing)\s+(?:från|av|ur|by|from|of)\s+${THE}${LIST}`,
    read: names,
    says: [
      // Partners after the payers are no payers.
      [
        'Glommersbär, ett innovationsprojekt drivet av Glommers Miljöenergi AB med stöd av Länsstyrelsen i Norrbotten och i samarbete med SP Sveriges Tekniska Forskningsinstitut och Hushållningssällskapet.',
        ['Länsstyrelsen i Norrbotten'],
      ],
      [
        'Projektet genomförs med pengar från EU:s regionalfond EU-REACT, som har beviljats av Strukturfondspartnerskapet.',
        ['Europeiska regionala utvecklingsfonden'],
      ],
      [
        'Projektet finansieras av landsbygdsprogrammet 2014–2020 med pengar från europeiska jordbruksfonden för landsbygdsutveckling.',
        ['Europeiska jordbruksfonden för landsbygdsutveckling'],
      ],
      ['Det är två saker som Region Kronoberg ska åstadkomma med stöd av Tillväxtverket fram till år 2022.', ['Tillväxtverket']],
      [
        'Följande redovisning är en slutredovisning av projekt Exsistre som medfinansierats med stöd från Europeiska Socialfonden.',
        ['Europeiska Socialfonden'],
      ],
      ['Föreningen startade 2009 med stöd av Leader sydost ett samarbetsprojekt.', ['Leader sydost']],
      [
        'Genom finansiering från Innovationsmyndigheten Vinnova och Riksidrottsförbundet har Parasport Sverige utvecklat nya metoder.',
        ['Vinnova', 'Riksidrottsförbundet'],
      ],
      [
        'Under perioden 2016–2020 har Film Västernorrland med stöd från Region Västernorrland och Sundsvalls kommun drivit projektet Etablering filmfond.',
        ['Region Västernorrland', 'Sundsvalls kommun'],
      ],
      ['Det i kombination med stöd från Tillväxtverket gav möjlighet att även utveckla idéerna om miljöförbättringar.', ['Tillväxtverket']],
      [
        'Stärkt serviceutveckling i Kronobergs län är ett projekt med anslag från Tillväxtverket, initierat av Region Kronoberg.',
        ['Tillväxtverket'],
      ],
      ['Slutrapport för projekt med stöd från Delegationen för Hållbara Städer.', ['Delegationen för Hållbara Städer']],
      [
        'Under åren drev Region Skåne med finansiering från den Europeiska regionala utvecklingsfonden projektet ESS MAX IV.',
        ['Europeiska regionala utvecklingsfonden'],
      ],
      [
        'Projektet har varit möjligt tack vare finansiering från Region Jämtland Härjedalen och EU:s regionala utvecklingsfond.',
        ['Region Jämtland Härjedalen', 'Europeiska regionala utvecklingsfonden'],
      ],
      [
        'Några av dessa insatser har kunnat genomföras med hjälp av ekonomiskt stöd från Brottsförebyggande rådet (Brå).',
        ['Brottsförebyggande rådet'],
      ],
      [
        'Under åren drev Region Skåne med finansiering från den Europeiska regionala strukturfonden projektet ESS MAX IV i regionen TITA.',
        ['Europeiska regionala strukturfonden'],
      ],
      ['Folkhögskolespåret, som har bedrivits i fyra län med medel från Länsstyrelsen, avslutas nu under 2018.', ['Länsstyrelsen']],
      [
        'Projektet har drivits av Åtigårns ekonomiska förening med finansiering från Tillväxtverkets nationella program Resurscentra för kvinnor.',
        ['Tillväxtverket'],
      ],
      ['Förstudien är finansierad med medel från Jordbruksverkets satsning på Livskraftigt hästföretagande.', ['Jordbruksverket']],
      [
        'In 2011, the two cities engaged in a joint project, made possible through the support of the European Regional Development Fund.',
        ['European Regional Development Fund'],
      ],
      [
        'Det fyraåriga projektet har möjliggjorts i Sverige genom stöd från EU Interreg Öresund-Kattegatt-Skagerrak och Västra Götalands regionutvecklingsnämnd.',
        ['EU Interreg Öresund-Kattegatt-Skagerrak', 'Västra Götalands regionutvecklingsnämnd'],
      ],
    ],
    not: [
      'Med stöd från kollegor gick arbetet bra.',
      'Länets största projektägare som bedriver projekt med finansiering från Europeiska Regionalfonden.',
      'Invigningen arrangerades av Länsstyrelsen Kalmar län med stöd av Linnéuniversitetet och Energikontor Sydost.',
    ],
  },
  {
    id: 'funders.granted-from',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    pattern: rx`${B}(?:blivit tilldelade|blivit beviljade|beviljats|beviljat|beviljade|beviljades|beviljas|tilldelats|tilldelades|tilldelas|prioriterades|har fått|fick|får|få|erhållit|erhöll|erhåller|att ge|ger|gav|består av|bestod av|utgörs av|utgjordes av|been granted|was granted|received|receives|was awarded|has been awarded)\s+(?:(?:[^.]|\.(?=\d)){0,60}?\s)?(?:\p{L}*(?:stöd|medel|bidrag|anslag)|pengar|EU-stöd|EU-medel|finansiering|funding|a grant|support|kr|kronor|SEK|miljoner|miljon|millions?|mkr)\s+(?:[^.]{0,30}?\s)?(?:ur|från|ifrån|av|genom|via|by|from)\s+${THE}${LIST}`,
    // Money granted for a next project ("… beviljats medel från Region Gävleborg … för ett treårigt utvecklingsprojekt",
    // "ett fortsättningsprojekt") pays for that one, not this.
    read: (m, text) => (NEXT_PROJECT.test(text.slice(m.index)) ? null : names(m, text)),
    says: [
      // A compound grant word, a county board in lower case: "beviljades X kulturmiljövårdsanslag från länsstyrelsen i …".
      [
        'Under 2012-2013 beviljades Hantverkslaboratoriet kulturmiljövårdsanslag från länsstyrelsen i Örebro län för att genomföra projektet.',
        ['Länsstyrelsen i Örebro län'],
      ],
      ['Länsstyrelsen Dalarna får ett par miljoner från Jordbruksverket som ska satsas på servicen på landsbygden.', ['Jordbruksverket']],
      ['Simskola för alla startades 2011, då vi lyckades få finansiering till projektet genom Postkodstiftelsen.', ['Postkodstiftelsen']],
      // What the money was for ends the list at the sentence's end too.
      ['Tekniska Verken har beviljats 1,8 miljoner kronor av Jordbruksverket för projektet.', ['Jordbruksverket']],
      // What the money was for ends the list; "tillsammans med" a name adds a payer.
      [
        'I samband med detta ansökte och beviljades även föreningen medel från UR-nära för reparationer samt för en förstudie.',
        ['UR-nära'],
      ],
      [
        'Det beviljade stödet på 315 000 kronor från Leader Linné tillsammans med en ekonomisk satsning från Älmhults kommun gör det möjligt.',
        ['Leader Linné'],
      ],
      ['Kommunen har beviljats stöd från Leader Linné tillsammans med Region Kronoberg.', ['Leader Linné', 'Region Kronoberg']],
      [
        'Länsstyrelsen har beviljats ekonomiskt stöd ur Europeiska regionala utvecklingsfonden, området attraktiv livsmiljö.',
        ['Europeiska regionala utvecklingsfonden'],
      ],
      [
        'En satsning på parkour som beviljats särskilda Idrottslyftsmedel från Riksidrottsförbundet under en projektperiod på 18 månader.',
        ['Riksidrottsförbundet'],
      ],
      [
        'Projektet har tilldelats stöd från Delegationen för Hållbara Städer 2012 och har pågått under två år.',
        ['Delegationen för Hållbara Städer'],
      ],
      ['Projektet påbörjades våren 2022 och har fått projektmedel från Tillväxtverket.', ['Tillväxtverket']],
      [
        'Visit Hornborgasjön har blivit tilldelade projektmedel från Tillväxtverket dels för ett platsutvecklingsprojekt.',
        ['Tillväxtverket'],
      ],
      // A verb after the name ends it: "… stöd från Arvsfonden kan vi nu slutredovisa projektet …".
      ['Tack vare beviljat stöd från Arvsfonden kan vi nu slutredovisa projektet.', ['Arvsfonden']],
      ['Kommunen har fått ett projektstöd av Tillväxtverket på cirka 3,5 miljoner kronor för att förbättra servicen.', ['Tillväxtverket']],
      // The project the money is for ends the payer's name, and so does a verb with its 'sig'.
      ['Lindholmen Science Park AB har beviljats drygt 9 miljoner kronor av Vinnova för Closer-projektet Sendsmart.', ['Vinnova']],
      ['Alla som får stöd från Allmänna Arvsfonden förbinder sig att driva verksamheten i tio år.', ['Allmänna Arvsfonden']],
      [
        'KIFA, Kil Innovation Food Arena, beviljades 2009 medel från Europeiska regionala utvecklingsfonden för att samordna nya utvecklingsfrågor.',
        ['Europeiska regionala utvecklingsfonden'],
      ],
      ['The project was granted funding from the Swedish Energy Agency in 2019.', ['Swedish Energy Agency']],
      // An amount with decimals, and the payer named after its kind ("föreningen", "the research council").
      ['Lund Municipality has been granted SEK 5.9 million from Vinnova to undertake the project.', ['Vinnova']],
      [
        'Falkenbergs kommun har beviljats projektmedel av föreningen Lokalt Ledd Utveckling Halland för att skapa en mötesplats.',
        ['Lokalt Ledd Utveckling Halland'],
      ],
      [
        'The project received funding from the research council Formas and the European Commission under Horizon Europe.',
        ['Formas', 'European Commission'],
      ],
      ['Projektet Folkets hus mitt i byn prioriterades stöd från Leader Mittland Plus.', ['Leader Mittland Plus']],
      [
        'Idag beslutade Strukturfondspartnerskapet i Västsverige att ge stöd från Europeiska socialfonden (ESF) till ett samverkansprojekt.',
        ['Europeiska socialfonden'],
      ],
    ],
    not: [
      'Företagen har fått stöd från projektledaren.',
      'Förstudien har resulterat i att Ljusdals kommun ansökt hos och beviljats medel från Region Gävleborg och strukturfonden för ett treårigt utvecklingsprojekt för Stenegård.',
    ],
  },
  {
    id: 'funders.amount-from',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "3 706 566 kr från Europeiska socialfonden och 1 235 522 kr från Region Kronoberg": each amount's payer.
    // A fund named in lower case after "den" ("får över 6 miljoner kronor från den europeiska strukturfonden") is named too.
    // The project named between the amount and its payer: "300 000 kronor för projektet ”Jiddischrevitalisering …” från
    // ISOF, Institutet för språk och folkminnen" (a short form written out after it is the payer's name).
    pattern: rxc`\d[\d\s.,]*\s*(?:kr|kronor|SEK|miljoner(?: kronor)?|mkr|Mkr|MSEK)\s+(?:i\s+\p{Ll}+\s+)?(?:för\s+(?:projektet|förstudien)\s+(?:[”"“][^”"“]{2,100}[”"“]|\p{Lu}[\p{L}\s-]{1,60}?)\s+)?(?:(?:är|kommer|kom|var|is|comes|came)\s+)?(?:från|ur|from)\s+${THE}(?<value>(?:[\p{Lu}]|europeiska\s)(?:[^.;:!?,]|:s\s){1,80}?)(?=\s*(?:[.;!?,]|:(?!s\s)|\s+(?:och|samt|and|för|for|till|to|i|in|gjorde|gör|har|hade|är|var|ska|skall|kommer|kan|kunde|gav|ger|made|has|had|is|was)\s|$))`,
    read: (m, text) => {
      let value = m.groups?.value ?? '';
      const spelled = /^,\s+(\p{Lu}[^.;:!?,]{3,80}?)(?=\s*(?:[.;!?,]|$))/u.exec(text.slice(m.index + m[0].length));
      if (spelled && shortFormOf(value.trim(), spelled[1]!)) value = spelled[1]!;
      const v = funderNames(withPartnersJoined(value.replace(/^europeiska/u, 'Europeiska')), text);
      return v.length ? v : null;
    },
    says: [
      [
        'I förra veckan tilldelades Region Kronoberg och kommunerna 3 706 566 kr från Europeiska socialfonden och 1 235 522 kr från Region Kronoberg för att arbeta med projektet.',
        ['Europeiska socialfonden'],
      ],
      [
        'Nu står det klart att Örebroinitiativet ”Innovationssluss 2.0” får över 6 miljoner kronor från den europeiska strukturfonden.',
        ['Europeiska strukturfonden'],
      ],
      ["Länet får totalt 70 miljoner från EU:s fond ''Leader plus'' till projektet ''Våg 21''.", ['Leader plus']],
      [
        'Sveriges Jiddischförbund har erhållit sammanlagt 300 000 kronor för projektet ”Jiddischrevitalisering för barn och ungdomar” från ISOF, Institutet för språk och folkminnen.',
        ['Institutet för språk och folkminnen'],
      ],
      [
        'Den totala budgeten är ca 60 miljoner SEK, varav 28 miljoner är från Arbetsförmedlingen, 25 miljoner från Europeiska socialfonden (ESF) och 7 miljoner från berörda kommuner.',
        ['Arbetsförmedlingen'],
      ],
      // A verb after the payer ends its name.
      ['Ett projektbidrag på 29000 kr från Riksantikvarieämbetet gjorde det möjligt att bilda ett nätverk.', ['Riksantikvarieämbetet']],
      [
        'Det beviljade stödet på 315 000 kronor från Leader Linné tillsammans med en ekonomisk satsning från Älmhults kommun gör att arbetet kan fortsätta.',
        ['Leader Linné', 'Älmhults kommun'],
      ],
    ],
    not: ['Omsättningen ökade med 3 miljoner kronor från året innan.'],
  },
  {
    id: 'funders.payer-financed-project',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // The payer written into the project's description: "i ett Vinnova-finansierat projekt", "det
    // Vinnovafinansierade projektet", "det MSB-finansierade projektet". A vague "EU-finansierat" names no payer.
    pattern: rx`${B}(?:ett|det|de|detta)\s+(?<value>\p{Lu}\p{L}*?\p{L})-?finansiera(?:t|de)\s+(?:\p{Ll}+\s+)?[\p{L}-]*(?:projekt|förstudie)\p{L}*`,
    read: (m, text) => (/^(?:EU|Leader|Stats?)$/u.test(m.groups?.value ?? '') ? null : names(m, text)),
    says: [
      ['Under 2019 arbetar Hållbar Utveckling Skåne i ett Vinnova-finansierat projekt för att sätta strukturer.', ['Vinnova']],
      ['Under fyra år bedrevs det Vinnovafinansierade projektet Innovationsupphandling X av Inköp Gävleborg.', ['Vinnova']],
      ['Det Vinnovafinansierade pilotprojektet har under sina tre stopp i inlandet gjort succé.', ['Vinnova']],
    ],
    not: ['Relocate är ett av de EU-finansierade projekten i regionen.', 'Det självfinansierade projektet gick bra.'],
  },
  {
    id: 'funders.gives-support-to-project',
    field: 'funders',
    source: 'sentence',
    // A heading as often as a sentence: each line on its own.
    scope: 'line',
    // The payer as the subject of giving support to the project: "Svenska regeringen ger stöd till projektet Finska nu",
    // "Kulturrådet ger bidrag till projektet". The project must be the receiver.
    pattern: rx`^(?:Den\s+)?(?<value>\p{Lu}[\p{L}-]*(?:\s+(?:i\s+)?[\p{L}-]+){0,3}?)\s+(?:ger|gav|har\s+gett|har\s+givit)\s+(?:\p{Ll}+\s+)?(?:stöd|bidrag|pengar|medel)\s+till\s+(?:projektet|förstudien|satsningen)${E}`,
    read: (m, text) => (/^(?:Projektet|Föreningen|Kommunen|Det|Detta|Vi|Han|Hon|De)$/u.test(m.groups?.value ?? '') ? null : names(m, text)),
    says: [
      ['Svenska regeringen ger stöd till projektet Finska nu', ['Svenska regeringen']],
      ['Kulturrådet ger ekonomiskt stöd till projektet under två år.', ['Kulturrådet']],
    ],
    not: ['Projektet ger stöd till projektet i Norge.', 'Vi ger stöd till företagen i regionen.'],
  },
  {
    id: 'funders.money-comes-from',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // Where the money comes from: "Resterande 40% kommer från EU:s Regionalfond genom programmet …", "Finansieringen av
    // detta projekt kommer från Landsbygdsprogrammet via LAG Lundaland".
    pattern: rx`${B}(?:(?:resterande|övriga|resten|the\s+remaining|the\s+rest)(?:\s+\d+\s*%|\s+(?:delen|finansieringen|medlen|medel|funding|share))?|finansieringen(?:\s+(?:av|för)\s+(?:detta|det\s+här)\s+projekt)?|(?:pengarna|medlen|stödet|bidraget)(?:\s+(?:till|för)\s+(?:projektet|förstudien))?|the\s+(?:money|grant)|the\s+funding(?:\s+for\s+(?:this|the)\s+project)?)\s+(?:kommer|kom|har\s+kommit|comes|came)\s+(?:från|from)\s+${THE}${LIST}`,
    read: names,
    says: [
      [
        'Resterande 40% kommer från EU:s Regionalfond genom programmet Hållbar urban utveckling.',
        ['Europeiska regionala utvecklingsfonden'],
      ],
      ['Finansieringen av detta projekt kommer från Region Skåne och Lunds kommun.', ['Region Skåne', 'Lunds kommun']],
      ['Pengarna kommer från Europeiska socialfonden.', ['Europeiska socialfonden']],
      ['Stödet kommer från Europeiska jordbruksfonden för landsbygdsutveckling.', ['Europeiska jordbruksfonden för landsbygdsutveckling']],
    ],
    not: ['Resterande deltagare kommer från Ludvika.', 'Idén kommer från Region Dalarna.'],
  },
  {
    id: 'funders.decided-to-give',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "Energimyndigheten har beslutat att ge en miljon kronor i stöd till främjande av solenergi …": the one who decides
    // to give the money.
    pattern: rxc`^(?<value>\p{Lu}[\p{L}-]*(?:\s+(?:i|för|\p{Lu}[\p{L}-]*)){0,4}?)\s+(?:har\s+)?(?:beslutat|beslutade)\s+att\s+(?:ge|bevilja|tilldela)\s+(?:[^.]{0,40}?\s)?(?:kronor|kr|mkr|miljoner|miljon|stöd|medel|bidrag)\s+(?:[^.]{0,30}?\s)?(?:till|för)\s`,
    read: names,
    says: [
      [
        'Energimyndigheten har beslutat att ge en miljon kronor i stöd till främjande av solenergi i Västra Götaland.',
        ['Energimyndigheten'],
      ],
    ],
    not: ['Styrgruppen har beslutat att ge projektledaren mandat till att anställa.'],
  },
  {
    id: 'funders.payer-grants',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // The payer as the subject of granting or giving an amount: "Länsstyrelsen har beviljat 3 255 500 kronor i
    // investeringsstöd …", "Havs- och vattenmyndigheten, HaV, ger totalt sex miljoner kronor …", or in a clause after
    // its name: "… anslagsgivaren FORTE, som beviljar oss … 4,9 miljoner SEK".
    pattern: rxc`(?:^|(?<=(?:beskedet|besked|glädjebeskedet|nyheten)\s+att\s+)|(?<=\s)(?=\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3},\s+som\s))(?<value>\p{Lu}[\p{L}-]*(?:\s+(?:och|i|för|\p{Lu}[\p{L}-]*|\p{Ll}[\p{L}-]*(?:myndigheten|verket|rådet|fonden)(?![\p{L}])|län(?![\p{L}]))){0,5}?)(?:,\s*\p{Lu}[\p{L}-]{1,10},)?,?\s+(?:som\s+)?(?:har\s+(?:(?:nu|idag|i dag|den\s+\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december))\s+)?)?(?:beslutat\s+(?:att\s+)?)?(?:beviljar|beviljat|beviljade|bevilja|ger|gav|har gett|har givit|(?:går|gick|har gått|hade gått)\s+in\s+med|grants|granted|awards|awarded)\s+(?:(?:[^.]|\.(?=\d)){0,50}?\s)?(?:(?:\d[\d\s]*(?:[.,]\d+)?\s*)?(?:kr|kronor|miljoner|miljon|mkr|tkr|SEK|million)|(?:ett\s+)?(?:bidrag|stöd|anslag)\s+(?:på|om|of))(?![\p{L}])`,
    read: orgPayers,
    says: [
      [
        'Länsstyrelsen har beviljat 3 255 500 kronor i investeringsstöd för en biogasanläggning till Näfsta Gård AB i Selånger.',
        ['Länsstyrelsen'],
      ],
      [
        'Havs- och vattenmyndigheten, HaV, ger totalt sex miljoner kronor för att minska skräpet längs Bohuskusten.',
        ['Havs- och vattenmyndigheten'],
      ],
      [
        'Länsstyrelsen i Jönköpings län har beslutat bevilja Skara kommun 921800 kronor för insatsen Språkvän.',
        ['Länsstyrelsen i Jönköpings län'],
      ],
      [
        'Vi har fått ett glädjebesked från den stora svenska anslagsgivaren FORTE, som beviljar oss på Palliativt Utvecklingscentrum 4,9 miljoner SEK i sin utlysning.',
        ['FORTE'],
      ],
      ['Region Gotland ger ett bidrag på 600 000 kronor till projektet.', ['Region Gotland']],
      ['Allmänna arvsfonden gick in med cirka 3 miljoner kronor, dels till att driva integrationsprojektet.', ['Allmänna arvsfonden']],
      // The payer after the news that it granted: "fick man beskedet att Arvsfonden beviljat …".
      ['I februari 2022 fick man beskedet att Arvsfonden beviljat 6,4 miljoner kronor till projektet.', ['Arvsfonden']],
      // The day it granted between "har" and the verb.
      ['Länsstyrelsen har den 10 december beviljat 185 000 kronor i statsbidrag (LONA) till en ljusplan.', ['Länsstyrelsen']],
    ],
    not: [
      'Projektet ger 20 nya arbetstillfällen och 3 miljoner kronor i omsättning.',
      'Deltagarna ger 500 kronor var till resan.',
      'Styrgruppen har beviljat 200 000 kronor till aktiviteter.',
    ],
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
    id: 'funders.share-key',
    field: 'funders',
    source: 'label',
    // Read over the page's sentences: key and value stand on lines of their own.
    scope: 'sentence',
    // A payer's share as a fact box gives it: "Energimyndighetens andel: 67 %", "Vinnovas andel: 2 900 000 kr".
    pattern: rxc`(?:^|\s)(?<value>\p{Lu}[\p{L}-]{2,40}?)s\s+(?:andel|finansiering|bidrag)\s*:\s*\d`,
    read: (m, text) => {
      const n = funderNames(m.groups?.value ?? '', text).filter(orgShaped);
      return n.length ? n : null;
    },
    says: [
      [
        'Program: Nätverket för vindbruk Energimyndighetens andel: 67 % Energimyndighetens handläggare: Kristina Eriksson',
        ['Energimyndigheten'],
      ],
      ['Vinnovas bidrag: 2 900 000 kr', ['Vinnova']],
    ],
    not: ['Projektets andel: 40 %', 'Kvinnors andel: 52 %', 'Energimyndighetens andel av kostnaderna är låg'],
  },
  {
    id: 'funders.catalogue-sponsors',
    field: 'funders',
    source: 'label',
    scope: 'line',
    // A research library's catalogue record: "Sponsors, duration, budget: Trafikverket ; 2021-01-15 -- 2022-12-15".
    pattern: rx`(?:^|\s)(?:sponsors?|financiers?|finansiärer?)\s*,\s*(?:duration|projekttid|tid)\s*,\s*(?:budget)\s*:\s*(?<value>\p{Lu}[^;]{1,80}?)\s*(?=;|$)`,
    read: names,
    says: [
      ['Sponsors, duration, budget: Trafikverket ; 2021-01-15 -- 2022-12-15 Registration number:', ['Trafikverket']],
      ['Sponsors, duration, budget: Vägverket ; 2009-03-01 -- 2011-12-31 ; 3550000 kronor', ['Vägverket']],
    ],
    not: ['Sponsors, duration, budget: ; 2021-01-15 -- 2022-12-15'],
  },
  {
    id: 'funders.funding-key',
    field: 'funders',
    source: 'label',
    scope: 'line',
    // "Funding from Vinnova | SEK 15 350 000", "Fund: European Regional Development Fund (ERDF)", "Beviljade medel ERUF: 2 684 755 SEK".
    pattern: rx`(?:^|\s(?=(?:Funding|Bidrag)\s))(?:(?:funding|financing|(?:(?:offentlig|regional|kommunal)\s+)?(?:med)?finansiering|projektstöd|leaderstöd|stöd|bidrag)\s+(?:from|från)\s+(?<value>[\p{Lu}][\p{L}\s()-]{1,60}?(?:\s+(?:19|20)\d\d(?=\s*$))?)(?=\s*(?:\||:|\s{2}|SEK|kr|EUR|€|\d|$))|(?:fund|fond|finansierande fond)\s*:\s*(?<fund>[^()|]{3,80}?)(?=\s*(?:\(|\||$))|beviljade medel\s+(?<short>[\p{Lu}]{2,6}\+?)\s*:)`,
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
      // A Leader page's "Om finansiering" box: the key names who pays, the amount is on the next line.
      ['Medfinansiering från Leader Sörmlandskusten', ['Leader Sörmlandskusten']],
      ['Medfinansiering från Leader Lappland 2020', ['Leader Lappland 2020']],
      ['Offentlig medfinansiering från LAG-styrelsen', ['LAG-styrelsen']],
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
    id: 'funders.fund-project-named',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    needs: /(?:ERUF|ERDF|ESF|socialfonds|regionalfonds)-?projektet/iu,
    // A project named by its fund: "utvärderat ERUF-projektet Smart4U", "deltog i socialfondsprojektet Ung i Gävleborg",
    // "utvärderar ESF-projektet “Jämlika Landskrona”". Only the definite form before the project's name: "tidigare
    // ESF-projekt", "Socialfondsprojekten i Sverige" are other projects.
    pattern: rxc`(?<![\p{L}-])(?<value>ERUF|ERDF|ESF|[Ss]ocialfonds|[Rr]egionalfonds)-?projektet\s+[“”"]?\p{Lu}`,
    read: (m, text) => {
      // The fund written out in the sentence's language.
      const v = m.groups!.value!.toLowerCase();
      const fund = /^(?:eruf|erdf|regionalfonds)$/u.test(v) ? 'ERUF' : 'ESF';
      return funderNames(fund, text);
    },
    says: [
      [
        'Under tre år har Oxford Research löpande utvärderat ERUF-projektet Smart4U som syftade till att främja smart specialisering.',
        ['Europeiska regionala utvecklingsfonden'],
      ],
      ['Tio kommuner deltog i socialfondsprojektet Ung i Gävleborg.', ['Europeiska socialfonden']],
    ],
    not: [
      'Här bygger man nu vidare på fynd gjorda i tidigare ESF-projekt #jagmed och #KlarFramtid.',
      'Spridning av resultat och metoder från Socialfondsprojekten i Sverige.',
      'ESF-projektet har avslutats.',
    ],
  },
  {
    id: 'funders.fund-grant-amount',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    needs: /(?:ERUF|ERDF|ESF|EJFLU|EAFRD)/u,
    // A grant named by its fund's short form, with its sum: "med ett ERUF REACT-stöd på 3 375 121 kr", "ESF-stöd om 2,1
    // miljoner". Without a sum ("ESF-stöd kan sökas") it says nothing about this project's money.
    pattern: rxc`(?<![\p{L}-])(?<value>ERUF|ERDF|ESF|EJFLU|EAFRD)(?:\s+REACT(?:-EU)?)?-(?:stöd|stödet|bidrag|bidraget|medel|grant)\s+(?:på|om|of)\s+(?:ca\.?\s+|cirka\s+|drygt\s+|nästan\s+|about\s+)?\d`,
    read: (m, text) => funderNames(m.groups!.value!, text),
    says: [
      [
        'Projektets totala budget är på 4 500 121kr, med ett ERUF REACT-stöd på 3 375 121kr och 1 125 000kr i regionala 1:1-medel.',
        ['Europeiska regionala utvecklingsfonden'],
      ],
      ['Föreningen har fått ett ESF-stöd om 2,1 miljoner kronor.', ['Europeiska socialfonden']],
    ],
    not: ['ESF-stöd kan sökas av kommuner och föreningar.', 'Ansökan om ERUF-stöd lämnas in i maj.'],
  },
  {
    id: 'funders.the-cofinancier-x',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // A payer named by its part in apposition: "samarbete mellan projektägaren Kultur i länet och medfinansiären
    // Regionförbundet Uppsala län", "medfinansiärerna Region Värmland och Karlstads kommun".
    pattern: rx`${B}(?:medfinansiären|medfinansiärerna|finansiären|finansiärerna|the co-?financiers?|the funders?)\s+${LIST}`,
    read: orgPayers,
    says: [
      [
        'Det fanns inte heller ett naturligt samarbete mellan projektägaren Kultur i länet och medfinansiären Regionförbundet Uppsala län, något som projektarbetet skapat.',
        ['Regionförbundet Uppsala län'],
      ],
      ['Projektet drivs med stöd av medfinansiärerna Region Värmland och Karlstads kommun.', ['Region Värmland', 'Karlstads kommun']],
    ],
    not: ['Medfinansiären har inte betalat ut sin del.', 'Finansiärerna är nöjda med resultaten.'],
  },
  {
    id: 'funders.amount-from-fund',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // A sum and the fund it comes from, with no verb: "Partners and funding … 1,100,272 euros from the European Regional
    // Development Fund", "3,2 miljoner kronor ur Europeiska regionala utvecklingsfonden".
    pattern: rxc`\d[\d,. ]*\s*(?:euros?|EUR|€|kronor|kr|SEK|MSEK|mkr|miljoner kronor|million euros?)\s+(?:from|från|ur)\s+(?:the\s+)?(?<value>(?:European|Europeiska)\s[\p{L}\s-]{3,60}?(?:Fund|fonden))(?![\p{L}])`,
    read: names,
    says: [
      [
        'European Union, Interreg Central Baltic; 1,100,272 euros from the European Regional Development Fund',
        ['European Regional Development Fund'],
      ],
      ['Projektet får 3,2 miljoner kronor ur Europeiska regionala utvecklingsfonden.', ['Europeiska regionala utvecklingsfonden']],
    ],
    not: ['The project has 1,100,272 euros in total.'],
  },
  {
    id: 'funders.financing-comes-from',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "EUs andel av finansieringen kommer från havs & fiskerifonden", "Finansieringen kommer från Region Skåne", "Bidrag har
    // beviljats ifrån Europeiska Fiskefonden …".
    pattern: rx`${B}(?:(?:finansieringen|pengarna|medlen|stödet|the funding|the money)\s+(?:kommer|kom)|(?:bidrag|bidraget|stöd|stödet|medel)\s+(?:har|hade)\s+beviljats)\s+(?:från|ifrån|ur|from)\s+${THE}(?<value>[\p{L}\p{N}][^.;:!?]{2,120}?)(?=\s*(?:[.;!?]|\s+och\s+har\s|,\s|$))`,
    read: names,
    says: [
      ['EUs andel av finansieringen kommer från havs & fiskerifonden.', ['Europeiska havs- och fiskerifonden']],
      ['Finansieringen kommer från Region Skåne och Ystads kommun.', ['Region Skåne', 'Ystads kommun']],
      [
        'Bidrag har beviljats ifrån Europeiska Fiskefonden och Matlandet Sverige-medel och har en total budget om 890 000 kr.',
        ['Europeiska Fiskefonden'],
      ],
    ],
    not: ['Finansieringen kommer från flera håll.'],
  },
  {
    id: 'funders.together-with',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // The payers after "together with": "Interreg Aurora funds the project together with Region Norrbotten", "Region
    // Gävleborg finansierar projektet tillsammans med Sandvikens kommun".
    pattern: rx`${B}(?:funds|finances|co-?finances|funded|financed|finansierar|medfinansierar|finansierade|medfinansierade)\s+(?:the project|projektet|förstudien)\s+(?:together with|tillsammans med)\s+${THE}${LIST}`,
    read: names,
    says: [
      ['Interreg Aurora funds the project together with Region Norrbotten.', ['Region Norrbotten']],
      ['Region Gävleborg finansierar projektet tillsammans med Sandvikens kommun.', ['Sandvikens kommun']],
    ],
    not: ['Region Gävleborg finansierar projektet tillsammans med andra.'],
  },
  {
    id: 'funders.payers-together-financed',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // Two payers, one of them in brackets as earlier or also: "Tillväxtverket har tillsammans med VINNOVA (initialt även
    // KK-stiftelsen) finansierat Produktionslyftet i tio år."
    pattern: rxc`^(?<a>\p{Lu}[\p{L}-]+(?:\s+(?:\p{Lu}[\p{L}-]+|län|kommun|stad|i)){0,4})\s+har\s+tillsammans\s+med\s+(?<b>\p{Lu}[^().;:!?]{1,80}?)\s*(?:\((?:initialt|tidigare|inledningsvis|även|också)\s+(?:även\s+|också\s+)?(?<c>\p{Lu}[^().;:!?]{1,60})\))?\s+(?:med)?finansierat\s+(?:projektet|satsningen|förstudien|\p{Lu})`,
    read: (m, text) => {
      const v = [m.groups?.a, m.groups?.b, m.groups?.c].flatMap((part) => (part ? funderNames(part, text) : []));
      return v.length ? [...new Set(v)] : null;
    },
    says: [
      [
        'Tillväxtverket har tillsammans med VINNOVA (initialt även KK-stiftelsen) finansierat Produktionslyftet i tio år.',
        ['Tillväxtverket', 'VINNOVA', 'KK-stiftelsen'],
      ],
      ['Region Kalmar län har tillsammans med Kalmar kommun finansierat projektet.', ['Region Kalmar län', 'Kalmar kommun']],
    ],
    not: ['Vi har tillsammans med andra finansierat projektet.', 'Projektet har tillsammans med kommunen finansierat en studie.'],
  },
  {
    id: 'funders.project-within-fund',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    needs: /(?:Europeiska|European)\s/iu,
    // "Slutrapport - förstudie inom Europeiska Socialfonden": a project run within an EU fund is paid by it.
    pattern: rx`${B}(?:[\p{L}-]*projekt\p{L}*|förstudie\p{L}*|insats\p{L}*|project|pre-study)\s+(?:inom|within|under)\s+${THE}(?<value>(?:Europeiska|European)\s+[\p{L}\s]{3,40}?(?:fonden|Fund))${E}`,
    read: names,
    says: [['Slutrapport - förstudie inom Europeiska Socialfonden Beslutsunderlag', ['Europeiska Socialfonden']]],
    not: ['Projektet har arbetat med fonder inom banksektorn.'],
  },
  {
    id: 'funders.money-granted-by',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "… har fått pengar beviljade av Tillväxtverket", "medel beviljade från Region X": the money, then who granted it.
    pattern: rx`${B}(?:pengar|medel|stöd|bidrag|projektstöd|funding|a grant)\s+(?:(?:söktes|sökts|har sökts)\s+och\s+)?(?:beviljade?|beviljats|beviljat|beviljades|erhölls|erhållits|har erhållits|granted|awarded|was received)\s+(?:av|från|ur|by|from)\s+${THE}${LIST}`,
    read: names,
    says: [
      ['Hela Sverige ska leva har fått pengar beviljade av Tillväxtverket till pilotprojektet Service i samverkan.', ['Tillväxtverket']],
      [
        'Medel söktes och erhölls från Naturvårdsverket, Nutek och Västra Götalandsregionen.',
        ['Naturvårdsverket', 'Nutek', 'Västra Götalandsregionen'],
      ],
    ],
    not: ['Företagen har fått pengar beviljade av banken för att investera.'],
  },
  {
    id: 'funders.by-then-granted',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // The payer before the grant's verb: "Skurö Gårdsmejeri & Butik har av Leader Kustlandet och Jordbruksverket
    // beviljats stöd …", "… har av Arvsfonden fått 2 miljoner kronor".
    pattern: rxc`\s(?:har|hade|has|had)\s+(?:nu\s+)?av\s+${THE}(?<value>[\p{Lu}\p{N}][^.;:!?]{1,150}?)\s+(?:beviljats|tilldelats|fått|erhållit)\s+(?:(?:[^.]|\.(?=\d)){0,30}?\s)?(?:\p{L}*stöd|\p{L}*medel|bidrag|pengar|anslag|finansiering|\d[\d\s,.]*\s*(?:kr|kronor|miljoner|miljon|mkr))${E}`,
    // Where the sentence goes on to name the fund the money comes from ("… beviljats medel ur den europeiska
    // socialfonden"), those before the verb decided the grant: the fund pays (funders.granted-from reads it).
    read: (m, text) => (/^\s*(?:ur|från|ifrån)\s/u.test(text.slice(m.index + m[0].length)) ? null : names(m, text)),
    says: [
      [
        'Skurö Gårdsmejeri & Butik har av Leader Kustlandet och Jordbruksverket beviljats stöd inom lokalt ledd utveckling för projektet "Kyla och ventilation".',
        ['Leader Kustlandet', 'Jordbruksverket'],
      ],
      ['Föreningen har av Allmänna Arvsfonden fått 2,4 miljoner kronor till projektet.', ['Allmänna Arvsfonden']],
    ],
    not: [
      'Föreningen har av tradition fått stöd av kommunen.',
      'Kommunen har av Tillväxtverket fått i uppdrag att leda arbetet.',
      'Haparanda kommun har av Svenska ESF-rådet och Strukturfondspartnerskapet för Övre Norrland beviljats medel ur den europeiska socialfonden för projektet Klivet Vidare 2.0.',
    ],
  },
  {
    id: 'funders.green-light-from',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "… har fått grönt ljus från LEADER Mellansjölandet att driva ett pilotprojekt": the payer that lets a project run.
    pattern: rx`${B}(?:har|hade)\s+(?:nu\s+)?(?:fått|fick)\s+grönt\s+ljus\s+(?:från|av)\s+${THE}${LIST}`,
    needs: /grönt ljus/u,
    read: (m, text) =>
      /^\s*(?:att|för|till)\s+(?:driva|genomföra|starta|projektet|förstudien|ett|en)\s/u.test(text.slice(m.index + m[0].length))
        ? names(m, text)
        : null,
    says: [
      [
        'Samverkarna i Östernärke har fått grönt ljus från LEADER Mellansjölandet att driva ett pilotprojekt som går ut på att undersöka torghandel.',
        ['LEADER Mellansjölandet'],
      ],
    ],
    not: ['Bygget har fått grönt ljus från Miljödomstolen att fortsätta.'],
  },
  {
    id: 'funders.decided-to-give-support',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // The sentence's subject decides to give support to a project: "Skyltfonden vid Trafikverket har beslutat att ge
    // ekonomiskt stöd till Cajoma Consulting för att genomföra projektet …".
    pattern: rxc`^(?:${THE})?(?<value>\p{Lu}[^.;:!?()]{1,80}?)\s+(?:har|hade)\s+(?:nu\s+)?beslutat\s+att\s+(?:ge|lämna|bevilja)\s+(?:ekonomiskt\s+|finansiellt\s+)?(?:stöd|bidrag|projektstöd|projektmedel)\s+till\s+[^.]{2,100}?\s+för\s+(?:att\s+\p{Ll}+\s+)?(?:projektet|förstudien|ett\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*projekt)${E}`,
    read: (m, text) => {
      // "Skyltfonden vid Trafikverket": the fund, not the agency it sits at.
      const v = (m.groups?.value ?? '').replace(/\s+(?:vid|hos|inom)\s+.*$/u, '');
      // The subject pays only where it reads as a payer's name ("Vi har beslutat …" names none).
      const out = funderNames(v, text).filter(orgShaped);
      return out.length ? out : null;
    },
    says: [
      [
        'Skyltfonden vid Trafikverket har beslutat att ge ekonomiskt stöd till Cajoma Consulting för att genomföra projektet ”Aktörssamverkan för trafiksäkerhetsinitiativ i lokalsamhället”.',
        ['Skyltfonden'],
      ],
    ],
    not: ['Vi har beslutat att ge stöd till föreningen för projektet.'],
  },
  {
    id: 'funders.co-financiers-are',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "Partners och medfinansiärer är också region Östergötland och …", "Finansiärer är Region Halland och ESF".
    // "Medfinansiärer och aktiva parter i projektet har varit Motala kommun och Samordningsförbundet …".
    pattern: rx`${B}(?:(?:andra|övriga|other)\s+)?(?:med)?finansiär(?:er(?:na)?|en)?(?:\s+(?:och|samt)\s+(?:\p{L}+\s+)?(?:parter|partners|aktörer))?(?:\s+(?:i|för)\s+(?:projektet|förstudien))?\s+(?:är|var|blir|har varit|inkluderar|omfattar|were|are|have been|include|included)\s+(?:också\s+|även\s+|bland annat\s+)?${THE}(?<value>[\p{L}\p{N}][^.;:!?]{1,200}?)(?=\s*(?:[.;:!?]|$)|\s+som\s+\p{Ll})`,
    read: (m, text) => {
      // The names may open with a lower-case "region": a list of organisations, cut where the sentence goes on. What
      // brackets say about a name ("(Norrköpings, Söderköpings och Valdemarsviks kommuner)") is no name of its own.
      const v = funderNames((m.groups?.value ?? '').replace(/^region\s/u, 'Region ').replace(/\s*\([^()]*\)/gu, ''), text);
      return v.length ? v : null;
    },
    says: [
      [
        'Andra finansiärer inkluderar kommunerna i Västernorrland, Näringslivsbolaget i Sundsvall AB, BizMaker och Ung företagsamhet Västernorrland.',
        ['Näringslivsbolaget i Sundsvall AB', 'BizMaker', 'Ung företagsamhet Västernorrland'],
      ],
      [
        'Partners och medfinansiärer är också region Östergötland och Länsstyrelsen i Dalarna.',
        ['Region Östergötland', 'Länsstyrelsen i Dalarna'],
      ],
      [
        'Medfinansiärer och aktiva parter i projektet har varit Motala kommun och Samordningsförbundet östra Östergötland (Norrköpings, Söderköpings och Valdemarsviks kommuner).',
        ['Motala kommun', 'Samordningsförbundet östra Östergötland'],
      ],
      ['Finansiär för projektet var Jordbruksverket som genomförde en utlysning om att höja den digitala mognaden.', ['Jordbruksverket']],
    ],
    not: ['Finansiärer är viktiga för projektet.', 'Finansiärer och partners har varit nöjda med resultaten.'],
  },
  {
    id: 'funders.is-a-financier',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "Fyrbodals kommunalförbund är en av medfinansiärerna", "Region Värmland är medfinansiär i projektet", "Vinnova is
    // the main funder": an organisation said to be one of the project's payers.
    pattern: rxc`^(?<value>\p{Lu}[\p{L}-]*(?:\s+(?:i|för|\p{Ll}*(?:förbund|förening|kommun|län|stiftelse|fonden|bolag)|\p{Lu}[\p{L}-]*)){0,4}?)\s+(?:är|var|har varit|is|was|has been)\s+(?:(?:en|one)\s+(?:av|of)\s+(?:projektets\s+|the\s+project's\s+|the\s+)?(?:med|huvud)?finansiär(?:erna)?|(?:projektets\s+|the\s+project's\s+|the\s+|a\s+)?(?:med|huvud)?finansiär(?:\s+(?:i|för|av)\s+(?:projektet|förstudien|satsningen))?|(?:the\s+|a\s+)?(?:main\s+|co-?)?(?:funders?|financiers?|co-?financiers?))${E}`,
    read: orgPayers,
    says: [
      ['Fyrbodals kommunalförbund är en av medfinansiärerna.', ['Fyrbodals kommunalförbund']],
      ['Region Värmland är medfinansiär i projektet.', ['Region Värmland']],
      ['Vinnova is the main funder of the initiative.', ['Vinnova']],
    ],
    not: ['Projektet är en av de största satsningarna.', 'Anna Berg är finansiär.', 'Region Värmland är inte medfinansiär.'],
  },
  {
    id: 'funders.project-invested-in',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "I ett nytt projekt satsar Västra Götalandsregionen 13,5 miljoner kronor på detta": the payer after its verb.
    pattern: rxc`^(?:I|Inom)\s+(?:ett|det|detta)\s+(?:nya\s+|nytt\s+)?(?:[\p{Ll}-]*projekt(?:et)?|förstudien)\s+(?:satsar|investerar|satsade|investerade)\s+(?<value>\p{Lu}[\p{L}-]*(?:\s+(?:i|för|län|kommun|\p{Lu}[\p{L}-]*)){0,4}?)\s+(?:drygt\s+|cirka\s+|ca\s+)?\d[\d\s,.]*\s*(?:kr|kronor|miljoner|mkr)`,
    read: orgPayers,
    says: [['I ett nytt projekt satsar Västra Götalandsregionen 13,5 miljoner kronor på detta.', ['Västra Götalandsregionen']]],
    not: ['I projektet satsar deltagarna 200 timmar.'],
  },
  {
    id: 'funders.pays-share-of-costs',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    needs: /står för/iu,
    // The payer as the one who bears the costs or a sum: "EU:s strukturfonder står för en del av kostnaderna", "varav
    // Västra Götalandsregionen som är svensk lead partner står för nästan tre miljoner kronor".
    pattern: rxc`(?:^|(?<=\s(?:att|och|där|varav|medan|while|and)\s)|(?<=,\s))(?<value>\p{Lu}[\p{L}-]*(?::s)?(?:\s+(?:i|för|län|kommun|\p{Lu}[\p{L}-]*|\p{Ll}*fond(?:en|er|erna)?)){0,4}?)(?:,?\s+som\s+[^,.]{1,50}?,?)?\s+(?:står|stod|har\s+stått|kommer\s+att\s+stå|ska\s+stå)\s+för\s+(?:(?:en\s+del|delar|resten|hälften|merparten|huvuddelen|resterande\s+del|\d+\s*(?:%|procent))\s+av\s+(?:kostnaderna|finansieringen|medfinansieringen|budgeten)|(?:drygt\s+|nästan\s+|knappt\s+|cirka\s+|ca\s+)?(?:\d[\d\s,.]*?|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s*(?:miljoner\s+kronor|miljoner\s+kr|kronor|kr|mkr|MSEK|SEK)|(?:kostnaderna|finansieringen|medfinansieringen))${E}`,
    read: orgPayers,
    says: [
      ['Kostnaden uppgår till 23 miljoner och EU:s strukturfonder står för en del av kostnaderna.', ['EU:s strukturfonder']],
      [
        'Totalt är budgeten 30 miljoner kronor, varav Västra Götalandsregionen som är svensk lead partner står för nästan tre miljoner kronor.',
        ['Västra Götalandsregionen'],
      ],
      ['Region Skåne står för 40 procent av kostnaderna.', ['Region Skåne']],
    ],
    not: ['Transporterna står för en del av utsläppen.', 'Anna Berg står för kaffet.', 'Projektet står för 20 procent av utsläppen.'],
  },
  {
    id: 'funders.amount-in-eu-money',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    needs: /EU-/u,
    // A grant in the union's money, no fund named: "har fått 13,8 miljoner kronor i EU-medel" gives the union.
    pattern: rx`${B}(?:har\s+|hade\s+)?(?:fått|fick|beviljats|beviljades|erhållit|erhöll|tilldelats|tilldelades)\s+(?:drygt\s+|nästan\s+|knappt\s+|cirka\s+|ca\s+)?\d[\d\s,.]*\s*(?:miljoner\s+kronor|miljoner|kronor|kr|mkr|MSEK|SEK)\s+i\s+EU-(?:medel|stöd|bidrag|pengar)${E}`,
    read: () => ['EU'],
    says: [
      [
        'Ett treårigt samarbetsprojekt mellan 16 partners i Sverige, Norge och Danmark har fått 13,8 miljoner kronor i EU-medel för att utveckla marin miljöteknologi.',
        ['EU'],
      ],
    ],
    not: ['Projektet har fått 13,8 miljoner kronor i stöd.'],
  },
  {
    id: 'funders.financed-through-grant',
    field: 'funders',
    source: 'sentence',
    scope: 'line',
    // "Finansierat genom MSB:s anslag 2:4 Krisberedskap": the agency whose grant or money pays.
    pattern: rx`${B}(?:finansierat|finansierad|finansieras|finansierades|bekostat|bekostas)\s+(?:genom|via|med|ur)\s+(?<value>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?::s|s)\s+(?:anslag|medel|bidrag|stöd)${E}`,
    read: names,
    says: [['Finansierat genom MSB:s anslag 2:4 Krisberedskap', ['MSB']]],
    not: ['Finansierat genom egna medel.'],
  },
  {
    id: 'funders.supported-by-fund',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    // "Projektet, som stöds av Europeiska regionala utvecklingsfonden, pågår …": support from a fund is money; support
    // from anyone else may be backing only, so only funds are read.
    pattern: rx`${B}(?:projektet|förstudien|satsningen|the project)(?:,\s+|\s+)(?:som\s+|which\s+is\s+|is\s+)?(?:stöds|stöttas|har\s+stötts|stöddes|supported)\s+(?:ekonomiskt\s+|financially\s+)?(?:av|by)\s+${THE}${LIST}`,
    read: (m, text) => {
      const v = names(m, text)?.filter((n) => fundIn(n, langOf(text)) === n) ?? [];
      return v.length ? v : null;
    },
    says: [
      [
        'Projektet, som stöds av Europeiska regionala utvecklingsfonden, pågår från september 2017 till december 2020.',
        ['Europeiska regionala utvecklingsfonden'],
      ],
    ],
    not: ['Projektet stöds av kommunens ledning.', 'Projektet stöds av Region Skåne.'],
  },
  {
    id: 'funders.org-co-finances',
    field: 'funders',
    source: 'sentence',
    scope: 'sentence',
    needs: /finansier|bekosta|financ|funds|funded|skjut|anslå|anslog|bidr|invest|contribut/iu,
    // "Region Västmanland medfinansierar projektet via …", "Länsstyrelsen har skjutit till 600 000 kronor i medfinansiering",
    // "Region Västra Götaland is now investing SEK 13.5 million in a project".
    pattern: rxc`(?:^|(?<=\s(?:att|och|där|that|and|where)\s)|(?<=,\s)|(?<=[•·▪]\s))(?<value>\p{Lu}[\p{L}-]*(?:\s+(?:i|för|län|kommun|fonden|\p{Lu}[\p{L}-]*)){0,4}?(?:(?:,\s+|\s+(?:och|samt|and)\s+)(?:kommunerna i \p{Lu}[\p{L}-]*|\p{Lu}[\p{L}-]*(?:\s+(?:i|för|län|kommun|\p{Lu}[\p{L}-]*)){0,4}?)){0,6})\s+(?:har\s+|has\s+|is\s+(?:now\s+)?)?(?:(?:(?:med|del)?finansierar|(?:med|del)?finansierade|(?:ska|skall|kommer att)\s+(?:med|del)?finansiera|bekostar|bekostade|co-?finances|co-?financed|finances|funds|funded)\s+(?:projektet|förstudien|satsningen|utbyggnaden|arbetet|the project)${E}|(?:med|del)?finansier(?:ar|ade)\s+(?:tillsammans\s+)?med\s+\d|(?:med|del)?finansier(?:ar|ade)\s+(?:vardera|var\s+för\s+sig|each)\s+\d|beviljat\s+(?:med|del)?finansiering\s+till\s+(?:projektet|förstudien))|(?:^|(?<=\s(?:att|och|that|and)\s)|(?<=,\s))(?<value2>\p{Lu}[\p{L}-]*(?:\s+(?:i|för|län|kommun|\p{Lu}[\p{L}-]*)){0,4}?)\s+(?:har\s+|has\s+|is\s+(?:now\s+)?)?(?:(?:skjutit till|skjuter till|anslår|anslog|bidrar med|bidrog med|investing|invests|contributes|contributed)\s+(?:drygt\s+|cirka\s+|ca\s+|SEK\s+)?\d[\d\s,.]*\s*(?:kr|kronor|miljoner|mkr|million|SEK)|(?:anslår|anslog|har anslagit)\s+medel\s+till\s+(?:\p{Ll}+\s+){0,3}?\p{L}*projekt)`,
    read: orgPayers,
    says: [
      ['Region Västmanland medfinansierar projektet via Västerås Science Park.', ['Region Västmanland']],
      [
        'Extra kul är att Länsstyrelsen i Västmanlands län skjutit till 600 000 kronor i medfinansiering.',
        ['Länsstyrelsen i Västmanlands län'],
      ],
      ['Region Västra Götaland is now investing SEK 13.5 million in a project that will increase cooperation.', ['Region Västra Götaland']],
      [
        'De tio kommunerna, Region Halland, Region Skåne och Trafikverket finansierar utbyggnaden av hela leden.',
        ['Region Halland', 'Region Skåne', 'Trafikverket'],
      ],
      ['Tillväxtverket medfinansierar med 135 000 kr och Landsbygdsprogrammet med 108 000 kr.', ['Tillväxtverket']],
      ['Olofströms kommun medfinansierade med 140 000 SEK i kontanta medel.', ['Olofströms kommun']],
      [
        'Budgeten är 2.5 mkr, där Regionala fonden och Region Jämtland Härjedalen finansierar vardera 50%.',
        ['Europeiska regionala utvecklingsfonden', 'Region Jämtland Härjedalen'],
      ],
      ['Region Jämtland Härjedalen har beviljat medfinansiering till projektet.', ['Region Jämtland Härjedalen']],
      [
        'Vid sitt möte beslutade regionstyrelsen att Region Uppsala ska medfinansiera projektet Samverkan för Ät Uppsala län.',
        ['Region Uppsala'],
      ],
      ['Region Blekinge anslår medel till internationellt projekt för utveckling av infrastruktur.', ['Region Blekinge']],
      [
        'Region Blekinge, kommunerna i Blekinge och Arbetsförmedlingen medfinansierar tillsammans med 17 356 403 SEK.',
        ['Region Blekinge', 'Arbetsförmedlingen'],
      ],
    ],
    not: ['Deltagarna finansierar projektet med egna medel.', 'Anna Berg bidrar med 20 000 kronor.'],
  },
  {
    id: 'funders.financiers-key-in-text',
    field: 'funders',
    source: 'label',
    scope: 'sentence',
    // A fact box run into the text: "… Finansiärer: Timrå kommun, Landstinget Västernorrland, Länsstyrelsen och EU:s
    // strukturfond. Projektets ekonomi …"; an owner marked in brackets is still one of the names.
    pattern: rxc`(?:^|\s)(?:Finansiärer|Medfinansiärer|Finansiär|FINANSIÄRER|Funders|Financiers)\s*:\s*${LIST}`,
    read: (m, text) => {
      const list = (m.groups?.value ?? '').replace(/\s*\((?:projektägare|project owner|ägare)\)\s*/giu, ', ');
      // Under the key a bare "Länsstyrelsen" or "Landstinget" is a payer as the text names it.
      const v = splitNames(list, SPLIT).flatMap((part) =>
        /^(?:Länsstyrelsen|Landstinget|Regionförbundet)$/u.test(part.trim()) ? [part.trim()] : funderNames(part, text),
      );
      return v.length ? [...new Set(v)] : null;
    },
    says: [
      [
        'Finansiärer: Timrå kommun, Landstinget Västernorrland, Länsstyrelsen och EU:s strukturfond. Projektets ekonomi: kr.',
        ['Timrå kommun', 'Landstinget Västernorrland', 'Länsstyrelsen', 'EU:s strukturfond'],
      ],
      [
        'Projektperiod 090801- 110731. Finansiärer: Region Dalarna (projektägare) Landstinget Dalarna, Region Värmland, EU:s strukturfond.',
        ['Region Dalarna', 'Landstinget Dalarna', 'Region Värmland', 'EU:s strukturfond'],
      ],
    ],
    not: ['Finansiärer: se bilaga 2.'],
  },
];

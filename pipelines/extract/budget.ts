/**
 * Which amount is the project's total budget and which the granted support. The kind comes from the
 * label or the words before the amount: "Total projektbudget", "Slutlig budget för projektet var
 * 4,85 mkr" (total); "Beviljat stöd", "stöd från Tillväxtverket" (granted). Co-financing, spent
 * ("upparbetat", "utfall"), yearly ("per år") amounts and investments in the region are not the budget.
 */
import { CELL_GAP, type Line } from './layout.js';
import type { LabelHit } from './labels.js';
import { findAmounts, headerScale, type Amount } from './money.js';
import type { Found, Sentence } from './organisations.js';

type Kind = 'total' | 'granted';

// Cues before an amount, nearest wins. What the project or its owner gets right before the amount ("föreningen får
// 7 540 320 kr", "Tillväxtverket ger regionen 4,7 miljoner") is its grant; an agency's own money for an assignment
// ("Tillväxtverket fick 60 miljoner kronor till uppdraget") is not. Order inside a kind does not matter. A funder that supports or co-finances
// the project "med" an amount ("… beslutat att stödja tredje fasen av X med 6 miljoner", "har medfinansierats med
// 3 611 291 SEK", the amount right after "med", not "upp till" a sum per activity), and the most a project got ("fått sammanlagt högst 447 761 kronor"), give its granted support.
const TOTAL_CUE =
  /(?:total(?:a|t)?|totalbudget|budget(?:en)?|omslutning(?:en)?|omsluter|omslöt|projektkostnad(?:er|en|erna)?|totalkostnad(?:en)?|kostnader(?:na)? totalt|(?<![\p{L}])[Kk]ostnaden\s+(?:för\s+(?:projektet|satsningen|förstudien)\s+)?(?:uppgår|uppgick|beräknas|blir)|sammanlagt|omfatt(?:ar|ade|ning)|eligible costs|total cost|project budget|(?<!(?:i|av|för|med|om|till|från|in|of|for|with) )(?:projektet|förstudien|the project)\s+(?:\p{L}+\s+){0,2}?(?:kosta|kostar|kostade|costs?))/giu;
const GRANTED_CUE =
  /(?:(?<![\p{L}])(?<!(?:Tillväxtverket|Vinnova|Jordbruksverket|Energimyndigheten|Länsstyrelsen|länsstyrelsen|Regeringen|regeringen|myndigheten|som|[Dd]eltagarna|[Dd]eltagare|[Ff]öretagen|[Ee]leverna|[Uu]ngdomarna|[Pp]articipants)\s+)(?:får|fick|har fått|hade fått|erhåller|erhöll|har erhållit)(?=\s*$)|(?<![\p{L}])(?:ger|gav)\s+(?:regionen|kommunen|föreningen|projektet|förstudien)(?=\s*$)|(?:fond|fonden|strukturfond|Tillväxtverket|[Rr]egionen|[Ll]änsstyrelsen|Jordbruksverket|Vinnova)\s+(?:avsätter|avsatte|har avsatt)(?=\s*$)|beviljat?|bifall(?:a|er|it|s)?\s+(?:projektet|ansökan)\s+med|biföll\s+(?:projektet|ansökan)\s+med|beviljade(?:s)?|beviljats|(?:stödja|stödjer|stötta|stöttar|beslutat att bidra)\s+[^.]{0,80}?\s+med(?=\s*$)|medfinansiera(?:r|s|t|ts)?\s+(?:[^.]{0,60}?\s)?med(?=\s*$)|(?:fått|får|fick|få)\s+(?:sammanlagt\s+|totalt\s+)?högst|(?<![\p{L}])(?:har fått|fått|får|fick|kommer att få)\s+(?:ett\s+)?(?:stöd|bidrag)\s+(?:(?:för|till)\s+(?:en|ett)\s+\p{L}+\s+)?(?:på|om)(?=\s*$)|(?<![\p{L}])(?:har erhållit|erhållit|erhöll|har fått|fick|har beviljats|beviljades)\s+(?:sammanlagt|totalt)(?=\s*$)|stöd(?:et)? från|bidrag(?:et)? från|(?<![\p{L}])(?:dela|delar|delade|delat)\s+ut(?![\p{L}])|funding from|dock högst|(?:ger|gav|beviljar)\s+projektet|eu-stöd(?:et)?|regionalfondsmedel|stödbelopp|granted|grant(?:ed)? (?:support|amount)|support from|eu contribution|eu funding|(?:erdf|eruf|esf|eafrd|ejflu|eu|regionalfonden|socialfonden|fund|fonden)\s+(?:has\s+)?(?:contributed|contributes|bidrog med|bidrar med|står för|stod för)|(?:erdf|eruf|esf|eafrd|ejflu|eu|fund's|fondens)\s+(?:support|stöd|grant|funding|contribution)|(?<!(?:övrigt|annat|other)\s+)offentligt stöd|(?<!other\s+)public support|\p{L}+-stöd(?:et)?|(?:regionala\s+)?(?:projektmedel|utvecklingsmedel|tillväxtmedel)|(?<![\p{L}])(?:grants|beviljar)(?![\p{L}])|\p{L}+(?:verkets|myndighetens|fondens|rådets|styrelsens)\s+(?:stöd|bidrag|finansiering))/giu;
// Amounts that are something else: co-financing, money spent, yearly sums, other investments.
const OTHER_CUE =
  /(?:medfinansiering(?:en)?|medfinansiär|egen insats|upparbeta(?:t|de|des)|utfall(?:et)?|förbruka(?:t|des|de)|spent|co-financ\w*|per år|per månad|årligen|om året|per year|a year|annually|each year|investering(?:ar|en)?|investments?|omsättning(?:en)?|turnover|lön(?:er)?|privata? medel|offentliga? medel|varav|of which|(?:kr|kronor|sek|mkr|miljoner)\s+där)/giu;
// Distance (characters) within which a cue explains an amount.
const REACH = 150;

function lastCue(before: string, re: RegExp): number {
  let pos = -1;
  re.lastIndex = 0;
  for (const m of before.matchAll(re)) pos = m.index! + m[0].length;
  return pos;
}

// An amount said of another project or of the region: "ett tidigare projekt med en budget på 12 mkr".
const ELSEWHERE =
  /(?:parallellt med projektet|in parallel with the project|(?:tidigare|föregående|ett annat|andra|liknande|motsvarande|kommande|nästa|previous|earlier|another|other|similar|future|follow-up)\s+(?:projekt\p{L}*|satsning\p{L}*|insats\p{L}*|projects?|initiatives?))|(?<![\p{L}])(?:regionen|kommunen|staten|the region|the municipality) (?:har avsatt|avsätter|satsar|investerar|has allocated|invests)|(?<![\p{L}])(?:regeringen|the government) (?:har avsatt|avsätter|fördelar|allocates|has allocated)|(?:sammanlagt|totalt) har (?:länet|regionen|landet|Sverige|Norrbotten|Västerbotten|Jämtland|Västernorrland|Gävleborg|Dalarna|Värmland|Västmanland|Södermanland|Östergötland|Kronoberg|Gotland|Blekinge|Skåne|Halland|Västra Götaland)\s+(?:fått|beviljats|tilldelats)/iu;
// Words that name this project's own total: "Projektets totala budget", "omslutning", "sammanlagt".
const STRONG_TOTAL =
  /(?:total|omslutning|omsluter|omslöt|sammanlagt|projektets (?:budget|kostnad)|budgeten för projektet|projektbudget|the project's budget|slutlig budget)/iu;

// Words that name the project as the one whose budget or cost it is.
const PROJECT_TOTAL =
  /(?:projektets (?:totala )?(?:budget|kostnad)|(?<!(?:i|av|för|med|om|till|från|in|of|for|with) )(?:projektet|förstudien) (?:\p{L}+ ){0,2}?kost(?:a|ar|ade)|budgeten för projektet|projektbudget|the project's (?:total )?budget|the project (?:\p{L}+ ){0,2}?costs?)/iu;

// Support applied for, not granted: "Sökt stöd från Region Gotland", "requested ERDF funding", "Ansökan omfattade 30
// miljoner kronor".
const SOUGHT =
  /(?:sökt|sökta|ansökt|ansökta|söker|begärt|begärda|requested|applied(?:\s+for)?|planerat|planerade)\s+(?:\p{L}+\s+)?(?:stöd|bidrag|medel|belopp|support|funding|grant|contribution|amount)|(?:ansökan|ansökningen|the application)\s+(?:omfattade|omfattar|avsåg|avser|gällde|gäller|var på|är på|lydde på|lyder på|amounted to|was for|is for)/iu;
// Granted support named after the amount: "varav 2,1 mkr utgjordes av beviljat stöd", "1 185 000 kr var beviljat stöd",
// a Leader page's "varav: 642 131 SEK beviljat projektstöd (EU-medel samt statligt medel)".
const GRANTED_AFTER =
  /^\s*(?:(?:kr(?:onor)?|sek)\s+)?(?:finansieras|finansierades|täcks|täcktes)\s+(?:med|av|genom)\s+(?:projektstöd|leaderstöd|\p{L}*fondsmedel|bidrag|beviljat stöd)(?![\p{L}])|^\s*(?:(?:was|were|has been|have been|har|hade)\s+(?:granted|awarded|beviljats)\s+(?:from|by|av|från|ur)\s)|^\s*(?:(?:kr(?:onor)?|sek)\s+)?(?:utgjordes av|utgörs av|var|är|i form av|som|av|in|of|was|were)?\s*(?:beviljat|beviljade|granted)\s+(?:\p{L}*stöd|medel|bidrag|support|funding)|^\s*(?:i|in)\s+(?:beviljat\s+)?(?:\p{L}*stöd|bidrag|regionalfondsmedel|socialfondsmedel|eu-medel|grants?|eu funding)(?![\p{L}])|^\s*(?:kr(?:onor)?\s+)?(?:från|from)\s+(?:europeiska (?:regionala utvecklingsfonden|socialfonden|jordbruksfonden)|the european (?:regional development|social) fund|eruf|erdf|esf|regionalfonden|socialfonden)(?![\p{L}])/iu;
// A sentence whose subject is the granted support: "Beviljat stöd från Leader X, finansierat genom …, uppgick till 428 750 kr".
const GRANTED_SUBJECT =
  /^(?:det\s+)?(?:bevilja(?:t|de|d)\s+(?:stödet|stöd|bidraget|bidrag|medel)|the\s+(?:granted\s+)?(?:grant|support)\s+(?:granted|awarded))/iu;

const THIRD_PARTY =
  /^(?:(?:de|den|det|flera|fyra|tre|två|många|några|ett antal|the|several|many|some|two|three|four|\d+)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:butik(?:en|erna)?|företag(?:en)?|deltagar(?:e|na)|lantbrukar(?:e|na)|gård(?:en|arna)?|medlemm(?:ar|arna)|fiberförening(?:ar|arna)|companies|businesses|participants|farms?|members|shops?)(?:\s+[\p{L}-]+){0,3}?\s+(?:har|hade|have|has|had)?\s*(?:\p{L}+\s+)?(?:beviljats|beviljades|fått|fick|erhållit|received|been granted|were granted|was granted)/iu;

/** Classifies one amount by the cues in the text before it (and "per år" right after it). */
export function classifyAmount(text: string, a: Amount): Kind | null {
  const before = text.slice(Math.max(0, a.start - REACH), a.start);
  const after = text.slice(a.end, a.end + 60);
  if (/^\s*(?:per år|per month|per år och|årligen|per year|a year|annually|\/år|i månaden|per månad)/i.test(after)) return null;
  if (ELSEWHERE.test(before) || SOUGHT.test(before)) return null;
  // "Utbetalt EU-stöd hittills: 1,96 mkr", "Bidrag i annat än pengar: 750 000": paid so far or given in kind.
  if (
    /(?:annat än pengar|in[- ]kind|ideell\p{L}*|egen tid|eget arbete|utbetal\p{L}*|paid out|rekvirer\p{L}*|hittills|to date|so far)[^.]{0,40}$/iu.test(
      before,
    )
  )
    return null;
  // "Of the total budget, 0.5 million were in-kind expenses", "Av den totala budgeten utgjordes 0,5 mkr av …": a
  // share of the total, not the total.
  if (
    /(?:^|\s)(?:of|av)\s+(?:the\s+|den\s+|det\s+)?total\p{L}*\s+(?:budget|kostnad|cost)\p{L}*\s*,?\s*(?:var|utgjordes|were|was)?\s*$/iu.test(
      before,
    )
  )
    return null;
  if (
    /^\s*(?:kr(?:onor)?|sek|mkr|million|miljoner)?\s*(?:were|was|var|utgjordes av|är|in)\s+(?:in[- ]kind|egen tid|ideell\p{L}*)/iu.test(
      after,
    )
  )
    return null;
  // "tio bidrag på 6000 kr per cykel", "15 000 kronor per deltagare": a sum for each of many.
  if (/^\s*(?:kr(?:onor)?|sek|:-)?\s*(?:per|each|för varje)\s+\p{L}+/iu.test(after)) return null;
  // "Totalt har 11,3 miljoner kronor utbetalats i projektstöd": money paid out so far; "stöd om drygt tre miljoner
  // kronor för det första projektåret": one year's share.
  if (
    /^\s*(?:kr(?:onor)?|sek)?\s*(?:har\s+)?(?:utbetalats|betalats ut|paid out|been paid)(?![\p{L}])/iu.test(after) ||
    /^\s*(?:kr(?:onor)?|sek)?\s*(?:för|for|under|during)\s+(?:det\s+|the\s+)?(?:första|andra|tredje|fjärde|first|second|third|fourth)\s+(?:projektåret|året|verksamhetsåret|(?:project\s+)?year)(?![\p{L}])/iu.test(
      after,
    )
  )
    return null;
  // "… beviljat 450 000 kr till ett separat projekt": money for another project.
  if (
    /^\s*(?:kr(?:onor)?\s+)?(?:till|för|to|for)\s+(?:ett|en|a|an)\s+(?:separat|annat|nytt|eget|fristående|separate|other|new)\s+(?:projekt|project)/iu.test(
      after,
    )
  )
    return null;
  // "Boverket har fördelat totalt 19,5 miljoner kronor till 13 utvecklingsprojekt": a funder's sum shared among many
  // projects.
  if (
    /^\s*(?:kr(?:onor)?|sek)?\s*(?:till|to|among|across|på|mellan)\s+(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|ett\s+tjugotal|ett\s+trettiotal|flera|olika|several|many)\s+(?:[\p{L}-]+\s+){0,2}?(?:\p{L}*projekt|projects|satsningar|initiativ|initiatives|sökande|aktörer)(?![\p{L}])/iu.test(
      after,
    )
  )
    return null;
  // "Butiken i Gäddede har därutöver beviljats 250 000 kr …", "Four companies received grants of …": money to someone else.
  if (THIRD_PARTY.test(text.slice(0, a.start))) return null;
  // "Sammanlagt kommer de båda projekten att omsätta 40 miljoner kronor": the sum of two or more projects.
  if (
    /(?:^|\s)(?:de\s+(?:båda|två|tre|fyra)|båda|alla|samtliga|both|all)\s+(?:[\p{L}-]+\s+)?(?:projekten|projects)\s+(?:[^.]{0,40}\s)?$/iu.test(
      before,
    )
  )
    return null;
  // "beviljade stöd om ytterligare två miljoner kronor": a further grant, not the whole.
  if (/(?:^|\s)(?:ytterligare|additional|a further|another)\s+(?:drygt\s+|knappt\s+|cirka\s+|ca\.?\s+)?$/iu.test(before)) return null;
  // "fortsatt stöd för år 2 och 3 med drygt tre miljoner kronor": the later years' share.
  if (
    /(?:för|for)\s+(?:år|year|projektår)\s+\d(?:\s*(?:och|and|–|-)\s*\d)?\s+(?:med\s+|with\s+)?(?:drygt\s+|knappt\s+|cirka\s+|ca\.?\s+|about\s+)?$/iu.test(
      before,
    )
  )
    return null;
  // "(år 1: 780 000:-, år 2: 850 000:-)", "Year 2: SEK 1.2 million": one year's share.
  if (
    /(?:^|[\s(,;])(?:år|year|etapp|fas|phase)\s*\d\s*[:=]\s*(?:SEK|EUR)?\s*$|(?:^|[\s(,;])(?:19|20)\d\d\s*:\s*(?:SEK|EUR)?\s*$/iu.test(
      before,
    )
  )
    return null;
  // "7 845 000 kr. Beviljat stöd …": the sentence ended with the amount's "kr.".
  if (!a.raw.endsWith('.') && GRANTED_AFTER.test(after)) return 'granted';
  // "Föreningen får 1 982 152 kronor från Jordbruksverket": what the project receives from a funder.
  if (
    /(?:^|\s)(?:får|fick|erhåller|erhöll|receives|received)\s*$/iu.test(before) &&
    /^\s*(?:kr(?:onor)?|sek)?\s*(?:från|from)\s+\p{Lu}/u.test(after)
  )
    return 'granted';
  const t = lastCue(before, TOTAL_CUE);
  const g = lastCue(before, GRANTED_CUE);
  const o = lastCue(before, OTHER_CUE);
  const best = Math.max(t, g, o);
  if (best < 0) {
    // No cue near the amount: the sentence's subject may be the cue, when no other amount comes first.
    return GRANTED_SUBJECT.test(text) && !findAmounts(text.slice(0, a.start)).length ? 'granted' : null;
  }
  if (best === o) return null;
  // "Arvsfonden beviljade projektet totalt 2 450 000:-": "totalt" says how much was granted in all.
  // So does it after a grant's key or its noun with nothing about costs between: "Beviljat projektstöd: Totalt
  // 100 000 kr", "Stödet de erhållit är totalt 7 600 000 kr".
  if (
    best === t &&
    g >= 0 &&
    /(?:totalt|sammanlagt|in total|a total of)\s*$/iu.test(before) &&
    !/[.;]|,\s+(?:och|men|and|but)\s/u.test(before.slice(g)) &&
    (/(?:projektet|the project)\s+(?:totalt|sammanlagt|in total|a total of)\s*$/iu.test(before) ||
      !/budget|omslut|omfatt|kostn|kosta|cost|finansiering|eligible/iu.test(before.slice(g).replace(/\S*(?:totalt|sammanlagt)\s*$/iu, '')))
  )
    return 'granted';
  // "Beviljat totalbelopp 3 382 000 kr": the whole sum granted, not the project's total.
  if (best === t && /(?:^|\s)(?:beviljat|beviljade|beviljad)\s+totalbelopp(?:et)?\s*:?\s*$/iu.test(before)) return 'granted';
  if (
    best === t &&
    /(?:^|[\s.])(?:stödet|bidraget|det beviljade stödet|the grant|the support)\s+(?:[\p{Ll}]+\s+){0,3}?(?:är|var|uppgår till|uppgick till|is|was|amounts to|amounted to)\s+(?:totalt|sammanlagt|in total|a total of)\s*$/iu.test(
      before,
    )
  )
    return 'granted';
  return best === g ? 'granted' : 'total';
}

/** The total budget and granted support. */
export interface BudgetResult {
  total: Found<number> | null;
  granted: Found<number> | null;
  warnings: string[];
}

/** Reads the budget from labels, then sentences, then a "Totalt" row of a cost table. */
// A fact line without a colon: its key, then an amount with its unit, and nothing after.
const FACT_LINE =
  /^(?:(?<granted>Beviljat\s+\p{L}*stöd|Beviljad\s+\p{L}*finansiering|Beviljat\s+belopp)|(?<total>Total\s+finansiering|Total\s+budget|Totalbudget|Total\s+projektbudget|Total\s+omfattning|Summa\s+(?:faktisk\s+)?finansiering))\s*:?\s+(?<amount>(?:max\.?\s+)?\d[\d\s.,]*\s*(?:kr|kronor|SEK|tkr|mkr|miljoner kronor))\.?$/iu;

export function findBudget(labels: LabelHit[], sentences: Sentence[], lines: Line[]): BudgetResult {
  const warnings: string[] = [];
  let total: Found<number> | null = null;
  let granted: Found<number> | null = null;
  // 1. Labels: "Total budget: 4,85 mkr", "Beviljat stöd 1 760 000 kr". A bare number after a money
  //    label is kronor ("Beviljat belopp: 780 011").
  //    A label that says total ("Total projektbudget") beats a table's "Summa" row, whose first cell may
  //    be one year of several; amounts in a column or table headed "(EUR)" are not kronor.
  const moneyLabels = labels
    .filter((h) => h.field === 'total' || h.field === 'granted')
    .sort((a, b) => Number(!STRONG_TOTAL.test(a.label)) - Number(!STRONG_TOTAL.test(b.label)));
  for (const h of moneyLabels) {
    if (EUR_HEADER.test(h.label) || (!/sek|kr/i.test(h.value) && tableCurrencyAbove(lines, h.lineIndex) === 'EUR')) continue;
    const value = totalColumnCell(lines, h.lineIndex) ?? h.value;
    // A sum row with no unit anywhere ("Summa  88  126  214") counts people or hours, not kronor.
    // A row with no unit anywhere and only small numbers ("Summa  88  126  214", "Företag som fått stöd  80
    // 93") counts people, firms or hours, not kronor.
    // A bare number under 10 000 after a total label ("Total budget: 14,60", "Total  46  412") is no budget in kronor either.
    if (
      headerScale(h.label) === null &&
      tableScaleAbove(lines, h.lineIndex) === null &&
      !findAmounts(value).length &&
      !findAmounts(value, 1).some((a) => a.value >= 10_000)
    )
      continue;
    // "Budget (EUR): 7.8 million (77 million SEK)": a key whose value opens with its unit in euro; only an amount
    // written in kronor is one.
    const keyText = lines[h.lineIndex]?.text.split(':')[0] ?? '';
    const euroValue = /^\s*\((?:eur|€|euro)\)/iu.test(value) || (keyText.length < 40 && /\((?:eur|€|euro)\)\s*$/iu.test(keyText));
    const amounts = findAmounts(value, headerScale(h.label) ?? tableScaleAbove(lines, h.lineIndex) ?? 1).filter(
      (a) =>
        a.currency === 'SEK' &&
        (!euroValue || /^\s*(?:sek|kr|kronor)(?![\p{L}])/iu.test(value.slice(a.end)) || /(?:sek|kr)\s*$/iu.test(value.slice(0, a.start))),
    );
    const a = amounts[0];
    if (!a) continue;
    const found = { value: a.value, page: h.page, source: `${h.label}: ${h.value}`, confidence: 0.95 };
    if (h.field === 'total' && !total) total = found;
    if (h.field === 'granted' && !granted) granted = found;
  }
  // 1b. A fact box printed without colons, one key and its amount on a line: "Beviljat leaderstöd 990 224 kr",
  //     "Total finansiering 1 100 249 kr", "Summa faktisk finansiering 73 682 kr" (a cut-off "Total finansiering 625" has no unit and says nothing).
  for (const l of lines) {
    const m = FACT_LINE.exec(l.text.trim());
    if (!m) continue;
    const a = findAmounts(m.groups!.amount!).find((x) => x.currency === 'SEK');
    if (!a) continue;
    const found = { value: a.value, page: l.page, source: l.text.trim(), confidence: 0.9 };
    if (m.groups!.granted && !granted) granted = found;
    if (m.groups!.total && !total) total = found;
  }
  // 2. Sentences.
  const fromSentences: Record<Kind, Found<number>[]> = { total: [], granted: [] };
  for (const s of sentences) {
    for (const a of findAmounts(s.text)) {
      // "Budget (EUR): 7.8 million": a key in euro before a number with no unit of its own.
      if (a.currency !== 'SEK' || /\((?:eur|€|euro)\)\s*:?\s*$/iu.test(s.text.slice(0, a.start))) continue;
      const kind = classifyAmount(s.text, a);
      if (kind) fromSentences[kind].push({ value: a.value, page: s.page, source: s.text, confidence: 0.8 });
    }
  }
  for (const kind of ['total', 'granted'] as const) {
    const list = fromSentences[kind];
    if (new Set(list.map((f) => f.value)).size > 1)
      warnings.push(
        `Several ${kind === 'total' ? 'total budget' : 'granted support'} amounts in the text: ${[...new Set(list.map((f) => f.value))].join(', ')} kr.`,
      );
  }
  // A sentence that names the project's own total ("Projektets totala budget …") beats a bare "budget på".
  // One that names the project as what costs it ("Totalt beräknas projektet kosta …") beats a bare "totalt".
  total ??=
    fromSentences.total.find((f) => PROJECT_TOTAL.test(f.source)) ??
    fromSentences.total.find((f) => STRONG_TOTAL.test(f.source)) ??
    fromSentences.total[0] ??
    null;
  // A rounded amount ("drygt 3,8 miljoner kronor") and the exact one written later ("3 877 910 kronor"): the exact one.
  const exact = (list: Found<number>[]): Found<number> | null => {
    const first = list[0];
    if (!first) return null;
    const finer = list.find((f) => f.value !== first.value && f.value % 10_000 !== 0 && Math.abs(f.value - first.value) / f.value < 0.05);
    return first.value % 100_000 === 0 && finer ? finer : first;
  };
  granted ??= exact(fromSentences.granted);
  // 3. A cost table's total row: "Totalt 5 600 236" under "Belopp (kr)" / "Belopp i tkr".
  if (!total) total = tableTotal(lines);
  // 4. A financing table's row for the granting fund or agency: "Europeiska regionala utvecklingsfonden  5 250  2 310".
  if (!granted) granted = grantorRow(lines);
  if (total && granted && granted.value > total.value) warnings.push('Granted support is larger than the total budget.');
  return { total, granted, warnings };
}

// How far above a table row its header ("Budget och utfall (tkr)", "Belopp i tkr") may stand.
const TABLE_REACH = 12;

const EUR_HEADER = /\((?:eur|€|euro)\)|\b(?:in|i) (?:eur|euro)\b/i;

/** "EUR" when a table header above line `index` sets euro as the unit of its cells. */
function tableCurrencyAbove(lines: Line[], index: number): 'EUR' | null {
  for (let i = index - 1; i >= Math.max(0, index - TABLE_REACH); i--) if (EUR_HEADER.test(lines[i]!.text)) return 'EUR';
  return null;
}

/** The unit a table header above line `index` sets for its cells, or null. */
function tableScaleAbove(lines: Line[], index: number): number | null {
  for (let i = index - 1; i >= Math.max(0, index - TABLE_REACH); i--) {
    const scale = headerScale(lines[i]!.text);
    if (scale !== null) return scale;
  }
  return null;
}

// Funds and agencies that grant project support (DOMAIN.md), as the first cell of a financing row.
const GRANTOR =
  /^(?:europeiska (?:regionala utvecklingsfonden|socialfonden|jordbruksfonden\b.*)|european (?:regional development|social) fund|erdf|eruf|esf|eu-?stöd|regionalfonds?(?:medel)?|socialfonds?(?:medel)?|tillväxtverket|vinnova|jordbruksverket|energimyndigheten|(?:the )?swedish energy agency|(?:the )?swedish agency for economic and regional growth|(?:the )?swedish board of agriculture|(?:the )?swedish esf council|formas|esf-rådet|svenska esf-rådet)(?:\s*\([^)]*\))?$/iu;

const BUDGET_COLUMN =
  /^(?:total\s+)?budget(?:erat|erad|erade)?(?:\s+(?:total|totalt|kr|tkr|sek|ksek|msek|enligt beslut))?(?:\s*\([^)]*\))?$/iu;

/**
 * In a table by year whose last column is the total ("Kostnader  2023  2024  2025  Summa"), the cell of
 * row `index` under that column; null for any other table.
 */
function totalColumnCell(lines: Line[], index: number): string | null {
  const row = lines[index]!.text.split(CELL_GAP)
    .map((c) => c.trim())
    .filter(Boolean);
  for (let i = index - 1; i >= Math.max(0, index - TABLE_REACH); i--) {
    const head = lines[i]!.text.split(CELL_GAP)
      .map((c) => c.trim())
      .filter(Boolean);
    // Rows above with amounts are the table's body; the header is the first line above them without.
    if (head.length < 3 || /\d\s?\d{3}$|^\d+$/.test(head[head.length - 1]!)) continue;
    if (row.length !== head.length) return null;
    if (/^(?:summa|totalt|total|sum|totals?)$/i.test(head[head.length - 1]!)) return row[row.length - 1]!;
    // "Cost item  2020  2021  Budget total  Outcome total", "Kostnadsslag  Perioden kr  Ackumulerat kr  Budget kr":
    // the budget column, not the first year's or the period's.
    const col = head.findIndex((c, k) => k > 0 && BUDGET_COLUMN.test(c));
    return col > 0 ? row[col]! : null;
  }
  return null;
}

/** True when a table header above line `index` names money columns: "Finansiär  Beviljat  Utfall". */
function moneyColumnsAbove(lines: Line[], index: number): boolean {
  for (let i = index - 1; i >= Math.max(0, index - TABLE_REACH); i--) {
    const cells = lines[i]!.text.split(CELL_GAP).map((c) => c.trim());
    if (
      cells.length >= 2 &&
      cells
        .slice(1)
        .every((c) =>
          /^(?:beviljat|beviljade|budget|belopp|utfall|upparbetat|utbetalt|granted|amount|budgeted|actual|spent|paid)(?:\s.*)?$/iu.test(c),
        )
    )
      return true;
  }
  return false;
}

function grantorRow(lines: Line[]): Found<number> | null {
  for (const [i, l] of lines.entries()) {
    const cells = l.text
      .split(CELL_GAP)
      .map((c) => c.trim())
      .filter(Boolean);
    if (cells.length < 2 || !GRANTOR.test(cells[0]!) || /\((?:[^)]*(?:request|sökt|ansök|planer|planned|applied))/iu.test(cells[0]!))
      continue;
    // The unit from the table's header, or kronor under a money column ("Finansiär  Beviljat  Utfall").
    const scale = tableScaleAbove(lines, i) ?? (moneyColumnsAbove(lines, i) && /^\d{1,3}(?: \d{3})+$/.test(cells[1]!) ? 1 : null);
    if (scale === null && !/kr|sek/i.test(cells[1]!)) continue;
    if (tableCurrencyAbove(lines, i) === 'EUR' && !/kr|sek/i.test(cells[1]!)) continue;
    const a = findAmounts(totalColumnCell(lines, i) ?? cells[1]!, scale ?? 1).find((x) => x.currency === 'SEK');
    if (a) return { value: a.value, page: l.page, source: l.text, confidence: 0.6 };
  }
  return null;
}

function tableTotal(lines: Line[]): Found<number> | null {
  let scale: number | null = null;
  let since = 0;
  for (const l of lines) {
    const h = headerScale(l.text);
    if (h !== null) {
      scale = h;
      since = 0;
      continue;
    }
    if (scale === null) continue;
    if (++since > 30) {
      scale = null;
      continue;
    }
    const m = /^(?:totalt|summa|total|totalsumma|summa kostnader|totala kostnader|sum)\b[:\s]*(.*)$/iu.exec(l.text);
    if (!m) continue;
    // Adjacent columns can run together ("Totalt 5 600 236 5 412 000"): the first amount is the budget column.
    const a = findAmounts(totalColumnCell(lines, lines.indexOf(l)) ?? m[1]!, scale).find((x) => x.currency === 'SEK');
    if (a) return { value: a.value, page: l.page, source: l.text, confidence: 0.6 };
  }
  return null;
}

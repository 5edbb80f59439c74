/**
 * Money amounts in Swedish and English notation, converted to whole kronor.
 * "4,85 mkr" = 4 850 000 kr, "4 850 tkr" = 4 850 000 kr, "1.760.000 kr", "50 000:-", "SEK 3 929 285",
 * "SEK 4,850,000", "SEK 4.85 million". Percentages, organisation numbers and years are not money.
 */

/** One amount found in a text. */
export interface Amount {
  /** Value in whole units of `currency` (kronor for SEK). */
  value: number;
  currency: 'SEK' | 'EUR';
  /** Character offsets of the amount (number and unit) in the searched text. */
  start: number;
  end: number;
  raw: string;
  /** True when the unit was written next to the number (not inherited from a table header). */
  explicitUnit: boolean;
}

// Scale words after the number. Order matters: longer forms first.
const SCALES: [RegExp, number, 'SEK' | 'EUR'][] = [
  [/^(?:mdkr|mdr\s*kr|miljarder(?:\s+kronor)?|billion)/i, 1e9, 'SEK'],
  // "miljoner kronor", "milj. kr", "mkr", "Mnkr", "MSEK", "million"
  [
    /^(?:miljoner(?:\s+kronor|\s+kr)?|miljon(?:\s+kronor)?|milj\.?\s*(?:kr(?:onor)?)?|mn\s*kr|mnkr|mkr|msek|m\s*sek|million|mio\.?)/i,
    1e6,
    'SEK',
  ],
  // "tkr", "Tkr", "KSEK", "tusen kronor", "tSEK"
  [/^(?:tkr|t\s*kr|ksek|tsek|tusen(?:\s+kronor|\s+kr)?|thousand)/i, 1e3, 'SEK'],
  [/^(?:kronor|kr\.?|sek|:-)/i, 1, 'SEK'],
  [/^(?:€|euro|eur)/i, 1, 'EUR'],
];
// "SEK 3 929 285", "€ 2 450 030", "EUR 1.2 million", "MSEK 12,5", "KSEK 4 850": currency before the number.
const PREFIX = /(?<![\p{L}])(?:[MK]SEK|MEUR|T?SEK|EUR|€|kr\.?|mkr|mnkr|tkr)\s*$/iu;
// "Total budget (kr)  4 410 000", "Belopp (tkr) 4 850": a unit in brackets right before the number.
const BRACKET_UNIT = /\((kr|kronor|sek|tkr|ksek|tsek|tusen kronor|mkr|msek|mnkr|miljoner kronor|eur|€)\)\s*$/i;

/** Scale and currency of a unit written before a number. */
function prefixUnit(unit: string): [number, 'SEK' | 'EUR'] {
  const u = unit.toLowerCase().replace(/\.$/, '');
  if (/^(?:msek|mkr|mnkr|miljoner kronor)$/.test(u)) return [1e6, 'SEK'];
  if (u === 'meur') return [1e6, 'EUR'];
  if (/^(?:ksek|tsek|tkr|tusen kronor)$/.test(u)) return [1e3, 'SEK'];
  return [1, /eur|€/.test(u) ? 'EUR' : 'SEK'];
}

// A number: grouped by spaces, dots or commas ("1 760 000", "1.760.000", "4,850,000") with an optional
// decimal part, or plain digits with an optional decimal. Never starts inside another number, and no letter follows
// it but a unit written on to it ("4 500 121kr", "12MSEK", "16.2m").
const NUMBER =
  /(?<![\p{L}\p{N}.,:/-])(\d{1,3}(?:(?: |\.|,)\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)(?![\p{N}]|[-/]\d)(?!(?!(?:[mM]|kr|kronor|tkr|mkr|mnkr|sek|SEK|MSEK|msek|KSEK|ksek)(?![\p{L}]))\p{L})/gu;

/** Parses a written number; `scaled` says a scale word follows, where "4,850" is a decimal. */
export function parseNumber(s: string, scaled: boolean): number | null {
  const t = s.replace(/ /g, ' ');
  const groups = /^\d{1,3}(?:([ .,])\d{3})+(?:([.,])(\d{1,2}))?$/.exec(t);
  if (groups && !(scaled && /^\d{1,3}[.,]\d{3}$/.test(t))) {
    const sep = groups[1]!;
    const dec = groups[2];
    if (dec && dec === sep) return null; // "1.760.000.50" is not a number we trust
    const whole = Number(
      t
        .slice(0, dec ? t.length - (groups[3]!.length + 1) : t.length)
        .split(sep)
        .join(''),
    );
    return dec ? whole + Number(`0.${groups[3]}`) : whole;
  }
  // Plain digits, maybe with a decimal comma or point: "4,85", "4.85", "780011".
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return null;
}

/**
 * Finds amounts in a text. `defaultScale` applies to bare numbers (table cells under "Belopp i tkr"
 * or a value after a money label); without it a bare number is not money.
 */
const NUMBER_WORDS: Record<string, number> = { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10 };
// Millions in words: "beviljades en halv miljon till projektet", "två och en halv miljoner kronor"; only where kronor,
// a preposition or the sentence's end follow ("två miljoner besökare" is no sum).
const WORDS_BEFORE_MILLION =
  /(?<![\p{L}\d])(?:(en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+och\s+en\s+halv|(en)\s+halv|(en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio))(?=\s+miljon(?:er)?(?:\s+(?:kronor|kr)(?![\p{L}])|\s+(?:till|från|av|för|i|och|som|varav)\s|\s*[.,;)]|$))/giu;

/** The number a phrase of words gives, in digits, padded to the phrase's length so offsets hold. */
function spelledNumber(phrase: string, whole?: string, half?: string, one?: string): string {
  const n = whole ? NUMBER_WORDS[whole.toLowerCase()]! + 0.5 : half ? 0.5 : NUMBER_WORDS[one!.toLowerCase()]!;
  return String(n).replace('.', ',').padEnd(phrase.length, ' ');
}

export function findAmounts(input: string, defaultScale: number | null = null): Amount[] {
  // No-break and thin spaces group thousands too ("4\u202f850\u202f000 kr"); same length, so offsets hold.
  // "4, 5 miljoner kronor": a decimal comma a PDF's text spaced out before a scale word is one number (the space moves
  // behind it, so offsets hold).
  const text = input
    .replace(/[\u00a0\u2009\u202f\u2007]/g, ' ')
    .replace(/(?<![\d.,])(\d{1,3}), (\d{1,2})(?= (?:miljoner|miljon|milj\.|mkr|mnkr|msek|million|miljarder)(?![\p{L}]))/gu, '$1,$2 ')
    .replace(WORDS_BEFORE_MILLION, spelledNumber);
  const out: Amount[] = [];
  let skipTo = -1;
  for (const m of text.matchAll(NUMBER)) {
    const num = m[1]!;
    const start = m.index!;
    let end = start + num.length;
    const after = text.slice(end);
    const before = text.slice(Math.max(0, start - 24), start);
    // "49,58 %", "25 procent" are shares, "556677-8899" an organisation number.
    if (/^\s*(?:%|procent|percent|st\b|personer|deltagare|företag|timmar|år\b|dagar|månader)/i.test(after)) continue;
    if (/^-\d{4}/.test(after)) continue;
    // "År Beviljat / 2020488 526 kr": a table's year run on to the amount beside it; neither is sure.
    if (/^(?:19|20)\d{4,5}$/.test(num) && /^ \d{3}(?![\d])/.test(after)) {
      skipTo = end + 4;
      continue;
    }
    if (start < skipTo) continue;
    const ws = /^\s*/.exec(after)![0].length;
    let scale: number | null = null;
    let currency: 'SEK' | 'EUR' = 'SEK';
    let explicitUnit = false;
    for (const [re, mult, cur] of SCALES) {
      const u = re.exec(after.slice(ws));
      if (u && (ws > 0 || /^[:\-€]|^[a-zA-Z]/.test(u[0]))) {
        scale = mult;
        currency = cur;
        explicitUnit = true;
        end += ws + u[0].length;
        // "SEK 4.85 million", "EUR 1,2 miljoner": a currency word in front sets the currency.
        if (/(?:€|EUR)\s*$/i.test(before)) currency = 'EUR';
        // "4,8 Milj Euro", "2 miljoner euro": a scale word with no currency of its own, then euro.
        const euroAfter =
          mult > 1 && !/kr|sek|kronor/iu.test(u[0]) && /^\s*(?:euro|eur|€)(?![\p{L}])/iu.exec(after.slice(ws + u[0].length));
        if (euroAfter) {
          currency = 'EUR';
          end += euroAfter[0].length;
        }
        break;
      }
    }
    const prefix = PREFIX.exec(before) ?? BRACKET_UNIT.exec(before);
    // "SEK 16.2m", "SEK 3.5 mn", "EUR 1.2m": a million after a currency written before the number.
    const shortMillion = !explicitUnit && prefix && /^\s?(?:m|M|mn|mln)(?![\p{L}])/u.exec(after);
    if (shortMillion) {
      scale = 1e6;
      currency = prefixUnit(prefix[1] ?? prefix[0].trim())[1];
      explicitUnit = true;
      end += shortMillion[0].length;
    }
    if (!explicitUnit && prefix && !shortMillion) {
      [scale, currency] = prefixUnit(prefix[1] ?? prefix[0].trim());
      explicitUnit = true;
    } else if (explicitUnit && scale === 1 && prefix) {
      // "MSEK 12.5 million" is rare; "SEK 4.85 million" keeps the scale word after the number.
      currency = prefixUnit(prefix[1] ?? prefix[0].trim())[1];
    }
    if (scale === null) {
      if (defaultScale === null) continue;
      scale = defaultScale;
    }
    const n = parseNumber(num, scale >= 1e6 || (scale === 1e3 && /[.,]\d{1,2}$/.test(num)));
    if (n === null) continue;
    // Bare 4-digit numbers that look like years are years, even in a money context.
    if (!explicitUnit && /^(?:19|20)\d{2}$/.test(num)) continue;
    const value = Math.round(n * scale);
    if (value <= 0) continue;
    // "Total finansiering 385 517 315 164": two columns' numbers run together by single spaces read as tens of
    // billions, which no project has; neither column is sure.
    if (/^\d{1,3}(?: \d{3}){3,}$/.test(num) && value >= 1e10) continue;
    const rawStart = prefix && explicitUnit ? start - (before.length - prefix.index) : start;
    out.push({ value, currency, start: rawStart, end, raw: text.slice(rawStart, end), explicitUnit });
  }
  return out;
}

/** Unit a table header sets for its cells: "Belopp i tkr", "Belopp (kr)", "Amount (SEK)", "KSEK". */
export function headerScale(line: string): number | null {
  const t = line.toLowerCase();
  if (/\b(?:i|in|\()\s*(?:mkr|mnkr|msek|miljoner kronor|mn kr)\b|\(mkr\)|\bmsek\b/.test(t)) return 1e6;
  if (/\b(?:i|in|\()\s*(?:tkr|ksek|tsek|tusental kronor|tusen kronor)\b|\(tkr\)|\(ksek\)|\btkr\b|\bksek\b/.test(t)) return 1e3;
  if (
    /\b(?:belopp|kostnad|budget|amount|cost|utfall)\b.*(?:\(kr\)|\(sek\)|i kr\b|i kronor|in sek|\bkr\b|\bsek\b)/.test(t) ||
    /\((?:kr|sek|kronor)\)/.test(t)
  )
    return 1;
  return null;
}

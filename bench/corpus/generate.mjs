// Synthetic Swedish project reports (PDF with a text layer) for the benchmarks, deterministic from a seed.
// Ported from the reference corpus tool (make-corpus.mjs): same vocabulary, layout and PDF writer,
// plus a share of long reports and a way to force a given length. No dependencies beyond Node.
import fs from 'node:fs';
import path from 'node:path';
import { writePdf, wrap } from './pdf-writer.mjs';
import * as B from './bank.mjs';

// ---------- randomness ----------
export function rngFor(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    sample: (arr, n) => {
      const c = arr.slice();
      const out = [];
      while (out.length < n && c.length) out.push(c.splice(Math.floor(next() * c.length), 1)[0]);
      return out;
    },
  };
  return r;
}

// ---------- how things are written (the development variants) ----------
export const DEV_VARIANTS = {
  englishShare: 0.06,
  twoColumnShare: 0,
  ownerLabels: ['Projektägare', 'Stödmottagare', 'Projektägare/stödmottagare'],
  ownerSentences: ['Projektägare är {O}.', 'Beställare och projektägare är {O}.', '{O} har varit projektägare.'],
  periodLabels: ['Projekttid', 'Projektperiod', 'Genomförandeperiod'],
  periodSentences: ['Projektet pågick från {S} till {E}.', 'Projektperioden var {S} – {E}.'],
  periodFormats: ['ym-dash', 'ym-compact', 'ymd', 'dmy-words', 'my-words', 'ymd-spaces'],
  budgetLabels: ['Total budget', 'Total projektbudget', 'Projektets totala budget'],
  budgetSentences: [
    'Slutlig budget för projektet var {B}.',
    'Projektets totala budget uppgick till {B}.',
    'Den totala budgeten för projektet var {B}.',
  ],
  budgetFormats: ['mkr', 'kronor', 'tkr', 'miljoner', 'kr', 'sek-prefix'],
  grantLabels: ['Beviljat stöd', 'Beviljat stöd från Tillväxtverket', 'Stöd från Tillväxtverket'],
  diaryLabels: ['Diarienummer', 'Ärendenummer', 'Dnr'],
  lessonHeadings: ['Lärdomar', 'Lärdomar och utmaningar', 'Erfarenheter och lärdomar', 'Slutsatser och lärdomar'],
  evalLessonHeadings: ['Slutsatser och rekommendationer', 'Lärdomar', 'Rekommendationer och lärdomar'],
  lessonStyles: ['bullet', 'dash', 'numbered', 'prose'],
  en: {
    ownerLabels: ['Project owner', 'Beneficiary'],
    periodLabels: ['Project period', 'Duration'],
    budgetLabels: ['Total budget', 'Total project budget'],
    lessonHeadings: ['Lessons learned', 'Lessons learnt and challenges'],
  },
};

const pad2 = (n) => String(n).padStart(2, '0');
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const spaced = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const commaThousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function formatPeriod(fmt, s, e, lang) {
  const [sy, sm] = s;
  const [ey, em] = e;
  const M = lang === 'en' ? B.MONTHS_EN : B.MONTHS_SV;
  switch (fmt) {
    case 'ym-dash':
      return [`${sy}-${pad2(sm)}`, `${ey}-${pad2(em)}`, ' — '];
    case 'ym-compact':
      return [`${sy}${pad2(sm)}`, `${ey}${pad2(em)}`, ' — '];
    case 'ymd':
      return [`${sy}-${pad2(sm)}-01`, `${ey}-${pad2(em)}-${lastDay(ey, em)}`, ' – '];
    case 'dmy-words':
      return lang === 'en'
        ? [`1 ${M[sm - 1]} ${sy}`, `${lastDay(ey, em)} ${M[em - 1]} ${ey}`, ' – ']
        : [`1 ${M[sm - 1]} ${sy}`, `${lastDay(ey, em)} ${M[em - 1]} ${ey}`, ' – '];
    case 'my-words':
      return [`${M[sm - 1]} ${sy}`, `${M[em - 1]} ${ey}`, lang === 'en' ? ' to ' : ' till '];
    case 'ymd-spaces':
      return [`${sy} ${pad2(sm)} 01`, `${ey} ${pad2(em)} ${lastDay(ey, em)}`, ' '];
    case 'ymd-doubledash':
      return [`${sy}-${pad2(sm)}-01`, `${ey}-${pad2(em)}-${lastDay(ey, em)}`, '--'];
    case 'ymd-slash':
      return [`${sy}/${pad2(sm)}/01`, `${ey}/${pad2(em)}/${lastDay(ey, em)}`, ' - '];
    default:
      throw new Error('unknown period format ' + fmt);
  }
}

// Returns [text, exactSek]. The amount must be representable in the format.
export function chooseBudget(rng, fmt) {
  const millions = rng.int(4, 300) / 10; // 0.4 .. 30 MSEK
  switch (fmt) {
    case 'mkr': {
      const v = Math.round(millions * 100) / 100;
      const sek = Math.round(v * 1e6);
      return [`${v.toFixed(2).replace('.', ',')} mkr`, sek];
    }
    case 'Mkr': {
      const v = Math.round(millions * 10) / 10;
      return [`${v.toFixed(1).replace('.', ',')} Mkr`, Math.round(v * 1e6)];
    }
    case 'miljoner': {
      const v = Math.round(millions * 100) / 100;
      return [`${v.toFixed(2).replace('.', ',')} miljoner kronor`, Math.round(v * 1e6)];
    }
    case 'tkr': {
      const t = Math.round(millions * 1000);
      return [`${spaced(t)} tkr`, t * 1000];
    }
    case 'tkr-plain': {
      const t = Math.round(millions * 1000);
      return [`${t} tkr`, t * 1000];
    }
    case 'kronor': {
      const k = Math.round(millions * 1e6) + rng.int(0, 999);
      return [`${spaced(k)} kronor`, k];
    }
    case 'kr': {
      const k = Math.round(millions * 1e6) + rng.int(0, 999);
      return [`${spaced(k)} kr`, k];
    }
    case 'sek-prefix': {
      const k = Math.round(millions * 1e6);
      return [`SEK ${spaced(k)}`, k];
    }
    case 'sek-dots': {
      const k = Math.round(millions * 1e6) + rng.int(0, 999);
      return [`${String(k).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} SEK`, k];
    }
    case 'en-sek': {
      const k = Math.round(millions * 1e6);
      return [`SEK ${commaThousands(k)}`, k];
    }
    case 'en-million': {
      const v = Math.round(millions * 100) / 100;
      return [`SEK ${v.toFixed(2)} million`, Math.round(v * 1e6)];
    }
    default:
      throw new Error('unknown budget format ' + fmt);
  }
}

function amountKr(n, rng, lang) {
  return lang === 'en' ? `SEK ${commaThousands(n)}` : rng.chance(0.5) ? `${spaced(n)} kr` : `${spaced(n)} kronor`;
}

function fill(t, vars) {
  return t.replace(/\{(\w)\}/g, (_, k) => vars[k] ?? '');
}

// ---------- one report ----------
/** Renders a given whole-kronor amount in a format that can show it exactly; null if none of `fmts` can. */
export function formatBudget(rng, fmts, sek) {
  const ok = fmts.filter(
    (f) =>
      ({
        mkr: sek % 10000 === 0,
        miljoner: sek % 10000 === 0,
        Mkr: sek % 100000 === 0,
        tkr: sek % 1000 === 0,
        'tkr-plain': sek % 1000 === 0,
        'en-million': sek % 10000 === 0,
      })[f] ?? true,
  );
  if (!ok.length) return null;
  const f = rng.pick(ok);
  switch (f) {
    case 'mkr':
      return `${(sek / 1e6).toFixed(2).replace('.', ',')} mkr`;
    case 'miljoner':
      return `${(sek / 1e6).toFixed(2).replace('.', ',')} miljoner kronor`;
    case 'Mkr':
      return `${(sek / 1e6).toFixed(1).replace('.', ',')} Mkr`;
    case 'tkr':
      return `${spaced(sek / 1000)} tkr`;
    case 'tkr-plain':
      return `${sek / 1000} tkr`;
    case 'kronor':
      return `${spaced(sek)} kronor`;
    case 'kr':
      return `${spaced(sek)} kr`;
    case 'sek-prefix':
      return `SEK ${spaced(sek)}`;
    case 'sek-dots':
      return `${String(sek).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} SEK`;
    case 'en-sek':
      return `SEK ${commaThousands(sek)}`;
    case 'en-million':
      return `SEK ${(sek / 1e6).toFixed(2)} million`;
    default:
      throw new Error('unknown budget format ' + f);
  }
}

/**
 * One synthetic report. `real`, when given, is a real project record
 * ({owner, projectName, description, start, end, grantedSek, county, municipalities})
 * whose facts replace the invented ones.
 */
export function makeReport(rng, V, id, real = null) {
  const lang = rng.chance(V.englishShare) ? 'en' : 'sv';
  const L = lang === 'en' ? { ...V, ...V.en } : V;
  const [county, regionBody, munis] = rng.pick(B.COUNTIES);
  const m1 = rng.pick(munis);
  const two = munis.length > 1 && rng.chance(0.3);
  const m2 = two ? rng.pick(munis.filter((m) => m !== m1)) : null;
  const place = m2 ? `${m1[0]} ${m2[0]}` : m1[0];
  const themeName = rng.pick(Object.keys(B.THEMES));
  const theme = B.THEMES[themeName];
  const projectName = fill(rng.pick(theme.names), { P: place });

  const ownerKind = rng.next();
  let owner;
  if (ownerKind < 0.6) owner = m1[1];
  else if (ownerKind < 0.75) owner = regionBody;
  else if (ownerKind < 0.85) owner = `Länsstyrelsen i ${county}`;
  else owner = fill(rng.pick(B.OTHER_OWNERS).replace('{R}', '{X}'), { X: B.COUNTY_SHORT(county), M: m1[0] });

  let county2 = county,
    regionBody2 = regionBody,
    place2 = place,
    projectName2 = projectName,
    owner2 = owner,
    munis2 = m2 ? [m1[0], m2[0]] : [m1[0]];
  if (real) {
    const c = B.COUNTIES.find(([cn]) => cn === real.county);
    county2 = c ? c[0] : null;
    regionBody2 = c ? c[1] : regionBody;
    munis2 = real.municipalities?.length && real.municipalities.length <= 3 ? real.municipalities : null;
    place2 = munis2 ? munis2.join(' och ') : county2 ? B.COUNTY_SHORT(county2) : place;
    projectName2 = real.projectName;
    owner2 = real.owner;
  }
  return buildReport(rng, V, id, real, {
    lang,
    L,
    county: county2,
    regionBody: regionBody2,
    municipalities: munis2,
    place: place2,
    theme,
    themeName,
    projectName: projectName2,
    owner: owner2,
  });
}

function buildReport(rng, V, id, real, ctx) {
  const { lang, L, county, regionBody, municipalities, place, theme, themeName, projectName, owner } = ctx;
  const docRoll = rng.next();
  const documentType = docRoll < 0.7 ? 'final_report' : docRoll < 0.9 ? 'evaluation' : 'progress_report';
  const evaluator = documentType === 'evaluation' ? rng.pick(B.EVALUATORS) : null;

  let sy = rng.int(2008, 2022);
  let sm = rng.int(1, 12);
  const dur = rng.int(12, 42);
  const endIdx = sy * 12 + (sm - 1) + dur - 1;
  let ey = Math.floor(endIdx / 12);
  let em = (endIdx % 12) + 1;
  if (real) {
    [sy, sm] = real.start.split('-').map(Number);
    [ey, em] = real.end.split('-').map(Number);
  }
  const periodFmt = rng.pick(L.periodFormats.filter((f) => lang === 'sv' || !['ym-compact', 'ymd-spaces'].includes(f)));
  const [ps, pe, sep] = formatPeriod(periodFmt, [sy, sm], [ey, em], lang);

  const budgetFmts = lang === 'en' ? ['en-sek', 'en-million'] : L.budgetFormats;
  let [budgetText, totalSek] = chooseBudget(rng, rng.pick(budgetFmts));
  let hasGrant = rng.chance(0.55);
  let grantedSek = hasGrant ? Math.round((totalSek * rng.int(35, 60)) / 100 / 1000) * 1000 : null;
  if (real) {
    hasGrant = true;
    grantedSek = real.grantedSek;
    totalSek = Math.round((real.grantedSek * 100) / rng.int(40, 60) / 1000) * 1000;
    budgetText = formatBudget(rng, budgetFmts, totalSek);
  }

  const diaryLabel = rng.pick(L.diaryLabels);
  const hasDiary = rng.chance(0.7);
  const diaryNumber = !hasDiary
    ? null
    : diaryLabel === 'Ärendenummer'
      ? `${sy}${rng.int(1000, 9999)}`
      : diaryLabel === 'Dnr'
        ? `${rng.int(100, 999)}-${rng.int(1000, 9999)}-${String(sy).slice(2)}`
        : `${sy}-${rng.int(1000, 9999)}`;
  const manager = `${rng.pick(B.FIRST_NAMES)} ${rng.pick(B.LAST_NAMES)}`;
  const programme = rng.chance(0.6) ? rng.pick(B.PROGRAMMES) : null;
  const funders = ['Tillväxtverket', regionBody];
  if (rng.chance(0.4)) funders.push('Europeiska regionala utvecklingsfonden');
  if (owner !== regionBody && !funders.includes(owner)) funders.push(owner);

  const lessonsBank = lang === 'en' ? (V.lessonsEn ?? B.LESSONS_EN) : (V.lessonsSv ?? B.LESSONS_SV);
  const lessons = rng.sample(lessonsBank, rng.int(2, 6));
  const P = lang === 'en' ? B.PARAGRAPHS_EN : B.PARAGRAPHS_SV;
  const vars = {
    P: place,
    O: owner,
    T: rng.pick(lang === 'en' ? theme.wordsEn : theme.words),
    R: regionBody,
    A: fill(rng.pick(lang === 'en' ? theme.aimsEn : theme.aims), { P: place }),
  };

  // ---- compose blocks: {kind:'title'|'heading'|'para'|'kv'|'table'|'bullets'|'gap', ...}
  const blocks = [];
  const docWord =
    lang === 'en'
      ? { final_report: 'Final report', evaluation: 'Evaluation report', progress_report: 'Progress report' }[documentType]
      : {
          final_report: 'Slutrapport',
          evaluation: rng.pick(['Utvärderingsrapport', 'Slutrapport från följeforskningen']),
          progress_report: `Lägesrapport ${rng.int(1, 4)}`,
        }[documentType];
  const title = documentType === 'evaluation' && lang === 'sv' ? `Utvärdering av projektet ${projectName}` : `${projectName}`;
  blocks.push({ kind: 'title', text: title });
  blocks.push({ kind: 'subtitle', text: docWord });

  const metaAsBlock = rng.chance(0.75);
  const kv = [];
  const ownerLabel = rng.pick(L.ownerLabels);
  const periodLabel = rng.pick(L.periodLabels);
  const budgetLabel = rng.pick(L.budgetLabels);
  if (metaAsBlock) {
    kv.push([lang === 'en' ? 'Project name' : 'Projektnamn', projectName]);
    kv.push([ownerLabel, owner]);
    if (hasDiary) kv.push([diaryLabel, diaryNumber]);
    kv.push([periodLabel, `${ps}${sep}${pe}`]);
    if (rng.chance(0.6)) kv.push([budgetLabel, budgetText]);
    if (hasGrant) kv.push([lang === 'en' ? 'Granted support' : rng.pick(L.grantLabels), amountKr(grantedSek, rng, lang)]);
    if (programme) kv.push([lang === 'en' ? 'Programme' : 'Program', programme]);
    kv.push([lang === 'en' ? 'Project manager' : rng.pick(['Projektledare', 'Processledare', 'Kontaktperson']), manager]);
    if (evaluator) kv.push([lang === 'en' ? 'Evaluator' : 'Utvärderare', evaluator]);
    blocks.push({ kind: 'kv', rows: kv, columns: rng.chance(0.35) });
  }
  if (documentType === 'progress_report') {
    const ry = Math.min(ey, sy + 1);
    blocks.push({
      kind: 'para',
      text: lang === 'en' ? `Reporting period: ${ry}-01-01 – ${ry}-06-30.` : `Rapportperiod: ${ry}-01-01 – ${ry}-06-30.`,
    });
  }

  const H = (sv, en) => (lang === 'en' ? en : sv);
  let secNo = 0;
  const numbered = rng.chance(0.5);
  const heading = (t) => {
    secNo += 1;
    blocks.push({ kind: 'heading', text: numbered ? `${secNo}. ${t}` : t });
  };

  heading(H('Sammanfattning', 'Summary'));
  blocks.push({
    kind: 'para',
    text:
      lang === 'en'
        ? `The purpose of the project was to ${vars.A}. ${fill(P.results[0], vars)}`
        : `Syftet med projektet har varit att ${vars.A}. ${fill(rng.pick(P.results), vars)}`,
  });
  heading(H('Bakgrund', 'Background'));
  blocks.push({
    kind: 'para',
    text:
      real?.description && lang === 'sv' ? real.description.slice(0, 900).replace(/\s+\S*$/, '') + '.' : fill(rng.pick(P.background), vars),
  });
  if (rng.chance(0.3))
    blocks.push({
      kind: 'para',
      text:
        lang === 'en'
          ? `Planned investments of SEK ${rng.int(50, 900)} million in the region increase the need for ${vars.T}.`
          : `Planerade investeringar på ${rng.int(50, 900)} mkr i regionen ökar behovet av insatser inom ${vars.T}.`,
    });
  if (!metaAsBlock || rng.chance(0.3)) {
    blocks.push({ kind: 'para', text: fill(lang === 'en' ? 'The project owner was {O}.' : rng.pick(L.ownerSentences), vars) });
    blocks.push({
      kind: 'para',
      text:
        lang === 'en'
          ? `The project ran from ${ps} to ${pe}.`
          : fill(rng.pick(L.periodSentences).replace('{S}', ps).replace('{E}', pe), vars),
    });
  }
  heading(H('Syfte och mål', 'Purpose and objectives'));
  blocks.push({
    kind: 'para',
    text:
      lang === 'en'
        ? `The project aimed to ${vars.A}.`
        : `Projektets syfte är att ${vars.A}. Målet är att skapa långsiktiga förutsättningar för ${vars.T} i ${place}.`,
  });
  heading(H('Projektorganisation', 'Project organisation'));
  blocks.push({
    kind: 'para',
    text:
      lang === 'en'
        ? `${owner} owned the project. The project was led by ${manager}.`
        : `Projektet har letts av ${manager}. ${rng.pick(B.PARAGRAPHS_SV.filler)}`,
  });
  if (evaluator)
    blocks.push({
      kind: 'para',
      text:
        lang === 'en'
          ? `This evaluation was carried out by ${evaluator}.`
          : `Utvärderingen har genomförts av ${evaluator} på uppdrag av projektägaren.`,
    });
  heading(H('Genomförda aktiviteter', 'Activities'));
  for (const t of rng.sample(P.activities, rng.int(2, Math.min(4, P.activities.length))))
    blocks.push({ kind: 'para', text: fill(t, vars) });
  let fillers = rng.chance(0.3) ? rng.int(10, 80) : rng.int(0, 3); // some reports run to many pages
  if (V.longShare && rng.chance(V.longShare)) fillers = rng.int(300, 1500); // a few long ones (≈20–95 pages)
  if (typeof V.fillers === 'number') fillers = V.fillers; // forced length (the 500-page memory probe)
  for (let i = 0; i < fillers; i++)
    blocks.push({ kind: 'para', text: fill(rng.pick(P.filler), vars) + ' ' + fill(rng.pick(P.activities), vars) });
  heading(H('Resultat och effekter', 'Results and effects'));
  for (const t of rng.sample(P.results, rng.int(1, Math.min(3, P.results.length)))) blocks.push({ kind: 'para', text: fill(t, vars) });

  heading(H('Ekonomi', 'Budget'));
  const financed =
    lang === 'en'
      ? `The project was financed by ${funders.join(', ')}.`
      : `Projektet har finansierats av ${funders.slice(0, -1).join(', ')} och ${funders[funders.length - 1]}.`;
  blocks.push({ kind: 'para', text: financed });
  const budgetSentence =
    lang === 'en' ? `The total budget of the project was ${budgetText}.` : rng.pick(L.budgetSentences).replace('{B}', budgetText);
  if (rng.chance(0.5)) {
    const a = Math.round(totalSek * 0.45);
    const b = Math.round(totalSek * 0.3);
    const c = totalSek - a - b;
    blocks.push({
      kind: 'table',
      rows: [
        [H('Kostnadsslag', 'Cost category'), H('Belopp (kr)', 'Amount (SEK)')],
        [H('Personal', 'Staff'), spaced(a)],
        [H('Externa tjänster', 'External services'), spaced(b)],
        [H('Övriga kostnader', 'Other costs'), spaced(c)],
        [H('Totalt', 'Total'), spaced(totalSek)],
      ],
    });
  }
  blocks.push({ kind: 'para', text: budgetSentence });
  if (rng.chance(0.25))
    blocks.push({
      kind: 'para',
      text:
        lang === 'en'
          ? `In addition, the municipality contributes SEK ${spaced(rng.int(2, 9) * 100000)} per year to the network.`
          : `Kommunen bidrar dessutom med ${spaced(rng.int(2, 9) * 100000)} kronor per år till nätverket.`,
    });

  heading(documentType === 'evaluation' && lang === 'sv' ? rng.pick(L.evalLessonHeadings) : rng.pick(L.lessonHeadings));
  const style = rng.pick(V.lessonStyles);
  if (style === 'prose') blocks.push({ kind: 'para', text: lessons.join(' ') });
  else blocks.push({ kind: 'bullets', style, items: lessons });
  heading(H('Spridning av resultat', 'Dissemination'));
  blocks.push({ kind: 'para', text: fill(rng.pick(P.dissemination), vars) });

  const truth = {
    id,
    projectName,
    documentType,
    language: lang,
    owner,
    diaryNumber,
    period: { start: `${sy}-${pad2(sm)}`, end: `${ey}-${pad2(em)}` },
    budget: { totalSek, grantedSek },
    county,
    municipalities,
    funders,
    programme,
    projectManager: manager,
    lessonsLearned: lessons,
    themes: [themeName],
  };
  if (real) {
    // facts the report does not state are not scored
    if (!truth.county) delete truth.county;
    if (!truth.municipalities) delete truth.municipalities;
  }
  const layout = {
    compress: rng.chance(0.5),
    hyphenate: rng.chance(0.25),
    headers: rng.chance(0.6) ? `${docWord} – ${projectName}` : null,
    pageNumbers: rng.pick(['sida-av', 'plain', 'none']),
    twoColumn: rng.chance(V.twoColumnShare),
    title: rng.chance(0.7) ? `${docWord}: ${projectName}` : null,
    author: rng.chance(0.5) ? (evaluator ?? owner) : null,
  };
  return { truth, blocks, layout };
}

// ---------- layout: blocks -> positioned runs per page ----------
export function layoutPages(blocks, layout) {
  const pages = [];
  const TOP = 780,
    BOTTOM = 70,
    LH = 14;
  const colWidth = layout.twoColumn ? 40 : 84;
  const cols = layout.twoColumn ? [60, 310] : [60];
  let page = [];
  let col = 0;
  let y = TOP;
  const newPage = () => {
    pages.push(page);
    page = [];
    col = 0;
    y = TOP;
  };
  const nextLine = (h = LH) => {
    y -= h;
    if (y < BOTTOM) {
      if (col + 1 < cols.length) {
        col += 1;
        y = TOP;
      } else newPage();
    }
  };
  const x = () => cols[col];

  // cover page: title + subtitle + kv
  let i = 0;
  for (; i < blocks.length && ['title', 'subtitle', 'kv'].includes(blocks[i].kind); i++) {
    const b = blocks[i];
    if (b.kind === 'title') {
      for (const l of wrap(b.text, 40)) {
        page.push({ x: 60, y, size: 20, bold: true, text: l });
        y -= 26;
      }
    } else if (b.kind === 'subtitle') {
      y -= 6;
      page.push({ x: 60, y, size: 14, text: b.text });
      y -= 36;
    } else if (b.kind === 'kv') {
      for (const [k, v] of b.rows) {
        if (b.columns) {
          page.push({ x: 60, y, size: 11, bold: true, text: k });
          page.push({ x: 230, y, size: 11, text: v });
        } else page.push({ x: 60, y, size: 11, text: `${k}: ${v}` });
        y -= 18;
      }
    }
  }
  newPage();

  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') {
      nextLine(8);
      if (y < BOTTOM + 40) nextLine(TOP);
      page.push({ x: x(), y, size: 13, bold: true, text: b.text });
      nextLine(20);
    } else if (b.kind === 'para') {
      for (const l of wrap(b.text, colWidth, layout.hyphenate)) {
        page.push({ x: x(), y, size: 11, text: l });
        nextLine();
      }
      nextLine(6);
    } else if (b.kind === 'bullets') {
      b.items.forEach((it, n) => {
        const mark = b.style === 'bullet' ? '\u2022 ' : b.style === 'dash' ? '- ' : `${n + 1}. `;
        wrap(it, colWidth - 4, layout.hyphenate).forEach((l, k) => {
          page.push({ x: x() + (k ? 14 : 0), y, size: 11, text: k ? l : mark + l });
          nextLine();
        });
      });
      nextLine(6);
    } else if (b.kind === 'table') {
      for (const [k, v] of b.rows) {
        page.push({ x: x(), y, size: 11, text: k });
        page.push({ x: x() + (layout.twoColumn ? 150 : 330), y, size: 11, text: v });
        nextLine();
      }
      nextLine(6);
    } else if (b.kind === 'para-raw') {
      page.push({ x: x(), y, size: 11, text: b.text });
      nextLine();
    }
  }
  if (page.length) pages.push(page);
  // headers and footers
  const n = pages.length;
  pages.forEach((p, k) => {
    if (k > 0 && layout.headers) p.unshift({ x: 60, y: 810, size: 9, text: layout.headers });
    if (layout.pageNumbers === 'sida-av') p.push({ x: 270, y: 40, size: 9, text: `Sida ${k + 1} av ${n}` });
    else if (layout.pageNumbers === 'plain') p.push({ x: 290, y: 40, size: 9, text: String(k + 1) });
  });
  return pages;
}

export function renderReport(rep) {
  return writePdf(layoutPages(rep.blocks, rep.layout), {
    compress: rep.layout.compress,
    title: rep.layout.title,
    author: rep.layout.author,
  });
}

// ---------- corpus ----------
/** Variants of the benchmark corpus: the development variants plus 2 % long reports. */
export const BENCH_VARIANTS = { ...DEV_VARIANTS, longShare: 0.02 };

/**
 * Writes `count` reports as DIR/r00001.pdf … and DIR/manifest.json ({seed, count, files:[{file, pages, bytes}]}).
 * Report n depends only on (seed, n), so a corpus of 1 000 is the first tenth of one of 10 000.
 */
export function generateCorpus({ out, count, seed = 1, variants = BENCH_VARIANTS, onProgress = () => {} }) {
  fs.mkdirSync(out, { recursive: true });
  const files = [];
  for (let n = 0; n < count; n++) {
    const id = `r${String(n + 1).padStart(5, '0')}`;
    const rep = makeReport(rngFor(seed * 1000003 + n), variants, id);
    const pages = layoutPages(rep.blocks, rep.layout);
    const pdf = writePdf(pages, { compress: rep.layout.compress, title: rep.layout.title, author: rep.layout.author });
    const file = path.join(out, `${id}.pdf`);
    fs.writeFileSync(file, pdf);
    files.push({ file, pages: pages.length, bytes: pdf.length });
    if ((n + 1) % 250 === 0) onProgress(n + 1, count);
  }
  const manifest = { seed, count, files };
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest));
  return manifest;
}

/** Page texts of report n as the layout places them (no PDF round trip): for indexing records without parsing. */
export function reportPageTexts(seed, n, variants = BENCH_VARIANTS) {
  const rep = makeReport(rngFor(seed * 1000003 + n), variants, `r${String(n + 1).padStart(5, '0')}`);
  const pages = layoutPages(rep.blocks, rep.layout);
  return {
    pages: pages.map((runs) => {
      const lines = new Map();
      for (const r of [...runs].sort((a, b) => b.y - a.y || a.x - b.x))
        lines.set(r.y, lines.has(r.y) ? `${lines.get(r.y)} ${r.text}` : r.text);
      return [...lines.values()].join('\n');
    }),
    info: { title: rep.layout.title ?? null, author: rep.layout.author ?? null, creator: null, producer: 'corpus-maker' },
  };
}

/** Writes one report of at least `pages` pages (for the worker-memory probe); returns its page count and size. */
export function writeLongReport(file, pages, seed = 7) {
  // About 12 filler paragraphs fill a page; grow until the layout reaches the wanted length.
  let fillers = Math.ceil(pages * 11);
  for (;;) {
    const rep = makeReport(rngFor(seed), { ...DEV_VARIANTS, fillers }, 'long');
    const laid = layoutPages(rep.blocks, rep.layout);
    if (laid.length >= pages) {
      const pdf = writePdf(laid, { compress: rep.layout.compress, title: rep.layout.title, author: rep.layout.author });
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, pdf);
      return { file, pages: laid.length, bytes: pdf.length };
    }
    fillers = Math.ceil(fillers * (pages / laid.length) * 1.02) + 1;
  }
}

// A short report that an extraction thread reads once as it starts, before it takes work: the extractor's
// tables, models and compiled patterns are built then, so the first real document does not pay for them (under
// its time limit), and the heap the thread holds when ready is its working size (what recycling is measured from).
import type { ParsedDocument } from '../../shared/types/record.js';
import { extractRecord } from './extract-record.js';

const PAGES = [
  [
    'Slutrapport',
    'Mötesplats Bygden',
    'Projektägare: Exempelbygdens utvecklingsförening',
    'Projektledare: Anna Andersson',
    'Diarienummer: 20201234',
    'Projektperiod: 2021-01-01 – 2022-12-31',
  ].join('\n'),
  [
    '1. Sammanfattning',
    'Projektet Mötesplats Bygden har drivits av Exempelbygdens utvecklingsförening i Ljusdals kommun, Gävleborgs län.',
    'Projektet finansierades av Europeiska jordbruksfonden för landsbygdsutveckling genom Leader Hälsingebygden och av Region Gävleborg.',
    'Den totala budgeten var 1 200 000 kronor, varav beviljat stöd 840 000 kronor.',
    'Syftet var att skapa en mötesplats för boende, föreningar och företag i byarna kring Ljusdal.',
    '2. Genomförande',
    'Under 2021 genomfördes tolv träffar och en förstudie om lokal service. Styrgruppen träffades fyra gånger per år.',
    '3. Resultat',
    'Ett fyrtiotal föreningar har deltagit och tre nya verksamheter har startat i bygdegården.',
    '4. Lärdomar',
    'Vi har lärt oss att förankring hos föreningarna tidigt i projektet är avgörande för deltagandet.',
    'En lärdom är att projektledaren behöver tid avsatt för uppföljning mellan träffarna.',
    'Samverkan med kommunen fungerade bäst när ansvaret var tydligt fördelat från början.',
    '5. Slutsatser och rekommendationer',
    'Vi rekommenderar att liknande projekt budgeterar för lokalhyra och marknadsföring under hela projekttiden.',
  ].join('\n'),
  [
    'Final report summary',
    'The project Meeting Place was run by the association from January 2021 to December 2022 and funded by the Rural Development Programme.',
    'Lessons learned: early involvement of local associations was essential.',
  ].join('\n'),
];

export const WARM_UP_DOCUMENT: ParsedDocument = {
  pages: PAGES,
  format: 'pdf',
  info: { title: 'Slutrapport Mötesplats Bygden', author: null, creator: null, producer: null },
};

/** Reads the warm-up report once; what it yields is not used. */
export function warmUp(): void {
  extractRecord(WARM_UP_DOCUMENT);
}

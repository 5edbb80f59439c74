/**
 * Sentences that name the project's owner (projektägare, stödmottagare, lead partner), beyond the labels and
 * owner sentences the owner finder (organisations.ts) reads. Each row's value is cleaned as an organisation's name.
 */
import { fieldOfKey } from '../labels.js';
import { cleanOrganisation, looksLikeOrganisation } from '../organisations.js';
import { startsWithGivenName } from '../given-names.js';
import { cleanValue } from '../text.js';
import type { Rule } from './engine.js';
import { rx, rxc } from './engine.js';
import { B, E, ORG, ORG_END, ORG_TO_COMMA, OWNER_ROLE, RUN_BY, RUNS, THE_PROJECT } from './pieces.js';

/** The organisation a match names, cleaned, or null when it is no organisation's name. */
function org(m: RegExpExecArray): string | null {
  return orgName(m.groups?.value ?? m.groups?.value2 ?? '');
}
/** A name cleaned as an organisation's, or null when it is none. */
function orgName(raw: string): string | null {
  const v = personsAt(junkBefore(cleanOrganisation(raw)));
  return v && looksLikeOrganisation(v) && !GENERIC.test(v) && !PREPOSITION_FIRST.test(v) ? v : null;
}
// A time or place phrase before the subject ("Vid Leader Södermanlands senaste styrelsemöte fick …"): no name.
const PREPOSITION_FIRST = /^(?:Vid|På|Under|Efter|Inför|Enligt|Genom|Med|At|After|During|According)\s/u;
// A document's heading run into the sentence: "Utvärdering av Kriminalvårdens försöksverksamhet med
// inslussningsgrupper Kriminalvården har …".
const DOCUMENT_HEAD =
  /^(?:Utvärdering|Slutrapport|Slutredovisning|Rapport|Sammanfattning|Förord|Inledning|Evaluation|Final report)(?![\p{L}])/u;
/**
 * A cover's or a letter's lines run into the sentence's subject ("Lennart Grandelius Projektledare Arkitekt SAR/MSA 3
 * Kort om utvecklingsprojektet Eksjö kommun"): a number or a slash marks them; the organisation is the capitalised
 * name after the last lower-case word.
 */
function junkBefore(v: string | null): string | null {
  if (!v || !(/[\d/]/u.test(v) || DOCUMENT_HEAD.test(v))) return v;
  const tail = /^.*\s\p{Ll}+\s+(\p{Lu}[^\d/]*)$/u.exec(v)?.[1];
  return tail && looksLikeOrganisation(tail) ? tail : v;
}
// People named before their organisation: "Lova och Vidar Brodin på Miljömatematik Malmö AB leder …", "Mattias
// O'Nils at Mid Sweden University is the project owner".
const PERSONS_AT = /^(?:\p{Lu}[\p{L}'-]+\s+){1,3}(?:(?:och|&|and)\s+(?:\p{Lu}[\p{L}'-]+\s+){1,3})?(?:på|vid|från|at)\s+(\p{Lu}.*)$/u;
/** What follows the people before "på"/"at" when a name starts with them (a given name first, or two people of one family), or null. */
function afterPeople(v: string): string | null {
  const m = PERSONS_AT.exec(v);
  const people =
    m && (startsWithGivenName(v) || /^\p{Lu}\p{Ll}+\s+(?:och|&|and)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:på|vid|från|at)\s/u.test(v));
  return people ? m[1]! : null;
}
/** The organisation after the people who work there, where it reads as one. */
function personsAt(v: string | null): string | null {
  const tail = v ? afterPeople(v) : null;
  return tail && looksLikeOrganisation(tail) ? tail : v;
}
/** An authority written in lower case in running text ("länsstyrelsen i Östergötland") is named as a name is. */
const upperFirst = (v: string): string => v.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
/** A name read as an owner when it is an organisation's or two capitalised words ("Svenska Köttföretagen", "Visit Hornborgasjön"). */
const orgOrCapitalised = (v: string | null): string | null =>
  v && (looksLikeOrganisation(v) || /^\p{Lu}\S*\s+\p{Lu}/u.test(v)) ? v : null;
// A kind of organisation named without its name: "Regionen", "Kommunen", "Föreningen".
const GENERIC =
  /^(?:regionen|kommunen|kommunerna|föreningen|stiftelsen|bolaget|förbundet|högskolan|universitetet|landstinget|the region|the municipality|the association|the company)$/iu;
/** As org, but a name without an organisation word is taken too (the sentence says it is one), unless it is a person's. */
function named(m: RegExpExecArray): string | null {
  const v = cleanOrganisation(m.groups?.value ?? '');
  return v && !startsWithGivenName(v) && !CUT_HEAD.test(v) && !GENITIVE_ALONE.test(v) ? v : null;
}
// A name cut before its "for"/"of" ("Centre for Rural Medicine" read as "Centre"): the head noun alone is no name.
const CUT_HEAD =
  /^(?:the\s+)?(?:centre|center|institute|department|school|council|association|agency|board|office|foundation|society|federation|union|unit|division|faculty|centrum|institutet|avdelningen|enheten|förbundet|föreningen)$/iu;
// A genitive alone ("som drivs av Östhammars"): the name went on beyond where the sentence was cut.
const GENITIVE_ALONE = /^\p{Lu}\p{Ll}+s$/u;
// The words a form's keys open with: a value that starts with one is the next key, not a name.
const FORM_WORD =
  /^(?:År|Datum|Namn|Adress|Postadress|Telefon|E-post|Status|Ort|Organisationsnummer|Kontaktperson|Projektnamn|Projektperiod|Projekttid)(?:\s|$)/u;
/** A name set off by commas, taken whole ("APeL Forskning och utveckling"): capitalised, short, no clause in it. */
function whole(m: RegExpExecArray): string | null {
  const v = cleanValue(m.groups?.value ?? '');
  if (!/^[\p{Lu}\p{N}]/u.test(v) || v.split(/\s+/).length > 9) return null;
  if (/(?<![\p{L}])(?:är|var|har|hade|som|att|ska|kommer|vi|is|was|has|had|which|that|will)(?![\p{L}])/iu.test(v)) return null;
  return startsWithGivenName(v) ? null : v;
}

// ", HUF,": the organisation's short form set off by commas after its name.
const SHORT_FORM = String.raw`(?:,\s+\p{Lu}[\p{Lu}\d&-]{1,7},)?`;
// "Sedan 2010 har …", "Under perioden 2016-07-01 – 2020-02-29 har …": a time first, then the auxiliary before its subject.
const TIME_THEN_HAS = String.raw`^(?:Sedan|Under|Från|I|Mellan|Åren|Hösten|Våren|Sommaren|Vintern)\s+(?:[\p{L}\d–-]+\s+){1,5}?(?:har|hade)\s+`;
// ", med stöd från A, B och C": the payers a subject ran its project with, between the subject and its verb.
const WITH_PAYERS = String.raw`(?:,?\s+med\s+(?:stöd|finansiering|medel)\s+(?:från|av)\s+[^.]{3,160}?,?)?`;

// An organisation's name of capitalised words and the small words names have ("ÖrebroBostäder AB", "Destination
// Falkenberg", "Företagarna i Västra Götaland"): where the words after the subject run on, a name no longer.
const CAPITALISED_NAME = String.raw`(?<value>\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|AB|i|för|och|&|kommun|stad|län|region|förening|ekonomisk|ideell)){0,6}?)`;

export const OWNER_RULES: Rule[] = [
  {
    id: 'owner.med-x-som-agare',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    pattern: rxc`${B}med\s+${ORG}\s+som\s+(?:[\p{Ll}]+\s+)?${OWNER_ROLE}${E}`,
    read: named,
    says: [
      ['ARCTIC DESIGN OF SWEDEN är ett projekt med Region Västerbotten som huvudägare.', 'Region Västerbotten'],
      ['Förstudien genomförs med Sollefteå kommun som projektägare och Region Västernorrland som medfinansiär.', 'Sollefteå kommun'],
    ],
    not: ['Projektet drivs med stöd från Region Västerbotten som medfinansiär.'],
  },
  {
    id: 'owner.agt-av',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    pattern: rx`,\s*(?:ägt|ägd|drivet|drivna|owned|run)\s+(?:och\s+\p{L}+\s+)?(?:av|by)\s+${ORG_TO_COMMA}`,
    read: whole,
    says: [
      [
        'Projektet LC komp Lärcentra som mäklare i kompetensförsörjning, ägt av APeL Forskning och utveckling, har riktats till anställda.',
        'APeL Forskning och utveckling',
      ],
      ['The project, owned by Luleå University of Technology, ran for three years.', 'Luleå University of Technology'],
    ],
    not: ['Fastigheten, ägd av en privatperson, renoverades.', 'Huset, ägt av Anna Berg, renoverades.'],
  },
  {
    id: 'owner.run-by-after-time',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Projektet Strängnäs Växer har drivits från september 2011 till juni 2013 av Campus Strängnäs": a time
    // between the verb and its agent.
    // A compound project noun too ("Musselprojektet genomförs av Vattenbrukscentrum Ost"), not a part or a sibling.
    pattern: rx`^(?:${THE_PROJECT}|(?!(?:del|syster|grann|moder|paraply|huvud|forsknings|följeforsknings)projektet)\p{L}[\p{L}-]*projektet)(?:\s+[^,.]{1,60}?)?\s+${RUN_BY}\s+(?:(?:från|sedan|under|mellan|from|since|during|between)\s+[^.]{1,50}?\s+)?(?:av|by)\s+${ORG}${ORG_END}`,
    read: named,
    says: [
      [
        'Projektet Strängnäs Växer har drivits från september 2011 till juni 2013 av Campus Strängnäs (Strängnäs Kommun).',
        'Campus Strängnäs',
      ],
      ['Projektet drevs under 2019 och 2020 av Hushållningssällskapet Halland.', 'Hushållningssällskapet Halland'],
      ['Musselprojektet genomförs av Vattenbrukscentrum Ost och är en del av EU-projektet Baltic Blue Growth.', 'Vattenbrukscentrum Ost'],
    ],
    not: [
      'Projektet drevs under 2019 av en liten grupp eldsjälar.',
      'Delprojektet genomförs av Hushållningssällskapet Halland.',
      "The project was led by Sofia Bengtsson at Region Skåne's department.",
      // Cut names: a head noun before "for", a genitive where the sentence was broken.
      'The project is managed by Centre for Rural Medicine as the project Lead Partner.',
      "Projektet ''Klusterutveckling mellan industri och bioteknik'' som drivs av Östhammars",
    ],
  },
  {
    id: 'owner.project-that-was-run-by',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Rapporten beskriver utvärderingen av ett samverkansprojekt som genomfördes av KOSAM (Kommun och sjukvård i
    // samverkan) …": a project, as the sentence's object, and who ran it in a relative clause.
    pattern: rx`${B}(?:ett|det|detta|ett\s+nytt)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]*projekt(?:et)?\s+som\s+${RUN_BY}\s+(?:(?:från|sedan|under|mellan)\s+[^.]{1,50}?\s+)?av\s+${ORG}(?:(?=\s+[–—]\s)|${ORG_END})`,
    read: named,
    says: [
      [
        'Green Gothenburg – ett samverkansprojekt som drivs av Business Region Göteborg – tar med sig erfarenheterna.',
        'Business Region Göteborg',
      ],
      [
        'Den här rapporten beskriver utvärderingen av ett samverkansprojekt som genomfördes av KOSAM (Kommun och sjukvård i samverkan) som spänner över fyra kommuner.',
        'KOSAM',
      ],
      ['Boken berättar om ett treårigt projekt som drevs av Hushållningssällskapet Halland.', 'Hushållningssällskapet Halland'],
    ],
    not: ['Det var ett projekt som drevs av en liten grupp eldsjälar.', 'Ett projekt som leddes av Anna Berg.'],
  },
  {
    id: 'owner.a-project-run-by',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Spaceport Sweden is an EU project run by Progressum, the business development company in Kiruna": a project,
    // and who runs it, in English.
    pattern: rx`${B}(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?project\s+(?:that\s+(?:is|was)\s+)?(?:run|led|managed|coordinated|owned)\s+by\s+${ORG}${ORG_END}`,
    read: named,
    says: [
      ['ESTABLISH COMMERCIAL SPACE FLIGHTS is a EU project run by Progressum, the business development company in Kiruna.', 'Progressum'],
      ['It is a three-year research project led by Luleå University of Technology.', 'Luleå University of Technology'],
    ],
    not: ['It was a project run by a small group of volunteers.', 'The project led by Anna Berg ended in May.'],
  },
  {
    id: 'owner.name-run-by',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // A project's page names it and says who ran it, with whom and on whose money: "Kugghjulet drevs av Famna i
    // samverkan med Coompanion med stöd av Europeiska Socialfonden". The tail (with whom, on whose money) marks the
    // subject as a project, not a building or a business that someone runs.
    pattern: rx`^(?!(?:Det|Den|Dessa|Detta|De|Vi|Man|Verksamheten|Huset|Fastigheten|Gården|Företaget|Bolaget|Skolan|Caféet|Butiken|Anläggningen)\s)\p{Lu}[\p{L}\d&-]*(?:\s+[\p{L}\d&-]+){0,3}?\s+(?:drevs|drivs|har\s+drivits|ägs|ägdes)\s+av\s+${ORG}(?=\s+(?:i\s+(?:samverkan|samarbete|partnerskap)\s+med|tillsammans\s+med|med\s+(?:stöd|finansiering|medel)\s+(?:av|från)|och\s+(?:finansier|medfinansier|pågick|pågår))${E})`,
    read: named,
    says: [
      ['Kugghjulet drevs av Famna i samverkan med Coompanion med stöd av Europeiska Socialfonden (ESF).', 'Famna'],
      [
        'LANDA drevs av Samordningsförbundet Göteborg i samarbete med Göteborgs stad, Göteborgs stadsmission och Arbetsförmedlingen.',
        'Samordningsförbundet Göteborg',
      ],
    ],
    not: [
      'Dessa ägs av Föreningen för fornminnes och hembygdsvård i sydöstra Skåne och förvaltas av museet.',
      'Caféet drivs av Byalaget i samverkan med skolan.',
      'Naturum drivs av Länsstyrelsen Västernorrland.',
    ],
  },
  {
    id: 'owner.inverted-runs-project',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Under åren drev Region Skåne i samarbete med 42 andra aktörer … projektet X": the verb before its subject.
    pattern: rxc`(?:^|,\s*)(?:\p{Lu}\p{Ll}*\s+(?:[\p{L}\d-]+\s+){0,3}?)?(?:drev|driver|ägde|äger|genomförde|genomför)\s+${ORG}${ORG_END}[^.]{0,200}?${B}projektet${E}`,
    read: org,
    says: [
      [
        'Under åren drev Region Skåne i samarbete med 42 andra offentliga aktörer i Skåne och Blekinge med finansiering från den Europeiska regionala strukturfonden projektet ESS MAX IV i regionen TITA.',
        'Region Skåne',
      ],
      ['Sedan 2019 driver Sundsvalls kommun tillsammans med näringslivet projektet Digitalt lyft.', 'Sundsvalls kommun'],
    ],
    not: ['Under 2020 drev vi tillsammans med kommunen projektet vidare.'],
  },
  {
    id: 'owner.initiated-by',
    field: 'owner',
    // Who started a project is often, not always, who owns it: a hint that yields to any sentence or key that names
    // the owner.
    source: 'cue',
    scope: 'sentence',
    // "Resursmodellen Södertörn initierades av Samordningsförbundet Östra Södertörn och pågick …", "ett projekt med
    // anslag från Tillväxtverket, initierat av Region Kronoberg och drivet i tät samverkan med …".
    pattern: rx`${B}(?:initierades|initierad|initierat|initiated|was\s+initiated)\s+(?:av|by)\s+${ORG}${ORG_END}`,
    read: org,
    says: [
      [
        'Resursmodellen Södertörn initierades av Samordningsförbundet Östra Södertörn och pågick under perioden 2012 till 2014.',
        'Samordningsförbundet Östra Södertörn',
      ],
      [
        'Stärkt serviceutveckling i Kronobergs län är ett projekt med anslag från Tillväxtverket, initierat av Region Kronoberg och drivet i tät samverkan med en rad aktörer.',
        'Region Kronoberg',
      ],
    ],
    not: ['Projektet initierades av två eldsjälar i byn.', 'Arbetet initierades av Anna Berg.'],
  },
  {
    id: 'owner.project-started-by',
    field: 'owner',
    // Who started a project, as initiated-by reads it: a hint that yields to any sentence or key that names the owner.
    source: 'cue',
    scope: 'sentence',
    // "I maj 2010 startades projektet SMSlivräddare av Svenska rådet för hjärt-lungräddning": a passive start, the
    // project named between the verb and who started it; the name runs to the clause's end ("för" is part of it).
    pattern: rx`${B}(?:startades|inleddes|påbörjades|initierades)\s+(?:projektet|förstudien)\s+\p{Lu}[^\s.]*(?:\s+[^\s.]+){0,5}?\s+av\s+(?<value>\p{Lu}[^.;:!?()”"]{1,100}?)(?=\s*(?:[.;!?]|,\s|\s+(?:och|samt|som|med|i samarbete|i samverkan|tillsammans|under|mellan|sedan|genom|via|inom|för att|i syfte)\s|$))`,
    read: named,
    says: [
      ['I maj 2010 startades projektet SMSlivräddare av Svenska rådet för hjärt-lungräddning.', 'Svenska rådet för hjärt-lungräddning'],
      ['Hösten 2019 inleddes förstudien Hälsa i Norr av Region Norrbotten i samarbete med kommunerna.', 'Region Norrbotten'],
    ],
    not: ['Sedan startades projektet Fritid av flera eldsjälar i byn.', 'Då startades projektet Bo Bra av Anna Berg.'],
  },
  {
    id: 'owner.projects-it-launched',
    field: 'owner',
    // An organisation's own projects, launched by it: a hint, as who started a project is ("ett av fem projekt som
    // Almi Skåne sjösatt under våren", "projektet som Region Gävleborg startade 2019").
    source: 'cue',
    scope: 'sentence',
    pattern: rx`${B}(?:projekt|projekten|projektet|projects?|the project)\s+(?:som|that|which)\s+${ORG}\s+(?:har\s+|hade\s+|has\s+|had\s+)?(?:sjösatt|sjösatte|startat|startade|dragit igång|drog igång|satt igång|satte igång|lanserat|lanserade|launched|started)${E}`,
    read: org,
    says: [
      ['Equal Business Growth. Så heter ett av fem projekt som Almi Skåne sjösatt under våren.', 'Almi Skåne'],
      ['Det är det tredje projektet som Region Gävleborg startade 2019.', 'Region Gävleborg'],
    ],
    not: ['Det är ett projekt som vi startade i fjol.', 'Projektet som deltagarna startade växte snabbt.'],
  },
  {
    id: 'owner.inverted-has-run-a-project',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Sedan 2010 har Hushållningssällskapet drivit ett projekt för att …", "Under 2019 har Region Kalmar län genomfört
    // förstudien …", "Under perioden 2016-07-01 – 2020-02-29 har Film Västernorrland med stöd från … drivit projektet …": a time
    // first, then the auxiliary, its subject (with the payers it ran the project with) and the project it ran.
    pattern: rxc`${TIME_THEN_HAS}${ORG}${WITH_PAYERS}\s+(?:drivit|ägt|genomfört|bedrivit)\s+(?:(?:ett|det|detta)\s+(?:[\p{L}-]+\s+){0,2}?)?(?:[\p{Ll}-]*projekt(?:et)?|\p{Lu}+-projekt(?:et)?|förstudien)${E}`,
    read: org,
    says: [
      ['Sedan 2010 har Hushållningssällskapet drivit ett projekt för att utvärdera biogasanläggningar.', 'Hushållningssällskapet'],
      ['Under 2019 har Region Kalmar län genomfört förstudien Grönt kluster.', 'Region Kalmar län'],
      ['Sedan 2016 har Företagarna Dalarna drivit ett EU-finansierat projekt om generationsskiften.', 'Företagarna Dalarna'],
      ['Under 2019 har Region Kalmar län med stöd från Tillväxtverket genomfört förstudien Grönt kluster.', 'Region Kalmar län'],
    ],
    not: ['Sedan 2010 har vi drivit ett projekt om biogas.', 'Under 2019 har Anna Berg drivit projektet framåt.'],
  },
  {
    id: 'owner.has-run-a-project-in-time',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // The subject first, then the time it ran the project: "Storumans kommun har under 2014-2019 bedrivit ett projekt för
    // en långsiktigt hållbar skotertrafik". Without the time it may be any project the organisation once ran.
    pattern: rxc`^${ORG}\s+(?:har|hade)\s+(?:under|sedan|mellan|från)\s+[^,.]{3,40}?\s+(?:drivit|genomfört|bedrivit)\s+(?:ett|det|detta)\s+(?:[\p{L}-]+\s+){0,2}?[\p{Ll}-]*projekt${E}`,
    read: org,
    says: [
      ['Storumans kommun har under 2014-2019 bedrivit ett projekt för en långsiktigt hållbar skotertrafik.', 'Storumans kommun'],
      ['Region Jämtland Härjedalen har sedan 2019 drivit ett EU-finansierat projekt om kollektivtrafik.', 'Region Jämtland Härjedalen'],
    ],
    not: ['Storumans kommun har bedrivit ett projekt om skoter.', 'Vi har under 2014-2019 bedrivit ett projekt för skoter.'],
  },
  {
    id: 'owner.inverted-has-run-the-project-named',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Under perioden 2016-07-01 – 2020-02-29 har Film Västernorrland med stöd från … drivit projektet Etablering
    // filmfond": as the row before, for a name without an organisation's word, where the sentence names the project
    // it ran; each of its words capitalised, and no person's name.
    pattern: rx`${TIME_THEN_HAS}(?<value>\p{Lu}[\p{L}\d&-]*(?:\s+\p{Lu}[\p{L}\d&-]*){0,3})${WITH_PAYERS}\s+(?:drivit|genomfört|bedrivit)\s+(?:projektet|förstudien)\s+\p{Lu}`,
    read: named,
    says: [
      [
        'Under perioden 2016-07-01 – 2020-02-29 har Film Västernorrland med stöd från Europeiska regionala utvecklingsfonden, Region Västernorrland och Sundsvalls kommun drivit projektet Etablering filmfond.',
        'Film Västernorrland',
      ],
      ['Sedan 2018 har Visit Dalarna drivit projektet Cykla i Dalarna.', 'Visit Dalarna'],
    ],
    not: [
      'Under 2019 har Anna Berg drivit projektet Grönt kluster.',
      'Under hösten har Vi drivit projektet Grönt kluster vidare.',
      'Under 2019 har vi drivit projektet Grönt kluster.',
    ],
  },
  {
    id: 'owner.name-with-acronym-has-run',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Jämtland Härjedalen Turism (JHT) har under maj till december 2023 genomfört delprojekt 2 i …": a name given with
    // its acronym is an organisation's, and it carried out the project (or a part of it).
    pattern: rx`^(?!(?:Projektet|Projekt|Förstudien|Satsningen|Studien|Rapporten|Nätverket|Programmet)\s)(?<value>\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,4})\s+\(\p{Lu}{2,8}\)\s+(?:har|hade)\s+(?:(?:under|sedan|från|mellan|i)\s+[^,.]{3,50}?\s+)?(?:genomfört|drivit|bedrivit|ägt)\s+(?:ett\s+|det\s+)?(?:projektet|förstudien|delprojekt|projekt)(?![\p{L}])`,
    read: named,
    says: [
      [
        'Jämtland Härjedalen Turism (JHT) har under maj till december 2023 genomfört delprojekt 2 i ”Organisering av vandringsleder” som finansierats av Naturvårdsverket.',
        'Jämtland Härjedalen Turism',
      ],
      ['Skogens Kolsänka Forum (SKF) har drivit projektet sedan 2019.', 'Skogens Kolsänka Forum'],
    ],
    not: ['Anna Berg (AB) har drivit projektet sedan 2019.', 'Projektet (KLIV) har genomfört projektet i tre faser.'],
  },
  {
    id: 'owner.granted-to',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // Support granted to an organisation for the project: the one granted is the beneficiary.
    pattern: rx`${B}(?:stöd|medel|bidrag|support|funding)\s+[^.]{0,80}?(?:beviljat|beviljats|beviljades|beviljas|granted|awarded)\s+(?:åt|till|to)\s+${ORG}${ORG_END}`,
    read: named,
    says: [
      [
        'Maritim Utveckling i Bohuslän del 1 var ett projekt med stöd ifrån EU’s regionala utvecklingsfond beviljat åt Tillväxt Norra Bohuslän.',
        'Tillväxt Norra Bohuslän',
      ],
      ['Funding from the Interreg programme was granted to Region Jämtland Härjedalen for the project.', 'Region Jämtland Härjedalen'],
    ],
    not: ['Stöd beviljades till företag i regionen.', 'Stöd beviljades till Anna Berg för en studieresa.'],
  },
  {
    id: 'owner.has-been-granted',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Haparanda kommun har av Svenska ESF-rådet … beviljats medel … för projektet Klivet Vidare 2.0."
    pattern: rxc`^${ORG}\s+(?:har|hade|has|had)\s+(?:[^.]{0,120}?\s+)?(?:beviljats|fått|erhållit|been granted|received)\s+(?:[^.]{0,20}?\s+)?(?:medel|stöd|bidrag|projektstöd|funding|a grant|support)${E}[^.]{0,150}?${B}(?:projektet|the project)${E}`,
    read: (m) => org(m) ?? orgOrCapitalised(named(m)),
    says: [
      [
        'Haparanda kommun har av Svenska ESF-rådet och Strukturfondspartnerskapet för Övre Norrland beviljats medel ur den europeiska socialfonden för projektet Klivet Vidare 2.0.',
        'Haparanda kommun',
      ],
      ['Region Gotland has been granted funding from Interreg Central Baltic for the project.', 'Region Gotland'],
      // A company's name without an organisation's word: granted support for a project, it reads as one.
      [
        'Skurö Gårdsmejeri & Butik har av Leader Kustlandet och Jordbruksverket beviljats stöd inom lokalt ledd utveckling för projektet "Kyla och ventilation".',
        'Skurö Gårdsmejeri & Butik',
      ],
    ],
    not: ['Företagen har fått stöd för att delta i projektet.'],
  },
  {
    id: 'owner.granted-support',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // An organisation that has been granted support, money or a project grant (a news item's or page's
    // opening): "Timrå Bygderåd har beviljats leaderstöd till …", "Hushållningssällskapet Halland har fått
    // beviljat stöd för att …". Only a name that reads as an organisation's.
    pattern: rxc`^${ORG}\s+(?:har|hade|has|had)\s+(?:nu\s+)?(?:(?:i samverkan (?:med|mellan)|tillsammans med|together with)\s[^.]{0,200}?\s+)?(?:ansökt om och\s+|applied for and\s+)?(?:beviljats|fått\s+beviljat|fått|erhållit|been granted|been awarded|received)\s+(?:(?:[^.]|\.(?=\d)){0,30}?\s)?(?:\p{L}*stöd|\p{L}*medel|bidrag|pengar|\d[\d\s.,]*\s*(?:kr|kronor|miljoner|mkr|million)|funding|a grant|support)${E}`,
    read: org,
    says: [
      ['Timrå Bygderåd har beviljats leaderstöd till projektet Mobil samåkning Timrå, och projektet startar nu.', 'Timrå Bygderåd'],
      ['Överhogdals byalag har beviljats projektstöd för överhogdalsbonaderna med budskap från vikingatiden.', 'Överhogdals byalag'],
      ['Hushållningssällskapet Halland har fått beviljat stöd för att bilda en innovationsgrupp.', 'Hushållningssällskapet Halland'],
      ['Luleå tekniska universitet has been granted funding from Interreg Nord.', 'Luleå tekniska universitet'],
      ['Lund Municipality has been granted SEK 5.9 million from Vinnova to undertake the project.', 'Lund Municipality'],
      [
        'Falkenbergs kommun har i samverkan med Arbetsförmedlingen och Försäkringskassan ansökt om och beviljats medel från Europeiska socialfonden (ESF) för att driva ett utvecklingsprojekt.',
        'Falkenbergs kommun',
      ],
    ],
    not: [
      'Företagen har fått stöd för att delta i projektet.',
      'Anna Berg har beviljats stöd för en studieresa.',
      'Tio företag har fått stöd.',
      'Svenska ESF-rådet har beviljat 6,8 miljoner kronor ur Europeiska socialfonden.',
    ],
  },
  {
    id: 'owner.decided-to-grant',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // A decision to grant, its receiver after, then the project: "… beslutade Arvsfondsdelegationen att bevilja
    // riksförbundet Kriminellas Revansch I Samhället (RIKSKRIS) stöd från Allmänna arvsfonden för projektet …".
    pattern: rxc`${B}att\s+bevilja\s+(?<value>(?:\p{Lu}|(?:riksförbundet|förbundet|föreningen|organisationen|stiftelsen)\s+\p{Lu})[^.;:!?()”"]{1,90}?)(?:\s+\(\p{Lu}{2,10}\))?\s+(?:\d[\d\s.,]*\s*(?:kr|kronor|miljoner|mkr)|\p{L}*medel|\p{L}*stöd|bidrag)\s+[^.]{0,80}?(?:för|till)\s+(?:projektet|förstudien|ett\s+(?:[\p{Ll}-]+\s+)?projekt)${E}`,
    read: (m) => orgName(upperFirst(m.groups?.value ?? '')),
    says: [
      [
        'I februari 2016 beslutade Arvsfondsdelegationen att bevilja riksförbundet Kriminellas Revansch I Samhället (RIKSKRIS) stöd från Allmänna arvsfonden för projektet Livsstilskoordinator.',
        'Riksförbundet Kriminellas Revansch I Samhället',
      ],
    ],
    not: [
      'Nämnden beslutade att bevilja 2 miljoner kronor till projektet.',
      'Styrelsen beslutade att bevilja Anna Berg stöd för projektet.',
    ],
  },
  {
    id: 'owner.granted-inverted',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // The grant first, its receiver after: "… beviljades Surahammars kommun medel för att …",
    // "Integrationsfonden beviljade Samordningsförbundet RAR 1.482.210 kronor för att …".
    pattern: rxc`${B}(?:beviljade|beviljades|beviljar|tilldelades|tilldelade)\s+${ORG}\s+(?:\d[\d\s.,]*\s*(?:kr|kronor|miljoner|mkr)|\p{L}*medel|\p{L}*stöd|bidrag)${E}`,
    // The giver before the receiver ("beviljade Vinnova omsorgsförvaltningen i Trollhättan bidrag"): two parties run
    // together, no one name.
    read: (m) => (/^\p{Lu}[\p{L}-]*\s+\p{Ll}[\p{L}-]*(?:en|et|na)(?:\s|$)/u.test(m.groups?.value ?? '') ? null : org(m)),
    says: [
      [
        'Och helt plötsligt beviljades Surahammars kommun medel för att under en treårsperiod utveckla ett systematiskt arbete.',
        'Surahammars kommun',
      ],
      [
        'Integrationsfonden beviljade Samordningsförbundet RAR 1.482.210 kronor för att utvärdera integrationsarbetet.',
        'Samordningsförbundet RAR',
      ],
    ],
    not: [
      'Styrelsen beviljade 2 miljoner kronor till projektet.',
      'Därefter beviljades Anna Berg medel för en resa.',
      'I slutet av 2018 beviljade Vinnova omsorgsförvaltningen i Trollhättan bidrag för att genomföra ett förberedelseprojekt.',
    ],
  },
  {
    id: 'owner.owner-of-the-project-is',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "The owner of the project is Kompetensspridning i Umeå, which coordinates the project".
    pattern: rx`${B}(?:the\s+)?(?:owner|project owner|lead partner|lead beneficiary|beneficiary)\s+of\s+(?:the|this)\s+project\s+(?:is|was)\s+${ORG_TO_COMMA}`,
    read: whole,
    says: [
      [
        'The owner of the project is Kompetensspridning i Umeå, which coordinates the project and the project is carried out as a collaboration.',
        'Kompetensspridning i Umeå',
      ],
    ],
    not: ['The owner of the project is responsible for the budget.'],
  },
  {
    id: 'owner.projects-owner-dash',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "… kommunerna i Gnosjöregionen via projektets ägare - Business Gnosjö Region AB (BGR), Region Jönköpings län,
    // Almi …": the owner named after a dash or colon, up to its short form or the list's next comma.
    pattern: rxc`${B}(?:[Pp]rojektets|[Ff]örstudiens)\s+(?:ägare|huvudman)\s*[-–:]\s*${ORG_TO_COMMA}`,
    read: whole,
    says: [
      [
        'Finansieringen kommer från kommunerna i Gnosjöregionen via projektets ägare - Business Gnosjö Region AB (BGR), Region Jönköpings län och Almi.',
        'Business Gnosjö Region AB',
      ],
      ['Projektets ägare: Coompanion Jämtland, som samordnar arbetet.', 'Coompanion Jämtland'],
    ],
    not: ['Projektets ägare - se nedan.', 'Projektets ägare är kommunen.'],
  },
  {
    id: 'owner.coordinator-inline',
    field: 'owner',
    source: 'label',
    scope: 'line',
    wrapped: true,
    // Vinnova's fact box run into one line: "Reference number Coordinator Hållbar utveckling Skåne Funding from
    // Vinnova SEK 488 000 Project duration …", "Diarienummer Koordinator Future Position X Bidrag från Vinnova …".
    // The coordinator is the project's owner; the value runs to the next key or the end of its line.
    pattern: rxc`(?:^|\s)(?:Coordinator|Koordinator)\s+(?:\|\s*)?(?<value>[\p{Lu}\p{N}][^|:]{1,100}?)(?=\s+(?:Funding from|Bidrag från|Project duration|Projektets löptid|Status)(?:\s|$)|\s*\|\s*$|\s*$)`,
    read: named,
    says: [
      [
        'CIRCLES Cirkulärt företagande i Skåne Reference number Coordinator Hållbar utveckling Skåne Funding from Vinnova SEK 488 000',
        'Hållbar utveckling Skåne',
      ],
      ['Diarienummer Koordinator Future Position X Bidrag från Vinnova 446 512 kronor Projektets löptid maj 2016', 'Future Position X'],
      ['Coordinator Hållbar utveckling Skåne', 'Hållbar utveckling Skåne'],
      // The fact box as a table's cells.
      ['Koordinator | Stiftelsen Chalmers Industriteknik |', 'Stiftelsen Chalmers Industriteknik'],
    ],
    not: ['Coordinator Anna Berg Funding from Vinnova SEK 100 000', 'The coordinator of the network meets twice a year.'],
  },
  {
    id: 'owner.will-be-coordinated-from',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "DUNC will be coordinated from the Municipality of Karlskrona (Sweden).", "The project will be led by Region X."
    needs: /will be/iu,
    pattern: rxc`^\p{Lu}[\p{L}\d-]*(?:\s+[\p{L}\d-]+){0,4}\s+will\s+be\s+(?:coordinated|led|run|managed|owned)\s+(?:from|by)\s+(?:the\s+)?${ORG}(?=\s*(?:\([^()]*\))?\s*(?:[.,;]|$))`,
    read: org,
    says: [
      ['DUNC will be coordinated from the Municipality of Karlskrona (Sweden).', 'Municipality of Karlskrona'],
      ['The project will be led by Region Västerbotten.', 'Region Västerbotten'],
    ],
    not: ['The work will be led by experienced staff.', 'Results will be coordinated from the start.'],
  },
  {
    id: 'owner.organisation-as-manager',
    field: 'owner',
    source: 'label',
    scope: 'line',
    // A project page that names an organisation where a person would stand: "Projektledare: Region Skåne". The
    // organisation leads the project.
    needs: /projektledare|project manager|project leader/iu,
    pattern: rxc`^(?:Projektledare|Project manager|Project leader)\s*:\s*(?<value>\p{Lu}[^,;:()]{1,80}?)\s*$`,
    // A person by initials and surname ("Projektledare: PA Gerdevåg") stands there more often than a body.
    read: (m) =>
      startsWithGivenName(m.groups?.value ?? '') || /^\p{Lu}{1,3}\.?\s+\p{Lu}\p{Ll}+$/u.test(m.groups?.value ?? '') ? null : org(m),
    says: [
      ['Projektledare: Region Skåne', 'Region Skåne'],
      ['Projektledare: Kristianstads kommun', 'Kristianstads kommun'],
      ['Projektledare: Fiskareföreningen Norden', 'Fiskareföreningen Norden'],
    ],
    not: ['Projektledare: Anna Berg', 'Projektledare: Anna Berg, Region Skåne', 'Projektledare: PA Gerdevåg'],
  },
  {
    id: 'owner.run-under-the-auspices-of',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Projektet bedrivs i regi av Smålands trädgårds ek. för. och är finansierat av …": the one whose undertaking it is.
    pattern: rxc`${B}(?:bedrivs|bedrevs|drivs|drevs|genomförs|genomfördes|sker|skedde|har bedrivits|har drivits)\s+i\s+regi\s+av\s+(?<value>\p{Lu}[^;:!?()]{1,80}?)(?=\s+(?:och|som|med|samt|i samarbete|tillsammans)\s|[,;:!?]|\.(?:\s+\p{Lu}|\s*$)|$)`,
    read: org,
    says: [
      ['Projektet bedrivs i regi av Smålands trädgårds ek. för. och är finansierat av Leader.', 'Smålands trädgårds ek. för'],
      ['Förstudien genomfördes i regi av Hushållningssällskapet Halland.', 'Hushållningssällskapet Halland'],
    ],
    not: ['Projektet bedrivs i regi av Anna Berg.'],
  },
  {
    id: 'owner.name-dash-role',
    field: 'owner',
    source: 'label',
    scope: 'line',
    // A list of parties that gives each its role after a dash: "Lindholmen Science Park – Projektägare".
    pattern: rxc`^(?<value>\p{Lu}[^–—:|]{1,80}?)\s+[–—-]\s+(?:[Pp]rojektägare|[Ss]tödmottagare|[Hh]uvudsökande|[Ll]ead [Pp]artner|[Pp]roject [Oo]wner)$`,
    read: org,
    says: [['Lindholmen Science Park – Projektägare', 'Lindholmen Science Park']],
    not: ['Anna Berg – Projektägare', 'Innovatum – Partner'],
  },
  {
    id: 'owner.journal-name-owner',
    field: 'owner',
    source: 'label',
    scope: 'line',
    // A Leader area's line for a project: its journal number, its name, then who runs it ("2016-4451 Radio Ragunda
    // Världen, Studieförbundet Vuxenskolan.").
    pattern: rxc`^(?:19|20)\d\d-\d{3,5}(?:-\d{1,2})?\s+\p{Lu}[^,]{2,80},\s+(?<value>\p{Lu}[^,.;:()]{2,80}?)\.?$`,
    read: org,
    says: [['2016-4451 Radio Ragunda Världen, Studieförbundet Vuxenskolan.', 'Studieförbundet Vuxenskolan']],
    not: ['2016-4451 Radio Ragunda Världen, Ragunda.', '2016-4451 Radio Ragunda Världen, Anna Berg.'],
  },
  {
    id: 'owner.lead-partner-marked',
    field: 'owner',
    source: 'label',
    scope: 'line',
    // A list of partners that marks the lead: "Kvarkenrådet (Lead Part, FI) | Infrastruktur i Umeå AB (SE)",
    // "Region Västerbotten (lead partner), Kvarkenrådet". The lead partner is the project's owner.
    needs: /lead|huvudpartner|huvudsökande/iu,
    pattern: rxc`(?:^|[|,;:]\s*|\s{2,})(?<value>\p{Lu}[^|,;:()]{1,80}?)\s*\((?:[Ll]ead\s+[Pp]art(?:ner)?|[Ll]ead|LP|[Hh]uvudpartner|[Hh]uvudsökande)(?:\s*[,/)]|\))`,
    // A form's key marked the same way is no name: "Applicant (lead partner) Mid Sweden University".
    read: (m) => (fieldOfKey(m.groups?.value?.trim() ?? '') ? null : named(m)),
    says: [
      ['Kvarkenrådet (Lead Part, FI) | Infrastruktur i Umeå AB (SE)', 'Kvarkenrådet'],
      ['Partners: Region Västerbotten (lead partner), Kvarkenrådet, Umeå kommun', 'Region Västerbotten'],
    ],
    not: [
      'Kvarkenrådet (FI), Vasa stad (FI)',
      'The lead partner (see below) is responsible for reporting.',
      'Applicant (lead partner) Mid Sweden University',
      'Huvudsökande (Lead partner)\tArvika kommun',
    ],
  },
  {
    id: 'owner.caps-key',
    field: 'owner',
    source: 'label',
    scope: 'line',
    // A fact box printed in capitals without colons: "PROJEKTÄGARE Hela Sverige ska leva X-ing Gävleborg
    // FINANSIÄRER Leader …", "SVENSK PROJEKTÄGARE Årjängs kommun NORSK PROSJEKTEIER …". The value runs to the
    // next key in capitals.
    pattern: rxc`(?:^|\s)(?:SVENSK\s+)?(?:PROJEKTÄGARE|STÖDMOTTAGARE|PROJEKTANORDNARE|SÖKANDE|PROJECT OWNER|LEAD PARTNER)\s+(?<value>[\p{Lu}\p{N}](?:[^|:]{0,100}?[^\s|:])?)(?=\s+\p{Lu}{4,}(?:\s|$)|\s*$)`,
    read: (m) => {
      const v = cleanOrganisation(m.groups?.value ?? '');
      return v && !startsWithGivenName(v) && !/^\p{Lu}{4,}(?:\s|$)/u.test(v) ? v : null;
    },
    says: [
      [
        'Förädlingsmackapären PROJEKTÄGARE Hushållningssällskapet Gävleborg FINANSIÄRER Leader Gästrikebygden',
        'Hushållningssällskapet Gävleborg',
      ],
      [
        'Slutrapport Unionsleden Fakta INSATSOMRÅDE Natur och kulturarv SVENSK PROJEKTÄGARE Årjängs kommun NORSK PROSJEKTEIER',
        'Årjängs kommun',
      ],
    ],
    not: ['PROJEKTÄGARE FINANSIÄRER SYFTE', 'Projektägare Anna Berg'],
  },
  {
    id: 'owner.applicant-form-name',
    field: 'owner',
    source: 'label',
    scope: 'line',
    // Jordbruksverket's final-report form: "A. Uppgifter om stödmottagare Namn och adress Leader Upplandsbygd
    // Långgatan 7 748 32 Österbybruk Journalnummer …". The name runs to the street address or the next key; where
    // the project's name comes first, the owner is what follows "Projektägare".
    pattern: rxc`Uppgifter om stödmottagare\s+Namn och adress\s+(?:Journalnummer\s+)?(?:[^|]{0,60}?\sProjektägare\s+)?(?!E-postadress|Organisationsnummer|Journalnummer)(?<value>[\p{Lu}\p{N}][^|:]{1,80}?)(?=\s+(?:Box\s+\d|c\/o\s|[\p{Lu}][\p{L}]*(?:vägen|gatan|gränd|torget|stigen|backen|allén|plan|väg|gata)(?:\s|$)|\d{3}\s?\d{2}\s|Journalnummer|E-postadress|Organisationsnummer)|\s*$)`,
    read: named,
    says: [
      [
        'A. Uppgifter om stödmottagare Namn och adress Leader Upplandsbygd Långgatan 7 748 32 Österbybruk Journalnummer 2012-4741',
        'Leader Upplandsbygd',
      ],
      [
        'A. Uppgifter om stödmottagare Namn och adress Föreningen Talô Malungsmål Annikavägen Malung Journalnummer E-postadress',
        'Föreningen Talô Malungsmål',
      ],
      [
        'A. Uppgifter om stödmottagare Namn och adress Journalnummer Leader Skånes Ess Box 9084 291 09 Kristianstad 2013-1930',
        'Leader Skånes Ess',
      ],
    ],
    not: ['A. Uppgifter om stödmottagare Namn och adress Journalnummer E-postadress'],
  },
  {
    id: 'owner.lead-partner-of',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Lead partner of SBPIN is Hässleholm Municipality, EU-Office Skåne Nordost."
    // "The leading partner of the project, Kalix Folkhögskola, is a school …": the name set off by commas after it.
    pattern: rx`${B}(?:(?:lead(?:ing)? partner|lead beneficiary|project owner|projektägare|stödmottagare)\s+(?:of|for|för|i)\s+(?:the\s+)?[^,.]{1,80}?\s+(?:is|was|has been|är|var|har varit)\s+${ORG}${ORG_END}|(?:the\s+)?lead(?:ing)? partner of the project,\s*(?<value2>\p{Lu}[^,.;:!?()]{1,80}?),\s)`,
    read: (m) => named(m) ?? orgName(m.groups?.value2 ?? ''),
    says: [
      ['Lead partner of SBPIN is Hässleholm Municipality, EU-Office Skåne Nordost.', 'Hässleholm Municipality'],
      ['Projektägare för förstudien är Ljusdals kommun.', 'Ljusdals kommun'],
      [
        'The leading partner of the project,Kalix Folkhögskola, is a school with adult students mainly in media and TV- and film production.',
        'Kalix Folkhögskola',
      ],
    ],
    not: ['Lead partner of the Norwegian side is the county council.'],
  },
  {
    id: 'owner.x-ar-agare-for',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Tillväxt Norra Bohuslän är huvudman", "Region Halland står som projektägare": the role after the name.
    pattern: rxc`^${ORG}\s+(?:står|stod|agerar|agerade|fungerar|fungerade|acts|acted)\s+som\s+${OWNER_ROLE}${E}`,
    read: named,
    says: [['Region Halland står som projektägare och Högskolan i Halmstad som partner.', 'Region Halland']],
    not: [],
  },
  {
    id: 'owner.x-has-been-owner',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // The name, then that it is or was the owner: "Svenska Köttföretagen har varit projektägare", also after a comma
    // ("…, Svenska Köttföretagen har varit projektägare och även LRF Kött har varit engagerade").
    pattern: rxc`(?:^|(?<=\s\p{Ll}+\s\p{Ll}+),\s+)(?<value>[\p{Lu}\p{N}][^,.;:!?()”"]{1,90}?)\s+(?:är|var|har varit|blev|is|was|has been)\s+(?:(?:the|ensam|sole)\s+)?(?:projektägare|stödmottagare|project owner|lead partner|beneficiary)${E}`,
    // An organisation's name, or two capitalised words that are no person's ("Svenska Köttföretagen"). A person at an
    // organisation ("Mattias O'Nils at Mid Sweden University is the project owner"): the organisation.
    read: (m) => {
      const at = afterPeople(m.groups?.value ?? '');
      return orgOrCapitalised(at ? cleanOrganisation(at) : named(m));
    },
    says: [
      [
        'Svenska Fåravelsförbundet är initiativtagare till förstudien, Svenska Köttföretagen har varit projektägare och även LRF Kött har varit engagerade i projektet.',
        'Svenska Köttföretagen',
      ],
      ['Hushållningssällskapet Halland är projektägare.', 'Hushållningssällskapet Halland'],
      ["Mattias O'Nils at Mid Sweden University is the project owner for DIGIT.", 'Mid Sweden University'],
    ],
    // A department after its organisation's name and a comma is no clause's end.
    not: [
      'Kommunen är projektägare.',
      'Anna Berg har varit projektägare.',
      'Vem som är projektägare avgörs senare.',
      'Projektidé: Stockholm stad, Jobbtorg Stockholm har varit projektägare för projekt Filur.',
    ],
  },
  {
    id: 'owner.sets-a-project-going',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // Who starts or will carry out a new project: "Länsstyrelsen Stockholm ska genomföra en satsning för att …",
    // "I dag drar Skövde kommun i gång ett projekt med …", "… har Region Kalmar län startat en förstudie".
    pattern: rxc`(?:^${ORG}\s+(?:ska|skall|kommer att)\s+(?:genomföra|driva|starta)|^(?:I dag|Idag|Nu|Nyligen|I höst|I vår|I år)\s+(?:drar|startar|inleder|sjösätter)\s+${ORG.replace('value', 'value2')}(?:\s+i\s*gång|\s+igång)?|\s(?:har|hade)\s+${ORG.replace('value', 'value3')}\s+(?:dragit\s+i\s*gång|dragit\s+igång|startat|inlett|sjösatt))\s+(?:ett|en)\s+(?:(?:nytt?|stort|treårigt|tvåårigt|ettårigt|spännande)\s+){0,2}(?:[\p{Ll}-]*projekt|satsning|förstudie|insats)(?![\p{L}])`,
    read: (m) => orgName(m.groups?.value ?? m.groups?.value2 ?? m.groups?.value3 ?? ''),
    says: [
      [
        'Länsstyrelsen Stockholm ska genomföra en satsning för att öka den digitala mognaden hos små och medelstora företag.',
        'Länsstyrelsen Stockholm',
      ],
      ['I dag drar Skövde kommun i gång ett projekt med arbetstidsförkortning för personal i hemtjänsten.', 'Skövde kommun'],
      ['Med finansiering från Tillväxtverket har Region Kalmar län startat en förstudie om laddinfrastruktur.', 'Region Kalmar län'],
    ],
    not: ['Kommunen ska genomföra en satsning på cykelvägar.', 'Vi startar ett projekt om läsning.', 'I dag startar vi ett projekt.'],
  },
  {
    id: 'owner.runs-the-project',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Leader Vättern driver projektet tillsammans med …": a plain subject, its verb and the project.
    pattern: rxc`^(?:\d{1,3}\s+)?(?:(?:FÖRORD|Förord|INLEDNING|Inledning)\s+)?${ORG}${SHORT_FORM}\s+(?:(?:har|hade)\s+(?:(?:under|sedan|i|från|mellan)\s+\S+(?:\s+(?:och|till)\s+\S+)?(?:\s+\d{4})?\s+|på uppdrag av\s+[^,.]{3,40}?\s+)?)?[”"“]?(?:${RUNS}|drivit|ägt|genomfört)[”"]?\s+(?:tillsammans\s+med\s+(?:(?:flera|andra|ett antal|olika|sina)\s+)?(?:partners?|samarbetspartners?|parter|aktörer)\s+)?(?:(?:sedan|under|från|mellan)\s+(?:\S+(?:\s+(?:och|till)\s+\S+)?(?:\s+\d{4})?|perioden\s+[^,.]{3,45}?)\s+)?(?:detta\s+|det här\s+|ett\s+(?:[\p{Ll}-]+\s+){0,2}(?=(?:[\p{Ll}-]*|\p{Lu}+-)projekt))?(?:[\p{Ll}-]*projekt(?:et)?|\p{Lu}+-projekt(?:et)?|förstudien|en\s+förstudie|en\s+insats|insatsen|satsningen|en\s+försöksverksamhet)${E}`,
    read: org,
    says: [
      ['Leader Vättern driver projektet tillsammans med kommunerna runt sjön.', 'Leader Vättern'],
      // Partners not named between the verb and the project.
      ['SCR Svensk Camping driver tillsammans med flera partners projektet Husbilsdestination Sverige.', 'SCR Svensk Camping'],
      ['Hushållningssällskapet Sjuhärad har drivit projektet sedan 2018.', 'Hushållningssällskapet Sjuhärad'],
      // The coordinator, where no owner is named.
      [
        'Luleå tekniska universitet koordinerar projektet som dessutom består av följande parter: Ericsson, Visita.',
        'Luleå tekniska universitet',
      ],
      ['Projektägaren Hushållningssällskapet Halland har genomfört projektet.', 'Hushållningssällskapet Halland'],
      [
        '3 FÖRORD Rosengårds stadsdelsförvaltning genomförde under 2006 och 2007 ett arbetslivsinriktat rehabiliteringsprojekt.',
        'Rosengårds stadsdelsförvaltning',
      ],
      ['Inledning IUC i Kalmar drev under perioden ett ESF-projekt Tillväxt & Lönsamhet.', 'IUC i Kalmar'],
      // Its short form beside it, a period of dates, quotes around the verb, the one who gave the task.
      ['Holmöns byalag, HUF, genomförde under perioden 1 september 2019 – 31 augusti 2020 en förstudie om Holmön.', 'Holmöns byalag'],
      ['Björbo intresseförening ”äger” projektet och leder också den styrgrupp som i övrigt består av andra.', 'Björbo intresseförening'],
      ['Kriminalvården har på uppdrag av regeringen genomfört en försöksverksamhet med inslussningsgrupper.', 'Kriminalvården'],
      [
        'Utvärdering av Kriminalvårdens försöksverksamhet med inslussningsgrupper Kriminalvården har på uppdrag av regeringen genomfört en försöksverksamhet.',
        'Kriminalvården',
      ],
      ['Lopmenaestie ideell förening har under 2014 genomfört förstudien Lopme Laante.', 'Lopmenaestie ideell förening'],
      ['Technichus i Mitt Sverige AB leder ett nytt projekt som heter Sommarlovsentreprenör 2.0.', 'Technichus i Mitt Sverige AB'],
      // The people who lead it, at their organisation.
      [
        'Lova och Vidar Brodin på Miljömatematik Malmö AB leder EIP-projektet Svensk klimatkompensation - jordbruket som kolsänka.',
        'Miljömatematik Malmö AB',
      ],
      [
        'Länsstyrelsen i Jönköpings län har mellan 2016 och 2018 genomfört en insats inriktad på att höja kunskapen om solkraft.',
        'Länsstyrelsen i Jönköpings län',
      ],
    ],
    not: [
      'Vi driver projektet vidare.',
      'Kommunerna driver projektet tillsammans.',
      'Det genomförde ett projekt.',
      'Anna Berg, AB, genomförde under perioden 1 maj – 31 augusti en förstudie om Holmön.',
      'Anna Berg leder projektet sedan i våras.',
    ],
  },
  {
    id: 'owner.key-inside-line',
    field: 'owner',
    source: 'label',
    scope: 'line',
    // A form printed as one run of text: "… Projektägare: Coompanion Mitt ek.för. Projektperiod: …", the value
    // up to the next key.
    pattern: rxc`(?:^|\s)(?:Projektägare|Stödmottagare|Projektanordnare|Project owner|Lead partner|Beneficiary|PROJEKTÄGARE|STÖDMOTTAGARE|PROJEKTANORDNARE|PROJECT OWNER|LEAD PARTNER|BENEFICIARY)\s*:\s*(?<value>[\p{Lu}\p{N}][^:|]{1,120}?)(?=\s+[\p{Lu}][\p{L}-]+(?:\s\p{Ll}[\p{L}-]+)?\s*:|\s*\||\s*$)`,
    read: named,
    says: [
      [
        '3 Allmänna projektuppgifter Projektägare: Coompanion Mitt ek.för. Projektperiod: Projektansvarig Björn Hellqvist',
        'Coompanion Mitt ek.för',
      ],
      [
        '1 Leaderleder Ledbeskrivningar finns i ett kartsystem. Projektägare: Leader Nedre Dalälven, ideell förening Projektledare: Kalle Hedin',
        'Leader Nedre Dalälven',
      ],
      [
        'PROJEKT: Lokal Driven Utveckling, LDL PROJEKTTID: juni 2013 - dec 2014 PROJEKTÄGARE: Kommunbygderåd Nyköping LEDNINGSGRUPP: Larz Johansson',
        'Kommunbygderåd Nyköping',
      ],
    ],
    not: ['Projektägare: Projektperiod: Projektansvarig:'],
  },
  {
    id: 'owner.key-before-next-item',
    field: 'owner',
    source: 'label',
    scope: 'line',
    // The same form without colons: "… Projektnamn Sågmyrakungen Stödmottagare NBV Dalarna 2. Kontaktpersoner …", the value
    // up to the form's next numbered item or key.
    pattern: rxc`(?:^|\s)(?:Stödmottagare|Projektägare)\s+(?!(?:Journalnummer|Stödmottagare|Projektägare|Projektnamn|Diarienummer|Ärende-ID|Ärende|Kontaktpersoner|Kontaktperson|Organisationsnummer|Projektperiod)(?:\s|:|$))(?<value>\p{Lu}[^:|]{1,80}?)(?=\s+\d{1,2}\.\s+\p{Lu}|\s+(?:Journalnummer|Projektnamn|Kontaktperson|Kontaktpersoner|Organisationsnummer|Projektperiod)(?:\s|:|$))`,
    read: named,
    says: [
      [
        'SÅGMYRAKUNGEN 1. Redovisat projekt Journalnummer Projektnamn Sågmyrakungen Stödmottagare NBV Dalarna 2. Kontaktpersoner vid frågor',
        'NBV Dalarna',
      ],
    ],
    not: ['Stödmottagare Journalnummer Projektnamn'],
  },
  {
    id: 'owner.key-in-running-text',
    field: 'owner',
    source: 'label',
    scope: 'sentence',
    // A form flattened into running text, its key at one line's end and the value on the next: "… PRAKTIKEN
    // Projektägare: Föreningen SELMA c/o Harriet Johansen …", "Projektägare: Lundsbergs Bygdegårdsförening, Lunden".
    // The value ends at "c/o", a comma, a parenthesis-free address word, or the next key.
    pattern: rxc`(?:^|\s)(?:Projektägare|Stödmottagare|Projektanordnare|Sökande|Project owner|Lead [Oo]rganisation|Lead partner|Beneficiary)\s*:\s*(?<value>[\p{Lu}\p{N}][^:|,]{1,80}?)(?=\s+c\/o\s|\s*,|\s+\(|\s+[\p{Lu}][\p{L}-]+(?:\s\p{Ll}[\p{L}-]*)?\s*:|\s+\p{Ll}\)\s|\s*$)`,
    // The key says the value is an organisation; a person's name is not one ("Sökande: Anna Berg"), nor the next
    // key of an empty form ("Projektägare: År och månad för projektstart:").
    read: (m) => {
      const v = named(m);
      return v && !FORM_WORD.test(v) ? v : null;
    },
    says: [
      ['FAKTA Sökande: Persåsen Skid och Kälk Projekttyp: Genomförande EU-Fond: Landsbygdsfonden', 'Persåsen Skid och Kälk'],
      [
        '1 S LUTRAPPORT JÄMSTÄLLDHET I PRAKTIKEN Projektägare: Föreningen SELMA c/o Harriet Johansen Södra Möinge BILLEBERGA',
        'Föreningen SELMA',
      ],
      ['1. Journalnummer Projektägare: Lundsbergs Bygdegårdsförening, Lunden, KOPPOM 2. Kontaktpersoner', 'Lundsbergs Bygdegårdsförening'],
      [
        'a) projektets namn: Lysekils Konstbiennal 2010 b) Sökande: Lysekils Konstförening c) Projekttid (år, mån, dag):',
        'Lysekils Konstförening',
      ],
      [
        'har bedrivits under tiden januari 2012 t.o.m. sista oktober Projektägare: Hela Sverige ska leva Norrbotten (HSSL Norrbotten) Se bilaga 1.',
        'Hela Sverige ska leva Norrbotten',
      ],
    ],
    not: [
      'Projektägare: Projektperiod: Projektansvarig:',
      'Sökande: Anna Berg, Lunden',
      'Underlag till projektbeslut Projektnamn: Projektägare: År och månad för projektstart: Status: Förstudie',
    ],
  },
  {
    id: 'owner.key-cell',
    field: 'owner',
    source: 'label',
    scope: 'line',
    // A fact table whose cells the text keeps apart with bars: "Coordinator | Kungliga Tekniska Högskolan - ABE-Skolan |".
    pattern: rxc`(?:^|\|)\s*(?:Coordinator|Project owner|Lead partner|Lead organisation|Projektägare|Stödmottagare)\s*\|\s*(?<value>[\p{Lu}\p{N}][^|]{1,120}?)\s*(?:\||$|(?=\s(?:Funding from|Bidrag från|Project duration|Projektets löptid)(?:\s|$)))`,
    read: (m) => {
      const v = cleanOrganisation(m.groups?.value ?? '');
      // A head row's next cell is another key ("| Project owner | Project partners |"), not a value.
      return v && !startsWithGivenName(v) && !/^(?:Project|Projekt|Reference|Funding|Status|Partners?)\b/u.test(v) ? v : null;
    },
    says: [
      [
        'InfraSweden2030 Reference number | | Coordinator | Kungliga Tekniska Högskolan - ABE-Skolan | Funding from Vinnova |',
        'Kungliga Tekniska Högskolan - ABE-Skolan',
      ],
      ['Coordinator | LU Ventures AB | Funding from Vinnova | SEK 12 807 692 |', 'LU Ventures AB'],
      [
        'Coordinator | SWEDEN WATER RESEARCH AKTIEBOLAG - SOUTHERN SWEDEN WATER RESEARCH AB Funding from Vinnova | SEK 500 000 |',
        'SWEDEN WATER RESEARCH AKTIEBOLAG - SOUTHERN SWEDEN WATER RESEARCH AB',
      ],
    ],
    not: ['Coordinator | | Funding from Vinnova |', 'Projektägare | Anna Berg |', '| Project period | Project owner | Project partners |'],
  },
  {
    id: 'owner.received-support',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // The organisation that received the support: "Kalix kommun har fått stöd från Tillväxtverket för att …".
    // "Länsstyrelsen Skåne har tilldelats 1,3 miljoner kronor från …", "Visit Hornborgasjön har blivit tilldelade
    // projektmedel från Tillväxtverket": a sum or project money.
    pattern: rxc`^${ORG}\s+(?:har|hade|has|had)\s+(?:fått|erhållit|beviljats|tilldelats|blivit (?:tilldelade?|beviljade?)|received|been granted|been awarded)\s+(?:(?:[^.]{0,30}?\s)?(?:stöd|medel|pengar|bidrag|projektstöd|funding|a grant|support)|[\p{Ll}]*medel|(?:totalt |sammanlagt |in total |a total of )?(?:drygt |nästan |knappt |cirka |ca )?\d[\d\s,.]*\s*(?:kr|kronor|miljoner|miljon|mkr|tkr|MSEK|SEK)(?![\p{L}]))${E}`,
    // An organisation's name, or two capitalised words that are no person's ("Visit Hornborgasjön"); a project that
    // got money ("Projektet E-tjänster för Sambruk har fått …") is no owner.
    read: (m) => {
      const v = org(m) ?? named(m);
      if (!v || /^(?:Projektet|Förstudien|Satsningen|Initiativet|The project)(?![\p{L}])/u.test(v)) return null;
      return orgOrCapitalised(v);
    },
    says: [
      ['Kalix kommun har fått stöd från Tillväxtverket för att stärka företagsklimatet 2018–2024.', 'Kalix kommun'],
      ['Länsstyrelsen Skåne har tilldelats 1,3 miljoner kronor från Landsbygdsprogrammet för ett EU-projekt.', 'Länsstyrelsen Skåne'],
      ['Älvkarleby GK har fått totalt 1,25 MSEK för att utveckla handigolfen och klubbens ungdomsverksamhet.', 'Älvkarleby GK'],
      ['Visit Hornborgasjön har blivit tilldelade projektmedel från Tillväxtverket för ett projekt.', 'Visit Hornborgasjön'],
    ],
    not: [
      'Företagen har fått stöd för att delta.',
      'Anna Berg har fått stöd av kollegorna.',
      'Projektet har tilldelats 2 miljoner kronor.',
      'Projektet E-tjänster för Sambruk har fått stöd från Vinnova.',
      'Deltagarna har fått 500 kronor var.',
    ],
  },
  {
    id: 'owner.run-project-by',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // The verb first, then the project and who ran it: "Under fyra år bedrevs det Vinnovafinansierade projektet
    // Innovationsupphandling X av Inköp Gävleborg."
    pattern: rxc`${B}(?:bedrevs|drevs|genomfördes|leddes|bedrivs|drivs|genomförs|leds)\s+(?:det|den)\s+(?:[\p{L}-]+\s+){0,2}?(?:projektet|förstudien)\s+[^.]{2,80}?\s+av\s+${ORG}${ORG_END}`,
    read: (m) => {
      const v = org(m) ?? named(m);
      return orgOrCapitalised(v);
    },
    says: [['Under fyra år bedrevs det Vinnovafinansierade projektet Innovationsupphandling X av Inköp Gävleborg.', 'Inköp Gävleborg']],
    not: ['Under 2019 leddes det nya projektet Bygg av Anna Berg.', 'Sedan drevs det projektet vidare av deltagarna.'],
  },
  {
    id: 'owner.responsible-for',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Regionförbundet Östsam var ansvarig för projektets genomförande".
    // "The Country Administration Board is primarily responsible for the project."
    pattern: rxc`^(?:The\s+)?${ORG}\s+(?:är|var|har varit|was|is|has been)\s+(?:(?:primarily|mainly|ytterst|formellt)\s+)?(?:huvud)?(?:ansvarig(?:a)?|responsible)\s+(?:för|for)\s+(?:projektets\s+(?:genomförande|drift|ledning)|projektet|the project's implementation|implementing the project|the project)${E}`,
    read: org,
    says: [
      ['Regionförbundet Östsam var ansvarig för projektets genomförande.', 'Regionförbundet Östsam'],
      ['The Country Administration Board is primarily responsible for the project.', 'Country Administration Board'],
    ],
    not: ['Projektledaren var ansvarig för projektets genomförande.', 'The project manager is responsible for the project.'],
  },
  {
    id: 'owner.genitive-project',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Länsbygderådets projekt Blekinge Utveckling i Samverkan", "Detta är Kustvägens ekonomiska förenings tredje
    // utvecklingsprojekt": the organisation whose project it is.
    // A verb's noun and its preposition before the name are none of it ("Besök hos Lässeruds Badhusförenings projekt …").
    pattern: rxc`(?:^|^(?:Detta|Det här) (?:är|var)\s+)(?![\p{L}-]+\s+(?:hos|vid|från|med|till|om|åt|inför)\s)(?<value>[\p{Lu}][\p{L}-]+(?:\s[\p{L}-]+){0,3}?)s\s+(?:(?:första|andra|tredje|fjärde|nya|eget|egna)\s+)?[\p{Ll}-]*projekt${E}`,
    read: org,
    says: [
      ['Detta är Kustvägens ekonomiska förenings tredje utvecklingsprojekt där vi genomför åtgärder.', 'Kustvägens ekonomiska förening'],
      ['Länsbygderådets projekt Blekinge Utveckling i Samverkan har under två år arbetat med byarna.', 'Länsbygderådet'],
    ],
    not: [
      'Regionens projekt var många.',
      'Annas projekt gick bra.',
      'Besök hos Lässeruds Badhusförenings projekt Föreningsutveckling Lässerud',
    ],
  },
  {
    id: 'owner.org-genitive-project',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    needs: /s\s+(?:(?:EU|ESF|Leader|Interreg)-)?projekt/u,
    // Inside a sentence, an organisation's project by its kind of organisation: "för Norra
    // sjukvårdsregionförbundets projekt om god och nära vård", "Länsstyrelsens EU-projekt Jämtlandsbilden".
    pattern: rxc`${B}(?<value>(?:Region|Länsstyrelsen i|Landstinget i)\s+\p{Lu}[\p{L}-]+|(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}?[\p{L}-]*(?:förbund|förening|kommun|region|länsstyrelse|Länsstyrelse|landsting|stiftelse|förvaltning|universitet|högskola|myndighet)(?:en|et|n)?)s\s+(?:(?:EU|ESF|Leader|Interreg)-)?projekt(?:et)?${E}`,
    read: org,
    says: [
      [
        'Länsstyrelsens EU-projekt Jämtlandsbilden, som syftat till att få fler människor att flytta hit, har utvärderats.',
        'Länsstyrelsen',
      ],
      [
        'Regeringen har beslutat att bevilja fortsatt finansiering för Norra sjukvårdsregionförbundets projekt om god och nära vård.',
        'Norra sjukvårdsregionförbundet',
      ],
      ['Arbetet är en del av Region Gävleborgs projekt Innovationsklivet.', 'Region Gävleborg'],
      ['Studien följde Hultabygdens Kretsloppsförenings projekt under tre år.', 'Hultabygdens Kretsloppsförening'],
    ],
    // A kind of organisation alone names none ("Regionens projekt"); "Länsstyrelsen" is the agency's name as texts write
    // it, one to a county ("Länsstyrelsens EU-projekt Jämtlandsbilden").
    not: [
      'Regionens projekt var många.',
      'Kommunens projekt inom skolan har utvärderats.',
      'Tillväxtverkets program för regional utveckling.',
    ],
  },
  {
    id: 'owner.the-owner-named',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Projektägaren Almi Företagspartner Kronoberg AB söker även medel …": the owner named after its role; a cover's
    // "Slutrapport Projekt Hållbart hus för mat, stödmottagare Föreningen Vara Småstad".
    pattern: rxc`${B}(?:Projektägaren|projektägaren|Stödmottagaren|stödmottagaren|(?<=,\s)(?:projektägare|stödmottagare))\s+(?<value>\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|AB|i|för|och|&)){0,6}?)(?=\s+\p{Ll}|\s*[.,;:!?]|\s+\d{1,2}\.\s|\s*$)`,
    read: org,
    says: [
      [
        'Projektägaren Almi Företagspartner Kronoberg AB söker även medel från Europeiska Regionalfonden.',
        'Almi Företagspartner Kronoberg AB',
      ],
      ['Slutrapport Projekt Hållbart hus för mat, stödmottagare Föreningen Vara Småstad', 'Föreningen Vara Småstad'],

      [
        '1. Projektet Färdvägar vid Rönne å Journalnummer , stödmottagare Naturskyddsföreningen Söderåsen 2. Kontaktpersoner Bengt Hertzman',
        'Naturskyddsföreningen Söderåsen',
      ],
    ],
    not: [
      'Projektägaren är ansvarig för redovisningen.',
      'Projektägaren Anna Berg skrev rapporten.',
      'Samverkan mellan projektledare och projektägare Region Örebro län fungerade bra.',
    ],
  },
  {
    id: 'owner.new-owner-named',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "… och projektet övergick till ny projektägare, Terra Marique, för fortsatt genomförande": the owner the project
    // passed to, set off by commas, with or without an organisation's word.
    pattern: rxc`${B}(?:ny|nya|nuvarande|new)\s+(?:projektägare|stödmottagare|project owner),\s+(?<value>\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|AB|i|för|och|&)){0,5}?),`,
    read: named,
    says: [
      [
        'Stödet söktes först av en enskild firma och projektet övergick till ny projektägare, Terra Marique, för fortsatt genomförande.',
        'Terra Marique',
      ],
    ],
    not: ['Projektet fick ny projektägare, Anna Berg, i maj.'],
  },
  {
    id: 'owner.cleft-stands-as-owner',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Det är Hushållningssällskapet Halland som står som projektägare", "… och det är X, med Y som chef, som står som
    // projektägare": the organisation the cleft names.
    pattern: rxc`${B}(?:[Dd]et|[Dd]å)\s+(?:är|var)\s+(?<value>\p{Lu}[^.;:!?]{1,80}?)(?:,\s+med\s+[^,]{3,60},)?\s+som\s+(?:står|stod|är|var|har\s+varit)\s+(?:som\s+)?(?:projektägare|stödmottagare|huvudman|ägare\s+(?:av|till)\s+projektet)${E}`,
    read: org,
    says: [['Det är Hushållningssällskapet Halland som står som projektägare för satsningen.', 'Hushållningssällskapet Halland']],
    not: ['Det är Anna Berg som står som projektägarens kontaktperson.', 'Det är viktigt att den som står som projektägare har resurser.'],
  },
  {
    id: 'owner.becomes-owner',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Hylte kommun blir projektägare och ”Målmedvetenhet på hemmaplan” kommer att pågå …".
    pattern: rxc`^${ORG}\s+(?:blir|blev|har\s+blivit)\s+(?:projektägare|stödmottagare|huvudman)${E}`,
    read: org,
    says: [
      [
        'Hylte kommun blir projektägare och ”Målmedvetenhet på hemmaplan” kommer att pågå mellan februari 2020 och maj 2022.',
        'Hylte kommun',
      ],
    ],
    not: ['Vem som blir projektägare avgörs i höst.'],
  },
  {
    id: 'owner.application-granted',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Tillväxtverket … beviljade i januari 2020 Svensk Turism AB:s ansökan om att få uppdraget …": whose application.
    pattern: rxc`${B}(?:beviljade|beviljat|beviljar|godkände|godkänt|biföll)\s+(?:(?:i|den|under)\s+\S+(?:\s+\d{4})?\s+)?(?<value>\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|AB|i|och|&)){0,5}?)(?::s|s)\s+ansökan${E}`,
    read: org,
    says: [
      [
        'Tillväxtverket fick uppdraget och beviljade i januari 2020 Svensk Turism AB:s ansökan om att få uppdraget att etablera arenan.',
        'Svensk Turism AB',
      ],
    ],
    not: ['Nämnden beviljade Anna Bergs ansökan om tjänstledighet.'],
  },
  {
    id: 'owner.gets-money',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // A news item's opening in the present or past tense: "Hembygdsföreningen Gillet får 500 000 kronor i Leaderstöd för
    // att rusta upp bygdegården", "Tornedalsrådet fick 2 miljoner kronor för projektet …".
    pattern: rxc`^${ORG}(?:\s+\(\p{Lu}{2,10}\))?\s+(?:får|fick|har fått|kommer att få|ska få|erhåller|erhöll|beviljas|beviljades|receives|received|gets|got|will receive)\s+(?:nu\s+|högst\s+|drygt\s+|nästan\s+|närmare\s+|cirka\s+|ca\s+)?(?:[^.]{0,30}?\s)?(?:\d[\d\s.,]*\s*(?:kr|kronor|miljoner|mkr|miljon)|\p{L}*stöd|\p{L}*medel|bidrag|pengar|funding|a grant)\s+(?:[^.]{0,40}?\s)?(?:för|till|to|for)\s`,
    read: org,
    says: [
      ['Hembygdsföreningen Gillet får 500 000 kronor i Leaderstöd för att rusta upp bygdegården.', 'Hembygdsföreningen Gillet'],
      ['Tornedalsrådet fick 2 miljoner kronor till projektet Meänmaa.', 'Tornedalsrådet'],
      // With its initials in brackets after the name.
      [
        'Föreningen Riksorganisationen Kriminellas Revansch i Samhället (KRIS) beviljades drygt 16 miljoner kronor av Arvsfonden för ett fyraårigt projekt.',
        'Riksorganisationen Kriminellas Revansch i Samhället',
      ],
      // The future, and a ceiling.
      [
        'Västra Götalandsregionen kommer att få högst 494 000 kronor från Tillväxtverket för ett projekt som ska utreda hur mindre tågstationer kan utvecklas.',
        'Västra Götalandsregionen',
      ],
    ],
    not: [
      'Företagen får stöd för att delta.',
      'Anna Berg fick 20 000 kronor för resan.',
      'Kommunen får 3 miljoner kronor för bredband.',
      'Vid Leader Södermanlands senaste styrelsemöte fick Sparreholms Utbildning AB 200 000 kronor till en skolträdgård.',
    ],
  },
  {
    id: 'owner.that-x-got-support',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // The same news inside a clause: "Nyligen stod det klart att Folkbildningsrådet har fått stöd på 85 miljoner kronor av
    // Europeiska socialfonden för projektet Vägen".
    pattern: rxc`${B}(?:att|that)\s+${ORG}\s+(?:har fått|fått|har beviljats|beviljats|får|fick|kommer att få|has received|has been granted|received)\s+(?:[^.]{0,30}?\s)?(?:\d[\d\s.,]*\s*(?:kr|kronor|miljoner|mkr|miljon|million)|\p{L}*stöd|\p{L}*medel|bidrag|funding|a grant)\s+(?:[^.]{0,60}?\s)?(?:för|till|to|for)\s+(?:projektet|förstudien|ett\s+(?:nytt\s+)?[\p{Ll}-]*projekt|the project|a\s+(?:new\s+)?project)${E}`,
    read: org,
    says: [
      [
        'Nyligen stod det klart att Folkbildningsrådet har fått stöd på 85 miljoner kronor av Europeiska Socialfonden för projektet Vägen.',
        'Folkbildningsrådet',
      ],
    ],
    not: ['Det är klart att företagen har fått stöd för projektet.', 'Hon berättar att Anna Berg fick 20 000 kronor för projektet.'],
  },
  {
    id: 'owner.org-runs-the-project-en',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Luleå University of Technology coordinates the project", "The project is a collaboration between Region Jämtland
    // Härjedalen and Trøndelag County, led by Region Jämtland Härjedalen".
    pattern: rxc`^(?:The\s+)?${ORG}\s+(?:owns|runs|leads|coordinates|manages|owned|ran|led|coordinated|managed)\s+(?:the|this)\s+project${E}|${B}(?:[Tt]he|[Tt]his)\s+(?:[\p{Ll}-]+\s+){0,2}project\b[^.]{0,160}?,\s+(?:led|coordinated|run|owned|managed)\s+by\s+(?:the\s+)?(?<value2>[\p{Lu}][^.;:!?()”"]{1,100}?)${ORG_END}`,
    read: org,
    says: [
      ['Luleå University of Technology coordinates the project.', 'Luleå University of Technology'],
      [
        'The project is a collaboration between Region Jämtland Härjedalen and Trøndelag County, led by Region Jämtland Härjedalen.',
        'Region Jämtland Härjedalen',
      ],
      ['The restoration project ”Vindel River LIFE”, coordinated by Umeå University, is one of 28 projects.', 'Umeå University'],
    ],
    not: ['The steering group leads the project.', 'Anna Berg coordinates the project.'],
  },
  {
    id: 'owner.swedish-side',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // A cross-border project's Swedish owner: "The lead partner on the Swedish side is Region Värmland", "Projektägare
    // på svensk sida är Årjängs kommun", "Svensk huvudpart är Länsstyrelsen i Jämtlands län".
    pattern: rx`${B}(?:(?:the\s+)?(?:lead partner|project owner|beneficiary)\s+(?:on|for)\s+the\s+Swedish\s+side\s+(?:is|was)|(?:the\s+)?Swedish\s+(?:lead partner|project owner)\s+(?:is|was)|(?:projektägare|stödmottagare|huvudprojektägare)\s+(?:på|för)\s+(?:den\s+)?svenska?\s+sidan?\s+(?:är|var)|svensk\s+(?:huvudpart|projektägare|huvudman)\s+(?:är|var))\s+${ORG}${ORG_END}`,
    read: org,
    says: [
      ['The lead partner on the Swedish side is Region Värmland.', 'Region Värmland'],
      ['Projektägare på svensk sida är Årjängs kommun.', 'Årjängs kommun'],
      ['Svensk huvudpart är Länsstyrelsen i Jämtlands län.', 'Länsstyrelsen i Jämtlands län'],
    ],
    not: ['The lead partner on the Norwegian side is Innlandet County Council.'],
  },
  {
    id: 'owner.behind-the-project',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Bakom projektet står Föreningen Byalaget Norrby", "Bakom förstudien står Region Kalmar län och …".
    pattern: rxc`${B}[Bb]akom\s+(?:projektet|förstudien|satsningen|initiativet)(?:\s+[^,.]{1,60}?)?\s+står\s+${ORG}${ORG_END}`,
    // Several organisations behind it ("står Vårdförbundet, Jobs and Society …, SKL …") name no one owner.
    read: (m, text) => (/^\s*(?:,|(?:och|samt)\s+\p{Lu})/u.test(text.slice(m.index + m[0].length)) ? null : org(m)),
    says: [
      ['Bakom projektet står Föreningen Byalaget Norrby.', 'Föreningen Byalaget Norrby'],
      ['Bakom satsningen står Region Kalmar län och fyra kommuner.', 'Region Kalmar län'],
    ],
    not: ['Bakom projektet står många eldsjälar.', 'Bakom projektet står Vårdförbundet, NyföretagarCentrum och SKL.'],
  },
  {
    id: 'owner.where-x-is-owner',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Projektet är ett samarbete mellan Kalix kommun och Haparanda stad, där Kalix kommun är projektägare."
    // Also right after the project ("… ett skandinaviskt projekt där Regionmuseet i Skåne är Lead Partner").
    pattern: rxc`(?:,\s+|\s(?:projekt|project)\s+)(?:där|varav|with|where)\s+${ORG}\s+(?:är|var|has been|is|was)\s+(?:${OWNER_ROLE}|Lead Partner)${E}`,
    read: org,
    says: [
      ['Projektet är ett samarbete mellan Kalix kommun och Haparanda stad, där Kalix kommun är projektägare.', 'Kalix kommun'],
      ['Craft Go är ett skandinaviskt projekt där Regionmuseet i Skåne är Lead Partner.', 'Regionmuseet i Skåne'],
    ],
    not: [
      'Projektet är ett samarbete mellan flera kommuner, där en kommun är projektägare.',
      'Vi söker partners till ett projekt där Region Skåne är huvudfinansiär.',
    ],
  },
  {
    id: 'owner.completes-its-project',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Östergötlands Fotbollsförbund har nu gått i mål med sitt landsbygdsprojekt …": the organisation finishing
    // its own project owns it.
    pattern: rxc`^${ORG}\s+har\s+(?:nu\s+|just\s+|nyligen\s+)?(?:gått i mål med|avslutat|slutfört|slutrapporterat)\s+sitt\s+[\p{Ll}-]*projekt${E}`,
    read: org,
    says: [
      [
        'Östergötlands Fotbollsförbund har nu gått i mål med sitt landsbygdsprojekt "En förening i varje by".',
        'Östergötlands Fotbollsförbund',
      ],
      ['Hushållningssällskapet Halland har avslutat sitt projekt om mathantverk.', 'Hushållningssällskapet Halland'],
    ],
    not: ['Kommunen har avslutat sitt projekt.', 'Anna Berg har avslutat sitt projekt om mathantverk.'],
  },
  {
    id: 'owner.starts-the-project',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Dals-Eds kommun startar nu projektet Nya vägar", "Region Jämtland Härjedalen har startat projektet Matlandet",
    // "Genom projektet Entré vill Hembygdsföreningen Gillet locka fler besökare".
    pattern: rxc`^(?:${ORG}\s+(?:startar|startade|har startat|drar igång|drog igång|har dragit igång|inleder|inledde|har inlett)\s+(?:nu\s+|nyligen\s+|i höst\s+|i vår\s+)?(?:ett\s+(?:nytt\s+)?[\p{Ll}-]*projekt|projektet|förstudien)${E}|(?:Genom|Med|Via|I)\s+projektet\s+[^,]{2,60}?\s+(?:vill|ska|kommer)\s+(?<value2>\p{Lu}[^.;:!?()”"]{1,80}?)\s+(?:att\s+)?\p{Ll})`,
    read: org,
    says: [
      ['Dals-Eds kommun startar nu projektet Nya vägar.', 'Dals-Eds kommun'],
      ['Region Jämtland Härjedalen har startat projektet Matlandet.', 'Region Jämtland Härjedalen'],
      ['Genom projektet Entré vill Hembygdsföreningen Gillet locka fler besökare.', 'Hembygdsföreningen Gillet'],
    ],
    not: ['Vi startar nu projektet Nya vägar.', 'Genom projektet vill vi locka fler besökare.', 'Kommunen startar projektet.'],
  },
  {
    id: 'owner.time-then-starts',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // A time first, then the verb before its subject: "I september 2018 startade Region Jämtland Härjedalen projektet …".
    pattern: rxc`^(?:I|Under|Hösten|Våren|Sommaren|Vintern|Efter|In)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:startade|startar|inledde|inleder|drog igång|started|launched)\s+${ORG}\s+(?:(?:nu|nyligen)\s+)?(?:projektet|förstudien|ett\s+(?:nytt\s+)?[\p{Ll}-]*projekt|the project|a\s+(?:new\s+)?project)${E}`,
    read: org,
    says: [
      ['I september 2018 startade Region Jämtland Härjedalen projektet Energieffektiva företag.', 'Region Jämtland Härjedalen'],
      ['Hösten 2020 inledde Hushållningssällskapet Väst ett nytt projekt om mjölk.', 'Hushållningssällskapet Väst'],
    ],
    not: ['I september 2018 startade projektet med en konferens.', 'I maj startade vi projektet Nya vägar.'],
  },
  {
    id: 'owner.x-and-project-prioritised',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // A Leader area's news of its board's choice: "Storöringens fiskeklubb och projektet Naturbussen prioriterades av
    // Leader Mittland Plus", "Coompanion Kooperativ utveckling och projektet Förstudie LEAD prioriterades stöd från …".
    pattern: rxc`^${ORG}\s+och\s+(?:projektet|förstudien)\s+[^.]{2,120}?\s+(?:prioriterades|beviljades|har prioriterats|har beviljats)${E}`,
    read: org,
    says: [
      [
        'Storöringens fiskeklubb och projektet Naturbussen – den mobila fritidsgården prioriterades av Leader Mittland Plus.',
        'Storöringens fiskeklubb',
      ],
      [
        'Coompanion Kooperativ utveckling och projektet Förstudie LEAD prioriterades stöd från Leader Mittland Plus.',
        'Coompanion Kooperativ utveckling',
      ],
    ],
    not: ['Kommunen och projektet Naturbussen prioriterades av Leader Mittland Plus.'],
  },
  {
    id: 'owner.those-behind-are',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // Who stands behind the project, named after it: "De som ligger bakom initiativet är Mötesplats Steneby och
    // HDK-Valand Göteborgs universitet som samverkanspartner" (the first named).
    pattern: rxc`${B}(?:[Dd]e|[Dd]en|[Tt]he (?:ones|organisations?))\s+(?:som|that|who)\s+(?:ligger|låg|står|stod|is|are|was|were)\s+(?:bakom|behind)\s+(?:initiativet|projektet|förstudien|satsningen|the (?:initiative|project))\s+(?:är|var|is|are|was|were)\s+${ORG}${ORG_END}`,
    read: named,
    says: [
      [
        'De som ligger bakom initiativet är Mötesplats Steneby och HDK-Valand Göteborgs universitet som samverkanspartner.',
        'Mötesplats Steneby',
      ],
    ],
    not: ['De som ligger bakom projektet är många.', 'De som ligger bakom initiativet är nöjda.'],
  },
  {
    id: 'owner.head-of-the-project-was',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // The role, the project (by name or not), then the organisation, which may open in lower case: "Huvudman för
    // projektet KulturKlivet var samordningsförbundet Samspelet".
    pattern: rxc`${B}(?:[Hh]uvudman|[Pp]rojektägare|[Ss]tödmottagare|[Äå]gare)\s+(?:för|till|av)\s+(?:projektet|förstudien|satsningen)(?:\s+\p{Lu}[^\s,.]*(?:\s+\p{Lu}[^\s,.]*){0,3})?\s+(?:är|var|har varit|blev)\s+(?<value>(?:\p{Lu}|[\p{Ll}-]*(?:förbundet|föreningen|stiftelsen|kommunen|regionen|bolaget|förvaltningen|nämnden|universitetet|högskolan)\s+\p{Lu})[^.;:!?()”"]{1,100}?)${ORG_END}`,
    read: (m) => orgName(upperFirst(m.groups?.value ?? '')),
    says: [
      [
        'Huvudman för projektet KulturKlivet var samordningsförbundet Samspelet. Samspelets medlemmar är fyra kommuner.',
        'Samordningsförbundet Samspelet',
      ],
      ['Projektägare för projektet är Region Gävleborg.', 'Region Gävleborg'],
    ],
    not: ['Huvudman för projektet var kommunen.', 'Projektägare för projektet är ansvarig för redovisningen.'],
  },
  {
    id: 'owner.has-worked-on-a-project',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // The organisation as the subject that has worked on a project of its own: "Sameslöjdstiftelsen Sámi Duodji har under
    // perioden oktober 2013 till mars 2015 arbetat med ett projekt för samisk design …, benämnt …".
    // "Länsstyrelsen arbetar tillsammans med några kommunala verksamheter i ett pilotprojekt för att …": the subject that
    // works in a project with others.
    pattern: rxc`^${ORG}\s+(?:(?:har|hade)\s+(?:under\s+[^,.]{3,60}?\s+)?(?:arbetat|jobbat)\s+med\s+(?:ett|detta|det här)|arbetar\s+(?:tillsammans\s+med\s+[^,.]{3,80}?\s+)?i\s+(?:ett|detta|det här))\s+(?:[\p{Ll}-]+\s+)?(?:\p{Ll}*projekt|förstudie)(?![\p{L}])`,
    read: org,
    says: [
      ['Länsstyrelsen arbetar tillsammans med några kommunala verksamheter i ett pilotprojekt för att minska plasten.', 'Länsstyrelsen'],
      [
        'Sameslöjdstiftelsen Sámi Duodji har under perioden oktober 2013 till mars 2015 arbetat med ett projekt för samisk design i offentliga miljöer, benämnt Affärsmodell för samisk design.',
        'Sameslöjdstiftelsen Sámi Duodji',
      ],
    ],
    not: ['Vi har arbetat med ett projekt om design.', 'Anna Berg har arbetat med ett projekt om design.'],
  },
  {
    id: 'owner.host-of-the-project',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // The organisation that hosts the project: "… projektet Rymd för innovation och tillväxt som Luleå tekniska
    // universitet varit värd för", "Region Kalmar län är värd för projektet".
    pattern: rxc`(?:${B}(?:projektet|förstudien|satsningen)\s+[^,.]{1,80}?\s+som\s+(?<value>\p{Lu}[^.;:!?()”"]{1,80}?)\s+(?:har\s+)?(?:varit|är|var)\s+(?:värd|värdorganisation|host)\s+för${E}|^(?<value2>\p{Lu}[^.;:!?()”"]{1,80}?)\s+(?:är|var|har varit)\s+(?:värd|värdorganisation)\s+för\s+(?:projektet|förstudien|satsningen)${E})`,
    read: org,
    says: [
      [
        'Oxford Research har under nästan åtta år följt det regionalfondsfinansierade projektet Rymd för innovation och tillväxt som Luleå tekniska universitet varit värd för.',
        'Luleå tekniska universitet',
      ],
      ['Region Kalmar län är värd för projektet.', 'Region Kalmar län'],
    ],
    not: ['Projektet som vi har varit värd för gick bra.', 'Anna Berg är värd för projektet.'],
  },
  {
    id: 'owner.effort-of',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Projektet är Ljusdals kommuns satsning på unga företagare": the organisation whose effort the project is.
    pattern: rxc`^(?:Projektet|Förstudien)(?:\s+[^,.]{1,60}?)?\s+(?:är|var)\s+(?<value>\p{Lu}[\p{L}-]+(?:\s[\p{L}-]+){0,3}?)s\s+(?:\p{Ll}+\s+)?(?:satsning|initiativ|projekt|insats)${E}`,
    read: org,
    says: [['Projektet är Ljusdals kommuns satsning på unga företagare.', 'Ljusdals kommun']],
    not: ['Projektet är regionens satsning på unga.', 'Projektet är Annas idé.'],
  },
  {
    id: 'owner.subject-is-behind',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // The organisation first, then that it stands behind the project or holds its lead: "LRF Skogsägarna ligger bakom
    // projektets utformning och genomförande", "Länsstyrelsen Östergötland har det övergripande samordningsansvaret",
    // "Lysekils kommun kommer att vara samordnande för arbetet".
    pattern: rxc`^${ORG}\s+(?:(?:ligger|låg|står|stod)\s+bakom\s+(?:projektet|projektets|förstudien|satsningen)(?![\p{L}])|(?:har|hade)\s+(?:det\s+)?(?:övergripande\s+)?(?:samordningsansvaret|projektansvaret|huvudansvaret)(?:\s+för\s+(?:projektet|arbetet)|\s+och\s|\s*[.,]|$)|(?:är|var|blir|kommer att vara)\s+(?:samordnande|projektsamordnare|samordnare)\s+(?:för\s+(?:projektet|arbetet)|i\s+projektet))`,
    read: org,
    says: [
      ['LRF Skogsägarna ligger bakom projektets utformning och genomförande i samarbete med Södra och Mellanskog.', 'LRF Skogsägarna'],
      [
        'Länsstyrelsen Östergötland har det övergripande samordningsansvaret och länsstyrelserna i Blekinge och Jämtland deltar.',
        'Länsstyrelsen Östergötland',
      ],
      ['Lysekils kommun kommer att vara samordnande för arbetet.', 'Lysekils kommun'],
    ],
    not: ['Många eldsjälar ligger bakom projektet.', 'Vi har det övergripande samordningsansvaret.'],
  },
  {
    id: 'owner.role-is',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Projektägaren är Porten Ideell förening.", "Stödmottagaren var Leader Upplandsbygd."
    pattern: rx`${B}(?:projektägaren|stödmottagaren|huvudmannen|projektanordnaren|sökande organisation|ansökande organisation|ägare (?:av|till|för) projektet|the project owner|the beneficiary|the lead partner)\s+(?:är|var|blir|har varit|is|was|has been)\s+${ORG}${ORG_END}`,
    read: named,
    says: [
      [
        'Projektet Åker skapa har fått startbesked från Jordbruksverket. Projektägaren är Porten Ideell förening.',
        'Porten Ideell förening',
      ],
      ['Sökande organisation är Kramfors kommun.', 'Kramfors kommun'],
      ['Ägare av projektet är Skellefteå kommun.', 'Skellefteå kommun'],
    ],
    not: ['Projektägaren är ansvarig för redovisningen.', 'Sökande organisation är den som ansvarar för redovisningen.'],
  },
  {
    id: 'owner.by-x-as-owner',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "… coordinated by the Region of Östergötland as project owner", "… av Region Halland som projektägare".
    pattern: rx`${B}(?:by|av|med)\s+(?:the\s+)?(?<value>[\p{L}\p{N}][^.;:!?()”"]{1,100}?)\s+(?:as|som)\s+(?:(?:var|är|blev)\s+)?(?:the\s+)?(?:(?:ansökare|sökande|applicant)\s+(?:och|and)\s+)?${OWNER_ROLE}${E}`,
    // A name may open with a department in lower case ("med kulturförvaltningen i Värnamo kommun som …").
    read: (m) => named({ ...m, groups: { value: upperFirst(m.groups?.value ?? '') } } as unknown as RegExpExecArray),
    says: [
      ['These are coordinated by the Region of Östergötland as project owner.', 'Region of Östergötland'],
      ['Projektet har letts av Örebro län som var projektägare, med Region Sörmland som samverkanspart.', 'Örebro län'],
      [
        'Samtidigt beslutades att, med kulturförvaltningen i Värnamo kommun som ansökare och projektägare, söka medel.',
        'Kulturförvaltningen i Värnamo kommun',
      ],
    ],
    not: ['It was chaired by Anna Berg as project owner representative.'],
  },
  {
    id: 'owner.decision-addressee',
    field: 'owner',
    source: 'sentence',
    scope: 'line',
    // A grant decision is addressed to its beneficiary: "… Länsstyrelsen i Dalarna Att: Mikael Selander Falun Projekt: …".
    pattern: rxc`(?<value>(?:Länsstyrelsen|LÄNSSTYRELSEN|Region|REGION|Stiftelsen)(?:\s+(?:i\s+)?[\p{Lu}][\p{L}-]+){1,3}|(?:[\p{Lu}][\p{L}-]+\s+){1,3}(?:kommun|kommunalförbund|stad|AB|förening|museum))\s+Att:\s`,
    read: (m, text) => (/BESLUT|Beslut om/u.test(text) ? cleanOrganisation(m.groups?.value ?? '') : null),
    says: [
      [
        '1 BESLUT PROJEKT DIARIENUMMER R DELOMRÅDE IS Europeiska unionen Länsstyrelsen i Dalarna Att: Mikael Selander Falun Projekt: Scandinavian Heartland',
        'Länsstyrelsen i Dalarna',
      ],
      [
        '1 BESLUT PROJEKT Europeiska regionala utvecklingsfonden Östersunds kommun Att: Tomas Arvidsson Rådhuset Östersund',
        'Östersunds kommun',
      ],
    ],
    not: ['Region Dalarna Att: Anna Berg Box 712 Falun (a letter, not a decision)'],
  },
  {
    id: 'owner.granted-money-to',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Regionstyrelsen har beslutat att bevilja 4,5 miljoner kronor i projektmedel … till Mälardalens högskola för …".
    pattern: rx`${B}(?:bevilja|beviljar|beviljat|beviljade|beviljas|granted|awarded)\s+(?:[^.]{0,100}?\s)?(?:till|to)\s+(?:den svenska parten,\s+)?${ORG}${ORG_END}`,
    read: org,
    says: [
      [
        'Regionstyrelsen har beslutat att bevilja 4, 5 miljoner kronor i projektmedel från 1:1-anslagen till Mälardalens högskola för genomförandeprojekt.',
        'Mälardalens högskola',
      ],
    ],
    not: ['Styrelsen beviljade 2 miljoner kronor till projektet.', 'Stöd beviljades till företagen i regionen.'],
  },
  {
    id: 'owner.gives-money-to',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // A payer that gives a sum to an organisation for a named project: "HaV ger en miljon kronor till länsstyrelsen i
    // Västra Götaland för ”Säveåprojektet”", "Arvsfonden gav 2,4 miljoner kronor till Föreningen X för projektet …".
    pattern: rxc`${B}(?:ger|gav|har gett|har givit)\s+(?:(?:drygt|cirka|ca|knappt|nästan|totalt)\s+)?(?:\d[\d\s,.]*|en|ett|två|tre|fyra|fem)\s*(?:miljon|miljoner|kr|kronor|mkr|msek|tkr)(?:\s+kronor)?\s+(?:i\s+\p{L}+\s+)?till\s+(?<value>(?:länsstyrelsen|\p{Lu})[^.;:!?()”"]{1,80}?)\s+för\s+(?:projektet|förstudien|satsningen|[”"“])`,
    read: (m) => orgName(upperFirst(m.groups?.value ?? '')),
    says: [
      [
        'Havs- och vattenmyndigheten, HaV, ger en miljon kronor till länsstyrelsen i Västra Götaland för ”Säveåprojektet”.',
        'Länsstyrelsen i Västra Götaland',
      ],
      ['Arvsfonden gav 2,4 miljoner kronor till Stiftelsen Friends för projektet Trygg skola.', 'Stiftelsen Friends'],
    ],
    not: ['Kommunen ger 100 000 kronor till föreningarna för projektet.', 'Hon gav en miljon kronor till Anna Berg för projektet.'],
  },
  {
    id: 'owner.green-light',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Samverkarna i Östernärke har fått grönt ljus från LEADER Mellansjölandet att driva ett pilotprojekt …": the
    // subject a payer lets run a project.
    pattern: rxc`^${ORG}\s+(?:har|hade)\s+(?:nu\s+)?(?:fått|fick)\s+grönt\s+ljus\s+(?:från|av)\s+[^.]{2,80}?\s+(?:att|för|till)\s+(?:driva|genomföra|starta|projektet|förstudien|ett|en)${E}`,
    read: named,
    says: [
      [
        'Samverkarna i Östernärke har fått grönt ljus från LEADER Mellansjölandet att driva ett pilotprojekt som går ut på att undersöka torghandel.',
        'Samverkarna i Östernärke',
      ],
    ],
    not: ['Anna Berg har fått grönt ljus från chefen att driva frågan.', 'Vi har fått grönt ljus från kommunen att driva projektet.'],
  },
  {
    id: 'owner.support-given-to',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Skyltfonden vid Trafikverket har beslutat att ge ekonomiskt stöd till Cajoma Consulting för att genomföra
    // projektet ”Aktörssamverkan …”": the one given support to carry out the project.
    pattern: rxc`${B}(?:ge|ger|gav|lämna|lämnar|lämnade)\s+(?:ekonomiskt\s+|finansiellt\s+)?(?:stöd|bidrag|projektstöd|projektmedel)\s+till\s+(?<value>\p{Lu}[^.;:!?()”"]{1,80}?)\s+(?:för att (?:genomföra|driva|starta)|för)\s+(?:projektet|förstudien|ett\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*projekt)${E}`,
    read: (m) => org(m) ?? orgOrCapitalised(named(m)),
    says: [
      [
        'Skyltfonden vid Trafikverket har beslutat att ge ekonomiskt stöd till Cajoma Consulting för att genomföra projektet ”Aktörssamverkan för trafiksäkerhetsinitiativ i lokalsamhället”.',
        'Cajoma Consulting',
      ],
    ],
    not: ['Kommunen ger stöd till Anna Berg för projektet.', 'Vi ger stöd till föreningar för projektet.'],
  },
  {
    id: 'owner.granted-object',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // A decision that grants an organisation money: "beslutat att bevilja Skellefteå kommun 3 miljoner kronor för det
    // treåriga projektet", "beslut att bevilja Dalslands Kanal AB projektstöd ur …".
    pattern: rxc`${B}(?:bevilja|beviljar|beviljade|beviljat)\s+(?<value>\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|AB|i|för|och|&|kommun|stad|län|landsting|ekonomisk|ideell|förening)){0,6}?)\s+(?:(?:drygt|cirka|ca|knappt|totalt)\s+)?(?:\d[\d\s,.]*\s*(?:kr|kronor|miljoner|miljon|mkr|msek|sek)|(?:projektstöd|stöd|bidrag|medel|projektmedel)\s+(?:ur|från|för|till|med))${E}`,
    read: org,
    says: [
      [
        'Arbetsutskottet vid Region Västerbotten har nu beslutat att bevilja Skellefteå kommun 3 miljoner kronor för det treåriga projektet.',
        'Skellefteå kommun',
      ],
      [
        'Den 18 mars 1997 fattade beslutsgruppen för mål 5b Västra Sverige beslut att bevilja Dalslands Kanal AB projektstöd ur Europeiska regionala utvecklingsfonden.',
        'Dalslands Kanal AB',
      ],
    ],
    not: [
      'Nämnden beslutade att bevilja Anna Berg 20 000 kronor i resebidrag.',
      'Styrelsen beslutade att bevilja 2 miljoner kronor till projektet.',
    ],
  },
  {
    id: 'owner.granted-to-carry-out',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // A grant of the right to carry out the project: "Tillväxtverket har nu beviljat Visual Arena Lindholmen att
    // genomföra projektet", "Leader Kustlinjen har beslutat att bevilja ansökan från Ångslupen Munters vänner att
    // färdigställa ett hamnkontor".
    pattern: rxc`${B}(?:bevilja|beviljar|beviljade|beviljat)\s+(?:(?:en|den|deras)\s+)?(?:(?:ansökan|ansökningen)\s+från\s+)?(?<value>\p{Lu}(?:(?!\s(?:bidrag|stöd|medel|pengar|projektstöd|projektmedel|kronor|kr|miljoner|för|om|till|med)\s)[^.;:!?()”"]){1,80}?)\s+(?:att\s+(?:genomföra|driva|starta|bedriva|färdigställa|bygga)\s|(?:om|för)\s+(?:projektet|förstudien|ett\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*projekt)${E})`,
    read: (m) => org(m) ?? orgOrCapitalised(named(m)),
    says: [
      [
        'Tillväxtverket har nu beviljat Visual Arena Lindholmen att genomföra projektet "Digitalverkstan - Visual Arena Young Design Thinking Lab".',
        'Visual Arena Lindholmen',
      ],
      [
        'Leader Kustlinjen har beslutat att bevilja ansökan från Ångslupen Munters vänner att färdigställa ett hamnkontor, museum och ett litet café.',
        'Ångslupen Munters vänner',
      ],
    ],
    not: [
      'Nämnden beviljade Anna Berg att genomföra resan.',
      'Styrelsen beviljade ansökan från föreningen att bygga en brygga.',
      // A payer first after an inverted verb: the receiver is not sure to be cut right.
      'I slutet av 2018 beviljade Vinnova omsorgsförvaltningen i Trollhättan bidrag för att genomföra ett förberedelseprojekt.',
    ],
  },
  {
    id: 'owner.time-then-who-began',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // A time first, then who started or ran the project: "Under perioden juni 2012 - juni 2014 genomförde Uppsala kommun
    // arbetsmarknadsprojektet Athena", "Under 2023 startade Destination Falkenberg ett projekt i syfte att …".
    // A day in a news item does as well: "… därför inleder idag Kalmar kommun ett projekt för att …".
    pattern: rxc`(?:(?:19|20)\d\d,?|(?<![\p{L}])(?:därför|nu))\s+(?:startade|genomförde|drev|bedrev|påbörjade|inledde|startar|påbörjar|inleder)\s+(?:(?:idag|i dag|nu)\s+)?${CAPITALISED_NAME}\s+(?:ett\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*projekt|en\s+(?:[\p{L}-]+\s+)?förstudie|projektet|förstudien|[\p{Ll}-]+projektet)${E}`,
    read: (m) => org(m) ?? orgOrCapitalised(named(m)),
    says: [
      [
        'Under perioden juni 2012 - juni 2014 genomförde Uppsala kommun arbetsmarknadsprojektet Athena i samverkan med Arbetsförmedlingen.',
        'Uppsala kommun',
      ],
      ['Under 2023 startade Destination Falkenberg ett projekt i syfte att utveckla vintersäsongen.', 'Destination Falkenberg'],
      [
        'Vid ett hjärtstopp är tiden avgörande – därför inleder idag Kalmar kommun ett projekt för att öka tillgången till hjärtstartare.',
        'Kalmar kommun',
      ],
    ],
    not: [
      'Under 2023 startade Anna Berg ett projekt om bin.',
      'I mars 2020 startade vi projektet.',
      'Våren 2013 påbörjade ÖrebroBostäder AB en social upphandling av ett renoveringsprojekt.',
      // Two who did an earlier study together: no owner of this project.
      'Under 2009/2010 genomförde HNS tillsammans med HRA en förstudie med syfte att hitta möjligheter.',
    ],
  },
  {
    id: 'owner.project-that-x-ran',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // The project, then who ran it: "… är ett Leader-projekt som Agro Sörmland drivit under 3 års tid".
    pattern: rxc`${B}(?:ett|det|detta)\s+(?:[\p{L}-]+\s+)?[\p{L}-]*(?:projekt|förstudie)\s+som\s+${CAPITALISED_NAME}\s+(?:har\s+|hade\s+)?(?:drivit|drev|driver|genomfört|genomförde|genomför|bedrivit|bedriver|bedrev|äger|ägde)${E}`,
    read: (m) => org(m) ?? orgOrCapitalised(named(m)),
    says: [
      [
        'Grönsaksodling på friland – ett bidrag till angelägna samhällsutmaningar är ett Leader-projekt som Agro Sörmland drivit under 3 års tid.',
        'Agro Sörmland',
      ],
    ],
    not: ['Det är ett projekt som Anna Berg driver.', 'Det är ett projekt som vi driver.'],
  },
  {
    id: 'owner.owners-are',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "Project owners are Luleå University of Technology and …", "Ledande partner för hela projektet var
    // länsstyrelsen i Östergötland.": the role, then the organisation.
    // The other country's lead partner in a cross-border project is not the owner ("The Norwegian lead partner was …").
    pattern: rxc`${B}(?<!(?:Norwegian|Finnish|Danish|Estonian|Latvian|Lithuanian|Polish|German|norska|finska|danska|norske|danske)\s)(?:[Pp]roject owners?|[Ll]ead partners?|[Ll]ead beneficiary|[Pp]rojektägare(?:n|na)?|[Ll]edande partner|[Hh]uvudsökande)(?:\s+(?:för|of|for)\s+(?:hela\s+|the whole\s+)?(?:projektet|the project))?\s+(?:is|are|was|were|är|var)\s+(?<value>(?:[\p{Lu}\p{N}]|länsstyrelsen\s|landstinget\s|regionförbundet\s)[^.;:!?()”"]{1,100}?)${ORG_END}`,
    // An authority written in lower case in running text ("länsstyrelsen i Östergötland") is named as a name is.
    read: (m) => {
      const c = cleanOrganisation(upperFirst(m.groups?.value ?? ''));
      return c && !startsWithGivenName(c) ? c : null;
    },
    says: [
      [
        'Project owners are Luleå University of Technology and pilot tests will be carried out in collaboration with villages.',
        'Luleå University of Technology',
      ],
      ['Ledande partner för hela projektet var länsstyrelsen i Östergötland.', 'Länsstyrelsen i Östergötland'],
    ],
    not: [
      'Projektägare är ansvariga för redovisningen.',
      'The project owner is responsible for the reporting.',
      'The Norwegian lead partner was Nord universitet, campus Steinkjer.',
    ],
  },
  {
    id: 'owner.role-in-brackets',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "… Norra Hisingen, Västra Göteborg (project owner).", "… and Region Västerbotten (project-leading region)":
    // the role in brackets after the name.
    pattern: rxc`(?<![\p{L}\p{N}])(?<value>[\p{Lu}][\p{L}-]*(?:\s+(?:[\p{Lu}][\p{L}-]*|i|för|of|&)){0,6})\s*\((?:[Pp]roject [Oo]wner|[Ll]ead [Pp]artner|[Ll]ead [Bb]eneficiary|project-leading (?:region|partner|organisation|organization)|[Pp]rojektägare|[Hh]uvudman|[Hh]uvudsökande)\)`,
    read: named,
    says: [
      [
        'Four districts of Gothenburg are participating in the project: Askim-Frölunda-Högsbo, Lundby, Norra Hisingen, Västra Göteborg (project owner).',
        'Västra Göteborg',
      ],
      [
        'Region Skåne, Region Västra Götaland and Region Västerbotten (project-leading region), which are three of the regions.',
        'Region Västerbotten',
      ],
      ['Parter i projektet var Region Skåne (Lead partner), Region Hovedstaden och Trafikverket.', 'Region Skåne'],
    ],
    not: ['Anna Berg (projektledare) och Region Skåne (medfinansiär) deltog.'],
  },
  {
    id: 'owner.who-leads',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "The partners are Piteå Science Park who lead the project, and …", "Hushållningssällskapet, som driver projektet, …",
    // "… finansieras av Europeiska regionalfonden och Region Blekinge som genomför projektet …", "Afasiförbundet som står
    // bakom projektet".
    pattern: rxc`(?<![\p{L}\p{N}])(?<value>[\p{Lu}][\p{L}-]*(?:\s+(?:[\p{Lu}][\p{L}-]*|i|för|of|&)){0,6}),?\s+(?:who|which|som)\s+(?:(?:också|även|nu)\s+)?(?:leads?|led|leder|ledde|äger|ägde|driver|drev|genomför|genomförde|står bakom|stod bakom|owns|owned|runs|ran)\s+(?:the\s+)?(?:project|projektet|förstudien|satsningen)${E}`,
    read: org,
    says: [
      ['The partners are Piteå Science Park who lead the project, and Interactive Institute Swedish ICT.', 'Piteå Science Park'],
      ['Hushållningssällskapet Halland, som driver projektet, har anställt en rådgivare.', 'Hushållningssällskapet Halland'],
      [
        'Kickstart S3 finansieras av Europeiska regionalfonden och Region Blekinge som genomför projektet tillsammans med Blekinge Tekniska högskola.',
        'Region Blekinge',
      ],
      ['Afasiförbundet som står bakom projektet har gått samman med fyra organisationer.', 'Afasiförbundet'],
    ],
    not: ['Anna Berg som leder projektet har lång erfarenhet.', 'Kommunen som driver projektet är liten.'],
  },
  {
    id: 'owner.project-within',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // "INNAN-projektet var ett metodutvecklingsprojekt inom Integrationsenheten vid Örnsköldsviks kommun": the
    // organisation the project was run within, past the unit that ran it.
    pattern: rxc`${B}(?:[Pp]rojektet|[Ff]örstudien|\S+-projektet)\s+(?:var|är|har varit)\s+ett\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]*projekt\s+(?:inom|vid|hos)\s+(?:\p{Lu}[\p{Ll}-]*(?:enheten|avdelningen|förvaltningen|kontoret|centret|centrum)\s+(?:vid|inom|på|i)\s+)?${ORG}${ORG_END}`,
    read: org,
    says: [
      [
        'INNAN-projektet var ett metodutvecklingsprojekt inom Integrationsenheten vid Örnsköldsviks kommun, med finansiering från Europeiska flyktingfonden.',
        'Örnsköldsviks kommun',
      ],
      ['Projektet var ett samverkansprojekt inom Region Gävleborg.', 'Region Gävleborg'],
    ],
    not: ['Projektet var ett delprojekt inom programmet.', 'Projektet var ett samarbete mellan kommunerna.'],
  },
  {
    id: 'owner.has-applied',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // The applicant is the beneficiary to be: "Gotlands Turistförening har ansökt om 8 750 000 kr …", "Region
    // Jönköpings län har ansökt och beviljats projektfinansiering", "När Byalaget ansökte om projektet …".
    pattern: rxc`^(?:(?:När|When)\s+)?(?!När\s|When\s)${ORG}(?:,\s+(?:i samarbete med|i samverkan med|tillsammans med|together with|in cooperation with)\s+[^,.]{3,80},)?\s+(?:(?:har|hade|has|had)\s+(?:ansökt|sökt|applied)|ansökte|sökte|applied)\s+(?:och\s+(?:beviljats|beviljades|fått|fick)\s+)?(?:om\s+|for\s+)?(?:[^.]{0,40}?\s)?(?:kr|kronor|miljoner|medel|stöd|pengar|projektmedel|projektfinansiering|projektstöd|funding|support|projektet|the project)${E}`,
    read: org,
    says: [
      ['Gotlands Turistförening har ansökt om 8 750 000 kr ur de s.k. omställningsmedlen.', 'Gotlands Turistförening'],
      ['Region Jönköpings län har ansökt och beviljats projektfinansiering.', 'Region Jönköpings län'],
      ['När Byalaget ansökte om projektet till Leader Södermanland ville vi göra studiebesök.', 'Byalaget'],
      ['Arkitekt SAR/MSA 3 Kort om utvecklingsprojektet Eksjö kommun har ansökt om medel.', 'Eksjö kommun'],
      [
        'Länsbiblioteket i Västerbotten, i samarbete med Länsbildningskonsulenten i Västerbotten, sökte och beviljades medel från Tillväxtverket.',
        'Länsbiblioteket i Västerbotten',
      ],
    ],
    not: ['Företagen har ansökt om stöd.', 'Anna Berg har sökt medel för en resa.'],
  },
  {
    id: 'owner.inverted-has-applied',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // A time first, then the verb before its subject: "Under våren 2019 ansökte Svenska Jägareförbundet om medel hos
    // Jordbruksverket …", "Hösten 2020 sökte Hela Sverige ska leva Gotland stöd från …", "På basis av detta beslut sökte
    // Region Skåne ESF-medel …".
    // A transcript may have lost the full stop before the opener: a capital after a lower-case word starts it.
    pattern: rxc`(?:^|(?<=\p{Ll}\s))(?:Under|I|Våren|Hösten|Sommaren|Vintern|Sedan|År|In|During|På|Därför|Därefter|Efter|Utifrån)\s+(?:[\p{L}\d–-]+\s+){0,4}?(?:ansökte|sökte|applied)\s+${ORG}\s+(?:om\s+|for\s+)?(?:[\p{L}-]*medel|stöd|pengar|projektstöd|finansiering|bidrag|funding|support)${E}`,
    read: org,
    says: [
      [
        'Under våren 2019 ansökte Svenska Jägareförbundet om medel hos Jordbruksverket till viltmatprojekt för att öka intresset.',
        'Svenska Jägareförbundet',
      ],
      ['Hösten 2020 sökte Länsstyrelsen i Gotlands län stöd från Tillväxtverket.', 'Länsstyrelsen i Gotlands län'],
      [
        'På basis av detta beslut sökte Region Skåne ESF-medel för att genomföra två projekt Vägen in och Förståelse öppnar nya dörrar.',
        'Region Skåne',
      ],
      [
        'Syftet har sitt ursprung i ett politiskt beslut På basis av detta beslut sökte Region Skåne ESF-medel för att genomföra projektet.',
        'Region Skåne',
      ],
    ],
    not: ['Under våren ansökte Anna Berg om medel för en resa.', 'Under 2019 ansökte vi om medel hos Jordbruksverket.'],
  },
  {
    id: 'owner.granted-the-association',
    field: 'owner',
    source: 'sentence',
    scope: 'sentence',
    // A grant to an organisation the sentence says is one: "Tillväxtverket har beviljat den ideella föreningen
    // Georange, med basen i Malå, 800 000 kronor", "beviljade föreningen Byaråd Norr 50 000 kr".
    pattern: rx`${B}(?:bevilja|beviljar|beviljade|beviljat)\s+(?:den\s+)?(?:ideella\s+|ekonomiska\s+)?(?:föreningen|organisationen|företaget|bolaget|stiftelsen)\s+(?<value>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})(?:,\s+[^,.]{3,60},)?\s+(?:(?:drygt|cirka|ca|knappt|totalt)\s+)?\d[\d\s,.]*\s*(?:kr|kronor|miljoner|miljon|mkr)${E}`,
    read: named,
    says: [
      [
        'Tillväxtverket har beviljat den ideella föreningen Georange, med basen i Malå, 800 000 kronor, vilket är halva kostnaden.',
        'Georange',
      ],
      ['Styrelsen beviljade föreningen Byaråd Norr 50 000 kr till en förstudie.', 'Byaråd Norr'],
    ],
    not: ['Styrelsen beviljade föreningen 50 000 kr till en förstudie.', 'Nämnden beviljade föreningen Anna Berg 20 000 kronor.'],
  },
  {
    id: 'owner.life-beneficiary-name',
    field: 'owner',
    source: 'label',
    scope: 'sentence',
    // A LIFE project's form: "Beneficiary Data Name Beneficiary Skogsstyrelsen/Swedish Forest Agency Contact person …".
    pattern: rxc`${B}Name\s+(?:of\s+(?:the\s+)?)?(?:Coordinating\s+)?Beneficiary\s*:?\s+(?!Contact person|Postal address|Address)(?<value>[\p{Lu}][^:|]{2,80}?)(?=\s+(?:Contact person|Postal address|Address)${E})`,
    read: named,
    says: [
      [
        'Beneficiary Data Name Beneficiary Skogsstyrelsen/Swedish Forest Agency Contact person Mrs Karin Wågström Postal address',
        'Skogsstyrelsen/Swedish Forest Agency',
      ],
    ],
    not: ['Name Beneficiary Contact person Postal address'],
  },
];

/**
 * Cues of what kind of document a text is, beyond the document words of covers (document-type.ts): a web
 * page or fact sheet that presents one project, and the news items, press releases and decisions that only
 * report on one. They are read in the first lines and sentences of the first page.
 */
import type { DocumentType } from '../../../shared/types/record.js';
import type { Rule } from './engine.js';
import { rx, rxc } from './engine.js';
import { B, E } from './pieces.js';

export const DOCUMENT_TYPE_RULES: Rule<DocumentType>[] = [
  {
    id: 'documentType.presents-project',
    field: 'documentType',
    source: 'cue',
    scope: 'sentence',
    // The page presents its project: "X är ett projekt där …", "Projektet pågår …", "The project aims to …".
    pattern: rxc`(?:^[^.]{2,160}?\s(?:är|is)\s(?:(?:idag|nu|today)\s)?(?:ett|an?)\s(?:[\p{L}-]+\s){0,3}?[\p{L}-]*(?:projekt|project)${E}|^(?:Projektet\s+)?[\p{Lu}][^.]{1,80}?\s(?:var|was)\s(?:ett|an?)\s(?:[\p{L}-]+\s){0,2}?[\p{L}-]*(?:projekt|project)\s(?:för|som|där|med|for|that|which|to)${E}|^(?:This|The)\sproject\sis\sa${E}|^The\sproject's\s(?:mission|aim|goal|purpose)\sis${E}|^Lead\spartner\sof\s[^.]{2,60}?\sis${E}|^(?:Projektet|Förstudien|Satsningen|The project)\s(?:[\p{Lu}\p{N}][^\s.]*\s){0,5}(?:pågår|löper|ska|skall|kommer att|vill|syftar|har som syfte|har som mål|aims|will|runs|is running|seeks)${E}|^(?:Syftet|Målet|Det övergripande målet|Huvudsyftet) (?:med|för) (?:[\p{L}]+-)?(?:projektet|förstudien|satsningen) är${E}|^The (?:overall |main )?(?:aim|goal|objective|purpose) of the project is${E}|^Projektägare (?:är|blir)${E}|^[^.]{2,100}?\s(?:är|is)\s(?:ett|an?)\s(?:[\p{L}-]+\s){0,2}?(?:samarbete|samverkan|initiativ|collaboration|cooperation|initiative)${E}|^Tanken med (?:projektet|[Pp]rojekt\s[^.]{2,60}?) är${E})`,
    read: () => 'project_description',
    says: [
      ['ARCTIC DESIGN OF SWEDEN är ett projekt med Region Västerbotten som huvudägare.', 'project_description'],
      ['Projektet pågår till och med juni 2022.', 'project_description'],
      ['The project aims to strengthen cooperation between universities.', 'project_description'],
      ['Projektet Efterfrågad Utveckling skall utveckla fyra spår för att koppla näringsliv närmare akademi.', 'project_description'],
      ['Syftet med projektet är att aktivera de som bor och verkar i olika bygder.', 'project_description'],
      ['Scandinavian Heartland är ett samarbete mellan Fjellregionen i Norge och Dalarna i Sverige.', 'project_description'],
      ['Tanken med Projekt Enningdalsälven är att skapa en gränsöverskridande samförvaltning.', 'project_description'],
      ['The overall goal of the project is to strengthen local entrepreneurship in Sofielund.', 'project_description'],
      ['Processtödet var ett projekt för att ge stöd till länets stora projektägare.', 'project_description'],
      ['Målet med pilot-projektet är att utveckla strukturen för en databas.', 'project_description'],
      ['This project is a pre-study which will bring together cultural and creative industries.', 'project_description'],
      ['Lead partner of SBPIN is Hässleholm Municipality, EU-Office Skåne Nordost.', 'project_description'],
    ],
    not: [
      'Projektet avslutades 2019 och slutrapporten är klar.',
      'Det var ett bra år för företagen.',
      'Det var ett projekt vi minns länge.',
    ],
  },
  {
    id: 'documentType.project-page-heading',
    field: 'documentType',
    source: 'cue',
    scope: 'line',
    // A project page's own headings, each alone on its line: "Om projektet", "Projektfakta", "Snabbfakta om
    // ESF-projektet 2011-2014", a project bank's section ("Pågående projekt", "Beviljade projekt"), "About the project".
    pattern: rx`^(?:om projektet|generellt om projektet|kort om projektet|fakta om projektet|projektfakta(?: och bedömning)?|snabbfakta(?: om [\p{L}-]*projektet(?: \d{4}\s*[-–]\s*\d{4})?)?|projektbeskrivning|pågående projekt|avslutade projekt|beviljade projekt|about the project|project facts|project description|project summary|name of the project(?:\s*\/\s*activity)?)\s*:?$`,
    read: () => 'project_description',
    says: [
      ['Om projektet', 'project_description'],
      ['Snabbfakta om ESF-projektet 2011-2014', 'project_description'],
      ['Pågående projekt', 'project_description'],
      ['Projektfakta och bedömning', 'project_description'],
      ['About the project', 'project_description'],
    ],
    not: ['Om projektet kan man läsa mer på webbplatsen.', 'Pågående projekt i regionen 2019–2021 är många och olika.'],
  },
  {
    id: 'documentType.project-breadcrumb',
    field: 'documentType',
    source: 'cue',
    scope: 'line',
    // A site's trail to a project page, or its status tag: "Våra projekt / Projekt Fördjupning …", "Projekt pågående",
    // "Our projects › …".
    pattern: rx`^(?:(?:våra|aktuella|pågående|avslutade|alla|our|current|completed|all)\s+(?:projekt(?:en)?|projects)\s*[/›>»|]\s*\S|projekt\s+(?:pågående|avslutat|pågår|ongoing|completed)\s*$)`,
    read: () => 'project_description',
    says: [
      ['Våra projekt / Projekt Fördjupning Hållbar platsutveckling, Funäsfjällen', 'project_description'],
      ['Projekt pågående', 'project_description'],
      ['Our projects › Smart villages', 'project_description'],
    ],
    not: ['Våra projekt har gett många nya kontakter.', 'Projekt pågående i regionen är många.'],
  },
  {
    id: 'documentType.project-fact-label',
    field: 'documentType',
    source: 'cue',
    scope: 'line',
    // A fact box's project labels on a page: "Projekttid:", "Projektägare:", "Budget:", "Project duration".
    pattern: rx`^(?:projekttid|projektperiod|prosjektperiode|tidsplan|när\?|projektägare|prosjekteier|projektledare|kontaktperson(?:er)?|kontakt|budget|budsjett|total budget|total projektbudget|finansiär(?:er)?|finansiering|medfinansiär(?:er)?|stödmottagare|beviljat stöd|beviljat belopp|eu-stöd|syfte(?: med projektet)?|mål(?: med projektet)?|målgrupp|fakta|project (?:period|duration|owner|budget|partners|manager|leader)|partners|lead partner|coordinator|reference number|eu funding|eu contribution|fund|start date|end date|beneficiary|contact|objectives?|aim|status)\s*(?::|\||$)`,
    read: () => 'project_description',
    says: [
      ['Projekttid: 2019-01-01 – 2021-12-31', 'project_description'],
      ['Project duration: 36 months', 'project_description'],
      ['Projektägare: Göteborgs Insjörike', 'project_description'],
      ['Coordinator | Kungliga Tekniska Högskolan - ABE-Skolan |', 'project_description'],
      ['Prosjektperiode', 'project_description'],
    ],
    not: ['Projektets budget har följts.', 'Kontakter med företagen var viktiga.', 'Budget och utfall redovisas nedan.'],
  },
  {
    id: 'documentType.project-fact-label-inline',
    field: 'documentType',
    source: 'cue',
    scope: 'line',
    // A fact box printed without colons or cells: a label no sentence opens with, then its value (a capital or
    // a digit) on the same line.
    pattern: rxc`^(?:Projekttid|Projektperiod|Projektägare|Projektledare|Stödmottagare|Beviljat stöd|Project (?:period|duration|owner|manager|leader)|Lead partner|Coordinator|Reference number|Funding from \p{Lu}\p{L}+)\s+(?=[\p{Lu}\p{N}])`,
    read: () => 'project_description',
    says: [
      ['Project duration November 2015 - December 2016', 'project_description'],
      ['Coordinator Apel Aktiebolag - APeL Forskning och Utveckling', 'project_description'],
      ['Funding from Vinnova SEK 438 000', 'project_description'],
      ['Projektägare Region Dalarna', 'project_description'],
    ],
    not: ['Projektägare är Region Dalarna.', 'Coordinator of the network was the university.', 'Projektledare var Anna Berg.'],
  },
  {
    id: 'documentType.news-or-decision',
    field: 'documentType',
    source: 'cue',
    scope: 'top',
    // A news item, press release or decision heads its first page: "Pressmeddelande", "Nyhet", "BESLUT", a
    // publishing date ("Publicerad 2016-03-14").
    pattern: rxc`(?:^(?:Pressmeddelande|PRESSMEDDELANDE|Press release|Nyhet|NYHET|Nyheter|News|Beslut|Decision)${E}|(?:^|\s)(?:Publicerad|Publicerat|Published|Postad|Posted)\s*:?\s+(?:den\s+)?\d{1,4}[-./\s]|${B}(?:BESLUT|Beslut om (?:stöd|bidrag|projektstöd|finansiering|EG-medel|EU-medel|medel)|Beslutsdatum|SAMMANTRÄDESPROTOKOLL|Sammanträdesprotokoll|Protokollsutdrag|PROTOKOLLSUTDRAG)${E}|^\p{Lu}{3,}(?:\s\p{Lu}{3,})?\s\((?:\p{Lu}{2,4})\)\s|^Verksamhetsplan(?:\s+\d{4})?\s+för\s|begäran om allmän handling|(?:På\s+)?(?:denna|den här)\s+blogg${E})`,
    read: () => 'other',
    says: [
      ['Pressmeddelande', 'other'],
      ['Region Skåne  BESLUT  1 (3)', 'other'],
      ['Projektbeslut - Åker skapa Publicerad 2016-03-14', 'other'],
      ['Published: 9 September 2022', 'other'],
      ['Postad 8 november 2017', 'other'],
      ['Projekt: Den skandinaviska resandekartan Beslut om EG-medel Förvaltande myndighet', 'other'],
      ['ÖSTERSUND (JT) "Resiliens på tvers". Det är namnet på ett nytt projekt.', 'other'],
      ['Verksamhetsplan 2015 för projektet Biosfärkandidat Voxnadalen', 'other'],
    ],
    not: ['Projektets syfte är att stärka företagen.', 'Beslutet togs av styrgruppen.'],
  },
  {
    id: 'documentType.news-voice',
    field: 'documentType',
    source: 'cue',
    scope: 'sentence',
    // A reporter's voice: someone's words given with "säger", a press release quoted, a meeting's minutes.
    pattern: rxc`(?:[,”"]\s*(?:säger|sa|berättar|menar|konstaterar|says|said)\s+(?:[\p{Lu}][\p{L}-]+|hon|han)${E}|(?:skriver|meddelar)\s+[\p{L}\s]{2,40}?\s+i\s+ett\s+pressmeddelande${E}|^(?:SAMMANTRÄDESPROTOKOLL|Sammanträdesprotokoll|Protokollsutdrag|PROTOKOLLSUTDRAG)${E}|(?:nämnden|styrelsen|utskottet|regionen|kommunen|länsstyrelsen)\s+(?:har\s+)?(?:nu\s+)?(?:beslutat|beslutade)\s+(?:i\s+dag\s+)?att\s+(?:stödja|bevilja|ge|anslå|satsa)${E})`,
    read: () => 'other',
    says: [
      ['Företagen ska få stöd att nå nya marknader, säger Joakim Pohlman (S), ordförande i nämnden.', 'other'],
      ['Sjöarna har höga naturvärden, skriver länsstyrelsen i ett pressmeddelande.', 'other'],
      ['– Det känns mycket bra att få sätta igång, säger Anna Berg.', 'other'],
      ['SAMMANTRÄDESPROTOKOLL Regionstyrelsen 2007-02-22', 'other'],
      [
        'Regionala utvecklingsnämnden har beslutat att stödja tredje fasen av Vinnovaprojektet Smart Housing Småland med 6 miljoner.',
        'other',
      ],
    ],
    not: ['Projektet säger sig vilja stärka företagen.', 'Vi har sagt att projektet ska pågå till 2022.'],
  },
  {
    id: 'documentType.news-headline',
    field: 'documentType',
    source: 'cue',
    scope: 'top',
    // A news item's headline at the top: a short line, no full stop, that tells what happened to a project.
    pattern: rxc`^(?=(?:\S+\s+){2,11}\S*[^\s.]\s*$)[^.]*?(?<![\p{L}])(?:beviljat|beviljats|beviljas|beviljar|beviljades|godkänd|godkänt|nappade|får stöd|fick stöd|har fått|startbesked|satsar|satsning på|pengar till|miljoner till|EU-pengar|granted|awarded|receives)(?![\p{L}])`,
    read: () => 'other',
    says: [
      ['Kattegattleden godkänd som nationell turistcykelled', 'other'],
      ['Projektet ”Besöksnäringens roll för regional utveckling” beviljat', 'other'],
      ['Örebro kommuns landsbygdsnämnd beviljar pengar för att förnya Odensbacken', 'other'],
      ['EU-pengar till Uppsala län', 'other'],
      ['Stor EU-satsning på kulturarvet i Kalmar län', 'other'],
    ],
    not: [
      'Beviljat stöd: 450 000 kr',
      'Projektet har beviljats medel från Tillväxtverket för att under tre år utveckla besöksnäringen i länet.',
    ],
  },
];

/**
 * What is no project name, whatever rule found it: section headings and page headings of web pages, web
 * chrome, document words with nothing else, dates, people with their role, running text. A match vetoes the
 * candidate; the value is the reason `extract --why` prints.
 */
import type { Rule } from './engine.js';
import { rx, rxc } from './engine.js';
import { GIVEN_NAMES } from '../given-names.js';
import { B, E } from './pieces.js';

// A report's section heading, as a name finder may meet it alone on a line.
const KNOWN_HEADING =
  '(?:(?:egna |viktiga |övriga |projektets |sammanfattande |samlade )?(?:lärdomar|reflektioner|erfarenheter|slutsatser|rekommendationer|diskussion|framtid|medverkande|studieområde|metod|organisation|ekonomi|finansiering|målgrupp|spridning|uppföljning|utvärdering|bakgrund|planerad verksamhet|genomförande|syfte|mål|lessons learned|conclusions|recommendations|results|method|partners|funding|budget|background))';

export const NOT_A_NAME_RULES: Rule[] = [
  {
    id: 'projectName.not.shape',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // A name starts with a capital, a digit or a quote; digits and punctuation alone, an organisation number or a
    // section number ("C.1", "A1 Bakgrund") are none, but a European road opens a name ("E12 Atlantica Transport").
    pattern: rxc`(?:^\p{Ll}(?!\p{Lu})|^[.,;:)\]–—•·▪►-]|^[\d\s/().,:-]+$|\d{6}-\d{4}|^(?!E\d{1,2}\s+\p{Lu})[A-Z]?\d+(?:\.\d+)*\.?(?:\s|$)|^[A-Z]\.\d)`,
    read: () => 'not shaped as a name',
    says: [
      ['och lärande', 'not shaped as a name'],
      ['. Projektet - SATIN II', 'not shaped as a name'],
      ['212000-2833', 'not shaped as a name'],
      ['C.1', 'not shaped as a name'],
      ['3662. Alsterbro- Bäckebo.nu', 'not shaped as a name'],
      ['• No results found', 'not shaped as a name'],
    ],
    not: ['4K', 'eBUD', 'Växarena 2.0', '2030-sekretariatet', 'E12 Atlantica Transport', 'E4 Norrlandskusten'],
  },
  {
    id: 'projectName.not.the-projects',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // A phrase about the project's own document or part is no name: "Projektets Interreg IIIA slutrapport".
    pattern: rxc`^(?:[Pp]rojektets|[Pp]rojektens|[Ff]örstudiens|PROJEKTETS|[Tt]he project's)\s`,
    read: () => 'a phrase about the project',
    says: [
      ['Projektets Interreg IIIA slutrapport', 'a phrase about the project'],
      ["The project's final report", 'a phrase about the project'],
    ],
    not: ['Projektledarskap i praktiken', 'Projekt Vindkraft Norr'],
  },
  {
    id: 'projectName.not.about-the-project',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // A heading about the project that names none: "Resultat från projektet", "Erfarenheter av projektet", "Om projektet".
    // "Viktiga resultat som projektet gav": the project as the subject of a clause in lower case.
    pattern: rxc`^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3}\s+(?:projektet|förstudien|satsningen|the project)(?:\s+\p{Ll}+){0,2}$`,
    read: () => 'a heading about the project',
    says: [
      ['Resultat från projektet', 'a heading about the project'],
      ['Viktiga resultat som projektet gav', 'a heading about the project'],
      ['Erfarenheter av projektet', 'a heading about the project'],
      ['Results of the project', 'a heading about the project'],
    ],
    not: ['Resultat från projektet Fokus Framtid', 'Fokus Framtid-projektet'],
  },
  {
    id: 'projectName.not.form-field',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // Form furniture: field names, section letters, contact details, templates.
    pattern: rx`(?:^(?:mall för|uppgifter om|kontaktuppgifter|telefon|adress|e-post|uppdragsgivare|beställare|handläggare|diarienummer|name of the project|project name|projektets namn|which|for whom|who|what|purpose|datum|date|aktuellt program)(?:\s|:|/|$)|${B}(?:diarienummer|tillsagnsnummer|rapport nummer|organisationsnummer|e-post|telefon|besöksadress|förvaltande myndighet)${E}|(?:^|\.\s)[A-H]\.\s+\p{Lu}|^(?:\S+\s+)?\S*\p{L}:\s|\p{L}:\s.*\p{L}:(?:\s|$))`,
    read: () => 'form furniture',
    says: [
      ['PROJEKTSTÖD - Slutrapport. A. Uppgifter om stödmottagare. B. Uppgifter om kontaktpersonen.', 'form furniture'],
      ['Mall för slutrapport förprojektering', 'form furniture'],
      ['DELOMRÅDE GS DIARIENUMMER G', 'form furniture'],
      ['Uppdragsgivare: Landskrona kommun', 'form furniture'],
      ['Telefon Adress e-post: hemsida: 1. Allmänna uppgifter Sammanfattning', 'form furniture'],
      ['Name of the project / activity', 'form furniture'],
      ['Which country', 'form furniture'],
      ['Purpose The', 'form furniture'],
      ['Projektets namn och nummer: Resultat: Slutsatser:', 'form furniture'],
    ],
    // A title with a subtitle after a colon is a name: a key of a form is a word or two before its colon.
    not: ['Kontakt Dalarna', 'Adressera framtiden', 'Policy & behavior lab: Public transport in rural areas'],
  },
  {
    id: 'projectName.not.section-heading',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    pattern: rx`^(?:om projektet|om oss|projektet|projektinformation|projektfakta|fakta om projektet|bakgrund|inledning|sammanfattning|syfte(?: och mål)?|mål|resultat|genomförande|aktiviteter|kontakt(?:a oss|uppgifter)?|nyheter|aktuellt|start|hem|meny|projekt|pågående projekt|avslutade projekt|about(?: the project| us)?|project info(?:rmation)?|project|projects|beviljat projekt|beviljade projekt|fakta|projektdata|project data|project facts|key facts|background|summary|introduction|contact(?: us)?|news|home|menu|overview|description|innehåll(?:sförteckning)?|contents|förord|preface|foreword|bakgrund och syfte|baggrund og formål|background and (?:aim|purpose|objectives)|sammanfattning av (?:slutrapport(?:en)?|rapporten|projektet)|samhällsekonomisk utvärdering|projektöversikt|project overview|good practice(?:\s*[-–]\s*project)?)$`,
    read: () => 'a section or page heading',
    says: [
      ['OM PROJEKTET', 'a section or page heading'],
      ['Bakgrund', 'a section or page heading'],
      ['project info', 'a section or page heading'],
      ['Beviljat projekt', 'a section or page heading'],
      ['FAKTA', 'a section or page heading'],
      ['Projektdata', 'a section or page heading'],
      ['Baggrund og formål', 'a section or page heading'],
      ['Sammanfattning av slutrapport', 'a section or page heading'],
      // A page's kind as its site heads it: "Projektöversikt", an EU network's "Good Practice - Project".
      ['Projektöversikt', 'a section or page heading'],
      ['Good Practice - Project', 'a section or page heading'],
    ],
    not: ['Omställning Bakgrund Hälsingland', 'Projekt Syd'],
  },
  {
    id: 'projectName.not.known-heading',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // A report's own section headings ("Lärdomar", "Egna reflektioner", "Framtid"), and two of them run together
    // ("Egna reflektioner Medverkande"); a heading word before a proper name is a name ("Framtid Gamlebyviken").
    pattern: rx`^${KNOWN_HEADING}(?:(?:\s+|\s*/\s*)(?:${KNOWN_HEADING}|en redogörelse|och \p{Ll}+))*$`,
    read: () => 'a section heading',
    says: [
      ['Lärdomar', 'a section heading'],
      ['Egna reflektioner Medverkande', 'a section heading'],
      ['Framtid Diskussion en redogörelse', 'a section heading'],
      ['Studieområde', 'a section heading'],
      ['Sammanfattande slutsatser', 'a section heading'],
      // Two headings of a form joined by a slash.
      ['Bakgrund/Planerad verksamhet', 'a section heading'],
    ],
    not: ['Framtidens landsbygd', 'Lärdomar från Dalarna 2030', 'Framtid Gamlebyviken', 'Framtid VINDELÄLVEN'],
  },
  {
    id: 'projectName.not.chrome',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // An Interreg page's list of goals ("The project contributes to fulfilling: …"); text set in a font the PDF could
    // not map ("= dçíjfq=oéëìêëåéåíéê=").
    pattern: rx`(?:^the project contributes to\b|(?:[=çéëêåíìîïñ].*){4}|\.(?:png|jpe?g|gif|svg)$|^download\s|publicera(?:d|des)\s|senast uppdaterad|^kohesio\b|·\s*Q\d+|^pressmeddelande\b|^nyhet\b|^press release\b|\bcookies?\b|^save this\b|\bno results found\b|\s(?:blogg|blog)$|^(?:annons|annonser|reklam|advertisement)$|^lättläst version\b|^(?:lyssna|läs upp|in english|på svenska)$|^(?:bild|foto|image|photo)$|\s(?:research\s+)?database$)`,
    read: () => 'web-page chrome',
    says: [
      ['interreg_Sverige-Norge_2016_SV_RGB.png', 'web-page chrome'],
      ['MittSkåne redo för cykling Publicerades den 13 december 2022 Landsbygdsfonden', 'web-page chrome'],
      ['Download "Slutrapport för projekt', 'web-page chrome'],
      ['KOHESIO · Q4038989 · SE', 'web-page chrome'],
      ['Pressmeddelande -', 'web-page chrome'],
      ['Save this PDF as', 'web-page chrome'],
      ['Finsam blogg', 'web-page chrome'],
      ['Annons', 'web-page chrome'],
      ['Lättläst version saknas', 'web-page chrome'],
      // A picture's caption word alone.
      ['Bild', 'web-page chrome'],
      // A catalogue's site name above its record.
      ['VTI National Transport Research Database', 'web-page chrome'],
      ['The project contributes to fulfilling: Tying the region together', 'web-page chrome'],
      ['= dçíjfq=oéëìêëåéåíéê=', 'web-page chrome'],
    ],
    not: ['Cykla i Dalsland', 'Offerplats Finnestorp', 'Café Crème på Öland', 'Min Ođđa Giron – Vårt Nya Kiruna'],
  },
  {
    id: 'projectName.not.running-text',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // A sentence: a finite verb after the first words and a full stop, or a form's instruction.
    pattern: rxc`(?:^(?:[Rr]edogör|[Bb]eskriv|[Aa]nge|[Ff]yll i|[Oo]m du|[Dd]u ska|[Dd]escribe|[Pp]lease|Ska|Skall|Kommer att|Har|Hade|Blir|Blev|Will|Has|Had)\s|\s(?:är|var|har|hade|ska|kommer att|avslutat|is|was|has|will)\s.*[.!]$|\p{Ll}{2,}\.\s+\p{Lu}\p{Ll}+\s|^\S+(?:\s+\S+){15,}|^(?=(?:\S+\s+){6,}).*\s(?:har|hade|väljer|valde|omfattar|satsar|satsade|får|fick|blir|blev|vill|ska|kan|aims|has|have|had|will|is|are|was|were|finalized|chooses|receives)\s|(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|june|july|august|october)\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?:19|20)\d\d|^(?:[Tt]he project|[Tt]his project|[Pp]rojektet|[Dd]etta projekt)\s+(?:is|was|has|are|är|var|har|ska)\s|^(?:[Vv]älkomm?(?:en|na)|VÄLKOMNA|VÄLKOMMEN|[Ww]elcome|WELCOME)!?$)`,
    read: () => 'running text, not a name',
    says: [
      ['Projektet är nu avslutat. Läs om projektet i den sammanfattande slutrapporten', 'running text, not a name'],
      ['Projektets syfte och målgrupp. Redogör för syftet med projektet och till vilken', 'running text, not a name'],
      ['Haparanda kommun väljer European Minds som extern utvärderare', 'running text, not a name'],
      ['E12 Atlantica Transport project aims at developing cooperation between the actors along', 'running text, not a name'],
      ['Förstudierapport om besöksnäringssamverkan runt Vättern klar april 15, 2020', 'running text, not a name'],
      ['The project is funded by', 'running text, not a name'],
      ['VÄLKOMNA!', 'running text, not a name'],
      ['Ska genomföras i hela Halland', 'running text, not a name'],
    ],
    not: [
      'Tillväxt och Lönsamhet',
      'Vi är Jämtland',
      'Växarena 2.0',
      'Servicepunkter i bygdegårdarna – livs-, drivmedel och paket i samverkan med lokalsamhället',
    ],
  },
  {
    id: 'projectName.not.organisation-or-fund',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // An organisation's or a fund's name on a cover or logo line is who owns or pays, not the project's name:
    // "LANTBRUKARNAS RIKSFÖRBUND", "Nävlingeåsens Intresseförening", "EU – Europeiska regionala utvecklingsfonden".
    pattern: rx`(?:^(?:[\p{L}-]+\s+){0,3}[\p{L}-]*(?:förbund|förbundet|förening|föreningen|riksförbund|riksförbundet|länsstyrelse|länsstyrelsen)(?:\s+(?:i|om)\s+[\p{L}\s-]+)?$|^EU\s*[–—-]\s|^EU-finansierat|(?:^|\s)(?:Europeiska\s+(?:regionala\s+utvecklingsfonden|socialfonden|jordbruksfonden[\p{L}\s]*|unionen)|European\s+(?:Regional\s+Development\s+Fund|Social\s+Fund|Union))$|(?:^|[\s:])Europa investerar i landsbygdsområden$)`,
    read: () => 'an organisation or a fund',
    says: [
      ['LANTBRUKARNAS RIKSFÖRBUND', 'an organisation or a fund'],
      ['Nävlingeåsens Intresseförening om förstudien', 'an organisation or a fund'],
      ['EU – Europeiska regionala utvecklingsfonden', 'an organisation or a fund'],
      ['EU-finansierat stöd', 'an organisation or a fund'],
      ['Länsstyrelsen i Dalarnas län', 'an organisation or a fund'],
      // The landscape fund's logo line on Leader pages and reports.
      ['Europeiska jordbruksfonden för landsbygdsutveckling: Europa investerar i landsbygdsområden', 'an organisation or a fund'],
    ],
    not: [
      'Föreningsliv i Umeå',
      'Förbundsstöd för unga',
      'Gröna näringar i Europeiska unionens landsbygd',
      'Kulturarv och besöksmålsutveckling Dalslands kanal',
    ],
  },
  {
    id: 'projectName.not.person-role',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // "Anita Sandell Programansvarig Interreg Sverige-Norge": a person and a role.
    pattern: rx`(?:^|\s)(?:programansvarig|projektledare|handläggare|verksamhetsledare|enhetschef|förvaltningschef|kontaktperson|project manager|programme officer|coordinator)(?:\s|$)`,
    read: () => 'a person and a role',
    says: [['Anita Sandell Programansvarig Interreg Sverige-Norge Annica Westerlund', 'a person and a role']],
    not: ['Projektledarskap i praktiken'],
  },
  {
    id: 'projectName.not.person',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // A given name and a surname alone: a byline or a quoted person ("Sune Berger", "Pär Weihed"), not a project.
    pattern: rxc`^(?<given>\p{Lu}\p{Ll}+)(?:[- ]\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}*(?:son|sson|berg|ström|gren|lund|qvist|kvist|quist|dahl|dal|holm|man|mark|stedt|sten|ell|er|ed|ius|åker|ling|nder|by|fors|vall|strand|blad|bäck|bom|borg|lind|lin|sjö|skog|näs|hammar|hed)$`,
    read: (m) => (GIVEN_NAMES.has(m.groups!.given!.toLowerCase()) ? 'a person' : null),
    says: [
      ['Sune Berger', 'a person'],
      ['Pär Weihed', 'a person'],
      ['Stefan Sädbom', 'a person'],
    ],
    not: ['Urban Platsinnovation', 'Viltmat Västmanland', 'Strömsberg kan mer'],
  },
  {
    id: 'projectName.not.contents-line',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // A table of contents: headings with their page numbers ("Rambölls uppdrag Utvärderingens utgångspunkter 4 2").
    pattern: rxc`\p{L}\s+\d{1,3}\s+\d{1,3}$`,
    read: () => 'a table of contents',
    says: [['Rambölls uppdrag Utvärderingens utgångspunkter 4 2', 'a table of contents']],
    not: ['Avesta 2020', 'Agenda 2030 Gävleborg', 'Växarena 2.0', 'Ny Väg In 2'],
  },
  {
    id: 'projectName.not.report-kind',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // What kind of paper it is, of what: "Återrapportering av medel Nationella Tobaksuppdraget", "Ansökan om stöd".
    pattern: rxc`^(?:Återrapportering|Redovisning|Rapportering|Ansökan|Beslut|Anmälan)\s+(?:av|om|för|till)\s`,
    read: () => 'a kind of paper, not a name',
    says: [
      ['Återrapportering av medel Nationella Tobaksuppdraget', 'a kind of paper, not a name'],
      ['Ansökan om projektstöd', 'a kind of paper, not a name'],
    ],
    not: ['Redovisningsakademin', 'Beslutsstöd för skogsägare'],
  },
  {
    id: 'projectName.not.dateline',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // A news item's date line, with its byline: "January 6, 2025 Mathias Arnham", "6 januari 2025 Anna Berg".
    pattern: rx`^(?:\d{1,2}\s+)?(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october)\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d(?:\s|$)|^(?:19|20)\d\d-\d\d-\d\d(?:\s|$)`,
    read: () => 'a date line',
    says: [
      ['January 6, 2025 Mathias Arnham', 'a date line'],
      ['6 januari 2025 Anna Berg', 'a date line'],
      ['2024-03-12 Nyheter', 'a date line'],
    ],
    not: ['Vision 2030', 'Agenda 2030 Gävleborg'],
  },
  {
    id: 'projectName.not.status-line',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // A project bank's mark of where the project stands, with its year: "Slutredovisat 2023", "Projekt avslutat".
    pattern: rx`^(?:projekt(?:et)?\s+)?(?:slutredovisat|slutredovisad|avslutat|avslutad|beviljat|beviljad|pågående|påbörjat|godkänt|utbetalt|completed|ongoing|closed|finished)(?:\s+(?:projekt|project|(?:19|20)\d\d(?:-\d\d){0,2}))?$`,
    read: () => 'a status line',
    says: [
      ['Slutredovisat 2023', 'a status line'],
      ['Projekt avslutat', 'a status line'],
      ['Avslutat projekt', 'a status line'],
      ['Completed 2021-06-30', 'a status line'],
    ],
    not: ['Avslutande konferens Norrbotten', 'Beviljat stöd till bygden', 'Pågående Norrland'],
  },
  {
    id: 'projectName.not.research-project-kind',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // A university research portal's kind of project under its "Project:" key, one kind or several run together:
    // "Commissioned researchNational collaboration", "Research", "Uppdragsforskning".
    pattern: rx`^(?:(?:commissioned research|national collaboration|international collaboration|research|other|internal|eu project|collaboration|uppdragsforskning|forskning|nationellt samarbete|internationellt samarbete|övrigt)\s*){1,3}$`,
    read: () => 'a kind of research project',
    says: [
      ['Commissioned researchNational collaboration', 'a kind of research project'],
      ['International collaboration', 'a kind of research project'],
    ],
    not: ['Research for rural growth', 'Collaboration in the Baltic Sea'],
  },
  {
    id: 'projectName.not.fact-word',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // A fact box's heading word left as the value of "Project": "Project Data", "Projekt Fakta".
    pattern: rx`^(?:data|information|fakta|projektdata|projektfakta|översikt|overview|details|detaljer|beneficiary|location|summary)$`,
    read: () => 'a fact-box word',
    says: [
      ['Data', 'a fact-box word'],
      ['Fakta', 'a fact-box word'],
    ],
    not: ['DataLab', 'Data Skills Norrbotten'],
  },
  {
    id: 'projectName.not.generic',
    field: 'projectName.not',
    source: 'cue',
    scope: 'line',
    // A kind of project, not its name: "EU-projektet", "Förstudien", "Leaderprojektet".
    pattern: rxc`^(?:(?:EU|ESF|Leader|LEADER|Interreg|Vinnova|ERUF)-?projekt(?:et)?|[Pp]rojekt(?:et)?|[Ff]örstudie(?:n)?|[Ss]atsningen|[Pp]ilotprojektet|[Ll]eaderprojektet)$`,
    read: () => 'a kind of project, not its name',
    says: [
      ['EU-projektet', 'a kind of project, not its name'],
      ['Leaderprojektet', 'a kind of project, not its name'],
    ],
    not: ['Paraplyprojekt Bredband', 'SIK-projektet', 'FJÄLLFISKEPROJEKTET'],
  },
];

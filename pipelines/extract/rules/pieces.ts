/**
 * Named pieces that rules are built from (with rx`…` in engine.ts). Each is a pattern source; a piece that
 * captures names its group `value`, so a rule holds at most one such piece.
 */

/** Not inside a word (JS `\b` is ASCII-only and would split "Hässleholm"). */
export const B = String.raw`(?<![\p{L}\p{N}])`;
export const E = String.raw`(?![\p{L}\p{N}])`;

/** The project as the subject or object of a sentence. */
export const THE_PROJECT = `(?:projektet|förstudien|insatsen|satsningen|the project|the pre-study|the feasibility study)`;

/** Words that make an organisation the project's owner. */
export const OWNER_ROLE = `(?:projektägare|projektägaren|huvudprojektägare|huvudägare|stödmottagare|stödmottagaren|projektanordnare|huvudman|huvudsökande|ansvarig organisation|projektets ägare|project owner|lead partner|lead beneficiary|beneficiary|project promoter)`;

/** Verbs of owning or running a project. */
export const RUNS = `(?:äger|ägde|har ägt|driver|drev|har drivit|leder|ledde|har lett|driver och äger|äger och driver|ansvarar för|ansvarade för|har ansvarat för|genomför|genomförde|har genomfört|koordinerar|koordinerade|har koordinerat|samordnar|samordnade|har samordnat|owns|owned|runs|ran|leads|led|coordinates|coordinated)`;
export const RUN_BY = `(?:ägs|ägdes|har ägts|drivs|drevs|har drivits|drivs och ägs|ägs och drivs|genomförs|genomfördes|har genomförts|administreras|administrerades|koordineras|samordnas|leds|leddes|is owned|was owned|is run|was run|is led|was led|is coordinated|was coordinated|is managed|was managed|was carried out|is carried out)`;

/** An organisation's name: starts with a capital or digit, runs up to a clause boundary (cleaned by the rule). */
export const ORG = String.raw`(?<value>[\p{Lu}\p{N}][^.;:!?()”"]{1,100}?)`;
/** What ends an organisation's name in a sentence. */
export const ORG_END = String.raw`(?=\s*(?:[.;:!?()]|,\s|\s+(?:och|samt|som|med|i samarbete|i samverkan|tillsammans|together|and|with|in cooperation|which|who|that|under|mellan|från|since|during|from|between|genom|via|inom|within|för|for|to|projektet|förstudien|the project|kommer att|ska|skall|will)\s|$))`;
/** An organisation's name set off by commas or ending the sentence: "…, ägt av APeL Forskning och utveckling, har …". */
export const ORG_TO_COMMA = String.raw`(?<value>[\p{Lu}\p{N}][^,.;:!?()”"]{1,90}?)(?=\s*(?:[,.;:!?(]|$))`;

/** A quoted name: ”Mötesplatser i glesbygd”, "Green highway", «…», ‘…’. */
export const QUOTED = String.raw`(?:''|[”"“«'‘])(?<value>[^”"“»'’\n]{2,100})(?:''|[”"»'’])`;

/** A project's name as written after "projektet": capitalised words up to a clause boundary. */
export const NAME = String.raw`(?<value>(?:[eim](?=\p{Lu})|#(?=\p{Lu}))?[\p{Lu}\p{N}](?:[^.;!?()”"]|\.(?=\d)){1,100}?)`;
export const NAME_END = String.raw`(?<![–—-])(?=\s*(?:\.(?!\d)|[;!?(]|,\s|\s+[–—]\s+\p{Ll}[^–—.]{0,80}\s[–—]\s|\s+i\s+(?:samverkan|samarbete|partnerskap)\s+med\s|\s+(?:och|samt|and)\s+(?!\p{Lu})|\s+(?:är|var|har|hade|som|med|inom|ska|skall|vill|skulle|kommer|kan|finns|fanns|beskrivs|presenteras|handlar|handlade|gick|går|fick|får|blev|startade|startades|startar|pågick|pågår|drivs|drevs|bedrivs|bedrevs|ägs|ägdes|syftar|syftade|avslutades|avslutas|genomfördes|genomförs|genomförts|startats|avslutats|påbörjats|beviljats|drivits|anordnats|arrangerats|slutförts|inletts|testats|prövats|finansieras|finansierades|beviljades|prioriterades|beräknas|bedöms|förväntas|planeras|riktar|riktas|sammanställt|sammanställde|tagit|tog|skapat|skapade|skapar|gjort|gjorde|gör|står|stod|arbetat|arbetar|jobbat|jobbar|bidragit|bidrar|lett|leder|visat|visar|samarbetar|samarbetade|samverkar|samverkade|deltar|deltog|medverkar|medverkade|testar|testade|undersöker|undersökte|kartlägger|kartlade|satsar|satsade|finansiering|medel|stöd|pengar|bidrag|funding|utvecklat|utvecklar|genomfört|nått|haft|samlat|samlar|erbjuder|erbjöd|stöttar|stöttat|hjälper|hjälpt|etablerar|etablerade|rullar|rullade|bygger|byggde|stärker|stärkte|omfattar|omfattade|ingår|ingick|innebär|innebar|inleds|inleddes|inleder|inledde|anordnar|anordnade|arrangerar|arrangerade|lanseras|lanserades|lanserar|lanserade|fortsätter|fortsatte|involverar|engagerar|även|också|dessutom|där|vars|vilket|Denna|Detta|Dessa|This|These|project|projektet|is|was|has|had|which|aims|aimed|started|ran|runs|will|can|in|within|with|by|of|av|för|from|från|under|till|to)(?:\s|[.,;]|$)|\s+\p{Ll}{3,}ade(?:,|\s+(?:och|en|ett|det|den|de|sig|sin|sitt|sina|flera|många|ett|några|\p{L}+talet)\s)|$))`;

// A sentence about some other, earlier project, told in the past with an indefinite article: "Ett betydelsefullt
// treårigt Mål-2 projekt, med Ölands Kommunalförbund som projektägare, genomfördes under 2003-2005." Its owner and
// years are that project's.
export const ANOTHER_PROJECT =
  /^(?:Ett|An?)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:projekt|project)(?![\p{L}])[^.]{0,200}?(?<![\p{L}])(?:genomfördes|pågick|drevs|bedrevs|avslutades|was carried out|ran)(?![\p{L}])/u;

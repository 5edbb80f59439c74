/**
 * The word list lessons are grouped with, as data: one concept a line, `svensk, synonym, … | english, …`.
 * The first Swedish word names the concept; the other Swedish words (any inflected form) are read as it, and
 * so are the English words and phrases after the bar (given in their base form: "recruit" also reads
 * "recruits", "recruited", "recruiting"; derived words that are not plain inflections are listed).
 *
 * How it was made: by concept, from the vocabulary project reports and their lessons use (organisation and
 * steering, anchoring, people and roles, the parties of regional development, time and money, reach,
 * results and follow-up, continuation, themes), each concept with the English words a report in English
 * uses for it. A Swedish synonym is listed only where a report uses the two for the same thing; words that
 * are near but say something else stay apart (styrgrupp and referensgrupp, rekrytering and byte,
 * uppföljning and utvärdering, medfinansiering and finansiering). Then the words Swedish and English report
 * texts use most that it lacked (counted over test/fixtures/real-texts), and the words behind the misses of
 * the judged lesson sets (test/fixtures/lesson-pairs: lessons.txt, heldout.txt, batches 1–4 of written.txt),
 * each added as a concept with its other words rather than as the one word. Every English word or phrase and
 * every Swedish word belongs to one concept (lexicon.test.ts).
 */
export const LEXICON_LINES = `
# Organisation, steering, anchoring
styrgrupp, styrkommitté | steering group, steering committee, project board
referensgrupp, referensnätverk | reference group, advisory group, advisory board, reference network
arbetsgrupp | working group, work group, task force
ledningsgrupp | management team, management group, leadership team
projektgrupp, projektteam | project group, project team, team
organisation | organisation, organization, organisational, organizational
organisera | organise, organize
styrning, styra | steering, governance, steer, govern, management structure
förankring, förankra | anchoring, anchor, buy-in, rooted, root
mandat, befogenhet | mandate, powers
beslut, besluta, beslutsfattande | decision, decide, decision-making
beslutsfattare | decision maker, decision-maker, policy maker, policymaker
ledning, ledarskap | leadership, senior management, top management
chef | manager, head, director, executive
förvaltning chef, förvaltningschef | department head, head of department, head of administration
förvaltning | department, administration department, municipal department, administrative unit
tjänsteman, tjänstemän | official, civil servant, public official, officer
ägare, ägarskap, äga | owner, ownership, own
projektägare, stödmottagare | project owner, beneficiary, lead partner
projektledare, projektledning, processledare, projektsamordnare | project manager, project management, project leader, project coordinator, process leader, process manager
delprojekt | subproject, sub-project, work package
roll | role
ansvar, ansvarig, ansvara | in charge of, responsibility, responsible, accountable, accountability
tydlig, tydlighet | clear, clearly, clarity, explicit, well-defined, defined
intern | internal, in-house
extern | external, outside
kommunikation, kommunicera | communication, communicate
information, informera | information, inform
dialog | dialogue, dialog, conversation
möte, träff, sammanträde, sammanträda, träffas | meeting, meet, gathering
mötesplats, arena | meeting place, meeting point, forum, arena, venue
ofta, tät | often, frequent, frequently, regular, regularly
sällan | rarely, seldom, infrequent, infrequently
politiker, förtroendevald | politician, senior politician, elected representative, elected official
politisk | political, politically
val, välja, valde, valt, valts | choice, choose, select, selection, election
kommun, kommunal | municipality, municipal, local authority, local government, council
kommunstyrelse | municipal executive board, executive committee
region, regional, landsting | region, regional, county council
länsstyrelse | county administrative board
län | county
stat, statlig | national government, central government
myndighet | agency, authority, public agency, government agency
offentlig | public, public sector
privat | private, private sector
ideell, civilsamhälle, förening | non-profit, voluntary, civil society, association, ngo
# Parties
företag, företagare, entreprenör, näringsliv, bolag | company, business, firm, enterprise, sme, industry, entrepreneur, business owner
små företag, småföretag, småföretagare | small business, small company, small firm, small enterprise, small and medium-sized enterprise, small and medium-sized company, small and medium-sized business, small and medium-sized firm
medelstor | medium-sized, mid-sized
arbetsgivare | employer
arbetsmarknad | labour market, labor market, job market
bransch, sektor | sector, branch
aktör, intressent, part | actor, stakeholder, party, player
partner, samarbetspartner | partner
högskola, universitet, lärosäte, akademi | university, college, academia, higher education
forskning, forskare, forska | research, researcher
skola | school
deltagare | participant, attendee
delta, deltagande, medverka, medverkan, delaktighet, deltog, deltagit | participate, participation, take part, attend, involvement, involve, be involved
närvaro | presence, turnout, attendance
målgrupp | target group, audience, target audience
invånare, medborgare, boende | resident, inhabitant, citizen
unga, ungdom | young, youth, young people, adolescent
kvinna | woman, women, female
män | men, male
nyanländ, invandrare | newcomer, newly arrived, immigrant, migrant, refugee
arbetslös | unemployed, jobseeker, job seeker
personal, medarbetare, anställd, anställa | staff, employee, personnel, workforce, employ
ledamot, ledamöter | member
representant, företrädare | representative
expert, specialist, sakkunnig | expert, specialist
konsult | consultant
# People in the project: staffing
rekrytering, rekrytera, anställning | recruitment, recruit, hire, hiring, appoint, appointment
byte, omsättning, byta, bytte, bytts, byttes, bytt | turnover, replacement, replace, change of staff, staff turnover, change of manager
människa beroende, personberoende | person-dependent, dependent on individuals, dependent on key people
beroende, bero på | depend, dependent, dependence, dependency
sårbar, sårbarhet | vulnerable, vulnerability, fragile
informell | informal, informally
formell | formal, formally
förmåga | ability, capability
omvärld | surroundings, outside world, external environment
omorganisera, organisera om | reorganise, reorganize, restructure, reorganisation
telefon, samtal | phone, telephone, phone call
sammanhållning, hålla ihop, höll ihop | cohesion, hold together, keep together
avstämning, stämma av, avstämningsmöte | check-in, catch-up, touch base
vecka | week, weekly
geografisk | geography, geographic, geographical, geographically
verksamhet | operations, operation
kontinuitet | continuity
resurs | resource
kapacitet | capacity
kompetens, spetskompetens | competence, competency, skill, skills, expertise, know-how
kunskap, kännedom | knowledge, awareness
erfarenhet | experience
lärande, lära | learning, learn, lesson, lessons learned
# Working together
samverkan, samarbete, samverka, samarbeta, partnerskap | cooperation, co-operation, collaboration, cooperate, collaborate, partnership, work together, joint work
samordning, samordna, koordinering, koordinera | coordination, coordinate, co-ordination
nätverk | network, networking
nätverk möte, nätverksträff, nätverksmöte | network meeting, networking meeting, networking event
samsyn, samstämmighet | shared view, common view, consensus, common understanding, shared understanding, alignment
gemensam | shared, common, joint, mutual
förtroende, tillit | trust, confidence
relation | relationship, relation
kontakt | contact
engagemang, engagera, engagerad | engagement, engage, commitment, committed, enthusiasm
intresse, intresserad | interest, interested
motivation, motivera | motivation, motivate, motivated
vilja | willingness, willing
lyssna, lyhörd | listen, listening, responsive
förväntning, förväntan, förväntad, väntad | expectation, expected, anticipated
konflikt | conflict, tension, disagreement
# Reach, communication of results
spridning, sprida | dissemination, disseminate, spread, spreading
synlighet, synlig, synliggöra | visibility, visible
marknadsföring, marknadsföra | marketing, market, promotion, promote
kanal | channel
hemsida, webbplats | website, web page, homepage
sociala medier | social media
press, media | press, media, news
nyhetsbrev | newsletter
seminarium | seminar, webinar
konferens | conference
workshop | workshop
föreläsning | lecture, talk
studieresa, studiebesök | study trip, study visit, study tour
besök, besöka, besökare | visit, visitor
företag besök, företagsbesök | company visit, business visit
nå, nådde, nått, når, nås | reach
tvinga | force, compel, oblige
använda, användning, nyttja, utnyttja | use, usage, utilise, utilize
direkt, omedelbart | directly, direct, immediately, straight away
locka | attract, draw
# Goals, results, follow-up
mål, målsättning, delmål, målbild | goal, objective, target, aim, vision
syfte | purpose, intention
resultat | result, outcome, output, achievement
effekt | effect, impact
måluppfyllelse | goal achievement, target achievement, fulfilment of objectives
framgång, framgångsrik, lyckas, lyckad | success, successful, succeed
framgång faktor, framgångsfaktor | success factor, key to success
misslyckande, misslyckas | failure, fail
utmaning, svårighet, problem, hinder | challenge, difficulty, problem, obstacle, barrier, hurdle
risk | risk
uppföljning, följa upp, följde upp, följt upp, följts upp, följs upp | follow-up, follow up, monitor, monitoring, track, tracking
utvärdering, utvärdera, utvärderare | evaluation, evaluate, evaluator, assessment, assess, appraisal
följeforskning, följeforskare | ongoing evaluation, accompanying research, process evaluation, learning evaluation, real-time evaluation
indikator, nyckeltal | indicator, key figure, kpi, metric
mäta, mätning, mätbar | measure, measurement, measurable
statistik, data, underlag | statistics, data, figures, evidence
jämförbar, jämföra, jämförelse | comparable, compare, comparison, benchmark
analys, analysera | analysis, analyse, analyze
kartläggning, kartlägga, inventera, inventering | mapping, survey of needs, map, inventory, baseline study
enkät | survey, questionnaire, poll
intervju | interview
behov, behovsanalys | needs
efterfrågan, efterfråga | demand
kvalitet | quality
rapportering, rapportera, redovisning, redovisa | reporting, report, account
lägesrapport, lägesrapportering | progress report, progress reporting, interim report, status report
slutrapport | final report
dokumentation, dokumentera | documentation, document
# Time
tid | time, timetable, schedule, timely, in time, period
projekttid, projektperiod | project period, project time, project duration, duration, project lifetime
tidplan | timeline, time plan, time schedule
inledningsvis, början, start, uppstart, tidig, tidigt, tidiga, tidigare, initialt, startskede, inledningsskede | early, earlier, beginning, outset, start, initial, initially, start-up, early stage, from the start, from day one
sen, sent | late
försening, försena, fördröja, skjuta upp, sköt upp, senarelägga, förskjuta, försköts | delay, postpone, put off
dröja, utdragen | drawn out, take longer, longer than expected, longer than planned
tidskrävande | time-consuming, time consuming
lång sikt, långsiktig, långsiktighet | long term, long-term, long-lasting, lasting, durable
kort sikt, kortsiktig | short term, short-term
hållbarhet, hållbar | sustainability, sustainable
varaktig, bestående | permanent, enduring
kort | short, brief
lång | long, lengthy
projektslut, projektavslut | project end, end of the project, project ends, project closure, after the project
leva vidare, fortsätta, fortsatt, fortsättning, fortleva | continue, continuation, live on, survive, carry on, sustain
överlämning, överlämna, överföring, föra över, förts över, fördes över | handover, hand over, transfer, handoff
ordinarie verksamhet, ordinarie drift, vanlig verksamhet, linjeverksamhet | regular operations, ordinary operations, day-to-day operations, mainstream, regular activities, core business, business as usual, line organisation
implementering, implementera, införa, införande, integrera | implementation, implement, introduce, introduction, integrate, embed, embedding, build into
uthållighet, tålamod | persistence, patience, perseverance, stamina
prioritering, prioritera | priority, prioritise, prioritize, prioritisation, prioritization
omstart | restart, relaunch
pandemi, corona, covid | pandemic, coronavirus, corona, covid
restriktion | restriction, lockdown
# Money
budget | budget
finansiering, finansiera, finansiär | funding, finance, fund, financing, funder, financier
medfinansiering, medfinansiär, medfinansiera | co-financing, co-finance, co-funding, co-fund, co-financier, match funding
extern finansiering | external funding, external financing
pengar, medel | money, funds
kostnad, kosta | cost, expense
ekonomi, ekonomisk | economy, economic, financial, finances
lönsamhet, lönsam | profitability, profitable
upphandling, upphandla | procurement, procure, tendering, public procurement
stöd, bidrag | support, grant, subsidy
ansökan, ansöka | application, apply
ändringsansökan | change request, amendment request, request for change
revidera, revidering, justera, justering | revise, revision, adjust, adjustment, amend
administration, administrativ, byråkrati | administration, administrative, bureaucracy, paperwork, red tape
# Ways of working
arbetssätt, metod, arbetsmetod | way of working, working method, method, methodology, approach, working practice
modell | model
verktyg | tool, toolkit, toolbox
process | process
struktur | structure
rutin | routine, procedure
planering, planera, plan | planning, plan, planned
projektplan | project plan
förstudie | feasibility study, pilot study, preliminary study, pre-study
pilot | pilot, pilot project, trial
flexibilitet, flexibel, anpassningsbar | flexibility, flexible, adaptable, agile
anpassa, anpassning | adapt, adaptation, adjust to, tailor, tailored, customise, customize
förutsättning | condition, prerequisite, precondition, circumstances
förändring, förändra, ändra, ändring | change, alter, modify, modification, transformation
omställning, ställa om, ställde om, ställt om, ställs om | transition, shift, switch, conversion, move to, switch to
genomförande, genomföra | implementation of the project, carry out, execution, delivery, deliver
aktivitet, insats, åtgärd | activity, action, intervention, effort
initiativ | initiative
idé | idea
konkret, påtaglig | concrete, tangible, practical
nytta, värde, mervärde | benefit, value, added value, usefulness, useful
erbjudande, erbjuda | offer
tröskel | threshold, barrier to entry
lätt, enkel, underlätta | easy, easier, simple, simpler, facilitate, make easier
svår, svårt | difficult, hard
avgörande, avgöra, viktig, nödvändig, central, kritisk, betydelse | determine, essential, decisive, crucial, critical, vital, important, necessary, key, central
saknad, sakna, brist, bristande | lack, missing, shortage, lacking, absence, deficiency
tillräcklig | sufficient, enough, adequate
begränsad | limited, scarce
öka, ökad, ökat, ökade, ökar, ökning, förbättra, förbättring, stärka | increase, improve, improvement, strengthen, enhance, boost
minska, sänka, minskning | decrease, reduce, reduction, lower, cut
avsiktsförklaring | letter of intent, memorandum of understanding, declaration of intent
avtal, överenskommelse | agreement, contract, deal
# Digital
digital, digitalt, distans, online | digital, online, remote, virtual, distance
digitalisering | digitalisation, digitalization, digital transformation
teknik, teknisk | technology, technical, tech
informationsteknik, it | ict, information technology
plattform | platform
bredband | broadband
# Themes
jämställdhet, jämställd | gender equality, equality between women and men, gender equal, gender
jämställdhet perspektiv, jämställdhetsperspektiv | gender perspective, gender equality perspective, gender mainstreaming
mångfald | diversity
integration | integration, inclusion
tillgänglighet, tillgänglig | accessibility, accessible, availability
landsbygd, glesbygd | rural area, countryside, rural, sparsely populated area
stad, tätort | city, urban, town
turism, besöksnäring, besöksmål, attraktion, destination | tourism, tourist, visitor industry, hospitality, destination, visitor attraction, tourist attraction
innovation, innovativ | innovation, innovative
export, exportera | export, exporting
internationell, internationalisering | international, internationalisation, internationalization, global, abroad
handel | trade, retail
tillväxt, växa | growth, grow
utveckling, utveckla | development, develop
miljö | environment, environmental
klimat | climate
energi | energy
cirkulär | circular
infrastruktur | infrastructure
transport, kollektivtrafik | transport, transportation, public transport
bostad, bostäder | housing, dwelling
utbildning, kurs, utbilda | education, training, course, train
validering | validation, recognition of prior learning
matchning | matching, match
praktik | internship, work placement, traineeship
placering, tillhörighet | position, placement
fungera | function, functioning, work well
arbete | work
jobb, arbetstillfälle, sysselsättning | job, employment, work opportunity
kompetensförsörjning | skills supply, skills provision, talent supply
attraktivitet, attraktiv | attractiveness, attractive
inflyttning | in-migration, people moving in, attracting residents
varumärke | brand, branding
kultur | culture, cultural
mat, livsmedel | food
skog | forest, forestry
jordbruk, lantbruk | agriculture, farming, farm
hälsa | health
omsorg, vård | care, healthcare
# Common report words
lokal | local, locally
nationell | national, nationwide
europeisk, eu | european, eu
land | country, countries
område | area, field, domain
gränsöverskridande | cross-border, transnational, across borders
liten, små | small, smaller
bättre | better
återkoppling, feedback | feedback, response to participants
kräva, krav | require, requirement, demand of
bygga, bygga upp, uppbyggnad | build, build up, construct
åstadkomma, uppnå | achieve, accomplish, attain
genomgripande, grundläggande | fundamental, thorough, profound, far-reaching
särskild, dedikerad | dedicated, specific, special, particular
försumma, falla mellan stolarna | neglect, overlook, fall between the cracks, fall through the cracks, fall between two stools
system, stödsystem | system, support system
social | social
skapa | create, creation, generate
strategi, strategisk | strategy, strategic, strategically
fokus, fokusera | focus
möjlighet, möjlig, möjliggöra | opportunity, possibility, possible, enable, make possible
tjänst, service | service
bidra, bidrag till | contribute, contribution
tillgång | access, accessible to
framtid, framtida | future, in the future
utbyte, erfarenhetsutbyte | exchange, exchange of experience, sharing of experience
dela, delning | share, sharing
nivå | level
investering, investera | investment, invest
samhälle | society, community
perspektiv | perspective, point of view
slutsats | conclusion, conclude
skede, fas, etapp | stage, phase
lösning | solution, solve
effektiv, effektivitet | effective, efficient, efficiency, effectiveness
exempel, goda exempel | example, good practice, best practice
entreprenörskap | entrepreneurship
försörjning | supply, provision
grön | green
etablera, etablering | establish, establishment, set up
testa, test, pröva | test, try out, trial run
bra, god | good
antal | number, amount
människa, person, individ, enskild | people, person, individual
tillsammans | together, jointly
# More report vocabulary (the words Swedish reports use most that the lines above lack)
hjälp, hjälpa | help, assistance, assist
positiv | positive, positively
negativ | negative, negatively
förslag, föreslå | proposal, suggestion, propose, suggest
rekommendation, rekommendera | recommendation, recommend
grund, grundval | basis, foundation, groundwork
uppdrag | assignment, mission, task, commission
påverka, påverkan, inflytande | affect, impact on, influence, have a say
produkt | product
koppling, koppla | link, connection, connect
material | material, materials
befintlig | existing, present
undersöka, undersökning | investigate, investigation, study, examine
diskussion, diskutera, samtal om | discussion, discuss, debate
inriktning | direction, orientation
ta tillvara, tillvarata | make use of, capitalise on, harness
bred, bredd | broad, wide, breadth
främja | encourage, foster
villkor | terms, requirements for funding
grupp | group
steg | step
liknande, likartad | similar
övergripande | overall, comprehensive, holistic
öppen, öppenhet | open, openness, transparency, transparent
lyfta, lyfta fram | raise, highlight, bring up
kompetensutveckling, kompetenshöjning | skills development, competence development, upskilling, professional development
handlingsplan, aktivitetsplan | action plan, plan of action
förståelse, förstå | understanding, understand, comprehension
befolkning | population
identifiera | identify, identification
hantera, hantering | handle, manage, deal with, cope with
plats, ort | place, location, locality, site
orsak, anledning | cause, reason
skillnad | difference, distinction
konsekvens | consequence
kund | customer, client
mobilisering, mobilisera | mobilisation, mobilization, mobilise, mobilize
attityd, inställning | attitude, mindset
inspiration, inspirera | inspiration, inspire
sammanhang | context, setting
förbereda, förberedelse | prepare, preparation
utforma, utformning, design | design, shape, devise
arbetsförmedling | public employment service, employment service, employment office
barn | child, children
handläggare | case officer, case handler, administrator at the agency
arbetsliv | working life, work life, world of work
språk, svenska | language, swedish
sommarjobb, feriearbete | summer job
heltid | full-time, full time
deltid | part-time, part time
anbud | tender, bid
regel, regelverk, regler | rule, regulation, rules, regulatory framework
bestämma | decide for themselves, determine themselves
krånglig, komplicerad, komplex | complicated, complex, cumbersome
kvalificerad | qualified, skilled
arbetskraft | labour, labor, workforce supply
paket | package
utbyggnad, bygga ut | roll-out, rollout, expansion, build-out
# Themes and their people, places and things
lärare, pedagog | teacher, educator
elev, student, studerande | pupil, student, learner
förskola | preschool, kindergarten
gymnasium, gymnasieskola | upper secondary school, high school, secondary school
vuxenutbildning | adult education
folkhögskola | folk high school
kulturarv | cultural heritage, heritage
museum | museum
konst, konstnär | art, artist
musik | music
idrott, förening idrott | sport, sports
bibliotek | library
evenemang, event | event
upplevelse | experience of visitors, visitor experience, attraction
producent, producera, produktion | producer, produce, production
leverantör, leverera | supplier, supply chain
kök, storkök | kitchen, catering
restaurang | restaurant
matproduktion | food production
lantbrukare, bonde | farmer
fiske | fishing, fishery
tillstånd | permit, licence, license, permission
vatten | water
avfall, återvinning | waste, recycling
buss, väg, järnväg, tåg | bus, road, railway, rail
resa, pendla, pendling | travel, trip, commute, commuting
ideell kraft, volontär, frivillig | volunteer, voluntary work
eldsjäl | enthusiast, driving force, champion
orka, uttröttad, utbränd | burn out, burned out, exhausted, exhaustion, fatigue
förlita, lita på | rely on, rely
kämpa | struggle
affärsmodell | business model
affärsutveckling | business development
rådgivning, rådgivare, råd | advice, adviser, advisor, counselling, coaching, coach
mentor | mentor, mentoring
nyföretagande, starta företag | startup, new business, business start
generationsskifte, ägarskifte | succession, business transfer, change of ownership
inkubator | incubator
kluster | cluster
forskningsresultat | research results
sjukvård | health care
äldre, äldreomsorg | elderly, older people, elderly care
funktionsnedsättning | disability, disabilities
folkhälsa | public health
trygghet, trygg | safety, security, safe, secure
servicepunkt | service point, local service
butik | shop, store
fastighet, lokaler | premises, building, property
kostnadseffektiv | cost-effective, cost-efficient
avgift | fee, charge
lön | salary, wage, pay
arbetstid | working hours, working time
övertid | overtime
ensam | alone, on its own
helhetssyn | holistic view
kreativitet, kreativ, fantasi | creativity, creative, imagination
kvalitetssäkring | quality assurance
riskanalys | risk analysis
slut, avslut, avsluta, avslutas | end, ending, close, completion, finish
år | year, annual, annually
månad | month, monthly
halvår | six months, half a year, half year
fördelning, fördela | division, distribution, allocation, allocate, distribute
överklagande, överklaga | appeal
sjukskrivning, sjukskriven, sjukfrånvaro, sjukdom | sick leave, illness, sickness, sick
avstanna, stanna, stannade upp, låg nere | halt, standstill, stall, come to a halt
samlokalisering | co-location, co-located, same premises
`;

import { describe, expect, it } from 'vitest';
import { findGeography } from './geography.js';
import { recordOf } from '../../test/extract-text.js';

const geo = (body: string[], extra: { projectName?: string; owner?: string } = {}) =>
  findGeography({
    lines: body.map((text) => ({ text, page: 2 })),
    labels: [],
    projectName: extra.projectName ?? 'Matinnovation Nordost',
    coverTitle: '',
    owner: extra.owner ?? 'Högskolan Kristianstad',
    masks: [extra.owner ?? 'Högskolan Kristianstad'],
  });

describe('findGeography', () => {
  it('takes a list of places as the project area even when each is named once', () => {
    const g = geo(['Projektet omfattar Kristianstad, Hässleholm och Östra Göinge.']);
    expect(g.municipalities?.value).toEqual(['Kristianstad', 'Hässleholm', 'Östra Göinge']);
    expect(g.county?.value).toBe('Skåne län');
  });
  it('takes the two ends of an area as a list', () => {
    const g = geo(['Projektet sträcker sig över två Leaderområden, från Kungälv i söder till Strömstad i norr.']);
    expect(g.municipalities?.value).toEqual(['Kungälv', 'Strömstad']);
  });
  it('takes one mention where the project itself is placed', () => {
    expect(geo(['Den 1 maj 2019 startar ESF-projektet Support Framåt i Falun.']).municipalities?.value).toEqual(['Falun']);
    expect(geo(['A project initiative taken by the Labour market unit in the municipality of Hässleholm.']).municipalities?.value).toEqual([
      'Hässleholm',
    ]);
    // Not a place the project visited.
    expect(geo(['Projektet Support Framåt gjorde ett studiebesök i Falun.']).municipalities).toBeNull();
  });
  it("does not take a university's seat as the project's area", () => {
    const g = geo([
      'Följeforskningen har bedrivits vid Uppsala universitet.',
      'Rapporten är skriven av forskare vid Uppsala universitet.',
      'Projektet har pågått i Visby och i Slite på Gotland, och Gotland är glest befolkat.',
    ]);
    expect(g.municipalities?.value).toEqual(['Gotland']);
  });
  it("does not take a university's seat from a list or a genitive", () => {
    const g = geo([
      'Vissa delar av Lunds universitets webbplats fungerar inte.',
      'Lunds universitets forskare har intervjuat deltagarna.',
      'Projektets totala budget är 2,5 miljoner kronor, varav Kramfors kommun och Umeå universitet står för en halv miljon.',
      'Projektet pågår i Kramfors kommun.',
    ]);
    expect(g.municipalities?.value).toEqual(['Kramfors']);
  });
  it('does not take the seats of universities named together', () => {
    const g = geo([
      'Folkuniversitetet är ett studieförbund bildat av stiftelserna Kursverksamheten vid Stockholm, Uppsala, Göteborg, Lund respektive Umeå universitet.',
      'Projektet pågår i Kramfors kommun.',
    ]);
    expect(g.municipalities?.value).toEqual(['Kramfors']);
  });
  it("does not take a university's seat from the cover or the name", () => {
    const g = findGeography({
      lines: [{ text: 'Föreningsaktiviteter för äldre gav guldkant på tillvaron.', page: 1 }],
      labels: [],
      projectName: null,
      coverTitle: 'Vissa delar av Lunds universitets webbplats fungerar inte optimalt utan javascript',
      owner: null,
      masks: [],
    });
    expect(g.municipalities).toBeNull();
    expect(geo([], { projectName: 'Matinnovation i Lund' }).municipalities?.value).toEqual(['Lund']);
  });
  it('does not take counties named by their seats as municipalities', () => {
    const g = geo(['The aim was to develop the timber industries in the three counties of Småland (Jönköping, Kalmar and Kronoberg).']);
    expect(g.municipalities).toBeNull();
    expect(geo(['Projektet arbetar i Jönköping, Kalmar och Växjö.']).municipalities?.value).toEqual(['Jönköping', 'Kalmar', 'Växjö']);
  });
  it('reads municipalities joined by hyphens as a list, but not a route', () => {
    expect(geo(['Samordningen har skett mellan Gävle-Söderhamn-Hudiksvall och Nordanstigs kommun.']).municipalities?.value).toEqual([
      'Gävle',
      'Söderhamn',
      'Hudiksvall',
      'Nordanstig',
    ]);
    expect(geo(['Gruppen arbetar för ett ökat resande längs järnvägssträckan Ludvika-Smedjebacken-Västerås.']).municipalities).toBeNull();
  });
  it("does not take another project's place after 'utbyte med'", () => {
    expect(
      geo(['Processledaren hade särskilt utbyte med projektet i Storuman och med projektet i Storuman igen.']).municipalities,
    ).toBeNull();
  });
  it('does not take a list after a study visit or a comparison', () => {
    expect(geo(['En studieresa till Göteborg och Malmö genomfördes hösten 2018.']).municipalities).toBeNull();
    expect(geo(['Erfarenheter från Umeå och Luleå har tagits tillvara.']).municipalities).toBeNull();
  });
  it('does not take where the report was written or sent from', () => {
    expect(
      geo(['Carried out by: Fjällmark Analys AB, Östersund', 'Östersund, 15 October 2022', 'Prästgatan 31 · 831 31 Östersund'])
        .municipalities,
    ).toBeNull();
    expect(geo(['Västerås, oktober 2019', 'Västerås i oktober 2019']).municipalities).toBeNull();
  });
  it('takes one mention of a municipality early in the report, in a place context', () => {
    expect(geo(['Föreningen bygger fiber till byarna Sätila och Hyssna i Marks kommun.']).municipalities?.value).toEqual(['Mark']);
    expect(geo(['Projektet har genomfört 18 gårdsbesök i Laholms kommun och Hylte kommun.']).municipalities?.value).toEqual([
      'Laholm',
      'Hylte',
    ]);
  });
  it("takes the place the project's aim names, once", () => {
    expect(geo(['Målet är att skapa långsiktiga förutsättningar för entreprenörskap i', 'Karlstad.']).municipalities?.value).toEqual([
      'Karlstad',
    ]);
    expect(geo(['Syftet med studieresan var att se hur man arbetar i Umeå.']).municipalities).toBeNull();
  });
  it('reads tourism and visitors as no study visit', () => {
    expect(geo(['Målet är att skapa förutsättningar för besöksnäring i', 'Falkenberg och Varberg.']).municipalities?.value).toEqual([
      'Falkenberg',
      'Varberg',
    ]);
    expect(geo(['The project aimed to attract more visitors to Kiruna and Gällivare.']).municipalities?.value).toEqual([
      'Kiruna',
      'Gällivare',
    ]);
  });
  it('does not take places outside the area, of other projects, or a school named after its town', () => {
    expect(geo(['Two companies came from municipalities outside Värmland (Örebro and Borlänge).']).municipalities).toBeNull();
    expect(
      geo([
        'Vi har jämfört med det avslutade projektet Steget vidare i Hofors.',
        'Thorsell (2018). Steget vidare i Hofors – slututvärdering.',
      ]).municipalities,
    ).toBeNull();
    expect(geo(['Utvärderingen har genomförts av Högskolan i Gävle.', 'Högskolan i Gävle fick uppdraget 2019.']).municipalities).toBeNull();
    expect(geo(['Högskolan på Gotland har initierat projektet i samarbete med två partner.']).municipalities).toBeNull();
    expect(recordOf('Högskolan på Gotland\n\nHögskolan på Gotland har initierat ett forskningsprojekt om kyrkor.').municipalities).toEqual(
      [],
    );
  });
  it('does not take where results were presented; a region that owns the project gives its county', () => {
    expect(
      geo(['Resultaten har presenterats på energidagen i Stockholm.', 'Presentation, Energidagen, Stockholm.']).municipalities,
    ).toBeNull();
    expect(geo(['The project helped rural businesses.'], { owner: 'Region Gävleborg' }).county?.value).toBe('Gävleborgs län');
  });
  it('takes the municipalities that fund the project, not the Leader area or a workshop elsewhere', () => {
    const g = findGeography({
      lines: [{ text: 'Projektet finansieras genom Leader Kalmar-Öland och Hultsfreds kommun.', page: 2 }],
      labels: [],
      projectName: 'Bygdens hus',
      coverTitle: '',
      owner: 'Byalaget',
      masks: [],
      funders: ['Hultsfreds kommun'],
    });
    expect(g.municipalities?.value).toEqual(['Hultsfred']);
    expect(
      geo(['Leaderområdet omfattar Gävle, Hofors, Ockelbo och Sandviken, men vårt projekt är bara i Lingbo.']).municipalities,
    ).toBeNull();
    expect(
      geo([
        'A national workshop in Stockholm in 2021 presented the model.',
        'Tillväxtverket (2021), Regional tourism statistics, Stockholm.',
      ]).municipalities,
    ).toBeNull();
  });
  it('does not take the places of a fair or a conference', () => {
    expect(geo(['Vi har deltagit på arbetsmarknadsdagar i Umeå, Uppsala och Stockholm.']).municipalities).toBeNull();
  });
  it('places a project on Gotland in the municipality Gotland', () => {
    const g = geo(['Ullen från öns får säljs via Region Gotland och ett lokalt nätverk.', 'Region Gotland har stöttat förstudien.'], {
      owner: 'Gotlands Ullkooperativ ekonomisk förening',
    });
    expect(g.municipalities?.value).toEqual(['Gotland']);
    expect(g.county?.value).toBe('Gotlands län');
  });
  it('takes a municipality named twice, not one named once in passing', () => {
    const g = geo(['Företagen i Ystad deltog.', 'I Ystad hölls tre seminarier.', 'Ett tidigare projekt i Umeå visade vägen.']);
    expect(g.municipalities?.value).toEqual(['Ystad']);
  });
});

// The words of the demo city: missions, goals, project titles and descriptions, written from
// templates in Dutch, French and English so that the multilingual fields have real content.
import type { Commune, LocalisedText } from '../server/domain/taxonomy.ts';
import type { Audience, ProjectKind, Resource } from './city-profile.ts';
import type { Random } from '../server/analytics/random.ts';

export type TextLanguage = 'nl' | 'fr' | 'en';

interface Phrase {
  nl: string;
  fr: string;
  en: string;
}

/** French needs the article, and its contracted form after "de" (du théâtre, de la danse). */
const DISCIPLINE_PHRASES: Readonly<Record<string, Phrase & { frOf: string }>> = {
  theatre: { nl: 'theater', fr: 'le théâtre', frOf: 'du théâtre', en: 'theatre' },
  dance: { nl: 'dans', fr: 'la danse', frOf: 'de la danse', en: 'dance' },
  music: { nl: 'muziek', fr: 'la musique', frOf: 'de la musique', en: 'music' },
  'visual-arts': { nl: 'beeldende kunst', fr: 'les arts visuels', frOf: 'des arts visuels', en: 'the visual arts' },
  literature: { nl: 'literatuur', fr: 'la littérature', frOf: 'de la littérature', en: 'literature' },
  film: { nl: 'film', fr: 'le cinéma', frOf: 'du cinéma', en: 'film' },
  heritage: { nl: 'erfgoed', fr: 'le patrimoine', frOf: 'du patrimoine', en: 'heritage' },
  design: { nl: 'design', fr: 'le design', frOf: 'du design', en: 'design' },
  circus: { nl: 'circus', fr: 'le cirque', frOf: 'du cirque', en: 'circus' },
  'digital-arts': { nl: 'digitale kunst', fr: 'les arts numériques', frOf: 'des arts numériques', en: 'digital art' },
  education: {
    nl: 'kunsteducatie en participatie',
    fr: 'l’éducation artistique',
    frOf: 'de l’éducation artistique',
    en: 'arts education and participation',
  },
  multidisciplinary: { nl: 'kruisbestuivingen tussen disciplines', fr: 'les croisements de disciplines', frOf: 'des croisements de disciplines', en: 'crossovers between disciplines' },
};

const AUDIENCE_PHRASES: Readonly<Record<Audience, Phrase>> = {
  'general-public': { nl: 'een breed publiek', fr: 'le grand public', en: 'the general public' },
  youth: { nl: 'jongeren', fr: 'les jeunes', en: 'young people' },
  children: { nl: 'kinderen', fr: 'les enfants', en: 'children' },
  families: { nl: 'gezinnen', fr: 'les familles', en: 'families' },
  schools: { nl: 'scholen', fr: 'les écoles', en: 'schools' },
  students: { nl: 'studenten', fr: 'les étudiants', en: 'students' },
  seniors: { nl: 'senioren', fr: 'les seniors', en: 'older people' },
  newcomers: { nl: 'nieuwkomers', fr: 'les primo-arrivants', en: 'newcomers' },
  professionals: { nl: 'professionals uit de sector', fr: 'les professionnels du secteur', en: 'arts professionals' },
  artists: { nl: 'kunstenaars', fr: 'les artistes', en: 'artists' },
  neighbourhood: { nl: 'buurtbewoners', fr: 'les habitants du quartier', en: 'local residents' },
  'people-with-disabilities': { nl: 'mensen met een beperking', fr: 'les personnes en situation de handicap', en: 'disabled people' },
};

const LANGUAGE_NAMES: Readonly<Record<string, Phrase>> = {
  nl: { nl: 'Nederlands', fr: 'néerlandais', en: 'Dutch' },
  fr: { nl: 'Frans', fr: 'français', en: 'French' },
  en: { nl: 'Engels', fr: 'anglais', en: 'English' },
  de: { nl: 'Duits', fr: 'allemand', en: 'German' },
  ar: { nl: 'Arabisch', fr: 'arabe', en: 'Arabic' },
  tr: { nl: 'Turks', fr: 'turc', en: 'Turkish' },
  es: { nl: 'Spaans', fr: 'espagnol', en: 'Spanish' },
  pt: { nl: 'Portugees', fr: 'portugais', en: 'Portuguese' },
  it: { nl: 'Italiaans', fr: 'italien', en: 'Italian' },
  pl: { nl: 'Pools', fr: 'polonais', en: 'Polish' },
  ro: { nl: 'Roemeens', fr: 'roumain', en: 'Romanian' },
};

const RESOURCE_PHRASES: Readonly<Record<Resource, Phrase>> = {
  space: { nl: 'ruimte', fr: 'des espaces', en: 'space' },
  equipment: { nl: 'technisch materiaal', fr: 'du matériel technique', en: 'technical equipment' },
  staff: { nl: 'personeel', fr: 'du personnel', en: 'staff' },
  volunteers: { nl: 'vrijwilligers', fr: 'des bénévoles', en: 'volunteers' },
  funding: { nl: 'financiering', fr: 'des financements', en: 'funding' },
  expertise: { nl: 'expertise', fr: 'notre expertise', en: 'expertise' },
  audiences: { nl: 'publiek', fr: 'des publics', en: 'audiences' },
  communication: { nl: 'communicatiekanalen', fr: 'des relais de communication', en: 'communication channels' },
};

const STARTS_WITH_VOWEL = /^[AEIOUYÉÈaeiouyéè]/;

/** "à Ixelles" / "in Elsene" / "in Ixelles" */
function inCommune(commune: Commune, language: TextLanguage): string {
  if (language === 'nl') return `in ${commune.name.nl}`;
  if (language === 'en') return `in ${commune.id === 'bruxelles' ? 'Brussels' : commune.name.fr}`;
  return `à ${commune.name.fr}`;
}

/** "de Bruxelles" / "d’Ixelles", "de Théâtre …" / "d’Orchestre …" */
function frenchOf(name: string): string {
  return STARTS_WITH_VOWEL.test(name) ? `d’${name}` : `de ${name}`;
}

const SMALL_NUMBERS: Readonly<Record<TextLanguage, readonly string[]>> = {
  nl: ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'],
};

/** Small counts are written out in running text. */
function spelled(count: number, language: TextLanguage): string {
  return SMALL_NUMBERS[language][count] ?? String(count);
}

export function joinList(items: readonly string[], language: TextLanguage): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = language === 'nl' ? 'en' : language === 'fr' ? 'et' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]!}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What the mission and goals of one organisation are written from. */
export interface OrganisationStory {
  name: string;
  founded: number;
  disciplines: readonly string[];
  audiences: readonly Audience[];
  commune: Commune;
  languages: readonly string[];
  offers: readonly Resource[];
  needs: readonly Resource[];
  /** The year the organisation's goals aim at. */
  horizon: number;
}

/** One organisation's story resolved into the words of one language. */
interface StoryWords {
  name: string;
  founded: number;
  discipline: string;
  disciplineOf: string;
  otherDiscipline: string | null;
  audience: string;
  otherAudience: string;
  inCommune: string;
  ofCommune: string;
  languages: string;
  need: string | null;
  offer: string | null;
  horizon: number;
}

function storyWords(story: OrganisationStory, language: TextLanguage): StoryWords {
  const main = DISCIPLINE_PHRASES[story.disciplines[0]!]!;
  const second = story.disciplines[1] ? DISCIPLINE_PHRASES[story.disciplines[1]]! : null;
  const audience = AUDIENCE_PHRASES[story.audiences[0] ?? 'general-public'];
  const otherAudience = AUDIENCE_PHRASES[story.audiences[1] ?? 'general-public'];
  return {
    name: story.name,
    founded: story.founded,
    discipline: main[language],
    disciplineOf: language === 'fr' ? main.frOf : main[language],
    otherDiscipline: second ? second[language] : null,
    audience: audience[language],
    otherAudience: otherAudience[language],
    inCommune: inCommune(story.commune, language),
    ofCommune: language === 'fr' ? frenchOf(story.commune.name.fr) : language === 'nl' ? `van ${story.commune.name.nl}` : `of ${story.commune.name.fr}`,
    languages: joinList(story.languages.map((l) => LANGUAGE_NAMES[l]?.[language] ?? l), language),
    need: story.needs[0] ? RESOURCE_PHRASES[story.needs[0]][language] : null,
    offer: story.offers[0] ? RESOURCE_PHRASES[story.offers[0]][language] : null,
    horizon: story.horizon,
  };
}

/** A sentence said the same way in each language; `null` when the story lacks what it needs. */
type Sentence = Readonly<Record<TextLanguage, (w: StoryWords) => string | null>>;

const MISSION_OPENINGS: readonly Sentence[] = [
  {
    nl: (w) => `Sinds ${w.founded} brengt ${w.name} ${w.discipline} tot leven ${w.inCommune}, voor ${w.audience}.`,
    fr: (w) => `Depuis ${w.founded}, ${w.name} fait vivre ${w.discipline} ${w.inCommune}, pour ${w.audience}.`,
    en: (w) => `Since ${w.founded}, ${w.name} has brought ${w.discipline} to life ${w.inCommune}, for ${w.audience}.`,
  },
  {
    nl: (w) => `${w.name} brengt ${w.audience} samen rond ${w.discipline} en hedendaagse creatie.`,
    fr: (w) => `${w.name} rassemble ${w.audience} autour ${w.disciplineOf} et de la création contemporaine.`,
    en: (w) => `${w.name} brings ${w.audience} together around ${w.discipline} and contemporary creation.`,
  },
  {
    nl: (w) => `${w.name} wil ${w.discipline} toegankelijk maken voor iedereen ${w.inCommune}, in het bijzonder voor ${w.audience}.`,
    fr: (w) => `${w.name} s’est donné pour mission de rendre ${w.discipline} accessible à tous ${w.inCommune}, en particulier pour ${w.audience}.`,
    en: (w) => `${w.name} sets out to make ${w.discipline} accessible to everyone ${w.inCommune}, especially ${w.audience}.`,
  },
  {
    nl: (w) => `${w.name} ondersteunt jonge makers en ontvangt het hele jaar door ${w.audience} om ${w.discipline} te ontdekken.`,
    fr: (w) => `${w.name} soutient les jeunes créateurs et accueille ${w.audience} toute l’année pour découvrir ${w.discipline}.`,
    en: (w) => `${w.name} supports emerging artists and welcomes ${w.audience} all year round to discover ${w.discipline}.`,
  },
  {
    nl: (w) => (w.otherDiscipline ? `${w.name} combineert ${w.discipline} en ${w.otherDiscipline} in projecten met ${w.audience}.` : null),
    fr: (w) => (w.otherDiscipline ? `${w.name} mêle ${w.discipline} et ${w.otherDiscipline} dans des projets menés avec ${w.audience}.` : null),
    en: (w) => (w.otherDiscipline ? `${w.name} combines ${w.discipline} and ${w.otherDiscipline} in projects made with ${w.audience}.` : null),
  },
  {
    nl: (w) => `In het hart ${w.ofCommune} biedt ${w.name} een veeleisend en toegankelijk programma rond ${w.discipline}.`,
    fr: (w) => `Au cœur ${w.ofCommune}, ${w.name} propose une programmation exigeante et accessible autour ${w.disciplineOf}.`,
    en: (w) => `In the heart ${w.ofCommune}, ${w.name} offers a demanding yet accessible programme around ${w.discipline}.`,
  },
];

const MISSION_CLOSINGS: readonly Sentence[] = [
  {
    nl: (w) => `Onze werktalen: ${w.languages}.`,
    fr: (w) => `Nos langues de travail : ${w.languages}.`,
    en: (w) => `Working languages: ${w.languages}.`,
  },
  {
    nl: (w) => `We werken graag samen met ${w.otherAudience} en met andere leden van de raad.`,
    fr: (w) => `Nous travaillons volontiers avec ${w.otherAudience} et avec d’autres membres du conseil.`,
    en: (w) => `We like to work with ${w.otherAudience} and with other council members.`,
  },
  {
    nl: () => 'Kwaliteit, gastvrijheid en nieuwsgierigheid staan bij ons centraal.',
    fr: () => 'Exigence, hospitalité et curiosité guident notre travail.',
    en: () => 'Quality, hospitality and curiosity guide our work.',
  },
];

const GOALS: readonly Sentence[] = [
  {
    nl: (w) => `Tegen ${w.horizon} ons publiek verbreden naar ${w.otherAudience}.`,
    fr: (w) => `D’ici ${w.horizon}, élargir notre public vers ${w.otherAudience}.`,
    en: (w) => `By ${w.horizon}, broaden our audience to ${w.otherAudience}.`,
  },
  {
    nl: () => 'Minstens twee gezamenlijke projecten per jaar opzetten met andere leden van de raad.',
    fr: () => 'Monter au moins deux projets communs par an avec d’autres membres du conseil.',
    en: () => 'Set up at least two joint projects a year with other council members.',
  },
  {
    nl: (w) => (w.need && w.offer ? `Partners vinden voor ${w.need} en ${w.offer} delen met het netwerk.` : null),
    fr: (w) => (w.need && w.offer ? `Trouver ${w.need} et partager ${w.offer} avec le réseau.` : null),
    en: (w) => (w.need && w.offer ? `Find ${w.need} and share ${w.offer} with the network.` : null),
  },
  {
    nl: (w) => (w.otherDiscipline ? `De banden tussen ${w.discipline} en ${w.otherDiscipline} versterken.` : null),
    fr: (w) => (w.otherDiscipline ? `Renforcer les liens entre ${w.discipline} et ${w.otherDiscipline}.` : null),
    en: (w) => (w.otherDiscipline ? `Strengthen the ties between ${w.discipline} and ${w.otherDiscipline}.` : null),
  },
  {
    nl: () => 'Meer activiteiten in het Nederlands én het Frans aanbieden.',
    fr: () => 'Proposer davantage d’activités en français et en néerlandais.',
    en: () => 'Offer more activities in both Dutch and French.',
  },
  {
    nl: () => 'Onze activiteiten beter bekendmaken via de gezamenlijke communicatie van de raad.',
    fr: () => 'Mieux faire connaître nos activités grâce à la communication commune du conseil.',
    en: () => 'Make our activities better known through the council’s joint communication.',
  },
  {
    nl: (w) => `Een vaste plek worden voor ${w.audience} ${w.inCommune}.`,
    fr: (w) => `Devenir un rendez-vous régulier pour ${w.audience} ${w.inCommune}.`,
    en: (w) => `Become a regular meeting place for ${w.audience} ${w.inCommune}.`,
  },
];

/** Picks sentences that all languages can say, and says them in each of `languages`. */
function compose(random: Random, sentences: readonly (readonly Sentence[])[], story: OrganisationStory, languages: readonly TextLanguage[]): LocalisedText {
  const words = new Map(languages.map((l) => [l, storyWords(story, l)] as const));
  // Whether a sentence can be said depends on the story, not on the language: probe one language.
  const probe = languages[0] ?? 'nl';
  const probeWords = words.get(probe) ?? storyWords(story, probe);
  const chosen: Sentence[] = [];
  for (const options of sentences) {
    const usable = options.filter((s) => !chosen.includes(s) && s[probe](probeWords) !== null);
    if (usable.length > 0) chosen.push(random.pick(usable));
  }
  const text: LocalisedText = {};
  for (const [language, w] of words) {
    text[language] = chosen.map((s) => s[language](w) ?? '').join(' ');
  }
  return text;
}

export function organisationMission(random: Random, story: OrganisationStory, languages: readonly TextLanguage[]): LocalisedText {
  const parts = random.chance(0.65) ? [MISSION_OPENINGS, MISSION_CLOSINGS] : [MISSION_OPENINGS];
  return compose(random, parts, story, languages);
}

export function organisationGoals(random: Random, story: OrganisationStory, languages: readonly TextLanguage[]): LocalisedText {
  const parts = random.chance(0.6) ? [GOALS, GOALS] : [GOALS];
  return compose(random, parts, story, languages);
}

const TITLE_SUBJECTS: readonly Phrase[] = [
  { fr: 'Les Voix', nl: 'Stemmen', en: 'Voices' },
  { fr: 'Les Traces', nl: 'Sporen', en: 'Traces' },
  { fr: 'La Mémoire', nl: 'Het Geheugen', en: 'Memory' },
  { fr: 'Les Ponts', nl: 'Bruggen', en: 'Bridges' },
  { fr: 'Les Lumières', nl: 'Lichten', en: 'Lights' },
  { fr: 'Les Frontières', nl: 'Grenzen', en: 'Borders' },
  { fr: 'Les Rêves', nl: 'Dromen', en: 'Dreams' },
  { fr: 'Les Racines', nl: 'Wortels', en: 'Roots' },
  { fr: 'Le Souffle', nl: 'De Adem', en: 'Breath' },
  { fr: 'Les Échos', nl: 'Echo’s', en: 'Echoes' },
  { fr: 'Les Corps', nl: 'Lichamen', en: 'Bodies' },
  { fr: 'Les Récits', nl: 'Verhalen', en: 'Stories' },
  { fr: 'Les Jardins', nl: 'Tuinen', en: 'Gardens' },
  { fr: 'Le Silence', nl: 'De Stilte', en: 'Silence' },
  { fr: 'Les Fenêtres', nl: 'Vensters', en: 'Windows' },
  { fr: 'Les Marées', nl: 'Getijden', en: 'Tides' },
  { fr: 'Les Chemins', nl: 'Paden', en: 'Paths' },
  { fr: 'Les Ombres', nl: 'Schaduwen', en: 'Shadows' },
  { fr: 'Les Rencontres', nl: 'Ontmoetingen', en: 'Encounters' },
  { fr: 'Les Saisons', nl: 'Seizoenen', en: 'Seasons' },
  { fr: 'Le Bruit', nl: 'Het Lawaai', en: 'Noise' },
  { fr: 'Les Cartes', nl: 'Kaarten', en: 'Maps' },
  { fr: 'Les Fils', nl: 'Draden', en: 'Threads' },
  { fr: 'Les Horizons', nl: 'Horizonten', en: 'Horizons' },
  { fr: 'Les Nuits', nl: 'Nachten', en: 'Nights' },
  { fr: 'Les Gestes', nl: 'Gebaren', en: 'Gestures' },
  { fr: 'Les Murmures', nl: 'Gefluister', en: 'Whispers' },
  { fr: 'Les Vagues', nl: 'Golven', en: 'Waves' },
  { fr: 'Les Archives', nl: 'Archieven', en: 'Archives' },
  { fr: 'Les Seuils', nl: 'Drempels', en: 'Thresholds' },
];

const TITLE_QUALIFIERS: readonly Phrase[] = [
  { fr: 'du Canal', nl: 'van het Kanaal', en: 'of the Canal' },
  { fr: 'de la Ville', nl: 'van de Stad', en: 'of the City' },
  { fr: 'en mouvement', nl: 'in beweging', en: 'in Motion' },
  { fr: 'du quartier', nl: 'van de wijk', en: 'of the Neighbourhood' },
  { fr: 'de demain', nl: 'van morgen', en: 'of Tomorrow' },
  { fr: 'de la Senne', nl: 'van de Zenne', en: 'of the Senne' },
  { fr: 'sous la pluie', nl: 'in de regen', en: 'in the Rain' },
  { fr: 'entre deux langues', nl: 'tussen twee talen', en: 'between Two Languages' },
  { fr: 'à voix haute', nl: 'met luide stem', en: 'Out Loud' },
  { fr: 'au crépuscule', nl: 'bij schemering', en: 'at Dusk' },
  { fr: 'de la place publique', nl: 'van het plein', en: 'of the Square' },
  { fr: 'd’ici et d’ailleurs', nl: 'van hier en elders', en: 'from Here and Elsewhere' },
  { fr: 'du dimanche', nl: 'op zondag', en: 'on Sundays' },
  { fr: 'en chantier', nl: 'in de steigers', en: 'under Construction' },
  { fr: 'de la nuit', nl: 'van de nacht', en: 'of the Night' },
  { fr: 'des Marolles', nl: 'van de Marollen', en: 'of the Marolles' },
  { fr: 'de Bruxelles', nl: 'van Brussel', en: 'of Brussels' },
  { fr: 'du coin de la rue', nl: 'van om de hoek', en: 'around the Corner' },
  { fr: 'en mille morceaux', nl: 'in duizend stukken', en: 'in a Thousand Pieces' },
  { fr: 'à hauteur d’enfant', nl: 'op kindhoogte', en: 'at Child Height' },
  { fr: 'des autres', nl: 'van de anderen', en: 'of Others' },
  { fr: 'en partage', nl: 'om te delen', en: 'to Share' },
];

/** Words that announce the kind of project in a title; empty when the title stands on its own. */
const TITLE_PREFIXES: Readonly<Record<ProjectKind, Phrase>> = {
  workshop: { fr: 'Ateliers', nl: 'Workshops', en: 'Workshops' },
  exhibition: { fr: 'Exposition', nl: 'Tentoonstelling', en: 'Exhibition' },
  festival: { fr: 'Festival', nl: 'Festival', en: 'Festival' },
  residency: { fr: 'Résidence', nl: 'Residentie', en: 'Residency' },
  publication: { fr: 'Cahier', nl: 'Cahier', en: 'Notebook' },
  performance: { fr: 'Création', nl: 'Creatie', en: 'New work' },
  event: { fr: 'Soirée', nl: 'Avond', en: 'Evening' },
  other: { fr: 'Laboratoire', nl: 'Labo', en: 'Lab' },
};

function titleIn(language: TextLanguage, kind: ProjectKind, subject: Phrase, qualifier: Phrase, prefixed: boolean): string {
  const core = `${subject[language]} ${qualifier[language]}`;
  if (!prefixed) return core;
  // French typography puts a space before the colon.
  return `${TITLE_PREFIXES[kind][language]}${language === 'fr' ? ' :' : ':'} ${core}`;
}

/** A fictional project title; bilingual titles say the same thing in French and Dutch. */
export function projectTitle(random: Random, kind: ProjectKind, language: TextLanguage | 'bilingual'): string {
  const subject = random.pick(TITLE_SUBJECTS);
  const qualifier = random.pick(TITLE_QUALIFIERS);
  const prefixed = random.chance(kind === 'workshop' || kind === 'residency' || kind === 'festival' ? 0.6 : 0.25);
  if (language === 'bilingual') return `${titleIn('fr', kind, subject, qualifier, prefixed)} / ${titleIn('nl', kind, subject, qualifier, prefixed)}`;
  return titleIn(language, kind, subject, qualifier, prefixed);
}

const KIND_NOUNS: Readonly<Record<ProjectKind, Phrase>> = {
  performance: { nl: 'een voorstelling', fr: 'un spectacle', en: 'a performance' },
  event: { nl: 'een publieksavond', fr: 'une soirée publique', en: 'a public evening' },
  workshop: { nl: 'een reeks workshops', fr: 'une série d’ateliers', en: 'a series of workshops' },
  exhibition: { nl: 'een tentoonstelling', fr: 'une exposition', en: 'an exhibition' },
  festival: { nl: 'een festival', fr: 'un festival', en: 'a festival' },
  residency: { nl: 'een kunstenaarsresidentie', fr: 'une résidence d’artistes', en: 'an artist residency' },
  publication: { nl: 'een publicatie', fr: 'une publication', en: 'a publication' },
  other: { nl: 'een gezamenlijk experiment', fr: 'une expérience commune', en: 'a joint experiment' },
};

/** What a project description is written from. */
export interface ProjectStory {
  kind: ProjectKind;
  leadName: string;
  partnerNames: readonly string[];
  disciplines: readonly string[];
  audience: Audience;
  commune: Commune;
  /** Whether some partners had worked together before. */
  buildsOnEarlierWork: boolean;
}

/** "A, B en C" for small teams; "A en 4 partners" when listing them all would be too long. */
function team(story: ProjectStory, language: TextLanguage): string {
  if (story.partnerNames.length <= 2) return joinList([story.leadName, ...story.partnerNames], language);
  const count = story.partnerNames.length;
  const partners = language === 'fr' ? `${spelled(count, 'fr')} partenaires` : `${spelled(count, language)} partners`;
  return joinList([story.leadName, partners], language);
}

function disciplineList(disciplines: readonly string[], language: TextLanguage, french: 'of' | 'plain'): string {
  // "Multidisciplinary" labels the mix; in a list of the disciplines themselves it reads oddly.
  const named = disciplines.length > 1 ? disciplines.filter((d) => d !== 'multidisciplinary') : disciplines;
  const phrases = named.map((d) => {
    const phrase = DISCIPLINE_PHRASES[d]!;
    return language === 'fr' && french === 'of' ? phrase.frOf : phrase[language];
  });
  return joinList(phrases, language);
}

export function projectDescription(random: Random, story: ProjectStory, language: TextLanguage): string {
  const kindNoun = KIND_NOUNS[story.kind][language];
  const where = inCommune(story.commune, language);
  const audience = AUDIENCE_PHRASES[story.audience][language];
  const partners = story.partnerNames.length + 1;
  let opening: string;
  if (random.chance(0.55)) {
    opening =
      language === 'nl'
        ? `${team(story, 'nl')} bundelen hun krachten: ${kindNoun} rond ${disciplineList(story.disciplines, 'nl', 'plain')} ${where}.`
        : language === 'fr'
          ? `${team(story, 'fr')} unissent leurs forces : ${kindNoun} autour ${disciplineList(story.disciplines, 'fr', 'of')} ${where}.`
          : `${team(story, 'en')} join forces: ${kindNoun} around ${disciplineList(story.disciplines, 'en', 'plain')} ${where}.`;
  } else {
    opening =
      language === 'nl'
        ? `${spelled(partners, 'nl')} leden van de raad maken samen ${kindNoun} voor ${audience}, onder leiding van ${story.leadName}.`
        : language === 'fr'
          ? `${spelled(partners, 'fr')} membres du conseil montent ensemble ${kindNoun} pour ${audience}, sous la houlette ${frenchOf(story.leadName)}.`
          : `${spelled(partners, 'en')} council members make ${kindNoun} together for ${audience}, led by ${story.leadName}.`;
  }
  const closing = story.buildsOnEarlierWork
    ? { nl: 'In het verlengde van eerdere samenwerkingen.', fr: 'Dans la continuité de projets précédents.', en: 'Building on earlier collaborations.' }
    : { nl: 'Een eerste stap naar een duurzame samenwerking.', fr: 'Un premier pas vers une collaboration durable.', en: 'A first step towards a lasting collaboration.' };
  return `${capitalise(opening)} ${closing[language]}`;
}

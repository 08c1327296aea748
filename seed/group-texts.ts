// The words of the council's working life: thematic groups, meeting titles, agendas, minutes and
// decisions, in the group's working language (nl, fr or en); plenaries speak nl and fr side by side.
import type { OrganisationKind } from './city-profile.ts';
import { INSIGHT_THEME_LABELS, type InsightTheme } from './insight-texts.ts';
import type { Random } from '../server/analytics/random.ts';
import type { TextLanguage } from './texts.ts';

export interface Phrase {
  nl: string;
  fr: string;
  en: string;
}

export interface GroupTheme {
  /** Stable English slug, e.g. 'theatre-dance'. */
  slug: string;
  focusDiscipline: string;
  /** Disciplines (main or secondary) that make an organisation a natural member. */
  core: readonly string[];
  /** Kinds of organisation that belong whatever their discipline (cross-cutting groups). */
  coreKinds: readonly OrganisationKind[];
  /** Disciplines whose members join now and then; empty means any. */
  affine: readonly string[];
  subject: Phrase;
  purpose: Phrase;
  topics: readonly Phrase[];
}

/** In the order groups are created: a small council gets the first ones. */
export const GROUP_THEMES: readonly GroupTheme[] = [
  {
    slug: 'theatre-dance',
    focusDiscipline: 'theatre',
    core: ['theatre', 'dance'],
    coreKinds: [],
    affine: ['circus', 'multidisciplinary', 'music', 'education'],
    subject: { nl: 'Theater & dans', fr: 'Théâtre & danse', en: 'Theatre & dance' },
    purpose: {
      nl: 'Theaterhuizen, gezelschappen en choreografen delen speelplekken, repetitieruimte en publiek, en zetten samen coproducties en speelreeksen op.',
      fr: 'Théâtres, compagnies et chorégraphes partagent lieux, salles de répétition et publics, et montent ensemble coproductions et tournées.',
      en: 'Theatres, companies and choreographers share venues, rehearsal rooms and audiences, and set up co-productions and tours together.',
    },
    topics: [
      { nl: 'Gedeelde repetitieruimte', fr: 'Partage des salles de répétition', en: 'Sharing rehearsal rooms' },
      { nl: 'Coproducties volgend seizoen', fr: 'Coproductions de la saison prochaine', en: 'Next season’s co-productions' },
      { nl: 'Speelreeks in de wijken', fr: 'Tournée dans les quartiers', en: 'A neighbourhood tour' },
      { nl: 'Technische ploeg delen', fr: 'Mutualiser l’équipe technique', en: 'Sharing a technical crew' },
      { nl: 'Gezamenlijke abonnementsformule', fr: 'Formule d’abonnement commune', en: 'A joint season ticket' },
    ],
  },
  {
    slug: 'music',
    focusDiscipline: 'music',
    core: ['music'],
    coreKinds: [],
    affine: ['dance', 'multidisciplinary', 'film'],
    subject: { nl: 'Muziek', fr: 'Musique', en: 'Music' },
    purpose: {
      nl: 'Concertzalen, ensembles, muziekacademies en festivals stemmen hun programmatie af, delen materiaal en zoeken samen nieuw publiek.',
      fr: 'Salles de concert, ensembles, académies de musique et festivals accordent leurs programmations, partagent du matériel et cherchent ensemble de nouveaux publics.',
      en: 'Concert halls, ensembles, music schools and festivals align their programmes, share equipment and look for new audiences together.',
    },
    topics: [
      { nl: 'Afstemming van de concertkalender', fr: 'Coordination du calendrier des concerts', en: 'Aligning the concert calendar' },
      { nl: 'Gedeeld backline-materiaal', fr: 'Mutualisation du backline', en: 'Shared backline equipment' },
      { nl: 'Een podium voor jonge muzikanten', fr: 'Une scène pour les jeunes musiciens', en: 'A stage for young musicians' },
      { nl: 'Geluidsnormen en buren', fr: 'Normes sonores et voisinage', en: 'Sound limits and neighbours' },
      { nl: 'Gezamenlijk muziekweekend', fr: 'Week-end musical commun', en: 'A joint music weekend' },
    ],
  },
  {
    slug: 'visual-arts-design',
    focusDiscipline: 'visual-arts',
    core: ['visual-arts', 'design'],
    coreKinds: ['gallery'],
    affine: ['digital-arts', 'heritage', 'multidisciplinary'],
    subject: { nl: 'Beeldende kunst & design', fr: 'Arts visuels & design', en: 'Visual arts & design' },
    purpose: {
      nl: 'Galerieën, ateliers, collectieven en ontwerpers werken aan gezamenlijke parcours, gedeelde ateliers en een eerlijke vergoeding voor kunstenaars.',
      fr: 'Galeries, ateliers, collectifs et designers travaillent à des parcours communs, à des ateliers partagés et à une juste rémunération des artistes.',
      en: 'Galleries, studios, collectives and designers work on joint art trails, shared studios and fair pay for artists.',
    },
    topics: [
      { nl: 'Gezamenlijke openingsavond', fr: 'Vernissage commun', en: 'A joint opening night' },
      { nl: 'Ateliers delen', fr: 'Partage d’ateliers', en: 'Sharing studios' },
      { nl: 'Kunstenaarsvergoedingen', fr: 'Rémunération des artistes', en: 'Artists’ fees' },
      { nl: 'Parcours in de openbare ruimte', fr: 'Parcours dans l’espace public', en: 'A trail in public space' },
      { nl: 'Opslag en transport van werken', fr: 'Stockage et transport des œuvres', en: 'Storing and moving artworks' },
    ],
  },
  {
    slug: 'literature-education',
    focusDiscipline: 'literature',
    core: ['literature', 'education'],
    coreKinds: ['library'],
    affine: ['heritage', 'theatre', 'multidisciplinary'],
    subject: { nl: 'Literatuur & educatie', fr: 'Littérature & éducation', en: 'Literature & education' },
    purpose: {
      nl: 'Bibliotheken, schrijvershuizen en educatieve werkingen bundelen hun aanbod voor scholen en lezers, in alle talen van de stad.',
      fr: 'Bibliothèques, maisons d’écriture et acteurs éducatifs rassemblent leur offre pour les écoles et les lecteurs, dans toutes les langues de la ville.',
      en: 'Libraries, writers’ houses and education programmes pool what they offer schools and readers, in all the city’s languages.',
    },
    topics: [
      { nl: 'Leesbevordering in scholen', fr: 'Promotion de la lecture dans les écoles', en: 'Reading promotion in schools' },
      { nl: 'Schrijversbezoeken', fr: 'Rencontres d’auteurs', en: 'Author visits' },
      { nl: 'Meertalige voorleesmomenten', fr: 'Lectures multilingues', en: 'Multilingual story times' },
      { nl: 'Gezamenlijk educatief aanbod', fr: 'Offre éducative commune', en: 'A joint education offer' },
      { nl: 'Boekenweekend in de stad', fr: 'Week-end du livre en ville', en: 'A book weekend in town' },
    ],
  },
  {
    slug: 'heritage',
    focusDiscipline: 'heritage',
    core: ['heritage'],
    coreKinds: ['museum'],
    affine: ['visual-arts', 'education', 'literature'],
    subject: { nl: 'Erfgoed', fr: 'Patrimoine', en: 'Heritage' },
    purpose: {
      nl: 'Musea, archieven en erfgoedwerkingen delen kennis over collecties, digitalisering en rondleidingen, en vertellen samen de geschiedenis van de wijken.',
      fr: 'Musées, archives et associations patrimoniales partagent leur savoir-faire sur les collections, la numérisation et les visites, et racontent ensemble l’histoire des quartiers.',
      en: 'Museums, archives and heritage groups share know-how on collections, digitisation and tours, and tell the story of the neighbourhoods together.',
    },
    topics: [
      { nl: 'Erfgoeddagen', fr: 'Journées du patrimoine', en: 'Heritage days' },
      { nl: 'Digitalisering van collecties', fr: 'Numérisation des collections', en: 'Digitising collections' },
      { nl: 'Mondelinge geschiedenis van de wijk', fr: 'Histoire orale du quartier', en: 'Oral history of the neighbourhood' },
      { nl: 'Een gedeeld depot', fr: 'Une réserve partagée', en: 'A shared depot' },
      { nl: 'Tweetalige rondleidingen', fr: 'Visites guidées bilingues', en: 'Bilingual guided tours' },
    ],
  },
  {
    slug: 'film-digital-arts',
    focusDiscipline: 'film',
    core: ['film', 'digital-arts'],
    coreKinds: ['cinema'],
    affine: ['design', 'visual-arts', 'music'],
    subject: { nl: 'Film & digitale kunst', fr: 'Cinéma & arts numériques', en: 'Film & digital arts' },
    purpose: {
      nl: 'Filmhuizen, festivals en medialabs delen projectiemateriaal en expertise, en stemmen vertoningen en workshops op elkaar af.',
      fr: 'Cinémas, festivals et médialabs partagent matériel de projection et savoir-faire, et coordonnent projections et ateliers.',
      en: 'Cinemas, festivals and media labs share projection equipment and expertise, and coordinate screenings and workshops.',
    },
    topics: [
      { nl: 'Openluchtvertoningen', fr: 'Projections en plein air', en: 'Open-air screenings' },
      { nl: 'Gedeeld projectiemateriaal', fr: 'Matériel de projection partagé', en: 'Shared projection equipment' },
      { nl: 'Een medialab voor jongeren', fr: 'Un médialab pour les jeunes', en: 'A media lab for young people' },
      { nl: 'Ondertiteling in twee talen', fr: 'Sous-titrage bilingue', en: 'Bilingual subtitling' },
      { nl: 'Afstemming van de festivalkalender', fr: 'Coordination du calendrier des festivals', en: 'Aligning the festival calendar' },
    ],
  },
  {
    slug: 'circus-street-arts',
    focusDiscipline: 'circus',
    core: ['circus'],
    coreKinds: [],
    affine: ['theatre', 'dance', 'multidisciplinary', 'music'],
    subject: { nl: 'Circus & straatkunsten', fr: 'Cirque & arts de la rue', en: 'Circus & street arts' },
    purpose: {
      nl: 'Circusgezelschappen, circusscholen en straatfestivals zoeken samen oefenruimte, vergunningen en speelplekken in de openbare ruimte.',
      fr: 'Compagnies et écoles de cirque et festivals de rue cherchent ensemble des lieux d’entraînement, des autorisations et des espaces de jeu en ville.',
      en: 'Circus companies, circus schools and street festivals look together for training space, permits and places to play in public space.',
    },
    topics: [
      { nl: 'Vergunningen voor de openbare ruimte', fr: 'Autorisations pour l’espace public', en: 'Permits for public space' },
      { nl: 'Een gedeelde tent en trainingsruimte', fr: 'Chapiteau et salle d’entraînement partagés', en: 'A shared big top and training hall' },
      { nl: 'Straatfestival in de zomer', fr: 'Festival de rue estival', en: 'A summer street festival' },
      { nl: 'Veiligheid en verzekeringen', fr: 'Sécurité et assurances', en: 'Safety and insurance' },
      { nl: 'Circusateliers voor kinderen', fr: 'Ateliers de cirque pour enfants', en: 'Circus workshops for children' },
    ],
  },
  {
    slug: 'publics-participation',
    focusDiscipline: 'multidisciplinary',
    core: ['multidisciplinary', 'education'],
    coreKinds: ['community-centre', 'library'],
    affine: [],
    subject: { nl: 'Publiekswerking & participatie', fr: 'Publics & participation', en: 'Audiences & participation' },
    purpose: {
      nl: 'Een werkgroep over alle disciplines heen: hoe bereiken we wie nog niet komt, hoe maken we onze huizen toegankelijk en hoe betrekken we de buurt?',
      fr: 'Un groupe transversal à toutes les disciplines : comment toucher ceux qui ne viennent pas encore, rendre nos lieux accessibles et associer le quartier ?',
      en: 'A group across all disciplines: how do we reach those who do not come yet, make our venues accessible and involve the neighbourhood?',
    },
    topics: [
      { nl: 'Publieksonderzoek', fr: 'Étude des publics', en: 'Audience research' },
      { nl: 'Toegankelijkheid van de zalen', fr: 'Accessibilité des salles', en: 'Accessible venues' },
      { nl: 'Cultuur in de wijk', fr: 'La culture dans le quartier', en: 'Culture in the neighbourhood' },
      { nl: 'Een gezamenlijk sociaal tarief', fr: 'Un tarif social commun', en: 'A joint social rate' },
      { nl: 'Vrijwilligerswerking', fr: 'Le bénévolat', en: 'Working with volunteers' },
    ],
  },
  {
    slug: 'communication-marketing',
    focusDiscipline: 'multidisciplinary',
    core: ['multidisciplinary'],
    coreKinds: ['festival', 'venue', 'cinema'],
    affine: [],
    subject: { nl: 'Communicatie & marketing', fr: 'Communication & marketing', en: 'Communication & marketing' },
    purpose: {
      nl: 'De leden stemmen hun communicatie af: een gezamenlijke agenda, elkaars evenementen delen op sociale media en tweetalig communiceren.',
      fr: 'Les membres coordonnent leur communication : un agenda commun, le relais mutuel sur les réseaux sociaux et une communication bilingue.',
      en: 'Members coordinate their communication: a joint calendar, sharing each other’s events on social media and speaking both languages.',
    },
    topics: [
      { nl: 'De gezamenlijke cultuuragenda', fr: 'L’agenda culturel commun', en: 'The joint culture calendar' },
      { nl: 'Campagne op sociale media', fr: 'Campagne sur les réseaux sociaux', en: 'A social media campaign' },
      { nl: 'Tweetalige communicatie', fr: 'Communication bilingue', en: 'Bilingual communication' },
      { nl: 'Een gedeelde nieuwsbrief', fr: 'Une newsletter commune', en: 'A shared newsletter' },
      { nl: 'Affichage in de stad', fr: 'Affichage en ville', en: 'Posters around town' },
    ],
  },
  {
    slug: 'youth-schools',
    focusDiscipline: 'education',
    core: ['education'],
    coreKinds: ['school'],
    affine: ['theatre', 'music', 'literature', 'circus'],
    subject: { nl: 'Jeugd & scholen', fr: 'Jeunesse & écoles', en: 'Youth & schools' },
    purpose: {
      nl: 'Kunstscholen, jeugdwerkingen en makers voor jong publiek maken samen een aanbod voor scholen en jongeren.',
      fr: 'Académies, organisations de jeunesse et créateurs jeune public construisent ensemble une offre pour les écoles et les jeunes.',
      en: 'Arts schools, youth organisations and makers for young audiences build a joint offer for schools and young people.',
    },
    topics: [
      { nl: 'Schoolvoorstellingen plannen', fr: 'Planifier les séances scolaires', en: 'Planning school performances' },
      { nl: 'Vervoer voor klassen', fr: 'Le transport des classes', en: 'Transport for school classes' },
      { nl: 'Jongeren in de programmatie', fr: 'Les jeunes dans la programmation', en: 'Young people programming' },
      { nl: 'Lesmappen delen', fr: 'Partager les dossiers pédagogiques', en: 'Sharing teaching packs' },
      { nl: 'Vakantieateliers', fr: 'Stages de vacances', en: 'Holiday workshops' },
    ],
  },
  {
    slug: 'spaces-infrastructure',
    focusDiscipline: 'multidisciplinary',
    core: [],
    coreKinds: ['venue', 'theatre', 'community-centre'],
    affine: [],
    subject: { nl: 'Ruimte & infrastructuur', fr: 'Espaces & infrastructures', en: 'Spaces & infrastructure' },
    purpose: {
      nl: 'Leden met zalen, ateliers en opslag brengen vraag en aanbod van ruimte samen en delen technisch materiaal.',
      fr: 'Les membres qui disposent de salles, d’ateliers ou de réserves rapprochent l’offre et la demande d’espaces et partagent le matériel technique.',
      en: 'Members with halls, studios and storage match supply and demand for space and share technical equipment.',
    },
    topics: [
      { nl: 'Een gedeelde zaalkalender', fr: 'Un agenda des salles partagé', en: 'A shared room calendar' },
      { nl: 'Energiekosten', fr: 'Les coûts énergétiques', en: 'Energy costs' },
      { nl: 'Uitleendienst technisch materiaal', fr: 'Prêt de matériel technique', en: 'Lending technical equipment' },
      { nl: 'Leegstand als kans', fr: 'Les bâtiments vides comme opportunité', en: 'Empty buildings as an opportunity' },
      { nl: 'Opslag van decors', fr: 'Stockage des décors', en: 'Storing sets' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Dates, as whole days since 1970-01-01 (UTC): the wall-clock dates of Brussels.

const MONTHS: Readonly<Record<TextLanguage, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const WEEKDAYS: Readonly<Record<TextLanguage, readonly string[]>> = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** "dinsdag 14 maart 2025" / "mardi 14 mars 2025" / "Tuesday 14 March 2025" */
export function formatDay(day: number, language: TextLanguage): string {
  const date = new Date(day * 86_400_000);
  const weekday = WEEKDAYS[language][date.getUTCDay()]!;
  return `${weekday} ${date.getUTCDate()} ${MONTHS[language][date.getUTCMonth()]!} ${date.getUTCFullYear()}`;
}

/** "om 14:00" / "à 14 h 00" / "at 14:00": Brussels reads the 24-hour clock in every language. */
function at(time: string, language: TextLanguage): string {
  return language === 'nl' ? `om ${time}` : language === 'fr' ? `à ${time.replace(/^0/, '').replace(':', ' h ')}` : `at ${time}`;
}

function quote(text: string, language: TextLanguage): string {
  return language === 'fr' ? `« ${text} »` : `‘${text}’`;
}

/** Phrases are written sentence-case; after a colon they continue the sentence. */
function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Groups

export interface GroupNaming {
  name: string;
  description: { nl: string; fr: string; en: string };
}

/** "Werkgroep Muziek / Groupe de travail Musique", with the home commune for local chapters. */
export function groupNaming(theme: GroupTheme, meetingsPerYear: number, chapter: { nl: string; fr: string; en: string } | null): GroupNaming {
  const where = chapter ? { nl: ` ${chapter.nl}`, fr: ` ${chapter.fr}`, en: ` ${chapter.en}` } : { nl: '', fr: '', en: '' };
  const local = chapter
    ? {
        nl: ` Deze afdeling brengt de leden uit ${chapter.nl} en omgeving samen.`,
        fr: ` Cette antenne réunit les membres de ${chapter.fr} et des environs.`,
        en: ` This chapter brings together members in and around ${chapter.en}.`,
      }
    : { nl: '', fr: '', en: '' };
  return {
    name: `Werkgroep ${theme.subject.nl}${where.nl} / Groupe de travail ${theme.subject.fr}${where.fr}`,
    description: {
      nl: `${theme.purpose.nl}${local.nl} De werkgroep komt ${meetingsPerYear} keer per jaar samen, bij een van de leden of online.`,
      fr: `${theme.purpose.fr}${local.fr} Le groupe se réunit ${meetingsPerYear} fois par an, chez l’un des membres ou en ligne.`,
      en: `${theme.purpose.en}${local.en} The group meets ${meetingsPerYear} times a year, at a member’s venue or online.`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Group meetings

const KICK_OFF: Phrase = { nl: 'Startvergadering', fr: 'Réunion de lancement', en: 'Kick-off meeting' };
const KNOWLEDGE_EXCHANGE: Phrase = { nl: 'Kennisuitwisseling', fr: 'Échange de savoirs', en: 'Knowledge exchange' };

const STANDING_ITEMS: Readonly<Record<'minutes' | 'news' | 'projects' | 'plenary' | 'survey' | 'other', Phrase>> = {
  minutes: { nl: 'Goedkeuring van het verslag van de vorige vergadering', fr: 'Approbation du procès-verbal de la réunion précédente', en: 'Minutes of the previous meeting' },
  news: { nl: 'Nieuws van de leden', fr: 'Tour de table des membres', en: 'News from members' },
  projects: { nl: 'Stand van de gezamenlijke projecten', fr: 'État des projets communs', en: 'Progress of joint projects' },
  plenary: { nl: 'Voorbereiding van de plenaire vergadering', fr: 'Préparation de l’assemblée plénière', en: 'Preparing the plenary' },
  survey: { nl: 'Evaluatiebevraging van de raad', fr: 'Enquête d’évaluation du conseil', en: 'The council’s evaluation survey' },
  other: { nl: 'Varia', fr: 'Divers', en: 'Any other business' },
};

const KICK_OFF_ITEMS: readonly Phrase[] = [
  { nl: 'Kennismaking met de leden', fr: 'Présentation des membres', en: 'Introductions' },
  { nl: 'Opdracht en werkwijze van de werkgroep', fr: 'Mission et fonctionnement du groupe', en: 'The group’s remit and way of working' },
  { nl: 'Keuze van voorzitter en secretaris', fr: 'Désignation de la présidence et du secrétariat', en: 'Choosing a chair and a secretary' },
  { nl: 'Prioriteiten voor het eerste jaar', fr: 'Priorités pour la première année', en: 'Priorities for the first year' },
];

export interface GroupMeetingPlan {
  title: string;
  agenda: string;
  /** The subjects the meeting dealt with, for minutes and decisions. */
  topics: Phrase[];
}

/** "Muziek: …" but "Musique : …": French typography puts a space before the colon. */
function titled(subject: string, rest: string, language: TextLanguage): string {
  return `${subject}${language === 'fr' ? ' :' : ':'} ${lower(rest)}`;
}

function numbered(items: readonly string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}

/** Title and agenda (3–5 points) of a working-group or knowledge-exchange meeting. */
export function planGroupMeeting(
  random: Random,
  theme: GroupTheme,
  subject: string,
  language: TextLanguage,
  meeting: { kickOff: boolean; sessionTheme: InsightTheme | null; plenaryAhead: boolean; surveyTime: boolean },
): GroupMeetingPlan {
  if (meeting.kickOff) {
    return {
      title: titled(subject, KICK_OFF[language], language),
      agenda: numbered(KICK_OFF_ITEMS.map((p) => p[language])),
      topics: [],
    };
  }
  if (meeting.sessionTheme) {
    const label = INSIGHT_THEME_LABELS[meeting.sessionTheme][language];
    const items: Phrase[] = [
      { nl: 'Welkom en korte voorstellingsronde', fr: 'Accueil et tour de présentation', en: 'Welcome and round of introductions' },
      { nl: `Getuigenissen van leden over ${label}`, fr: `Témoignages de membres : ${label}`, en: `Members’ stories on ${label}` },
      { nl: 'Gesprek in kleine groepen', fr: 'Discussion en petits groupes', en: 'Discussion in small groups' },
      { nl: 'Wat nemen we mee? Lessen voor de kennisbank', fr: 'Ce que nous retenons : leçons pour la base de connaissances', en: 'What we take away: lessons for the library' },
    ];
    if (random.chance(0.4)) items.push(STANDING_ITEMS.other);
    return { title: titled(subject, `${KNOWLEDGE_EXCHANGE[language]} — ${label}`, language), agenda: numbered(items.map((p) => p[language])), topics: [] };
  }
  const topics = random.sample(theme.topics, random.weighted([1, 2], [0.45, 0.55]));
  const items: Phrase[] = [STANDING_ITEMS.minutes, ...topics];
  if (meeting.plenaryAhead) items.push(STANDING_ITEMS.plenary);
  else if (meeting.surveyTime) items.push(STANDING_ITEMS.survey);
  else if (random.chance(0.5)) items.push(STANDING_ITEMS.projects);
  if (items.length < 3 || (items.length < 5 && random.chance(0.6))) items.push(STANDING_ITEMS.news);
  if (items.length < 5 && random.chance(0.3)) items.push(STANDING_ITEMS.other);
  return { title: titled(subject, topics[0]![language], language), agenda: numbered(items.map((p) => p[language])), topics };
}

export interface HeldMeeting {
  language: TextLanguage;
  present: number;
  excused: number;
  absent: number;
  /** Who chaired: the chair's representative, or a stand-in when the chair was not there. */
  chair: { person: string; organisation: string; standIn: boolean } | null;
  /** Member hosting the meeting, or null when it was online. */
  host: string | null;
  topics: readonly Phrase[];
  kickOff: boolean;
  sessionTheme: InsightTheme | null;
  insightCount: number;
  /** Members to name in the minutes (present ones). */
  voices: readonly string[];
}

const DISCUSSIONS: readonly ((topic: string, voice: string, language: TextLanguage) => string)[] = [
  (t, _v, l) =>
    l === 'nl'
      ? `Over ${t} werd uitgebreid van gedachten gewisseld; de meningen lopen nog uiteen.`
      : l === 'fr'
        ? `Un large échange a eu lieu sur ${t} ; les avis restent partagés.`
        : `There was a long exchange on ${t}; opinions still differ.`,
  (t, v, l) =>
    l === 'nl'
      ? `Rond ${t} stelde ${v} een eerste aanpak voor, die op brede steun kon rekenen.`
      : l === 'fr'
        ? `Concernant ${t}, ${v} a présenté une première approche, largement soutenue.`
        : `On ${t}, ${v} presented a first approach, which was widely supported.`,
  (t, _v, l) =>
    l === 'nl'
      ? `Voor ${t} inventariseren de leden tegen de volgende keer wat ze zelf kunnen inbrengen.`
      : l === 'fr'
        ? `Pour ${t}, chaque membre fera d’ici la prochaine fois l’inventaire de ce qu’il peut apporter.`
        : `For ${t}, members will list by next time what they can contribute.`,
  (t, v, l) =>
    l === 'nl'
      ? `${v} deelde de ervaringen met ${t}; andere leden willen die aanpak overnemen.`
      : l === 'fr'
        ? `${v} a partagé son expérience sur ${t} ; d’autres membres souhaitent s’en inspirer.`
        : `${v} shared its experience with ${t}; other members want to follow suit.`,
];

/** The minutes of a meeting that was held, consistent with its attendance and outcome. */
export function groupMinutes(random: Random, held: HeldMeeting): string {
  const l = held.language;
  const sentences: string[] = [];
  sentences.push(
    l === 'nl'
      ? `Aanwezig: ${held.present} organisaties; verontschuldigd: ${held.excused}; afwezig: ${held.absent}.`
      : l === 'fr'
        ? `Présents : ${held.present} organisations ; excusés : ${held.excused} ; absents : ${held.absent}.`
        : `Present: ${held.present} organisations; excused: ${held.excused}; absent: ${held.absent}.`,
  );
  if (held.chair) {
    const { person, organisation, standIn } = held.chair;
    sentences.push(
      standIn
        ? l === 'nl'
          ? `Bij afwezigheid van de voorzitter leidde ${person} (${organisation}) de vergadering.`
          : l === 'fr'
            ? `En l’absence de la présidence, ${person} (${organisation}) a mené la réunion.`
            : `In the chair’s absence, ${person} (${organisation}) led the meeting.`
        : l === 'nl'
          ? `Voorzitter: ${person} (${organisation}).`
          : l === 'fr'
            ? `Présidence : ${person} (${organisation}).`
            : `Chair: ${person} (${organisation}).`,
    );
  }
  sentences.push(
    held.host
      ? l === 'nl'
        ? `De vergadering vond plaats bij ${held.host}.`
        : l === 'fr'
          ? `La réunion s’est tenue chez ${held.host}.`
          : `The meeting was hosted by ${held.host}.`
      : l === 'nl'
        ? 'De vergadering vond online plaats.'
        : l === 'fr'
          ? 'La réunion s’est tenue en ligne.'
          : 'The meeting was held online.',
  );
  if (held.kickOff) {
    sentences.push(
      l === 'nl'
        ? 'De leden stelden zich voor en legden samen de prioriteiten van de werkgroep vast.'
        : l === 'fr'
          ? 'Les membres se sont présentés et ont fixé ensemble les priorités du groupe.'
          : 'Members introduced themselves and agreed on the group’s priorities.',
    );
  } else if (held.sessionTheme) {
    const label = INSIGHT_THEME_LABELS[held.sessionTheme][l];
    const n = held.insightCount;
    sentences.push(
      l === 'nl'
        ? `Sessie over ${label}: ${n === 1 ? 'één lid bracht' : `${n} leden brachten`} een getuigenis; de lessen staan in de kennisbank.`
        : l === 'fr'
          ? `Séance sur le thème ${quote(label, l)} : ${n === 1 ? 'un membre a' : `${n} membres ont`} témoigné ; les enseignements figurent dans la base de connaissances.`
          : `Session on ${label}: ${n === 1 ? 'one member' : `${n} members`} shared their experience; the lessons are in the library.`,
    );
  }
  for (const topic of held.topics) {
    const voice = held.voices.length > 0 ? random.pick(held.voices) : l === 'fr' ? 'un membre' : l === 'nl' ? 'een lid' : 'a member';
    sentences.push(random.pick(DISCUSSIONS)(quote(topic[l], l), voice, l));
  }
  return sentences.join(' ');
}

export interface DecisionContext {
  language: TextLanguage;
  topics: readonly Phrase[];
  voices: readonly string[];
  next: { day: number; time: string } | null;
  projects: readonly { title: string; lead: string }[];
}

/** 1–4 decisions: follow-up of the topics, projects launched, the next date. */
export function groupDecisions(random: Random, context: DecisionContext): string[] {
  const l = context.language;
  const decisions: string[] = [];
  for (const topic of context.topics) {
    if (!random.chance(0.7)) continue;
    const t = quote(topic[l], l);
    const voice = context.voices.length > 0 ? random.pick(context.voices) : null;
    if (voice && random.chance(0.6)) {
      decisions.push(
        l === 'nl'
          ? `${t}: ${voice} werkt tegen de volgende vergadering een voorstel uit.`
          : l === 'fr'
            ? `${t} : ${voice} prépare une proposition pour la prochaine réunion.`
            : `${t}: ${voice} drafts a proposal for the next meeting.`,
      );
    } else {
      decisions.push(
        l === 'nl' ? `Het voorstel rond ${t} wordt goedgekeurd.` : l === 'fr' ? `La proposition concernant ${t} est adoptée.` : `The proposal on ${t} is adopted.`,
      );
    }
  }
  for (const project of context.projects) {
    const t = quote(project.title, l);
    decisions.push(
      l === 'nl'
        ? `Het gezamenlijke project ${t} gaat van start, getrokken door ${project.lead}.`
        : l === 'fr'
          ? `Le projet commun ${t} est lancé, porté par ${project.lead}.`
          : `The joint project ${t} goes ahead, led by ${project.lead}.`,
    );
  }
  if (context.next) {
    const when = `${formatDay(context.next.day, l)} ${at(context.next.time, l)}`;
    decisions.push(l === 'nl' ? `Volgende vergadering: ${when}.` : l === 'fr' ? `Prochaine réunion : ${when}.` : `Next meeting: ${when}.`);
  }
  return decisions;
}

// ---------------------------------------------------------------------------------------------
// Plenaries of the council: always in both official languages.

export type PlenarySeason = 'spring' | 'summer' | 'autumn';

const SEASONS: Readonly<Record<PlenarySeason, { nl: string; fr: string }>> = {
  spring: { nl: 'voorjaar', fr: 'printemps' },
  summer: { nl: 'zomer', fr: 'été' },
  autumn: { nl: 'najaar', fr: 'automne' },
};

const PLENARY_ITEMS: readonly { nl: string; fr: string }[] = [
  { nl: 'Verslag van de werkgroepen', fr: 'Rapport des groupes de travail' },
  { nl: 'Resultaten van de evaluatiebevraging', fr: 'Résultats de l’enquête d’évaluation' },
  { nl: 'Strategie en doelen van de raad', fr: 'Stratégie et objectifs du conseil' },
  { nl: 'Gezamenlijke communicatie en cultuuragenda', fr: 'Communication commune et agenda culturel' },
  { nl: 'Voorstelling van nieuwe leden', fr: 'Présentation des nouveaux membres' },
  { nl: 'Begroting en werkingsmiddelen', fr: 'Budget et moyens de fonctionnement' },
];

export function plenaryTitle(season: PlenarySeason, year: number): string {
  return `Plenaire vergadering ${SEASONS[season].nl} ${year} / Assemblée plénière ${SEASONS[season].fr} ${year}`;
}

export function plenaryAgenda(random: Random): string {
  const items = [PLENARY_ITEMS[0]!, ...random.sample(PLENARY_ITEMS.slice(1), random.int(2, 3))];
  return numbered(['Welkom / Accueil', ...items.map((p) => `${p.nl} / ${p.fr}`)]);
}

export function plenaryMinutes(held: { present: number; excused: number; absent: number; groups: number; host: string | null }): string {
  const where = held.host
    ? { nl: `bij ${held.host}`, fr: `chez ${held.host}` }
    : { nl: 'online', fr: 'en ligne' };
  return [
    `Plenaire vergadering ${where.nl}. Aanwezig: ${held.present} organisaties; verontschuldigd: ${held.excused}; afwezig: ${held.absent}. De ${held.groups} werkgroepen brachten verslag uit over hun werk en hun gezamenlijke projecten.`,
    `Assemblée plénière ${where.fr}. Présents : ${held.present} organisations ; excusés : ${held.excused} ; absents : ${held.absent}. Les ${held.groups} groupes de travail ont présenté leurs activités et leurs projets communs.`,
  ].join('\n\n');
}

export function plenaryDecisions(random: Random, next: { day: number; time: string } | null): string[] {
  const options = [
    'De jaarlijkse evaluatiebevraging wordt verstuurd vóór het einde van de maand. / L’enquête d’évaluation annuelle sera envoyée avant la fin du mois.',
    'De werkgroepen delen hun kalender in de gezamenlijke cultuuragenda. / Les groupes de travail publient leur calendrier dans l’agenda culturel commun.',
    'Een gedeelde vertaalpool wordt onderzocht. / Un pool de traduction commun sera étudié.',
    'De raad stelt een doel voor nieuwe samenwerkingen tussen disciplines. / Le conseil se fixe un objectif de nouvelles collaborations entre disciplines.',
    'Nieuwe leden worden uitgenodigd in een werkgroep naar keuze. / Les nouveaux membres sont invités à rejoindre le groupe de travail de leur choix.',
  ];
  const decisions = random.sample(options, random.int(1, 2));
  if (next) {
    decisions.push(
      `Volgende plenaire vergadering: ${formatDay(next.day, 'nl')} ${at(next.time, 'nl')}. / Prochaine assemblée plénière : ${formatDay(next.day, 'fr')} ${at(next.time, 'fr')}.`,
    );
  }
  return decisions;
}

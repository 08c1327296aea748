// What members tell each other at knowledge-exchange sessions: success stories, obstacles and
// lessons learned about the council's recurring themes, written from templates in nl, fr and en.
import { INSIGHT_THEMES, type INSIGHT_KINDS, type InsightTheme } from '../server/domain/taxonomy.ts';
import type { Random } from '../server/analytics/random.ts';
import type { TextLanguage } from './texts.ts';

// The themes are a council vocabulary (server/domain/taxonomy.ts); re-exported for the generator.
export { INSIGHT_THEMES, type InsightTheme };
export type InsightKind = (typeof INSIGHT_KINDS)[number];

export const INSIGHT_THEME_LABELS: Readonly<Record<InsightTheme, Readonly<Record<'nl' | 'fr' | 'en' | 'de', string>>>> = {
  'audience-development': { nl: 'publieksontwikkeling', fr: 'développement des publics', en: 'audience development', de: 'Publikumsentwicklung' },
  funding: { nl: 'financiering', fr: 'financement', en: 'funding', de: 'Finanzierung' },
  volunteers: { nl: 'vrijwilligers', fr: 'bénévoles', en: 'volunteers', de: 'Ehrenamtliche' },
  'bilingual-communication': { nl: 'tweetalige communicatie', fr: 'communication bilingue', en: 'bilingual communication', de: 'zweisprachige Kommunikation' },
  'space-sharing': { nl: 'ruimte delen', fr: 'partage d’espaces', en: 'sharing space', de: 'Raumteilung' },
  ticketing: { nl: 'ticketing', fr: 'billetterie', en: 'ticketing', de: 'Ticketing' },
  accessibility: { nl: 'toegankelijkheid', fr: 'accessibilité', en: 'accessibility', de: 'Barrierefreiheit' },
  'social-media': { nl: 'sociale media', fr: 'réseaux sociaux', en: 'social media', de: 'soziale Medien' },
  schools: { nl: 'scholen', fr: 'écoles', en: 'schools', de: 'Schulen' },
  neighbourhood: { nl: 'buurtwerk', fr: 'travail de quartier', en: 'neighbourhood work', de: 'Quartiersarbeit' },
  'co-production': { nl: 'coproducties', fr: 'coproductions', en: 'co-productions', de: 'Koproduktionen' },
};

/** What one insight is written from, already in the words of its language. */
export interface InsightWords {
  organisation: string;
  /** Another member present at the session, or a generic "another member" phrase. */
  partner: string;
  /** Commune of the organisation, as said in the insight's language. */
  commune: string;
  /** Small count (3–9) and larger count (12–60), written as digits. */
  few: number;
  many: number;
  percent: number;
  /** An amount in euros, formatted for the language. */
  amount: string;
  year: number;
}

interface Said {
  title: string;
  body: string;
}

interface InsightTemplate {
  theme: InsightTheme;
  kind: InsightKind;
  /** Further themes the story touches, tagged too. */
  also?: readonly InsightTheme[];
  say: Readonly<Record<TextLanguage, (w: InsightWords) => Said>>;
}

const T = (theme: InsightTheme, kind: InsightKind, say: InsightTemplate['say'], also?: readonly InsightTheme[]): InsightTemplate =>
  also ? { theme, kind, say, also } : { theme, kind, say };

const TEMPLATES: readonly InsightTemplate[] = [
  // --- audience development
  T('audience-development', 'success-story', {
    nl: (w) => ({
      title: 'Nieuw publiek via een buddysysteem',
      body: `${w.organisation} koppelde vaste bezoekers aan mensen die nog nooit bij ons binnenkwamen. Na één seizoen kwamen ${w.many} nieuwe mensen minstens twee keer terug. Het werkt omdat iemand hen persoonlijk uitnodigt, niet een affiche.`,
    }),
    fr: (w) => ({
      title: 'De nouveaux publics grâce au parrainage',
      body: `${w.organisation} a associé des spectateurs fidèles à des personnes qui n’avaient jamais franchi la porte. En une saison, ${w.many} nouveaux venus sont revenus au moins deux fois. Ce qui marche : une invitation personnelle, pas une affiche.`,
    }),
    en: (w) => ({
      title: 'New audiences through a buddy scheme',
      body: `${w.organisation} paired regular visitors with people who had never set foot in the house. Within one season ${w.many} newcomers came back at least twice. A personal invitation works where a poster does not.`,
    }),
  }),
  T('audience-development', 'obstacle', {
    nl: (w) => ({
      title: 'Ons publiek vergrijst',
      body: `Bij ${w.organisation} is ${w.percent}% van het publiek ouder dan 60. Jongeren ${w.commune} kennen ons niet en onze kanalen bereiken hen niet. We zoeken partners die wel contact hebben met jongerenwerkingen.`,
    }),
    fr: (w) => ({
      title: 'Notre public vieillit',
      body: `Chez ${w.organisation}, ${w.percent} % du public a plus de 60 ans. Les jeunes ${w.commune} ne nous connaissent pas et nos canaux ne les touchent pas. Nous cherchons des partenaires proches des maisons de jeunes.`,
    }),
    en: (w) => ({
      title: 'Our audience is getting older',
      body: `At ${w.organisation}, ${w.percent}% of the audience is over 60. Young people ${w.commune} do not know us and our channels do not reach them. We are looking for partners who work with youth centres.`,
    }),
  }),
  T('audience-development', 'lesson-learned', {
    nl: (w) => ({
      title: 'Vraag het publiek zelf wat het wil zien',
      body: `${w.organisation} liet een programmaraad van ${w.few} buurtbewoners mee beslissen over de programmatie. De zaal zat voller, maar het vraagt tijd: plan minstens drie maanden voor zo’n traject.`,
    }),
    fr: (w) => ({
      title: 'Demander au public ce qu’il veut voir',
      body: `${w.organisation} a confié une partie de sa programmation à un comité de ${w.few} habitants. La salle était plus pleine, mais cela prend du temps : comptez au moins trois mois pour un tel parcours.`,
    }),
    en: (w) => ({
      title: 'Ask the audience what it wants to see',
      body: `${w.organisation} let a panel of ${w.few} local residents choose part of the programme. Attendance rose, but it takes time: plan at least three months for such a process.`,
    }),
  }, ['neighbourhood']),

  // --- funding
  T('funding', 'success-story', {
    nl: (w) => ({
      title: 'Samen een subsidie binnenhalen',
      body: `${w.organisation} en ${w.partner} dienden één gezamenlijk dossier in in plaats van twee concurrerende. Resultaat: ${w.amount} voor drie jaar, en een jury die de samenwerking expliciet prees.`,
    }),
    fr: (w) => ({
      title: 'Obtenir un subside à plusieurs',
      body: `${w.organisation} et ${w.partner} ont déposé un dossier commun plutôt que deux dossiers concurrents. Résultat : ${w.amount} sur trois ans, et un jury qui a salué la collaboration.`,
    }),
    en: (w) => ({
      title: 'Winning a grant together',
      body: `${w.organisation} and ${w.partner} submitted one joint application instead of two competing ones. The result: ${w.amount} over three years, and a panel that praised the partnership.`,
    }),
  }, ['co-production']),
  T('funding', 'obstacle', {
    nl: (w) => ({
      title: 'Projectsubsidies dekken geen werkingskosten',
      body: `${w.organisation} krijgt geld voor projecten, maar niet voor huur, boekhouding of coördinatie. Elk nieuw project vergroot zo het tekort. We zoeken voorbeelden van leden die structurele steun kregen.`,
    }),
    fr: (w) => ({
      title: 'Les subsides par projet ne couvrent pas le fonctionnement',
      body: `${w.organisation} obtient des financements pour ses projets, mais pas pour le loyer, la comptabilité ou la coordination. Chaque nouveau projet creuse le déficit. Qui a obtenu un soutien structurel ?`,
    }),
    en: (w) => ({
      title: 'Project grants do not cover running costs',
      body: `${w.organisation} gets money for projects but not for rent, bookkeeping or coordination, so every new project widens the gap. We would like to hear from members who obtained structural support.`,
    }),
  }),
  T('funding', 'lesson-learned', {
    nl: (w) => ({
      title: 'Begin je dossier bij de evaluatie van het vorige',
      body: `${w.organisation} schreef ${w.few} dossiers in ${w.year}. Wat het verschil maakte: cijfers over bereik en een eerlijke evaluatie van wat niet lukte. Houd die gegevens het hele jaar bij, niet pas bij de deadline.`,
    }),
    fr: (w) => ({
      title: 'Un bon dossier commence par l’évaluation du précédent',
      body: `${w.organisation} a rédigé ${w.few} dossiers en ${w.year}. Ce qui a fait la différence : des chiffres de fréquentation et une évaluation honnête de ce qui n’a pas marché. Tenez ces données à jour toute l’année.`,
    }),
    en: (w) => ({
      title: 'A good application starts with evaluating the last one',
      body: `${w.organisation} wrote ${w.few} applications in ${w.year}. What made the difference: reach figures and an honest account of what did not work. Keep those figures up to date all year, not just before the deadline.`,
    }),
  }),

  // --- volunteers
  T('volunteers', 'success-story', {
    nl: (w) => ({
      title: 'Van een handvol naar een ploeg vrijwilligers',
      body: `${w.organisation} groeide van ${w.few} naar ${w.many} vrijwilligers door hen een vaste avond per maand te geven, met eten en een blik achter de schermen. Vrijwilligers blijven als ze zich deel van het huis voelen.`,
    }),
    fr: (w) => ({
      title: 'D’une poignée à une vraie équipe de bénévoles',
      body: `${w.organisation} est passé de ${w.few} à ${w.many} bénévoles en leur réservant une soirée par mois, avec un repas et une visite des coulisses. Les bénévoles restent quand ils se sentent chez eux.`,
    }),
    en: (w) => ({
      title: 'From a handful to a team of volunteers',
      body: `${w.organisation} grew from ${w.few} to ${w.many} volunteers by giving them a fixed evening each month, with a meal and a look behind the scenes. Volunteers stay when they feel part of the house.`,
    }),
  }),
  T('volunteers', 'obstacle', {
    nl: (w) => ({
      title: 'Vrijwilligers haken af na de zomer',
      body: `Elk jaar verliest ${w.organisation} ongeveer ${w.percent}% van zijn vrijwilligers na het festivalseizoen. Zonder vaste coördinator vallen ze tussen de mazen. Wie deelt een vrijwilligerscoördinator met andere leden?`,
    }),
    fr: (w) => ({
      title: 'Les bénévoles décrochent après l’été',
      body: `Chaque année, ${w.organisation} perd environ ${w.percent} % de ses bénévoles après la saison des festivals. Sans coordinateur attitré, ils se perdent de vue. Qui partage un coordinateur des bénévoles avec d’autres membres ?`,
    }),
    en: (w) => ({
      title: 'Volunteers drop out after the summer',
      body: `Every year ${w.organisation} loses about ${w.percent}% of its volunteers after the festival season. Without a dedicated coordinator they slip away. Who shares a volunteer coordinator with other members?`,
    }),
  }),
  T('volunteers', 'lesson-learned', {
    nl: (w) => ({
      title: 'Deel je vrijwilligerspool met de buren',
      body: `${w.organisation} en ${w.partner} brachten hun vrijwilligers samen in één pool met een gedeelde planning. Niemand zit nog zonder taak, en de vrijwilligers leren twee huizen kennen. Maak wel vooraf afspraken over verzekering.`,
    }),
    fr: (w) => ({
      title: 'Partager ses bénévoles avec ses voisins',
      body: `${w.organisation} et ${w.partner} ont réuni leurs bénévoles dans un pool commun avec un planning partagé. Plus personne ne reste sans mission, et les bénévoles découvrent deux maisons. Réglez l’assurance avant de commencer.`,
    }),
    en: (w) => ({
      title: 'Share your volunteer pool with the neighbours',
      body: `${w.organisation} and ${w.partner} brought their volunteers into one pool with a shared rota. Nobody is left without a task and volunteers get to know two houses. Sort out the insurance first.`,
    }),
  }, ['neighbourhood']),

  // --- bilingual communication
  T('bilingual-communication', 'success-story', {
    nl: (w) => ({
      title: 'Eén affiche, twee talen, geen vertaling',
      body: `${w.organisation} maakt zijn affiches niet meer in het Nederlands met een Franse vertaling, maar schrijft beide versies tegelijk, met een eigen toon. Het Franstalige publiek steeg met ${w.percent}%.`,
    }),
    fr: (w) => ({
      title: 'Une affiche, deux langues, pas de traduction',
      body: `${w.organisation} ne traduit plus ses affiches : les versions française et néerlandaise sont écrites en même temps, chacune avec son ton. Le public néerlandophone a augmenté de ${w.percent} %.`,
    }),
    en: (w) => ({
      title: 'One poster, two languages, no translation',
      body: `${w.organisation} no longer translates its posters: the Dutch and French versions are written side by side, each in its own voice. Attendance from the other language community rose by ${w.percent}%.`,
    }),
  }),
  T('bilingual-communication', 'obstacle', {
    nl: (w) => ({
      title: 'Vertalen kost meer dan we dachten',
      body: `Alles in twee (of drie) talen aanbieden kost ${w.organisation} ongeveer ${w.amount} per jaar. Kleine organisaties kunnen dat niet dragen. Kan de raad een gedeelde vertaalpool opzetten?`,
    }),
    fr: (w) => ({
      title: 'La traduction coûte plus cher que prévu',
      body: `Tout proposer en deux (ou trois) langues coûte à ${w.organisation} environ ${w.amount} par an. Les petites structures ne peuvent pas suivre. Le conseil pourrait-il organiser un pool de traduction commun ?`,
    }),
    en: (w) => ({
      title: 'Translation costs more than we thought',
      body: `Offering everything in two (or three) languages costs ${w.organisation} about ${w.amount} a year, more than small members can carry. Could the council set up a shared translation pool?`,
    }),
  }, ['funding']),
  T('bilingual-communication', 'lesson-learned', {
    nl: (w) => ({
      title: 'Boventitels openen de zaal voor iedereen',
      body: `Sinds ${w.organisation} elke voorstelling boventitelt in het Nederlands, Frans en Engels, komen er ook expats en nieuwkomers. Tip: ${w.partner} leent zijn projector uit aan leden.`,
    }),
    fr: (w) => ({
      title: 'Le surtitrage ouvre la salle à tous',
      body: `Depuis que ${w.organisation} surtitre chaque spectacle en français, néerlandais et anglais, les expatriés et les primo-arrivants viennent aussi. Astuce : ${w.partner} prête son projecteur aux membres.`,
    }),
    en: (w) => ({
      title: 'Surtitles open the house to everyone',
      body: `Since ${w.organisation} surtitles every performance in French, Dutch and English, expats and newcomers come too. Tip: ${w.partner} lends its projector to members.`,
    }),
  }, ['accessibility']),

  // --- space sharing
  T('space-sharing', 'success-story', {
    nl: (w) => ({
      title: 'Onze repetitieruimte staat niet meer leeg',
      body: `${w.organisation} verhuurt zijn repetitieruimte overdag aan ${w.partner} en ${w.few} andere leden via een gedeelde kalender. De ruimte wordt nu ${w.percent}% meer gebruikt en de huur dekt de verwarming.`,
    }),
    fr: (w) => ({
      title: 'Notre salle de répétition ne reste plus vide',
      body: `${w.organisation} met sa salle de répétition à disposition de ${w.partner} et de ${w.few} autres membres en journée, grâce à un agenda partagé. Elle sert ${w.percent} % de plus et la location paie le chauffage.`,
    }),
    en: (w) => ({
      title: 'Our rehearsal room is no longer empty',
      body: `${w.organisation} lets its rehearsal room to ${w.partner} and ${w.few} other members during the day through a shared calendar. It is used ${w.percent}% more and the rent covers the heating.`,
    }),
  }),
  T('space-sharing', 'obstacle', {
    nl: (w) => ({
      title: 'Geen opslagruimte voor decors',
      body: `${w.organisation} moet decors na elke speelreeks vernietigen omdat er geen opslag is ${w.commune}. Dat kost geld en is niet duurzaam. Heeft iemand een depot dat we kunnen delen?`,
    }),
    fr: (w) => ({
      title: 'Pas de stockage pour les décors',
      body: `${w.organisation} doit détruire ses décors après chaque série faute de stockage ${w.commune}. C’est coûteux et peu durable. Un membre a-t-il une réserve à partager ?`,
    }),
    en: (w) => ({
      title: 'Nowhere to store sets',
      body: `${w.organisation} has to throw away its sets after each run because there is no storage ${w.commune}. It is costly and wasteful. Does anyone have a depot to share?`,
    }),
  }),
  T('space-sharing', 'lesson-learned', {
    nl: (w) => ({
      title: 'Schrijf de huisregels op voor je deelt',
      body: `Toen ${w.organisation} zijn zaal begon te delen, liep het mis op sleutels, schoonmaak en geluid. Een huisreglement van één pagina en een vaste contactpersoon losten ${w.few} op de ${w.few + 2} conflicten op.`,
    }),
    fr: (w) => ({
      title: 'Écrire les règles avant de partager',
      body: `Quand ${w.organisation} a commencé à partager sa salle, les clés, le nettoyage et le bruit ont posé problème. Un règlement d’une page et une personne de contact ont réglé ${w.few} conflits sur ${w.few + 2}.`,
    }),
    en: (w) => ({
      title: 'Write down the house rules before sharing',
      body: `When ${w.organisation} started sharing its hall, keys, cleaning and noise caused trouble. A one-page set of house rules and one contact person settled ${w.few} of ${w.few + 2} conflicts.`,
    }),
  }),

  // --- ticketing
  T('ticketing', 'success-story', {
    nl: (w) => ({
      title: 'Een gedeeld ticketsysteem met andere leden',
      body: `${w.organisation} stapte samen met ${w.partner} over op één ticketingplatform. De kosten per ticket daalden en we zien nu dat ${w.percent}% van ons publiek ook bij de partner komt.`,
    }),
    fr: (w) => ({
      title: 'Une billetterie partagée entre membres',
      body: `${w.organisation} est passé avec ${w.partner} à une billetterie commune. Le coût par billet a baissé et nous voyons que ${w.percent} % de notre public fréquente aussi le partenaire.`,
    }),
    en: (w) => ({
      title: 'A ticketing system shared with other members',
      body: `${w.organisation} moved to one ticketing platform together with ${w.partner}. The cost per ticket fell and we now see that ${w.percent}% of our audience also goes to the partner.`,
    }),
  }, ['audience-development']),
  T('ticketing', 'obstacle', {
    nl: (w) => ({
      title: 'Gratis tickets, lege stoelen',
      body: `Bij gratis activiteiten van ${w.organisation} blijft tot ${w.percent}% van de gereserveerde plaatsen leeg. Een symbolische prijs helpt, maar sluit mensen uit. Hoe lossen andere leden dit op?`,
    }),
    fr: (w) => ({
      title: 'Billets gratuits, sièges vides',
      body: `Aux activités gratuites de ${w.organisation}, jusqu’à ${w.percent} % des places réservées restent vides. Un prix symbolique aide, mais exclut certains publics. Comment font les autres membres ?`,
    }),
    en: (w) => ({
      title: 'Free tickets, empty seats',
      body: `At free events of ${w.organisation}, up to ${w.percent}% of booked seats stay empty. A token price helps but shuts some people out. How do other members handle this?`,
    }),
  }),
  T('ticketing', 'lesson-learned', {
    nl: (w) => ({
      title: 'Een sociaal tarief zonder stigma',
      body: `${w.organisation} laat het publiek zelf kiezen tussen ${w.few} prijzen, zonder bewijs te vragen. De inkomsten bleven gelijk en er kwamen meer mensen met een klein budget.`,
    }),
    fr: (w) => ({
      title: 'Un tarif social sans stigmate',
      body: `${w.organisation} laisse le public choisir entre ${w.few} prix sans demander de justificatif. Les recettes sont restées stables et davantage de personnes à petit budget sont venues.`,
    }),
    en: (w) => ({
      title: 'A social rate without stigma',
      body: `${w.organisation} lets people choose between ${w.few} prices without asking for proof. Income stayed the same and more people on a small budget came.`,
    }),
  }, ['accessibility']),

  // --- accessibility
  T('accessibility', 'success-story', {
    nl: (w) => ({
      title: 'Prikkelarme momenten',
      body: `${w.organisation} organiseerde ${w.few} prikkelarme momenten met gedempt licht en vrije in- en uitloop. Ze waren uitverkocht, vaak door gezinnen die anders nooit komen.`,
    }),
    fr: (w) => ({
      title: 'Des séances « relax »',
      body: `${w.organisation} a proposé ${w.few} séances relax, lumière douce et entrées libres. Elles affichaient complet, souvent avec des familles qui ne viennent jamais autrement.`,
    }),
    en: (w) => ({
      title: 'Relaxed sessions',
      body: `${w.organisation} ran ${w.few} relaxed sessions with soft lighting and free coming and going. They sold out, often to families who would otherwise never come.`,
    }),
  }),
  T('accessibility', 'obstacle', {
    nl: (w) => ({
      title: 'Een monument zonder lift',
      body: `Het gebouw van ${w.organisation} is beschermd en een lift is niet toegestaan. Rolstoelgebruikers kunnen enkel de benedenzaal bereiken. We zoeken een toegankelijke partnerzaal ${w.commune}.`,
    }),
    fr: (w) => ({
      title: 'Un bâtiment classé sans ascenseur',
      body: `Le bâtiment de ${w.organisation} est classé et un ascenseur n’y est pas autorisé. Les personnes en fauteuil n’accèdent qu’à la salle du rez-de-chaussée. Nous cherchons une salle partenaire accessible ${w.commune}.`,
    }),
    en: (w) => ({
      title: 'A listed building without a lift',
      body: `The building of ${w.organisation} is listed and a lift is not allowed, so wheelchair users can only reach the ground-floor room. We are looking for an accessible partner venue ${w.commune}.`,
    }),
  }, ['space-sharing']),
  T('accessibility', 'lesson-learned', {
    nl: (w) => ({
      title: 'Test je toegankelijkheid met ervaringsdeskundigen',
      body: `${w.organisation} liet ${w.few} ervaringsdeskundigen een bezoek testen, van de website tot het toilet. Het meeste werk bleek goedkoop: duidelijke info vooraf en een opgeleide onthaalploeg.`,
    }),
    fr: (w) => ({
      title: 'Tester l’accessibilité avec les personnes concernées',
      body: `${w.organisation} a demandé à ${w.few} personnes concernées de tester une visite, du site web aux toilettes. L’essentiel ne coûtait presque rien : une information claire à l’avance et un accueil formé.`,
    }),
    en: (w) => ({
      title: 'Test your accessibility with disabled people',
      body: `${w.organisation} asked ${w.few} disabled people to test a visit, from the website to the toilets. Most fixes were cheap: clear information beforehand and trained front-of-house staff.`,
    }),
  }),

  // --- social media
  T('social-media', 'success-story', {
    nl: (w) => ({
      title: 'Korte video’s van achter de schermen',
      body: `${w.organisation} post elke week een korte video van achter de schermen. Het bereik steeg met ${w.percent}% en ${w.many} mensen kochten een ticket via de link.`,
    }),
    fr: (w) => ({
      title: 'De courtes vidéos des coulisses',
      body: `${w.organisation} publie chaque semaine une courte vidéo des coulisses. La portée a augmenté de ${w.percent} % et ${w.many} personnes ont acheté un billet via le lien.`,
    }),
    en: (w) => ({
      title: 'Short behind-the-scenes videos',
      body: `${w.organisation} posts a short behind-the-scenes video every week. Reach grew by ${w.percent}% and ${w.many} people bought a ticket through the link.`,
    }),
  }),
  T('social-media', 'obstacle', {
    nl: (w) => ({
      title: 'Niemand heeft tijd voor sociale media',
      body: `Bij ${w.organisation} doet de zakelijk leider de sociale media ’s avonds erbij. Posts zijn onregelmatig en het bereik daalt. Een gedeelde communicatiemedewerker met ${w.partner} is een optie.`,
    }),
    fr: (w) => ({
      title: 'Personne n’a le temps pour les réseaux sociaux',
      body: `Chez ${w.organisation}, la direction gère les réseaux sociaux le soir. Les publications sont irrégulières et la portée baisse. Un chargé de communication partagé avec ${w.partner} est une piste.`,
    }),
    en: (w) => ({
      title: 'Nobody has time for social media',
      body: `At ${w.organisation} the manager does social media in the evening. Posts are irregular and reach is falling. Sharing a communications officer with ${w.partner} is an option.`,
    }),
  }),
  T('social-media', 'lesson-learned', {
    nl: (w) => ({
      title: 'Elkaars posts delen werkt beter dan advertenties',
      body: `Toen ${w.organisation} en ${w.few} andere leden elkaars evenementen begonnen te delen, bereikten we meer mensen dan met betaalde advertenties. Spreek wel een vast ritme af, bijvoorbeeld elke maandag.`,
    }),
    fr: (w) => ({
      title: 'Relayer les publications des autres vaut mieux que la publicité',
      body: `Quand ${w.organisation} et ${w.few} autres membres ont commencé à relayer leurs événements, nous avons touché plus de monde qu’avec des publicités payantes. Fixez un rythme, par exemple chaque lundi.`,
    }),
    en: (w) => ({
      title: 'Sharing each other’s posts beats advertising',
      body: `When ${w.organisation} and ${w.few} other members started sharing each other’s events, we reached more people than with paid ads. Agree on a rhythm, say every Monday.`,
    }),
  }, ['audience-development']),

  // --- schools
  T('schools', 'success-story', {
    nl: (w) => ({
      title: 'Een vaste partnerschool',
      body: `${w.organisation} werkt al ${w.few} jaar met dezelfde school ${w.commune}. Elke leerling komt minstens één keer per jaar, en ouders volgen nu ook. Continuïteit is belangrijker dan grote projecten.`,
    }),
    fr: (w) => ({
      title: 'Une école partenaire attitrée',
      body: `${w.organisation} travaille depuis ${w.few} ans avec la même école ${w.commune}. Chaque élève vient au moins une fois par an, et les parents suivent. La continuité compte plus que les grands projets.`,
    }),
    en: (w) => ({
      title: 'One partner school',
      body: `${w.organisation} has worked with the same school ${w.commune} for ${w.few} years. Every pupil comes at least once a year and parents now come too. Continuity matters more than big projects.`,
    }),
  }),
  T('schools', 'obstacle', {
    nl: (w) => ({
      title: 'Scholen hebben geen budget voor vervoer',
      body: `Scholen willen naar ${w.organisation} komen, maar de bus kost meer dan het bezoek. Van de ${w.many} geboekte klassen zegden er ${w.few} af. Kunnen leden samen vervoer regelen?`,
    }),
    fr: (w) => ({
      title: 'Les écoles n’ont pas de budget pour le transport',
      body: `Les écoles veulent venir chez ${w.organisation}, mais le car coûte plus cher que la visite. Sur ${w.many} classes inscrites, ${w.few} ont annulé. Les membres pourraient-ils organiser le transport ensemble ?`,
    }),
    en: (w) => ({
      title: 'Schools have no budget for transport',
      body: `Schools want to come to ${w.organisation}, but the coach costs more than the visit. Of ${w.many} classes booked, ${w.few} cancelled. Could members arrange transport together?`,
    }),
  }, ['funding']),
  T('schools', 'lesson-learned', {
    nl: (w) => ({
      title: 'Betrek de leerkrachten vóór de voorstelling',
      body: `${w.organisation} nodigt leerkrachten uit voor een gratis voorpremière en een lesmap. Klassen die zo voorbereid komen, blijven geboeid en stellen betere vragen. ${w.partner} doet hetzelfde in het Frans.`,
    }),
    fr: (w) => ({
      title: 'Impliquer les enseignants avant la représentation',
      body: `${w.organisation} invite les enseignants à une avant-première gratuite avec un dossier pédagogique. Les classes préparées restent attentives et posent de meilleures questions. ${w.partner} fait de même en néerlandais.`,
    }),
    en: (w) => ({
      title: 'Involve teachers before the show',
      body: `${w.organisation} invites teachers to a free preview with a teaching pack. Classes that come prepared stay engaged and ask better questions. ${w.partner} does the same in another language.`,
    }),
  }),

  // --- neighbourhood
  T('neighbourhood', 'success-story', {
    nl: (w) => ({
      title: 'Cultuur op het plein',
      body: `${w.organisation} speelde ${w.few} zondagen op het plein ${w.commune}, samen met buurtbewoners en vrijwilligers van het buurthuis. ${w.many} mensen kwamen voor het eerst naar een activiteit van ons.`,
    }),
    fr: (w) => ({
      title: 'La culture sur la place',
      body: `${w.organisation} a joué ${w.few} dimanches sur la place ${w.commune}, avec les habitants et les bénévoles de la maison de quartier. ${w.many} personnes découvraient nos activités pour la première fois.`,
    }),
    en: (w) => ({
      title: 'Culture on the square',
      body: `${w.organisation} played ${w.few} Sundays on the square ${w.commune}, with residents and volunteers from the community house. ${w.many} people came to one of our activities for the first time.`,
    }),
  }, ['volunteers']),
  T('neighbourhood', 'obstacle', {
    nl: (w) => ({
      title: 'De buren klagen over lawaai',
      body: `Na ${w.few} klachten moest ${w.organisation} zijn buitenactiviteiten om 22 uur stoppen. We willen de buurt betrekken in plaats van storen, maar weten niet goed hoe.`,
    }),
    fr: (w) => ({
      title: 'Les voisins se plaignent du bruit',
      body: `Après ${w.few} plaintes, ${w.organisation} doit arrêter ses activités extérieures à 22 heures. Nous voulons associer le quartier plutôt que le déranger, mais ne savons pas comment.`,
    }),
    en: (w) => ({
      title: 'Neighbours complain about noise',
      body: `After ${w.few} complaints ${w.organisation} has to stop outdoor activities at 10 pm. We want to involve the neighbourhood rather than disturb it, but are not sure how.`,
    }),
  }),
  T('neighbourhood', 'lesson-learned', {
    nl: (w) => ({
      title: 'Ga eerst langs bij de buurtorganisaties',
      body: `${w.organisation} leerde dat een project in de wijk pas werkt als je eerst de buurthuizen, scholen en vrijwilligers kent. Trek er een paar maanden voor uit, zoals ${w.partner} deed.`,
    }),
    fr: (w) => ({
      title: 'Passer d’abord par les associations du quartier',
      body: `${w.organisation} a appris qu’un projet dans le quartier ne prend que si l’on connaît d’abord les maisons de quartier, les écoles et les bénévoles. Prenez quelques mois pour cela, comme l’a fait ${w.partner}.`,
    }),
    en: (w) => ({
      title: 'Visit local organisations first',
      body: `${w.organisation} learned that a neighbourhood project only works once you know the community houses, schools and volunteers. Take a few months for it, as ${w.partner} did.`,
    }),
  }, ['volunteers', 'schools']),

  // --- co-production
  T('co-production', 'success-story', {
    nl: (w) => ({
      title: 'Een coproductie over de taalgrens',
      body: `${w.organisation} en ${w.partner} maakten samen een productie die in beide huizen te zien was, ${w.many} keer in totaal. Elk huis bracht zijn eigen publiek mee; de helft zag de partner voor het eerst.`,
    }),
    fr: (w) => ({
      title: 'Une coproduction par-delà la frontière linguistique',
      body: `${w.organisation} et ${w.partner} ont créé ensemble une production présentée dans les deux maisons, ${w.many} fois au total. Chacun a amené son public ; la moitié découvrait le partenaire.`,
    }),
    en: (w) => ({
      title: 'A co-production across the language border',
      body: `${w.organisation} and ${w.partner} made a production together, shown in both houses ${w.many} times in all. Each brought its own audience; half of them discovered the partner.`,
    }),
  }, ['bilingual-communication']),
  T('co-production', 'obstacle', {
    nl: (w) => ({
      title: 'Wie draagt het financiële risico?',
      body: `Een coproductie van ${w.organisation} met ${w.few} partners liep vast op de vraag wie het tekort zou dragen. Zonder afspraak vooraf hield niemand het budget in de gaten.`,
    }),
    fr: (w) => ({
      title: 'Qui porte le risque financier ?',
      body: `Une coproduction de ${w.organisation} avec ${w.few} partenaires a buté sur la question du déficit. Sans accord préalable, personne ne suivait le budget.`,
    }),
    en: (w) => ({
      title: 'Who carries the financial risk?',
      body: `A co-production of ${w.organisation} with ${w.few} partners stalled over who would cover the deficit. Without an agreement up front nobody kept an eye on the budget.`,
    }),
  }, ['funding']),
  T('co-production', 'lesson-learned', {
    nl: (w) => ({
      title: 'Een samenwerkingsovereenkomst van twee pagina’s',
      body: `${w.organisation} gebruikt nu een korte overeenkomst voor elke samenwerking: rollen, budget, rechten en communicatie. Het gesprek erover is nuttiger dan het document zelf, zegt ook ${w.partner}.`,
    }),
    fr: (w) => ({
      title: 'Une convention de partenariat de deux pages',
      body: `${w.organisation} utilise désormais une courte convention pour chaque collaboration : rôles, budget, droits et communication. La discussion compte plus que le document, confirme ${w.partner}.`,
    }),
    en: (w) => ({
      title: 'A two-page partnership agreement',
      body: `${w.organisation} now uses a short agreement for every collaboration: roles, budget, rights and communication. Talking it through matters more than the document, ${w.partner} agrees.`,
    }),
  }),
];

const BY_THEME_AND_KIND = new Map<string, InsightTemplate[]>();
for (const template of TEMPLATES) {
  const key = `${template.theme}/${template.kind}`;
  const list = BY_THEME_AND_KIND.get(key) ?? [];
  list.push(template);
  BY_THEME_AND_KIND.set(key, list);
}

export interface WrittenInsight extends Said {
  themes: InsightTheme[];
}

/** One insight about `theme`, of `kind`, said in `language`. */
export function writeInsight(random: Random, theme: InsightTheme, kind: InsightKind, language: TextLanguage, words: InsightWords): WrittenInsight {
  const options = BY_THEME_AND_KIND.get(`${theme}/${kind}`);
  if (!options || options.length === 0) throw new RangeError(`no insight template for ${theme}/${kind}`);
  const template = random.pick(options);
  const { title, body } = template.say[language](words);
  return { title, body, themes: [template.theme, ...(template.also ?? [])] };
}

/** "12.500 euro" / "12 500 euros" / "€12,500" */
export function formatEuros(amount: number, language: TextLanguage): string {
  const digits = String(Math.round(amount));
  const grouped = (separator: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  if (language === 'nl') return `${grouped('.')} euro`;
  if (language === 'fr') return `${grouped('\u202f')} euros`;
  return `€${grouped(',')}`;
}

// Three past evaluation waves of the demo city, one a year, answered as its members would: the
// partners an organisation names are mostly its strongest ties of that year in the collaboration
// network, with trust and value that grow with the tie, some ties the graph lacks (work the council
// does not record), and some members who never answered. Deterministic: a seeded stream of its own.
import { collaborationTies, type ActivityRow, type CollaborationTie } from '../server/analytics/collaboration-network.ts';
import { createRandom, type Random } from '../server/analytics/random.ts';
import type { GeneralItem } from '../server/analytics/evaluation/questions.ts';
import type { AnswerRow, WaveRow } from '../server/repositories/evaluation-repository.ts';
import { parseIsoDay, yearOf } from './days.ts';

export interface EvaluationDemo {
  waves: WaveRow[];
  answers: AnswerRow[];
}

const WAVE_TITLES = ['Evaluatie {year} · Évaluation {year}', 'Evaluatie {year} · Évaluation {year}', 'Evaluatie {year} · Évaluation {year}'];
/** Share of members that answer each wave, the later ones better followed up. */
const RESPONSE_SHARE = [0.62, 0.7, 0.78];
/** The council's general mood per wave: it gets better as the plan takes hold. */
const MOOD = [3.0, 3.35, 3.65];
const GENERAL_OFFSET: Record<GeneralItem, number> = { communication: -0.2, workingGroups: 0.2, meetings: 0, knowledgeExchange: 0.1, satisfaction: 0.1 };

const WHAT_WORKS = [
  'De werkgroepen brengen ons in contact met huizen die we anders nooit zouden ontmoeten.',
  'Les sessions d’échange : on repart toujours avec une idée concrète.',
  'Sharing rehearsal space through the council saved us a season’s rent.',
  'Het gezamenlijke festivalweekend gaf ons een nieuw publiek.',
  'La coordination des calendriers évite enfin que nos premières tombent le même soir.',
  'Die Treffen sind gut vorbereitet und die Protokolle kommen schnell.',
];
const WHAT_SHOULD_CHANGE = [
  'Minder vergaderingen tijdens de speelperiode, meer in de zomer.',
  'Plus de traduction simultanée aux plénières.',
  'Smaller members need help to write joint funding applications.',
  'De nieuwsbrief komt te laat voor onze programmering.',
  'Des rencontres dans d’autres communes que le centre.',
  'Ein gemeinsamer Materialpool wäre hilfreich.',
];

const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));
const noise = (random: Random, spread: number) => (random.next() * 2 - 1) * spread;
const score = (random: Random, base: number, min: number, max: number, spread = 0.7) => clamp(Math.round(base + noise(random, spread)), min, max);

/** What a member says about a partner: the stronger and more frequent the tie, the higher. Without a tie in the graph: middling. */
function rate(random: Random, organisationId: string, tie: CollaborationTie | null) {
  const strength = tie ? clamp(1.9 + 0.55 * Math.min(tie.weight, 3) + 0.1 * Math.min(tie.count, 5), 1, 4) : 2.1;
  const frequency = tie ? clamp(1 + Math.min(3, Math.floor(tie.count / 2)), 1, 4) : score(random, 1.6, 1, 4);
  return {
    organisationId,
    frequency: clamp(frequency + (random.chance(0.2) ? (random.chance(0.5) ? 1 : -1) : 0), 1, 4),
    openness: score(random, strength + 0.2, 1, 4),
    reliability: score(random, strength, 1, 4),
    sharedMission: score(random, strength - 0.1, 1, 4),
    influence: score(random, strength - 0.4, 1, 4),
    resources: score(random, strength - 0.2, 1, 4),
    involvement: score(random, strength, 1, 4),
  };
}

/**
 * `organisations` and `rows`: the demo city's members and dated activity rows as the network reads
 * them. Waves look back on the three years before `until`'s, each open from mid-January to the end
 * of February of the year after.
 */
export function generateEvaluationWaves(
  organisations: readonly { id: string }[],
  rows: readonly ActivityRow[],
  options: { seed?: number; until?: string } = {},
): EvaluationDemo {
  const until = options.until ?? '2026-06-30';
  const lastYear = yearOf(parseIsoDay(until, 'until')) - 1;
  const random = createRandom((Math.imul((options.seed ?? 2024) >>> 0, 0x85ebca6b) ^ 0x77617665) >>> 0);
  const members = [...organisations].map((o) => o.id).sort();
  const waves: WaveRow[] = [];
  const answers: AnswerRow[] = [];
  for (let w = 0; w < 3; w++) {
    const year = lastYear - 2 + w;
    const wave: WaveRow = {
      id: random.uuid(),
      title: WAVE_TITLES[w]!.replaceAll('{year}', String(year)),
      periodFrom: `${year}-01-01`,
      periodTo: `${year}-12-31`,
      opensOn: `${year + 1}-01-15`,
      closesOn: `${year + 1}-02-28`,
      organisationIds: members,
      createdAt: `${year + 1}-01-10T09:00:00.000Z`,
    };
    waves.push(wave);
    const ties = collaborationTies(rows, { from: wave.periodFrom, to: wave.periodTo });
    const tiesOf = new Map<string, CollaborationTie[]>();
    for (const t of ties) {
      for (const id of [t.source, t.target]) {
        if (!tiesOf.has(id)) tiesOf.set(id, []);
        tiesOf.get(id)!.push(t);
      }
    }
    for (const id of members) {
      if (!random.chance(RESPONSE_SHARE[w]!)) continue;
      const strongest = [...(tiesOf.get(id) ?? [])].sort((a, b) => b.weight - a.weight || (a.source + a.target < b.source + b.target ? -1 : 1)).slice(0, 7);
      const partners = strongest.filter(() => random.chance(0.8)).map((t) => rate(random, t.source === id ? t.target : t.source, t));
      // Work the council does not record: a partner the graph shows no tie with.
      if (random.chance(0.3)) {
        const named = new Set([id, ...partners.map((p) => p.organisationId), ...(tiesOf.get(id) ?? []).flatMap((t) => [t.source, t.target])]);
        const stranger = random.pick(members);
        if (!named.has(stranger)) partners.push(rate(random, stranger, null));
      }
      const mood = MOOD[w]! + noise(random, 0.5);
      const general = Object.fromEntries(
        (Object.keys(GENERAL_OFFSET) as GeneralItem[]).map((item) => [item, score(random, mood + GENERAL_OFFSET[item], 1, 5, 0.9)]),
      ) as Record<GeneralItem, number>;
      const writes = random.chance(0.35);
      answers.push({
        waveId: wave.id,
        organisationId: id,
        general,
        whatWorks: writes ? random.pick(WHAT_WORKS) : '',
        whatShouldChange: writes && random.chance(0.7) ? random.pick(WHAT_SHOULD_CHANGE) : '',
        consentToBeNamed: random.chance(0.4),
        partners,
        submit: true,
        at: `${year + 1}-02-${String(random.int(1, 27)).padStart(2, '0')}T10:00:00.000Z`,
      });
    }
  }
  return { waves, answers };
}

// Turns raw shared activities between pairs of organisations into weighted ties and node degrees.

/**
 * How much one shared activity of each kind counts; a joint project is the reference.
 * - project 1: partners in a joint project planned, funded and carried out something together.
 * - group 0.5: members of the same working group at the same time meet and exchange for months,
 *   but need not make anything together: half a project, counted once per group they share.
 * - meeting 0.1: both present at one working-group or knowledge-exchange meeting (plenaries do not
 *   count) is a weak sign on its own; a pair that sat together at ten meetings has a tie as strong
 *   as one joint project, about what a year in the same group adds up to.
 */
export const TIE_WEIGHTS: Record<string, number> = {
  project: 1,
  group: 0.5,
  meeting: 0.1,
};

export interface SharedActivity {
  source: string;
  target: string;
  kind: string;
  count: number;
  first: string | null;
  last: string | null;
}

export interface CollaborationTie {
  source: string;
  target: string;
  weight: number;
  count: number;
  kinds: Record<string, number>;
  first: string | null;
  last: string | null;
}

const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/** Merges activities of several kinds into one tie per unordered pair, ordered by source and target. */
export function collaborationTies(activities: Iterable<SharedActivity>): CollaborationTie[] {
  const ties = new Map<string, CollaborationTie>();
  for (const a of activities) {
    const [source, target] = a.source < a.target ? [a.source, a.target] : [a.target, a.source];
    const key = `${source}\u0000${target}`;
    const weight = (TIE_WEIGHTS[a.kind] ?? 0) * a.count;
    const tie = ties.get(key);
    if (!tie) {
      ties.set(key, { source, target, weight, count: a.count, kinds: { [a.kind]: a.count }, first: a.first, last: a.last });
      continue;
    }
    tie.weight += weight;
    tie.count += a.count;
    tie.kinds[a.kind] = (tie.kinds[a.kind] ?? 0) + a.count;
    tie.first = earlier(tie.first, a.first);
    tie.last = later(tie.last, a.last);
  }
  for (const tie of ties.values()) tie.weight = roundWeight(tie.weight);
  // In a fixed order, so the same graph always gives the same answer (Cypher rows come in any order).
  return [...ties.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
}

/** Tenths of meetings add up to 0.30000000000000004; six decimals are more than a weight means. */
const roundWeight = (weight: number) => Math.round(weight * 1e6) / 1e6;

/** Distinct partners and summed tie weight per organisation. */
export function degreeAndStrength(ties: readonly CollaborationTie[]): Map<string, { degree: number; strength: number }> {
  const out = new Map<string, { degree: number; strength: number }>();
  const bump = (id: string, weight: number) => {
    const entry = out.get(id) ?? { degree: 0, strength: 0 };
    entry.degree += 1;
    entry.strength += weight;
    out.set(id, entry);
  };
  for (const t of ties) {
    bump(t.source, t.weight);
    bump(t.target, t.weight);
  }
  for (const entry of out.values()) entry.strength = roundWeight(entry.strength);
  return out;
}

// Turns raw shared activities between pairs of organisations into weighted ties and node degrees.

/** How much one shared activity of each kind counts; a joint project is the reference. */
export const TIE_WEIGHTS: Record<string, number> = {
  project: 1,
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

/** Merges activities of several kinds into one tie per unordered pair. */
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
  return [...ties.values()];
}

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
  return out;
}

// Turns organisations and ties into one graphology graph, and cuts a subset of them out.
import { UndirectedGraph } from 'graphology';
import type { MetricsOrganisation, MetricsTie, NetworkFilter, NetworkInput } from './types.ts';

export interface OrganisationAttributes {
  name: string;
  disciplines: string[];
  /** First of its disciplines, null when it has none. */
  mainDiscipline: string | null;
  commune: string | null;
  kind: string | null;
  inJointProject: boolean;
}

export interface TieAttributes {
  weight: number;
  kinds: Record<string, number>;
}

export type CollaborationGraph = UndirectedGraph<OrganisationAttributes, TieAttributes>;

/** Key of an unordered pair, the same whichever end comes first. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * An undirected, simple, weighted graph. Nodes are added in id order so that results which depend
 * on iteration order (Louvain, sampling) do not depend on the order the rows came in.
 */
export function buildGraph(input: NetworkInput): CollaborationGraph {
  const graph: CollaborationGraph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  const organisations = [...input.organisations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const o of organisations) {
    if (graph.hasNode(o.id)) throw new Error(`buildGraph: organisation ${o.id} is listed twice; pass each organisation once`);
    graph.addNode(o.id, {
      name: o.name,
      disciplines: o.disciplines,
      mainDiscipline: o.disciplines[0] ?? null,
      commune: o.commune,
      kind: o.kind,
      inJointProject: o.inJointProject ?? false,
    });
  }
  // Each pair with its ends in order, sorted, so duplicates sit side by side.
  const ties = input.ties
    .map((tie) => (tie.source <= tie.target ? { tie, a: tie.source, b: tie.target } : { tie, a: tie.target, b: tie.source }))
    .sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
  for (let i = 0; i < ties.length; i++) {
    const { tie: t, a, b } = ties[i]!;
    if (a === b) throw new Error(`buildGraph: tie of ${a} with itself; a tie joins two organisations`);
    if (!graph.hasNode(a) || !graph.hasNode(b)) {
      throw new Error(`buildGraph: tie ${t.source}–${t.target} names an organisation not in the list; filter ties with filterNetwork first`);
    }
    if (!(t.weight > 0)) throw new Error(`buildGraph: tie ${t.source}–${t.target} has weight ${t.weight}; weights must be positive`);
    const previous = ties[i - 1];
    if (previous !== undefined && previous.a === a && previous.b === b) {
      throw new Error(`buildGraph: two ties join ${a} and ${b}; merge them into one tie per pair`);
    }
    graph.addEdge(a, b, { weight: t.weight, kinds: t.kinds });
  }
  return graph;
}

function keepsOrganisation(o: MetricsOrganisation, filter: NetworkFilter, members: ReadonlySet<string> | null): boolean {
  if (filter.discipline !== undefined && !o.disciplines.includes(filter.discipline)) return false;
  if (filter.commune !== undefined && o.commune !== filter.commune) return false;
  if (members !== null && !members.has(o.id)) return false;
  return true;
}

/**
 * The part of the network a filter selects: its organisations and the ties among them. With a
 * tie-kind filter a tie keeps only those kinds and its weight is recomputed from `kindWeights`
 * (how much one activity of each kind counts, from the tie model), so a tie made only of other
 * kinds drops out. Apply the same filter to the previous period before comparing the two.
 */
export function filterNetwork(input: NetworkInput, filter: NetworkFilter, kindWeights?: Readonly<Record<string, number>>): NetworkInput {
  const members = filter.organisationIds === undefined ? null : new Set(filter.organisationIds);
  const organisations = input.organisations.filter((o) => keepsOrganisation(o, filter, members));
  const kept = new Set(organisations.map((o) => o.id));
  let ties = input.ties.filter((t) => kept.has(t.source) && kept.has(t.target));
  if (filter.tieKinds !== undefined) {
    if (kindWeights === undefined) {
      throw new Error('filterNetwork: a tie-kind filter needs kindWeights (the weight of one activity of each kind) to reweigh the ties');
    }
    const kinds = filter.tieKinds;
    ties = ties.flatMap((t): MetricsTie[] => {
      const keptKinds: Record<string, number> = {};
      let weight = 0;
      for (const kind of kinds) {
        const count = t.kinds[kind] ?? 0;
        if (count <= 0) continue;
        keptKinds[kind] = count;
        weight += (kindWeights[kind] ?? 0) * count;
      }
      // Rounded like the tie model rounds, so 0.1 x 3 stays 0.3.
      weight = Math.round(weight * 1e6) / 1e6;
      return weight > 0 ? [{ ...t, kinds: keptKinds, weight }] : [];
    });
  }
  return { organisations, ties };
}

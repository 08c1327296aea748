// The shapes the metrics engine reads and writes. Outputs are plain JSON: they are stored as
// snapshots and served by the API, so their field names are part of the contract; add, never rename.

/** A member organisation as the engine sees it. */
export interface MetricsOrganisation {
  id: string;
  name: string;
  /** Its disciplines, the main one first; may be empty. */
  disciplines: string[];
  commune: string | null;
  kind: string | null;
  /** Partner or lead in at least one joint project in the period. */
  inJointProject?: boolean;
}

/** One tie of the collaboration model: an unordered pair with its strength and what it is made of. */
export interface MetricsTie {
  source: string;
  target: string;
  /** Strength of the tie (> 0); used by weighted degree and Louvain, not by path-based metrics. */
  weight: number;
  /** How many shared activities of each kind (project, group, meeting, …) make the tie. */
  kinds: Record<string, number>;
}

export interface NetworkInput {
  organisations: MetricsOrganisation[];
  ties: MetricsTie[];
}

/** A subset of the network; every criterion given must hold (AND). */
export interface NetworkFilter {
  /** Organisations with this discipline among theirs (main or not). */
  discipline?: string;
  /** Organisations in this set, e.g. the members of a working group. */
  organisationIds?: ReadonlySet<string> | readonly string[];
  commune?: string;
  /** Ties made of at least one of these kinds; the tie keeps only these kinds. */
  tieKinds?: readonly string[];
}

export interface MetricsOptions {
  /**
   * The previous period's ties, filtered like the input; gives new, lasting and lost ties.
   * Without it those figures are null. Ties whose ends are not both in the input are ignored.
   */
  previous?: readonly Pick<MetricsTie, 'source' | 'target'>[];
  /** Betweenness and closeness are exact up to this many organisations, sampled above. */
  betweennessExactUpTo?: number;
  /** Pivots (sources of shortest paths) drawn when sampling. */
  samples?: number;
  /** Seed of every random choice (Louvain order, pivots): the same input gives the same figures. */
  seed?: number;
}

export interface DegreeCount {
  degree: number;
  organisations: number;
}

export interface NetworkMetrics {
  organisations: number;
  ties: number;
  /** Ties over possible pairs, n(n-1)/2; 0 below two organisations. */
  density: number;
  meanDegree: number;
  /** How many organisations have each degree, by ascending degree, degrees with none left out. */
  degreeDistribution: DegreeCount[];
  /** Organisations without any tie. */
  isolated: number;
  isolatedShare: number;
  components: number;
  largestComponentSize: number;
  largestComponentShare: number;
  /** Mean of the local clustering coefficients, zeros included (networkx average_clustering). */
  averageClustering: number;
  /** Global clustering: 3 x triangles / connected triples (networkx transitivity). */
  transitivity: number;
  /** Louvain communities on tie weights, numbered 0 for the largest. */
  communities: number;
  modularity: number;
  /** Share of ties between organisations of different main disciplines; null when no tie has both ends with a discipline. */
  crossDisciplineShare: number | null;
  /** Krackhardt E-I index by main discipline, (external - internal) / (external + internal), in [-1, 1]. */
  eiIndex: number | null;
  /** Against the previous period; null when no previous period was given. */
  newTies: number | null;
  lastingTies: number | null;
  lostTies: number | null;
  /** Share of organisations in at least one joint project. */
  jointProjectShare: number;
  /** How betweenness and closeness were computed. */
  centrality: CentralityMethod;
}

export interface CentralityMethod {
  method: 'exact' | 'sampled';
  /** Pivots used when sampled, null when exact. */
  samples: number | null;
  exactUpTo: number;
}

export interface OrganisationMetrics {
  id: string;
  degree: number;
  /** Sum of the weights of its ties. */
  weightedDegree: number;
  /** Normalised by (n-1)(n-2)/2 pairs, unweighted shortest paths (the brokers). */
  betweenness: number;
  /** 1 for the highest betweenness; equal values share a rank. */
  betweennessRank: number;
  /** Wasserman-Faust closeness, unweighted: fit for a network in several components. */
  closeness: number;
  /** Local clustering coefficient, unweighted. */
  clustering: number;
  /** Louvain community, numbered 0 for the largest. */
  community: number;
  /** Distinct main disciplines among its partners. */
  disciplinesConnected: number;
  /** Its ties absent from the previous period; null when no previous period was given. */
  newTies: number | null;
}

export interface Metrics {
  network: NetworkMetrics;
  /** One entry per organisation, ordered by id. */
  organisations: OrganisationMetrics[];
}

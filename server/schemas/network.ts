import { Type, type Static } from '@sinclair/typebox';
import { TIE_KINDS, type TieKind } from '../analytics/collaboration-network.ts';
import { DISCIPLINE_IDS } from '../domain/taxonomy.ts';
import { IsoDateSchema, StringEnum } from './common.ts';

// The kinds of tie are the collaboration model's; the API names them from there.
export { TIE_KINDS, type TieKind };

/** The filters of the network, shared by the map's answer and the graph files. */
export const NetworkFilterSchema = Type.Object({
  discipline: Type.Optional(StringEnum(DISCIPLINE_IDS, { description: 'Only organisations working in this discipline' })),
  from: Type.Optional(IsoDateSchema),
  to: Type.Optional(IsoDateSchema),
  tie: Type.Optional(
    Type.Array(StringEnum(TIE_KINDS), {
      description: 'Kinds of tie to draw: one, several comma-separated (tie=project,group) or repeated (tie=project&tie=group); all when missing',
    }),
  ),
});

export const NetworkQuerySchema = Type.Composite([
  NetworkFilterSchema,
  Type.Object({
    metrics: Type.Optional(
      Type.Boolean({ description: 'Add each organisation\'s metrics (community, betweenness and its rank, weighted degree), computed on the filtered network' }),
    ),
  }),
]);
export type NetworkQuery = Static<typeof NetworkQuerySchema>;

export const NodeMetricsSchema = Type.Object(
  {
    degree: Type.Integer(),
    weightedDegree: Type.Number({ description: 'Sum of the weights of its ties' }),
    betweenness: Type.Number({ description: 'Normalised betweenness on unweighted shortest paths (the brokers)' }),
    betweennessRank: Type.Integer({ description: '1 for the highest betweenness; equal values share a rank' }),
    community: Type.Integer({ description: 'Louvain community on the tie weights, 0 for the largest' }),
  },
  { description: 'With metrics=true: the metrics engine\'s figures on the filtered network' },
);

export const NetworkNodeSchema = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  commune: Type.String(),
  mainDiscipline: Type.Union([Type.String(), Type.Null()]),
  degree: Type.Integer({ description: 'Number of distinct partners in the filtered network' }),
  strength: Type.Number({ description: 'Sum of the weights of its ties' }),
  metrics: Type.Optional(NodeMetricsSchema),
});

export const NetworkEdgeSchema = Type.Object({
  source: Type.String(),
  target: Type.String(),
  weight: Type.Number(),
  count: Type.Integer({ description: 'How many shared activities make the tie' }),
  kinds: Type.Record(Type.String(), Type.Integer()),
  first: Type.Union([Type.String(), Type.Null()]),
  last: Type.Union([Type.String(), Type.Null()]),
});

export const NetworkSchema = Type.Object({
  nodes: Type.Array(NetworkNodeSchema),
  edges: Type.Array(NetworkEdgeSchema),
});
export type Network = Static<typeof NetworkSchema>;

/**
 * GET /api/network's answer: each organisation once, the ties as columns pointing at organisations by
 * index (server/domain/network-wire.ts packs and unpacks it).
 */
export const PackedNetworkSchema = Type.Object(
  {
    nodes: Type.Array(NetworkNodeSchema),
    ties: Type.Object(
      {
        source: Type.Array(Type.Integer({ minimum: 0 }), { description: 'Index in `nodes` of each tie\'s first organisation' }),
        target: Type.Array(Type.Integer({ minimum: 0 }), { description: 'Index in `nodes` of each tie\'s second organisation' }),
        weight: Type.Array(Type.Number(), { description: 'Each tie\'s weight' }),
        count: Type.Array(Type.Integer(), { description: 'How many shared activities make each tie' }),
        first: Type.Array(Type.Union([Type.String(), Type.Null()]), { description: 'First day of each tie\'s first shared activity' }),
        last: Type.Array(Type.Union([Type.String(), Type.Null()]), { description: 'Last day of each tie\'s last shared activity' }),
        kinds: Type.Record(Type.String(), Type.Array(Type.Integer()), {
          description: 'Per kind of tie present: how many shared activities of that kind make each tie (0: none)',
        }),
      },
      { description: 'One entry per tie in every column' },
    ),
  },
  { description: 'The network packed: organisations once, ties as index pairs and numbers' },
);
export type PackedNetwork = Static<typeof PackedNetworkSchema>;

const TieCountsSchema = Type.Record(Type.String(), Type.Integer(), {
  description: 'How many shared activities of each kind make the tie (kinds shared not at all are left out)',
});

/** One partner of an organisation: the tie of the network model seen from its side. */
export const NetworkPartnerSchema = Type.Object({
  organisation: Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String(), mainDiscipline: Type.Union([Type.String(), Type.Null()]) }),
  weight: Type.Number({ description: 'The tie weight: each shared activity counts its kind\'s weight (see GET /api/tie-kinds)' }),
  count: Type.Integer({ description: 'How many shared activities, of every kind, make the tie' }),
  kinds: TieCountsSchema,
  projects: Type.Integer({ description: 'Joint projects (the same as kinds.project, 0 when none)' }),
  first: Type.String({ description: 'First day of the first shared activity' }),
  last: Type.String({ description: 'Last day of the last shared activity' }),
});
export type NetworkPartner = Static<typeof NetworkPartnerSchema>;
export type NetworkNode = Static<typeof NetworkNodeSchema>;
export type NetworkEdge = Static<typeof NetworkEdgeSchema>;

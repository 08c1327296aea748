import { Type, type Static } from '@sinclair/typebox';
import { DISCIPLINE_IDS } from '../domain/taxonomy.ts';
import { IsoDateSchema, StringEnum } from './common.ts';

/** Where a tie comes from: a joint project, a working group shared at the same time, meetings attended together. */
export const TIE_KINDS = ['project', 'group', 'meeting'] as const;
export type TieKind = (typeof TIE_KINDS)[number];

export const NetworkQuerySchema = Type.Object({
  discipline: Type.Optional(StringEnum(DISCIPLINE_IDS, { description: 'Only organisations working in this discipline' })),
  from: Type.Optional(IsoDateSchema),
  to: Type.Optional(IsoDateSchema),
  tie: Type.Optional(
    Type.Array(StringEnum(TIE_KINDS), {
      description: 'Kinds of tie to draw: one, several comma-separated (tie=project,group) or repeated (tie=project&tie=group); all when missing',
    }),
  ),
});
export type NetworkQuery = Static<typeof NetworkQuerySchema>;

export const NetworkNodeSchema = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  commune: Type.String(),
  mainDiscipline: Type.Union([Type.String(), Type.Null()]),
  degree: Type.Integer({ description: 'Number of distinct partners in the filtered network' }),
  strength: Type.Number({ description: 'Sum of the weights of its ties' }),
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
export type NetworkNode = Static<typeof NetworkNodeSchema>;
export type NetworkEdge = Static<typeof NetworkEdgeSchema>;

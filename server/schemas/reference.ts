// Shapes of the reference data the dashboard labels things with: disciplines, communes, kinds of tie.
import { Type, type Static } from '@sinclair/typebox';
import { TIE_KINDS } from '../analytics/collaboration-network.ts';
import { StringEnum } from './common.ts';

const NamesSchema = Type.Object({ nl: Type.String(), fr: Type.String(), en: Type.String(), de: Type.String() });

export const DisciplineSchema = Type.Object({ id: Type.String(), name: NamesSchema, colour: Type.String() });

export const CommuneSchema = Type.Object({
  id: Type.String(),
  name: Type.Object({ nl: Type.String(), fr: Type.String() }),
  lat: Type.Number(),
  lon: Type.Number(),
});

/** The kinds of tie of the collaboration model with their weights, and the model's version. */
export const TieModelSchema = Type.Object({
  version: Type.Integer({ description: 'Changes whenever a rule or a weight of the tie model changes' }),
  kinds: Type.Array(
    Type.Object({
      id: StringEnum(TIE_KINDS),
      weight: Type.Number({ description: 'What one shared activity of this kind adds to a tie (a joint project is 1)' }),
    }),
    { description: 'Every kind of tie, in the order the dashboard lists them' },
  ),
});
export type TieModel = Static<typeof TieModelSchema>;

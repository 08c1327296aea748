// The collaboration model's shapes as the API sends them: types only, from the server's schemas.
export type { TieModel } from '../../../server/schemas/reference.ts';
export type { NetworkPartner, TieKind } from '../../../server/schemas/network.ts';

import { Type, type Static } from '@sinclair/typebox';
import { TRASH_ENTITY_TYPES } from '../domain/audit.ts';
import { IsoDateTimeSchema, StringEnum, UuidSchema } from './common.ts';
import { AuditActorSchema } from './audit.ts';

export const TrashEntityTypeSchema = StringEnum(TRASH_ENTITY_TYPES);

export const TrashQuerySchema = Type.Object({ entityType: Type.Optional(TrashEntityTypeSchema) });

export const TrashItemSchema = Type.Object({
  entityType: TrashEntityTypeSchema,
  id: Type.String(),
  label: Type.String({ description: 'Its name or title' }),
  deletedAt: IsoDateTimeSchema,
  deletedBy: Type.Union([AuditActorSchema, Type.Null()], { description: 'Null when the anonymous public deleted it' }),
});

export const RestoreParamsSchema = Type.Object({ entityType: TrashEntityTypeSchema, id: UuidSchema });
export type RestoreParams = Static<typeof RestoreParamsSchema>;

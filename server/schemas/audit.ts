import { Type, type Static } from '@sinclair/typebox';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../domain/audit.ts';
import { IsoDateSchema, IsoDateTimeSchema, PagingQuerySchema, StringEnum } from './common.ts';

const DateOrDateTime = (description: string) => Type.Union([IsoDateSchema, IsoDateTimeSchema], { description });

export const AuditFilterSchema = Type.Object({
  actor: Type.Optional(Type.String({ minLength: 1, maxLength: 320, description: 'Who made the change: an account id or e-mail' })),
  entityType: Type.Optional(StringEnum(AUDIT_ENTITY_TYPES)),
  entityId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  action: Type.Optional(StringEnum(AUDIT_ACTIONS)),
  from: Type.Optional(DateOrDateTime('From this moment on; a date means from the start of that day in Brussels')),
  to: Type.Optional(DateOrDateTime('Up to this moment; a date means up to the end of that day in Brussels')),
});
export type AuditFilterQuery = Static<typeof AuditFilterSchema>;

export const AuditListQuerySchema = Type.Composite([AuditFilterSchema, Type.Object(PagingQuerySchema)]);
export type AuditListQuery = Static<typeof AuditListQuerySchema>;

export const AuditActorSchema = Type.Object({
  id: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  name: Type.Union([Type.String(), Type.Null()]),
});

/** The entity's API shape (an organisation, a project…) as it was before and after the change. */
const EntityState = Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]);

export const AuditEventSchema = Type.Object(
  {
    id: Type.String(),
    at: IsoDateTimeSchema,
    actor: Type.Union([AuditActorSchema, Type.Null()], { description: 'Null for the anonymous public' }),
    entityType: Type.String(),
    entityId: Type.String(),
    entityLabel: Type.String({ description: "The entity's name or title at the time" }),
    action: StringEnum(AUDIT_ACTIONS),
    before: EntityState,
    after: EntityState,
    requestId: Type.Union([Type.String(), Type.Null()], { description: 'Shared by every event of one request, such as an import' }),
  },
  { $id: 'AuditEvent' },
);

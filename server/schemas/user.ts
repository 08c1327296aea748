// Accounts: what the API shows of a user (never the password hash) and what an admin may write.
import { Type, type Static } from '@sinclair/typebox';
import { ROLES } from '../domain/actor.ts';
import { IsoDateTimeSchema, PagingQuerySchema, StringEnum, UuidSchema } from './common.ts';
import { PASSWORD_MAX_LENGTH } from '../domain/password.ts';

export const UserRoleSchema = StringEnum(ROLES, { description: 'A representative speaks for one organisation; the others for the council' });

export const UserSchema = Type.Object(
  {
    id: UuidSchema,
    email: Type.String(),
    name: Type.String(),
    role: UserRoleSchema,
    organisationId: Type.Union([Type.String(), Type.Null()], { description: 'The organisation a representative speaks for' }),
    organisationName: Type.Union([Type.String(), Type.Null()]),
    mustChangePassword: Type.Boolean({ description: 'Set by an invitation or a reset; cleared by a password change' }),
    disabled: Type.Boolean(),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
    version: Type.Integer(),
  },
  { $id: 'User' },
);
export type User = Static<typeof UserSchema>;

const EmailSchema = Type.String({ format: 'email', maxLength: 320, description: 'Stored lower-cased; unique' });
const NameSchema = Type.String({ minLength: 1, maxLength: 160 });
const OrganisationRefSchema = Type.Union([UuidSchema, Type.Null()], { description: 'Required for a representative, refused for the other roles' });

export const UserInputSchema = Type.Object(
  {
    email: EmailSchema,
    name: NameSchema,
    role: UserRoleSchema,
    organisationId: Type.Optional(OrganisationRefSchema),
  },
  { additionalProperties: false },
);
export type UserInput = Static<typeof UserInputSchema>;

export const UserUpdateSchema = Type.Object(
  {
    name: NameSchema,
    role: UserRoleSchema,
    organisationId: OrganisationRefSchema,
    disabled: Type.Boolean({ description: 'Disabling ends every session of the user at once' }),
    version: Type.Integer({ minimum: 1, description: 'The version you read; a stale one gets 409' }),
  },
  { additionalProperties: false },
);
export type UserUpdate = Static<typeof UserUpdateSchema>;

export const UserListQuerySchema = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Text in the name or e-mail' })),
  role: Type.Optional(UserRoleSchema),
  disabled: Type.Optional(Type.Boolean()),
  ...PagingQuerySchema,
});
export type UserListQuery = Static<typeof UserListQuerySchema>;

export const OneTimePasswordSchema = Type.String({ description: 'Shown once; the user must change it at first sign-in' });

export const CreatedUserSchema = Type.Object({ user: UserSchema, oneTimePassword: OneTimePasswordSchema });

export const SignInSchema = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 320 }),
    password: Type.String({ format: 'password', minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  },
  { additionalProperties: false },
);
export type SignIn = Static<typeof SignInSchema>;

export const SessionStateSchema = Type.Object({
  user: Type.Union([UserSchema, Type.Null()], { description: 'null for the anonymous public' }),
  csrfToken: Type.String({ description: 'Send it in the x-csrf-token header of every POST, PUT, PATCH and DELETE' }),
});

export const PasswordChangeSchema = Type.Object(
  {
    currentPassword: Type.String({ format: 'password', minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
    newPassword: Type.String({ format: 'password', minLength: 1, maxLength: PASSWORD_MAX_LENGTH, description: 'At least 12 characters, not the e-mail address' }),
  },
  { additionalProperties: false },
);
export type PasswordChange = Static<typeof PasswordChangeSchema>;

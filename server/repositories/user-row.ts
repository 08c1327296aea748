// The user JSON that every account statement's projection turns into; the hash is never part of it.
import type { User } from '../schemas/user.ts';

export function toUser(p: Record<string, unknown>): User {
  const organisation = p.organisation as { id: string; name: string } | null;
  return {
    id: String(p.id),
    email: String(p.email),
    name: String(p.name),
    role: p.role as User['role'],
    organisationId: organisation?.id ?? null,
    organisationName: organisation?.name ?? null,
    mustChangePassword: p.mustChangePassword === true,
    disabled: p.disabled === true,
    createdAt: String(p.createdAt),
    updatedAt: String(p.updatedAt),
    version: Number(p.version),
  };
}


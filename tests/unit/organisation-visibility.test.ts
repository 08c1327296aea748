import { describe, expect, it } from 'vitest';
import type { Role } from '../../server/domain/actor.ts';
import { listsOnlyPublic, organisationFor } from '../../server/domain/organisation-visibility.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';

const organisation: Organisation = {
  id: '11111111-1111-4111-8111-111111111111',
  slug: 'theatre-lune',
  name: 'Théâtre de la Lune',
  kind: 'theatre',
  mission: { fr: 'Du théâtre.' },
  goals: {},
  mainLanguage: 'fr',
  website: 'https://lune.example',
  email: 'info@lune.example',
  phone: '+32 2 555 12 12',
  address: 'Rue de la Lune 1',
  commune: 'ixelles',
  lat: 50.83,
  lon: 4.37,
  languages: ['fr'],
  audiences: ['families'],
  size: 'small',
  founded: 1999,
  offers: ['space'],
  needs: ['funding'],
  public: true,
  disciplines: ['theatre'],
  mainDiscipline: 'theatre',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  version: 1,
};
const MEMBERS_ONLY = ['email', 'phone', 'offers', 'needs'];

describe('organisationFor', () => {
  it.each(['admin', 'leadership', 'coordinator', 'strategist', 'representative'] as Role[])('shows a %s everything, published or not', (role) => {
    expect(organisationFor(role, organisation)).toEqual(organisation);
    expect(organisationFor(role, { ...organisation, public: false })).toEqual({ ...organisation, public: false });
  });

  it('shows the public a published organisation without the members-only fields', () => {
    const seen = organisationFor('public', organisation)!;
    for (const field of MEMBERS_ONLY) expect(seen).not.toHaveProperty(field);
    const { email, phone, offers, needs, ...rest } = organisation;
    void email; void phone; void offers; void needs;
    expect(seen).toEqual(rest);
  });

  it('hides an unpublished organisation from the public altogether', () => {
    expect(organisationFor('public', { ...organisation, public: false })).toBeNull();
  });

  it('leaves the organisation it was given untouched', () => {
    const copy = structuredClone(organisation);
    organisationFor('public', copy);
    expect(copy).toEqual(organisation);
  });
});

describe('listsOnlyPublic', () => {
  it.each([
    ['public', true],
    ['representative', false],
    ['admin', false],
  ] as [Role, boolean][])('%s → %s', (role, expected) => expect(listsOnlyPublic(role)).toBe(expected));
});

// Small factories: each test makes the data it needs and nothing more, through the API as a role
// that may (an agent from asRole; a coordinator usually).
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Organisation, OrganisationInput } from '../../server/schemas/organisation.ts';
import type { Project, ProjectInput } from '../../server/schemas/project.ts';

export interface Client {
  inject(options: InjectOptions | string): Promise<LightMyRequestResponse>;
}

let counter = 0;

export function organisationInput(overrides: Partial<OrganisationInput> = {}): OrganisationInput {
  counter += 1;
  return {
    name: `Test Organisation ${counter}`,
    kind: 'theatre',
    commune: 'ixelles',
    disciplines: ['theatre'],
    mission: { nl: 'Wij maken theater.', fr: 'Nous faisons du théâtre.' },
    mainLanguage: 'fr',
    ...overrides,
  };
}

export async function createOrganisation(client: Client, overrides: Partial<OrganisationInput> = {}): Promise<Organisation> {
  const response = await client.inject({ method: 'POST', url: '/api/organisations', payload: organisationInput(overrides) });
  if (response.statusCode !== 201) throw new Error(`createOrganisation: ${response.statusCode} ${response.body}`);
  return response.json();
}

export function projectInput(partners: Pick<Organisation, 'id'>[], overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    title: 'Joint project',
    kind: 'performance',
    status: 'completed',
    startDate: '2024-03-01',
    endDate: '2024-04-30',
    disciplines: ['theatre'],
    partners: partners.map((o, i) => ({ organisationId: o.id, role: i === 0 ? 'lead' : 'partner' })),
    ...overrides,
  };
}

export async function createProject(
  client: Client,
  partners: Pick<Organisation, 'id'>[],
  overrides: Partial<ProjectInput> = {},
): Promise<Project> {
  const response = await client.inject({ method: 'POST', url: '/api/projects', payload: projectInput(partners, overrides) });
  if (response.statusCode !== 201) throw new Error(`createProject: ${response.statusCode} ${response.body}`);
  return response.json();
}

// Small factories: each test makes the data it needs and nothing more.
import type { FastifyInstance } from 'fastify';
import type { Organisation, OrganisationInput } from '../../server/schemas/organisation.ts';
import type { Project, ProjectInput } from '../../server/schemas/project.ts';

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

export async function createOrganisation(app: FastifyInstance, overrides: Partial<OrganisationInput> = {}): Promise<Organisation> {
  const response = await app.inject({ method: 'POST', url: '/api/organisations', payload: organisationInput(overrides) });
  if (response.statusCode !== 201) throw new Error(`createOrganisation: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function createProject(
  app: FastifyInstance,
  partners: Organisation[],
  overrides: Partial<ProjectInput> = {},
): Promise<Project> {
  const payload: ProjectInput = {
    title: 'Joint project',
    kind: 'performance',
    status: 'completed',
    startDate: '2024-03-01',
    endDate: '2024-04-30',
    disciplines: ['theatre'],
    partners: partners.map((o, i) => ({ organisationId: o.id, role: i === 0 ? 'lead' : 'partner' })),
    ...overrides,
  };
  const response = await app.inject({ method: 'POST', url: '/api/projects', payload });
  if (response.statusCode !== 201) throw new Error(`createProject: ${response.statusCode} ${response.body}`);
  return response.json();
}

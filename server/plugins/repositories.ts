// The Neo4j driver and the repositories built on it; migrations run before the app takes requests.
import fp from 'fastify-plugin';
import { Database, type DatabaseTarget } from '../repositories/database.ts';
import { NetworkRepository } from '../repositories/network-repository.ts';
import { OrganisationRepository } from '../repositories/organisation-repository.ts';
import { ProjectRepository } from '../repositories/project-repository.ts';
import { SchemaRepository } from '../repositories/schema-repository.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    schema: SchemaRepository;
    organisations: OrganisationRepository;
    projects: ProjectRepository;
    network: NetworkRepository;
  }
}

export default fp<{ target: DatabaseTarget }>(
  async (fastify, { target }) => {
    const db = new Database(target);
    fastify.addHook('onClose', async () => db.close());
    const schema = new SchemaRepository(db);
    await schema.migrate((line) => fastify.log.info(line));
    fastify.decorate('db', db);
    fastify.decorate('schema', schema);
    fastify.decorate('organisations', new OrganisationRepository(db));
    fastify.decorate('projects', new ProjectRepository(db));
    fastify.decorate('network', new NetworkRepository(db));
  },
  { name: 'repositories' },
);

// The Neo4j driver and the repositories built on it; migrations run before the app takes requests.
import fp from 'fastify-plugin';
import { AuditRepository } from '../repositories/audit-repository.ts';
import { BackupRepository } from '../repositories/backup-repository.ts';
import { Database, type DatabaseTarget } from '../repositories/database.ts';
import { InsightRepository } from '../repositories/insight-repository.ts';
import { MeetingRepository } from '../repositories/meeting-repository.ts';
import { MetricsRepository } from '../repositories/metrics-repository.ts';
import { NetworkRepository } from '../repositories/network-repository.ts';
import { OrganisationRepository } from '../repositories/organisation-repository.ts';
import { ProjectRepository } from '../repositories/project-repository.ts';
import { SchemaRepository } from '../repositories/schema-repository.ts';
import { SessionRepository } from '../repositories/session-repository.ts';
import { TrashRepository } from '../repositories/trash-repository.ts';
import { UserRepository } from '../repositories/user-repository.ts';
import { WorkingGroupRepository } from '../repositories/working-group-repository.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    schema: SchemaRepository;
    organisations: OrganisationRepository;
    projects: ProjectRepository;
    network: NetworkRepository;
    users: UserRepository;
    sessions: SessionRepository;
    audit: AuditRepository;
    trash: TrashRepository;
    backup: BackupRepository;
    workingGroups: WorkingGroupRepository;
    meetings: MeetingRepository;
    insights: InsightRepository;
    metricsSnapshots: MetricsRepository;
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
    fastify.decorate('users', new UserRepository(db));
    fastify.decorate('sessions', new SessionRepository(db));
    fastify.decorate('audit', new AuditRepository(db));
    fastify.decorate('trash', new TrashRepository(db));
    fastify.decorate('backup', new BackupRepository(db));
    fastify.decorate('workingGroups', new WorkingGroupRepository(db));
    fastify.decorate('meetings', new MeetingRepository(db));
    fastify.decorate('insights', new InsightRepository(db));
    fastify.decorate('metricsSnapshots', new MetricsRepository(db));
  },
  { name: 'repositories' },
);

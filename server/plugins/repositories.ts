// The Neo4j driver and the repositories built on it; migrations run before the app takes requests.
import fp from 'fastify-plugin';
import { AuditRepository } from '../repositories/audit-repository.ts';
import { BackupRepository } from '../repositories/backup-repository.ts';
import { Database, type DatabaseTarget } from '../repositories/database.ts';
import { EvaluationRepository } from '../repositories/evaluation-repository.ts';
import { GoalRepository } from '../repositories/goal-repository.ts';
import { EventRepository } from '../repositories/event-repository.ts';
import { HomeRepository } from '../repositories/home-repository.ts';
import { UnavailableError } from '../domain/errors.ts';
import { InsightRepository } from '../repositories/insight-repository.ts';
import { MeetingRepository } from '../repositories/meeting-repository.ts';
import { MetricsRepository } from '../repositories/metrics-repository.ts';
import { NetworkRepository } from '../repositories/network-repository.ts';
import { OrganisationRepository } from '../repositories/organisation-repository.ts';
import { ProjectRepository } from '../repositories/project-repository.ts';
import { SchemaRepository } from '../repositories/schema-repository.ts';
import { SessionRepository } from '../repositories/session-repository.ts';
import { SuggestionRepository } from '../repositories/suggestion-repository.ts';
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
    home: HomeRepository;
    partnerSuggestions: SuggestionRepository;
    evaluation: EvaluationRepository;
    goals: GoalRepository;
    events: EventRepository;
    /** Neo4j answers and the migrations are applied: the app can serve. */
    databaseReady(): boolean;
    /** Runs `work` now if the database is ready (resolving when it is done), else once it first is. */
    whenDatabaseReady(work: () => Promise<void>): Promise<void>;
  }
}

export default fp<{ target: DatabaseTarget }>(
  async (fastify, { target }) => {
    const db = new Database(target);
    fastify.addHook('onClose', async () => db.close());
    const schema = new SchemaRepository(db);

    // Neo4j may be down when the app starts (an external server not up yet): the app starts anyway,
    // answers 503 and reports not ready, and applies the migrations when Neo4j first answers.
    let migrated = false;
    let migrating: Promise<void> | undefined;
    const waiting: (() => Promise<void>)[] = [];
    const migrate = () =>
      (migrating ??= schema.migrate((line) => fastify.log.info(line)).then(
        async () => {
          migrated = true;
          fastify.log.info('Migrations applied.');
          for (const work of waiting.splice(0)) await work().catch((error) => fastify.log.error(error));
        },
        (error) => {
          migrating = undefined;
          fastify.log.warn({ err: error }, 'Migrations could not be applied yet; trying again when Neo4j answers.');
        },
      ));
    if (await db.monitor()) {
      // Reachable at start: a failing migration stops the start, as it always did.
      await schema.migrate((line) => fastify.log.info(line));
      migrated = true;
    } else fastify.log.warn('Neo4j does not answer yet: the app starts anyway and applies the migrations when it does.');
    const offHealth = db.onHealthChange((up) => {
      if (up) fastify.log.info('Neo4j answers again.');
      else fastify.log.warn('Neo4j does not answer: requests get 503 until it is back.');
      if (up && !migrated) void migrate();
    });
    fastify.addHook('onClose', async () => offHealth());
    fastify.decorate('databaseReady', () => migrated && db.isUp);
    fastify.decorate('whenDatabaseReady', async (work: () => Promise<void>) => {
      if (migrated) await work();
      else waiting.push(work);
    });
    // Until the migrations are applied, only the health routes and the static dashboard answer.
    fastify.addHook('onRequest', async (request) => {
      if (migrated || !request.url.startsWith('/api/') || /^\/api\/(health|ready)(\?|$)/.test(request.url)) return;
      throw new UnavailableError('The database is not ready yet.');
    });
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
    fastify.decorate('home', new HomeRepository(db));
    fastify.decorate('partnerSuggestions', new SuggestionRepository(db));
    fastify.decorate('evaluation', new EvaluationRepository(db, { minAnswers: fastify.config.evaluationMinAnswers }));
    fastify.decorate('goals', new GoalRepository(db));
    fastify.decorate('events', new EventRepository(db));
  },
  { name: 'repositories' },
);

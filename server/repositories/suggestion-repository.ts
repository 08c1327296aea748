// What the partner finder reads besides the tie model's rows (profiles, today's memberships, decided
// pairs), and the decisions on its suggestions: accepted (a project idea or an introduction) or
// dismissed, each in one transaction with its audit events.
import { randomUUID } from 'node:crypto';
import type { ChangeContext } from '../domain/actor.ts';
import type { AuditChange } from '../domain/audit.ts';
import { ConflictError, NotFoundError } from '../domain/errors.ts';
import type { GroupMembership, SuggestionOrganisation } from '../analytics/suggestions/types.ts';
import type { ProjectInput } from '../schemas/project.ts';
import type { SuggestionDecision } from '../schemas/partner-suggestion.ts';
import { recordChanges } from './audit-repository.ts';
import { requireStatements } from './cypher.ts';
import type { Database, Row } from './database.ts';
import { findOrganisationRefs } from './organisation-repository.ts';
import { createProjects, getProjectIn, projectRow } from './project-repository.ts';

const Q = requireStatements('suggestions', [
  'list-suggestion-organisations',
  'list-current-memberships',
  'list-decided-pairs',
  'find-decision',
  'create-decision',
  'list-decisions',
]);

export interface SuggestionProfile extends SuggestionOrganisation {
  slug: string;
}

export interface DecisionInput {
  subjectType: 'organisation' | 'project';
  subjectId: string;
  /** For the audit log: the organisation's name or the project's title. */
  subjectLabel: string;
  candidateId: string;
  decision: 'accepted' | 'dismissed';
  action: 'project-idea' | 'introduction' | null;
  reason: string | null;
  note: string | null;
  reasonKinds: string[];
  /** The project idea to start with the decision (action project-idea). */
  projectIdea: ProjectInput | null;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function toDecision(d: Row): SuggestionDecision {
  return {
    id: String(d.id),
    subjectType: d.subjectType === 'project' ? 'project' : 'organisation',
    subjectId: String(d.subjectId),
    candidateId: String(d.candidateId),
    decision: d.decision === 'accepted' ? 'accepted' : 'dismissed',
    action: d.action === 'project-idea' || d.action === 'introduction' ? d.action : null,
    reason: text(d.reason),
    note: text(d.note),
    reasonKinds: strings(d.reasonKinds),
    projectId: text(d.projectId),
    actorId: text(d.actorId),
    createdAt: String(d.createdAt),
  };
}

export class SuggestionRepository {
  constructor(private readonly db: Database) {}

  /** Profiles of every organisation not in the trash, today's group memberships and the decided pairs. */
  async load(today: string): Promise<{
    organisations: SuggestionProfile[];
    memberships: GroupMembership[];
    decided: { organisationId: string; candidateId: string }[];
  }> {
    return this.db.read(async (tx) => {
      const organisations = (await tx.run(Q['list-suggestion-organisations'])).map(
        (r): SuggestionProfile => ({
          id: String(r.id),
          slug: String(r.slug),
          name: String(r.name),
          disciplines: strings(r.disciplines),
          commune: text(r.commune),
          languages: strings(r.languages),
          audiences: strings(r.audiences),
          offers: strings(r.offers),
          needs: strings(r.needs),
        }),
      );
      const memberships = (await tx.run(Q['list-current-memberships'], { today })).map((r) => ({
        organisationId: String(r.organisationId),
        groupId: String(r.groupId),
        groupName: String(r.groupName),
      }));
      const decided = (await tx.run(Q['list-decided-pairs'])).map((r) => ({ organisationId: String(r.subjectId), candidateId: String(r.candidateId) }));
      return { organisations, memberships, decided };
    });
  }

  /**
   * Keeps a decision, with the project idea it starts (audited as a project created) and its own
   * audit event, all or nothing. 404 when the candidate went to the trash meanwhile; 409
   * `already-decided` when someone decided on this pair first.
   */
  async decide(input: DecisionInput, context: ChangeContext): Promise<SuggestionDecision> {
    return this.db.write(async (tx) => {
      const found = await findOrganisationRefs(tx, [input.candidateId, ...(input.subjectType === 'organisation' ? [input.subjectId] : [])]);
      const candidate = found.find((o) => o.id === input.candidateId);
      if (!candidate) throw new NotFoundError('Organisation');
      if (input.subjectType === 'organisation' && !found.some((o) => o.id === input.subjectId)) throw new NotFoundError('Organisation');
      if (input.subjectType === 'project') await getProjectIn(tx, input.subjectId);
      const earlier = await tx.one(Q['find-decision'], { subjectId: input.subjectId, candidateId: input.candidateId });
      if (earlier) {
        throw new ConflictError('already-decided', `This suggestion was already ${String((earlier.decision as Row).decision)}.`);
      }
      const changes: AuditChange[] = [];
      let projectId: string | null = null;
      if (input.projectIdea) {
        projectId = randomUUID();
        await createProjects(tx, [projectRow(projectId, input.projectIdea)]);
        const project = await getProjectIn(tx, projectId);
        changes.push({ entityType: 'project', entityId: projectId, entityLabel: project.title, action: 'create', before: null, after: project });
      }
      const props = {
        id: randomUUID(),
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        candidateId: input.candidateId,
        decision: input.decision,
        action: input.action,
        reason: input.reason,
        note: input.note,
        reasonKinds: input.reasonKinds,
        projectId,
        actorId: context.actor.userId,
      };
      const row = await tx.one(Q['create-decision'], { props });
      const decision = toDecision(row!.decision as Row);
      changes.push({
        entityType: 'partner-suggestion',
        entityId: decision.id,
        entityLabel: `${input.subjectLabel} · ${candidate.name}`,
        action: 'create',
        before: null,
        after: decision,
      });
      await recordChanges(tx, context, changes);
      return decision;
    });
  }

  /** Every decision's outcome and the reason kinds it carried. */
  async decisions(): Promise<{ decision: 'accepted' | 'dismissed'; reasonKinds: string[] }[]> {
    const rows = await this.db.read((tx) => tx.run(Q['list-decisions']));
    return rows.map((r) => ({ decision: r.decision === 'accepted' ? 'accepted' : 'dismissed', reasonKinds: strings(r.reasonKinds) }));
  }
}

// The partner finder over the graph: the scorers of server/analytics/suggestions/ fed with the
// organisations' profiles, the ties of the one collaboration model, today's working groups and the
// decided pairs. The index they score from is built once and kept while the data fingerprint (every
// audited change, node and relationship counts) and the day stay the same, so one request is a scan
// of flat arrays, not a read of the whole graph.
import fp from 'fastify-plugin';
import { collaborationTies } from '../analytics/collaboration-network.ts';
import { buildSuggestionIndex, type SuggestionIndex } from '../analytics/suggestions/suggestion-index.ts';
import { feedbackStats } from '../analytics/suggestions/feedback.ts';
import { suggestPartners, suggestPartnersForProject, type PartnerSuggestion, type SuggestionFilters } from '../analytics/suggestions/suggest.ts';
import type { DatedTie, MeetingCoAttendance, ProjectDisciplines } from '../analytics/suggestions/types.ts';
import type { ChangeContext } from '../domain/actor.ts';
import { brusselsDate } from '../domain/council-time.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../domain/errors.ts';
import { DISCIPLINE_IDS } from '../domain/taxonomy.ts';
import type { MetricsRepository } from '../repositories/metrics-repository.ts';
import type { NetworkRepository } from '../repositories/network-repository.ts';
import type { ProjectRepository } from '../repositories/project-repository.ts';
import type { SuggestionProfile, SuggestionRepository } from '../repositories/suggestion-repository.ts';
import type {
  AcceptSuggestion,
  DismissSuggestion,
  PartnerSuggestionItem,
  PartnerSuggestionQuery,
  SuggestionDecision,
  SuggestionFeedbackStats,
} from '../schemas/partner-suggestion.ts';
import type { Project, ProjectInput } from '../schemas/project.ts';

interface Built {
  key: string;
  index: SuggestionIndex;
  profiles: Map<string, SuggestionProfile>;
}

export interface SuggestionSubject {
  type: 'organisation' | 'project';
  id: string;
  name: string;
}

const isDiscipline = (d: string): d is (typeof DISCIPLINE_IDS)[number] => (DISCIPLINE_IDS as readonly string[]).includes(d);

export class PartnerFinder {
  private built: Built | null = null;
  private building: { key: string; promise: Promise<Built> } | null = null;

  constructor(
    private readonly repository: SuggestionRepository,
    private readonly network: NetworkRepository,
    private readonly fingerprints: MetricsRepository,
    private readonly projects: ProjectRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The index of the data as it is now: kept while nothing changed, else read again (one read at a time). */
  async index(): Promise<Built> {
    const today = brusselsDate(this.now());
    const key = `${today}|${await this.fingerprints.dataFingerprint()}`;
    if (this.built?.key === key) return this.built;
    if (this.building?.key !== key) {
      const promise = this.build(key, today).then(
        (built) => {
          this.built = built;
          if (this.building?.promise === promise) this.building = null;
          return built;
        },
        (error: unknown) => {
          if (this.building?.promise === promise) this.building = null;
          throw error;
        },
      );
      this.building = { key, promise };
    }
    return this.building!.promise;
  }

  /** Forget the kept index (after a decision, so the decided pair is gone from the next answer). */
  invalidate(): void {
    this.built = null;
  }

  private async build(key: string, today: string): Promise<Built> {
    // The fingerprint was read before the data: a change in between makes the next request build again.
    const [{ organisations, memberships, decided }, network] = await Promise.all([this.repository.load(today), this.network.load({})]);
    const ties = collaborationTies(network.activities);
    const mainOf = new Map(organisations.map((o) => [o.id, o.disciplines[0] ?? '']));
    const datedTies: DatedTie[] = ties.map((t) => ({ source: t.source, target: t.target, weight: t.weight, kinds: t.kinds, first: t.first, last: t.last }));
    const coAttendance: MeetingCoAttendance[] = ties.flatMap((t) => (t.kinds.meeting ? [{ source: t.source, target: t.target, meetings: t.kinds.meeting }] : []));
    // The partners' main disciplines of each joint project that happened: the discipline habits.
    const projects: ProjectDisciplines[] = network.activities
      .filter((a) => a.kind === 'project')
      .map((a) => ({ partnerDisciplines: a.organisations.map((id) => mainOf.get(id) ?? '').filter(Boolean) }));
    const index = buildSuggestionIndex({ organisations, ties: datedTies, memberships, coAttendance, projects, dismissed: decided, today });
    return { key, index, profiles: new Map(organisations.map((o) => [o.id, o])) };
  }

  private items(built: Built, suggestions: PartnerSuggestion[]): PartnerSuggestionItem[] {
    return suggestions.map((s) => ({
      organisation: { ...s.organisation, disciplines: [...s.organisation.disciplines], slug: built.profiles.get(s.organisation.id)?.slug ?? s.organisation.id },
      score: Math.round(s.score * 1e4) / 1e4,
      reasons: s.reasons,
    }));
  }

  private filters(query: PartnerSuggestionQuery): SuggestionFilters {
    return {
      ...(query.discipline ? { discipline: query.discipline } : {}),
      ...(query.commune ? { commune: query.commune } : {}),
      ...(query.resource ? { resource: query.resource } : {}),
    };
  }

  async forOrganisation(id: string, query: PartnerSuggestionQuery): Promise<{ subject: SuggestionSubject; items: PartnerSuggestionItem[] }> {
    const built = await this.index();
    const profile = built.profiles.get(id);
    if (!profile) throw new NotFoundError('Organisation');
    const suggestions = suggestPartners(id, built.index, { limit: query.limit ?? 10, filters: this.filters(query) });
    return { subject: { type: 'organisation', id, name: profile.name }, items: this.items(built, suggestions) };
  }

  private projectInput(project: Project) {
    return { id: project.id, partnerIds: project.partners.map((p) => p.organisationId), needsPartnersIn: project.needsPartnersIn };
  }

  async forProject(id: string, query: PartnerSuggestionQuery): Promise<{ subject: SuggestionSubject; items: PartnerSuggestionItem[] }> {
    const [project, built] = await Promise.all([this.projects.get(id), this.index()]);
    const suggestions = suggestPartnersForProject(this.projectInput(project), built.index, { limit: query.limit ?? 10, filters: this.filters(query) });
    return { subject: { type: 'project', id, name: project.title }, items: this.items(built, suggestions) };
  }

  /**
   * The suggestion of `candidateId` for the subject as the finder makes it now, for a decision:
   * 404 for an unknown candidate, 409 `already-decided`, 400 `not-a-candidate` for the subject itself
   * or one of its partners.
   */
  private async suggestionFor(subject: { type: 'organisation' | 'project'; id: string; project?: Project }, candidateId: string) {
    const built = await this.index();
    const candidate = built.profiles.get(candidateId);
    if (!candidate) throw new NotFoundError('Organisation');
    if (subject.type === 'organisation' && !built.profiles.has(subject.id)) throw new NotFoundError('Organisation');
    const c = built.index.indexOf.get(candidateId)!;
    if (built.index.dismissed.get(subject.id)?.has(c)) throw new ConflictError('already-decided', 'This suggestion was already accepted or dismissed.');
    const options = { limit: 1, filters: { candidate: candidateId } };
    const [suggestion] =
      subject.type === 'organisation'
        ? suggestPartners(subject.id, built.index, options)
        : suggestPartnersForProject(this.projectInput(subject.project!), built.index, options);
    if (!suggestion) {
      throw new InvalidInputError('not-a-candidate', 'This organisation is not a candidate here: it is the organisation itself or already a partner.', [
        { field: 'candidateId', code: 'not-a-candidate', message: 'The organisation itself or one of its partners.' },
      ]);
    }
    return { built, candidate, suggestion };
  }

  async accept(subjectType: 'organisation' | 'project', subjectId: string, input: AcceptSuggestion, context: ChangeContext): Promise<SuggestionDecision> {
    const project = subjectType === 'project' ? await this.projects.get(subjectId) : undefined;
    const { built, candidate, suggestion } = await this.suggestionFor({ type: subjectType, id: subjectId, ...(project ? { project } : {}) }, input.candidateId);
    const subjectName = project ? project.title : built.profiles.get(subjectId)!.name;
    let projectIdea: ProjectInput | null = null;
    if (input.action === 'project-idea') {
      const candidateMain = candidate.disciplines.filter(isDiscipline).slice(0, 1);
      const title = input.title ?? `${subjectName} × ${candidate.name}`.slice(0, 200);
      if (project) {
        projectIdea = {
          title,
          kind: input.kind ?? (project.kind as ProjectInput['kind']),
          status: 'idea',
          disciplines: [...new Set([...project.disciplines, ...candidateMain])].filter(isDiscipline).slice(0, 12),
          partners: [
            ...project.partners.map((p) => ({ organisationId: p.organisationId, role: p.role === 'lead' ? ('lead' as const) : ('partner' as const) })),
            { organisationId: candidate.id, role: 'partner' as const },
          ].slice(0, 50),
          workingGroupId: project.workingGroup?.id ?? null,
          needsPartnersIn: project.needsPartnersIn.filter((d) => isDiscipline(d) && !candidate.disciplines.includes(d)) as ProjectInput['disciplines'],
          ...(input.note ? { description: input.note.slice(0, 4000) } : {}),
        };
      } else {
        const subjectMain = built.profiles.get(subjectId)!.disciplines.filter(isDiscipline).slice(0, 1);
        projectIdea = {
          title,
          kind: input.kind ?? 'other',
          status: 'idea',
          disciplines: [...new Set([...subjectMain, ...candidateMain])],
          partners: [
            { organisationId: subjectId, role: 'lead' },
            { organisationId: candidate.id, role: 'partner' },
          ],
          workingGroupId: null,
          needsPartnersIn: [],
          ...(input.note ? { description: input.note.slice(0, 4000) } : {}),
        };
      }
    }
    const decision = await this.repository.decide(
      {
        subjectType,
        subjectId,
        subjectLabel: subjectName,
        candidateId: candidate.id,
        decision: 'accepted',
        action: input.action,
        reason: null,
        note: input.note ?? null,
        reasonKinds: [...new Set(suggestion.reasons.map((r) => r.kind))],
        projectIdea,
      },
      context,
    );
    this.invalidate();
    return decision;
  }

  async dismiss(subjectType: 'organisation' | 'project', subjectId: string, input: DismissSuggestion, context: ChangeContext): Promise<SuggestionDecision> {
    const project = subjectType === 'project' ? await this.projects.get(subjectId) : undefined;
    const { built, candidate, suggestion } = await this.suggestionFor({ type: subjectType, id: subjectId, ...(project ? { project } : {}) }, input.candidateId);
    const decision = await this.repository.decide(
      {
        subjectType,
        subjectId,
        subjectLabel: project ? project.title : built.profiles.get(subjectId)!.name,
        candidateId: candidate.id,
        decision: 'dismissed',
        action: null,
        reason: input.reason?.length ? input.reason : null,
        note: null,
        reasonKinds: [...new Set(suggestion.reasons.map((r) => r.kind))],
        projectIdea: null,
      },
      context,
    );
    this.invalidate();
    return decision;
  }

  /** Accepted and dismissed suggestions, overall and per kind of reason they carried. */
  async feedbackStats(): Promise<SuggestionFeedbackStats> {
    return feedbackStats(await this.repository.decisions());
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    partnerFinder: PartnerFinder;
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('partnerFinder', new PartnerFinder(fastify.partnerSuggestions, fastify.network, fastify.metricsSnapshots, fastify.projects));
  },
  { name: 'partner-finder', dependencies: ['repositories'] },
);

// Evaluation waves and the answers of member organisations: a wave is opened by a coordinator, each
// organisation asked answers once (drafts before), nothing changes after the close day. Answers
// about named partners never leave this repository except as aggregates under the privacy threshold.
import { randomUUID } from 'node:crypto';
import { kpiSeries, waveResults, type AskedOrganisation, type EvaluationKpi, type SubmittedAnswer, type WavePoint } from '../analytics/evaluation/index.ts';
import { GENERAL_ITEMS, type GeneralItem, type PartnerRating } from '../analytics/evaluation/questions.ts';
import type { ChangeContext } from '../domain/actor.ts';
import type { AuditChange } from '../domain/audit.ts';
import { brusselsDate } from '../domain/council-time.ts';
import { assertValid, ConflictError, NotFoundError, type FieldError } from '../domain/errors.ts';
import { unknownReference } from '../domain/references.ts';
import type { Respondent, Response, ResponseInput, Wave, WaveInput, WaveState } from '../schemas/evaluation.ts';
import { recordChanges } from './audit-repository.ts';
import { requireStatements } from './cypher.ts';
import { lockAtVersion, type Database, type Row, type Tx } from './database.ts';
import { findOrganisationRefs } from './organisation-repository.ts';

const Q = requireStatements('evaluation', [
  'create-waves',
  'update-wave',
  'lock-wave',
  'get-waves',
  'list-respondents',
  'get-response',
  'save-response',
  'lock-response',
  'list-wave-answers',
  'list-wave-asked',
  'list-working-group-names',
  'list-due-waves',
  'close-wave',
  'get-wave-metrics',
  'wave-asks',
]);

const PARTNER_FIELDS = ['frequency', 'openness', 'reliability', 'sharedMission', 'influence', 'resources', 'involvement'] as const;

export interface EvaluationOptions {
  /** The privacy threshold: aggregates of fewer answers are withheld. */
  minAnswers: number;
  /** The clock; a wave's days are Brussels days. */
  now?: () => Date;
}

export interface WaveRow {
  id: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  opensOn: string;
  closesOn: string;
  organisationIds: string[];
  createdAt?: string | null;
}

/** Creates waves without checking them (the API checks first; the demo data is consistent by construction). */
export async function createWaves(tx: Tx, rows: WaveRow[]): Promise<void> {
  await tx.run(Q['create-waves'], { waves: rows.map((r) => ({ ...r, createdAt: r.createdAt ?? null })) });
}

export interface AnswerRow {
  waveId: string;
  organisationId: string;
  general: Record<GeneralItem, number | null>;
  whatWorks: string;
  whatShouldChange: string;
  consentToBeNamed: boolean;
  partners: ({ organisationId: string } & Partial<Record<(typeof PARTNER_FIELDS)[number], number | null>>)[];
  submit: boolean;
  /** When it was saved (ISO); now when missing. The demo data dates its answers. */
  at?: string | null;
}

/** Saves answers without checking them (the API checks first; the demo data is consistent by construction). */
export async function saveAnswers(tx: Tx, rows: AnswerRow[]): Promise<void> {
  for (const row of rows) {
    await tx.run(Q['save-response'], {
      id: row.waveId,
      organisationId: row.organisationId,
      responseId: randomUUID(),
      submit: row.submit,
      submittedAt: row.at ?? null,
      props: { ...row.general, whatWorks: row.whatWorks, whatShouldChange: row.whatShouldChange, consentToBeNamed: row.consentToBeNamed },
      partners: row.partners.map((p) => ({
        organisationId: p.organisationId,
        scores: Object.fromEntries(PARTNER_FIELDS.map((f) => [f, p[f] ?? null])),
      })),
    });
  }
}

export const waveState = (wave: { opensOn: string; closesOn: string }, today: string): WaveState =>
  today < wave.opensOn ? 'scheduled' : today > wave.closesOn ? 'closed' : 'open';

function toWave(p: Row, today: string, forOrganisation: string | null): Wave {
  const organisationIds = ((p.organisationIds as string[] | null) ?? []).map(String);
  const answered = Number(p.answered ?? 0);
  const wave: Wave = {
    id: String(p.id),
    title: String(p.title),
    periodFrom: String(p.periodFrom),
    periodTo: String(p.periodTo),
    opensOn: String(p.opensOn),
    closesOn: String(p.closesOn),
    state: waveState({ opensOn: String(p.opensOn), closesOn: String(p.closesOn) }, today),
    // A representative sees its own answer state, not who else was asked or how many answered.
    organisationIds: forOrganisation ? [] : organisationIds,
    responseRate: forOrganisation
      ? null
      : { asked: organisationIds.length, answered, rate: organisationIds.length ? Math.round((answered / organisationIds.length) * 10000) / 10000 : null },
    closedAt: p.closedAt == null ? null : String(p.closedAt),
    createdAt: String(p.createdAt),
    updatedAt: String(p.updatedAt),
    version: Number(p.version),
  };
  if (forOrganisation) wave.ownStatus = (p.ownStatus as Wave['ownStatus']) ?? 'not-started';
  return wave;
}

/** What the audit log keeps of an answer: its state and how many partners it names, never a score or a text. */
const answerTrace = (waveId: string, organisationId: string, status: string, partners: number) => ({ waveId, organisationId, status, partners });

function waveInputErrors(input: WaveInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (input.periodTo < input.periodFrom) errors.push({ field: 'periodTo', code: 'before-start', message: 'The period must not end before it starts.' });
  if (input.closesOn < input.opensOn) errors.push({ field: 'closesOn', code: 'before-start', message: 'The wave must not close before it opens.' });
  if (input.closesOn < today) errors.push({ field: 'closesOn', code: 'in-the-past', message: 'The close day is already over: choose today or a later day.' });
  return errors;
}

function answerErrors(input: ResponseInput, organisationId: string, known: ReadonlySet<string>): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  input.partners.forEach((p, i) => {
    if (p.organisationId === organisationId) errors.push({ field: `partners/${i}/organisationId`, code: 'own-organisation', message: 'An organisation does not rate itself.' });
    else if (seen.has(p.organisationId)) errors.push({ field: `partners/${i}/organisationId`, code: 'duplicate', message: 'This partner is named twice.' });
    else if (!known.has(p.organisationId)) errors.push(unknownReference('organisation', `partners/${i}/organisationId`, p.organisationId));
    seen.add(p.organisationId);
  });
  if (input.submit) {
    for (const item of GENERAL_ITEMS) {
      if (input.general[item] == null) errors.push({ field: `general/${item}`, code: 'required', message: 'Answer this question before submitting.' });
    }
    input.partners.forEach((p, i) => {
      for (const f of PARTNER_FIELDS) if (p[f] == null) errors.push({ field: `partners/${i}/${f}`, code: 'required', message: 'Answer this question before submitting.' });
    });
  }
  return errors;
}

export class EvaluationRepository {
  readonly minAnswers: number;
  private readonly now: () => Date;

  constructor(
    private readonly db: Database,
    options: EvaluationOptions,
  ) {
    this.minAnswers = options.minAnswers;
    this.now = options.now ?? (() => new Date());
  }

  today(): string {
    return brusselsDate(this.now());
  }

  /** Newest close first; `forOrganisation` (a representative's): only the waves asking it, with its own state. */
  async list(forOrganisation: string | null = null): Promise<Wave[]> {
    const today = this.today();
    const rows = await this.db.read((tx) => tx.run(Q['get-waves'], { ids: null, organisationId: forOrganisation }));
    return rows.map((r) => toWave(r.wave as Row, today, forOrganisation));
  }

  /** Not found for a representative's organisation that the wave does not ask. */
  async get(id: string, forOrganisation: string | null = null): Promise<Wave> {
    const today = this.today();
    const [row] = await this.db.read((tx) => tx.run(Q['get-waves'], { ids: [id], organisationId: forOrganisation }));
    if (!row) throw new NotFoundError('Evaluation wave');
    return toWave(row.wave as Row, today, forOrganisation);
  }

  async create(input: WaveInput, context: ChangeContext): Promise<Wave> {
    const today = this.today();
    const id = await this.db.write(async (tx) => {
      await this.checkWave(tx, input, today);
      const id = randomUUID();
      await createWaves(tx, [{ id, ...input }]);
      const [row] = await tx.run(Q['get-waves'], { ids: [id], organisationId: null });
      const created = toWave(row!.wave as Row, today, null);
      await recordChanges(tx, context, [waveChange('create', created, null, created)]);
      return id;
    });
    return this.get(id);
  }

  async update(id: string, version: number, input: WaveInput, context: ChangeContext): Promise<Wave> {
    const today = this.today();
    await this.db.write(async (tx) => {
      const lock = await lockAtVersion(tx, Q['lock-wave'], 'Evaluation wave', id, version);
      if (today > String(lock.closesOn)) throw new ConflictError('wave-closed', 'The wave has closed: nothing in it changes any more.');
      await this.checkWave(tx, input, today);
      const [before] = await tx.run(Q['get-waves'], { ids: [id], organisationId: null });
      await tx.run(Q['update-wave'], { id, ...input });
      const [after] = await tx.run(Q['get-waves'], { ids: [id], organisationId: null });
      const b = toWave(before!.wave as Row, today, null);
      const a = toWave(after!.wave as Row, today, null);
      await recordChanges(tx, context, [waveChange('update', a, b, a)]);
    });
    return this.get(id);
  }

  private async checkWave(tx: Tx, input: WaveInput, today: string): Promise<void> {
    const found = new Set((await findOrganisationRefs(tx, input.organisationIds)).map((o) => o.id));
    assertValid([
      ...waveInputErrors(input, today),
      ...input.organisationIds.flatMap((o, i) => (found.has(o) ? [] : [unknownReference('organisation', `organisationIds/${i}`, o)])),
    ]);
  }

  /** The organisations asked with their answer state only. */
  async respondents(id: string): Promise<Respondent[]> {
    return this.db.read(async (tx) => {
      const [wave] = await tx.run(Q['get-waves'], { ids: [id], organisationId: null });
      if (!wave) throw new NotFoundError('Evaluation wave');
      return (await tx.run(Q['list-respondents'], { id })) as unknown as Respondent[];
    });
  }

  /** The organisation's answer (empty when it has not started); not found when the wave does not ask it. */
  async response(id: string, organisationId: string): Promise<Omit<Response, 'proposedPartners'> & { periodFrom: string; periodTo: string }> {
    const wave = await this.get(id, organisationId);
    const row = await this.db.read((tx) => tx.one(Q['get-response'], { id, organisationId }));
    const r = (row?.response ?? null) as Row | null;
    const status = (r?.status as Response['status'] | undefined) ?? 'not-started';
    return {
      waveId: id,
      organisationId,
      periodFrom: wave.periodFrom,
      periodTo: wave.periodTo,
      status,
      general: Object.fromEntries(GENERAL_ITEMS.map((i) => [i, r?.[i] == null ? null : Number(r[i])])),
      whatWorks: r?.whatWorks == null ? '' : String(r.whatWorks),
      whatShouldChange: r?.whatShouldChange == null ? '' : String(r.whatShouldChange),
      consentToBeNamed: r?.consentToBeNamed === true,
      partners: ((r?.partners as Row[] | undefined) ?? []).map((p) => ({
        organisationId: String(p.organisationId),
        name: String(p.name),
        ...(Object.fromEntries(PARTNER_FIELDS.map((f) => [f, p[f] == null ? null : Number(p[f])])) as Record<(typeof PARTNER_FIELDS)[number], number | null>),
      })),
      submittedAt: r?.submittedAt == null ? null : String(r.submittedAt),
      editable: wave.state === 'open' && status !== 'submitted',
      version: r?.version == null ? null : Number(r.version),
    };
  }

  /**
   * Saves the organisation's answer as a draft or submits it: only while the wave is open, only
   * once submitted, and a submitted answer must answer every question.
   */
  async saveResponse(id: string, organisationId: string, input: ResponseInput, context: ChangeContext): Promise<void> {
    const today = this.today();
    await this.db.write(async (tx) => {
      const wave = await tx.one(Q['lock-wave'], { id });
      if (!wave || !(await tx.one(Q['wave-asks'], { id, organisationId }))) throw new NotFoundError('Evaluation wave');
      if (today < String(wave.opensOn)) throw new ConflictError('wave-not-open', 'The wave is not open yet.');
      if (today > String(wave.closesOn)) throw new ConflictError('wave-closed', 'The wave has closed: answers can no longer be given or changed.');
      const existing = await tx.one(Q['lock-response'], { id, organisationId });
      if (existing?.status === 'submitted') throw new ConflictError('already-submitted', 'This answer has been submitted: it cannot be changed.');
      if (existing && input.version !== undefined && Number(existing.version) !== input.version) {
        throw new ConflictError('version-conflict', `Someone saved a newer version (${Number(existing.version)}) first; reload and apply your change again.`);
      }
      const known = new Set((await findOrganisationRefs(tx, input.partners.map((p) => p.organisationId))).map((o) => o.id));
      assertValid(answerErrors(input, organisationId, known));
      await saveAnswers(tx, [{ waveId: id, organisationId, general: input.general as Record<GeneralItem, number | null>, whatWorks: input.whatWorks, whatShouldChange: input.whatShouldChange, consentToBeNamed: input.consentToBeNamed, partners: input.partners, submit: input.submit }]);
      const status = input.submit ? 'submitted' : 'draft';
      const change: AuditChange = {
        entityType: 'evaluation-response',
        entityId: `${id}:${organisationId}`,
        entityLabel: String(wave.title),
        action: existing ? 'update' : 'create',
        before: existing ? answerTrace(id, organisationId, String(existing.status), -1) : null,
        after: answerTrace(id, organisationId, status, input.partners.length),
      };
      await recordChanges(tx, context, [change]);
    });
  }

  /** The organisations asked and the submitted answers of each wave, for the results. */
  async waveData(ids: string[]): Promise<Map<string, { asked: AskedOrganisation[]; answers: SubmittedAnswer[] }>> {
    const out = new Map(ids.map((id) => [id, { asked: [] as AskedOrganisation[], answers: [] as SubmittedAnswer[] }]));
    await this.db.read(async (tx) => {
      for (const r of await tx.run(Q['list-wave-asked'], { ids })) {
        out.get(String(r.waveId))?.asked.push({
          id: String(r.id),
          name: String(r.name),
          slug: String(r.slug),
          mainDiscipline: r.mainDiscipline == null ? null : String(r.mainDiscipline),
          groups: ((r.groups as string[] | null) ?? []).map(String),
        });
      }
      for (const r of await tx.run(Q['list-wave-answers'], { ids })) {
        const a = r.answer as Row;
        out.get(String(r.waveId))?.answers.push({
          organisationId: String(r.organisationId),
          general: Object.fromEntries(GENERAL_ITEMS.map((i) => [i, Number(a[i])])) as Record<GeneralItem, number>,
          whatWorks: String(a.whatWorks ?? ''),
          whatShouldChange: String(a.whatShouldChange ?? ''),
          consentToBeNamed: a.consentToBeNamed === true,
          partners: ((r.partners as Row[] | null) ?? []).map((p) => ({
            organisationId: String(p.organisationId),
            ...(Object.fromEntries(PARTNER_FIELDS.map((f) => [f, Number(p[f])])) as Omit<PartnerRating, 'organisationId'>),
          })),
        });
      }
    });
    return out;
  }

  async groupNames(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.db.read((tx) => tx.run(Q['list-working-group-names'], { ids }));
    return new Map(rows.map((r) => [String(r.id), String(r.name)]));
  }

  /** Waves past their close day without their metrics snapshot. */
  async dueWaves(): Promise<{ id: string; periodFrom: string; periodTo: string; closesOn: string }[]> {
    return (await this.db.read((tx) => tx.run(Q['list-due-waves'], { today: this.today() }))) as never;
  }

  /** Keeps the network metrics with the wave, once. */
  async close(id: string, metricsNetwork: object): Promise<void> {
    await this.db.write((tx) => tx.run(Q['close-wave'], { id, metricsNetwork: JSON.stringify(metricsNetwork) }));
  }

  async waveMetrics(id: string): Promise<{ computedAt: string; network: Record<string, unknown> } | null> {
    const row = await this.db.read((tx) => tx.one(Q['get-wave-metrics'], { id }));
    if (!row?.metricsNetwork || !row.closedAt) return null;
    return { computedAt: String(row.closedAt), network: JSON.parse(String(row.metricsNetwork)) as Record<string, unknown> };
  }

  /** Every closed wave's figures for one view, oldest first (what trends and KPIs read). */
  async closedWavePoints(view: { discipline?: string | undefined; groupId?: string | undefined }): Promise<WavePoint[]> {
    const waves = (await this.list()).filter((w) => w.state === 'closed').reverse();
    const data = await this.waveData(waves.map((w) => w.id));
    return waves.map((w) => {
      const d = data.get(w.id)!;
      const r = waveResults(d.asked, d.answers, [], { minAnswers: this.minAnswers, view });
      return { waveId: w.id, title: w.title, closesOn: w.closesOn, responseRate: r.responseRate, scores: r.scores };
    });
  }

  /**
   * One point per closed wave, `at` its close day: the KPI for the whole council or a view (a main
   * discipline, the members of a working group on the close day); `value` null below the privacy
   * threshold. What the strategy goals' KPI catalogue reads.
   */
  async evaluationSeries(
    kpi: EvaluationKpi,
    filter: { discipline?: string; groupId?: string },
  ): Promise<{ at: string; value: number | null; n: number }[]> {
    return kpiSeries(await this.closedWavePoints(filter), kpi);
  }
}

const waveChange = (action: 'create' | 'update', wave: Wave, before: Wave | null, after: Wave | null): AuditChange => ({
  entityType: 'evaluation-wave',
  entityId: wave.id,
  entityLabel: wave.title,
  action,
  before,
  after,
});

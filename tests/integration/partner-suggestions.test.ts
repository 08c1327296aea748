// The partner finder over the real graph: who is never suggested, reasons that agree with the data,
// cold start, who may ask, and what accepting and dismissing leave behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, visitor, type BrowserAgent } from '../helpers/auth.ts';
import { createOrganisation, createProject } from '../helpers/factories.ts';
import { addMember, createGroup } from '../helpers/collaboration.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { Project } from '../../server/schemas/project.ts';
import type { PartnerSuggestionItem, SuggestionDecision, SuggestionFeedbackStats } from '../../server/schemas/partner-suggestion.ts';

let app: FastifyInstance;
let coordinator: BrowserAgent, leadership: BrowserAgent, representative: BrowserAgent, admin: BrowserAgent;
let ana: Organisation, ben: Organisation, cai: Organisation, dee: Organisation, eve: Organisation, fay: Organisation, zed: Organisation;
let fillers: Organisation[];
let show: Project;

// By hand: Ana and Ben made a project, Ben and Cai made one: Cai is Ana's candidate through one common
// partner (Ben). Dee offers the funding Ana needs and needs the space Ana offers. Eve is in the trash.
// Fay shares Ana's working group. Zed is new: no tie, no group. Twelve more organisations fill the city.
beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
  leadership = await asRole(app, 'leadership');
  admin = await asRole(app, 'admin');
  ana = await createOrganisation(coordinator, { name: 'Ana Theatre', disciplines: ['theatre'], commune: 'ixelles', offers: ['space'], needs: ['funding'] });
  ben = await createOrganisation(coordinator, { name: 'Ben Dance', disciplines: ['dance'], commune: 'schaerbeek' });
  cai = await createOrganisation(coordinator, { name: 'Cai Music', disciplines: ['music'], commune: 'anderlecht' });
  dee = await createOrganisation(coordinator, { name: 'Dee Fund', disciplines: ['heritage'], commune: 'uccle', offers: ['funding'], needs: ['space'] });
  eve = await createOrganisation(coordinator, { name: 'Eve Gone', disciplines: ['theatre'], commune: 'ixelles', offers: ['funding'] });
  fay = await createOrganisation(coordinator, { name: 'Fay Circus', disciplines: ['circus'], commune: 'forest' });
  zed = await createOrganisation(coordinator, { name: 'Zed Newcomer', disciplines: ['music'], commune: 'etterbeek', needs: ['space'] });
  const disciplines = ['film', 'literature', 'design', 'visual-arts', 'digital-arts', 'dance'] as const;
  fillers = [];
  for (let i = 0; i < 12; i++) {
    fillers.push(await createOrganisation(coordinator, { name: `Filler ${String(i).padStart(2, '0')}`, disciplines: [disciplines[i % disciplines.length]!], commune: 'ixelles' }));
  }
  await createProject(coordinator, [ana, ben], { title: 'Duet', startDate: '2025-03-01', endDate: '2025-06-30' });
  await createProject(coordinator, [ben, cai], { title: 'Score', startDate: '2025-09-01', endDate: '2025-10-30' });
  await createProject(coordinator, [cai, fillers[0]!], { title: 'Reel', startDate: '2024-09-01', endDate: '2024-10-30', disciplines: ['music', 'film'] });
  const group = await createGroup(coordinator, { name: 'Stage Group' });
  await addMember(coordinator, group.id, ana.id, { joinedOn: '2024-01-01' });
  await addMember(coordinator, group.id, fay.id, { joinedOn: '2024-02-01' });
  show = await createProject(coordinator, [ana, ben], { title: 'Big Show', status: 'idea', startDate: null, endDate: null, needsPartnersIn: ['music'] });
  const deleted = await coordinator.inject({ method: 'DELETE', url: `/api/organisations/${eve.id}` });
  expect(deleted.statusCode, deleted.body).toBe(204);
  representative = await asRole(app, 'representative', { organisationId: ana.id });
});
afterAll(async () => app?.close());

async function suggestions(agent: BrowserAgent, organisation: Organisation, query = ''): Promise<PartnerSuggestionItem[]> {
  const response = await agent.inject(`/api/organisations/${organisation.id}/partner-suggestions${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: PartnerSuggestionItem[] }).items;
}

const ids = (items: PartnerSuggestionItem[]) => items.map((s) => s.organisation.id);

describe('GET /api/organisations/:id/partner-suggestions', () => {
  it('never suggests the organisation itself, its partners or an organisation in the trash', async () => {
    const items = await suggestions(coordinator, ana, '?limit=50');
    expect(items.length).toBe(16); // 20 organisations, less Ana, Ben (partner), Eve (trash) and no one else
    expect(ids(items)).not.toContain(ana.id);
    expect(ids(items)).not.toContain(ben.id);
    expect(ids(items)).not.toContain(eve.id);
    expect(ids(items)).toEqual(expect.arrayContaining([cai.id, dee.id, fay.id, zed.id]));
    for (let i = 1; i < items.length; i++) expect(items[i - 1]!.score).toBeGreaterThanOrEqual(items[i]!.score);
  });

  it('gives reasons that agree with the data: the common partner by name, a need met both ways, the shared group', async () => {
    const items = await suggestions(coordinator, ana, '?limit=50');
    const byId = new Map(items.map((s) => [s.organisation.id, s]));
    expect(byId.get(cai.id)!.reasons).toContainEqual({ kind: 'common-partners', count: 1, partners: [{ id: ben.id, name: 'Ben Dance' }] });
    const deeReasons = byId.get(dee.id)!.reasons;
    expect(deeReasons).toContainEqual({ kind: 'need-offer', resource: 'funding', direction: 'they-offer' });
    expect(deeReasons).toContainEqual({ kind: 'need-offer', resource: 'space', direction: 'you-offer' });
    const fayReasons = byId.get(fay.id)!.reasons;
    expect(fayReasons.find((r) => r.kind === 'shared-groups')).toMatchObject({ groups: [{ name: 'Stage Group' }] });
    // Every common-partners reason names real partners of both.
    for (const s of items) {
      for (const r of s.reasons) if (r.kind === 'shared-disciplines') expect(s.organisation.disciplines).toEqual(expect.arrayContaining(r.disciplines));
      for (const r of s.reasons) if (r.kind === 'same-commune') expect(s.organisation.commune).toBe(ana.commune);
    }
    // The slug is there for links (the home page's slot uses it).
    expect(byId.get(cai.id)!.organisation.slug).toBe(cai.slug);
  });

  it('gives an organisation without any tie ten suggestions, each with a reason', async () => {
    const items = await suggestions(coordinator, zed);
    expect(items).toHaveLength(10);
    for (const s of items) expect(s.reasons.length).toBeGreaterThan(0);
    // Zed needs space: Ana offers it, and says so.
    expect(items.find((s) => s.organisation.id === ana.id)?.reasons).toContainEqual({ kind: 'need-offer', resource: 'space', direction: 'they-offer' });
  });

  it('filters by discipline, commune and resource', async () => {
    expect(ids(await suggestions(coordinator, ana, '?discipline=music&limit=50')).sort()).toEqual([cai.id, zed.id].sort());
    for (const s of await suggestions(coordinator, ana, '?commune=ixelles&limit=50')) expect(s.organisation.commune).toBe('ixelles');
    expect(ids(await suggestions(coordinator, ana, '?resource=funding&limit=50'))).toEqual([dee.id]);
    expect((await coordinator.inject(`/api/organisations/${ana.id}/partner-suggestions?resource=gold`)).statusCode).toBe(400);
  });

  it('lets a representative ask for its own organisation only, and never the public', async () => {
    expect((await representative.inject(`/api/organisations/${ana.id}/partner-suggestions`)).statusCode).toBe(200);
    expect((await representative.inject(`/api/organisations/${ben.id}/partner-suggestions`)).statusCode).toBe(404);
    expect((await representative.inject({ method: 'POST', url: `/api/organisations/${ben.id}/partner-suggestions/dismiss`, payload: { candidateId: cai.id } })).statusCode).toBe(404);
    expect((await representative.inject(`/api/projects/${show.id}/partner-suggestions`)).statusCode).toBe(403);
    expect((await leadership.inject(`/api/organisations/${ben.id}/partner-suggestions`)).statusCode).toBe(200);
    const anonymous = await visitor(app);
    expect((await anonymous.inject(`/api/organisations/${ana.id}/partner-suggestions`)).statusCode).toBe(401);
  });

  it('answers 404 for an organisation in the trash or unknown', async () => {
    expect((await coordinator.inject(`/api/organisations/${eve.id}/partner-suggestions`)).statusCode).toBe(404);
    expect((await coordinator.inject('/api/organisations/00000000-0000-4000-8000-000000000000/partner-suggestions')).statusCode).toBe(404);
  });
});

describe('GET /api/projects/:id/partner-suggestions', () => {
  it('suggests organisations bringing a discipline the project needs, never its partners', async () => {
    const response = await coordinator.inject(`/api/projects/${show.id}/partner-suggestions`);
    expect(response.statusCode, response.body).toBe(200);
    const items = (response.json() as { items: PartnerSuggestionItem[] }).items;
    expect(ids(items)).not.toContain(ana.id);
    expect(ids(items)).not.toContain(ben.id);
    expect(ids(items).slice(0, 2).sort()).toEqual([cai.id, zed.id].sort());
    expect(items[0]!.reasons[0]).toEqual({ kind: 'brings-discipline', discipline: 'music' });
  });
});

describe('POST …/partner-suggestions/accept and …/dismiss', () => {
  it('starts a project idea with both when a suggestion is accepted, audited, and the candidate is not suggested again', async () => {
    const response = await representative.inject({
      method: 'POST',
      url: `/api/organisations/${ana.id}/partner-suggestions/accept`,
      payload: { candidateId: cai.id, action: 'project-idea' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const decision = response.json() as SuggestionDecision;
    expect(decision).toMatchObject({ decision: 'accepted', action: 'project-idea', subjectId: ana.id, candidateId: cai.id });
    expect(decision.reasonKinds).toContain('common-partners');
    const project = (await coordinator.inject(`/api/projects/${decision.projectId}`)).json() as Project;
    expect(project.status).toBe('idea');
    expect(project.partners.map((p) => p.organisationId).sort()).toEqual([ana.id, cai.id].sort());
    const audit = (await admin.inject(`/api/audit?entityId=${decision.id}`)).json() as { items: { entityType: string; action: string }[] };
    expect(audit.items).toEqual([expect.objectContaining({ entityType: 'partner-suggestion', action: 'create' })]);
    const projectAudit = (await admin.inject(`/api/audit?entityId=${project.id}`)).json() as { items: { action: string }[] };
    expect(projectAudit.items.map((e) => e.action)).toEqual(['create']);
    expect(ids(await suggestions(coordinator, ana, '?limit=50'))).not.toContain(cai.id);
  });

  it('keeps a dismissal: the candidate does not come back, a second decision is a conflict', async () => {
    const response = await coordinator.inject({
      method: 'POST',
      url: `/api/organisations/${ana.id}/partner-suggestions/dismiss`,
      payload: { candidateId: dee.id, reason: 'We know them already' },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ decision: 'dismissed', reason: 'We know them already', reasonKinds: expect.arrayContaining(['need-offer']) });
    expect(ids(await suggestions(coordinator, ana, '?limit=50'))).not.toContain(dee.id);
    // Only for Ana: Zed still gets Dee.
    expect(ids(await suggestions(coordinator, zed, '?limit=50'))).toContain(dee.id);
    const again = await coordinator.inject({ method: 'POST', url: `/api/organisations/${ana.id}/partner-suggestions/dismiss`, payload: { candidateId: dee.id } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'already-decided' });
  });

  it('refuses a partner or the organisation itself as a candidate, and a candidate in the trash', async () => {
    const partner = await coordinator.inject({ method: 'POST', url: `/api/organisations/${ana.id}/partner-suggestions/dismiss`, payload: { candidateId: ben.id } });
    expect(partner.statusCode).toBe(400);
    expect(partner.json()).toMatchObject({ code: 'not-a-candidate' });
    const self = await coordinator.inject({ method: 'POST', url: `/api/organisations/${ana.id}/partner-suggestions/accept`, payload: { candidateId: ana.id, action: 'introduction' } });
    expect(self.statusCode).toBe(400);
    const trashed = await coordinator.inject({ method: 'POST', url: `/api/organisations/${ana.id}/partner-suggestions/dismiss`, payload: { candidateId: eve.id } });
    expect(trashed.statusCode).toBe(404);
  });

  it('records an introduction for a project and dismisses for that project only', async () => {
    const accepted = await coordinator.inject({ method: 'POST', url: `/api/projects/${show.id}/partner-suggestions/accept`, payload: { candidateId: zed.id, action: 'introduction' } });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json()).toMatchObject({ subjectType: 'project', action: 'introduction', projectId: null, reasonKinds: expect.arrayContaining(['brings-discipline']) });
    const dismissed = await coordinator.inject({ method: 'POST', url: `/api/projects/${show.id}/partner-suggestions/dismiss`, payload: { candidateId: fay.id } });
    expect(dismissed.statusCode, dismissed.body).toBe(201);
    const items = ((await coordinator.inject(`/api/projects/${show.id}/partner-suggestions?limit=50`)).json() as { items: PartnerSuggestionItem[] }).items;
    expect(ids(items)).not.toContain(zed.id);
    expect(ids(items)).not.toContain(fay.id);
    expect(ids(await suggestions(coordinator, ana, '?limit=50'))).toContain(fay.id);
  });

  it('reports acceptance and dismissal rates per reason kind', async () => {
    const response = await leadership.inject('/api/partner-suggestions/feedback');
    expect(response.statusCode, response.body).toBe(200);
    const stats = response.json() as SuggestionFeedbackStats;
    expect(stats).toMatchObject({ accepted: 2, dismissed: 2 });
    const common = stats.byReasonKind.find((k) => k.kind === 'common-partners')!;
    expect(common.accepted).toBeGreaterThanOrEqual(1);
    expect(common.acceptanceRate).toBe(common.accepted / (common.accepted + common.dismissed));
    const needOffer = stats.byReasonKind.find((k) => k.kind === 'need-offer')!;
    expect(needOffer.dismissed).toBeGreaterThanOrEqual(1);
    expect((await representative.inject('/api/partner-suggestions/feedback')).statusCode).toBe(403);
  });
});

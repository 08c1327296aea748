// Working groups, meetings, attendance, the project board and the insight library in Chromium.
// The demo city's organisations and accounts are loaded; the groups, meetings and projects each
// test needs are made here through the API by a coordinator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { launchChromium } from '../helpers/browser.ts';
import { signIn } from '../helpers/browser-auth.ts';
import { addMember, createGroup, createMeeting, recordAttendance } from '../helpers/collaboration.ts';
import { createProject } from '../helpers/factories.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { Project } from '../../server/schemas/project.ts';
import type { MeetingDetail } from '../../server/schemas/meeting.ts';
import type { WorkingGroupDetail } from '../../server/schemas/working-group.ts';

let server: TestServer;
let browser: Browser;
let api: BrowserAgent;
let group: WorkingGroupDetail;
let members: Organisation[];
/** The organisation the demo representative speaks for. */
let represented: Organisation;
/** A past meeting whose attendance nobody has recorded yet. */
let unrecorded: MeetingDetail;

const NEXT_YEAR = new Date().getFullYear() + 1;

const newContext = () => browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });

async function pageAs(role: 'coordinator' | 'representative' | 'leadership'): Promise<Page> {
  const context: BrowserContext = await newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await signIn(page, server.url, role);
  return page;
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  api = await asRole(server.app, 'coordinator');
  const admin = await asRole(server.app, 'admin');

  const users = (await admin.inject('/api/users?role=representative&pageSize=100')).json() as { items: { email: string; organisationId: string }[] };
  const demoRepresentative = users.items.find((u) => u.email === 'representative@demo.kulturrat.example')!;
  represented = (await api.inject(`/api/organisations/${demoRepresentative.organisationId}`)).json() as Organisation;
  const others = ((await api.inject('/api/organisations?pageSize=10&sort=name')).json() as { items: Organisation[] }).items.filter(
    (o) => o.id !== represented.id,
  );
  members = [represented, others[0]!, others[1]!];

  group = await createGroup(api, { name: 'Werkgroep Browsertest', slug: 'werkgroep-browsertest', focusDiscipline: 'music' });
  for (const organisation of members) await addMember(api, group.id, organisation.id, { joinedOn: '2024-01-01' });

  // Two past meetings: one with attendance (so the trend has a point), one still to be recorded.
  const recorded = await createMeeting(api, { workingGroupId: group.id, title: 'Voorjaarsoverleg', startsAt: '2025-03-14T18:30', endsAt: '2025-03-14T20:30' });
  await recordAttendance(api, recorded.id, [
    { organisationId: members[0]!.id, status: 'present' },
    { organisationId: members[1]!.id, status: 'present' },
    { organisationId: members[2]!.id, status: 'absent' },
  ]);
  unrecorded = await createMeeting(api, { workingGroupId: group.id, title: 'Zomeroverleg', startsAt: '2025-06-10T10:00', endsAt: '2025-06-10T12:00' });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a coordinator', () => {
  let page: Page;

  beforeAll(async () => {
    page = await pageAs('coordinator');
  });
  afterAll(async () => {
    await page.context().close();
  });

  it('plans a meeting of a group, is stopped by an end before the start, and finds it among the group’s upcoming meetings', async () => {
    await page.goto(`${server.url}/groups/${group.slug}`);
    await page.getByTestId('group-name').waitFor();
    await page.getByTestId('plan-meeting').click();
    await page.getByTestId('meeting-form').waitFor();
    // The group comes preselected from the group page.
    await page.waitForFunction((id) => (document.querySelector('[data-testid="meeting-group"]') as HTMLSelectElement | null)?.value === id, group.id);

    await page.getByTestId('meeting-title').fill('Najaarsoverleg met de leden');
    await page.getByTestId('meeting-start-date').fill(`${NEXT_YEAR}-10-06`);
    await page.getByTestId('meeting-start-time').fill('19:00');
    await page.getByTestId('meeting-end-date').fill(`${NEXT_YEAR}-10-06`);
    await page.getByTestId('meeting-end-time').fill('18:00');
    await page.getByTestId('meeting-place').fill('Rue de la Source 112, 1060 Saint-Gilles');
    await page.getByTestId('meeting-agenda').fill('1. Welkom\n2. Gezamenlijke programmatie');
    await page.getByTestId('save-meeting').click();

    // Checked in the browser: nothing is sent, the end field says why.
    await page.getByTestId('error-endsAt').waitFor();
    expect(await page.getByTestId('error-endsAt').innerText()).toContain('after the start');
    expect(new URL(page.url()).pathname).toBe('/meetings/new');

    await page.getByTestId('meeting-end-time').fill('21:00');
    await page.getByTestId('save-meeting').click();
    await page.waitForURL((url) => /^\/meetings\/[0-9a-f-]{36}$/.test(url.pathname));
    expect(await page.getByTestId('meeting-title').innerText()).toBe('Najaarsoverleg met de leden');
    // Shown in Brussels time, in the interface language.
    expect(await page.getByTestId('meeting-when').innerText()).toMatch(/19:00|7:00/);

    await page.goto(`${server.url}/groups/${group.slug}`);
    const upcoming = page.getByTestId('upcoming-meetings').getByTestId('upcoming-meeting');
    await upcoming.first().waitFor();
    expect(await upcoming.allInnerTexts()).toEqual([expect.stringContaining('Najaarsoverleg met de leden')]);
  });

  it('records the attendance of a meeting in one save and sees the rate change', async () => {
    await page.goto(`${server.url}/meetings/${unrecorded.id}`);
    await page.getByTestId('attendance-sheet').waitFor();
    expect(await page.getByTestId('meeting-rate').getAttribute('data-rate')).toBe('');

    const row = (organisation: Organisation) => page.locator(`[data-testid="attendance-row"][data-organisation-id="${organisation.id}"]`);
    await row(members[0]!).getByTestId('attendance-present').check();
    await row(members[1]!).getByTestId('attendance-excused').check();
    // The rest present: only members[2] is left without a status.
    await page.getByTestId('attendance-rest-present').click();
    expect(await page.getByTestId('save-attendance').innerText()).toContain('3');
    await page.getByTestId('save-attendance').click();

    await page.waitForFunction(() => document.querySelector('[data-testid="meeting-rate"]')?.getAttribute('data-rate') !== '');
    expect(Number(await page.getByTestId('meeting-rate').getAttribute('data-rate'))).toBeCloseTo(2 / 3);
    expect(await page.getByTestId('meeting-rate').innerText()).toContain('2 of 3 present');
    await page.getByTestId('attendance-progress').filter({ hasText: '3 records saved' }).waitFor();

    const stored = (await api.inject(`/api/meetings/${unrecorded.id}`)).json() as MeetingDetail;
    expect(Object.fromEntries(stored.attendance.map((a) => [a.organisation.id, a.status]))).toEqual({
      [members[0]!.id]: 'present',
      [members[1]!.id]: 'excused',
      [members[2]!.id]: 'present',
    });

    // After a reload the page reads it back from the server.
    await page.reload();
    await page.getByTestId('attendance-sheet').waitFor();
    expect(Number(await page.getByTestId('meeting-rate').getAttribute('data-rate'))).toBeCloseTo(2 / 3);
  });

  it('moves a project from idea to planned on the board, and it stays there after a reload', async () => {
    const project = await createProject(api, [members[0]!, members[1]!], {
      title: 'Buurtfestival op het plein',
      status: 'idea',
      startDate: `${NEXT_YEAR}-05-01`,
      endDate: `${NEXT_YEAR}-05-03`,
      workingGroupId: group.id,
    });
    const card = () => page.locator(`[data-testid="project-card"][data-project-id="${project.id}"]`);

    await page.goto(`${server.url}/projects?group=${group.slug}`);
    await page.getByTestId('column-idea').locator(`[data-project-id="${project.id}"]`).waitFor();
    await card().getByTestId('move-on').click();
    await page.getByTestId('column-planned').locator(`[data-project-id="${project.id}"]`).waitFor();
    expect(await page.getByTestId('column-idea').locator(`[data-project-id="${project.id}"]`).count()).toBe(0);
    // The keyboard stays on the card that moved.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="project-card"]')?.getAttribute('data-project-id'))).toBe(project.id);

    await page.reload();
    await page.getByTestId('column-planned').locator(`[data-project-id="${project.id}"]`).waitFor();
    expect(((await api.inject(`/api/projects/${project.id}`)).json() as Project).status).toBe('planned');
  });

  it('is told when someone changed the project first, sees it as it is now, and can move it then', async () => {
    const project = await createProject(api, [members[0]!], {
      title: 'Gedeelde studio',
      status: 'planned',
      startDate: `${NEXT_YEAR}-02-01`,
      endDate: `${NEXT_YEAR}-06-30`,
      workingGroupId: group.id,
    });
    await page.goto(`${server.url}/projects?group=${group.slug}`);
    const inPlanned = page.getByTestId('column-planned').locator(`[data-project-id="${project.id}"]`);
    await inPlanned.waitFor();

    // Someone else saves the project in the meantime: the board's version is stale.
    const changed = await api.inject({
      method: 'PUT',
      url: `/api/projects/${project.id}`,
      payload: {
        title: 'Gedeelde studio (herzien)',
        kind: project.kind,
        status: project.status,
        startDate: project.startDate,
        endDate: project.endDate,
        disciplines: project.disciplines,
        partners: project.partners.map((p) => ({ organisationId: p.organisationId, role: p.role })),
        workingGroupId: group.id,
        version: project.version,
      },
    });
    expect(changed.statusCode).toBe(200);

    // It starts next year: running already is an odd move, asked first; the answer is the conflict.
    const confirmMove = () => page.locator('dialog[open][data-testid="move-confirm"]').getByTestId('move-confirm-button').click();
    await inPlanned.getByTestId('move-on').click();
    await confirmMove();
    await inPlanned.getByTestId('project-card-message').waitFor();
    expect(await inPlanned.getByTestId('project-card-title').innerText()).toBe('Gedeelde studio (herzien)');
    expect(((await api.inject(`/api/projects/${project.id}`)).json() as Project).status).toBe('planned');

    await inPlanned.getByTestId('move-on').click();
    await confirmMove();
    await page.getByTestId('column-running').locator(`[data-project-id="${project.id}"]`).waitFor();
  });
});

describe('the group page', () => {
  it('draws the attendance trend, with the figures as a table', async () => {
    const page = await pageAs('leadership');
    await page.goto(`${server.url}/groups/${group.slug}`);
    const chart = page.getByTestId('attendance-chart');
    await chart.waitFor();
    // Voorjaarsoverleg: 2 of 3 present; the meeting recorded by the test above may be there too.
    expect(await chart.getByTestId('attendance-point').count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('attendance-line').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+/);
    await page.getByTestId('attendance-trend').locator('summary').click();
    const rates = await page.getByTestId('attendance-trend-table').getByTestId('attendance-rate').allInnerTexts();
    expect(rates).toContain('67%');
    // Members are listed with their roles, and no management buttons for leadership.
    expect(await page.getByTestId('member-row').count()).toBe(members.length);
    expect(await page.getByTestId('add-member').count()).toBe(0);
    await page.context().close();
  });
});

describe('a representative', () => {
  it('records an insight for its own organisation and finds it in the library by a word from its text', async () => {
    const page = await pageAs('representative');
    await page.goto(`${server.url}/insights`);
    await page.getByTestId('new-insight').click();
    await page.getByTestId('insight-form').waitFor();
    // Its own organisation, and no other to choose.
    expect(await page.locator('#i-organisationId').inputValue()).toBe(represented.name);
    expect(await page.getByTestId('organisation-picker').count()).toBe(0);

    await page.getByTestId('insight-kind-success-story').check();
    await page.getByTestId('insight-title-input').fill('Vertelnamiddag met kamishibai');
    await page.getByTestId('insight-body').fill('Onze vrijwilligers speelden kamishibaivoorstellingen in de bibliotheek; veertig kinderen kwamen terug met hun ouders.');
    await page.getByTestId('insight-language').selectOption('nl');
    await page.getByTestId('insight-theme-volunteers').check();
    await page.getByTestId('save-insight').click();
    await page.waitForURL((url) => /^\/insights\/[0-9a-f-]{36}$/.test(url.pathname));
    expect(await page.getByTestId('insight-organisation').innerText()).toBe(represented.name);

    await page.goto(`${server.url}/insights`);
    await page.getByTestId('insight-search').fill('kamishibai');
    await page.waitForURL((url) => url.searchParams.get('q') === 'kamishibai');
    const card = page.getByTestId('insight-card').filter({ hasText: 'Vertelnamiddag met kamishibai' });
    await card.waitFor();
    expect(await card.getByTestId('insight-organisation').innerText()).toBe(represented.name);
    expect(await card.getByTestId('insight-organisation').getAttribute('href')).toBe(`/organisations/${represented.slug}`);
    // The searched word is marked, as text: the body's words, not HTML.
    expect(await card.locator('mark').allInnerTexts()).toEqual(expect.arrayContaining(['kamishibai', 'kamishibaivoorstellingen']));
    await page.context().close();
  });
});

describe('the public', () => {
  it.each(['/groups', `/groups/${'werkgroep-browsertest'}`, '/meetings', '/projects', '/insights?q=vrijwilligers'])('is sent to the sign-in page from %s', async (path) => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe(path);
    await page.getByTestId('sign-in-form').waitFor();
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { parseAttendanceCsv, planAttendanceImport } from '../../server/csv/attendance-csv.ts';
import { readCsvTable } from '../../server/domain/csv.ts';
import { parseMembershipCsv, planMembershipImport, type StoredMembership } from '../../server/csv/membership-csv.ts';
import { parseProjectCsv, planProjectImport, projectsToCsv } from '../../server/csv/project-csv.ts';
import type { Project } from '../../server/schemas/project.ts';

const org = (slug: string) => ({ id: `id-${slug}`, slug, name: slug.toUpperCase(), mainDiscipline: null });
const cells = (errors: { row?: number; column?: string; code: string }[]) => errors.map((e) => `${e.row}:${e.column}:${e.code}`);

describe('readCsvTable', () => {
  const layout = { columns: ['organisation', 'status'], required: ['organisation'], maxRows: 2 };
  it('reads semicolons, a byte-order mark and any case of column names', () => {
    expect(readCsvTable('\uFEFFOrganisation;STATUS\r\na;present\r\n', layout)).toMatchObject({ header: ['organisation', 'status'], records: [{ organisation: 'a', status: 'present' }], errors: [] });
  });
  it('names unknown and missing columns, too many rows and an empty file on their row', () => {
    expect(cells(readCsvTable('colour\nblue\n', layout).errors)).toEqual(['1:colour:unknown-column', '1:organisation:missing-column']);
    expect(cells(readCsvTable('organisation\na\nb\nc\n', layout).errors)).toEqual(['4:undefined:too-many-rows']);
    expect(cells(readCsvTable('organisation\n', layout).errors)).toEqual(['2:undefined:required']);
  });
  it('refuses a broken quote but reads a short row as empty cells', () => {
    expect(readCsvTable('organisation,status\na\n', layout).errors).toEqual([]);
    expect(readCsvTable('organisation,status\n"a,present\n', layout).errors.map((e) => e.code)).toEqual(['format']);
  });
});

describe('membership CSV', () => {
  const orgs = [org('aurore'), org('beweging')];
  const plan = (csv: string, existing: StoredMembership[] = []) => {
    const { rows, errors } = parseMembershipCsv(csv, 100);
    expect(errors).toEqual([]);
    return planMembershipImport(rows, orgs, existing);
  };

  it('parses a row with defaults: role member, no representative, open end', () => {
    expect(parseMembershipCsv('organisation,joined_on\naurore,2024-01-01\n', 10).rows).toEqual([
      { row: 2, organisation: 'aurore', role: 'member', representative: null, joinedOn: '2024-01-01', leftOn: null },
    ]);
  });

  it('creates, updates and leaves alone, matched on the day a membership began', () => {
    const existing = [
      { organisationId: 'id-aurore', role: 'member', representative: null, joinedOn: '2024-01-01', leftOn: null },
      { organisationId: 'id-beweging', role: 'chair', representative: 'Jo', joinedOn: '2023-01-01', leftOn: null },
    ];
    const result = plan('organisation,role,representative,joined_on,left_on\naurore,member,,2024-01-01,\nbeweging,chair,Jo,2023-01-01,2025-06-30\nbeweging,member,,2025-07-01,\n', existing);
    expect(result.errors).toEqual([]);
    expect(result.result).toEqual({ total: 3, created: 1, updated: 1, unchanged: 1 });
    expect(result.update[0]).toMatchObject({ organisationId: 'id-beweging', currentJoinedOn: '2023-01-01', leftOn: '2025-06-30' });
  });

  it('refuses overlaps with stored memberships and within the file, and unknown organisations', () => {
    const existing = [{ organisationId: 'id-aurore', role: 'member', representative: null, joinedOn: '2024-01-01', leftOn: null }];
    const result = plan('organisation,joined_on,left_on\naurore,2025-01-01,\nbeweging,2020-01-01,2021-01-01\nbeweging,2020-12-31,\nghost,2020-01-01,\n', existing);
    expect(cells(result.errors)).toEqual(['2:joined_on:already-member', '3:joined_on:already-member', '4:joined_on:already-member', '5:organisation:unknown-organisation']);
  });

  it('checks every cell before anything else', () => {
    const { errors } = parseMembershipCsv('organisation,role,joined_on,left_on\n,member,2024-01-01,\naurore,boss,2024-01-01,\naurore,member,01/01/2024,\naurore,member,2024-02-01,2024-01-01\n', 10);
    expect(cells(errors)).toEqual(['2:organisation:required', '3:role:enum', '4:joined_on:format', '5:left_on:left-before-joined']);
  });
});

describe('attendance CSV', () => {
  it('skips rows without a status and reads statuses in any case', () => {
    const { rows, skipped, errors } = parseAttendanceCsv('organisation,name,status\naurore,Aurore,Present\nbeweging,Beweging,\n', 10);
    expect(errors).toEqual([]);
    expect(skipped).toBe(1);
    expect(rows).toEqual([{ row: 2, organisation: 'aurore', status: 'present' }]);
  });

  it('refuses unknown, uninvited and repeated organisations; a plenary invites everyone', () => {
    const { rows } = parseAttendanceCsv('organisation,status\naurore,present\nbeweging,absent\nghost,present\naurore,absent\n', 10);
    const group = planAttendanceImport(rows, [org('aurore'), org('beweging')], new Set(['id-aurore']));
    expect(cells(group.errors)).toEqual(['3:organisation:not-invited', '4:organisation:unknown-organisation', '5:organisation:duplicate']);
    const plenary = planAttendanceImport(rows.slice(0, 2), [org('aurore'), org('beweging')], null);
    expect(plenary).toEqual({ records: [{ organisationId: 'id-aurore', status: 'present' }, { organisationId: 'id-beweging', status: 'absent' }], errors: [] });
  });
});

describe('project CSV', () => {
  const stored: Project = {
    id: '11111111-1111-4111-8111-111111111111',
    title: 'Zomerfestival',
    description: null,
    kind: 'festival',
    status: 'planned',
    startDate: '2026-07-01',
    endDate: '2026-07-05',
    budget: 12000,
    disciplines: ['music'],
    partners: [
      { organisationId: 'id-aurore', slug: 'aurore', name: 'AURORE', role: 'lead' },
      { organisationId: 'id-beweging', slug: 'beweging', name: 'BEWEGING', role: 'partner' },
    ],
    workingGroup: { id: 'g1', slug: 'podium', name: 'Podium' },
    needsPartnersIn: ['film'],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    version: 3,
  };
  const found = { existing: [stored], trashed: [], organisations: [org('aurore'), org('beweging')], workingGroups: [{ id: 'g1', slug: 'podium', name: 'Podium' }] };

  it('reads its own export back as unchanged', () => {
    const { rows, errors } = parseProjectCsv(projectsToCsv([stored]), 10);
    expect(errors).toEqual([]);
    const plan = planProjectImport(rows, found);
    expect(plan.errors).toEqual([]);
    expect(plan.result).toEqual({ total: 1, created: 0, updated: 0, unchanged: 1 });
  });

  it('turns slugs into partners with the lead first and the group into its id', () => {
    const { rows } = parseProjectCsv('title,kind,status,lead,partners,working_group,disciplines\nNieuw,workshop,idea,beweging,aurore,podium,theatre;dance\n', 10);
    const plan = planProjectImport(rows, found);
    expect(plan.create[0]!.input).toMatchObject({
      title: 'Nieuw',
      partners: [{ organisationId: 'id-beweging', role: 'lead' }, { organisationId: 'id-aurore', role: 'partner' }],
      workingGroupId: 'g1',
      disciplines: ['theatre', 'dance'],
      startDate: null,
      budget: null,
    });
  });

  it('names the column of each problem', () => {
    const { errors } = parseProjectCsv('id,title,kind,status,lead,budget,start_date\nnot-a-uuid,Xx,workshop,idea,aurore,,\n,Yy,workshop,idea,,-5,\n,Zz,workshop,idea,aurore,,2025-1-1\n', 10);
    expect(cells(errors)).toEqual(['2:id:format', '3:budget:minimum', '3:lead:required', '4:start_date:format']);
  });
});

// CSV of a working group's members: export, and an all-or-nothing import with a row-by-row report.
import { cellText, readCsvTable, schemaRowErrors, toCsv, type CsvFormat } from '../domain/csv.ts';
import type { FieldError } from '../domain/errors.ts';
import { membershipRuleErrors, periodsOverlap } from '../domain/working-group.ts';
import { registerFormats } from '../schemas/formats.ts';
import { GroupMembershipUpdateSchema, type GroupMember, type OrganisationRef } from '../schemas/working-group.ts';
import type { MEMBER_ROLES } from '../domain/taxonomy.ts';

registerFormats();

/** `name` is only for people reading the file: the import ignores it. */
export const MEMBER_CSV_COLUMNS = ['organisation', 'name', 'role', 'representative', 'joined_on', 'left_on'] as const;
const REQUIRED = ['organisation', 'joined_on'];

const COLUMN_OF: Record<string, string> = { joinedOn: 'joined_on', leftOn: 'left_on' };
const columnOf = (path: string) => {
  const head = path.replace(/^\//, '').split('/')[0] ?? '';
  return COLUMN_OF[head] ?? head;
};

export function membersToCsv(members: readonly GroupMember[], format: CsvFormat = 'csv'): string {
  const rows = members.map((m) => [m.organisation.slug, m.organisation.name, m.role, m.representative ?? '', m.joinedOn, m.leftOn ?? '']);
  return toCsv(MEMBER_CSV_COLUMNS, rows, { format });
}

export interface MembershipCsvRow {
  row: number;
  /** The organisation's slug or id, as written. */
  organisation: string;
  role: (typeof MEMBER_ROLES)[number];
  representative: string | null;
  joinedOn: string;
  leftOn: string | null;
}

export function parseMembershipCsv(text: string, maxRows: number): { rows: MembershipCsvRow[]; errors: FieldError[] } {
  const { records, errors } = readCsvTable(text, { columns: MEMBER_CSV_COLUMNS, required: REQUIRED, maxRows });
  const rows: MembershipCsvRow[] = [];
  records.forEach((record, index) => {
    const row = index + 2;
    const organisation = cellText(record.organisation);
    const value = {
      role: cellText(record.role).toLowerCase() || 'member',
      representative: cellText(record.representative) || null,
      joinedOn: cellText(record.joined_on),
      leftOn: cellText(record.left_on) || null,
    };
    const rowErrors = schemaRowErrors(GroupMembershipUpdateSchema, value, row, columnOf);
    if (!organisation) rowErrors.unshift({ row, column: 'organisation', code: 'required', message: 'organisation: a slug or id is required' });
    if (rowErrors.length === 0) {
      rowErrors.push(...membershipRuleErrors(value).map((e) => ({ row, column: 'left_on', code: e.code, message: `left_on: ${e.message}` })));
    }
    errors.push(...rowErrors);
    if (rowErrors.length === 0) rows.push({ row, organisation, ...(value as Omit<MembershipCsvRow, 'row' | 'organisation'>) });
  });
  return { rows, errors };
}

export interface StoredMembership {
  organisationId: string;
  role: string;
  representative: string | null;
  joinedOn: string;
  leftOn: string | null;
}

export interface MembershipWrite extends StoredMembership {
  role: (typeof MEMBER_ROLES)[number];
}

export interface MembershipImportPlan {
  create: MembershipWrite[];
  /** `currentJoinedOn` finds the stored membership; a row changes everything but its start day. */
  update: (MembershipWrite & { currentJoinedOn: string })[];
  result: { total: number; created: number; updated: number; unchanged: number };
  errors: FieldError[];
}

/**
 * A row is matched with the organisation's stored membership that began the same day: it updates
 * it (or leaves it alone when nothing differs) or, when there is none, becomes a new membership.
 * One organisation cannot be a member twice at once: a row whose period overlaps another of the
 * organisation's memberships, stored or in the file, is refused as `already-member`.
 */
export function planMembershipImport(
  rows: readonly MembershipCsvRow[],
  organisations: readonly OrganisationRef[],
  existing: readonly StoredMembership[],
): MembershipImportPlan {
  const byRef = new Map<string, OrganisationRef>();
  for (const o of organisations) {
    byRef.set(o.id, o);
    byRef.set(o.slug, o);
  }
  const plan: MembershipImportPlan = { create: [], update: [], result: { total: rows.length, created: 0, updated: 0, unchanged: 0 }, errors: [] };
  const seen = new Map<string, number>();
  /** Every organisation's memberships as they will be: stored ones, replaced or joined by the rows. */
  const after = new Map<string, { row: number | null; period: StoredMembership }[]>();
  for (const m of existing) after.set(m.organisationId, [...(after.get(m.organisationId) ?? []), { row: null, period: m }]);

  for (const r of rows) {
    const organisation = byRef.get(r.organisation);
    if (!organisation) {
      plan.errors.push({ row: r.row, column: 'organisation', code: 'unknown-organisation', message: `organisation: no member organisation has the slug or id "${r.organisation}".` });
      continue;
    }
    const key = `${organisation.id}|${r.joinedOn}`;
    const first = seen.get(key);
    if (first !== undefined) {
      plan.errors.push({ row: r.row, column: 'joined_on', code: 'duplicate', message: `${organisation.name} joining on ${r.joinedOn} is also on row ${first}.` });
      continue;
    }
    seen.set(key, r.row);
    const write: MembershipWrite = { organisationId: organisation.id, role: r.role, representative: r.representative, joinedOn: r.joinedOn, leftOn: r.leftOn };
    const periods = after.get(organisation.id) ?? [];
    const stored = periods.find((p) => p.row === null && p.period.joinedOn === r.joinedOn);
    if (stored) {
      const same = stored.period.role === write.role && stored.period.representative === write.representative && stored.period.leftOn === write.leftOn;
      if (same) plan.result.unchanged += 1;
      else plan.update.push({ ...write, currentJoinedOn: r.joinedOn });
      stored.row = r.row;
      stored.period = write;
    } else {
      plan.create.push(write);
      periods.push({ row: r.row, period: write });
      after.set(organisation.id, periods);
    }
  }

  for (const periods of after.values()) {
    for (const p of periods) {
      if (p.row === null) continue;
      const other = periods.find((q) => q !== p && periodsOverlap(p.period, q.period));
      if (!other) continue;
      const where = other.row === null ? `its membership since ${other.period.joinedOn}` : `row ${other.row}`;
      plan.errors.push({ row: p.row, column: 'joined_on', code: 'already-member', message: `This membership overlaps ${where}: an organisation is a member of a group once at a time.` });
    }
  }
  plan.errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  plan.result.created = plan.create.length;
  plan.result.updated = plan.update.length;
  return plan;
}

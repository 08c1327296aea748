// The generated city as the partner finder's input at a cut-off day, and the ties that appear after
// it: the temporal hold-out of the suggestion evaluation. In memory, no database.
import type { DatedTie, GroupMembership, MeetingCoAttendance, ProjectDisciplines, SuggestionData } from '../server/analytics/suggestions/types.ts';
import type { CollaborationLife } from './collaboration-life.ts';
import type { City } from './generate.ts';

export interface HoldOut {
  /** What was known the day before `cutoff`. */
  data: SuggestionData;
  /** Pairs (ids) with a first joint project starting on or after `cutoff`, not partners before it. */
  newTies: [string, string][];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Joint-project ties from the projects that started before `cutoff` (their activity cut at the
 * cut-off), the memberships and the (non-plenary) co-attendance before it, and the partners' main
 * disciplines of those projects. A small stand-in for the shared tie model of server/analytics.
 */
export function suggestionHoldOut(city: City, life: CollaborationLife | null, cutoff: string): HoldOut {
  const mainOf = new Map(city.organisations.map((o) => [o.id, o.disciplines[0] ?? '']));
  const lastKnown = (() => {
    const d = new Date(`${cutoff}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  })();
  const ties = new Map<string, DatedTie & { kinds: Record<string, number> }>();
  const projects: ProjectDisciplines[] = [];
  const later: [string, string][] = [];
  for (const p of city.projects) {
    if (p.startDate === null || p.startDate === undefined) continue;
    const ids = p.partners.map((x) => x.organisationId);
    if (p.startDate >= cutoff) {
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) later.push([ids[i]!, ids[j]!]);
      continue;
    }
    projects.push({ partnerDisciplines: ids.map((id) => mainOf.get(id) ?? '') });
    const last = p.endDate && p.endDate < cutoff ? p.endDate : lastKnown;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [source, target] = ids[i]! < ids[j]! ? [ids[i]!, ids[j]!] : [ids[j]!, ids[i]!];
        const key = pairKey(source, target);
        const tie = ties.get(key);
        if (!tie) {
          ties.set(key, { source, target, weight: 1, kinds: { project: 1 }, first: p.startDate, last });
          continue;
        }
        tie.weight += 1;
        tie.kinds.project = (tie.kinds.project ?? 0) + 1;
        if (p.startDate < tie.first!) tie.first = p.startDate;
        if (last > tie.last!) tie.last = last;
      }
    }
  }
  const newTies = new Map<string, [string, string]>();
  for (const [a, b] of later) {
    const key = pairKey(a, b);
    if (!ties.has(key)) newTies.set(key, [a, b]);
  }

  const memberships: GroupMembership[] = [];
  const coAttendance = new Map<string, MeetingCoAttendance>();
  if (life) {
    for (const g of life.workingGroups) {
      for (const m of g.members) if (m.joinedOn < cutoff) memberships.push({ organisationId: m.organisationId, groupId: g.id, groupName: g.name });
    }
    for (const meeting of life.meetings) {
      if (meeting.kind === 'plenary' || meeting.startsAt.slice(0, 10) >= cutoff) continue;
      const present = meeting.attendance.filter((a) => a.status === 'present').map((a) => a.organisationId).sort();
      for (let i = 0; i < present.length; i++) {
        for (let j = i + 1; j < present.length; j++) {
          const key = pairKey(present[i]!, present[j]!);
          const entry = coAttendance.get(key);
          if (entry) entry.meetings += 1;
          else coAttendance.set(key, { source: present[i]!, target: present[j]!, meetings: 1 });
        }
      }
    }
  }

  return {
    data: {
      organisations: city.organisations.map((o) => ({
        id: o.id,
        name: o.name,
        disciplines: o.disciplines,
        commune: o.commune,
        languages: o.languages ?? [],
        audiences: o.audiences ?? [],
        offers: o.offers ?? [],
        needs: o.needs ?? [],
      })),
      ties: [...ties.values()],
      memberships,
      coAttendance: [...coAttendance.values()],
      projects,
      today: cutoff,
    },
    newTies: [...newTies.values()],
  };
}

// Writes the demo city's collaboration life (seed/collaboration-life.ts) into Neo4j through the
// repositories, after the city itself (groups link to its organisations and projects), in batches.
import { brusselsInstant } from '../server/domain/council-time.ts';
import type { Database } from '../server/repositories/database.ts';
import { createInsights } from '../server/repositories/insight-repository.ts';
import { createAttendance, createMeetings } from '../server/repositories/meeting-repository.ts';
import { createMemberships, createWorkingGroups, linkProjectsToGroups } from '../server/repositories/working-group-repository.ts';
import type { CollaborationLife } from './collaboration-life.ts';
import { inBatches } from './load.ts';
import { markDataChanged } from '../server/repositories/data-version-repository.ts';


const instant = (wallClock: string) => brusselsInstant(wallClock)?.toISOString() ?? null;

/**
 * Groups and memberships, meetings and attendance (recorded when the meeting ended), insights
 * (shared when their session began) and the projects' groups. Each batch is one transaction.
 */
export async function loadCollaborationLife(db: Database, life: CollaborationLife, log: (line: string) => void = () => {}): Promise<void> {
  const { workingGroups, meetings, insights, projectGroups } = life;
  await db.write(async (tx) => {
    await createWorkingGroups(tx, workingGroups.map(({ id, members: _members, ...input }) => ({ id, input })));
    await createMemberships(
      tx,
      workingGroups.flatMap((g) =>
        g.members.map((m) => ({
          groupId: g.id,
          organisationId: m.organisationId,
          role: m.role,
          representative: m.representative ?? null,
          joinedOn: m.joinedOn,
          leftOn: m.leftOn ?? null,
        })),
      ),
    );
  });
  log(`  working groups ${workingGroups.length}`);

  await inBatches(meetings, (batch) => db.write((tx) => createMeetings(tx, batch.map(({ id, attendance: _attendance, ...input }) => ({ id, input })))));
  const records = meetings.flatMap((m) => m.attendance.map((a) => ({ meetingId: m.id, organisationId: a.organisationId, status: a.status, recordedAt: instant(m.endsAt) })));
  await inBatches(records, (batch) => db.write((tx) => createAttendance(tx, batch)));
  log(`  meetings ${meetings.length}, attendance records ${records.length}`);

  const startOf = new Map(meetings.map((m) => [m.id, m.startsAt]));
  await inBatches(insights, (batch) =>
    db.write((tx) =>
      createInsights(
        tx,
        batch.map(({ id, ...input }) => {
          const startsAt = input.meetingId ? startOf.get(input.meetingId) : undefined;
          return { id, input, createdAt: startsAt ? instant(startsAt) : null };
        }),
      ),
    ),
  );
  log(`  insights ${insights.length}`);

  const links = Object.entries(projectGroups).map(([projectId, groupId]) => ({ projectId, groupId }));
  await inBatches(links, (batch) => db.write((tx) => linkProjectsToGroups(tx, batch)));
  log(`  projects born in groups ${links.length}`);
  await db.write(markDataChanged);
}

// Attendance rates: per meeting (a group's trend) and per organisation over time (by quarter).
// "Invited" means a member of the meeting's group on its day (every organisation for a plenary).
import { quarterOf } from '../domain/council-time.ts';

export type AttendanceStatus = 'present' | 'excused' | 'absent';

export interface MeetingAttendance {
  meetingId: string;
  title: string;
  startsAt: string;
  invited: readonly string[];
  records: readonly { organisationId: string; status: AttendanceStatus }[];
}

export interface AttendancePoint {
  meetingId: string;
  title: string;
  startsAt: string;
  invited: number;
  present: number;
  excused: number;
  absent: number;
  rate: number | null;
}

/**
 * One meeting's figures. Only invited organisations count (a record left from a membership that
 * was later corrected does not). An invited organisation with no record counts as absent; a
 * meeting where nothing at all was recorded has no rate, since its attendance was never taken.
 */
export function meetingAttendance(meeting: MeetingAttendance): AttendancePoint {
  const invited = new Set(meeting.invited);
  const counts = { present: 0, excused: 0 };
  for (const r of meeting.records) {
    if (!invited.has(r.organisationId)) continue;
    if (r.status === 'present') counts.present += 1;
    else if (r.status === 'excused') counts.excused += 1;
  }
  const recorded = meeting.records.length > 0;
  return {
    meetingId: meeting.meetingId,
    title: meeting.title,
    startsAt: meeting.startsAt,
    invited: invited.size,
    present: counts.present,
    excused: counts.excused,
    absent: invited.size - counts.present - counts.excused,
    rate: recorded && invited.size > 0 ? counts.present / invited.size : null,
  };
}

/** A group's trend: its past meetings in time order. */
export const attendanceTrend = (meetings: readonly MeetingAttendance[]): AttendancePoint[] =>
  [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt)).map(meetingAttendance);

/** One meeting an organisation was invited to, whose attendance was recorded: its day and the organisation's status, if any. */
export interface Invitation {
  day: string;
  status: AttendanceStatus | null;
}

export interface AttendanceRate {
  invited: number;
  present: number;
  rate: number | null;
}

export interface OrganisationAttendance extends AttendanceRate {
  byQuarter: (AttendanceRate & { period: string })[];
}

const rateOf = (invited: number, present: number): AttendanceRate => ({ invited, present, rate: invited > 0 ? present / invited : null });

function nextQuarter(period: string): string {
  const year = Number(period.slice(0, 4));
  const quarter = Number(period.slice(6));
  return quarter === 4 ? `${year + 1}-Q1` : `${year}-Q${quarter + 1}`;
}

/**
 * An organisation's attendance overall and per quarter, from the first quarter it was invited in
 * to the last, quarters without meetings included (rate null), so a chart has no gaps.
 */
export function organisationAttendance(invitations: readonly Invitation[]): OrganisationAttendance {
  const quarters = new Map<string, { invited: number; present: number }>();
  let present = 0;
  for (const { day, status } of invitations) {
    const period = quarterOf(day);
    const q = quarters.get(period) ?? { invited: 0, present: 0 };
    q.invited += 1;
    if (status === 'present') {
      q.present += 1;
      present += 1;
    }
    quarters.set(period, q);
  }
  const periods = [...quarters.keys()].sort();
  const byQuarter: OrganisationAttendance['byQuarter'] = [];
  if (periods.length) {
    for (let period = periods[0]!; period <= periods[periods.length - 1]!; period = nextQuarter(period)) {
      const q = quarters.get(period) ?? { invited: 0, present: 0 };
      byQuarter.push({ period, ...rateOf(q.invited, q.present) });
    }
  }
  return { ...rateOf(invitations.length, present), byQuarter };
}

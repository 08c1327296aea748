// The meeting attendance rate as a KPI: per quarter, organisations present over organisations
// invited, at the working-group and knowledge-exchange meetings whose attendance was taken.
import { meetingAttendance, type MeetingAttendance } from '../attendance.ts';
import { periodOf } from '../collaboration-network.ts';
import type { KpiFilter, KpiPoint, KpiSource } from './catalogue.ts';

/** A meeting with its Brussels day, as the reader gets it (already narrowed to the filter's group and discipline). */
export interface DatedMeetingAttendance extends MeetingAttendance {
  day: string;
}

/**
 * Attendance per quarter, from the first quarter with a recorded meeting to the last: present over
 * invited, summed over the meetings whose attendance was recorded (a meeting never taken counts for
 * nothing); a quarter without such a meeting has no value.
 */
export function attendanceByQuarter(meetings: readonly DatedMeetingAttendance[], today: string): KpiPoint[] {
  const quarters = new Map<string, { from: string; to: string; invited: number; present: number }>();
  for (const meeting of meetings) {
    const point = meetingAttendance(meeting);
    if (point.rate === null) continue;
    const period = periodOf(meeting.day, 'quarter');
    const q = quarters.get(period.key) ?? { from: period.from, to: period.to, invited: 0, present: 0 };
    q.invited += point.invited;
    q.present += point.present;
    quarters.set(period.key, q);
  }
  return [...quarters.values()]
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((q) => ({ at: q.to < today ? q.to : today, from: q.from, value: q.invited > 0 ? q.present / q.invited : null, n: q.invited }));
}

export type AttendanceReader = (filter: KpiFilter) => Promise<DatedMeetingAttendance[]>;

export function attendanceKpiSource(read: AttendanceReader, today: () => string): KpiSource<'attendanceRate'> {
  return {
    name: 'attendance',
    kpis: [{ id: 'attendanceRate', source: 'attendance', unit: 'share', higherIsBetter: true, filters: ['discipline', 'groupId'] }],
    async series(_kpi, filter) {
      return attendanceByQuarter(await read(filter), today());
    },
  };
}

import { describe, expect, it } from 'vitest';
import { attendanceTrend, meetingAttendance, organisationAttendance, type Invitation, type MeetingAttendance } from '../../server/analytics/attendance.ts';

const meeting = (invited: string[], records: MeetingAttendance['records'], startsAt = '2025-03-14T18:30'): MeetingAttendance => ({
  meetingId: `m-${startsAt}`,
  title: 'Meeting',
  startsAt,
  invited,
  records,
});

describe('meetingAttendance', () => {
  const cases: [string, MeetingAttendance, { invited: number; present: number; excused: number; absent: number; rate: number | null }][] = [
    ['nobody recorded: no rate', meeting(['a', 'b'], []), { invited: 2, present: 0, excused: 0, absent: 2, rate: null }],
    ['all present', meeting(['a', 'b'], [{ organisationId: 'a', status: 'present' }, { organisationId: 'b', status: 'present' }]), { invited: 2, present: 2, excused: 0, absent: 0, rate: 1 }],
    [
      'one present, one excused, one without a record',
      meeting(['a', 'b', 'c'], [{ organisationId: 'a', status: 'present' }, { organisationId: 'b', status: 'excused' }]),
      { invited: 3, present: 1, excused: 1, absent: 1, rate: 1 / 3 },
    ],
    ['recorded absent counts as absent', meeting(['a', 'b'], [{ organisationId: 'a', status: 'absent' }]), { invited: 2, present: 0, excused: 0, absent: 2, rate: 0 }],
    [
      'a record of an organisation not invited is left out',
      meeting(['a'], [{ organisationId: 'a', status: 'present' }, { organisationId: 'z', status: 'present' }]),
      { invited: 1, present: 1, excused: 0, absent: 0, rate: 1 },
    ],
    ['nobody invited: no rate', meeting([], [{ organisationId: 'z', status: 'present' }]), { invited: 0, present: 0, excused: 0, absent: 0, rate: null }],
    ['an organisation invited twice counts once', meeting(['a', 'a', 'b'], [{ organisationId: 'a', status: 'present' }]), { invited: 2, present: 1, excused: 0, absent: 1, rate: 0.5 }],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => expect(meetingAttendance(input)).toMatchObject(expected));
  }
});

describe('attendanceTrend', () => {
  it('puts the meetings in time order', () => {
    const trend = attendanceTrend([meeting(['a'], [], '2025-06-01T10:00'), meeting(['a'], [], '2024-12-01T10:00'), meeting(['a'], [], '2025-01-01T10:00')]);
    expect(trend.map((p) => p.startsAt)).toEqual(['2024-12-01T10:00', '2025-01-01T10:00', '2025-06-01T10:00']);
  });
});

describe('organisationAttendance', () => {
  const cases: [string, Invitation[], ReturnType<typeof organisationAttendance>][] = [
    ['never invited', [], { invited: 0, present: 0, rate: null, byQuarter: [] }],
    [
      'one quarter',
      [{ day: '2025-01-10', status: 'present' }, { day: '2025-03-31', status: 'excused' }],
      { invited: 2, present: 1, rate: 0.5, byQuarter: [{ period: '2025-Q1', invited: 2, present: 1, rate: 0.5 }] },
    ],
    [
      'quarters without meetings fill the gap, across a new year',
      [{ day: '2024-11-02', status: 'present' }, { day: '2025-04-01', status: null }, { day: '2025-04-20', status: 'present' }],
      {
        invited: 3,
        present: 2,
        rate: 2 / 3,
        byQuarter: [
          { period: '2024-Q4', invited: 1, present: 1, rate: 1 },
          { period: '2025-Q1', invited: 0, present: 0, rate: null },
          { period: '2025-Q2', invited: 2, present: 1, rate: 0.5 },
        ],
      },
    ],
    [
      'the order of invitations does not matter; absent and no record count the same',
      [{ day: '2025-07-01', status: 'absent' }, { day: '2025-01-01', status: 'present' }, { day: '2025-07-02', status: null }],
      {
        invited: 3,
        present: 1,
        rate: 1 / 3,
        byQuarter: [
          { period: '2025-Q1', invited: 1, present: 1, rate: 1 },
          { period: '2025-Q2', invited: 0, present: 0, rate: null },
          { period: '2025-Q3', invited: 2, present: 0, rate: 0 },
        ],
      },
    ],
  ];
  for (const [name, invitations, expected] of cases) {
    it(name, () => expect(organisationAttendance(invitations)).toEqual(expected));
  }
});

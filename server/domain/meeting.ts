// Rules a meeting must keep that a JSON schema cannot say (real Brussels times, an end after the
// start, a group for every meeting but a plenary), and how it is stored and put in a calendar.
import type { FieldError } from './errors.ts';
import { brusselsInstant, isCalendarWallClock } from './council-time.ts';
import { unknownReference } from './references.ts';
import type { CalendarMeeting } from './meeting-calendar.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { MeetingInput } from '../schemas/working-group.ts';

function timeErrors(field: 'startsAt' | 'endsAt', value: string): FieldError[] {
  if (!isCalendarWallClock(value)) {
    return [{ field, code: 'format', message: `${field} is not a real date and time (YYYY-MM-DDTHH:mm, Brussels time).` }];
  }
  if (!brusselsInstant(value)) {
    return [{ field, code: 'nonexistent-time', message: `${field} does not exist in Brussels: the clocks skip that hour when summer time starts.` }];
  }
  return [];
}

export function meetingRuleErrors(input: MeetingInput): FieldError[] {
  const errors = [...timeErrors('startsAt', input.startsAt), ...timeErrors('endsAt', input.endsAt)];
  const start = brusselsInstant(input.startsAt);
  const end = brusselsInstant(input.endsAt);
  if (start && end && end.getTime() <= start.getTime()) {
    errors.push({ field: 'endsAt', code: 'end-before-start', message: 'The meeting ends before (or when) it starts.' });
  }
  const group = input.workingGroupId ?? null;
  if (input.kind === 'plenary' && group !== null) {
    errors.push({ field: 'workingGroupId', code: 'plenary-without-group', message: 'A plenary is a meeting of the whole council: leave workingGroupId empty.' });
  }
  if (input.kind !== 'plenary' && group === null) {
    errors.push({ field: 'workingGroupId', code: 'group-required', message: `A ${input.kind} meeting belongs to a working group: give workingGroupId.` });
  }
  return errors;
}

/** Node properties written for a meeting; the times go separately, to become zoned Neo4j datetimes. */
export function meetingProps(input: MeetingInput): Record<string, unknown> {
  const text = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);
  return {
    kind: input.kind,
    title: input.title.trim(),
    place: text(input.place),
    onlineUrl: input.onlineUrl ?? null,
    agenda: text(input.agenda),
    minutes: text(input.minutes),
    decisions: (input.decisions ?? []).map((d) => d.trim()).filter(Boolean),
  };
}

/**
 * A meeting as a calendar event. The public feeds (`forPublic`) carry what a calendar needs: title,
 * time, place or online link, the group, a link, and never the agenda or minutes.
 */
export function calendarMeeting(meeting: Meeting, options: { forPublic: boolean }): CalendarMeeting {
  return {
    id: meeting.id,
    title: meeting.title,
    kind: meeting.kind,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    // A public feed is read by anyone holding its address: the video-call link would let anyone in.
    onlineUrl: options.forPublic ? null : meeting.onlineUrl,
    agenda: options.forPublic ? null : meeting.agenda,
    workingGroupName: meeting.workingGroup?.name ?? null,
    updatedAt: meeting.updatedAt,
    version: meeting.version,
  };
}

/**
 * Attendance may be recorded only for organisations that exist and were invited, each once. The
 * errors name each refused entry by its index in `records`.
 */
export function attendanceErrors(
  records: readonly { organisationId: string }[],
  known: ReadonlySet<string>,
  invited: ReadonlySet<string>,
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  records.forEach((r, i) => {
    const field = `${i}.organisationId`;
    if (!known.has(r.organisationId)) errors.push(unknownReference('organisation', field, r.organisationId));
    else if (!invited.has(r.organisationId)) {
      errors.push({ field, code: 'not-invited', message: 'This organisation was not a member of the group on the day of the meeting.' });
    } else if (seen.has(r.organisationId)) errors.push({ field, code: 'duplicate', message: 'This organisation is listed twice.' });
    seen.add(r.organisationId);
  });
  return errors;
}

// The meeting form's values, its checks before anything is sent, and the API input it makes.
// Pure, so the rules (Brussels times, an end after the start, a group unless plenary) can be tested.
import { brusselsInstant, joinWallClock, splitWallClock } from '$council-time';
import type { MeetingDetail, MeetingInput, MeetingKind, ProblemItem } from '$lib/types';

export interface MeetingFormValues {
  kind: MeetingKind;
  workingGroupId: string;
  title: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  place: string;
  onlineUrl: string;
  agenda: string;
  minutes: string;
  decisions: string[];
}

export function meetingFormValues(meeting?: MeetingDetail, defaults: { groupId?: string; kind?: MeetingKind } = {}): MeetingFormValues {
  const start = splitWallClock(meeting?.startsAt);
  const end = splitWallClock(meeting?.endsAt);
  const kind = meeting?.kind ?? defaults.kind ?? 'working-group';
  return {
    kind,
    workingGroupId: meeting ? (meeting.workingGroup?.id ?? '') : kind === 'plenary' ? '' : (defaults.groupId ?? ''),
    title: meeting?.title ?? '',
    startDate: start.date,
    startTime: start.time || '18:30',
    endDate: end.date,
    endTime: end.time || '20:30',
    place: meeting?.place ?? '',
    onlineUrl: meeting?.onlineUrl ?? '',
    agenda: meeting?.agenda ?? '',
    minutes: meeting?.minutes ?? '',
    decisions: [...(meeting?.decisions ?? [])],
  };
}

const URL_PATTERN = /^https?:\/\/\S+$/;

/** What the browser can tell before asking the server; field names are the API's. */
export function meetingClientErrors(values: MeetingFormValues): ProblemItem[] {
  const errors: ProblemItem[] = [];
  const title = values.title.trim();
  if (!title) errors.push({ field: 'title', code: 'required', message: '' });
  else if (title.length < 2) errors.push({ field: 'title', code: 'minLength', message: '' });
  if (values.kind !== 'plenary' && !values.workingGroupId) errors.push({ field: 'workingGroupId', code: 'group-required', message: '' });
  const startsAt = joinWallClock(values.startDate, values.startTime);
  const endsAt = joinWallClock(values.endDate || values.startDate, values.endTime);
  if (!startsAt) errors.push({ field: 'startsAt', code: 'required', message: '' });
  else if (!brusselsInstant(startsAt)) errors.push({ field: 'startsAt', code: 'nonexistent-time', message: '' });
  if (!endsAt) errors.push({ field: 'endsAt', code: 'required', message: '' });
  else if (!brusselsInstant(endsAt)) errors.push({ field: 'endsAt', code: 'nonexistent-time', message: '' });
  else if (startsAt && brusselsInstant(startsAt) && brusselsInstant(endsAt)!.getTime() <= brusselsInstant(startsAt)!.getTime()) {
    errors.push({ field: 'endsAt', code: 'end-before-start', message: '' });
  }
  if (values.onlineUrl.trim() && !URL_PATTERN.test(values.onlineUrl.trim())) errors.push({ field: 'onlineUrl', code: 'format', message: '' });
  return errors;
}

export function meetingInputFrom(values: MeetingFormValues): MeetingInput {
  return {
    kind: values.kind,
    workingGroupId: values.kind === 'plenary' ? null : values.workingGroupId || null,
    title: values.title.trim(),
    startsAt: joinWallClock(values.startDate, values.startTime),
    endsAt: joinWallClock(values.endDate || values.startDate, values.endTime),
    place: values.place.trim() || null,
    onlineUrl: values.onlineUrl.trim() || null,
    agenda: values.agenda.trim(),
    minutes: values.minutes.trim(),
    decisions: values.decisions.map((d) => d.trim()).filter(Boolean),
  };
}

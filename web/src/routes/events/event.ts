// What the events pages ask the API for (api/src/modules/events/events.graphql), and how they word it.
import { formatCalendarDate, formatDateTime, formatTime, viewerTimeZone } from '$lib/format';
import type { TopicRef } from '$lib/types';

export type EventKind = 'CONFERENCE' | 'SYMPOSIUM' | 'TRAINING';
export type AttendanceStatus = 'ATTENDING' | 'ATTENDED';

export const EVENT_KINDS: readonly { value: EventKind; label: string; description: string }[] = [
  { value: 'CONFERENCE', label: 'Conference', description: 'Several days of talks and sessions, often with many hosts.' },
  { value: 'SYMPOSIUM', label: 'Symposium', description: 'A meeting on one subject, usually a day or two.' },
  { value: 'TRAINING', label: 'Training', description: 'A course that teaches a skill or a program.' },
];

export function isEventKind(value: string): value is EventKind {
  return EVENT_KINDS.some((k) => k.value === value);
}

export function eventKindLabel(kind: EventKind): string {
  return EVENT_KINDS.find((k) => k.value === kind)?.label ?? kind;
}

/** "March 4, 2025" for a one-day event, "March 4, 2025 – March 6, 2025" for a longer one. */
export function formatEventDates(startsOn: string, endsOn: string): string {
  const start = formatCalendarDate(startsOn);
  return startsOn === endsOn ? start : `${start} – ${formatCalendarDate(endsOn)}`;
}

/**
 * An event's times as the venue's clock shows them ("Starts 09:00 CST, ends 17:30 CST (America/Chicago)"),
 * and, when the viewer reads times in another zone, in theirs; null for an all-day event.
 */
export function eventTimes(event: {
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string | null;
}): { venue: string; viewer: string | null } | null {
  if (!event.startsAt || !event.timeZone) return null;
  const zone = event.timeZone;
  const venue = `Starts ${formatTime(event.startsAt, zone)}${event.endsAt ? `, ends ${formatTime(event.endsAt, zone)}` : ''} (${zone.replace(/_/g, ' ')})`;
  const mine = viewerTimeZone();
  if (mine === zone) return { venue, viewer: null };
  const viewer = `${formatDateTime(event.startsAt, mine)}${event.endsAt ? ` to ${formatDateTime(event.endsAt, mine)}` : ''}`;
  return { venue, viewer };
}

/** Where it takes place, as a line: "Online", the venue, or both. */
export function eventPlace(event: { online: boolean; location: string }): string {
  if (event.online && event.location) return `${event.location}, and online`;
  return event.online ? 'Online' : event.location;
}

/** What an entry in the events list shows. */
export interface EventSummary {
  id: string;
  slug: string;
  name: string;
  kind: EventKind;
  host: string;
  startsOn: string;
  endsOn: string;
  online: boolean;
  location: string;
  topics: TopicRef[];
  attendeeCount: number;
}

export const EVENT_SUMMARY = /* GraphQL */ `
  fragment EventSummary on Event {
    id
    slug
    name
    kind
    host
    startsOn
    endsOn
    online
    location
    topics {
      slug
      name
    }
    attendeeCount
  }
`;

export interface Attendee {
  id: string;
  displayName: string;
  title: string;
  department: { name: string; slug: string } | null;
}

export interface EventDetail extends EventSummary {
  /** Instants, with the venue's IANA zone; all null for an all-day event. */
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string | null;
  url: string | null;
  descriptionHtml: string;
  past: boolean;
  viewerAttendance: AttendanceStatus | null;
  icsUrl: string;
  viewerCan: { edit: boolean; attend: boolean };
  followerCount: number;
  viewerFollows: boolean;
}

/** Moderators and admins keep the events list, as the API says; it checks again on every save. */
export function canKeepEvents(user: { viewerCan: { keepEvents: boolean } | null } | null | undefined): boolean {
  return Boolean(user?.viewerCan?.keepEvents);
}

/** A cursor from the query parameter `name`, as `cursorFrom` reads `after`. */
export function cursorParam(url: URL, name: string): string | null {
  const value = url.searchParams.get(name);
  return value && value.length <= 500 ? value : null;
}

/** Calendar days are UTC days, as the API's dates are. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

// What the events pages ask the API for (api/src/modules/events/events.graphql), and how they word it.
import { formatCalendarDate } from '$lib/format';
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
	url: string | null;
	descriptionHtml: string;
	past: boolean;
	viewerAttendance: AttendanceStatus | null;
	icsUrl: string;
	viewerCan: { edit: boolean; attend: boolean };
	followerCount: number;
	viewerFollows: boolean;
}

/** Only moderators (and admins) keep the events list; the API checks again on every save. */
export function canKeepEvents(user: { role: string } | null | undefined): boolean {
	return user?.role === 'MODERATOR' || user?.role === 'ADMIN';
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

// Every label and number format the web app shows comes from here (en-US).
import { page } from '$app/state';
import {
  AGENCY_TYPE_LABELS,
  AGENCY_TYPES,
  EVIDENCE_LABELS,
  EVIDENCE_LEVELS,
  LIFECYCLE_LABELS,
  RESOURCE_KIND_LABELS,
  ROLE_LABELS,
  ROLES,
  US_STATES,
  VERIFICATION_LABELS,
  VERIFICATION_STATES,
  type AgencyType,
  type EvidenceLevel,
  type Lifecycle,
  type ResourceKind,
  type Role,
  type VerificationState,
} from '@muster/db/labels';
import { formatInteger } from './numbers.js';

const LOCALE = 'en-US';
const monthYear = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });

// ---- Enum labels (the values and words come from @muster/db/labels, which the API shares) ----

export { AGENCY_TYPES, EVIDENCE_LEVELS, ROLES, VERIFICATION_STATES };

export function agencyTypeLabel(type: AgencyType): string {
  return AGENCY_TYPE_LABELS[type] ?? type;
}

export function isAgencyType(value: string): value is AgencyType {
  return (AGENCY_TYPES as readonly string[]).includes(value);
}

export function evidenceLabel(level: EvidenceLevel): string {
  return EVIDENCE_LABELS[level]?.label ?? level;
}

export function evidenceDescription(level: EvidenceLevel): string {
  return EVIDENCE_LABELS[level]?.description ?? '';
}

/** 1 (anecdotal) to 4 (rigorous study). */
export function evidenceRank(level: EvidenceLevel): number {
  return EVIDENCE_LEVELS.indexOf(level) + 1;
}

export function lifecycleLabel(lifecycle: Lifecycle): string {
  return LIFECYCLE_LABELS[lifecycle]?.label ?? lifecycle;
}

export function resourceKindLabel(kind: ResourceKind): string {
  return RESOURCE_KIND_LABELS[kind] ?? kind;
}

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role] ?? role;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function verificationLabel(state: VerificationState): string {
  return VERIFICATION_LABELS[state] ?? state;
}

export function isVerificationState(value: string): value is VerificationState {
  return (VERIFICATION_STATES as readonly string[]).includes(value);
}

export { US_STATES };

export function stateName(code: string): string {
  return US_STATES[code] ?? code;
}

/** The states and territories as choices in a list, by name. */
export const STATE_OPTIONS: readonly { value: string; label: string }[] = Object.entries(US_STATES)
  .sort((a, b) => a[1].localeCompare(b[1]))
  .map(([value, label]) => ({ value, label }));

/** The agency types as choices in a list, in their usual order. */
export const AGENCY_TYPE_OPTIONS: readonly { value: string; label: string }[] = AGENCY_TYPES.map((type) => ({
  value: type,
  label: agencyTypeLabel(type),
}));

// ---- Numbers, money, dates --------------------------------------------------

export * from './numbers.js';

// Instants are shown in the viewer's zone: a member's (Settings → Time zone), kept in the page
// data, so the server's render and the browser's hydration agree. Visitors, whose zone a
// server-rendered page cannot know, read UTC, and every time says which zone it is in.
// Calendar dates (YYYY-MM-DD) are days, not instants, and stay as written.

/** The zone the viewer reads times in; read from the page being rendered, UTC outside one. */
export function viewerTimeZone(): string {
  try {
    return (page.data as { user?: { timeZone?: string | null } | null }).user?.timeZone || 'UTC';
  } catch {
    // Not while a page renders (a server load, say): nobody's zone is known there.
    return 'UTC';
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'long' | 'dateTime' | 'zone' | 'time', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let made = formatters.get(key);
  if (!made) {
    const options: Record<typeof kind, Intl.DateTimeFormatOptions> = {
      long: { dateStyle: 'long' },
      dateTime: { dateStyle: 'medium', timeStyle: 'short', hour12: false },
      time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
      zone: { timeZoneName: 'short' },
    };
    made = new Intl.DateTimeFormat(LOCALE, { ...options[kind], timeZone });
    formatters.set(key, made);
  }
  return made;
}

/** "PST", "CDT", "UTC", "GMT+1": the zone's short name at that instant. */
function zoneAbbreviation(date: Date, timeZone: string): string {
  return (
    formatter('zone', timeZone)
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  );
}

/** An ISO instant (DateTime) → "March 4, 2025", the day it is in the viewer's zone. */
export function formatDate(iso: string, timeZone = viewerTimeZone()): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter('long', timeZone).format(date);
}

/** An ISO instant → "Mar 4, 2025, 06:05 PST" in the viewer's zone ("… 14:05 UTC" for visitors). */
export function formatDateTime(iso: string, timeZone = viewerTimeZone()): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${formatter('dateTime', timeZone).format(date)} ${zoneAbbreviation(date, timeZone)}`;
}

/** An ISO instant → "09:00 CST", the time of day in the given zone (an event's venue, the viewer's). */
export function formatTime(iso: string, timeZone = viewerTimeZone()): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${formatter('time', timeZone).format(date)} ${zoneAbbreviation(date, timeZone)}`;
}

/** A calendar date (Date, YYYY-MM-DD) → "March 4, 2025". */
export function formatCalendarDate(ymd: string): string {
  return formatDate(`${ymd.slice(0, 10)}T00:00:00Z`, 'UTC');
}

/** A calendar date → "March 2025", for "started in". */
export function formatMonthYear(ymd: string): string {
  const date = new Date(`${ymd.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? ymd : monthYear.format(date);
}

// ---- Devices -------------------------------------------------------------------

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/(Chrome|Chromium|CriOS)\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad/, 'iOS'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** A session's user agent in words, "Firefox on Windows"; null when it is not a browser we know. */
export function describeUserAgent(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!browser) return null;
  return system ? `${browser} on ${system}` : browser;
}

// ---- Words -------------------------------------------------------------------

/** count 1 → "1 write-up", 3 → "3 write-ups". */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatInteger(count)} ${count === 1 ? singular : plural}`;
}

/** A filtered list's heading: "3 members", and once filtered "3 members match" ("1 member matches"). */
export function resultCount(count: number, filtered: boolean, singular: string, plural = `${singular}s`): string {
  return `${pluralize(count, singular, plural)}${filtered ? (count === 1 ? ' matches' : ' match') : ''}`;
}

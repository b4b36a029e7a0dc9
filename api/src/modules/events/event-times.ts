/**
 * An event's times are given as the venue's wall-clock time in its zone (what the organisers
 * publish) and kept as instants; these convert between the two with Intl's zone data.
 */

function wallClockParts(zone: string, instant: Date) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    day: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
    second: Number(part('second')),
  };
}

/** How far the zone's wall clock is ahead of UTC at that instant, in milliseconds. */
function offsetAt(zone: string, instant: number): number {
  const wall = wallClockParts(zone, new Date(instant));
  return Date.parse(`${wall.day}T${wall.time}:${String(wall.second).padStart(2, '0')}Z`) - Math.floor(instant / 1000) * 1000;
}

/** The instant a wall-clock day and time ("2026-03-08", "09:00") is in a zone. */
export function instantIn(zone: string, day: string, time: string): Date {
  const wall = Date.parse(`${day}T${time}:00Z`);
  // The offset at the first guess may differ from the one at the answer when a clock change falls
  // between them; a second pass settles it (a time the change skips comes out an hour off, as it must).
  const guess = wall - offsetAt(zone, wall);
  return new Date(wall - offsetAt(zone, guess));
}

/** The wall-clock time ("09:00") of an instant in a zone. */
export function timeIn(zone: string, instant: Date): string {
  return wallClockParts(zone, instant).time;
}

/** The wall-clock day ("2026-03-08") of an instant in a zone. */
export function dayIn(zone: string, instant: Date): string {
  return wallClockParts(zone, instant).day;
}

/** Calendar days are UTC days, as the API's dates are. */
export const today = (now: Date) => now.toISOString().slice(0, 10);

// The zones a member or a moderator chooses from, as this server's Intl knows them (the API checks
// a zone with the same data). Sent with the page, so the list the server renders is the one the
// browser hydrates, whatever the browser's own zone data holds.
let zones: string[] | null = null;

/** UTC first, then every IANA zone by name ("America/Chicago"). */
export function timeZoneNames(): string[] {
  zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  return zones;
}

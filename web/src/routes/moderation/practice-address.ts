/**
 * The slug in what a moderator pastes to name a write-up: its address on any host (copied from
 * the browser), its path, or the slug alone. Null when it is none of these.
 */
export function slugFromAddress(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  let path = value;
  if (/^https?:\/\//i.test(value)) {
    try {
      path = new URL(value).pathname;
    } catch {
      return null;
    }
  }
  const fromPath = path.match(/^\/?practices\/([a-z0-9-]+)(?:[/?#].*)?$/i)?.[1];
  const slug = (fromPath ?? path).toLowerCase();
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 200 && slug !== 'new' ? slug : null;
}

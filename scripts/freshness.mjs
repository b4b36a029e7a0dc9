// When a build is older than what it is built from: the start scripts rebuild only then.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The latest modification time under a path (a file, or a folder and all it holds). */
export function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Whether `built` exists and no source (file or folder; missing ones are skipped) changed after it. */
export function isCurrent(built, sources) {
  if (!existsSync(built)) return false;
  const present = sources.filter(existsSync);
  return present.length === 0 || Math.max(...present.map(newestChange)) <= statSync(built).mtimeMs;
}

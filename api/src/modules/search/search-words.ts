import { refreshSearchWords, type Db } from '@muster/db';

const pending = new WeakMap<Db, NodeJS.Timeout>();

/**
 * Rebuilds the "did you mean" word list a few seconds after public content changed; several
 * changes in a row cost one rebuild. Suggestions may lag that long; results never do.
 */
export function refreshSearchWordsSoon(db: Db, delayMs = 5000): void {
  if (pending.has(db)) return;
  const timer = setTimeout(() => {
    pending.delete(db);
    refreshSearchWords(db).catch(() => {
      // The database may be closing (shutdown, a test ending); the next change tries again.
    });
  }, delayMs);
  timer.unref();
  pending.set(db, timer);
}

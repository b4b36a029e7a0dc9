import type { FastifyBaseLogger } from 'fastify';
import { indexSearchWords, refreshSearchWords, type Db } from '@muster/db';

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

/**
 * Gives words that have become common bitmaps of their own: soon after start, then hourly. Only
 * speed depends on it (a word without one is found through the GIN index), so an hour's lag is fine.
 */
export function scheduleSearchWords(deps: { db: Db; log: FastifyBaseLogger }): () => void {
  const run = () =>
    void indexSearchWords(deps.db)
      .then((done) => done.added && deps.log.info(done, 'search words indexed'))
      .catch((error) => deps.log.error({ err: error }, 'indexing search words failed'));
  const first = setTimeout(run, 30_000);
  const timer = setInterval(run, 60 * 60_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';

/** Rebuilds the word list behind "did you mean" (a materialized view; see migration 0005). */
export async function refreshSearchWords(db: Db): Promise<void> {
  await db.execute(sql`refresh materialized view search_words`);
}

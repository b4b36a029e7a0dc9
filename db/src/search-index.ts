import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from './client.ts';

export interface IndexWordsOptions {
  /** A word gets a bitmap once at least this many write-ups have it… */
  minDocuments?: number;
  /** …and at least this share of them. */
  minShare?: number;
}

/** Below this many entries every word is counted exactly; above it the planner's statistics say which are common. */
const exactCountUpTo = 20_000;

/**
 * Gives the search index's common words bitmaps of their own. Counting a query's matches and
 * facets then reads a common word's bitmap instead of every write-up that has it; a rare word is
 * looked up in the GIN index, which is quick because few write-ups have it. Which words have
 * bitmaps changes speed only, never results, so this runs now and then (after data is generated,
 * and hourly in the server), not on every write. A word keeps its bitmap once it has one.
 */
export async function indexSearchWords(db: Db, options: IndexWordsOptions = {}): Promise<{ indexed: number; added: number }> {
  const minDocuments = options.minDocuments ?? 500;
  const minShare = options.minShare ?? 0.01;
  const [{ entries } = { entries: 0 }] = rowsOf<{ entries: number }>(
    await db.execute(sql`select count(*)::int as entries from search_entries`),
  );
  const bar = Math.max(minDocuments, minShare * entries);

  let common: string[];
  if (entries <= exactCountUpTo) {
    common = rowsOf<{ word: string }>(
      await db.execute(sql`select word from ts_stat('select document from search_entries') where ndoc >= ${bar}`),
    ).map((r) => r.word);
  } else {
    // The most common elements ANALYZE found, with their share of rows (the last three figures are summaries).
    await db.execute(sql`analyze search_entries`);
    common = rowsOf<{ word: string }>(
      await db.execute(sql`
        select word from pg_stats, unnest(most_common_elems::text::text[], most_common_elem_freqs) as common(word, share)
        where schemaname = current_schema() and tablename = 'search_entries' and attname = 'document'
          and word is not null and share * ${entries} >= ${bar}`),
    ).map((r) => r.word);
  }
  const [{ added } = { added: 0 }] = rowsOf<{ added: number }>(
    await db.execute(sql`select search_index_words(${sql.param(common)}::text[]) as added`),
  );
  const [{ indexed } = { indexed: 0 }] = rowsOf<{ indexed: number }>(
    await db.execute(sql`select count(*)::int as indexed from search_indexed_words`),
  );
  return { indexed: Number(indexed), added: Number(added) };
}

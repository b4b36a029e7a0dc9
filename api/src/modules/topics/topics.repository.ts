import { asc, eq } from 'drizzle-orm';
import type { MercuriusContext } from 'mercurius';
import { topics, type Db, type Topic } from '@muster/db';
import { topicsWithVisibleTotals } from '../search/search.bitmaps.ts';

export async function listTopics(db: Db): Promise<Topic[]> {
  return db.select().from(topics).orderBy(asc(topics.position), asc(topics.name));
}

const listed = new WeakMap<MercuriusContext, Promise<Topic[]>>();

/**
 * The topics, read once per request however many fields of the answer list them (search: its
 * facets and the page's own list). `withCounts` when the answer counts their write-ups too: the
 * topics then come with the counts, in one statement.
 */
export function listTopicsOnce(ctx: MercuriusContext, withCounts = false): Promise<Topic[]> {
  let topicsOfRequest = listed.get(ctx);
  if (!topicsOfRequest) {
    topicsOfRequest = (withCounts ? topicsWithVisibleTotals(ctx) : null) ?? listTopics(ctx.db);
    listed.set(ctx, topicsOfRequest);
  }
  return topicsOfRequest;
}

export async function findTopicBySlug(db: Db, slug: string): Promise<Topic | null> {
  const [row] = await db.select().from(topics).where(eq(topics.slug, slug)).limit(1);
  return row ?? null;
}

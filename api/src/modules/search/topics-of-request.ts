import { asc } from 'drizzle-orm';
import type { MercuriusContext } from 'mercurius';
import { topics, type Db, type Topic } from '@muster/db';
import { topicsWithVisibleTotals } from './search.bitmaps.ts';

// A request's list of topics is read with the counts of its write-ups where it can be (search's
// bitmaps read the topics in the same statement), so it is kept here, beside the counting.

/** Every topic, in the lists' order. */
async function listTopics(db: Db): Promise<Topic[]> {
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

/**
 * For a statement about to run that can read the topics along with it (search's counts): the
 * request's topics will come from there. Answers the hand-over, called with the topics, or with
 * null to have them read on their own (a second call changes nothing); null when the request
 * has its topics read already.
 */
export function topicsToCome(ctx: MercuriusContext): ((topics: Topic[] | null) => void) | null {
  if (listed.has(ctx)) return null;
  let handOver!: (topics: Topic[] | null) => void;
  const coming = new Promise<Topic[] | null>((resolve) => (handOver = resolve));
  const topicsOfRequest = coming.then((topics) => topics ?? listTopics(ctx.db));
  // A failed search's page may not ask for them: a failure reaches whoever awaits them, not the process.
  topicsOfRequest.catch(() => {});
  listed.set(ctx, topicsOfRequest);
  return handOver;
}

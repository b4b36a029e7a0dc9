import type { MercuriusContext } from 'mercurius';
import type { Comment, User } from '@muster/db';
import { commentExtras } from './discussion.repository.ts';
import type { PracticeRow } from '../practices/index.ts';

/**
 * What one request has already read of a discussion: a page of threads comes with its replies,
 * so the replies' authors, parents and helpful marks are fetched with the threads' own instead
 * of once more for each level of the answer. Lives as long as the request's context.
 */
export interface Known {
  practices: Map<string, PracticeRow>;
  comments: Map<string, Comment>;
  /** Replies by thread, for the threads whose replies were read (an empty list when none). */
  replies: Map<string, Comment[]>;
  // Answers as promises: a later level of the answer may ask while the first read is under way.
  authors: Map<string, Promise<User | null>>;
  helpfulCounts: Map<string, Promise<number>>;
  /** Whether the viewer marked the comment helpful. */
  marked: Map<string, Promise<boolean>>;
}

const byRequest = new WeakMap<MercuriusContext, Known>();

export function knownOf(ctx: MercuriusContext): Known {
  let known = byRequest.get(ctx);
  if (!known) {
    known = {
      practices: new Map(),
      comments: new Map(),
      replies: new Map(),
      authors: new Map(),
      helpfulCounts: new Map(),
      marked: new Map(),
    };
    byRequest.set(ctx, known);
  }
  return known;
}

/** Threads and, when read with them, their replies. */
export function rememberThreads(ctx: MercuriusContext, threads: Comment[], replies?: Map<string, Comment[]>): void {
  const known = knownOf(ctx);
  for (const c of threads) known.comments.set(c.id, c);
  if (!replies) return;
  for (const thread of threads) {
    const own = replies.get(thread.id) ?? [];
    known.replies.set(thread.id, own);
    for (const c of own) known.comments.set(c.id, c);
  }
}

/**
 * Answers `wanted` from `cache`, fetching in one go what is missing of it and of every comment
 * this request knows (so the next level of the answer finds its own there).
 */
export async function throughCache<V>(
  ctx: MercuriusContext,
  cache: Map<string, Promise<V>>,
  wanted: string[],
  fetch: (ids: string[]) => Promise<Map<string, V>>,
  missing: V,
  also: (c: Comment) => string | null = (c) => c.id,
): Promise<Map<string, V>> {
  if (wanted.some((id) => !cache.has(id))) {
    const extra = [...knownOf(ctx).comments.values()].map(also).filter((id): id is string => id !== null);
    const ids = [...new Set([...wanted, ...extra])].filter((id) => !cache.has(id));
    const found = fetch(ids);
    for (const id of ids) {
      const answer = found.then((map) => map.get(id) ?? missing);
      // Read ahead for comments no field may ask about: a failure reaches whoever awaits it, not the process.
      answer.catch(() => {});
      cache.set(id, answer);
    }
  }
  return new Map(await Promise.all(wanted.map(async (id) => [id, (await cache.get(id)) ?? missing] as const)));
}

/**
 * Starts reading, in one statement, what a page shows beside each comment (helpful count, the
 * viewer's mark, the author) for `wanted` and every comment this request knows, for whichever of
 * them it is not known yet. The loaders of those fields then answer from `Known`. `shown` says
 * whose author the viewer may see.
 */
export function readAhead(ctx: MercuriusContext, wanted: Comment[], shown: (c: Comment) => boolean): void {
  const known = knownOf(ctx);
  const lacks = (c: Comment) =>
    !known.helpfulCounts.has(c.id) || !known.marked.has(c.id) || (c.authorId !== null && shown(c) && !known.authors.has(c.authorId));
  const comments = new Map([...wanted, ...known.comments.values()].map((c) => [c.id, c]));
  const pending = [...comments.values()].filter(lacks);
  if (pending.length === 0) return;
  const found = commentExtras(
    ctx.db,
    ctx.viewer?.id ?? null,
    pending.map((c) => c.id),
  );
  const keep = <V>(cache: Map<string, Promise<V>>, id: string, answer: Promise<V>) => {
    if (cache.has(id)) return;
    // Read ahead for comments no field may ask about: a failure reaches whoever awaits it, not the process.
    answer.catch(() => {});
    cache.set(id, answer);
  };
  for (const c of pending) {
    const extras = found.then((map) => map.get(c.id));
    keep(
      known.helpfulCounts,
      c.id,
      extras.then((e) => e?.helpfulCount ?? 0),
    );
    keep(
      known.marked,
      c.id,
      extras.then((e) => e?.marked ?? false),
    );
    if (c.authorId !== null && shown(c))
      keep(
        known.authors,
        c.authorId,
        extras.then((e) => e?.author ?? null),
      );
  }
}

import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { Answer, Comment } from '@muster/db';
import { isNewInThread, keepsThreadReads } from '../../policy.ts';
import { lastReads, unreadAnswers, unreadComments, type ThreadKind, type Unread } from './reads.repository.ts';

type Query<T> = { obj: T; params: unknown };

/**
 * A per-request look-up by thread id, fetched once for every thread asked about: a list asks for
 * a count and for the first unread item of each of its threads, and both come from one statement.
 */
function perRequest<V>(fetch: (ctx: MercuriusContext, ids: string[]) => Promise<Map<string, V>>) {
  const byRequest = new WeakMap<MercuriusContext, Map<string, Promise<V | undefined>>>();
  return (ctx: MercuriusContext, ids: string[]): Promise<(V | undefined)[]> => {
    let known = byRequest.get(ctx);
    if (!known) byRequest.set(ctx, (known = new Map()));
    const missing = [...new Set(ids.filter((id) => !known.has(id)))];
    if (missing.length) {
      const found = fetch(ctx, missing);
      for (const id of missing)
        known.set(
          id,
          found.then((m) => m.get(id)),
        );
    }
    return Promise.all(ids.map((id) => known.get(id)!));
  };
}

const answersOf = perRequest<Unread>((ctx, ids) => unreadAnswers(ctx.db, ctx.viewer!, ids));
const commentsOf = perRequest<Unread>((ctx, ids) => unreadComments(ctx.db, ctx.viewer!, ids));
const readsOf = (kind: ThreadKind) => perRequest<Date>((ctx, ids) => lastReads(ctx.db, ctx.viewer!.id, kind, ids));
const questionReads = readsOf('QUESTION');
const practiceReads = readsOf('PRACTICE');

/** A thread's count and first unread item: null for visitors; 0 and null when nothing is new. */
function unreadField(of: typeof answersOf, pick: (u: Unread | undefined) => number | string | null) {
  return async (queries: Query<{ id: string }>[], ctx: MercuriusContext) => {
    if (!keepsThreadReads(ctx.viewer)) return queries.map(() => null);
    const found = await of(
      ctx,
      queries.map((q) => q.obj.id),
    );
    return found.map(pick);
  };
}

/** Whether each item is new to the viewer, by when they last opened its thread. */
function itemUnread<T extends { authorId: string | null; createdAt: Date; hiddenAt: Date | null }>(
  reads: typeof questionReads,
  threadOf: (item: T) => string,
) {
  return async (queries: Query<T>[], ctx: MercuriusContext) => {
    if (!keepsThreadReads(ctx.viewer)) return queries.map(() => false);
    const at = await reads(
      ctx,
      queries.map((q) => threadOf(q.obj)),
    );
    return queries.map((q, i) => isNewInThread(ctx.viewer, q.obj, at[i] ?? null));
  };
}

export const loaders: MercuriusLoaders = {
  Question: {
    newAnswerCount: unreadField(answersOf, (u) => u?.count ?? 0),
    firstUnreadAnswerId: unreadField(answersOf, (u) => u?.firstId ?? null),
  },
  Practice: {
    newCommentCount: unreadField(commentsOf, (u) => u?.count ?? 0),
    firstUnreadCommentId: unreadField(commentsOf, (u) => u?.firstId ?? null),
  },
  Answer: { unread: itemUnread<Answer>(questionReads, (a) => a.questionId) },
  Comment: { unread: itemUnread<Comment>(practiceReads, (c) => c.practiceId) },
};

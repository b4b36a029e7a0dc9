import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { Answer, Comment } from '@muster/db';
import { isNewInThread, keepsThreadReads } from '../../policy.ts';
import { alongOf } from '../../json-rows.ts';
import { partOf, practiceLastReads, type ThreadUnread } from '../practices/index.ts';
import { questionLastReads, questionPartOf } from '../questions/index.ts';
import type { ThreadKind } from './reads.repository.ts';

type Query<T> = { obj: T; params: unknown };

/**
 * When the viewer last opened each thread: read with the question's or write-up's other parts (the
 * read gathering this level's parts, or the one already under way), never in a statement of its own.
 */
function lastVisits(kind: ThreadKind) {
  const lastReads = kind === 'QUESTION' ? questionLastReads : practiceLastReads;
  const unread = kind === 'QUESTION' ? questionUnread : practiceUnread;
  return async (ctx: MercuriusContext, ids: string[]): Promise<(Date | null)[]> => {
    const at = await lastReads.once(ctx, ids, async (missing) => {
      const found = await unread(ctx, missing);
      return new Map(missing.map((id) => [id, found.get(id)?.lastReadAt ?? null]));
    });
    return ids.map((id) => at.get(id) ?? null);
  };
}

/** A thread's count or first unread item, read with its other parts: null for visitors; 0 and null when nothing is new. */
function unreadField(
  read: (ctx: MercuriusContext, ids: string[]) => Promise<Map<string, ThreadUnread | null>>,
  pick: (u: ThreadUnread | null) => number | string | Date | null,
) {
  return async (queries: Query<{ id: string }>[], ctx: MercuriusContext) => {
    if (!keepsThreadReads(ctx.viewer)) return queries.map(() => null);
    // A list reads it along with its rows; a thread asks for it with its other parts.
    const along = queries.map((q) => alongOf(q.obj));
    if (along.every((a) => a && 'unread' in a)) return along.map((a) => pick(a!.unread as ThreadUnread | null));
    const found = await read(
      ctx,
      queries.map((q) => q.obj.id),
    );
    return queries.map((q) => pick(found.get(q.obj.id) ?? null));
  };
}

const questionUnread = (ctx: MercuriusContext, ids: string[]) => questionPartOf(ctx, 'unread', ids);
const practiceUnread = (ctx: MercuriusContext, ids: string[]) => partOf(ctx, 'unread', ids);

/** Whether each item is new to the viewer, by when they last opened its thread. */
function itemUnread<T extends { authorId: string | null; createdAt: Date; hiddenAt: Date | null }>(
  visits: ReturnType<typeof lastVisits>,
  threadOf: (item: T) => string,
) {
  return async (queries: Query<T>[], ctx: MercuriusContext) => {
    if (!keepsThreadReads(ctx.viewer)) return queries.map(() => false);
    const at = await visits(
      ctx,
      queries.map((q) => threadOf(q.obj)),
    );
    return queries.map((q, i) => isNewInThread(ctx.viewer, q.obj, at[i] ?? null));
  };
}

export const loaders: MercuriusLoaders = {
  Question: {
    newAnswerCount: unreadField(questionUnread, (u) => u?.count ?? 0),
    firstUnreadAnswerId: unreadField(questionUnread, (u) => u?.firstId ?? null),
    viewerLastReadAt: unreadField(questionUnread, (u) => u?.lastReadAt ?? null),
  },
  Practice: {
    newCommentCount: unreadField(practiceUnread, (u) => u?.count ?? 0),
    firstUnreadCommentId: unreadField(practiceUnread, (u) => u?.firstId ?? null),
    viewerLastReadAt: unreadField(practiceUnread, (u) => u?.lastReadAt ?? null),
  },
  Answer: { unread: itemUnread<Answer>(lastVisits('QUESTION'), (a) => a.questionId) },
  Comment: { unread: itemUnread<Comment>(lastVisits('PRACTICE'), (c) => c.practiceId) },
};

import { and, asc, count, eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { commentHelpfulMarks, commentRevisions, comments, follows, users, type Comment, type Db, type User, returnedRow } from '@muster/db';
import { fromJson, fromJsonList, jsonListOf, jsonOf } from '../../json-rows.ts';
import { groupBy } from '../../graphql/loaders.ts';
import type { Page } from '../../graphql/pagination.ts';

export type CommentKey = [string, string];

export async function findComment(db: Db, id: string): Promise<Comment | null> {
  const [row] = await db.select().from(comments).where(eq(comments.id, id));
  return row ?? null;
}

export async function commentsByIds(db: Db, ids: string[]): Promise<Map<string, Comment>> {
  const rows = await db.select().from(comments).where(inArray(comments.id, ids));
  return new Map(rows.map((c) => [c.id, c]));
}

/**
 * A page of a practice's threads (first comments), oldest first, with how many threads there are
 * and, when `withReplies`, each thread's replies oldest first: one statement. The cursor is
 * [createdAt ISO, id].
 */
export async function listThreads(
  db: Db,
  practiceId: string,
  page: Page<CommentKey>,
  withReplies = false,
): Promise<{ rows: Comment[]; totalCount: number; replies?: Map<string, Comment[]> }> {
  const where = and(eq(comments.practiceId, practiceId), isNull(comments.rootId));
  const after = page.after
    ? sql`(${comments.createdAt}, ${comments.id}) > (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
    : undefined;
  const total = sql`(select count(*) from ${comments} where ${where})`;
  const found = await db
    .select({
      comment: comments,
      total: sql<number>`${total}`.mapWith(Number),
      replies: withReplies
        ? jsonListOf(
            getTableColumns(reply),
            sql`from ${comments} ${sql.identifier(replyName)} where ${reply.rootId} = ${comments.id}`,
            sql`${reply.createdAt}, ${reply.id}`,
          )
        : sql`null`,
    })
    .from(comments)
    .where(and(where, after))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(page.limit + 1);
  const rows = found.map((r) => r.comment);
  // Past the last thread the page is empty and brings no count with it.
  const totalCount = found[0]?.total ?? (page.after ? Number((await db.select({ n: count() }).from(comments).where(where))[0]?.n ?? 0) : 0);
  const replies = withReplies
    ? new Map(found.map((r) => [r.comment.id, fromJsonList<Comment>(getTableColumns(comments), r.replies)]))
    : undefined;
  return { rows, totalCount, replies };
}

/** A reply, read inside the statement that reads its thread. */
const replyName = 'reply';
const reply = alias(comments, replyName);

/** Replies of the given threads, oldest first. */
export async function repliesOf(db: Db, rootIds: string[]): Promise<Map<string, Comment[]>> {
  const rows = await db.select().from(comments).where(inArray(comments.rootId, rootIds)).orderBy(asc(comments.createdAt), asc(comments.id));
  return groupBy(rows, (row) => row.rootId);
}

/** What a page shows beside each comment: how many found it helpful, whether the viewer did, and its author. */
export interface CommentExtras {
  helpfulCount: number;
  marked: boolean;
  author: User | null;
}

/** CommentExtras of the given comments, in one statement. */
export async function commentExtras(db: Db, viewerId: string | null, commentIds: string[]): Promise<Map<string, CommentExtras>> {
  const marks = (also?: SQL) => sql`from ${commentHelpfulMarks} where ${and(eq(commentHelpfulMarks.commentId, comments.id), also)}`;
  const rows = await db
    .select({
      id: comments.id,
      // Each nested once more: drizzle writes a single-table select's own columns unqualified, and
      // inside a subselect an unqualified column names the subselect's table.
      helpfulCount: sql<number>`${sql`(select count(*) ${marks()})`}`.mapWith(Number),
      marked: viewerId ? sql<boolean>`${sql`exists (select 1 ${marks(eq(commentHelpfulMarks.userId, viewerId))})`}` : sql<boolean>`false`,
      author: sql`${sql`(select ${jsonOf(getTableColumns(users))} from ${users} where ${users.id} = ${comments.authorId})`}`,
    })
    .from(comments)
    .where(inArray(comments.id, commentIds));
  return new Map(
    rows.map((r) => [
      r.id,
      { helpfulCount: r.helpfulCount, marked: r.marked === true, author: fromJson<User>(getTableColumns(users), r.author) },
    ]),
  );
}

export async function helpfulCounts(db: Db, commentIds: string[]): Promise<Map<string, number>> {
  const rows = await db
    .select({ commentId: commentHelpfulMarks.commentId, n: count() })
    .from(commentHelpfulMarks)
    .where(inArray(commentHelpfulMarks.commentId, commentIds))
    .groupBy(commentHelpfulMarks.commentId);
  return new Map(rows.map((r) => [r.commentId, r.n]));
}

export async function markedHelpfulBy(db: Db, userId: string, commentIds: string[]): Promise<Set<string>> {
  const rows = await db
    .select({ commentId: commentHelpfulMarks.commentId })
    .from(commentHelpfulMarks)
    .where(and(eq(commentHelpfulMarks.userId, userId), inArray(commentHelpfulMarks.commentId, commentIds)));
  return new Set(rows.map((r) => r.commentId));
}

export async function revisionsOfComments(db: Db, commentIds: string[]) {
  const rows = await db
    .select()
    .from(commentRevisions)
    .where(inArray(commentRevisions.commentId, commentIds))
    .orderBy(sql`${commentRevisions.replacedAt} desc`);
  return groupBy(rows, (row) => row.commentId);
}

export async function insertComment(
  db: Db,
  values: { practiceId: string; authorId: string; parentId: string | null; rootId: string | null; body: string; createdAt: Date },
): Promise<Comment> {
  return returnedRow(await db.insert(comments).values(values).returning());
}

/** Keeps the body being replaced, then writes the new one. */
export async function editComment(db: Db, comment: Comment, body: string, now: Date): Promise<Comment> {
  await db.insert(commentRevisions).values({ commentId: comment.id, body: comment.body, replacedAt: now });
  return returnedRow(await db.update(comments).set({ body, editedAt: now }).where(eq(comments.id, comment.id)).returning());
}

export async function softDeleteComment(db: Db, id: string, deletedById: string, now: Date): Promise<Comment> {
  return returnedRow(await db.update(comments).set({ deletedAt: now, deletedById }).where(eq(comments.id, id)).returning());
}

export async function setHelpful(db: Db, commentId: string, userId: string, helpful: boolean): Promise<void> {
  if (helpful) await db.insert(commentHelpfulMarks).values({ commentId, userId }).onConflictDoNothing();
  else
    await db.delete(commentHelpfulMarks).where(and(eq(commentHelpfulMarks.commentId, commentId), eq(commentHelpfulMarks.userId, userId)));
}

/** Commenting follows the practice, so the member hears the answers (they can unfollow). */
export async function followAfterCommenting(db: Db, userId: string, practiceId: string, now: Date): Promise<void> {
  await db.insert(follows).values({ userId, targetType: 'PRACTICE', targetId: practiceId, createdAt: now }).onConflictDoNothing();
}

import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { commentHelpfulMarks, commentRevisions, comments, follows, users, type Comment, type Db } from '@muster/db';
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

/** A practice's threads (first comments), oldest first; the cursor is [createdAt ISO, id]. */
export async function listThreads(db: Db, practiceId: string, page: Page<CommentKey>): Promise<{ rows: Comment[]; totalCount: number }> {
  const where = and(eq(comments.practiceId, practiceId), isNull(comments.rootId));
  const after = page.after ? sql`(${comments.createdAt}, ${comments.id}) > (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)` : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(comments).where(and(where, after)).orderBy(asc(comments.createdAt), asc(comments.id)).limit(page.limit + 1),
    db.select({ n: count() }).from(comments).where(where),
  ]);
  return { rows, totalCount: total?.n ?? 0 };
}

/** Replies of the given threads, oldest first. */
export async function repliesOf(db: Db, rootIds: string[]): Promise<Map<string, Comment[]>> {
  const rows = await db.select().from(comments).where(inArray(comments.rootId, rootIds)).orderBy(asc(comments.createdAt), asc(comments.id));
  const groups = new Map<string, Comment[]>();
  for (const row of rows) groups.set(row.rootId!, [...(groups.get(row.rootId!) ?? []), row]);
  return groups;
}

export async function liveCommentCounts(db: Db, practiceIds: string[]): Promise<Map<string, number>> {
  const rows = await db
    .select({ practiceId: comments.practiceId, n: count() })
    .from(comments)
    .where(and(inArray(comments.practiceId, practiceIds), isNull(comments.deletedAt), isNull(comments.hiddenAt)))
    .groupBy(comments.practiceId);
  return new Map(rows.map((r) => [r.practiceId, r.n]));
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
  const groups = new Map<string, typeof rows>();
  for (const row of rows) groups.set(row.commentId, [...(groups.get(row.commentId) ?? []), row]);
  return groups;
}

export async function insertComment(
  db: Db,
  values: { practiceId: string; authorId: string; parentId: string | null; rootId: string | null; body: string; createdAt: Date },
): Promise<Comment> {
  const [row] = await db.insert(comments).values(values).returning();
  return row!;
}

/** Keeps the body being replaced, then writes the new one. */
export async function editComment(db: Db, comment: Comment, body: string, now: Date): Promise<Comment> {
  await db.insert(commentRevisions).values({ commentId: comment.id, body: comment.body, replacedAt: now });
  const [row] = await db.update(comments).set({ body, editedAt: now }).where(eq(comments.id, comment.id)).returning();
  return row!;
}

export async function softDeleteComment(db: Db, id: string, deletedById: string, now: Date): Promise<Comment> {
  const [row] = await db.update(comments).set({ deletedAt: now, deletedById }).where(eq(comments.id, id)).returning();
  return row!;
}

export async function setHelpful(db: Db, commentId: string, userId: string, helpful: boolean): Promise<void> {
  if (helpful) await db.insert(commentHelpfulMarks).values({ commentId, userId }).onConflictDoNothing();
  else await db.delete(commentHelpfulMarks).where(and(eq(commentHelpfulMarks.commentId, commentId), eq(commentHelpfulMarks.userId, userId)));
}

/** Members named by @handle in a comment (unknown handles are just text). */
export async function mentionedMembers(db: Db, handles: string[]): Promise<string[]> {
  if (handles.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.handle, handles), isNull(users.disabledAt)));
  return rows.map((r) => r.id);
}

/** Commenting follows the practice, so the member hears the answers (they can unfollow). */
export async function followAfterCommenting(db: Db, userId: string, practiceId: string, now: Date): Promise<void> {
  await db.insert(follows).values({ userId, targetType: 'PRACTICE', targetId: practiceId, createdAt: now }).onConflictDoNothing();
}


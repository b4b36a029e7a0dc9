import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { answerHelpfulMarks, answers, comments, questions, threadReads, type Db } from '@muster/db';
import { newInThread, type Viewer } from '../../policy.ts';

export type ThreadKind = 'QUESTION' | 'PRACTICE';

/** What is new in a thread for a member: how many items, and the first of them as the thread shows them. */
export interface Unread {
  count: number;
  firstId: string;
}

const threadColumn = (kind: ThreadKind) => (kind === 'QUESTION' ? threadReads.questionId : threadReads.practiceId);

/** Records that the member opened the thread at `at`. */
export async function markRead(db: Db, userId: string, kind: ThreadKind, threadId: string, at: Date): Promise<void> {
  const thread = threadColumn(kind);
  await db
    .insert(threadReads)
    .values({ userId, lastReadAt: at, ...(kind === 'QUESTION' ? { questionId: threadId } : { practiceId: threadId }) })
    .onConflictDoUpdate({ target: [threadReads.userId, thread], set: { lastReadAt: at } });
}

/** When the member last opened each of the threads; threads never opened are missing. */
export async function lastReads(db: Db, userId: string, kind: ThreadKind, threadIds: string[]): Promise<Map<string, Date>> {
  const thread = threadColumn(kind);
  const rows = await db
    .select({ threadId: thread, at: threadReads.lastReadAt })
    .from(threadReads)
    .where(and(eq(threadReads.userId, userId), inArray(thread, threadIds)));
  return new Map(rows.flatMap((r) => (r.threadId ? [[r.threadId, r.at] as const] : [])));
}

/** New answers to each question for the viewer, in one statement; questions with none are missing. */
export async function unreadAnswers(db: Db, viewer: Viewer, questionIds: string[]): Promise<Map<string, Unread>> {
  const read = sql`(select ${threadReads.lastReadAt} from ${threadReads}
    where ${threadReads.userId} = ${viewer.id}::uuid and ${threadReads.questionId} = ${answers.questionId})`;
  const helpful = sql`(select count(*) from ${answerHelpfulMarks} where ${answerHelpfulMarks.answerId} = ${answers.id})`;
  // The question page's order: the accepted answer, then the most helpful, then the oldest.
  const first = sql<string>`(array_agg(${answers.id} order by coalesce(${answers.id} = ${questions.acceptedAnswerId}, false) desc,
    ${helpful} desc, ${answers.createdAt}, ${answers.id}))[1]`;
  const rows = await db
    .select({ threadId: answers.questionId, count: sql<number>`count(*)`.mapWith(Number), firstId: first })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .where(and(inArray(answers.questionId, questionIds), newInThread(viewer, answers, read)))
    .groupBy(answers.questionId);
  return new Map(rows.map((r) => [r.threadId, { count: r.count, firstId: r.firstId }]));
}

const root = alias(comments, 'root');

/** New comments and replies under each write-up for the viewer, in one statement; write-ups with none are missing. */
export async function unreadComments(db: Db, viewer: Viewer, practiceIds: string[]): Promise<Map<string, Unread>> {
  const read = sql`(select ${threadReads.lastReadAt} from ${threadReads}
    where ${threadReads.userId} = ${viewer.id}::uuid and ${threadReads.practiceId} = ${comments.practiceId})`;
  // The discussion's order: threads oldest first, each thread's first comment before its replies, oldest first.
  const first = sql<string>`(array_agg(${comments.id} order by coalesce(${root.createdAt}, ${comments.createdAt}),
    coalesce(${comments.rootId}, ${comments.id}), ${comments.rootId} is not null, ${comments.createdAt}, ${comments.id}))[1]`;
  const rows = await db
    .select({ threadId: comments.practiceId, count: sql<number>`count(*)`.mapWith(Number), firstId: first })
    .from(comments)
    .leftJoin(root, eq(root.id, comments.rootId))
    .where(and(inArray(comments.practiceId, practiceIds), newInThread(viewer, comments, read)))
    .groupBy(comments.practiceId);
  return new Map(rows.map((r) => [r.threadId, { count: r.count, firstId: r.firstId }]));
}

import { and, asc, count, desc, eq, exists, getTableColumns, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import {
  answerHelpfulMarks,
  answerReplies,
  answerRevisions,
  answers,
  departments,
  follows,
  questions,
  questionTopics,
  returnedRow,
  topics,
  users,
  type AgencyType,
  type Answer,
  type AnswerReply,
  type Db,
  type Question,
  type Topic,
} from '@muster/db';
import type { SizeBand } from '@muster/db/labels';
import { groupBy } from '../../graphql/loaders.ts';
import type { Page } from '../../graphql/pagination.ts';
import { readableQuestions, visibleQuestions, type Viewer } from '../../policy.ts';
import { readAlongWithList, withReadAlong } from './questions.parts.ts';

/** Every column but the search document and the answers' text it is made of, which only the database reads. */
const { search: _search, answersText: _answersText, ...columns } = getTableColumns(questions);
export type QuestionRow = Omit<Question, 'search' | 'answersText'>;

export type QuestionOrder = 'NEWEST' | 'UNANSWERED' | 'MOST_HELPFUL';
/** NEWEST and UNANSWERED: [createdAt ISO, id]; MOST_HELPFUL: [helpful marks, createdAt ISO, id]. */
export type QuestionKey = [string, string] | [number, string, string];

export function questionKey(order: QuestionOrder, row: QuestionRow): QuestionKey {
  return order === 'MOST_HELPFUL' ? [row.helpfulCount, row.createdAt.toISOString(), row.id] : [row.createdAt.toISOString(), row.id];
}

export interface QuestionFilter {
  topics?: string[];
  states?: string[];
  agencyTypes?: AgencyType[];
  unanswered?: boolean;
  department?: string;
  author?: string;
  answeredBy?: string;
}

export interface QuestionValues {
  title: string;
  details: string;
  visibility: 'MEMBERS' | 'PUBLIC';
  forAgencyType: AgencyType | null;
  forSizeBand: SizeBand | null;
  forStates: string[];
}

function filterConditions(viewer: Viewer | null, filter: QuestionFilter | null, order: QuestionOrder): SQL[] {
  const where: SQL[] = [visibleQuestions(viewer)];
  if (order === 'UNANSWERED' || filter?.unanswered) where.push(eq(questions.answerCount, 0));
  if (!filter) return where;
  if (filter.topics?.length) {
    where.push(
      exists(
        sql`(select 1 from ${questionTopics} join ${topics} on ${topics.id} = ${questionTopics.topicId}
            where ${questionTopics.questionId} = ${questions.id} and ${inArray(topics.slug, filter.topics)})`,
      ),
    );
  }
  if (filter.states?.length) {
    const states = sql`${sql.param(filter.states)}::text[]`;
    where.push(
      or(
        sql`${questions.forStates} && ${states}`,
        exists(
          sql`(select 1 from ${departments} where ${departments.id} = ${questions.departmentId} and ${departments.state} = any(${states}))`,
        ),
      )!,
    );
  }
  if (filter.agencyTypes?.length) {
    where.push(
      exists(
        sql`(select 1 from ${departments} where ${departments.id} = ${questions.departmentId} and ${inArray(departments.agencyType, filter.agencyTypes)})`,
      ),
    );
  }
  if (filter.department) {
    where.push(
      exists(
        sql`(select 1 from ${departments} where ${departments.id} = ${questions.departmentId} and ${departments.slug} = ${filter.department})`,
      ),
    );
  }
  if (filter.author) {
    where.push(exists(sql`(select 1 from ${users} where ${users.id} = ${questions.authorId} and ${users.handle} = ${filter.author})`));
  }
  if (filter.answeredBy) {
    where.push(
      exists(
        sql`(select 1 from ${answers} join ${users} on ${users.id} = ${answers.authorId}
            where ${answers.questionId} = ${questions.id} and ${answers.hiddenAt} is null and ${users.handle} = ${filter.answeredBy})`,
      ),
    );
  }
  return where;
}

function orderOf(order: QuestionOrder) {
  return order === 'MOST_HELPFUL'
    ? [desc(questions.helpfulCount), desc(questions.createdAt), desc(questions.id)]
    : [desc(questions.createdAt), desc(questions.id)];
}

function after(order: QuestionOrder, key: QuestionKey | null): SQL | undefined {
  if (!key) return undefined;
  if (order === 'MOST_HELPFUL') {
    const [helpful, at, id] = key as [number, string, string];
    return sql`(${questions.helpfulCount}, ${questions.createdAt}, ${questions.id}) < (${helpful}::int, ${at}::timestamptz, ${id}::uuid)`;
  }
  const [at, id] = key as [string, string];
  return sql`(${questions.createdAt}, ${questions.id}) < (${at}::timestamptz, ${id}::uuid)`;
}

/** The questions the viewer may read, by the filter, in the order asked for. */
export async function listQuestions(
  db: Db,
  viewer: Viewer | null,
  filter: QuestionFilter | null,
  order: QuestionOrder,
  page: Page<QuestionKey>,
): Promise<{ rows: QuestionRow[]; count: () => Promise<number> }> {
  const where = and(...filterConditions(viewer, filter, order));
  const rows = await db
    .select({ ...columns, ...readAlongWithList(viewer) })
    .from(questions)
    .where(and(where, after(order, page.after)))
    .orderBy(...orderOf(order))
    .limit(page.limit + 1);
  return {
    rows: rows.map((row) => withReadAlong<QuestionRow>(row)),
    count: async () => (await db.select({ n: count() }).from(questions).where(where))[0]?.n ?? 0,
  };
}

/** A question the viewer may open (their own, or hidden for a moderator's review), or null. */
export async function findReadableQuestion(db: Db, viewer: Viewer | null, id: string): Promise<QuestionRow | null> {
  const [row] = await db
    .select(columns)
    .from(questions)
    .where(and(eq(questions.id, id), readableQuestions(viewer)));
  return row ?? null;
}

/** Without a visibility check: the caller asks canSeeQuestion. */
export async function findQuestion(db: Db, id: string): Promise<QuestionRow | null> {
  const [row] = await db.select(columns).from(questions).where(eq(questions.id, id));
  return row ?? null;
}

export async function questionsByIds(db: Db, ids: string[]): Promise<Map<string, QuestionRow>> {
  const rows = await db.select(columns).from(questions).where(inArray(questions.id, ids));
  return new Map(rows.map((q) => [q.id, q]));
}

/** How many questions a member asked since `since`: the daily budget counts from the database, across instances and restarts. */
export async function questionsAskedSince(db: Db, authorId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(questions)
    .where(and(eq(questions.authorId, authorId), gt(questions.createdAt, since)));
  return row?.n ?? 0;
}

export async function insertQuestion(
  db: Db,
  values: QuestionValues & { authorId: string; departmentId: string | null; createdAt: Date },
  topicIds: string[],
): Promise<QuestionRow> {
  const row = returnedRow(
    await db
      .insert(questions)
      .values({ ...values, updatedAt: values.createdAt })
      .returning(columns),
  );
  await db.insert(questionTopics).values(topicIds.map((topicId) => ({ questionId: row.id, topicId })));
  return row;
}

/** The asker's edit, when the question is still at `version`; null when someone's edit came first. */
export async function updateQuestion(
  db: Db,
  id: string,
  version: number,
  values: QuestionValues,
  topicIds: string[],
  now: Date,
): Promise<QuestionRow | null> {
  const [row] = await db
    .update(questions)
    .set({ ...values, version: sql`${questions.version} + 1`, updatedAt: now })
    .where(and(eq(questions.id, id), eq(questions.version, version)))
    .returning(columns);
  if (!row) return null;
  await db.delete(questionTopics).where(eq(questionTopics.questionId, id));
  await db.insert(questionTopics).values(topicIds.map((topicId) => ({ questionId: id, topicId })));
  return row;
}

export async function topicsOfQuestions(db: Db, ids: string[]): Promise<Map<string, Topic[]>> {
  const rows = await db
    .select({ questionId: questionTopics.questionId, topic: topics })
    .from(questionTopics)
    .innerJoin(topics, eq(topics.id, questionTopics.topicId))
    .where(inArray(questionTopics.questionId, ids))
    .orderBy(asc(topics.name));
  return groupBy(
    rows,
    (r) => r.questionId,
    (r) => r.topic,
  );
}

/** The newest questions the viewer may read under each of the parents (topics, departments, askers, answerers), `limit` each. */
export async function newestQuestionsBy(
  db: Db,
  viewer: Viewer | null,
  by: 'topic' | 'department' | 'author' | 'answerer',
  ids: string[],
  limit: number,
): Promise<Map<string, QuestionRow[]>> {
  // The parent each question row stands under: a question on three topics stands under each.
  const parentOf =
    by === 'topic'
      ? questionTopics.topicId
      : by === 'answerer'
        ? answers.authorId
        : by === 'department'
          ? questions.departmentId
          : questions.authorId;
  let source = db
    .selectDistinct({
      ...columns,
      parentId: sql<string>`${parentOf}`.as('parent_id'),
      position: sql<number>`dense_rank() over (partition by ${parentOf} order by ${questions.createdAt} desc, ${questions.id} desc)`.as(
        'position',
      ),
    })
    .from(questions)
    .$dynamic();
  if (by === 'topic') source = source.innerJoin(questionTopics, eq(questionTopics.questionId, questions.id));
  if (by === 'answerer') source = source.innerJoin(answers, and(eq(answers.questionId, questions.id), isNull(answers.hiddenAt)));
  const ranked = source.where(and(visibleQuestions(viewer), inArray(parentOf, ids))).as('ranked');
  const rows = await db.select().from(ranked).where(lte(ranked.position, limit)).orderBy(desc(ranked.createdAt), desc(ranked.id));
  const byParent = new Map<string, QuestionRow[]>();
  const seen = new Set<string>();
  for (const { parentId, position: _position, ...row } of rows) {
    // An answerer with two answers to one question ranks it once.
    if (seen.has(`${parentId}:${row.id}`)) continue;
    seen.add(`${parentId}:${row.id}`);
    const list = byParent.get(parentId) ?? [];
    list.push(row);
    byParent.set(parentId, list);
  }
  return byParent;
}

/** Questions and write-ups whose words match a title being typed: any of its words, best first. */
export async function similarQuestionIds(db: Db, viewer: Viewer | null, title: string, limit: number): Promise<string[]> {
  const query = anyWord(title);
  if (!query) return [];
  const rows = await db
    .select({ id: questions.id })
    .from(questions)
    .where(and(visibleQuestions(viewer), sql`${questions.search} @@ ${query}`))
    .orderBy(sql`ts_rank(${questions.search}, ${query}) desc`, desc(questions.createdAt))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** A tsquery matching any of the text's words (stop words dropped by the dictionary), or null when none is left. */
export function anyWord(text: string): SQL | null {
  const words = text
    .toLowerCase()
    .match(/[a-z0-9]+/g)
    ?.filter((w) => w.length > 2)
    .slice(0, 12);
  if (!words?.length) return null;
  return sql`(select coalesce(nullif(string_agg(nullif(plainto_tsquery('english', w)::text, ''), ' | '), ''), '')::tsquery
    from unnest(${sql.param(words)}::text[]) w)`;
}

// Answers

export async function findAnswer(db: Db, id: string): Promise<Answer | null> {
  const [row] = await db.select().from(answers).where(eq(answers.id, id));
  return row ?? null;
}

export async function answersByIds(db: Db, ids: string[]): Promise<Map<string, Answer>> {
  const rows = await db.select().from(answers).where(inArray(answers.id, ids));
  return new Map(rows.map((a) => [a.id, a]));
}

/** Each question's answers, oldest first (the caller puts the accepted and the helpful first and drops what the viewer may not see). */
export async function answersOfQuestions(db: Db, ids: string[]): Promise<Map<string, Answer[]>> {
  const rows = await db.select().from(answers).where(inArray(answers.questionId, ids)).orderBy(asc(answers.createdAt), asc(answers.id));
  return groupBy(rows, (a) => a.questionId);
}

/** Writes the answer and keeps the question's answer count and last answer time. */
export async function insertAnswer(
  db: Db,
  values: { questionId: string; authorId: string; departmentId: string | null; body: string; createdAt: Date },
): Promise<Answer> {
  const row = returnedRow(await db.insert(answers).values(values).returning());
  await db
    .update(questions)
    .set({ answerCount: sql`${questions.answerCount} + 1`, lastAnswerAt: values.createdAt })
    .where(eq(questions.id, values.questionId));
  return row;
}

/** Keeps the earlier body for moderators and writes the new one. */
export async function editAnswer(db: Db, answer: Answer, body: string, now: Date): Promise<Answer> {
  await db.insert(answerRevisions).values({ answerId: answer.id, body: answer.body, replacedAt: now });
  return returnedRow(await db.update(answers).set({ body, editedAt: now }).where(eq(answers.id, answer.id)).returning());
}

export async function revisionsOfAnswers(db: Db, ids: string[]) {
  const rows = await db
    .select()
    .from(answerRevisions)
    .where(inArray(answerRevisions.answerId, ids))
    .orderBy(desc(answerRevisions.replacedAt));
  return groupBy(rows, (r) => r.answerId);
}

export async function setAccepted(db: Db, questionId: string, answerId: string, note: string | null, now: Date): Promise<QuestionRow> {
  return returnedRow(
    await db
      .update(questions)
      .set({ acceptedAnswerId: answerId, acceptedNote: note, acceptedAt: now })
      .where(eq(questions.id, questionId))
      .returning(columns),
  );
}

/** Sets or takes back a member's helpful mark, keeping the question's helpful count; answers whether anything changed. */
export async function setAnswerHelpful(db: Db, answer: Answer, userId: string, helpful: boolean): Promise<boolean> {
  const changed = helpful
    ? await db
        .insert(answerHelpfulMarks)
        .values({ answerId: answer.id, userId })
        .onConflictDoNothing()
        .returning({ id: answerHelpfulMarks.answerId })
    : await db
        .delete(answerHelpfulMarks)
        .where(and(eq(answerHelpfulMarks.answerId, answer.id), eq(answerHelpfulMarks.userId, userId)))
        .returning({ id: answerHelpfulMarks.answerId });
  if (changed.length === 0) return false;
  await db
    .update(questions)
    .set({ helpfulCount: sql`greatest(${questions.helpfulCount} ${helpful ? sql`+` : sql`-`} 1, 0)` })
    .where(eq(questions.id, answer.questionId));
  return true;
}

export async function helpfulCountsOfAnswers(db: Db, ids: string[]): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: answerHelpfulMarks.answerId, n: count() })
    .from(answerHelpfulMarks)
    .where(inArray(answerHelpfulMarks.answerId, ids))
    .groupBy(answerHelpfulMarks.answerId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

export async function answersMarkedBy(db: Db, userId: string, ids: string[]): Promise<Set<string>> {
  const rows = await db
    .select({ id: answerHelpfulMarks.answerId })
    .from(answerHelpfulMarks)
    .where(and(eq(answerHelpfulMarks.userId, userId), inArray(answerHelpfulMarks.answerId, ids)));
  return new Set(rows.map((r) => r.id));
}

export async function insertReply(
  db: Db,
  values: { answerId: string; authorId: string; body: string; createdAt: Date },
): Promise<AnswerReply> {
  return returnedRow(await db.insert(answerReplies).values(values).returning());
}

export async function repliesOfAnswers(db: Db, ids: string[]): Promise<Map<string, AnswerReply[]>> {
  const rows = await db
    .select()
    .from(answerReplies)
    .where(and(inArray(answerReplies.answerId, ids), isNull(answerReplies.hiddenAt)))
    .orderBy(asc(answerReplies.createdAt));
  return groupBy(rows, (r) => r.answerId);
}

/** Asking or answering follows the question, so the member hears what comes next (they can unfollow). */
export async function followQuestion(db: Db, userId: string, questionId: string, now: Date): Promise<void> {
  await db.insert(follows).values({ userId, targetType: 'QUESTION', targetId: questionId, createdAt: now }).onConflictDoNothing();
}

/** Counts a question's visible answers and their helpful marks again, after an answer was hidden or shown. */
export async function recountAnswers(db: Db, questionId: string): Promise<void> {
  await db
    .update(questions)
    .set({
      answerCount: sql`(select count(*)::int from ${answers} where ${answers.questionId} = ${questionId} and ${answers.hiddenAt} is null)`,
      helpfulCount: sql`(select count(*)::int from ${answerHelpfulMarks} join ${answers} on ${answers.id} = ${answerHelpfulMarks.answerId}
        where ${answers.questionId} = ${questionId} and ${answers.hiddenAt} is null)`,
    })
    .where(eq(questions.id, questionId));
}

/** Locks (at `lockedAt`) or unlocks a question. */
export async function setQuestionLocked(db: Db, id: string, lockedAt: Date | null): Promise<QuestionRow> {
  return returnedRow(await db.update(questions).set({ lockedAt }).where(eq(questions.id, id)).returning(columns));
}

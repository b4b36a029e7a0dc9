// What a question's list fields read from other tables (its department, asker, topics, and what is
// new in it for the viewer), read together: every such field asked at one level of an answer, for
// every question at that level, comes from one statement of json subselects (as a write-up's parts do).
import { getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import {
  answerHelpfulMarks,
  answers,
  departments,
  questions,
  questionTopics,
  threadReads,
  topics,
  users,
  type Department,
  type Topic,
  type User,
} from '@muster/db';
import { gatheredParts, lastReadsOf, requestMemo } from '../../graphql/loaders.ts';
import { fromJson, fromJsonList, jsonListOf, jsonOf, keepAlong } from '../../json-rows.ts';
import { newInThread, type Viewer } from '../../policy.ts';
import { readThreadUnread, type ThreadUnread } from '../practices/index.ts';

export interface Parts {
  department: Department | null;
  author: User | null;
  topics: Topic[];
  /** For a signed-in viewer: the answers new since they last opened it (null for visitors). */
  unread: ThreadUnread | null;
}

const reads: { [P in keyof Parts]: { select: (viewer: Viewer | null) => SQL; read: (value: unknown) => Parts[P] } } = {
  department: {
    select: () =>
      sql`(select ${jsonOf(getTableColumns(departments))} from ${departments} where ${departments.id} = ${questions.departmentId})`,
    read: (v) => fromJson<Department>(getTableColumns(departments), v),
  },
  author: {
    select: () => sql`(select ${jsonOf(getTableColumns(users))} from ${users} where ${users.id} = ${questions.authorId})`,
    read: (v) => fromJson<User>(getTableColumns(users), v),
  },
  topics: {
    select: () =>
      jsonListOf(
        getTableColumns(topics),
        sql`from ${questionTopics} join ${topics} on ${topics.id} = ${questionTopics.topicId} where ${questionTopics.questionId} = ${questions.id}`,
        sql`${topics.name}`,
      ),
    read: (v) => fromJsonList<Topic>(getTableColumns(topics), v),
  },
  // Answers new to the viewer, the first in the page's order (accepted, most helpful, oldest).
  unread: {
    select: (viewer) =>
      viewer
        ? sql`(select json_build_object('count', count(a.id), 'lastReadAt', t.at, 'firstId', (array_agg(a.id order by
              coalesce(a.id = ${questions.acceptedAnswerId}, false) desc,
              (select count(*) from ${answerHelpfulMarks} m where m.answer_id = a.id) desc, a.created_at, a.id)
              filter (where a.id is not null))[1])
            from (select (select tr.last_read_at from ${threadReads} tr where tr.user_id = ${viewer.id}::uuid and tr.question_id = ${questions.id}) as at) t
            left join ${answers} a on a.question_id = ${questions.id} and ${newInThread(
              viewer,
              { authorId: sql`a.author_id`, createdAt: sql`a.created_at`, hiddenAt: sql`a.hidden_at` },
              sql`t.at`,
            )}
            group by t.at)`
        : sql`null`,
    read: readThreadUnread,
  },
};

/** Read along with a list's rows, so its department, topics and unread answers need no statement of their own. */
export function readAlongWithList(viewer: Viewer | null) {
  return {
    _department: sql`${reads.department.select(viewer)}`,
    _topics: sql`${reads.topics.select(viewer)}`,
    _unread: sql`${reads.unread.select(viewer)}`,
  };
}

/** A list row with what was read along with it kept for the Question loaders. */
export function withReadAlong<T extends object>(row: T & { _department: unknown; _topics: unknown; _unread: unknown }): T {
  const { _department, _topics, _unread, ...question } = row;
  return keepAlong(question as T, {
    department: reads.department.read(_department),
    topics: reads.topics.read(_topics),
    unread: reads.unread.read(_unread),
  });
}

/** When the viewer last opened each question, as read with its parts this request. */
export const questionLastReads = requestMemo<Date | null>();

export const { partLoader: questionPart, partOf: questionPartOf } = gatheredParts<Parts>(
  (ctx, parts, ids) => {
    // Nested once more: a single-table select writes its own columns unqualified, and inside a
    // subselect an unqualified column would name the subselect's table.
    const fields = Object.fromEntries(parts.map((part) => [part, sql`${reads[part].select(ctx.viewer)}`]));
    const reading = (async () => {
      const rows = (await ctx.db
        .select({ id: questions.id, ...fields })
        .from(questions)
        .where(inArray(questions.id, ids))) as ({ id: string } & Record<string, unknown>)[];
      return new Map(
        rows.map((row) => [row.id, Object.fromEntries(parts.map((part) => [part, reads[part].read(row[part])])) as Partial<Parts>]),
      );
    })();
    if (parts.includes('unread')) questionLastReads.remember(ctx, ids, lastReadsOf(ids, reading));
    return reading;
  },
  { department: null, author: null, topics: [], unread: null },
);

// What a question's list fields read from other tables (its department, asker and topics), read
// together: every such field asked at one level of an answer, for every question at that level,
// comes from one statement of json subselects (as a write-up's parts do).
import { getTableColumns, inArray, sql } from 'drizzle-orm';
import { departments, questions, questionTopics, topics, users, type Department, type Topic, type User } from '@muster/db';
import { gatheredParts } from '../../graphql/loaders.ts';
import { fromJson, fromJsonList, jsonListOf, jsonOf, keepAlong } from '../../json-rows.ts';

export interface Parts {
  department: Department | null;
  author: User | null;
  topics: Topic[];
}

export const reads: { [P in keyof Parts]: { select: ReturnType<typeof sql>; read: (value: unknown) => Parts[P] } } = {
  department: {
    select: sql`(select ${jsonOf(getTableColumns(departments))} from ${departments} where ${departments.id} = ${questions.departmentId})`,
    read: (v) => fromJson<Department>(getTableColumns(departments), v),
  },
  author: {
    select: sql`(select ${jsonOf(getTableColumns(users))} from ${users} where ${users.id} = ${questions.authorId})`,
    read: (v) => fromJson<User>(getTableColumns(users), v),
  },
  topics: {
    select: jsonListOf(
      getTableColumns(topics),
      sql`from ${questionTopics} join ${topics} on ${topics.id} = ${questionTopics.topicId} where ${questionTopics.questionId} = ${questions.id}`,
      sql`${topics.name}`,
    ),
    read: (v) => fromJsonList<Topic>(getTableColumns(topics), v),
  },
};

export const { partLoader: questionPart } = gatheredParts<Parts>(
  async (ctx, parts, ids) => {
    // Nested once more: a single-table select writes its own columns unqualified, and inside a
    // subselect an unqualified column would name the subselect's table.
    const fields = Object.fromEntries(parts.map((part) => [part, sql`${reads[part].select}`]));
    const rows = (await ctx.db
      .select({ id: questions.id, ...fields })
      .from(questions)
      .where(inArray(questions.id, ids))) as ({ id: string } & Record<string, unknown>)[];
    return new Map(rows.map((row) => [row.id, Object.fromEntries(parts.map((part) => [part, reads[part].read(row[part])]))]));
  },
  { department: null, author: null, topics: [] },
);

/** Read along with a list's rows, so its department and topics need no statement of their own. */
export const readAlongWithList = {
  _department: sql`${reads.department.select}`,
  _topics: sql`${reads.topics.select}`,
};

/** A list row with what was read along with it kept for the Question loaders. */
export function withReadAlong<T extends object>(row: T & { _department: unknown; _topics: unknown }): T {
  const { _department, _topics, ...question } = row;
  return keepAlong(question as T, { department: reads.department.read(_department), topics: reads.topics.read(_topics) });
}

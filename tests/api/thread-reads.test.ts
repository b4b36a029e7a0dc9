import type { FastifyInstance } from 'fastify';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { answers, comments, users, type Comment } from '@muster/db';
import { demoAccountEmail } from '@muster/db/seed';
import { isNewInThread, newInThread, type Viewer } from '../../api/src/policy.ts';
import { signUp } from '../helpers/app.ts';
import { actors } from '../helpers/actors.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { useTestApp } from '../helpers/setup.ts';

const asker = demoAccountEmail('member', 'memphis-pd');
const boston = demoAccountEmail('member', 'boston-pd');
const seattle = demoAccountEmail('member', 'seattle-pd');
const reader = demoAccountEmail('member', 'denver-pd');
const other = demoAccountEmail('member', 'oakland-pd');

const ask = `mutation ($input: QuestionInput!) { ask(input: $input) { id } }`;
const answer = `mutation ($questionId: ID!, $body: String!) { answer(questionId: $questionId, body: $body) { id } }`;
const markRead = `mutation ($target: ThreadTarget!, $id: ID!) { markThreadRead(target: $target, id: $id) }`;
const questionOf = `query ($id: ID!) { question(id: $id) { newAnswerCount firstUnreadAnswerId answers { id unread } } }`;
const addComment = `mutation ($practiceId: ID!, $body: String!, $parentId: ID) { addComment(practiceId: $practiceId, body: $body, parentId: $parentId) { id } }`;
const practiceOf = `query ($slug: String!) { practice(slug: $slug) { id newCommentCount firstUnreadCommentId
  comments { edges { node { id unread replies { id unread } } } } } }`;

let app: FastifyInstance;
let database: TestDatabase;
const { ok, refused } = actors(() => app);

useTestApp(
  { config: { commentsPerMinute: 1000, auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } },
  (opened) => ({ app, database } = opened),
);

interface QuestionUnread {
  newAnswerCount: number | null;
  firstUnreadAnswerId: string | null;
  answers: { id: string; unread: boolean }[];
}

async function questionAs(who: string | null, id: string): Promise<QuestionUnread> {
  return (await ok(who, questionOf, { id })).question as QuestionUnread;
}

/** The ids of the answers the reader is told are new, in the page's order. */
const unreadIds = (q: QuestionUnread) => q.answers.filter((a) => a.unread).map((a) => a.id);

describe("what is new in a question's answers", () => {
  let questionId: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    const asked = await ok(asker, ask, {
      input: {
        title: 'Who runs a night shift co-responder unit without a hospital partner?',
        topics: ['crisis-intervention-mental-health'],
        visibility: 'PUBLIC',
      },
    });
    questionId = asked.ask.id;
    first = (await ok(boston, answer, { questionId, body: 'We do, with a county clinician.' })).answer.id;
    second = (await ok(seattle, answer, { questionId, body: 'Ours runs from a fire station.' })).answer.id;
  });

  it('marks nothing new in a question the member never opened: it is unread as a whole', async () => {
    expect(await questionAs(reader, questionId)).toEqual({
      newAnswerCount: 0,
      firstUnreadAnswerId: null,
      answers: [
        { id: first, unread: false },
        { id: second, unread: false },
      ],
    });
  });

  it("leaves out the member's own answers", async () => {
    await ok(boston, markRead, { target: 'QUESTION', id: questionId });
    const theirs = (await ok(seattle, answer, { questionId, body: 'We also tried a telehealth link at night.' })).answer.id;
    await ok(boston, answer, { questionId, body: 'Ours has one too.' });
    const q = await questionAs(boston, questionId);
    expect(q.newAnswerCount).toBe(1);
    expect(q.firstUnreadAnswerId).toBe(theirs);
    expect(unreadIds(q)).toEqual([theirs]);
  });

  it('tells a visitor nothing and refuses to keep their reads', async () => {
    const visitor = await questionAs(null, questionId);
    expect(visitor).toMatchObject({ newAnswerCount: null, firstUnreadAnswerId: null });
    expect(visitor.answers.length).toBeGreaterThanOrEqual(2);
    expect(unreadIds(visitor)).toEqual([]);
    expect(await refused(null, markRead, { target: 'QUESTION', id: questionId })).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('counts only what came after the member last opened it, apart from what other members read', async () => {
    expect(await ok(reader, markRead, { target: 'QUESTION', id: questionId })).toEqual({ markThreadRead: true });
    const read = await questionAs(reader, questionId);
    expect(read).toMatchObject({ newAnswerCount: 0, firstUnreadAnswerId: null });
    expect(unreadIds(read)).toEqual([]);

    const third = (await ok(other, answer, { questionId, body: 'We borrowed a clinician from the school district.' })).answer.id;
    const later = await questionAs(reader, questionId);
    expect(later).toMatchObject({ newAnswerCount: 1, firstUnreadAnswerId: third });
    expect(unreadIds(later)).toEqual([third]);
    // The asker never opened it: nothing is marked new for them, however many answers came.
    expect(await questionAs(asker, questionId)).toMatchObject({ newAnswerCount: 0, firstUnreadAnswerId: null });

    // Reading it again is the same mark, moved on.
    await ok(reader, markRead, { target: 'QUESTION', id: questionId });
    expect(await questionAs(reader, questionId)).toMatchObject({ newAnswerCount: 0, firstUnreadAnswerId: null });
    expect(await questionAs(asker, questionId)).toMatchObject({ newAnswerCount: 0 });
  });

  it('does not count an answer hidden by moderators', async () => {
    await ok(asker, markRead, { target: 'QUESTION', id: questionId });
    const hiddenOne = (await ok(boston, answer, { questionId, body: 'Buy our product, link in bio.' })).answer.id;
    expect(await questionAs(asker, questionId)).toMatchObject({ newAnswerCount: 1, firstUnreadAnswerId: hiddenOne });
    await database.db.update(answers).set({ hiddenAt: new Date(), hiddenReason: 'Spam' }).where(eq(answers.id, hiddenOne));
    expect(await questionAs(asker, questionId)).toMatchObject({ newAnswerCount: 0, firstUnreadAnswerId: null });
  });

  it('opens at the new answer the page shows first: an accepted one before older ones', async () => {
    await ok(reader, markRead, { target: 'QUESTION', id: questionId });
    const older = (await ok(boston, answer, { questionId, body: 'Nights are hard; we pay a differential.' })).answer.id;
    const accepted = (await ok(seattle, answer, { questionId, body: 'Share the clinician with the next county.' })).answer.id;
    await ok(asker, `mutation ($id: ID!) { acceptAnswer(id: $id) { id } }`, { id: accepted });
    const q = await questionAs(reader, questionId);
    expect(q).toMatchObject({ newAnswerCount: 2, firstUnreadAnswerId: accepted });
    expect(q.answers[0]).toEqual({ id: accepted, unread: true });
    expect(unreadIds(q)).toEqual([accepted, older]);
  });

  it('counts a page of questions in one statement, however many there are', async () => {
    const more: string[] = [];
    for (const n of [1, 2, 3]) {
      const id = (
        await ok(asker, ask, {
          input: { title: `How many clinicians does unit number ${n} need for nights?`, topics: ['crisis-intervention-mental-health'] },
        })
      ).ask.id;
      await ok(reader, markRead, { target: 'QUESTION', id });
      await ok(boston, answer, { questionId: id, body: `Unit ${n}: two.` });
      more.push(id);
    }
    const list = `{ questions(first: 20) { edges { node { id newAnswerCount firstUnreadAnswerId } } } }`;
    database.queries.length = 0;
    const nodes = (await ok(reader, list)).questions.edges.map((e: { node: unknown }) => e.node) as {
      id: string;
      newAnswerCount: number;
      firstUnreadAnswerId: string | null;
    }[];
    expect(nodes.length).toBeGreaterThanOrEqual(4);
    expect(database.queries.filter((q) => q.includes('"thread_reads"'))).toHaveLength(1);
    expect(nodes.find((n) => n.id === questionId)).toMatchObject({ newAnswerCount: 2 });
    for (const id of more) expect(nodes.find((n) => n.id === id)).toMatchObject({ newAnswerCount: 1 });
  });

  it('refuses to mark what the member may not read, and an ID Muster never gave out', async () => {
    const membersOnly = await ok(asker, ask, {
      input: { title: 'What did your co-responder pilot cost in its first year?', topics: ['crisis-intervention-mental-health'] },
    });
    const unverified = await signUp(app, 'memphis-pd');
    expect(await refused({ session: unverified.session }, markRead, { target: 'QUESTION', id: membersOnly.ask.id })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'id',
    });
    expect(await refused(reader, markRead, { target: 'QUESTION', id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'id',
    });
    expect(await refused(reader, markRead, { target: 'PRACTICE', id: 'not-an-id' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    // A question's id is no write-up's.
    expect(await refused(reader, markRead, { target: 'PRACTICE', id: questionId })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe("what is new in a write-up's discussion", () => {
  const slug = 'memphis-crisis-intervention-team';

  async function practiceAs(who: string | null) {
    return (await ok(who, practiceOf, { slug })).practice as {
      id: string;
      newCommentCount: number | null;
      firstUnreadCommentId: string | null;
      comments: { edges: { node: { id: string; unread: boolean; replies: { id: string; unread: boolean }[] } }[] };
    };
  }
  const unreadIn = (p: Awaited<ReturnType<typeof practiceAs>>) =>
    p.comments.edges.flatMap((e) => [e.node, ...e.node.replies]).flatMap((c) => (c.unread ? [c.id] : []));

  it('counts comments and replies by others since the member last opened it, not their own nor hidden ones', async () => {
    const before = await practiceAs(reader);
    expect(before.newCommentCount).toBe(unreadIn(before).length);
    await ok(reader, markRead, { target: 'PRACTICE', id: before.id });
    expect(await practiceAs(reader)).toMatchObject({ newCommentCount: 0, firstUnreadCommentId: null });

    await ok(boston, markRead, { target: 'PRACTICE', id: before.id });
    const thread = (await ok(boston, addComment, { practiceId: before.id, body: 'Did your dispatchers get CIT training too?' })).addComment
      .id;
    const own = (await ok(reader, addComment, { practiceId: before.id, body: 'Ours did.', parentId: thread })).addComment.id;
    const reply = (await ok(seattle, addComment, { practiceId: before.id, body: 'Ours too, 8 hours.', parentId: thread })).addComment.id;
    const after = await practiceAs(reader);
    expect(after).toMatchObject({ newCommentCount: 2, firstUnreadCommentId: thread });
    expect(unreadIn(after)).toEqual([thread, reply]);
    expect(unreadIn(after)).not.toContain(own);

    // Another member's reads are their own: boston, who last looked before its thread, sees only the
    // two replies, its own thread left out.
    const bostonView = await practiceAs(boston);
    expect(bostonView.newCommentCount).toBe(unreadIn(bostonView).length);
    expect(unreadIn(bostonView)).toEqual(expect.arrayContaining([own, reply]));
    expect(unreadIn(bostonView)).not.toContain(thread);

    await database.db.update(comments).set({ hiddenAt: new Date(), hiddenReason: 'Off topic' }).where(eq(comments.id, thread));
    expect(await practiceAs(reader)).toMatchObject({ newCommentCount: 1, firstUnreadCommentId: reply });

    expect(await practiceAs(null)).toMatchObject({ newCommentCount: null, firstUnreadCommentId: null });
    await ok(reader, markRead, { target: 'PRACTICE', id: before.id });
    expect(await practiceAs(reader)).toMatchObject({ newCommentCount: 0, firstUnreadCommentId: null });
  });

  it('counts a list of write-ups in one statement', async () => {
    database.queries.length = 0;
    const data = await ok(reader, `{ practices(first: 20) { edges { node { newCommentCount firstUnreadCommentId } } } }`);
    expect(data.practices.edges.length).toBeGreaterThan(5);
    expect(database.queries.filter((q) => q.includes('"thread_reads"'))).toHaveLength(1);
  });
});

describe('the rule of what is new', () => {
  it('newInThread in SQL and isNewInThread in memory agree for every comment, reader and last visit', async () => {
    const slug = 'memphis-crisis-intervention-team';
    const { practice } = await ok(reader, `query ($slug: String!) { practice(slug: $slug) { id } }`, { slug });
    const deleted = (await ok(boston, addComment, { practiceId: practice.id, body: 'A comment soon deleted.' })).addComment.id;
    const hidden = (await ok(seattle, addComment, { practiceId: practice.id, body: 'Another, soon hidden.' })).addComment.id;
    await database.db.update(comments).set({ deletedAt: new Date() }).where(eq(comments.id, deleted));
    await database.db.update(comments).set({ hiddenAt: new Date() }).where(eq(comments.id, hidden));
    const all: Comment[] = await database.db.select().from(comments).where(eq(comments.practiceId, practice.id));
    const times = all.map((c) => c.createdAt.getTime()).sort((a, b) => a - b);
    const lastVisits = [null, new Date(times[Math.floor(times.length / 2)]!), new Date(times.at(-1)! + 1)];
    const members = await database.db
      .select()
      .from(users)
      .where(sql`${users.email} in (${reader}, ${boston}, ${seattle})`);
    for (const u of members) {
      const viewer = { id: u.id, role: u.role, departmentId: u.departmentId, verified: true } as Viewer;
      for (const at of lastVisits) {
        const lastReadAt = at ? sql`${at.toISOString()}::timestamptz` : sql`null::timestamptz`;
        const rows = await database.db
          .select({ id: comments.id })
          .from(comments)
          .where(and(eq(comments.practiceId, practice.id), newInThread(viewer, comments, lastReadAt)));
        const inSql = new Set(rows.map((r) => r.id));
        for (const c of all) expect(inSql.has(c.id), `${u.email} ${at?.toISOString()} ${c.id}`).toBe(isNewInThread(viewer, c, at));
      }
    }
    expect(isNewInThread(null, all[0]!, null)).toBe(false);
  });
});

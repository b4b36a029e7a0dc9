import { count, eq } from 'drizzle-orm';
import { answerReplies, answers, questions } from '@muster/db';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { signUp } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { actors, type Who } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;
const moderator = 'moderator@muster.demo';

const ask = `mutation ($input: QuestionInput!) { ask(input: $input) { id title } }`;
const editQuestion = `mutation ($id: ID!, $version: Int!, $input: QuestionInput!) { editQuestion(id: $id, version: $version, input: $input) { id version } }`;
const answerMutation = `mutation ($questionId: ID!, $body: String!) { answer(questionId: $questionId, body: $body) { id } }`;
const editAnswer = `mutation ($id: ID!, $body: String!) { editAnswer(id: $id, body: $body) { id } }`;
const reply = `mutation ($answerId: ID!, $body: String!) { replyToAnswer(answerId: $answerId, body: $body) { id } }`;
const lockQuestion = `mutation ($id: ID!, $locked: Boolean!) { lockQuestion(id: $id, locked: $locked) { id locked viewerCan { answer edit lock } } }`;
const flagMutation = `mutation ($target: FlagTarget!, $id: ID!, $reason: FlagReason!, $note: String) {
  flag(target: $target, id: $id, reason: $reason, note: $note) { id target reason resolved practice { id } question { id title } answer { id } } }`;
const resolveFlag = `mutation ($id: ID!, $action: FlagAction!, $note: String) {
  resolveFlag(id: $id, action: $action, note: $note) { id resolved action targetHidden } }`;
const moderate = `mutation ($target: FlagTarget!, $id: ID!, $action: FlagAction!, $note: String) {
  moderate(target: $target, id: $id, action: $action, note: $note) { target id hidden question { id } answer { id } history { kind note } } }`;
const queueQuery = `{ moderationQueue(first: 100) { edges { node { id target targetOpenFlagCount targetHidden
  question { id title } answer { id bodyHtml } } } } }`;
const questionQuery = `query ($id: ID!) { question(id: $id) {
  id title hidden hiddenReason locked answerCount moderationHistory { kind }
  viewerCan { edit answer flag lock moderate }
  answers { id hidden hiddenReason viewerCan { edit reply flag moderate } } } }`;
const listQuery = `query ($filter: QuestionFilter) { questions(filter: $filter, first: 100) { totalCount edges { node { id answerCount } } } }`;
const hiddenContent = `{ hiddenContent(first: 100) { edges { node { target id question { id } answer { id } } } } }`;
const moderatedItem = `query ($target: FlagTarget!, $id: ID!) { moderatedItem(target: $target, id: $id) {
  target hidden openFlagCount question { id } answer { id } author { handle } history { kind } } }`;
const notificationsQuery = `{ notifications(first: 50) { edges { node { reason text activity { kind question { id } answer { id } } } } } }`;
const moderationLog = `{ moderationLog(first: 100) { edges { node { action detail } } } }`;

let database: TestDatabase;
let app: FastifyInstance;
const { ok, refused } = actors(() => app);

useTestApp(
  { config: { commentsPerMinute: 1000, questionsPerDay: 1000, auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } },
  (opened) => ({ app, database } = opened),
);

let asked = 0;
/** A new PUBLIC question on officer wellness by the Memphis member, with the Seattle member's answer. */
async function questionWithAnswer(title = 'How do you run peer support for dispatchers') {
  asked += 1;
  const input = {
    title: `${title} (${asked})?`,
    details: 'What worked, what it cost.',
    topics: ['officer-wellness'],
    visibility: 'PUBLIC',
  };
  const question = (await ok(member('memphis-pd'), ask, { input })).ask as { id: string; title: string };
  const answer = (await ok(member('seattle-pd'), answerMutation, { questionId: question.id, body: 'We pair each dispatcher with a peer.' }))
    .answer as { id: string };
  await app.fanOut.idle();
  return { question, answer, input };
}

async function flag(who: Who, target: 'QUESTION' | 'ANSWER', id: string, reason = 'SPAM') {
  return (await ok(who, flagMutation, { target, id, reason })).flag;
}

async function questionAs(who: Who, id: string) {
  return (await ok(who, questionQuery, { id })).question;
}

async function listed(who: Who, id: string) {
  const { questions: list } = await ok(who, listQuery, { filter: { topics: ['officer-wellness'] } });
  return { totalCount: list.totalCount as number, node: list.edges.map((e: any) => e.node).find((q: any) => q.id === id) };
}

async function queueEntry(targetId: string) {
  const { moderationQueue } = await ok(moderator, queueQuery);
  return moderationQueue.edges
    .map((e: any) => e.node)
    .find((n: any) => (n.target === 'ANSWER' ? n.answer?.id : n.question?.id) === targetId && ['QUESTION', 'ANSWER'].includes(n.target));
}

async function notificationsOf(who: Who) {
  await app.fanOut.idle();
  return (await ok(who, notificationsQuery)).notifications.edges.map((e: any) => e.node);
}

async function rowsUnder(questionId: string) {
  const [a] = await database.db.select({ n: count() }).from(answers).where(eq(answers.questionId, questionId));
  const [r] = await database.db
    .select({ n: count() })
    .from(answerReplies)
    .innerJoin(answers, eq(answers.id, answerReplies.answerId))
    .where(eq(answers.questionId, questionId));
  const [q] = await database.db
    .select({ version: questions.version, title: questions.title })
    .from(questions)
    .where(eq(questions.id, questionId));
  return { answers: a!.n, replies: r!.n, ...q! };
}

describe('flagging questions and answers', () => {
  it('puts a flagged question and a flagged answer in the queue with the question’s title, once per member', async () => {
    const { question, answer } = await questionWithAnswer('Who flags a question about shift bidding');
    const flagged = await flag(member('boston-pd'), 'QUESTION', question.id, 'OFF_TOPIC');
    expect(flagged).toMatchObject({
      target: 'QUESTION',
      resolved: false,
      practice: null,
      question: { id: question.id, title: question.title },
    });
    const onAnswer = await flag(member('boston-pd'), 'ANSWER', answer.id);
    expect(onAnswer).toMatchObject({ target: 'ANSWER', question: { id: question.id }, answer: { id: answer.id } });

    expect(await queueEntry(question.id)).toMatchObject({
      target: 'QUESTION',
      targetOpenFlagCount: 1,
      question: { title: question.title },
    });
    const entry = await queueEntry(answer.id);
    expect(entry).toMatchObject({ target: 'ANSWER', targetHidden: false, question: { id: question.id } });
    expect(entry.answer.bodyHtml).toContain('We pair each dispatcher');

    // The same member, again: refused, naming the field, and still one flag.
    for (const [target, id] of [
      ['QUESTION', question.id],
      ['ANSWER', answer.id],
    ] as const) {
      expect(await refused(member('boston-pd'), flagMutation, { target, id, reason: 'SPAM' })).toMatchObject({
        code: 'CONFLICT',
        field: 'id',
      });
    }
    expect((await queueEntry(question.id)).targetOpenFlagCount).toBe(1);
    expect((await queueEntry(answer.id)).targetOpenFlagCount).toBe(1);
  });

  it('refuses flags on what the member wrote, cannot see, or from a visitor', async () => {
    const { question, answer } = await questionWithAnswer('Whose flag counts on a budget question');
    expect(await refused(member('memphis-pd'), flagMutation, { target: 'QUESTION', id: question.id, reason: 'SPAM' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    expect(await refused(member('seattle-pd'), flagMutation, { target: 'ANSWER', id: answer.id, reason: 'SPAM' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    expect(await refused(null, flagMutation, { target: 'QUESTION', id: question.id, reason: 'SPAM' })).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    // A members-only question is not there for a member nobody has verified.
    const membersOnly = (
      await ok(member('memphis-pd'), ask, {
        input: { title: 'Is this members-only question flaggable by a recruit?', topics: ['officer-wellness'], visibility: 'MEMBERS' },
      })
    ).ask;
    const recruit = await signUp(app, 'boston-pd');
    expect(
      await refused({ session: recruit.session }, flagMutation, { target: 'QUESTION', id: membersOnly.id, reason: 'SPAM' }),
    ).toMatchObject({
      code: 'NOT_FOUND',
      field: 'id',
    });
  });
});

describe('three flags from verified members', () => {
  it('hide an answer from members, lists and counts until a moderator restores it, and tell its author and the flaggers', async () => {
    const { question, answer } = await questionWithAnswer('How long is your field training program');
    expect((await listed(member('oakland-pd'), question.id)).node.answerCount).toBe(1);
    const answered = `Demo Officer answered your question “${question.title}”`;
    expect((await notificationsOf(member('memphis-pd'))).map((n: any) => n.text)).toContain(answered);

    await flag(member('boston-pd'), 'ANSWER', answer.id);
    await flag(member('oakland-pd'), 'ANSWER', answer.id, 'OFF_TOPIC');
    expect((await questionAs(member('eugene-pd'), question.id)).answers).toHaveLength(1);
    const third = await flag(chief('chicago-pd'), 'ANSWER', answer.id, 'HARASSMENT');

    for (const reader of [null, member('eugene-pd'), member('memphis-pd')]) {
      const seen = await questionAs(reader, question.id);
      expect(seen.answerCount, String(reader)).toBe(0);
      expect(seen.answers, String(reader)).toEqual([]);
      expect((await listed(reader, question.id)).node.answerCount).toBe(0);
    }
    const forAuthor = (await questionAs(member('seattle-pd'), question.id)).answers[0];
    expect(forAuthor).toMatchObject({ id: answer.id, hidden: true, viewerCan: { flag: false, reply: false } });
    expect(forAuthor.hiddenReason).toMatch(/3 verified members flagged it/);
    const forModerator = (await questionAs(moderator, question.id)).answers[0];
    expect(forModerator).toMatchObject({ id: answer.id, hidden: true, viewerCan: { moderate: true } });
    expect(await queueEntry(answer.id)).toMatchObject({ targetOpenFlagCount: 3, targetHidden: true });

    // The asker's notification of the answer leaves the inbox with it.
    expect((await notificationsOf(member('memphis-pd'))).map((n: any) => n.text)).not.toContain(answered);

    const toAuthor = await notificationsOf(member('seattle-pd'));
    expect(toAuthor.map((n: any) => n.text)).toContain(
      `Your answer to “${question.title}” is hidden while moderators review the flags on it`,
    );

    // Replying under the hidden answer is refused for its author too, and nothing is written.
    expect(await refused(member('seattle-pd'), reply, { answerId: answer.id, body: 'More detail.' })).toMatchObject({
      code: 'CONFLICT',
      field: 'answerId',
    });
    expect((await rowsUnder(question.id)).replies).toBe(0);

    const restored = (await ok(moderator, resolveFlag, { id: third.id, action: 'RESTORE', note: 'Blunt, not harassment.' })).resolveFlag;
    expect(restored).toMatchObject({ resolved: true, action: 'RESTORE', targetHidden: false });
    const after = await questionAs(member('eugene-pd'), question.id);
    expect(after.answerCount).toBe(1);
    expect(after.answers.map((a: any) => a.id)).toEqual([answer.id]);
    expect((await listed(member('eugene-pd'), question.id)).node.answerCount).toBe(1);

    expect((await notificationsOf(member('memphis-pd'))).map((n: any) => n.text)).toContain(answered);

    const toFlagger = await notificationsOf(member('boston-pd'));
    expect(toFlagger).toContainEqual(
      expect.objectContaining({
        reason: 'YOUR_FLAG_RESOLVED',
        text: `Moderators reviewed the answer you flagged to “${question.title}” and left it up`,
        activity: expect.objectContaining({ kind: 'FLAG_RESOLVED', answer: { id: answer.id } }),
      }),
    );
    const restoredText = (await notificationsOf(member('seattle-pd'))).map((n: any) => n.text);
    expect(restoredText).toContain(`Moderators restored your answer to “${question.title}”: “Blunt, not harassment.”`);

    const item = (await ok(moderator, moderatedItem, { target: 'ANSWER', id: answer.id })).moderatedItem;
    expect(item).toMatchObject({
      target: 'ANSWER',
      hidden: false,
      openFlagCount: 0,
      question: { id: question.id },
      answer: { id: answer.id },
    });
    expect(item.history.map((e: any) => e.kind)).toEqual(['FLAGGED', 'FLAGGED', 'FLAGGED', 'HIDDEN_BY_FLAGS', 'RESTORED']);
  });

  it('hide a question from members’ lists and counts; its asker and moderators still see it, marked hidden', async () => {
    const { question } = await questionWithAnswer('Which radio vendor did you choose');
    const before = await listed(member('oakland-pd'), question.id);
    expect(before.node).toBeDefined();

    await flag(member('boston-pd'), 'QUESTION', question.id);
    await flag(member('oakland-pd'), 'QUESTION', question.id);
    await flag(member('denver-pd'), 'QUESTION', question.id);

    for (const reader of [null, member('oakland-pd'), member('seattle-pd')]) {
      expect(await questionAs(reader, question.id), String(reader)).toBeNull();
      const list = await listed(reader, question.id);
      expect(list.node).toBeUndefined();
    }
    expect((await listed(member('oakland-pd'), question.id)).totalCount).toBe(before.totalCount - 1);
    expect(await questionAs(member('memphis-pd'), question.id)).toMatchObject({ hidden: true, viewerCan: { edit: false, answer: false } });
    const forModerator = await questionAs(moderator, question.id);
    expect(forModerator).toMatchObject({ hidden: true, viewerCan: { lock: true, moderate: true } });
    expect(forModerator.moderationHistory.map((e: any) => e.kind)).toEqual(['FLAGGED', 'FLAGGED', 'FLAGGED', 'HIDDEN_BY_FLAGS']);
    const hidden = (await ok(moderator, hiddenContent)).hiddenContent.edges.map((e: any) => e.node);
    expect(hidden).toContainEqual({ target: 'QUESTION', id: question.id, question: { id: question.id }, answer: null });

    const toAsker = (await notificationsOf(member('memphis-pd'))).map((n: any) => n.text);
    expect(toAsker).toContain(`Your question “${question.title}” is hidden while moderators review the flags on it`);

    const restored = (await ok(moderator, moderate, { target: 'QUESTION', id: question.id, action: 'RESTORE' })).moderate;
    expect(restored).toMatchObject({ target: 'QUESTION', hidden: false, question: { id: question.id } });
    expect(await questionAs(member('oakland-pd'), question.id)).toMatchObject({ hidden: false, answerCount: 1 });
    expect((await listed(member('oakland-pd'), question.id)).totalCount).toBe(before.totalCount);
  });
});

describe('moderators’ decisions', () => {
  it('refuse members: lock, hide, restore and resolving a flag are for moderators', async () => {
    const { question, answer } = await questionWithAnswer('Can a member lock a question');
    const flagged = await flag(member('boston-pd'), 'QUESTION', question.id);
    for (const who of [member('oakland-pd'), chief('memphis-pd'), member('memphis-pd')]) {
      expect(await refused(who, lockQuestion, { id: question.id, locked: true })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refused(who, moderate, { target: 'QUESTION', id: question.id, action: 'HIDE' })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refused(who, moderate, { target: 'ANSWER', id: answer.id, action: 'HIDE' })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refused(who, moderate, { target: 'ANSWER', id: answer.id, action: 'RESTORE' })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refused(who, resolveFlag, { id: flagged.id, action: 'HIDE' })).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await refused(null, lockQuestion, { id: question.id, locked: true })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await questionAs(member('oakland-pd'), question.id)).toMatchObject({
      locked: false,
      hidden: false,
      answerCount: 1,
      viewerCan: { lock: false, moderate: false, flag: true },
    });
  });

  it('hide an answer with a note: gone for members, its author told; the queue entry closes and the flagger hears', async () => {
    const { question, answer } = await questionWithAnswer('Do you publish your pursuit policy');
    await flag(member('boston-pd'), 'ANSWER', answer.id, 'PERSONAL_INFORMATION');
    const hidden = (await ok(moderator, moderate, { target: 'ANSWER', id: answer.id, action: 'HIDE', note: 'Names a victim.' })).moderate;
    expect(hidden).toMatchObject({ target: 'ANSWER', hidden: true, answer: { id: answer.id }, question: { id: question.id } });
    expect(hidden.history.map((e: any) => e.kind)).toEqual(['FLAGGED', 'HIDDEN']);
    expect(await queueEntry(answer.id)).toBeUndefined();
    expect(await questionAs(member('oakland-pd'), question.id)).toMatchObject({ answerCount: 0, answers: [] });
    expect((await notificationsOf(member('seattle-pd'))).map((n: any) => n.text)).toContain(
      `Moderators hid your answer to “${question.title}”: “Names a victim.”`,
    );
    expect((await notificationsOf(member('boston-pd'))).map((n: any) => n.text)).toContain(
      `Moderators hid the answer you flagged to “${question.title}”`,
    );
    // Hidden already: a second hiding is refused; for other members there is nothing left to flag.
    expect(await refused(moderator, moderate, { target: 'ANSWER', id: answer.id, action: 'HIDE' })).toMatchObject({ code: 'CONFLICT' });
    expect(await refused(member('eugene-pd'), flagMutation, { target: 'ANSWER', id: answer.id, reason: 'SPAM' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'id',
    });
  });
});

describe('a locked question', () => {
  it('takes no answers, edits or replies until unlocked, and nothing is written', async () => {
    const { question, answer, input } = await questionWithAnswer('Who pays for body camera storage');
    const locked = (await ok(moderator, lockQuestion, { id: question.id, locked: true })).lockQuestion;
    expect(locked).toMatchObject({ locked: true, viewerCan: { answer: false, lock: true } });
    const before = await rowsUnder(question.id);

    expect(await refused(member('oakland-pd'), answerMutation, { questionId: question.id, body: 'We budget it.' })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'questionId',
    });
    expect(await refused(member('seattle-pd'), editAnswer, { id: answer.id, body: 'Changed.' })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'id',
    });
    expect(await refused(member('oakland-pd'), reply, { answerId: answer.id, body: 'Thanks.' })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'answerId',
    });
    expect(
      await refused(member('memphis-pd'), editQuestion, {
        id: question.id,
        version: before.version,
        input: { ...input, title: 'Changed title?' },
      }),
    ).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    expect(await rowsUnder(question.id)).toEqual(before);

    const seen = await questionAs(member('seattle-pd'), question.id);
    expect(seen).toMatchObject({ locked: true, viewerCan: { answer: false, edit: false, lock: false } });
    expect(seen.answers[0].viewerCan).toMatchObject({ edit: false, reply: false });
    expect(await questionAs(member('memphis-pd'), question.id)).toMatchObject({ viewerCan: { edit: false } });
    const log = (await ok(moderator, moderationLog)).moderationLog.edges.map((e: any) => e.node);
    expect(log).toContainEqual({ action: 'QUESTION_LOCKED', detail: `question ${question.id}` });

    await ok(moderator, lockQuestion, { id: question.id, locked: false });
    await ok(member('oakland-pd'), answerMutation, { questionId: question.id, body: 'We budget it.' });
    await ok(member('oakland-pd'), reply, { answerId: answer.id, body: 'Thanks.' });
    expect(await rowsUnder(question.id)).toMatchObject({ answers: before.answers + 1, replies: before.replies + 1 });
  });

  it('hidden, takes no answers, edits or replies from its asker or a moderator either', async () => {
    const { question, answer, input } = await questionWithAnswer('What does a hidden question take');
    await ok(moderator, moderate, { target: 'QUESTION', id: question.id, action: 'HIDE', note: 'Under review.' });
    const before = await rowsUnder(question.id);
    for (const who of [member('memphis-pd'), moderator]) {
      expect(await refused(who, answerMutation, { questionId: question.id, body: 'Self-answer.' })).toMatchObject({
        code: 'CONFLICT',
        field: 'questionId',
      });
      expect(await refused(who, reply, { answerId: answer.id, body: 'Reply.' })).toMatchObject({ code: 'CONFLICT', field: 'answerId' });
    }
    expect(
      await refused(member('memphis-pd'), editQuestion, {
        id: question.id,
        version: before.version,
        input: { ...input, title: 'Changed title?' },
      }),
    ).toMatchObject({ code: 'CONFLICT', field: 'id' });
    // For a member who is not its asker it is not there at all.
    expect(await refused(member('oakland-pd'), answerMutation, { questionId: question.id, body: 'Hello.' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'questionId',
    });
    expect(await rowsUnder(question.id)).toEqual(before);
  });
});

import { count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, answers, notifications, practices, questions, users } from '@muster/db';
import { sizeBandOf } from '@muster/db/labels';
import { demoDepartments } from '@muster/db/seed';
import { signUp } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { actors, type Who } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;
const moderator = 'moderator@muster.demo';

const questionFields = `id title details detailsHtml visibility answerCount locked hidden version viewerFollows
  author { handle } department { slug } topics { slug } forAgencyType forSizeBand forStates acceptedNote
  acceptedAnswer { id } viewerCan { edit answer accept }`;
const answerFields = `id body bodyHtml edited accepted helpfulCount viewerFoundHelpful author { handle } department { slug }
  practices { slug } replies { bodyHtml author { handle } } viewerCan { edit markHelpful reply } revisions { body }`;
const ask = `mutation ($input: QuestionInput!) { ask(input: $input) { ${questionFields} } }`;
const editQuestion = `mutation ($id: ID!, $version: Int!, $input: QuestionInput!) { editQuestion(id: $id, version: $version, input: $input) { ${questionFields} } }`;
const answer = `mutation ($questionId: ID!, $body: String!) { answer(questionId: $questionId, body: $body) { ${answerFields} } }`;
const editAnswer = `mutation ($id: ID!, $body: String!) { editAnswer(id: $id, body: $body) { ${answerFields} } }`;
const accept = `mutation ($id: ID!, $note: String) { acceptAnswer(id: $id, note: $note) { ${questionFields} } }`;
const helpful = `mutation ($id: ID!, $helpful: Boolean!) { markAnswerHelpful(id: $id, helpful: $helpful) { id helpfulCount viewerFoundHelpful } }`;
const reply = `mutation ($answerId: ID!, $body: String!) { replyToAnswer(answerId: $answerId, body: $body) { id bodyHtml } }`;
const questionQuery = `query ($id: ID!) { question(id: $id) { ${questionFields} answers { ${answerFields} } } }`;
const listQuery = `query ($filter: QuestionFilter, $orderBy: QuestionOrder, $first: Int) {
  questions(filter: $filter, orderBy: $orderBy, first: $first) { totalCount edges { node { id title answerCount } } } }`;
const followMutation = `mutation ($target: FollowTarget!, $id: ID!) { follow(target: $target, id: $id) }`;
const inboxQuery = `{ notifications(first: 50) { edges { node { reason path activity { kind question { id title } answer { id } } } } } }`;

let database: TestDatabase;
let app: FastifyInstance;
const { ok, refused, run } = actors(() => app);

useTestApp(
  { config: { commentsPerMinute: 1000, questionsPerDay: 1000, auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } },
  (opened) => ({ app, database } = opened),
);

let counter = 0;
/** A question's input, distinct each call so titles never collide. */
function input(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    title: `How did you staff a co-responder program without a hospital partner (${counter})?`,
    details: 'We are a mid-sized department. What did it **cost**, and who paid?',
    topics: ['crisis-intervention-mental-health'],
    ...overrides,
  };
}

async function asked(who: Who, overrides: Record<string, unknown> = {}) {
  return (await ok(who, ask, { input: input(overrides) })).ask;
}

async function answered(who: Who, questionId: string, body = 'We ran it with county behavioral health staff; about $180,000 a year.') {
  const created = (await ok(who, answer, { questionId, body })).answer;
  await app.fanOut.idle();
  return created;
}

async function questionAs(who: Who, id: string) {
  return (await ok(who, questionQuery, { id })).question;
}

async function idOf(kind: 'topic' | 'department', slug: string): Promise<string> {
  return (await ok(null, `query ($slug: String!) { ${kind}(slug: $slug) { id } }`, { slug }))[kind].id;
}

/** Rows in a table: a refused write leaves them as they were. */
async function rows(table: typeof questions | typeof answers | typeof practices): Promise<number> {
  return (await database.db.select({ n: count() }).from(table))[0]!.n;
}

/** Who was told of the question's activities of the kind, and why, by handle. */
async function told(questionId: string, kind: string): Promise<Record<string, string>> {
  const found = await database.db
    .select({ handle: users.handle, reason: notifications.reason, kind: activities.kind })
    .from(notifications)
    .innerJoin(activities, eq(activities.id, notifications.activityId))
    .innerJoin(users, eq(users.id, notifications.recipientId))
    .where(eq(activities.questionId, questionId));
  return Object.fromEntries(found.filter((r) => r.kind === kind).map((r) => [r.handle, r.reason]));
}

describe('asking', () => {
  it('publishes a verified member’s question with its topics and department, followed by its asker', async () => {
    const question = await asked(chief('memphis-pd'), { topics: ['crisis-intervention-mental-health', 'budget-staffing'] });
    expect(question).toMatchObject({
      visibility: 'MEMBERS',
      answerCount: 0,
      author: { handle: 'chief-memphis-pd' },
      department: { slug: 'memphis-pd' },
      viewerFollows: true,
      viewerCan: { edit: true, answer: true, accept: true },
    });
    expect(question.topics.map((t: { slug: string }) => t.slug).sort()).toEqual(['budget-staffing', 'crisis-intervention-mental-health']);
    expect(question.detailsHtml).toContain('<strong>cost</strong>');
    const listed = (await ok(member('boston-pd'), listQuery, { first: 50 })).questions.edges.map((e: any) => e.node.id);
    expect(listed).toContain(question.id);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await rows(questions);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'Co-responder staffing without a hospital' }, 'title'],
      [{ title: 'Why?' }, 'title'],
      [{ title: `${'How long '.repeat(25)}?` }, 'title'],
      [{ topics: [] }, 'topics'],
      [{ topics: ['youth', 'training', 'technology', 'traffic-safety', 'budget-staffing', 'officer-wellness'] }, 'topics'],
      [{ topics: ['no-such-topic'] }, 'topics'],
      [{ states: ['ZZ'] }, 'states'],
      [{ details: 'x'.repeat(20_001) }, 'details'],
    ];
    for (const [overrides, field] of cases) {
      const refusal = await refused(chief('memphis-pd'), ask, { input: input(overrides) });
      expect(refusal, JSON.stringify(overrides).slice(0, 80)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(refusal.message.length).toBeGreaterThan(10);
    }
    expect(await rows(questions)).toBe(before);
  });

  it('is for signed-in, verified members only', async () => {
    const before = await rows(questions);
    expect((await refused(null, ask, { input: input() })).code).toBe('UNAUTHENTICATED');
    const recruit = await signUp(app, 'denver-pd');
    expect((await refused({ session: recruit.session }, ask, { input: input() })).code).toBe('FORBIDDEN');
    expect(await rows(questions)).toBe(before);
  });

  it('lets only its asker edit it, at the version their form was read at', async () => {
    const question = await asked(member('oakland-pd'));
    const changed = input({ title: 'How did you pay for a co-responder program in its first year?' });
    expect((await refused(member('boston-pd'), editQuestion, { id: question.id, version: question.version, input: changed })).code).toBe(
      'FORBIDDEN',
    );
    const edited = (await ok(member('oakland-pd'), editQuestion, { id: question.id, version: question.version, input: changed }))
      .editQuestion;
    expect(edited).toMatchObject({ title: changed.title, version: question.version + 1 });
    const stale = await refused(member('oakland-pd'), editQuestion, { id: question.id, version: question.version, input: input() });
    expect(stale).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect((await questionAs(member('oakland-pd'), question.id)).title).toBe(changed.title);
    // Its Markdown is for the asker's form only.
    expect((await questionAs(member('boston-pd'), question.id)).details).toBeNull();
  });

  it('stores “departments like mine” as the asker’s agency type and size band', async () => {
    const question = await asked(chief('eugene-pd'), { likeMine: true, states: ['OR', 'WA'] });
    expect(question).toMatchObject({ forAgencyType: 'MUNICIPAL', forSizeBand: 'MEDIUM', forStates: ['OR', 'WA'] });
  });
});

describe('a daily limit on questions', () => {
  let limited: FastifyInstance;
  const as = actors(() => limited);
  useTestApp({ config: { questionsPerDay: 2 } }, (opened) => (limited = opened.app));

  it('stops a member at QUESTIONS_PER_DAY, counted from the database, and no one else', async () => {
    await as.ok(member('denver-pd'), ask, { input: input() });
    await as.ok(member('denver-pd'), ask, { input: input() });
    const refusal = await as.refused(member('denver-pd'), ask, { input: input() });
    expect(refusal.code).toBe('RATE_LIMITED');
    expect(refusal.message).toContain('2 questions a day');
    await as.ok(member('seattle-pd'), ask, { input: input() });
  });
});

describe('who reads a question', () => {
  let membersOnly: { id: string; title: string };
  let everyone: { id: string; title: string };
  let recruit: { session: string };
  const topic = 'implicit-bias';

  beforeAll(async () => {
    membersOnly = await asked(chief('memphis-pd'), {
      title: 'Which peer support vendors handled confidential referrals well for you?',
      topics: [topic],
    });
    everyone = await asked(chief('memphis-pd'), {
      title: 'Which public dashboards did your community actually read?',
      topics: [topic],
      visibility: 'PUBLIC',
    });
    recruit = await signUp(app, 'boston-pd');
  });

  for (const [who, label] of [
    [null, 'a visitor'],
    ['recruit', 'an unverified member'],
  ] as const) {
    it(`keeps a MEMBERS question from ${label}: page, lists, counts, topic, department and suggestions`, async () => {
      const reader: Who = who === 'recruit' ? recruit : null;
      const ids = (data: { id: string }[]) => data.map((q) => q.id);
      expect((await ok(reader, questionQuery, { id: membersOnly.id })).question).toBeNull();
      expect((await ok(reader, questionQuery, { id: everyone.id })).question).toMatchObject({ title: everyone.title });

      const theirs = (await ok(reader, listQuery, { filter: { topics: [topic] }, first: 50 })).questions;
      const verified = (await ok(member('seattle-pd'), listQuery, { filter: { topics: [topic] }, first: 50 })).questions;
      expect(ids(theirs.edges.map((e: any) => e.node))).toEqual([everyone.id]);
      expect(theirs.totalCount).toBe(1);
      expect(ids(verified.edges.map((e: any) => e.node))).toEqual([everyone.id, membersOnly.id]);
      expect(verified.totalCount).toBe(2);

      const pages = await ok(
        reader,
        `query ($topic: String!) { topic(slug: $topic) { questions(first: 20) { id } } department(slug: "memphis-pd") { questions(first: 20) { id } } }`,
        { topic },
      );
      expect(ids(pages.topic.questions)).toEqual([everyone.id]);
      expect(ids(pages.department.questions)).not.toContain(membersOnly.id);
      expect(ids(pages.department.questions)).toContain(everyone.id);

      const similar = (
        await ok(reader, `query ($t: String!) { similarToQuestion(title: $t) { questions { id } } }`, { t: 'peer support vendors' })
      ).similarToQuestion;
      expect(ids(similar.questions)).not.toContain(membersOnly.id);
      const answering = await refused(reader, answer, { questionId: membersOnly.id, body: 'We used a regional vendor.' });
      expect(answering.code).toBe('NOT_FOUND');
    });
  }

  it('offers a verified member the MEMBERS question while they type a title like it', async () => {
    const similar = (
      await ok(member('seattle-pd'), `query ($t: String!) { similarToQuestion(title: $t) { questions { id } } }`, {
        t: 'peer support vendors',
      })
    ).similarToQuestion;
    expect(similar.questions.map((q: { id: string }) => q.id)).toContain(membersOnly.id);
  });
});

describe('answers', () => {
  let question: { id: string; version: number };
  beforeAll(async () => {
    question = await asked(chief('memphis-pd'), { topics: ['substance-use-diversion'] });
  });

  it('counts and shows an answer with the answerer’s department, its write-up links as write-ups', async () => {
    const created = await answered(
      member('boston-pd'),
      question.id,
      'We started from this one:\n\nhttp://localhost/practices/memphis-crisis-intervention-team\n\nIt cost us two positions.',
    );
    expect(created).toMatchObject({ author: { handle: 'officer-boston-pd' }, department: { slug: 'boston-pd' }, edited: false });
    expect(created.practices.map((p: { slug: string }) => p.slug)).toEqual(['memphis-crisis-intervention-team']);
    const read = await questionAs(member('seattle-pd'), question.id);
    expect(read.answerCount).toBe(1);
    expect(read.answers.map((a: { id: string }) => a.id)).toEqual([created.id]);
    // Only its author reads the Markdown to edit it.
    expect(read.answers[0]).toMatchObject({ body: null, viewerCan: { edit: false, markHelpful: true, reply: true } });
  });

  it('refuses an empty answer and a visitor, and writes nothing', async () => {
    const before = await rows(answers);
    expect(await refused(member('boston-pd'), answer, { questionId: question.id, body: '   ' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'body',
    });
    expect(await refused(member('boston-pd'), answer, { questionId: question.id, body: 'x'.repeat(20_001) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'body',
    });
    const everyone = await asked(chief('memphis-pd'), { visibility: 'PUBLIC' });
    expect((await refused(null, answer, { questionId: everyone.id, body: 'Visitors do not answer.' })).code).toBe('UNAUTHENTICATED');
    expect(await refused(member('boston-pd'), answer, { questionId: 'not-an-id', body: 'Hello there.' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'questionId',
    });
    expect(await rows(answers)).toBe(before);
  });

  it('keeps an edited answer’s earlier text for moderators only', async () => {
    const created = await answered(member('denver-pd'), question.id, 'First version of our answer.');
    expect((await refused(member('seattle-pd'), editAnswer, { id: created.id, body: 'Hijacked.' })).code).toBe('FORBIDDEN');
    const edited = (await ok(member('denver-pd'), editAnswer, { id: created.id, body: 'Second version of our answer.' })).editAnswer;
    expect(edited).toMatchObject({ edited: true, body: 'Second version of our answer.', revisions: null });
    const forModerator = (await questionAs(moderator, question.id)).answers.find((a: { id: string }) => a.id === created.id);
    expect(forModerator.revisions).toEqual([{ body: 'First version of our answer.' }]);
    const forMember = (await questionAs(member('seattle-pd'), question.id)).answers.find((a: { id: string }) => a.id === created.id);
    expect(forMember.revisions).toBeNull();
  });

  it('takes helpful marks from others, never the author, and orders by them', async () => {
    const low = await answered(member('oakland-pd'), question.id, 'We never tried it.');
    const high = await answered(member('chicago-pd'), question.id, 'We budgeted a clinician per shift.');
    expect((await refused(member('chicago-pd'), helpful, { id: high.id, helpful: true })).code).toBe('FORBIDDEN');
    for (const who of [member('seattle-pd'), member('eugene-pd')]) await ok(who, helpful, { id: high.id, helpful: true });
    const marked = (await ok(member('seattle-pd'), helpful, { id: high.id, helpful: true })).markAnswerHelpful;
    expect(marked).toMatchObject({ helpfulCount: 2, viewerFoundHelpful: true });
    const order = (await questionAs(member('stockton-pd'), question.id)).answers.map((a: { id: string }) => a.id);
    expect(order.indexOf(high.id)).toBeLessThan(order.indexOf(low.id));
    expect(order[0]).toBe(high.id);
    const taken = (await ok(member('eugene-pd'), helpful, { id: high.id, helpful: false })).markAnswerHelpful;
    expect(taken).toMatchObject({ helpfulCount: 1, viewerFoundHelpful: false });
    const mostHelpful = (
      await ok(member('stockton-pd'), listQuery, { filter: { author: 'chief-memphis-pd' }, orderBy: 'MOST_HELPFUL', first: 1 })
    ).questions.edges[0].node;
    expect(mostHelpful.id).toBe(question.id);
  });

  it('takes replies one level deep under an answer', async () => {
    const created = await answered(member('stockton-pd'), question.id, 'We used a grant.');
    await ok(member('memphis-pd'), reply, { answerId: created.id, body: 'Which grant was it?' });
    const read = (await questionAs(member('seattle-pd'), question.id)).answers.find((a: { id: string }) => a.id === created.id);
    expect(read.replies).toEqual([{ bodyHtml: expect.stringContaining('Which grant was it?'), author: { handle: 'officer-memphis-pd' } }]);
  });

  it('is accepted by the asker or a moderator only, and then shown first with the asker’s note', async () => {
    const chosen = await answered(member('kansas-city-pd'), question.id, 'We shared the clinician with the fire department.');
    expect((await refused(member('seattle-pd'), accept, { id: chosen.id })).code).toBe('FORBIDDEN');
    expect((await refused(member('kansas-city-pd'), accept, { id: chosen.id })).code).toBe('FORBIDDEN');
    const accepted = (await ok(chief('memphis-pd'), accept, { id: chosen.id, note: 'This is what we will take to council.' })).acceptAnswer;
    expect(accepted).toMatchObject({ acceptedAnswer: { id: chosen.id }, acceptedNote: 'This is what we will take to council.' });
    const read = await questionAs(member('seattle-pd'), question.id);
    expect(read.answers[0]).toMatchObject({ id: chosen.id, accepted: true });
    // A moderator may choose for an asker who is gone.
    const other = await answered(member('philadelphia-pd'), question.id, 'Ours was paid by the county.');
    expect((await ok(moderator, accept, { id: other.id })).acceptAnswer.acceptedAnswer.id).toBe(other.id);
  });
});

describe('who hears', () => {
  it('tells departments like the asker’s, topic followers who may read it and those mentioned; never the asker', async () => {
    // Eugene's officer and an unverified Eugene recruit follow the topic; only the verified one may read a MEMBERS question.
    const topicId = await idOf('topic', 'youth');
    await ok(member('eugene-pd'), followMutation, { target: 'TOPIC', id: topicId });
    const recruit = await signUp(app, 'eugene-pd');
    await ok({ session: recruit.session }, followMutation, { target: 'TOPIC', id: topicId });
    const question = await asked(chief('memphis-pd'), {
      topics: ['youth'],
      likeMine: true,
      details: 'Especially @officer-uc-police-division, who ran something like it.',
    });
    await app.fanOut.idle();

    const memphis = demoDepartments.find((d) => d.slug === 'memphis-pd')!;
    const like = demoDepartments.filter(
      (d) => d.agencyType === memphis.agencyType && sizeBandOf(d.swornOfficers ?? null) === sizeBandOf(memphis.swornOfficers ?? null),
    );
    expect(like.length).toBeGreaterThan(2);
    const expected: Record<string, string> = {
      'officer-eugene-pd': 'FOLLOWED_TOPIC',
      'officer-uc-police-division': 'MENTION',
    };
    for (const d of like) {
      expected[`chief-${d.slug}`] = 'QUESTION_FOR_YOUR_DEPARTMENT';
      expected[`officer-${d.slug}`] = 'QUESTION_FOR_YOUR_DEPARTMENT';
    }
    delete expected['chief-memphis-pd'];
    expect(await told(question.id, 'QUESTION_ASKED')).toEqual(expected);

    const inbox = (await ok(member('eugene-pd'), inboxQuery)).notifications.edges.map((e: any) => e.node);
    expect(inbox.find((n: any) => n.activity.question?.id === question.id)).toMatchObject({
      reason: 'FOLLOWED_TOPIC',
      path: `/questions/${question.id}`,
    });
  });

  it('tells the asker and the question’s followers of an answer, and the answerer of acceptance', async () => {
    const question = await asked(chief('memphis-pd'), { topics: ['victim-services'] });
    await ok(member('seattle-pd'), followMutation, { target: 'QUESTION', id: question.id });
    const first = await answered(member('boston-pd'), question.id);
    expect(await told(question.id, 'ANSWER_POSTED')).toEqual({
      'chief-memphis-pd': 'YOUR_QUESTION_ANSWERED',
      'officer-seattle-pd': 'FOLLOWED_QUESTION',
    });
    // Answering follows the question: the first answerer hears of the next answer, its author does not.
    await answered(member('denver-pd'), question.id);
    const second = await told(question.id, 'ANSWER_POSTED');
    expect(second['officer-boston-pd']).toBe('FOLLOWED_QUESTION');
    expect(second['officer-denver-pd']).toBeUndefined();

    await ok(chief('memphis-pd'), accept, { id: first.id, note: 'Thank you.' });
    await app.fanOut.idle();
    expect(await told(question.id, 'ANSWER_ACCEPTED')).toEqual({
      'officer-boston-pd': 'YOUR_ANSWER_ACCEPTED',
      'officer-seattle-pd': 'FOLLOWED_QUESTION',
      'officer-denver-pd': 'FOLLOWED_QUESTION',
    });
    const inbox = (await ok(member('boston-pd'), inboxQuery)).notifications.edges.map((e: any) => e.node);
    expect(inbox.find((n: any) => n.reason === 'YOUR_ANSWER_ACCEPTED')).toMatchObject({
      activity: { kind: 'ANSWER_ACCEPTED', question: { id: question.id }, answer: { id: first.id } },
      path: `/questions/${question.id}#answer-${first.id}`,
    });
  });

  it('tells no one who may not read a MEMBERS question, even when they follow its topic', async () => {
    const topicId = await idOf('topic', 'traffic-safety');
    const recruit = await signUp(app, 'denver-pd');
    await ok({ session: recruit.session }, followMutation, { target: 'TOPIC', id: topicId });
    const question = await asked(chief('memphis-pd'), { topics: ['traffic-safety'] });
    const visible = await asked(chief('memphis-pd'), { topics: ['traffic-safety'], visibility: 'PUBLIC' });
    await app.fanOut.idle();
    expect(await told(question.id, 'QUESTION_ASKED')).not.toHaveProperty(recruit.handle);
    expect(await told(visible.id, 'QUESTION_ASKED')).toHaveProperty(recruit.handle, 'FOLLOWED_TOPIC');
    const inbox = await run({ session: recruit.session }, inboxQuery);
    const about = inbox.data!.notifications.edges.map((e: any) => e.node.activity.question?.id);
    expect(about).toContain(visible.id);
    expect(about).not.toContain(question.id);
  });
});

describe('drafting a write-up from an accepted answer', () => {
  const draftFromAnswer = `mutation ($answerId: ID!) { draftFromAnswer(answerId: $answerId) {
    id slug status title summary body visibility department { slug } author { handle } topics { slug } sourceQuestion { id } } }`;
  const writeUpsOf = `query ($id: ID!) { question(id: $id) { answers { id viewerCan { draftWriteUp } writeUps { slug status } } } }`;
  let question: { id: string; title: string };
  let chosen: { id: string };
  let other: { id: string };

  beforeAll(async () => {
    question = await asked(chief('memphis-pd'), {
      title: 'How did you fund a co-responder clinician without a hospital partner?',
      topics: ['crisis-intervention-mental-health', 'budget-staffing'],
    });
    chosen = await answered(
      member('boston-pd'),
      question.id,
      '**Our answer:** we pooled money from the county’s opioid settlement and a state grant, and the clinician rides two shifts a day.\n\nDetails on request.',
    );
    other = await answered(member('seattle-pd'), question.id, 'We never managed it without a hospital.');
    await ok(chief('memphis-pd'), accept, { id: chosen.id, note: 'Exactly our situation.' });
  });

  it('lets the answering department’s chief only, once the answer is accepted', async () => {
    const before = await rows(practices);
    expect((await refused(member('boston-pd'), draftFromAnswer, { answerId: chosen.id })).code).toBe('FORBIDDEN');
    expect((await refused(chief('seattle-pd'), draftFromAnswer, { answerId: chosen.id })).code).toBe('FORBIDDEN');
    expect((await refused(chief('seattle-pd'), draftFromAnswer, { answerId: other.id })).message).toContain('accepted');
    expect((await refused(null, draftFromAnswer, { answerId: chosen.id })).code).toBe('UNAUTHENTICATED');
    expect(await rows(practices)).toBe(before);
    const abilities = async (who: Who) =>
      Object.fromEntries(
        (await ok(who, writeUpsOf, { id: question.id })).question.answers.map((a: any) => [a.id, a.viewerCan.draftWriteUp]),
      );
    expect(await abilities(chief('boston-pd'))).toEqual({ [chosen.id]: true, [other.id]: false });
    expect(await abilities(member('boston-pd'))).toEqual({ [chosen.id]: false, [other.id]: false });
    expect(await abilities(chief('seattle-pd'))).toEqual({ [chosen.id]: false, [other.id]: false });
  });

  it('prefills a draft of the chief’s department from the answer, linked back to the question, and makes it once', async () => {
    const draft = (await ok(chief('boston-pd'), draftFromAnswer, { answerId: chosen.id })).draftFromAnswer;
    expect(draft).toMatchObject({
      status: 'DRAFT',
      title: 'How did you fund a co-responder clinician without a hospital partner',
      visibility: 'MEMBERS',
      department: { slug: 'boston-pd' },
      author: { handle: 'chief-boston-pd' },
      sourceQuestion: { id: question.id },
    });
    expect(draft.summary).toMatch(/^Our answer: we pooled money from the county’s opioid settlement/);
    expect(draft.summary).not.toContain('**');
    expect(draft.body).toContain(`/questions/${question.id}#answer-${chosen.id}`);
    expect(draft.topics.map((t: { slug: string }) => t.slug).sort()).toEqual(['budget-staffing', 'crisis-intervention-mental-health']);

    const again = (await ok(chief('boston-pd'), draftFromAnswer, { answerId: chosen.id })).draftFromAnswer;
    expect(again.id).toBe(draft.id);

    // The draft shows under the answer to its department only, until it is published.
    const under = async (who: Who) =>
      (await ok(who, writeUpsOf, { id: question.id })).question.answers.find((a: any) => a.id === chosen.id).writeUps;
    expect(await under(chief('boston-pd'))).toEqual([{ slug: draft.slug, status: 'DRAFT' }]);
    expect(await under(member('seattle-pd'))).toEqual([]);
    await ok(chief('boston-pd'), `mutation ($id: ID!) { publishPractice(id: $id) { id } }`, { id: draft.id });
    expect(await under(member('seattle-pd'))).toEqual([{ slug: draft.slug, status: 'PUBLISHED' }]);
    const source = await ok(null, `query ($slug: String!) { practice(slug: $slug) { sourceQuestion { id } } }`, { slug: draft.slug });
    // MEMBERS on both sides: a visitor reads neither.
    expect(source.practice).toBeNull();
  });
});

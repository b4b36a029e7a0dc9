import mercurius, { type MercuriusContext } from 'mercurius';
import type { Answer } from '@muster/db';
import { sizeBandOf, type SizeBand } from '@muster/db/labels';
import type { PracticeInput, QuestionInput, Resolvers } from '../../generated/graphql.ts';
import { badInput, clientError } from '../../graphql/errors.ts';
import { connection, readPage } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import {
  canAcceptAnswer,
  canDraftFromAnswer,
  canEditAnswer,
  canEditQuestion,
  canFlagQuestionOrAnswer,
  canModerateQuestions,
  canReviewModeration,
  canSeeQuestion,
  canTakePartInQuestions,
  privileged,
  questionOpen,
  requireModerator,
  requireViewer,
  type Viewer,
} from '../../policy.ts';
import { audit } from '../audit/index.ts';
import { spend } from '../auth/index.ts';
import { departmentsByIds } from '../departments/index.ts';
import { recordActivity } from '../notifications/index.ts';
import { insertDraft, practicesDraftedFrom, practicesMatchingAnyWord, readPracticeInput, topicIdsBySlug } from '../practices/index.ts';
import { mentionedHandles, mentionedMembers } from '../users/index.ts';
import {
  anyWord,
  editAnswer,
  findAnswer,
  findQuestion,
  findReadableQuestion,
  followQuestion,
  insertAnswer,
  insertQuestion,
  insertReply,
  listQuestions,
  questionKey,
  questionsAskedSince,
  questionsByIds,
  setAccepted,
  setAnswerHelpful,
  setQuestionLocked,
  similarQuestionIds,
  topicsOfQuestions,
  updateQuestion,
  type QuestionFilter,
  type QuestionKey,
  type QuestionOrder,
  type QuestionRow,
  type QuestionValues,
} from './questions.repository.ts';

export const answerTopic = (questionId: string) => `answers:${questionId}`;

const maxTitle = 200;
const maxDetails = 20_000;
const maxAnswer = 20_000;
const maxReply = 5_000;
const maxNote = 2_000;

function requireParticipant(viewer: Viewer | null, doing: string): Viewer {
  const v = requireViewer(viewer);
  if (v.suspended)
    throw clientError('FORBIDDEN', `A moderator has suspended you from posting; you cannot ${doing} until the suspension ends.`);
  if (!canTakePartInQuestions(v))
    throw clientError('FORBIDDEN', `Only verified members can ${doing}. Ask your chief to verify your account.`);
  return v;
}

/** Checks a question as asked or edited; answers its stored values and its topics' ids. */
async function readQuestion(
  ctx: MercuriusContext,
  viewer: Viewer,
  input: QuestionInput,
): Promise<{ values: QuestionValues; topicIds: string[] }> {
  const title = validate.requiredText('title', 'a question', input.title, 10, maxTitle);
  if (!/\?\s*$/.test(title)) throw badInput('title', 'Write the title as a question, ending with a question mark.');
  const details = validate.text('details', input.details ?? '', maxDetails) ?? '';
  const slugs = validate.slugs('topics', input.topics) ?? [];
  if (slugs.length < 1) throw badInput('topics', 'Choose at least one topic, so the members who follow it hear of your question.');
  if (slugs.length > 5) throw badInput('topics', 'Choose at most 5 topics.');
  const ids = await topicIdsBySlug(ctx.db, slugs);
  const unknown = slugs.filter((s) => !ids.has(s));
  if (unknown.length) throw badInput('topics', `There is no topic "${unknown[0]}".`);
  const states = validate.stateCodes('states', input.states ?? []) ?? [];
  let forAgencyType: QuestionValues['forAgencyType'] = null;
  let forSizeBand: SizeBand | null = null;
  if (input.likeMine) {
    const department = viewer.departmentId ? (await departmentsByIds(ctx.db, [viewer.departmentId])).get(viewer.departmentId) : null;
    if (!department) throw badInput('likeMine', 'Your account has no department to compare with.');
    forAgencyType = department.agencyType;
    forSizeBand = sizeBandOf(department.swornOfficers);
  }
  return {
    values: { title, details, visibility: input.visibility ?? 'MEMBERS', forAgencyType, forSizeBand, forStates: [...new Set(states)] },
    topicIds: slugs.map((s) => ids.get(s)!),
  };
}

/** A question the viewer may read, or NOT_FOUND. */
async function questionFor(ctx: MercuriusContext, field: string, id: string): Promise<QuestionRow> {
  const question = await findQuestion(ctx.db, validate.uuid(field, id));
  if (!question || !canSeeQuestion(ctx.viewer, question)) throw clientError('NOT_FOUND', 'There is no question with that ID.', { field });
  return question;
}

/** An answer the viewer may read (to a question they may read; a hidden one only for its author and moderators), or NOT_FOUND. */
async function answerFor(ctx: MercuriusContext, field: string, id: string): Promise<{ answer: Answer; question: QuestionRow }> {
  const answer = await findAnswer(ctx.db, validate.uuid(field, id));
  const question = answer ? await findQuestion(ctx.db, answer.questionId) : null;
  const hiddenFromViewer = answer?.hiddenAt && !(ctx.viewer && (answer.authorId === ctx.viewer.id || canReviewModeration(ctx.viewer)));
  if (!answer || !question || !canSeeQuestion(ctx.viewer, question) || hiddenFromViewer)
    throw clientError('NOT_FOUND', 'There is no answer with that ID.', { field });
  return { answer, question };
}

/**
 * A hidden or locked question takes no answers, edits or replies: refused before anything is
 * written, naming the argument that led to it, with a reason a page can tell apart.
 */
function openForChanges(question: QuestionRow, field: string, doing: string): void {
  if (question.hiddenAt)
    throw clientError('CONFLICT', `This question is hidden while moderators review it: ${doing} waits until it is restored.`, {
      field,
      reason: 'QUESTION_HIDDEN',
    });
  if (question.lockedAt)
    throw clientError('FORBIDDEN', `A moderator has locked this question: ${doing} is closed.`, { field, reason: 'QUESTION_LOCKED' });
}

/** Markdown as the words a reader sees, on one line: link targets, emphasis and heading marks dropped. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` characters, cut at a word with an ellipsis when it had to be cut. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** A write-up's first draft from an accepted answer: the chief completes it before it goes for review. */
function draftOfAnswer(question: QuestionRow, answer: Answer, topics: string[]): PracticeInput {
  const title = shorten(question.title.replace(/\s*\?\s*$/, ''), 160);
  const paragraph = answer.body
    .split(/\n\s*\n/)
    .map(plainText)
    .find((p) => p.length >= 20 && !/^https?:\/\/\S+$/.test(p));
  return {
    title,
    summary: shorten(paragraph ?? `Our answer to the question “${title}”, asked on Muster.`, 280),
    body: `${answer.body.trim()}\n\n---\n\nFirst shared as the accepted answer to the question “${question.title}”: /questions/${question.id}#answer-${answer.id}`,
    topics,
    evidenceLevel: 'ANECDOTAL',
    visibility: question.visibility,
    lifecycle: 'RUNNING',
  };
}

function readFilter(filter: QuestionFilter | null | undefined): QuestionFilter | null {
  if (!filter) return null;
  return {
    topics: validate.slugs('filter.topics', filter.topics),
    states: validate.stateCodes('filter.states', filter.states),
    agencyTypes: filter.agencyTypes ?? undefined,
    unanswered: filter.unanswered ?? undefined,
    department: filter.department == null ? undefined : validate.slug('filter.department', filter.department),
    author: filter.author == null ? undefined : validate.slug('filter.author', filter.author),
    answeredBy: filter.answeredBy == null ? undefined : validate.slug('filter.answeredBy', filter.answeredBy),
  };
}

export const resolvers: Resolvers = {
  Query: {
    questions: async (_root, args, ctx) => {
      const order: QuestionOrder = args.orderBy ?? 'NEWEST';
      const page = readPage<QuestionKey>(args, 20, order === 'MOST_HELPFUL' ? ['integer', 'timestamp', 'uuid'] : ['timestamp', 'uuid']);
      const { rows, count } = await listQuestions(ctx.db, ctx.viewer, readFilter(args.filter as QuestionFilter | null), order, page);
      return connection(rows, page.limit, count, (q) => questionKey(order, q));
    },
    question: (_root, args, ctx) => findReadableQuestion(ctx.db, ctx.viewer, validate.uuid('id', args.id)),
    similarToQuestion: async (_root, args, ctx) => {
      const title = validate.text('title', args.title, maxTitle) ?? '';
      const query = anyWord(title);
      if (!query) return { questions: [], practices: [] };
      const [ids, practices] = await Promise.all([
        similarQuestionIds(ctx.db, ctx.viewer, title, 5),
        practicesMatchingAnyWord(ctx.db, ctx.viewer, query, 5),
      ]);
      const found = ids.length ? await questionsByIds(ctx.db, ids) : new Map<string, QuestionRow>();
      return { questions: ids.flatMap((id) => found.get(id) ?? []), practices };
    },
  },

  Mutation: {
    ask: async (_root, args, ctx) => {
      const viewer = requireParticipant(ctx.viewer, 'ask the network');
      const { values, topicIds } = await readQuestion(ctx, viewer, args.input);
      const now = ctx.now();
      const asked = await questionsAskedSince(ctx.db, viewer.id, new Date(now.getTime() - 24 * 3600_000));
      if (asked >= ctx.config.questionsPerDay)
        throw clientError('RATE_LIMITED', `You can ask ${ctx.config.questionsPerDay} questions a day; ask again tomorrow.`);
      const mentioned = await mentionedMembers(ctx.db, mentionedHandles(values.details));
      const question = await ctx.db.transaction(async (tx) => {
        const created = await insertQuestion(
          tx,
          { ...values, authorId: viewer.id, departmentId: viewer.departmentId, createdAt: now },
          topicIds,
        );
        await followQuestion(tx, viewer.id, created.id, now);
        await recordActivity(tx, {
          kind: 'QUESTION_ASKED',
          actorId: viewer.id,
          questionId: created.id,
          mentionedIds: mentioned,
          createdAt: now,
        });
        return created;
      });
      ctx.fanOut.kick();
      return question;
    },

    editQuestion: async (_root, args, ctx) => {
      const viewer = requireParticipant(ctx.viewer, 'edit a question');
      const question = await questionFor(ctx, 'id', args.id);
      if (!canEditQuestion(viewer, question)) throw clientError('FORBIDDEN', 'Only its asker can edit a question.');
      openForChanges(question, 'id', 'editing it');
      const { values, topicIds } = await readQuestion(ctx, viewer, args.input);
      const updated = await ctx.db.transaction((tx) => updateQuestion(tx, question.id, args.version, values, topicIds, ctx.now()));
      if (!updated)
        throw clientError('CONFLICT', 'The question changed since you opened it: reload it, then make your edit again.', {
          field: 'version',
        });
      return updated;
    },

    answer: async (_root, args, ctx) => {
      const question = await questionFor(ctx, 'questionId', args.questionId);
      const viewer = requireParticipant(ctx.viewer, 'answer questions');
      openForChanges(question, 'questionId', 'answering it');
      const body = validate.requiredText('body', 'an answer', args.body, 1, maxAnswer);
      await spend(ctx.limits.comment, viewer.id, `answers: you can post ${ctx.config.commentsPerMinute} a minute`);
      const mentioned = await mentionedMembers(ctx.db, mentionedHandles(body));
      const now = ctx.now();
      const answer = await ctx.db.transaction(async (tx) => {
        const created = await insertAnswer(tx, {
          questionId: question.id,
          authorId: viewer.id,
          departmentId: viewer.departmentId,
          body,
          createdAt: now,
        });
        await followQuestion(tx, viewer.id, question.id, now);
        await recordActivity(tx, {
          kind: 'ANSWER_POSTED',
          actorId: viewer.id,
          questionId: question.id,
          answerId: created.id,
          mentionedIds: mentioned,
          createdAt: now,
        });
        return created;
      });
      ctx.fanOut.kick();
      void ctx.publish(answerTopic(question.id), { id: answer.id });
      return answer;
    },

    editAnswer: async (_root, args, ctx) => {
      const viewer = requireParticipant(ctx.viewer, 'edit an answer');
      const { answer, question } = await answerFor(ctx, 'id', args.id);
      if (!canEditAnswer(viewer, answer)) throw clientError('FORBIDDEN', 'Only its author can edit an answer.');
      openForChanges(question, 'id', 'editing its answers');
      const body = validate.requiredText('body', 'an answer', args.body, 1, maxAnswer);
      if (body === answer.body) return answer;
      return ctx.db.transaction((tx) => editAnswer(tx, answer, body, ctx.now()));
    },

    acceptAnswer: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const { answer, question } = await answerFor(ctx, 'id', args.id);
      if (!canAcceptAnswer(viewer, question)) throw clientError('FORBIDDEN', 'Only the asker or a moderator can accept an answer.');
      if (answer.hiddenAt) throw clientError('CONFLICT', 'A hidden answer cannot be accepted.');
      const note = args.note == null ? null : (validate.text('note', args.note, maxNote) ?? null) || null;
      if (question.acceptedAnswerId === answer.id && question.acceptedNote === note) return question;
      const now = ctx.now();
      const updated = await ctx.db.transaction(async (tx) => {
        const accepted = await setAccepted(tx, question.id, answer.id, note, now);
        if (question.acceptedAnswerId !== answer.id)
          await recordActivity(tx, {
            kind: 'ANSWER_ACCEPTED',
            actorId: viewer.id,
            questionId: question.id,
            answerId: answer.id,
            note,
            createdAt: now,
          });
        return accepted;
      });
      ctx.fanOut.kick();
      return updated;
    },

    markAnswerHelpful: async (_root, args, ctx) => {
      const viewer = requireParticipant(ctx.viewer, 'mark answers helpful');
      const { answer } = await answerFor(ctx, 'id', args.id);
      if (answer.authorId === viewer.id) throw clientError('FORBIDDEN', 'You cannot mark your own answer helpful.');
      await ctx.db.transaction((tx) => setAnswerHelpful(tx, answer, viewer.id, args.helpful));
      return answer;
    },

    draftFromAnswer: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const { answer, question } = await answerFor(ctx, 'answerId', args.answerId);
      if (!canDraftFromAnswer(viewer, answer, question))
        throw clientError(
          'FORBIDDEN',
          question.acceptedAnswerId === answer.id
            ? 'Only the chief of the department that answered can draft a write-up from this answer.'
            : 'Only an accepted answer is drafted into a write-up: the asker accepts one first.',
          { field: 'answerId' },
        );
      privileged(viewer);
      const departmentId = viewer.departmentId!;
      const earlier = (await practicesDraftedFrom(ctx.db, [answer.id])).get(answer.id)?.find((p) => p.departmentId === departmentId);
      if (earlier) return earlier;
      const topics = (await topicsOfQuestions(ctx.db, [question.id])).get(question.id) ?? [];
      const content = readPracticeInput(
        draftOfAnswer(
          question,
          answer,
          topics.map((t) => t.slug),
        ),
      );
      return ctx.db.transaction((tx) =>
        insertDraft(tx, {
          content,
          topicIds: topics.map((t) => t.id),
          departmentId,
          authorId: viewer.id,
          note: 'Drafted from an accepted answer.',
          now: ctx.now(),
          sourceAnswerId: answer.id,
        }),
      );
    },

    replyToAnswer: async (_root, args, ctx) => {
      const { answer, question } = await answerFor(ctx, 'answerId', args.answerId);
      const viewer = requireParticipant(ctx.viewer, 'reply to answers');
      openForChanges(question, 'answerId', 'replying under its answers');
      if (answer.hiddenAt)
        throw clientError('CONFLICT', 'This answer is hidden by the moderators: it takes no replies.', {
          field: 'answerId',
          reason: 'ANSWER_HIDDEN',
        });
      const body = validate.requiredText('body', 'a reply', args.body, 1, maxReply);
      await spend(ctx.limits.comment, viewer.id, `replies: you can post ${ctx.config.commentsPerMinute} a minute`);
      return insertReply(ctx.db, { answerId: answer.id, authorId: viewer.id, body, createdAt: ctx.now() });
    },

    lockQuestion: async (_root, args, ctx) => {
      requireModerator(ctx.viewer);
      const question = await questionFor(ctx, 'id', args.id);
      if (Boolean(question.lockedAt) === args.locked) return question;
      return ctx.db.transaction(async (tx) => {
        const updated = await setQuestionLocked(tx, question.id, args.locked ? ctx.now() : null);
        await audit(
          ctx,
          { action: args.locked ? 'QUESTION_LOCKED' : 'QUESTION_UNLOCKED', outcome: 'SUCCESS', detail: `question ${question.id}` },
          tx,
        );
        return updated;
      });
    },
  },

  Subscription: {
    answerAdded: {
      subscribe: mercurius.withFilter(
        async (_root: unknown, args: unknown, ctx: MercuriusContext) => {
          const { questionId } = args as { questionId: string };
          await questionFor(ctx, 'questionId', questionId);
          return ctx.pubsub.subscribe(answerTopic(questionId.toLowerCase()));
        },
        // Asked again at every answer: the reader may have signed out, or the question been hidden, since the socket opened.
        async (payload: { id: string }, _args: unknown, ctx: MercuriusContext) => {
          if (ctx.viewer && !(await ctx.sessionStands(ctx.viewer))) return false;
          const answer = await findAnswer(ctx.db, payload.id);
          const question = answer ? await findQuestion(ctx.db, answer.questionId) : null;
          return Boolean(answer && question && !answer.hiddenAt && canSeeQuestion(ctx.viewer, question));
        },
      ),
      resolve: async (payload: { id: string }, _args: unknown, ctx: MercuriusContext) => {
        const answer = await findAnswer(ctx.db, payload.id);
        if (!answer) throw clientError('NOT_FOUND', 'That answer is gone.');
        return answer;
      },
    },
  },

  Question: {
    details: (q, _args, ctx) => (canEditQuestion(ctx.viewer, q) ? q.details : null),
    locked: (q) => q.lockedAt !== null,
    hidden: (q) => q.hiddenAt !== null,
    viewerCan: (q, _args, ctx) => ({
      edit: canEditQuestion(ctx.viewer, q) && questionOpen(q),
      answer: canTakePartInQuestions(ctx.viewer) && questionOpen(q),
      accept: canAcceptAnswer(ctx.viewer, q),
      flag: canFlagQuestionOrAnswer(ctx.viewer, q),
      lock: canModerateQuestions(ctx.viewer),
      moderate: canModerateQuestions(ctx.viewer),
    }),
  },

  Answer: {
    body: (a, _args, ctx) => (canEditAnswer(ctx.viewer, a) ? a.body : null),
    edited: (a) => a.editedAt !== null,
  },
};

import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { Activity, Answer, AnswerReply } from '@muster/db';
import { batch, requestMemo } from '../../graphql/loaders.ts';
import { alongOr } from '../../json-rows.ts';
import { renderMarkdownOnce } from '../../markdown.ts';
import {
  canDraftFromAnswer,
  canEditAnswer,
  canFlagQuestionOrAnswer,
  canModerateQuestions,
  canReviewModeration,
  canSeeHidden,
  canSeePractice,
  canSeeQuestion,
  canTakePartInQuestions,
  questionOpen,
} from '../../policy.ts';
import { departmentsByIds } from '../departments/index.ts';
import { practicesDraftedFrom, practicesToMention, type PracticeRow } from '../practices/index.ts';
import { usersByIds, withMentionLinks } from '../users/index.ts';
import {
  answersByIds,
  answersMarkedBy,
  answersOfQuestions,
  helpfulCountsOfAnswers,
  newestQuestionsBy,
  questionsByIds,
  repliesOfAnswers,
  revisionsOfAnswers,
  type QuestionRow,
} from './questions.repository.ts';
import { questionPart } from './questions.parts.ts';

type Query<T, P = unknown> = { obj: T; params: P };

/** The answers the viewer may read: a hidden one only for its author and moderators. */
const answerShown = (ctx: MercuriusContext, a: Answer) => !a.hiddenAt || canSeeHidden(ctx.viewer, a);

/**
 * Questions by id, read once a request however many fields ask (an answer's question, whether it
 * is accepted, what the viewer may do with it): each id is fetched at most once.
 */
const requestQuestions = requestMemo<QuestionRow>();
const questionsOnce = (ctx: MercuriusContext, ids: string[]) =>
  requestQuestions.once(ctx, ids, (missing) => questionsByIds(ctx.db, missing));

/** Helpful counts read once a request for every answer asked about. */
async function helpfulCounts(ctx: MercuriusContext, ids: string[]): Promise<Map<string, number>> {
  return ids.length ? helpfulCountsOfAnswers(ctx.db, ids) : new Map();
}

/** The newest `first` questions under each parent the viewer may read. */
function newestBy(by: 'topic' | 'department' | 'author' | 'answerer', cap = 20) {
  return async (queries: Query<{ id: string }, { first?: number }>[], ctx: MercuriusContext) => {
    const limit = Math.min(Math.max(...queries.map((q) => q.params?.first ?? 5), 1), cap);
    const found = await newestQuestionsBy(ctx.db, ctx.viewer, by, [...new Set(queries.map((q) => q.obj.id))], limit);
    return queries.map((q) => (found.get(q.obj.id) ?? []).slice(0, Math.max(0, Math.min(q.params?.first ?? 5, cap))));
  };
}

const author = batch(
  (o: { authorId: string | null }) => o.authorId,
  (ids, ctx) => usersByIds(ctx.db, ids),
);
const department = batch(
  (o: { departmentId: string | null }) => o.departmentId,
  (ids, ctx) => departmentsByIds(ctx.db, ids),
);

/** Write-up addresses in an answer (…/practices/<slug>), each once, in the order written. */
function practiceSlugsIn(body: string): string[] {
  return [
    ...new Set([...body.matchAll(/(?:^|[\s(<])(?:https?:\/\/[^\s/]+)?\/practices\/([a-z0-9]+(?:-[a-z0-9]+)*)/g)].map((m) => m[1]!)),
  ].slice(0, 10);
}

export const loaders: MercuriusLoaders = {
  Question: {
    author: questionPart('author'),
    department: alongOr('department', questionPart('department')),
    topics: alongOr('topics', questionPart('topics')),
    detailsHtml: async (queries: Query<QuestionRow>[], ctx) =>
      withMentionLinks(
        ctx,
        queries.map(({ obj: q }) => renderMarkdownOnce(`question:${q.id}:${q.version}`, q.details, { mentions: true })),
      ),
    // The accepted answer first, then the most helpful, then the oldest.
    answers: async (queries: Query<QuestionRow>[], ctx) => {
      const byQuestion = await answersOfQuestions(ctx.db, [...new Set(queries.map((q) => q.obj.id))]);
      const all = [...byQuestion.values()].flat().filter((a) => answerShown(ctx, a));
      const counts = await helpfulCounts(
        ctx,
        all.map((a) => a.id),
      );
      return queries.map(({ obj: q }) =>
        (byQuestion.get(q.id) ?? [])
          .filter((a) => answerShown(ctx, a))
          .sort(
            (a, b) =>
              Number(b.id === q.acceptedAnswerId) - Number(a.id === q.acceptedAnswerId) ||
              (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) ||
              a.createdAt.getTime() - b.createdAt.getTime(),
          ),
      );
    },
    acceptedAnswer: async (queries: Query<QuestionRow>[], ctx) => {
      const ids = [...new Set(queries.flatMap((q) => (q.obj.acceptedAnswerId ? [q.obj.acceptedAnswerId] : [])))];
      const found = ids.length ? await answersByIds(ctx.db, ids) : new Map<string, Answer>();
      return queries.map((q) => {
        const a = q.obj.acceptedAnswerId ? found.get(q.obj.acceptedAnswerId) : undefined;
        return a && answerShown(ctx, a) ? a : null;
      });
    },
  },
  Answer: {
    author,
    department,
    question: batch(
      (a: Answer) => a.questionId,
      (ids, ctx) => questionsOnce(ctx, ids),
    ),
    // A hidden answer's words reach only its author and moderators.
    bodyHtml: async (queries: Query<Answer>[], ctx) =>
      withMentionLinks(
        ctx,
        queries.map(({ obj: a }) =>
          answerShown(ctx, a) ? renderMarkdownOnce(`answer:${a.id}:${a.editedAt?.getTime() ?? 0}`, a.body, { mentions: true }) : '',
        ),
      ),
    practices: async (queries: Query<Answer>[], ctx) => {
      const slugsOf = queries.map((q) => (answerShown(ctx, q.obj) ? practiceSlugsIn(q.obj.body) : []));
      const found = await practicesToMention(ctx.db, ctx.viewer, [...new Set(slugsOf.flat())]);
      return slugsOf.map((slugs) => {
        const seen = new Set<string>();
        return slugs.flatMap((s) => {
          const p = found.get(s);
          if (!p || seen.has(p.id)) return [];
          seen.add(p.id);
          return [p];
        });
      });
    },
    accepted: async (queries: Query<Answer>[], ctx) => {
      const found = await questionsOnce(
        ctx,
        queries.map((q) => q.obj.questionId),
      );
      return queries.map((q) => found.get(q.obj.questionId)?.acceptedAnswerId === q.obj.id);
    },
    helpfulCount: async (queries: Query<Answer>[], ctx) => {
      const counts = await helpfulCounts(ctx, [...new Set(queries.map((q) => q.obj.id))]);
      return queries.map((q) => counts.get(q.obj.id) ?? 0);
    },
    viewerFoundHelpful: async (queries: Query<Answer>[], ctx) => {
      if (!ctx.viewer) return queries.map(() => false);
      const marked = await answersMarkedBy(ctx.db, ctx.viewer.id, [...new Set(queries.map((q) => q.obj.id))]);
      return queries.map((q) => marked.has(q.obj.id));
    },
    replies: batch(
      (a: Answer) => a.id,
      (ids, ctx) => repliesOfAnswers(ctx.db, ids),
      [],
    ),
    viewerCan: async (queries: Query<Answer>[], ctx) => {
      const questions = await questionsOnce(
        ctx,
        queries.map((q) => q.obj.questionId),
      );
      const participant = canTakePartInQuestions(ctx.viewer);
      return queries.map(({ obj: a }) => {
        const question = questions.get(a.questionId);
        const open = Boolean(question && questionOpen(question));
        return {
          edit: canEditAnswer(ctx.viewer, a) && open,
          markHelpful: participant && a.authorId !== ctx.viewer?.id && !a.hiddenAt,
          reply: participant && open && !a.hiddenAt,
          draftWriteUp: Boolean(question && canDraftFromAnswer(ctx.viewer, a, question)),
          flag: canFlagQuestionOrAnswer(ctx.viewer, a),
          moderate: canModerateQuestions(ctx.viewer),
        };
      });
    },
    writeUps: async (queries: Query<Answer>[], ctx) => {
      const found = await practicesDraftedFrom(ctx.db, [...new Set(queries.map((q) => q.obj.id))]);
      return queries.map((q) => (found.get(q.obj.id) ?? []).filter((p) => canSeePractice(ctx.viewer, p)));
    },
    revisions: async (queries: Query<Answer>[], ctx) => {
      if (!canReviewModeration(ctx.viewer)) return queries.map(() => null);
      const found = await revisionsOfAnswers(ctx.db, [...new Set(queries.map((q) => q.obj.id))]);
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
  },
  AnswerReply: {
    author,
    bodyHtml: async (queries: Query<AnswerReply>[], ctx) =>
      withMentionLinks(
        ctx,
        queries.map(({ obj: r }) => renderMarkdownOnce(`answer-reply:${r.id}`, r.body, { mentions: true })),
      ),
  },
  Practice: {
    // The question behind a harvested write-up, when the viewer may read it and the answer still shows.
    sourceQuestion: async (queries: Query<PracticeRow>[], ctx) => {
      const answerIds = [...new Set(queries.flatMap((q) => (q.obj.sourceAnswerId ? [q.obj.sourceAnswerId] : [])))];
      if (answerIds.length === 0) return queries.map(() => null);
      const answers = await answersByIds(ctx.db, answerIds);
      const questions = await questionsOnce(
        ctx,
        [...answers.values()].map((a) => a.questionId),
      );
      return queries.map((q) => {
        const answer = q.obj.sourceAnswerId ? answers.get(q.obj.sourceAnswerId) : undefined;
        const question = answer ? questions.get(answer.questionId) : undefined;
        return answer && question && canSeeQuestion(ctx.viewer, question) && answerShown(ctx, answer) ? question : null;
      });
    },
  },
  Topic: { questions: newestBy('topic') },
  Department: { questions: newestBy('department') },
  User: { questions: newestBy('author'), answeredQuestions: newestBy('answerer') },
  Activity: {
    // Null when the viewer may not read it (a MEMBERS question seen by a visitor, one hidden since).
    question: async (queries: Query<Activity>[], ctx) => {
      const ids = [...new Set(queries.flatMap((q) => (q.obj.questionId ? [q.obj.questionId] : [])))];
      const found = await questionsOnce(ctx, ids);
      return queries.map((q) => {
        const question = q.obj.questionId ? found.get(q.obj.questionId) : undefined;
        return question && canSeeQuestion(ctx.viewer, question) ? question : null;
      });
    },
    answer: async (queries: Query<Activity>[], ctx) => {
      const ids = [...new Set(queries.flatMap((q) => (q.obj.answerId ? [q.obj.answerId] : [])))];
      const answers = ids.length ? await answersByIds(ctx.db, ids) : new Map<string, Answer>();
      const questions = await questionsOnce(
        ctx,
        [...answers.values()].map((a) => a.questionId),
      );
      return queries.map((q) => {
        const answer = q.obj.answerId ? answers.get(q.obj.answerId) : undefined;
        const question = answer ? questions.get(answer.questionId) : undefined;
        return answer && question && canSeeQuestion(ctx.viewer, question) && answerShown(ctx, answer) ? answer : null;
      });
    },
  },
};

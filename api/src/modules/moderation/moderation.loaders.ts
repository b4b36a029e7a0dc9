import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { FeaturedCaseStudy, Flag } from '@muster/db';
import { batch } from '../../graphql/loaders.ts';
import { canReviewModeration, canSeeInactiveFeatures } from '../../policy.ts';
import { commentsByIds } from '../discussion/index.ts';
import { messagesByIds } from '../messages/index.ts';
import { partOf, practicesByIds, type PracticeRow } from '../practices/index.ts';
import { answersByIds, questionsByIds } from '../questions/index.ts';
import { usersByIds } from '../users/index.ts';
import {
  flagsOnTargets,
  historiesOf,
  isCurrent,
  openFlagCounts,
  type FeaturedWithPractice,
  type HistoryEvent,
  type ModerationTarget,
} from './moderation.repository.ts';

type Queries<T> = { obj: T; params: unknown }[];
const staffOnly =
  <T>(load: (queries: Queries<T>, ctx: MercuriusContext) => Promise<unknown[]>) =>
  async (queries: Queries<T>, ctx: MercuriusContext) =>
    canReviewModeration(ctx.viewer) ? load(queries, ctx) : queries.map(() => null);

export const loaders: MercuriusLoaders = {
  Flag: {
    practice: batch(
      (f: Flag) => f.practiceId,
      (ids, ctx) => practicesByIds(ctx.db, ids),
    ),
    comment: batch(
      (f: Flag) => (f.targetType === 'COMMENT' ? f.targetId : null),
      (ids, ctx) => commentsByIds(ctx.db, ids),
    ),
    question: batch(
      (f: Flag) => f.questionId,
      (ids, ctx) => questionsByIds(ctx.db, ids),
    ),
    answer: batch(
      (f: Flag) => (f.targetType === 'ANSWER' ? f.targetId : null),
      (ids, ctx) => answersByIds(ctx.db, ids),
    ),
    flagger: staffOnly(
      batch(
        (f: Flag) => f.flaggerId,
        (ids, ctx) => usersByIds(ctx.db, ids),
      ),
    ),
    targetFlags: staffOnly(
      batch(
        (f: Flag) => f.targetId,
        (ids, ctx) => flagsOnTargets(ctx.db, ids),
        [],
      ),
    ),
    targetHidden: async (queries: Queries<Flag>, ctx) => {
      const practices = await practicesByIds(ctx.db, [
        ...new Set(queries.filter((q) => q.obj.targetType === 'PRACTICE').map((q) => q.obj.targetId)),
      ]);
      const comments = await commentsByIds(ctx.db, [
        ...new Set(queries.filter((q) => q.obj.targetType === 'COMMENT').map((q) => q.obj.targetId)),
      ]);
      const idsOf = (type: Flag['targetType']) => [...new Set(queries.filter((q) => q.obj.targetType === type).map((q) => q.obj.targetId))];
      const none = new Map<string, { hiddenAt: Date | null }>();
      const messageIds = idsOf('MESSAGE');
      const messages = messageIds.length ? await messagesByIds(ctx.db, messageIds) : none;
      const questionIds = idsOf('QUESTION');
      const questions = questionIds.length ? await questionsByIds(ctx.db, questionIds) : none;
      const answerIds = idsOf('ANSWER');
      const answers = answerIds.length ? await answersByIds(ctx.db, answerIds) : none;
      const targets = { PRACTICE: practices, COMMENT: comments, MESSAGE: messages, QUESTION: questions, ANSWER: answers } as Record<
        Flag['targetType'],
        Map<string, { hiddenAt: Date | null }>
      >;
      return queries.map((q) => Boolean(targets[q.obj.targetType].get(q.obj.targetId)?.hiddenAt));
    },
  },
  ModeratedItem: {
    practice: batch(
      (item: ModerationTarget) => item.practiceId,
      (ids, ctx) => practicesByIds(ctx.db, ids),
    ),
    comment: batch(
      (item: ModerationTarget) => (item.type === 'COMMENT' ? item.id : null),
      (ids, ctx) => commentsByIds(ctx.db, ids),
    ),
    question: batch(
      (item: ModerationTarget) => item.questionId,
      (ids, ctx) => questionsByIds(ctx.db, ids),
    ),
    answer: batch(
      (item: ModerationTarget) => (item.type === 'ANSWER' ? item.id : null),
      (ids, ctx) => answersByIds(ctx.db, ids),
    ),
    author: batch(
      (item: ModerationTarget) => item.authorId,
      (ids, ctx) => usersByIds(ctx.db, ids),
    ),
    openFlagCount: batch(
      (item: ModerationTarget) => item.id,
      (ids, ctx) => openFlagCounts(ctx.db, ids),
      0,
    ),
    history: batch(
      (item: ModerationTarget) => item.id,
      (ids, ctx) => historiesOf(ctx.db, ids),
      [],
    ),
  },
  ModerationEvent: {
    by: batch(
      (event: HistoryEvent) => event.byId,
      (ids, ctx) => usersByIds(ctx.db, ids),
    ),
  },
  Question: {
    moderationHistory: staffOnly(
      batch(
        (q: { id: string }) => q.id,
        (ids, ctx) => historiesOf(ctx.db, ids),
        [],
      ),
    ),
  },
  Answer: {
    moderationHistory: staffOnly(
      batch(
        (a: { id: string }) => a.id,
        (ids, ctx) => historiesOf(ctx.db, ids),
        [],
      ),
    ),
  },
  Comment: {
    moderationHistory: staffOnly(
      batch(
        (c: { id: string }) => c.id,
        (ids, ctx) => historiesOf(ctx.db, ids),
        [],
      ),
    ),
  },
  FeaturedCaseStudy: {
    // The list of case studies reads each one's write-up with it; a case study from elsewhere has it fetched here.
    practice: async (queries: Queries<FeaturedWithPractice>, ctx) => {
      const missing = [...new Set(queries.filter((q) => !q.obj.practice).map((q) => q.obj.practiceId))];
      const found = missing.length ? await practicesByIds(ctx.db, missing) : new Map<string, PracticeRow>();
      return queries.map((q) => q.obj.practice ?? found.get(q.obj.practiceId) ?? null);
    },
    featuredBy: batch(
      (f: FeaturedCaseStudy) => f.featuredById,
      (ids, ctx) => usersByIds(ctx.db, ids),
    ),
  },
  Practice: {
    moderationHistory: staffOnly(
      batch(
        (p: { id: string }) => p.id,
        (ids, ctx) => historiesOf(ctx.db, ids),
        [],
      ),
    ),
    // Moderators see a scheduled or ended case study too; everyone else only a current one.
    featured: async (queries: Queries<{ id: string }>, ctx) => {
      const found = await partOf(ctx, 'featured', [...new Set(queries.map((q) => q.obj.id))]);
      return queries.map((q) => {
        const featured = found.get(q.obj.id);
        return featured && (canSeeInactiveFeatures(ctx.viewer) || isCurrent(featured, ctx.now())) ? featured : null;
      });
    },
  },
};

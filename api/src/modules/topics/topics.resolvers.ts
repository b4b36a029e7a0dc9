import type { IResolvers } from 'mercurius';
import type { Topic } from '@muster/db';
import type { PageArgs } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import { practiceConnection } from '../practices/practices.resolvers.ts';
import { findTopicBySlug, listTopics } from './topics.repository.ts';

export const resolvers: IResolvers = {
  Query: {
    topics: (_root, _args, ctx) => listTopics(ctx.db),
    topic: (_root, args: { slug: string }, ctx) => findTopicBySlug(ctx.db, validate.slug('slug', args.slug)),
  },
  Topic: {
    practices: (topic: Topic, args: PageArgs & { orderBy?: 'NEWEST' | 'TITLE' | 'RELEVANCE' }, ctx) =>
      practiceConnection(ctx, args, { topics: [topic.slug] }),
  },
};

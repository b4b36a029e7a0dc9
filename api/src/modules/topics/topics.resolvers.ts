import type { Resolvers } from '../../generated/graphql.ts';
import { asksFor } from '../../graphql/selection.ts';
import * as validate from '../../graphql/validate.ts';
import { practiceConnection } from '../practices/index.ts';
import { listTopicsOnce, visibleTotals } from '../search/index.ts';
import { findTopicBySlug } from './topics.repository.ts';

export const resolvers: Resolvers = {
  Query: {
    topics: (_root, _args, ctx, info) => listTopicsOnce(ctx, asksFor(info, 'practiceCount')),
    topic: async (_root, args, ctx, info) => {
      const slug = validate.slug('slug', args.slug);
      // Its count is read with every topic's: the topic comes along in that statement.
      if (asksFor(info, 'practiceCount')) return (await listTopicsOnce(ctx, true)).find((t) => t.slug === slug) ?? null;
      return findTopicBySlug(ctx.db, slug);
    },
  },
  Topic: {
    practices: (topic, args, ctx) =>
      // The list's total is the topic's count, read with every topic's (Topic.practiceCount) at once.
      practiceConnection(ctx, args, { topics: [topic.slug] }, async () => (await visibleTotals(ctx)).byTopic.get(topic.id) ?? 0),
  },
};

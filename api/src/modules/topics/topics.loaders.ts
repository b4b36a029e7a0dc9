import type { MercuriusLoaders } from 'mercurius';
import type { Topic } from '@muster/db';
import { batch } from '../../graphql/loaders.ts';
import { countPracticesByTopic } from '../practices/practices.repository.ts';

export const loaders: MercuriusLoaders = {
  Topic: {
    practiceCount: batch((t: Topic) => t.id, (ids, ctx) => countPracticesByTopic(ctx.db, ctx.viewer, ids), 0),
  },
};

import type { MercuriusLoaders } from 'mercurius';
import type { Topic } from '@muster/db';
import { batch } from '../../graphql/loaders.ts';
import { visibleTotals } from '../search/index.ts';

export const loaders: MercuriusLoaders = {
  Topic: {
    // Every topic's count in one read of the search index's bitmaps, whichever topics were asked for.
    practiceCount: batch(
      (t: Topic) => t.id,
      async (_ids, ctx) => (await visibleTotals(ctx)).byTopic,
      0,
    ),
  },
};

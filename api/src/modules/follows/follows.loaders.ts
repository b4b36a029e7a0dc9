import type { MercuriusLoaders } from 'mercurius';
import type { FollowTarget } from '@muster/db';
import { batch } from '../../graphql/loaders.ts';
import { partLoader } from '../practices/index.ts';
import { followedAmong, followerCounts } from './follows.repository.ts';

type Query = { obj: { id: string } };

function followerCount(target: FollowTarget) {
  return batch(
    (o: { id: string }) => o.id,
    (ids, ctx) => followerCounts(ctx.db, target, ids),
    0,
  );
}

function viewerFollows(target: FollowTarget) {
  return async (queries: Query[], ctx: Parameters<ReturnType<typeof followerCount>>[1]) => {
    if (!ctx.viewer) return queries.map(() => false);
    const followed = await followedAmong(ctx.db, ctx.viewer.id, target, [...new Set(queries.map((q) => q.obj.id))]);
    return queries.map((q) => followed.has(q.obj.id));
  };
}

export const loaders: MercuriusLoaders = {
  // A write-up's follows come with its other parts (practices.parts.ts).
  Practice: { followerCount: partLoader('followerCount'), viewerFollows: partLoader('viewerFollows') },
  Topic: { followerCount: followerCount('TOPIC'), viewerFollows: viewerFollows('TOPIC') },
  Department: { followerCount: followerCount('DEPARTMENT'), viewerFollows: viewerFollows('DEPARTMENT') },
  User: { followerCount: followerCount('USER'), viewerFollows: viewerFollows('USER') },
  Event: { followerCount: followerCount('EVENT'), viewerFollows: viewerFollows('EVENT') },
  Question: { viewerFollows: viewerFollows('QUESTION') },
};

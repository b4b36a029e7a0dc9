import type { Resolvers } from '../../generated/graphql.ts';
import type { FollowTarget } from '@muster/db';
import { badInput, clientError } from '../../graphql/errors.ts';
import * as validate from '../../graphql/validate.ts';
import { requireViewer } from '../../policy.ts';
import { addFollow, followingOf, removeFollow, targetExists } from './follows.repository.ts';

const names: Record<FollowTarget, string> = {
  PRACTICE: 'write-up',
  TOPIC: 'topic',
  DEPARTMENT: 'department',
  USER: 'member',
  EVENT: 'event',
  QUESTION: 'question',
};

export const resolvers: Resolvers = {
  Query: {
    following: (_root, _args, ctx) => followingOf(ctx.db, requireViewer(ctx.viewer)),
  },
  Mutation: {
    follow: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const id = validate.uuid('id', args.id);
      if (args.target === 'USER' && id === viewer.id) throw badInput('id', 'You cannot follow yourself.');
      if (!(await targetExists(ctx.db, ctx.viewer, args.target, id)))
        throw clientError('NOT_FOUND', `There is no ${names[args.target]} with that ID.`, { field: 'id' });
      await addFollow(ctx.db, viewer.id, args.target, id, ctx.now());
      return true;
    },
    unfollow: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      await removeFollow(ctx.db, viewer.id, args.target, validate.uuid('id', args.id));
      return false;
    },
  },
};

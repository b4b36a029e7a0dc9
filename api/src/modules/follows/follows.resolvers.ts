import type { IResolvers, MercuriusContext } from 'mercurius';
import { departments, events, topics, users, type FollowTarget } from '@muster/db';
import { eq } from 'drizzle-orm';
import { badInput, clientError } from '../../graphql/errors.ts';
import * as validate from '../../graphql/validate.ts';
import { canSeePractice, requireViewer } from '../../policy.ts';
import { findPracticeById } from '../practices/practices.repository.ts';
import { addFollow, followingOf, removeFollow } from './follows.repository.ts';

const names: Record<FollowTarget, string> = {
  PRACTICE: 'write-up',
  TOPIC: 'topic',
  DEPARTMENT: 'department',
  USER: 'member',
  EVENT: 'event',
};

/** Whether the target exists for this viewer: the same rules as opening its page. */
async function targetExists(ctx: MercuriusContext, target: FollowTarget, id: string): Promise<boolean> {
  switch (target) {
    case 'PRACTICE': {
      const practice = await findPracticeById(ctx.db, id);
      return Boolean(practice && canSeePractice(ctx.viewer, practice));
    }
    case 'TOPIC':
      return (await ctx.db.select({ id: topics.id }).from(topics).where(eq(topics.id, id))).length > 0;
    case 'DEPARTMENT':
      return (await ctx.db.select({ id: departments.id }).from(departments).where(eq(departments.id, id))).length > 0;
    case 'USER': {
      const [user] = await ctx.db.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, id));
      return Boolean(user && !user.disabledAt);
    }
    case 'EVENT':
      return (await ctx.db.select({ id: events.id }).from(events).where(eq(events.id, id))).length > 0;
  }
}

export const resolvers: IResolvers = {
  Query: {
    following: (_root, _args, ctx) => followingOf(ctx.db, requireViewer(ctx.viewer)),
  },
  Mutation: {
    follow: async (_root, args: { target: FollowTarget; id: string }, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const id = validate.uuid('id', args.id);
      if (args.target === 'USER' && id === viewer.id) throw badInput('id', 'You cannot follow yourself.');
      if (!(await targetExists(ctx, args.target, id))) throw clientError('NOT_FOUND', `There is no ${names[args.target]} with that ID.`, { field: 'id' });
      await addFollow(ctx.db, viewer.id, args.target, id, ctx.now());
      return true;
    },
    unfollow: async (_root, args: { target: FollowTarget; id: string }, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      await removeFollow(ctx.db, viewer.id, args.target, validate.uuid('id', args.id));
      return false;
    },
  },
};

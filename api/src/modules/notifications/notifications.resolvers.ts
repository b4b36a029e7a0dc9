import mercurius, { type MercuriusContext } from 'mercurius';
import type { Resolvers } from '../../generated/graphql.ts';
import { badInput, clientError } from '../../graphql/errors.ts';
import { countTogether } from '../../graphql/counts.ts';
import { connection, readPage } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import { canSeePrivateFields, requireViewer } from '../../policy.ts';
import { updateUser } from '../users/index.ts';
import { notificationTopic } from './fan-out.ts';
import { feedOf, findNotification, listNotifications, markRead, notOwned, unreadNotifications } from './notifications.repository.ts';

function notificationIds(ids: string[]): number[] {
  validate.listSize('ids', ids, 100);
  return ids.map((id) => {
    if (!/^\d{1,15}$/.test(id)) throw badInput('ids', `"${id}" is not a notification ID.`);
    return Number(id);
  });
}

export const resolvers: Resolvers = {
  Query: {
    feed: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const page = readPage<[number]>(args, 20, ['integer']);
      const { rows, totalCount } = await feedOf(ctx.db, viewer, page);
      return connection(rows, page.limit, totalCount, (a) => [a.id]);
    },
    notifications: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const page = readPage<[number]>(args, 20, ['integer']);
      const { rows, totalCount } = await listNotifications(ctx.db, viewer, Boolean(args.unreadOnly), page);
      return connection(rows, page.limit, totalCount, (n) => [n.id]);
    },
    unreadNotificationCount: (_root, _args, ctx) => countTogether(ctx, unreadNotifications(ctx.db, requireViewer(ctx.viewer))),
  },
  Mutation: {
    markNotificationsRead: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const ids = args.ids ? notificationIds(args.ids) : null;
      if (ids?.length) {
        // Someone else's notification is not there for this member: refuse the whole call, change nothing.
        const missing = await notOwned(ctx.db, viewer.id, ids);
        if (missing.length) throw clientError('NOT_FOUND', `You have no notification with ID ${missing.join(', ')}.`, { field: 'ids' });
      }
      return markRead(ctx.db, viewer.id, ids, ctx.now());
    },
    setEmailPreference: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const updated = await updateUser(ctx.db, viewer.id, { emailNotifications: args.preference });
      // The account was removed after the session was read: User! cannot answer null.
      if (!updated) throw clientError('UNAUTHENTICATED', 'Sign in to do this.');
      return updated;
    },
  },
  Subscription: {
    notificationAdded: {
      subscribe: mercurius.withFilter(
        async (_root: unknown, _args: unknown, ctx: MercuriusContext) => {
          const viewer = requireViewer(ctx.viewer);
          return ctx.pubsub.subscribe(notificationTopic(viewer.id));
        },
        // The socket was authorised when it opened; a member who has since signed out hears nothing more.
        async (payload: { id: number }, _args: unknown, ctx: MercuriusContext) =>
          Boolean(
            ctx.viewer &&
            (await ctx.sessionStands(ctx.viewer)) &&
            (await findNotification(ctx.db, payload.id))?.recipientId === ctx.viewer.id,
          ),
      ),
      // The event carries only the id; the member's own context loads what they may see.
      resolve: async (payload: { id: number }, _args: unknown, ctx: MercuriusContext) => {
        const notification = await findNotification(ctx.db, payload.id);
        // Removed since the filter read it (its recipient's account was deleted): Notification! cannot answer null.
        if (!notification) throw clientError('NOT_FOUND', 'That notification is gone.');
        return notification;
      },
    },
  },
  Notification: {
    id: (n) => String(n.id),
    read: (n) => n.readAt !== null,
  },
  Activity: {
    id: (a) => String(a.id),
  },
  User: {
    emailNotifications: (u, _args, ctx) => (canSeePrivateFields(ctx.viewer, u) ? u.emailNotifications : null),
  },
};

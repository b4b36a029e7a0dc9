import mercurius, { type IResolvers, type MercuriusContext } from 'mercurius';
import type { Activity, EmailPreference, Notification, User } from '@muster/db';
import { badInput, clientError } from '../../graphql/errors.ts';
import { countTogether } from '../../graphql/counts.ts';
import { connection, readPage, type PageArgs } from '../../graphql/pagination.ts';
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

export const resolvers: IResolvers = {
  Query: {
    feed: async (_root, args: PageArgs, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const page = readPage<[number]>(args, 20, ['integer']);
      const { rows, totalCount } = await feedOf(ctx.db, viewer, page);
      return connection(rows, page.limit, totalCount, (a) => [a.id]);
    },
    notifications: async (_root, args: PageArgs & { unreadOnly?: boolean | null }, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const page = readPage<[number]>(args, 20, ['integer']);
      const { rows, totalCount } = await listNotifications(ctx.db, viewer, Boolean(args.unreadOnly), page);
      return connection(rows, page.limit, totalCount, (n) => [n.id]);
    },
    unreadNotificationCount: (_root, _args, ctx) => countTogether(ctx, unreadNotifications(ctx.db, requireViewer(ctx.viewer))),
  },
  Mutation: {
    markNotificationsRead: async (_root, args: { ids?: string[] | null }, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const ids = args.ids ? notificationIds(args.ids) : null;
      if (ids?.length) {
        // Someone else's notification is not there for this member: refuse the whole call, change nothing.
        const missing = await notOwned(ctx.db, viewer.id, ids);
        if (missing.length) throw clientError('NOT_FOUND', `You have no notification with ID ${missing.join(', ')}.`, { field: 'ids' });
      }
      return markRead(ctx.db, viewer.id, ids, ctx.now());
    },
    setEmailPreference: async (_root, args: { preference: EmailPreference }, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      return updateUser(ctx.db, viewer.id, { emailNotifications: args.preference });
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
      resolve: (payload: { id: number }, _args: unknown, ctx: MercuriusContext) => findNotification(ctx.db, payload.id),
    },
  },
  Notification: {
    id: (n: Notification) => String(n.id),
    read: (n: Notification) => n.readAt !== null,
  },
  Activity: {
    id: (a: Activity) => String(a.id),
  },
  User: {
    emailNotifications: (u: User, _args, ctx) => (canSeePrivateFields(ctx.viewer, u) ? u.emailNotifications : null),
  },
};

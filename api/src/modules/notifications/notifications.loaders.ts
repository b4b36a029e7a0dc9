import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { Activity, Notification } from '@muster/db';
import { batch } from '../../graphql/loaders.ts';
import { usersByIds } from '../users/index.ts';
import { notificationLines } from './mail-texts.ts';
import { activitiesByIds } from './notifications.repository.ts';

/** A request's notification lines: text and path come from the same query, asked once per page. */
const requestLines = new WeakMap<object, Map<string, ReturnType<typeof notificationLines>>>();

function linesOf(ctx: MercuriusContext, ids: string[]): ReturnType<typeof notificationLines> {
  let asked = requestLines.get(ctx);
  if (!asked) requestLines.set(ctx, (asked = new Map()));
  const key = ids.join(',');
  let lines = asked.get(key);
  if (!lines) {
    // A subscription's context lasts as long as its socket: keep only recent pages.
    if (asked.size >= 20) asked.clear();
    asked.set(key, (lines = notificationLines(ctx.db, ids.map(Number), '')));
  }
  return lines;
}

export const loaders: MercuriusLoaders = {
  Notification: {
    activity: batch(
      (n: Notification) => String(n.activityId),
      (ids, ctx) => activitiesByIds(ctx.db, ids.map(Number)),
    ),
    text: batch(
      (n: Notification) => String(n.id),
      async (ids, ctx) => new Map((await linesOf(ctx, ids)).map((line) => [String(line.notificationId), line.text])),
      '',
    ),
    path: batch(
      (n: Notification) => String(n.id),
      async (ids, ctx) => new Map((await linesOf(ctx, ids)).map((line) => [String(line.notificationId), line.path])),
      '/notifications',
    ),
  },
  Activity: {
    actor: batch(
      (a: Activity) => a.actorId,
      (ids, ctx) => usersByIds(ctx.db, ids),
    ),
  },
};

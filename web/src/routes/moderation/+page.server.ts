import { error } from '@sveltejs/kit';
import { scheduleOf } from '$lib/components/CaseStudyCard.svelte';
import { gql, toPageError } from '$lib/server/api';
import { requireViewer } from '$lib/server/session';
import type { Connection } from '$lib/types';
import { cursorFrom } from '$lib/url';
import type { Actions, PageServerLoad } from './$types';
import { HANDLE, cursorParam } from './dashboard.server';
import { discussionLockActions } from './discussion-locks.server';
import { FEATURED, featuredActions, type FeaturedAnswer } from './featured-case-studies.server';
import { FLAG_QUEUE, flagQueueActions } from './flag-queue.server';
import { HIDDEN_CONTENT, hiddenContentActions } from './hidden-content.server';
import {
  DONE,
  type DoneKey,
  type FeaturedRow,
  type HiddenItem,
  type LogEntry,
  type ModerationSummary,
  type QueueEntry,
} from './moderation';
import { MODERATION_LOG } from './moderation-log.server';
import { suspensionActions } from './suspensions.server';

const QUEUE_PER_PAGE = 20;
const LOG_PER_PAGE = 20;

/** The whole dashboard in one document: each queue brings its own fragment. */
const DASHBOARD = /* GraphQL */ `
  query ModerationDashboard($first: Int!, $after: String, $logFirst: Int!, $logAfter: String, $hiddenAfter: String) {
    ...HiddenContent
    moderationSummary {
      openFlags
      flaggedItems
      pendingMembers
      currentFeatured
    }
    ...FlagQueue
    ...ModerationLog
    ...Featured
  }
  ${HIDDEN_CONTENT}
  ${FLAG_QUEUE}
  ${MODERATION_LOG}
  ${FEATURED}
`;

export const load: PageServerLoad = async (event) => {
  const viewer = requireViewer(event);
  // The API refuses a member too; asking first would only spend a request to learn it.
  if (!viewer.viewerCan?.moderate) error(403, 'The moderation dashboard is for Muster’s moderators.');

  const data = await gql<{
    moderationSummary: ModerationSummary;
    moderationQueue: Connection<QueueEntry>;
    moderationLog: Connection<LogEntry>;
    hiddenContent: Connection<HiddenItem>;
    featured: FeaturedAnswer[];
  }>(event, DASHBOARD, {
    hiddenAfter: cursorParam(event.url, 'hidden'),
    first: QUEUE_PER_PAGE,
    after: cursorFrom(event.url),
    logFirst: LOG_PER_PAGE,
    logAfter: cursorParam(event.url, 'log'),
  }).catch((err) => toPageError(err, event.url));

  const today = new Date().toISOString().slice(0, 10);
  const done = event.url.searchParams.get('done') ?? '';
  const suspend = event.url.searchParams.get('suspend') ?? '';
  return {
    summary: data.moderationSummary,
    queue: data.moderationQueue.edges.map((e) => e.node),
    queueCount: data.moderationQueue.totalCount,
    queuePage: data.moderationQueue.pageInfo,
    log: data.moderationLog.edges.map((e) => e.node),
    logPage: data.moderationLog.pageInfo,
    laterLog: cursorParam(event.url, 'log') !== null,
    hidden: data.hiddenContent.edges.map((e) => e.node),
    hiddenCount: data.hiddenContent.totalCount,
    hiddenPage: data.hiddenContent.pageInfo,
    laterHidden: cursorParam(event.url, 'hidden') !== null,
    featured: data.featured.map(({ current, ...rest }): FeaturedRow => ({
      ...rest,
      schedule: scheduleOf({ current, startsOn: rest.startsOn }, today),
    })),
    done: Object.hasOwn(DONE, done) ? DONE[done as DoneKey] : null,
    // From a report's "suspend the author" link: the member's handle, ready in the form.
    suspendHandle: HANDLE.test(suspend) ? suspend : '',
  };
};

export const actions: Actions = {
  ...flagQueueActions,
  ...hiddenContentActions,
  ...featuredActions,
  ...discussionLockActions,
  ...suspensionActions,
};

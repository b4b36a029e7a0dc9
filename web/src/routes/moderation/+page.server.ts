import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { scheduleOf } from '$lib/components/CaseStudyCard.svelte';
import { MODERATION_EVENT_FIELDS } from '$lib/components/ModerationPanel.svelte';
import { gql, toPageError } from '$lib/server/api';
import { errorsFromApi, failFromApi, invalid, refuse, text, type FormErrors } from '$lib/server/forms';
import { requireViewer } from '$lib/server/session';
import type { Connection } from '$lib/types';
import { cursorFrom, pageHref } from '$lib/url';
import {
  DONE,
  type DoneKey,
  type FeaturedRow,
  type FlagAction,
  type HiddenItem,
  type LogEntry,
  type ModerationForm,
  type ModerationSummary,
  type QueueEntry,
} from './moderation';
import { slugFromAddress } from './practice-address';
import type { Actions, PageServerLoad } from './$types';

const QUEUE_PER_PAGE = 20;
const LOG_PER_PAGE = 20;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A member's handle, with or without its @. */
const HANDLE = /^@?[a-z0-9][a-z0-9-]{0,59}$/i;

const DASHBOARD = /* GraphQL */ `
	query ModerationDashboard($first: Int!, $after: String, $logFirst: Int!, $logAfter: String, $hiddenAfter: String) {
		hiddenContent(first: $first, after: $hiddenAfter) {
			totalCount
			edges {
				node {
					target
					id
					hiddenAt
					hiddenReason
					practice {
						slug
						title
					}
					comment {
						id
						bodyHtml
					}
					author {
						displayName
						handle
					}
					history {
						${MODERATION_EVENT_FIELDS}
					}
				}
			}
			pageInfo {
				hasNextPage
				endCursor
			}
		}
		moderationSummary {
			openFlags
			flaggedItems
			pendingMembers
			currentFeatured
		}
		moderationQueue(first: $first, after: $after) {
			totalCount
			edges {
				cursor
				node {
					id
					target
					urgency
					targetOpenFlagCount
					targetReasons
					targetHidden
					practice {
						slug
						title
						summary
						hiddenReason
						author {
							handle
							displayName
						}
						department {
							name
						}
					}
					comment {
						id
						bodyHtml
						deleted
						createdAt
						hiddenReason
						author {
							handle
							displayName
						}
					}
					message {
						id
						bodyHtml
						createdAt
						sender {
							handle
							displayName
						}
					}
					targetFlags {
						id
						reason
						note
						createdAt
						resolved
						action
						flagger {
							displayName
							handle
						}
					}
				}
			}
			pageInfo {
				hasNextPage
				endCursor
			}
		}
		moderationLog(first: $logFirst, after: $logAfter) {
			totalCount
			edges {
				cursor
				node {
					id
					at
					action
					actor {
						displayName
						handle
					}
					subject {
						displayName
						handle
					}
					detail
				}
			}
			pageInfo {
				hasNextPage
				endCursor
			}
		}
		featured(includeInactive: true) {
			...FeaturedRow
		}
	}

	fragment FeaturedRow on FeaturedCaseStudy {
		id
		note
		noteHtml
		position
		startsOn
		endsOn
		current
		practice {
			slug
			title
			department {
				name
			}
		}
	}
`;

const PRACTICE_BY_SLUG = /* GraphQL */ `
  query ModerationPractice($slug: String!) {
    practice(slug: $slug) {
      id
      slug
    }
  }
`;

const FEATURED_ORDER = /* GraphQL */ `
  query FeaturedOrder {
    featured(includeInactive: true) {
      id
      position
    }
  }
`;

const MEMBER_BY_HANDLE = /* GraphQL */ `
  query ModerationMember($handle: String!) {
    member(handle: $handle) {
      id
    }
  }
`;

const MODERATE = /* GraphQL */ `
  mutation Moderate($target: FlagTarget!, $id: ID!, $action: FlagAction!, $note: String) {
    moderate(target: $target, id: $id, action: $action, note: $note) {
      id
    }
  }
`;

const RESOLVE_FLAG = /* GraphQL */ `
  mutation ResolveFlag($id: ID!, $action: FlagAction!, $note: String) {
    resolveFlag(id: $id, action: $action, note: $note) {
      id
    }
  }
`;

const FEATURE_PRACTICE = /* GraphQL */ `
  mutation FeaturePractice($practiceId: ID!, $note: String!, $position: Int, $startsOn: Date, $endsOn: Date) {
    featurePractice(practiceId: $practiceId, note: $note, position: $position, startsOn: $startsOn, endsOn: $endsOn) {
      id
    }
  }
`;

const UPDATE_FEATURED = /* GraphQL */ `
  mutation UpdateFeatured($id: ID!, $input: FeatureInput!) {
    updateFeatured(id: $id, input: $input) {
      id
    }
  }
`;

const REORDER_FEATURED = /* GraphQL */ `
  mutation ReorderFeatured($ids: [ID!]!) {
    reorderFeatured(ids: $ids) {
      id
    }
  }
`;

const UNFEATURE = /* GraphQL */ `
  mutation Unfeature($id: ID!) {
    unfeature(id: $id)
  }
`;

const LOCK_DISCUSSION = /* GraphQL */ `
  mutation LockDiscussion($practiceId: ID!, $locked: Boolean!) {
    lockDiscussion(practiceId: $practiceId, locked: $locked) {
      id
    }
  }
`;

const SUSPEND_MEMBER = /* GraphQL */ `
  mutation SuspendMember($userId: ID!, $until: DateTime!, $reason: String!) {
    suspendMember(userId: $userId, until: $until, reason: $reason) {
      id
    }
  }
`;

const LIFT_SUSPENSION = /* GraphQL */ `
  mutation LiftSuspension($userId: ID!) {
    liftSuspension(userId: $userId) {
      id
    }
  }
`;

type FeaturedAnswer = Omit<FeaturedRow, 'schedule'> & { current: boolean };

/** `?hidden=`: the cursor the list of hidden items starts after. */
function hiddenCursorFrom(url: URL): string | null {
  const after = url.searchParams.get('hidden');
  return after && after.length <= 500 ? after : null;
}

/** `?log=`: the cursor the moderation log starts after. */
function logCursorFrom(url: URL): string | null {
  const after = url.searchParams.get('log');
  return after && after.length <= 500 ? after : null;
}

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
    hiddenAfter: hiddenCursorFrom(event.url),
    first: QUEUE_PER_PAGE,
    after: cursorFrom(event.url),
    logFirst: LOG_PER_PAGE,
    logAfter: logCursorFrom(event.url),
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
    laterLog: logCursorFrom(event.url) !== null,
    hidden: data.hiddenContent.edges.map((e) => e.node),
    hiddenCount: data.hiddenContent.totalCount,
    hiddenPage: data.hiddenContent.pageInfo,
    laterHidden: hiddenCursorFrom(event.url) !== null,
    featured: data.featured.map(({ current, ...rest }): FeaturedRow => ({
      ...rest,
      schedule: scheduleOf({ current, startsOn: rest.startsOn }, today),
    })),
    done: Object.hasOwn(DONE, done) ? DONE[done as DoneKey] : null,
    // From a report's "suspend the author" link: the member's handle, ready in the form.
    suspendHandle: HANDLE.test(suspend) ? suspend : '',
  };
};

/** Back to the dashboard as it was (the queue's and the log's pages), saying what was done, at its section. */
function backTo(event: RequestEvent, done: DoneKey): never {
  const back = pageHref(event.url, ['done', 'suspend']);
  redirect(303, `${back}${back.includes('?') ? '&' : '?'}done=${done}#${DONE[done].section}`);
}

/** A refusal before asking the API, for the named form. */
function refuseForm(form: ModerationForm, errors: FormErrors, values: Record<string, string>) {
  return invalid(errors, values, form);
}

/** The write-up a moderator named by its address or slug: its id, or the message for the field. */
async function practiceNamed(event: RequestEvent, raw: string): Promise<{ id: string } | { error: string }> {
  if (!raw) return { error: 'Enter the write-up’s address or slug.' };
  const slug = slugFromAddress(raw);
  if (!slug) return { error: 'That is not a write-up’s address: it looks like …/practices/its-slug.' };
  const { practice } = await gql<{ practice: { id: string } | null }>(event, PRACTICE_BY_SLUG, { slug });
  return practice ? { id: practice.id } : { error: 'There is no write-up at that address.' };
}

/** The member a moderator named by handle: their id, or null when there is none. */
async function memberNamed(event: RequestEvent, handle: string): Promise<string | null> {
  const { member } = await gql<{ member: { id: string } | null }>(event, MEMBER_BY_HANDLE, { handle: handle.replace(/^@/, '') });
  return member?.id ?? null;
}

/** The fields of a case study as typed: checked here for shape, by the API for sense. */
function featureFields(data: FormData) {
  const values = {
    note: text(data, 'note', 2001),
    position: text(data, 'position', 10),
    startsOn: text(data, 'startsOn', 10),
    endsOn: text(data, 'endsOn', 10),
  };
  const errors: FormErrors = {};
  if (!values.note) errors.note = 'Write a note: why it matters and what to look at.';
  const position = values.position === '' ? null : Number(values.position);
  if (position !== null && (!Number.isInteger(position) || position < 1)) {
    errors.position = 'Position is a whole number, 1 for the first; leave it empty to put it last.';
  }
  for (const field of ['startsOn', 'endsOn'] as const) {
    if (values[field] && !DAY.test(values[field])) errors[field] = 'Enter a date, or leave it empty.';
  }
  return {
    values,
    errors,
    input: { note: values.note, position, startsOn: values.startsOn || null, endsOn: values.endsOn || null },
  };
}

/** The API's refusal of a form that names a write-up: the API calls it `practiceId`, the form `practice`. */
function failAbout(form: ModerationForm, err: unknown, values: Record<string, string>) {
  const { status, errors } = errorsFromApi(err);
  const { practiceId, ...rest } = errors;
  return refuse(status, { form, values, errors: practiceId ? { ...rest, practice: practiceId } : errors });
}

export const actions: Actions = {
  resolve: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = { flagId: text(data, 'flagId', 100), note: text(data, 'note', 1001) };
    const action = text(data, 'action', 20) as FlagAction;
    if (!['HIDE', 'RESTORE', 'DISMISS'].includes(action) || !values.flagId) {
      return refuseForm('resolve', { form: 'Choose Hide, Restore or Dismiss for a report in the queue.' }, values);
    }
    if (values.note.length > 1000) return refuseForm('resolve', { note: 'The note takes at most 1,000 characters.' }, values);
    try {
      await gql(event, RESOLVE_FLAG, { id: values.flagId, action, note: values.note || null });
    } catch (err) {
      return failFromApi(err, values, 'resolve');
    }
    backTo(event, action === 'HIDE' ? 'hidden' : action === 'RESTORE' ? 'restored' : 'dismissed');
  },

  /** Hide or restore an item from the list of hidden ones, with a note its author is told. */
  moderate: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const target = text(data, 'target', 20) === 'COMMENT' ? 'COMMENT' : 'PRACTICE';
    const action = text(data, 'action', 20) === 'RESTORE' ? 'RESTORE' : 'HIDE';
    const values = { id: text(data, 'id', 100), note: text(data, 'note', 1001) };
    if (values.note.length > 1000) return refuseForm('moderate', { note: 'The note takes at most 1,000 characters.' }, values);
    try {
      await gql(event, MODERATE, { target, id: values.id, action, note: values.note || null });
    } catch (err) {
      return failFromApi(err, values, 'moderate');
    }
    backTo(event, action === 'RESTORE' ? 'restored-item' : 'hidden-again');
  },

  feature: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const { values: fields, errors, input } = featureFields(data);
    const values = { practice: text(data, 'practice', 2000), ...fields };
    let named: Awaited<ReturnType<typeof practiceNamed>>;
    try {
      named = await practiceNamed(event, values.practice);
    } catch (err) {
      return failAbout('feature', err, values);
    }
    if ('error' in named) errors.practice = named.error;
    if (Object.keys(errors).length > 0 || 'error' in named) return refuseForm('feature', errors, values);
    try {
      await gql(event, FEATURE_PRACTICE, { practiceId: named.id, ...input });
    } catch (err) {
      return failAbout('feature', err, values);
    }
    backTo(event, 'featured');
  },

  updateFeatured: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const { values: fields, errors, input } = featureFields(data);
    const values = { id: text(data, 'id', 100), ...fields };
    if (Object.keys(errors).length > 0) return refuseForm('updateFeatured', errors, values);
    try {
      await gql(event, UPDATE_FEATURED, { id: values.id, input });
    } catch (err) {
      return failFromApi(err, values, 'updateFeatured');
    }
    backTo(event, 'updated');
  },

  move: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = { id: text(data, 'id', 100), direction: text(data, 'direction', 10) };
    try {
      // The order is read afresh, so a second moderator's change in the meantime is not undone.
      const { featured } = await gql<{ featured: { id: string; position: number }[] }>(event, FEATURED_ORDER);
      const ids = [...featured].sort((a, b) => a.position - b.position).map((f) => f.id);
      const from = ids.indexOf(values.id);
      const to = from + (values.direction === 'up' ? -1 : 1);
      if (from < 0 || to < 0 || to >= ids.length) {
        return refuseForm('move', { form: 'That case study cannot move further that way.' }, values);
      }
      [ids[from], ids[to]] = [ids[to], ids[from]];
      await gql(event, REORDER_FEATURED, { ids });
    } catch (err) {
      return failFromApi(err, values, 'move');
    }
    backTo(event, 'reordered');
  },

  unfeature: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = { id: text(data, 'id', 100) };
    try {
      await gql(event, UNFEATURE, { id: values.id });
    } catch (err) {
      return failFromApi(err, values, 'unfeature');
    }
    backTo(event, 'unfeatured');
  },

  lock: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = { practice: text(data, 'practice', 2000) };
    const locked = text(data, 'locked', 10) === 'true';
    try {
      const named = await practiceNamed(event, values.practice);
      if ('error' in named) return refuseForm('lock', { practice: named.error }, values);
      await gql(event, LOCK_DISCUSSION, { practiceId: named.id, locked });
    } catch (err) {
      return failAbout('lock', err, values);
    }
    backTo(event, locked ? 'locked' : 'unlocked');
  },

  suspend: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = {
      member: text(data, 'member', 100),
      until: text(data, 'until', 10),
      reason: text(data, 'reason', 501),
    };
    const errors: FormErrors = {};
    if (!HANDLE.test(values.member)) errors.member = 'Enter the member’s handle, as a report shows it (like @officer-memphis-pd).';
    if (!DAY.test(values.until)) errors.until = 'Enter the last day of the suspension.';
    if (!values.reason) errors.reason = 'Say why: the member sees this reason.';
    if (Object.keys(errors).length > 0) return refuseForm('suspend', errors, values);
    try {
      const userId = await memberNamed(event, values.member);
      if (!userId) return refuseForm('suspend', { member: 'There is no member with that handle.' }, values);
      // To the end of the day chosen, in UTC as the dashboard shows times.
      await gql(event, SUSPEND_MEMBER, { userId, until: `${values.until}T23:59:59.999Z`, reason: values.reason });
    } catch (err) {
      return failFromApi(err, values, 'suspend');
    }
    backTo(event, 'suspended');
  },

  lift: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = { member: text(data, 'member', 100) };
    if (!HANDLE.test(values.member)) {
      return refuseForm('lift', { member: 'Enter the member’s handle, as a report shows it.' }, values);
    }
    try {
      const userId = await memberNamed(event, values.member);
      if (!userId) return refuseForm('lift', { member: 'There is no member with that handle.' }, values);
      await gql(event, LIFT_SUSPENSION, { userId });
    } catch (err) {
      return failFromApi(err, values, 'lift');
    }
    backTo(event, 'lifted');
  },
};

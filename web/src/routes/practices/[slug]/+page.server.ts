import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { MODERATION_EVENT_FIELDS, type ModerationEvent } from '$lib/components/ModerationPanel.svelte';
import { formatInteger } from '$lib/format';
import { gql, toPageError } from '$lib/server/api';
import { follow } from '$lib/server/follows';
import { errorsFromApi, failFromApi, invalid, text } from '$lib/server/forms';
import { adoptionInput, applyRowsCommand, readAdoptionForm, withoutBlankRows, withSpareRows } from '$lib/server/practice-form';
import { PRACTICE_DETAIL } from '$lib/server/practice-queries';
import type { AdoptionFormResult } from '$lib/practice-form';
import type { PracticePageData } from '$lib/types';
import { pageHref } from '$lib/url';
import type { Actions, PageServerLoad } from './$types';
import { COMMENT_MAX, DISCUSSION_FIELDS, THREADS_PER_PAGE, type DiscussionFields } from './discussion';
import type { DiscussionResult } from './discussion-forms';
import { DEBRIEF_SUMMARY, type DebriefSummary } from '../../debriefs/debrief';

const PRACTICE = /* GraphQL */ `
	query Practice($slug: String!, $commentsFirst: Int!, $commentsAfter: String) {
		practice(slug: $slug) {
			...PracticeDetail
			...Discussion
			hidden
			hiddenReason
			moderationHistory {
				${MODERATION_EVENT_FIELDS}
			}
			featured {
				noteHtml
				current
			}
			revisions {
				id
			}
			debriefs {
				...DebriefSummary
				event {
					name
				}
			}
			adoptions {
				id
				status
				startedOn
				endedOn
				note
				changes
				likeMine
				updatedAt
				department {
					slug
					name
					state
					agencyType
					swornOfficers
				}
				outcomes {
					id
					metric
					baseline
					result
					unit
					period
					source
				}
			}
		}
	}
	${PRACTICE_DETAIL}
	${DISCUSSION_FIELDS}
	${DEBRIEF_SUMMARY}
`;

/** The debriefs the viewer may read that mention it. */
interface Mentions {
  debriefs: (DebriefSummary & { event: { name: string } })[];
}

/** How moderators' decisions show on the page: hidden (to its author and moderators) and featured. */
interface ModerationFields {
  hidden: boolean;
  hiddenReason: string | null;
  /** Moderators only (null for others): the API says so, and the page shows their controls. */
  moderationHistory: ModerationEvent[] | null;
  featured: { noteHtml: string; current: boolean } | null;
}

/** What `?done=` may say after an action comes back here: fixed texts, never the URL's words. */
const NOTICES = {
  created: 'Draft saved. It is visible to you and your chief until it is published.',
  'created-not-published': 'Draft saved, but it could not be published. Publish it below when you are ready.',
  saved: 'Your changes are saved.',
  submitted: 'Sent to your chief for review. You can still edit it while it waits.',
  published: 'Published. Members can find it in lists and search now.',
  'sent-back': 'Sent back to the author with your comment.',
  archived: 'Archived: it no longer shows in lists or search. Restore it at any time.',
  restored: 'Restored: it is published again.',
  adoption: "Your department's adoption is recorded. Thank you: this is how others learn whether it works elsewhere.",
} as const;

/** `?comments=` names the thread a page of the discussion starts after. */
function commentsCursor(url: URL): string | null {
  const after = url.searchParams.get('comments');
  return after && after.length <= 500 ? after : null;
}

export const load: PageServerLoad = async (event) => {
  const commentsAfter = commentsCursor(event.url);
  const { practice: found } = await gql<{ practice: (PracticePageData & DiscussionFields & ModerationFields & Mentions) | null }>(
    event,
    PRACTICE,
    {
      slug: event.params.slug,
      commentsFirst: THREADS_PER_PAGE,
      commentsAfter,
    },
  ).catch(toPageError);
  if (!found) error(404, 'No write-up at this address');
  const { debriefs, ...practice } = found;
  // An earlier address still finds the write-up; links and search engines should learn the current
  // one. After a refused action the page answers in place, so the refusal and what was typed show.
  if (practice.slug !== event.params.slug && event.request.method !== 'POST') {
    redirect(301, `/practices/${practice.slug}${event.url.search}`);
  }

  const done = event.url.searchParams.get('done') ?? '';
  // The flag page (/flag) comes back here with ?flagged=1 once a report is in.
  const mine = event.locals.user?.department?.slug;
  return {
    practice,
    debriefs,
    laterComments: commentsAfter !== null,
    notice:
      event.url.searchParams.get('flagged') === '1'
        ? 'Thank you: the moderators have your report and will look at it.'
        : done in NOTICES
          ? NOTICES[done as keyof typeof NOTICES]
          : null,
    ourAdoption: mine ? (practice.adoptions.find((a) => a.department.slug === mine) ?? null) : null,
  };
};

// ---- Review and publishing: each button is a POST with the write-up's id ----

const SUBMIT = /* GraphQL */ `
  mutation SubmitPractice($id: ID!) {
    submitPractice(id: $id) {
      slug
    }
  }
`;

const PUBLISH = /* GraphQL */ `
  mutation PublishPractice($id: ID!) {
    publishPractice(id: $id) {
      slug
    }
  }
`;

const SEND_BACK = /* GraphQL */ `
  mutation SendBackPractice($id: ID!, $comment: String!) {
    sendBackPractice(id: $id, comment: $comment) {
      slug
    }
  }
`;

const ARCHIVE = /* GraphQL */ `
  mutation ArchivePractice($id: ID!, $archived: Boolean!) {
    archivePractice(id: $id, archived: $archived) {
      slug
    }
  }
`;

const REPORT_ADOPTION = /* GraphQL */ `
  mutation ReportAdoption($practiceId: ID!, $input: AdoptionInput!) {
    reportAdoption(practiceId: $practiceId, input: $input) {
      id
    }
  }
`;

/** Runs one review mutation and comes back to the write-up with a notice, or says why not. */
async function review(
  event: RequestEvent,
  data: FormData,
  form: string,
  mutation: string,
  variables: Record<string, unknown>,
  done: keyof typeof NOTICES,
) {
  let slug: string;
  try {
    const answer = await gql<Record<string, { slug: string }>>(event, mutation, { id: text(data, 'id', 100), ...variables });
    slug = Object.values(answer)[0].slug;
  } catch (err) {
    // What was typed (a send-back comment) comes back with the refusal.
    const typed = Object.entries(variables).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
    return failFromApi(err, Object.fromEntries(typed), form);
  }
  redirect(303, `/practices/${slug}?done=${done}`);
}

// ---- The discussion: each action comes back to the comment it touched ----

const ADD_COMMENT = /* GraphQL */ `
  mutation AddComment($practiceId: ID!, $body: String!, $parentId: ID) {
    addComment(practiceId: $practiceId, body: $body, parentId: $parentId) {
      id
    }
  }
`;

const EDIT_COMMENT = /* GraphQL */ `
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      id
    }
  }
`;

const DELETE_COMMENT = /* GraphQL */ `
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      id
    }
  }
`;

const MARK_HELPFUL = /* GraphQL */ `
  mutation MarkCommentHelpful($id: ID!, $helpful: Boolean!) {
    markCommentHelpful(id: $id, helpful: $helpful) {
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

const LOCK_DISCUSSION = /* GraphQL */ `
  mutation LockDiscussion($practiceId: ID!, $locked: Boolean!) {
    lockDiscussion(practiceId: $practiceId, locked: $locked) {
      id
    }
  }
`;

/**
 * A comment as typed, untrimmed so a refusal gives it back unchanged. Kept whole up to five
 * times the limit: cutting it silently would lose what the person wrote.
 */
function typedBody(data: FormData): string {
  const value = data.get('body');
  return typeof value === 'string' ? value.slice(0, COMMENT_MAX * 5) : '';
}

/** Why a comment cannot be posted as it is, before asking the API; undefined when it can. */
function bodyProblem(body: string): string | undefined {
  const length = body.trim().length;
  if (length === 0) return 'Write your comment first.';
  if (length > COMMENT_MAX) {
    return `A comment takes at most ${formatInteger(COMMENT_MAX)} characters; this one has ${formatInteger(length)}.`;
  }
  return undefined;
}

/**
 * Runs one discussion mutation and comes back to the page where it was (its page of threads
 * kept) at `#<anchor>`, or answers the refusal with what was typed.
 */
async function discuss(event: RequestEvent, form: DiscussionResult['form'], values: Record<string, string>, run: () => Promise<string>) {
  let anchor: string;
  try {
    anchor = await run();
  } catch (err) {
    return failFromApi(err, values, form);
  }
  redirect(303, `${pageHref(event.url, ['done', 'flagged'])}#${anchor}`);
}

type CommentAnswer = Record<string, { id: string }>;

async function commentAnchor(event: RequestEvent, mutation: string, variables: Record<string, unknown>): Promise<string> {
  const answer = await gql<CommentAnswer>(event, mutation, variables);
  return `comment-${Object.values(answer)[0].id}`;
}

export const actions: Actions = {
  submit: async (event) => review(event, await event.request.formData(), 'workflow', SUBMIT, {}, 'submitted'),
  publish: async (event) => review(event, await event.request.formData(), 'workflow', PUBLISH, {}, 'published'),
  archive: async (event) => {
    const data = await event.request.formData();
    const archived = data.get('archived') !== 'false';
    return review(event, data, 'workflow', ARCHIVE, { archived }, archived ? 'archived' : 'restored');
  },
  sendBack: async (event) => {
    const data = await event.request.formData();
    const comment = text(data, 'comment', 2000);
    if (!comment) return invalid({ comment: 'Say what the author should change.' }, {}, 'sendBack');
    return review(event, data, 'sendBack', SEND_BACK, { comment }, 'sent-back');
  },

  reportAdoption: async (event) => {
    const data = await event.request.formData();
    const values = withoutBlankRows(readAdoptionForm(data));
    const refuse = (status: number, errors: Record<string, string>) =>
      fail(status, { form: 'adoption', values: withSpareRows(values), errors } satisfies AdoptionFormResult);
    const { input, errors } = adoptionInput(values);
    if (Object.keys(errors).length > 0) return refuse(400, errors);
    try {
      await gql(event, REPORT_ADOPTION, { practiceId: text(data, 'id', 100), input });
    } catch (err) {
      const { status, errors } = errorsFromApi(err);
      return refuse(status, errors);
    }
    redirect(303, `/practices/${event.params.slug}?done=adoption#spread`);
  },

  /** "Add a row" and "Remove" in the adoption form without JavaScript. */
  adoptionRows: async (event) => {
    const data = await event.request.formData();
    const values = readAdoptionForm(data);
    const command = data.get('rows');
    const focus = typeof command === 'string' ? applyRowsCommand(values, command) : undefined;
    return { form: 'adoption', values, errors: {}, focus } satisfies AdoptionFormResult;
  },

  comment: async (event) => {
    const data = await event.request.formData();
    const body = typedBody(data);
    const problem = bodyProblem(body);
    if (problem) return invalid({ body: problem }, { body }, 'comment');
    return discuss(event, 'comment', { body }, () =>
      commentAnchor(event, ADD_COMMENT, { practiceId: text(data, 'practiceId', 100), body }),
    );
  },

  reply: async (event) => {
    const data = await event.request.formData();
    const body = typedBody(data);
    const parentId = text(data, 'parentId', 100);
    const problem = bodyProblem(body);
    if (problem) return invalid({ body: problem }, { body, parentId }, 'reply');
    return discuss(event, 'reply', { body, parentId }, () =>
      commentAnchor(event, ADD_COMMENT, { practiceId: text(data, 'practiceId', 100), body, parentId }),
    );
  },

  edit: async (event) => {
    const data = await event.request.formData();
    const body = typedBody(data);
    const id = text(data, 'id', 100);
    const problem = bodyProblem(body);
    if (problem) return invalid({ body: problem }, { body, id }, 'edit');
    return discuss(event, 'edit', { body, id }, () => commentAnchor(event, EDIT_COMMENT, { id, body }));
  },

  delete: async (event) => {
    const id = text(await event.request.formData(), 'id', 100);
    return discuss(event, 'delete', { id }, () => commentAnchor(event, DELETE_COMMENT, { id }));
  },

  helpful: async (event) => {
    const data = await event.request.formData();
    const id = text(data, 'id', 100);
    const helpful = data.get('helpful') !== 'false';
    return discuss(event, 'helpful', { id }, () => commentAnchor(event, MARK_HELPFUL, { id, helpful }));
  },

  lock: async (event) => {
    const data = await event.request.formData();
    const locked = data.get('locked') !== 'false';
    return discuss(event, 'lock', {}, async () => {
      await gql(event, LOCK_DISCUSSION, { practiceId: text(data, 'practiceId', 100), locked });
      return 'discussion';
    });
  },

  /** A moderator hides or restores the write-up or one of its comments, with a note for its author. */
  moderate: async (event) => {
    const data = await event.request.formData();
    const target = text(data, 'target', 20) === 'COMMENT' ? 'COMMENT' : 'PRACTICE';
    const action = text(data, 'action', 20) === 'RESTORE' ? 'RESTORE' : 'HIDE';
    const values = { id: text(data, 'id', 100), note: text(data, 'note', 1001) };
    if (values.note.length > 1000) return invalid({ note: 'The note takes at most 1,000 characters.' }, values, 'moderate');
    return discuss(event, 'moderate', values, async () => {
      await gql(event, MODERATE, { target, id: values.id, action, note: values.note || null });
      return target === 'COMMENT' ? `comment-${values.id}` : 'moderation';
    });
  },

  follow,
};

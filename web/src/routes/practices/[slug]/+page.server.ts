import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { errorsFromApi, failFromApi, invalid, text } from '$lib/server/forms';
import { adoptionInput, applyRowsCommand, readAdoptionForm, withoutBlankRows, withSpareRows } from '$lib/server/practice-form';
import { PRACTICE_DETAIL } from '$lib/server/practice-queries';
import type { AdoptionFormResult } from '$lib/practice-form';
import type { PracticePageData } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

const PRACTICE = /* GraphQL */ `
	query Practice($slug: String!) {
		practice(slug: $slug) {
			...PracticeDetail
			revisions {
				id
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
`;

/** What `?done=` may say after an action comes back here: fixed texts, never the URL's words. */
const NOTICES = {
	created: 'Draft saved. It is visible to you and your chief until it is published.',
	'created-not-published': 'Draft saved, but it could not be published. Publish it below when you are ready.',
	saved: 'Your changes are saved.',
	submitted: "Sent to your chief for review. You can still edit it while it waits.",
	published: 'Published. Members can find it in lists and search now.',
	'sent-back': 'Sent back to the author with your comment.',
	archived: 'Archived: it no longer shows in lists or search. Restore it at any time.',
	restored: 'Restored: it is published again.',
	adoption: "Your department's adoption is recorded. Thank you: this is how others learn whether it works elsewhere.",
} as const;

export const load: PageServerLoad = async (event) => {
	const { practice } = await gql<{ practice: PracticePageData | null }>(event, PRACTICE, {
		slug: event.params.slug,
	}).catch(toPageError);
	if (!practice) error(404, 'No write-up at this address');
	// An earlier address still finds the write-up; links and search engines should learn the current
	// one. After a refused action the page answers in place, so the refusal and what was typed show.
	if (practice.slug !== event.params.slug && event.request.method !== 'POST') {
		redirect(301, `/practices/${practice.slug}${event.url.search}`);
	}

	const done = event.url.searchParams.get('done') ?? '';
	const mine = event.locals.user?.department?.slug;
	return {
		practice,
		notice: done in NOTICES ? NOTICES[done as keyof typeof NOTICES] : null,
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
};

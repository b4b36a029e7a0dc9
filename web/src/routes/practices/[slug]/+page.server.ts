import { error } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import type { PracticeDetail } from '$lib/types';
import type { PageServerLoad } from './$types';

const PRACTICE = /* GraphQL */ `
	query Practice($slug: String!) {
		practice(slug: $slug) {
			id
			slug
			title
			summary
			bodyHtml
			department {
				slug
				name
				state
				city
				agencyType
			}
			author {
				displayName
				title
			}
			topics {
				slug
				name
			}
			status
			visibility
			lifecycle
			discontinuedReason
			problem
			approach
			implementation {
				startedOn
				staffing
				partners
				trainingHours
			}
			cost {
				startup
				annual
				notes
			}
			evidenceLevel
			evidenceNotes
			outcomes {
				id
				metric
				baseline
				result
				unit
				period
				source
			}
			resources {
				id
				kind
				title
				url
			}
			contact
			version
			publishedAt
			updatedAt
		}
	}
`;

export const load: PageServerLoad = async (event) => {
	const { practice } = await gql<{ practice: PracticeDetail | null }>(event, PRACTICE, {
		slug: event.params.slug,
	}).catch(toPageError);
	if (!practice) error(404, 'No write-up at this address');
	return { practice };
};

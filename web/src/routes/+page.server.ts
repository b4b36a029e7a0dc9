import { gql, toPageError } from '$lib/server/api';
import { PRACTICE_CARD } from '$lib/server/fragments';
import type { DepartmentSummary, PracticeCardData, TopicSummary } from '$lib/types';
import type { PageServerLoad } from './$types';

const LATEST = 6;
const DEPARTMENTS_SHOWN = 12;

const HOME = /* GraphQL */ `
	query Home($latest: Int!, $departments: Int!) {
		practices(orderBy: NEWEST, first: $latest) {
			totalCount
			edges {
				node {
					...PracticeCard
				}
			}
		}
		topics {
			slug
			name
			description
			practiceCount
		}
		departments(first: $departments) {
			totalCount
			edges {
				node {
					slug
					name
					state
					city
					agencyType
					swornOfficers
					verified
					practiceCount
				}
			}
		}
	}
	${PRACTICE_CARD}
`;

interface HomeData {
	practices: { totalCount: number; edges: { node: PracticeCardData }[] };
	topics: TopicSummary[];
	departments: { totalCount: number; edges: { node: DepartmentSummary }[] };
}

export const load: PageServerLoad = async (event) => {
	const data = await gql<HomeData>(event, HOME, { latest: LATEST, departments: DEPARTMENTS_SHOWN }).catch(
		toPageError,
	);
	return {
		latest: data.practices.edges.map((e) => e.node),
		practiceCount: data.practices.totalCount,
		topics: data.topics,
		departments: data.departments.edges.map((e) => e.node),
		departmentCount: data.departments.totalCount,
	};
};

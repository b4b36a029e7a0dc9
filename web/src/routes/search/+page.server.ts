import { gql, toPageError } from '$lib/server/api';
import { PRACTICE_CARD } from '$lib/server/fragments';
import {
	activeFilterCount,
	dateChipLabel,
	FACETS,
	type FacetGroup,
	type FacetKey,
	type FilterChip,
	RESULTS_PER_PAGE,
	type SearchHit,
	searchFilterOf,
	searchHrefWithout,
	searchHrefWithoutFilters,
	searchHrefWithQuery,
	searchStateFrom,
	snippetHtml,
	urlValueOf,
} from '$lib/search';
import type { PageInfo } from '$lib/types';
import type { PageServerLoad } from './$types';

const SEARCH = /* GraphQL */ `
	query Search($query: String!, $filter: PracticeFilter, $orderBy: SearchOrder!, $first: Int!, $after: String) {
		search(query: $query, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
			totalCount
			query
			relaxed
			suggestion
			edges {
				cursor
				snippet
				node {
					...PracticeCard
					department {
						city
					}
				}
			}
			pageInfo {
				hasNextPage
				endCursor
			}
			facets {
				topics {
					...FacetCount
				}
				states {
					...FacetCount
				}
				agencyTypes {
					...FacetCount
				}
				sizeBands {
					...FacetCount
				}
				evidenceLevels {
					...FacetCount
				}
				lifecycles {
					...FacetCount
				}
				hasOutcomes {
					...FacetCount
				}
			}
		}
		topics {
			slug
			name
		}
	}
	fragment FacetCount on FacetCount {
		value
		label
		count
	}
	${PRACTICE_CARD}
`;

interface FacetCount {
	value: string;
	label: string;
	count: number;
}

interface SearchData {
	search: {
		totalCount: number;
		query: string;
		relaxed: boolean;
		suggestion: string | null;
		edges: { cursor: string; snippet: string | null; node: SearchHit }[];
		pageInfo: PageInfo;
		facets: Record<FacetKey, FacetCount[]>;
	};
	topics: { slug: string; name: string }[];
}

export const load: PageServerLoad = async (event) => {
	const state = searchStateFrom(event.url);
	const { search, topics } = await gql<SearchData>(event, SEARCH, {
		query: state.q,
		filter: searchFilterOf(state),
		orderBy: state.order,
		first: RESULTS_PER_PAGE,
		after: state.after,
	}).catch(toPageError);

	const topicNames = new Map(topics.map((t) => [t.slug, t.name]));
	const labelOf = (key: FacetKey, value: string) => {
		const facet = FACETS.find((f) => f.key === key)!;
		return key === 'topics' ? (topicNames.get(value) ?? value) : facet.label(value);
	};

	const groups: FacetGroup[] = FACETS.map((facet) => {
		const selected = state.selected[facet.key];
		const counted = new Map(search.facets[facet.key].map((c) => [urlValueOf(facet.key, c.value), c.count]));
		// A ticked value stays listed when nothing matches it, so it can be unticked where it was ticked.
		const values = new Set([...counted.keys(), ...selected]);
		const options = [...values]
			.filter((value) => (counted.get(value) ?? 0) > 0 || selected.includes(value))
			.map((value) => ({
				value,
				label: labelOf(facet.key, value),
				count: counted.get(value) ?? 0,
				selected: selected.includes(value),
			}));
		// Fixed lists keep their natural order; open lists (topics, states) put the most matches first.
		if (facet.values) {
			const order = facet.values;
			options.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
		} else {
			options.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
		}
		return { key: facet.key, param: facet.param, legend: facet.legend, plural: facet.plural, options };
	});

	const chips: FilterChip[] = FACETS.flatMap((facet) =>
		state.selected[facet.key].map((value) => ({
			label: facet.chip?.(value) ?? labelOf(facet.key, value),
			href: searchHrefWithout(event.url, facet.param, value),
		})),
	);
	if (state.from) chips.push({ label: dateChipLabel('from', state.from), href: searchHrefWithout(event.url, 'from') });
	if (state.to) chips.push({ label: dateChipLabel('to', state.to), href: searchHrefWithout(event.url, 'to') });

	return {
		q: state.q,
		order: state.order,
		from: state.from,
		to: state.to,
		ignored: state.ignored,
		activeFilters: activeFilterCount(state),
		/** The words the API searched for; empty when the query had none worth searching. */
		query: search.query,
		relaxed: search.relaxed,
		suggestion:
			search.suggestion && search.suggestion !== state.q
				? { text: search.suggestion, href: searchHrefWithQuery(event.url, search.suggestion) }
				: null,
		totalCount: search.totalCount,
		results: search.edges.map((edge) => ({
			practice: edge.node,
			// A snippet without a match is only the text's first words, cut short: the summary reads better.
			snippet: edge.snippet?.includes('<mark>') ? snippetHtml(edge.snippet) : null,
		})),
		pageInfo: search.pageInfo,
		groups,
		chips,
		clearFiltersHref: searchHrefWithoutFilters(event.url),
	};
};

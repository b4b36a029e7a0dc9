import type { SearchDebriefsQuery, SearchQuery } from '$lib/generated/graphql';
import { gql, toPageError } from '$lib/server/api';
import { PRACTICE_CARD } from '$lib/server/fragments';
import {
  activeFilterCount,
  dateChipLabel,
  FACETS,
  type FacetGroup,
  type FilterChip,
  RESULTS_PER_PAGE,
  type SearchHit,
  searchFilterOf,
  searchHrefWithout,
  searchHrefWithoutFilters,
  searchHrefWithQuery,
  searchStateFrom,
  urlValueOf,
} from '$lib/search';
import { cursorFrom } from '$lib/url';
import { DEBRIEF_SUMMARY, type DebriefSummary } from '../debriefs/debrief';
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
  }
  fragment FacetCount on FacetCount {
    value
    label
    count
  }
  ${PRACTICE_CARD}
`;

const DEBRIEFS = /* GraphQL */ `
  query SearchDebriefs($query: String, $first: Int!, $after: String) {
    debriefs(query: $query, first: $first, after: $after) {
      totalCount
      edges {
        snippet
        node {
          ...DebriefSummary
          event {
            slug
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${DEBRIEF_SUMMARY}
`;

/** A debrief as a search result shows it. */
export type DebriefHit = DebriefSummary & { event: { slug: string; name: string } };

/** `?type=debriefs` searches debriefs instead of write-ups (`type` also names agency types, which are upper-case). */
function wantsDebriefs(url: URL): boolean {
  return url.searchParams.getAll('type').some((value) => value.trim().toLowerCase() === 'debriefs');
}

/** The two things the page searches, each keeping the words typed. */
function kindLinks(q: string) {
  const words = q ? `q=${encodeURIComponent(q)}` : '';
  return {
    practices: `/search${words ? `?${words}` : ''}`,
    debriefs: `/search?${words ? `${words}&` : ''}type=debriefs`,
  };
}

export const load: PageServerLoad = async (event) => {
  if (wantsDebriefs(event.url)) return loadDebriefs(event);
  const state = searchStateFrom(event.url);
  const { search } = await gql<SearchQuery>(event, SEARCH, {
    query: state.q,
    filter: searchFilterOf(state),
    orderBy: state.order,
    first: RESULTS_PER_PAGE,
    after: state.after,
  }).catch(toPageError);

  // The API lists and labels each facet's values, ticked ones included, in the order to show them.
  const groups: FacetGroup[] = FACETS.map((facet) => {
    const selected = state.selected[facet.key];
    const options = search.facets[facet.key].map((c) => {
      const value = urlValueOf(facet.key, c.value);
      return { value, label: c.label, count: c.count, selected: selected.includes(value) };
    });
    // Ticking both "with" and "without" outcome figures filters nothing: a value nothing has is not counted then.
    for (const value of selected) {
      if (!options.some((o) => o.value === value)) options.push({ value, label: value, count: 0, selected: true });
    }
    return { key: facet.key, param: facet.param, legend: facet.legend, plural: facet.plural, options };
  });

  const chips: FilterChip[] = groups.flatMap((group) => {
    const facet = FACETS.find((f) => f.key === group.key)!;
    return group.options
      .filter((option) => option.selected)
      .map((option) => ({
        label: facet.chip?.(option.label) ?? option.label,
        href: searchHrefWithout(event.url, facet.param, option.value),
      }));
  });
  if (state.from) chips.push({ label: dateChipLabel('from', state.from), href: searchHrefWithout(event.url, 'from') });
  if (state.to) chips.push({ label: dateChipLabel('to', state.to), href: searchHrefWithout(event.url, 'to') });

  return {
    kind: 'practices' as 'practices' | 'debriefs',
    kinds: kindLinks(state.q),
    debriefs: [] as { debrief: DebriefHit; snippet: string | null }[],
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
      snippet: edge.snippet?.includes('<mark>') ? edge.snippet : null,
    })),
    pageInfo: search.pageInfo,
    groups,
    chips,
    clearFiltersHref: searchHrefWithoutFilters(event.url),
  };
};

/**
 * Debriefs: ranked by the words (web-search syntax, as write-ups), or the newest without any.
 * Facets, dates and the order are the write-ups'; they do not apply here.
 */
async function loadDebriefs(event: Parameters<PageServerLoad>[0]) {
  const q = (event.url.searchParams.get('q') ?? '').trim();
  const { debriefs } = await gql<SearchDebriefsQuery>(event, DEBRIEFS, {
    query: q || null,
    first: RESULTS_PER_PAGE,
    after: cursorFrom(event.url),
  }).catch(toPageError);
  return {
    kind: 'debriefs' as 'practices' | 'debriefs',
    kinds: kindLinks(q),
    debriefs: debriefs.edges.map((edge) => ({
      debrief: edge.node,
      snippet: edge.snippet?.includes('<mark>') ? edge.snippet : null,
    })),
    q,
    order: 'RELEVANCE' as const,
    from: '',
    to: '',
    ignored: [] as string[],
    activeFilters: 0,
    query: q,
    relaxed: false,
    suggestion: null as { text: string; href: string } | null,
    totalCount: debriefs.totalCount,
    results: [] as { practice: SearchHit; snippet: string | null }[],
    pageInfo: debriefs.pageInfo,
    groups: [] as FacetGroup[],
    chips: [] as FilterChip[],
    clearFiltersHref: kindLinks(q).debriefs,
  };
}

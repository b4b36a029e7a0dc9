import type { SearchDebriefsQuery, SearchQuery } from '$lib/generated/graphql';
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
  const { search, topics } = await gql<SearchQuery>(event, SEARCH, {
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
      snippet: edge.snippet?.includes('<mark>') ? snippetHtml(edge.snippet) : null,
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
      snippet: edge.snippet?.includes('<mark>') ? snippetHtml(edge.snippet) : null,
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

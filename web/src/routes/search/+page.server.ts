import type { SearchQuery, SearchType } from '$lib/generated/graphql';
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
import { QUESTION_SUMMARY, type QuestionSummary } from '$lib/questions';
import { cursorFrom } from '$lib/url';
import { DEBRIEF_SUMMARY, type DebriefSummary } from '../debriefs/debrief';
import type { PageServerLoad } from './$types';

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $type: SearchType!, $filter: PracticeFilter, $orderBy: SearchOrder!, $first: Int!, $after: String) {
    search(query: $query, type: $type, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      query
      relaxed
      suggestion
      typeCounts {
        type
        label
        count
      }
      questionEdges {
        snippet
        node {
          ...QuestionSummary
        }
      }
      debriefEdges {
        snippet
        node {
          ...DebriefSummary
          event {
            slug
            name
          }
        }
      }
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
  ${QUESTION_SUMMARY}
  ${DEBRIEF_SUMMARY}
`;

/** A debrief as a search result shows it. */
export type DebriefHit = DebriefSummary & { event: { slug: string; name: string } };

/** What the page searches: write-ups, or with `?type=questions` / `?type=debriefs` the others. */
type Kind = 'practices' | 'questions' | 'debriefs';
const KIND_OF_TYPE: Record<SearchType, Kind> = { PRACTICES: 'practices', QUESTIONS: 'questions', DEBRIEFS: 'debriefs' };

/** `?type=questions` or `?type=debriefs` (`type` also names agency types, which are upper-case). */
function kindOf(url: URL): Kind {
  const values = url.searchParams.getAll('type').map((value) => value.trim().toLowerCase());
  if (values.includes('questions')) return 'questions';
  if (values.includes('debriefs')) return 'debriefs';
  return 'practices';
}

/** The address of each kind, keeping the words typed (the write-ups' filters stay behind: they are theirs). */
function kindHref(kind: Kind, q: string): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (kind !== 'practices') params.set('type', kind);
  const query = params.toString();
  return `/search${query ? `?${query}` : ''}`;
}

/** The type choice: each kind with its count for these words, as the viewer may see them. */
function kindLinks(q: string, current: Kind, counts: SearchQuery['search']['typeCounts']) {
  return counts.map((c) => ({
    kind: KIND_OF_TYPE[c.type],
    label: c.label,
    count: c.count,
    href: kindHref(KIND_OF_TYPE[c.type], q),
    current: KIND_OF_TYPE[c.type] === current,
  }));
}

export const load: PageServerLoad = async (event) => {
  const kind = kindOf(event.url);
  if (kind !== 'practices') return loadOtherKind(event, kind);
  const state = searchStateFrom(event.url);
  const { search } = await gql<SearchQuery>(event, SEARCH, {
    query: state.q,
    type: 'PRACTICES',
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
    kind: kind as Kind,
    kinds: kindLinks(state.q, kind, search.typeCounts),
    questions: [] as { question: QuestionSummary; snippet: string | null }[],
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
 * Questions or debriefs: ranked by the words (web-search syntax, as write-ups), or the newest
 * without any. Facets, dates and the order are the write-ups'; they do not apply here.
 */
async function loadOtherKind(event: Parameters<PageServerLoad>[0], kind: 'questions' | 'debriefs') {
  const q = (event.url.searchParams.get('q') ?? '').trim();
  const { search } = await gql<SearchQuery>(event, SEARCH, {
    query: q,
    type: kind === 'questions' ? 'QUESTIONS' : 'DEBRIEFS',
    filter: null,
    orderBy: 'RELEVANCE',
    first: RESULTS_PER_PAGE,
    after: cursorFrom(event.url),
  }).catch(toPageError);
  // A snippet without a match is only the text's first words, cut short: better none.
  const marked = (snippet: string | null | undefined) => (snippet?.includes('<mark>') ? snippet : null);
  return {
    kind: kind as Kind,
    kinds: kindLinks(q, kind, search.typeCounts),
    questions: search.questionEdges.map((edge) => ({ question: edge.node, snippet: marked(edge.snippet) })),
    debriefs: search.debriefEdges.map((edge) => ({ debrief: edge.node, snippet: marked(edge.snippet) })),
    q,
    order: 'RELEVANCE' as const,
    from: '',
    to: '',
    ignored: [] as string[],
    activeFilters: 0,
    query: search.query,
    relaxed: false,
    suggestion: null as { text: string; href: string } | null,
    totalCount: search.totalCount,
    results: [] as { practice: SearchHit; snippet: string | null }[],
    pageInfo: search.pageInfo,
    groups: [] as FacetGroup[],
    chips: [] as FilterChip[],
    clearFiltersHref: kindHref(kind, q),
  };
}

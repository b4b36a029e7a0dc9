// The search page keeps all of its state in its URL, so a search can be shared, bookmarked and
// gone back to: /search?q=…&topic=…&state=CA&type=MUNICIPAL&evidence=…&stage=…&size=…
// &outcomes=yes&from=2025-01-01&to=…&sort=newest&after=<cursor>. This module reads that URL,
// writes it back, and names its parts; it runs on the server and in the browser.
import { AGENCY_TYPES, EVIDENCE_LEVELS, formatCalendarDate, US_STATES } from './format';
import type { PracticeCardData } from './types';
import { cursorFrom } from './url';

import { LIFECYCLES, SIZE_BANDS, type SizeBand } from '@muster/db/labels';

export type { SizeBand };
export type SearchOrder = 'RELEVANCE' | 'NEWEST';

/** The API refuses longer queries (api/src/modules/search/search.resolvers.ts). */
export const MAX_QUERY_LENGTH = 300;
export const RESULTS_PER_PAGE = 20;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The facets a search can be narrowed by, keyed as the API's SearchFacets names them. */
export type FacetKey = 'topics' | 'states' | 'agencyTypes' | 'sizeBands' | 'evidenceLevels' | 'lifecycles' | 'hasOutcomes';

export interface FacetDefinition {
  key: FacetKey;
  /** The URL parameter, repeated once per ticked value. */
  param: string;
  legend: string;
  /** "More states (17)": only long lists fold their tail away. */
  plural?: string;
  /** The URL values the parameter accepts, in the order the sidebar lists them; none for open lists. */
  values?: readonly string[];
  /** How a value's name (the API's label) reads on its own as a removable chip, where the name alone would be unclear. */
  chip?(label: string): string;
}

/** In the order the sidebar shows them; the API names and orders each facet's values. */
export const FACETS: readonly FacetDefinition[] = [
  { key: 'topics', param: 'topic', legend: 'Topic', plural: 'topics' },
  {
    key: 'states',
    param: 'state',
    legend: 'State',
    plural: 'states',
  },
  {
    key: 'agencyTypes',
    param: 'type',
    legend: 'Agency type',
    values: AGENCY_TYPES,
  },
  {
    key: 'sizeBands',
    param: 'size',
    legend: 'Department size',
    values: SIZE_BANDS,
  },
  {
    key: 'evidenceLevels',
    param: 'evidence',
    legend: 'Evidence',
    // Strongest first: the stronger the evidence, the more a reader looks for it.
    values: [...EVIDENCE_LEVELS].reverse(),
    chip: (label) => `Evidence: ${label}`,
  },
  {
    key: 'lifecycles',
    param: 'stage',
    legend: 'Stage',
    values: LIFECYCLES,
    chip: (label) => `Stage: ${label}`,
  },
  {
    key: 'hasOutcomes',
    param: 'outcomes',
    legend: 'Outcome figures',
    values: ['yes', 'no'],
  },
];

/** What the search page's URL asks for, with values the page never offers left out. */
export interface SearchState {
  q: string;
  order: SearchOrder;
  after: string | null;
  /** Ticked values per facet, as written in the URL. */
  selected: Record<FacetKey, string[]>;
  /** Published between, YYYY-MM-DD or ''. */
  from: string;
  to: string;
  /** Parameters that were not understood and were left out, for a note on the page. */
  ignored: string[];
}

function isCalendarDate(value: string): boolean {
  if (!CALENDAR_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  // Round-tripping refuses 2025-02-30, which Date would quietly turn into March 2.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function acceptsValue(facet: FacetDefinition, value: string): boolean {
  if (facet.values) return facet.values.includes(value);
  if (facet.key === 'states') return value in US_STATES;
  return value.length <= 200 && SLUG.test(value);
}

/** Normalises a URL value the way the page writes it: state codes and enums upper-case. */
function normalise(facet: FacetDefinition, raw: string): string {
  const value = raw.trim();
  if (facet.key === 'topics' || facet.key === 'hasOutcomes') return value.toLowerCase();
  return value.toUpperCase();
}

export function searchStateFrom(url: URL): SearchState {
  const params = url.searchParams;
  const ignored: string[] = [];
  const selected = {} as Record<FacetKey, string[]>;
  for (const facet of FACETS) {
    const values = new Set<string>();
    for (const raw of params.getAll(facet.param)) {
      if (!raw.trim()) continue;
      const value = normalise(facet, raw);
      if (acceptsValue(facet, value)) values.add(value);
      else ignored.push(`${facet.legend.toLowerCase()} “${raw}”`);
    }
    selected[facet.key] = [...values];
  }
  const date = (name: 'from' | 'to') => {
    const raw = (params.get(name) ?? '').trim();
    if (raw && !isCalendarDate(raw)) ignored.push(`the date “${raw}”`);
    return raw && isCalendarDate(raw) ? raw : '';
  };
  return {
    // The API says how long a query may be; cutting it here would search for something else.
    q: (params.get('q') ?? '').trim(),
    order: params.get('sort') === 'newest' ? 'NEWEST' : 'RELEVANCE',
    after: cursorFrom(url),
    selected,
    from: date('from'),
    to: date('to'),
    ignored,
  };
}

/** The API's PracticeFilter for the state, or null when nothing narrows the search. */
export function searchFilterOf(state: SearchState): Record<string, unknown> | null {
  const s = state.selected;
  const filter: Record<string, unknown> = {};
  if (s.topics.length) filter.topics = s.topics;
  if (s.states.length) filter.states = s.states;
  if (s.agencyTypes.length) filter.agencyTypes = s.agencyTypes;
  if (s.sizeBands.length) filter.sizeBands = s.sizeBands;
  if (s.evidenceLevels.length) filter.evidenceLevels = s.evidenceLevels;
  if (s.lifecycles.length) filter.lifecycles = s.lifecycles;
  // Ticking both "with" and "without" asks for everything, as ticking neither does.
  if (s.hasOutcomes.length === 1) filter.hasOutcomes = s.hasOutcomes[0] === 'yes';
  if (state.from) filter.publishedFrom = state.from;
  if (state.to) filter.publishedTo = state.to;
  return Object.keys(filter).length > 0 ? filter : null;
}

/** The API's facet value as the URL writes it (hasOutcomes answers "true"/"false"). */
export function urlValueOf(key: FacetKey, apiValue: string): string {
  if (key === 'hasOutcomes') return apiValue === 'true' ? 'yes' : 'no';
  return apiValue;
}

/** How many filters are on, for "Filters (2)" and "Clear all filters". */
export function activeFilterCount(state: SearchState): number {
  return Object.values(state.selected).reduce((n, values) => n + values.length, 0) + (state.from ? 1 : 0) + (state.to ? 1 : 0);
}

/** A search URL from parameters, without empty ones and always from the first page. */
function searchHref(entries: Iterable<[string, string]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) {
    if (key === 'after' || value.trim() === '') continue;
    params.append(key, value);
  }
  const query = params.toString();
  return `/search${query ? `?${query}` : ''}`;
}

/** Where the search form leads (with JavaScript, the same URL without the empty fields). */
export function searchHrefFromForm(data: FormData): string {
  const entries: [string, string][] = [];
  for (const [key, value] of data) if (typeof value === 'string') entries.push([key, value]);
  return searchHref(entries);
}

/** The current search without one value of a parameter (or all of it), from the first page. */
export function searchHrefWithout(url: URL, param: string, value?: string): string {
  return searchHref([...url.searchParams].filter(([key, v]) => key !== param || (value !== undefined && v !== value)));
}

/** The current search with `q` replaced, filters kept: where "Did you mean" leads. */
export function searchHrefWithQuery(url: URL, q: string): string {
  return searchHref([['q', q], ...[...url.searchParams].filter(([key]) => key !== 'q')]);
}

/** The current words and order without any filter. */
export function searchHrefWithoutFilters(url: URL): string {
  return searchHref([...url.searchParams].filter(([key]) => key === 'q' || key === 'sort'));
}

/** The current search in another order, from the first page. */
export function searchHrefInOrder(url: URL, order: SearchOrder): string {
  const rest = [...url.searchParams].filter(([key]) => key !== 'sort');
  return searchHref(order === 'NEWEST' ? [...rest, ['sort', 'newest']] : rest);
}

/** The orders search results offer (for SortToggle); a new order starts again from the first page. */
export function searchOrderOptions(url: URL): { value: SearchOrder; label: string; href: string }[] {
  return [
    { value: 'RELEVANCE', label: 'Relevance', href: searchHrefInOrder(url, 'RELEVANCE') },
    { value: 'NEWEST', label: 'Newest', href: searchHrefInOrder(url, 'NEWEST') },
  ];
}

/** "Published from March 1, 2025" / "Published until …", for a chip. */
export function dateChipLabel(which: 'from' | 'to', ymd: string): string {
  return `${which === 'from' ? 'Published from' : 'Published until'} ${formatCalendarDate(ymd)}`;
}

// ---- What the page shows ------------------------------------------------------

/** A practice as a search result shows it: a card's fields and the department's city. */
export type SearchHit = PracticeCardData & { department: PracticeCardData['department'] & { city: string } };

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface FacetGroup {
  key: FacetKey;
  param: string;
  legend: string;
  plural: string | undefined;
  options: FacetOption[];
}

export interface FilterChip {
  label: string;
  /** The same search without this filter. */
  href: string;
}

import type { GraphQLResolveInfo } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import type { QuerySearchArgs, Resolvers } from '../../generated/graphql.ts';
import type { SearchResultRow } from '../../graphql/mappers.ts';
import type { Topic } from '@muster/db';
import { agencyType, evidenceLevel, lifecycle } from '@muster/db';
import {
  AGENCY_TYPE_LABELS,
  EVIDENCE_LABELS,
  HAS_OUTCOMES_LABELS,
  LIFECYCLE_LABELS,
  SIZE_BAND_LABELS,
  SIZE_BANDS,
  US_STATES,
} from '@muster/db/labels';
import { badInput } from '../../graphql/errors.ts';
import { asksFor } from '../../graphql/selection.ts';
import { connection, keyFits, notACursor, readPage } from '../../graphql/pagination.ts';
import { readPracticeFilter } from './practice-filter.ts';
import { listTopicsOnce, topicsToCome } from './topics-of-request.ts';
import { countMatches } from './search.bitmaps.ts';
import { searchPractices, suggestQuery, understandQuery, type SearchKey, type SearchOrder } from './search.repository.ts';
import { anyWordQuery, atLeast, maxQueryLength, type QueryNode } from './search-query.ts';

/** Fewer matches than this count as "finds little": relax to any word, offer a suggestion. */
const fewResults = 3;

const labels: Record<string, Readonly<Record<string, string>>> = {
  states: US_STATES,
  agencyTypes: AGENCY_TYPE_LABELS,
  evidenceLevels: Object.fromEntries(Object.entries(EVIDENCE_LABELS).map(([value, { label }]) => [value, label])),
  lifecycles: Object.fromEntries(Object.entries(LIFECYCLE_LABELS).map(([value, { label }]) => [value, label])),
  sizeBands: SIZE_BAND_LABELS,
  hasOutcomes: HAS_OUTCOMES_LABELS,
};
const orderOf: Record<string, readonly string[]> = {
  agencyTypes: agencyType.enumValues,
  evidenceLevels: [...evidenceLevel.enumValues].reverse(),
  lifecycles: lifecycle.enumValues,
  sizeBands: SIZE_BANDS,
  hasOutcomes: ['true', 'false'],
};

/**
 * A facet as the page lists it, labelled here so that no client labels it again: every value with
 * matches, and every value the filter asks for even with none (a ticked box stays where it was
 * ticked, to be unticked). Fixed lists keep their natural order; open lists (topics, states) put
 * the most matches first, then go by name.
 */
function facetList(counts: Map<string, number>, selected: readonly string[], label: (value: string) => string, order?: readonly string[]) {
  const listed = new Set([...[...counts].filter(([, n]) => n > 0).map(([value]) => value), ...selected]);
  const values = order
    ? order.filter((v) => listed.has(v))
    : [...listed].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || label(a).localeCompare(label(b)));
  return values.map((value) => ({ value, label: label(value), count: counts.get(value) ?? 0 }));
}

/** One of the fixed or open lists, by its name in SearchFacets. */
function namedFacet(name: string, counts: Map<string, number>, selected: readonly string[] | null | undefined) {
  return facetList(counts, selected ?? [], (value) => labels[name]?.[value] ?? value, orderOf[name]);
}

/** A cursor's key for the order in effect: a score (by relevance) or a date (newest), then a write-up's id. */
function validKey(key: SearchKey, order: SearchOrder): boolean {
  return keyFits(key, [order === 'RELEVANCE' ? 'score' : 'timestamp', 'uuid']);
}

export const resolvers: Resolvers = {
  Query: {
    search: async (_root, args, ctx, info) => {
      // The topics (the page's list of them, the facets' names) are read with the counts.
      const handOverTopics = topicsToCome(ctx);
      try {
        return await search(args, ctx, info, handOverTopics);
      } finally {
        // When the search failed before counting, the topics are read on their own.
        handOverTopics?.(null);
      }
    },
  },
};

/** Query.search; `handOverTopics` takes the topics its counting statement reads along. */
async function search(
  args: QuerySearchArgs,
  ctx: MercuriusContext,
  info: GraphQLResolveInfo,
  handOverTopics: ((topics: Topic[] | null) => void) | null,
): Promise<SearchResultRow> {
  if (args.query.length > maxQueryLength) {
    throw badInput('query', `Search for at most ${maxQueryLength} characters; try the few words that matter most.`);
  }
  // Which kind the first part is depends on the order, known once the query is understood.
  const page = readPage<SearchKey>(args, 20, [['score', 'timestamp'], 'uuid']);
  const filter = readPracticeFilter(args.filter);
  // Only stop words or punctuation search for nothing: show the newest instead of an empty page.
  const understood = await understandQuery(ctx.db, args.query);
  const typed = understood.tree;
  // Without words, the newest come first whatever order was asked for.
  const order = typed ? (args.orderBy ?? 'RELEVANCE') : 'NEWEST';
  if (page.after && !validKey(page.after, order)) throw notACursor();
  // Every word when enough write-ups have them all; otherwise any word, best matches first.
  const anyWord = anyWordQuery(args.query, typed);
  const relaxedTree = anyWord ? { kind: 'or' as const, children: anyWord } : null;
  const today = ctx.now().toISOString().slice(0, 10);
  // A page of results, with their snippets.
  const rank = (tree: QueryNode | null, anyOf: QueryNode[] | null, atLeastCounts?: (number | null)[]) =>
    searchPractices(ctx.db, ctx.viewer, { tree, anyOf, atLeastCounts, filter, order, page, today });
  // Counting and ranking are independent, so they run side by side (on two connections). Only
  // when few write-ups have every word is the page ranked again, on any word: a cheap miss.
  const strictPage = rank(typed, null);
  strictPage.catch(() => {}); // awaited below, or dropped when the query is relaxed
  // Facets are counted only when the page asks for them: in the same statement as the totals,
  // unless the query may be relaxed; then once the totals say which query the page shows.
  const wantsFacets = asksFor(info, 'facets');
  // With a relaxable query, also how many have at least k of its words, for each k (cheap on bitmaps).
  const tiers = anyWord ? anyWord.map((_, i) => atLeast(anyWord, i + 1)) : [];
  const counted = await countMatches(
    ctx.db,
    ctx.viewer,
    understood.indexed,
    [
      { tree: typed },
      { tree: typed, filter },
      ...(relaxedTree ? [{ tree: relaxedTree, filter }] : []),
      ...tiers.flatMap((tier) => (tier ? [{ tree: tier, filter }] : [])),
    ],
    wantsFacets && !relaxedTree ? { tree: typed, filter } : undefined,
    { withTopics: handOverTopics !== null },
  );
  handOverTopics?.(counted.topics);
  const [strictCount, strictTotal, relaxedTotal, ...tierCounts] = counted.counts;
  const atLeastCounts: (number | null)[] = [null];
  for (const tier of tiers) atLeastCounts.push(tier ? tierCounts.shift()! : null);
  const relaxed = relaxedTree !== null && strictCount! < fewResults;
  const totalCount = relaxed ? relaxedTotal! : strictTotal!;
  const shown = relaxed ? relaxedTree : typed;
  const [found, facetCounts] = await Promise.all([
    relaxed ? rank(relaxedTree, anyWord, atLeastCounts) : strictPage,
    wantsFacets && relaxedTree
      ? countMatches(ctx.db, ctx.viewer, understood.indexed, [], { tree: shown, filter }).then((c) => c.facets)
      : counted.facets,
  ]);
  const result = connection(found.rows, page.limit, totalCount, (row) => row.key);
  return {
    ...result,
    edges: result.edges.map((edge) => ({ ...edge, snippet: edge.node.snippet, score: edge.node.score })),
    query: typed ? args.query.trim() : '',
    relaxed: relaxed && totalCount > 0,
    facets: async () => {
      const counts = facetCounts!;
      const allTopics = await listTopicsOnce(ctx);
      const topicCounts = new Map(allTopics.map((t) => [t.slug, counts.topics.get(t.id) ?? 0]));
      const topicNames = new Map(allTopics.map((t) => [t.slug, t.name]));
      const askedTopics = (filter?.topics ?? []).filter((slug) => topicNames.has(slug));
      return {
        topics: facetList(topicCounts, askedTopics, (slug) => topicNames.get(slug)!),
        states: namedFacet('states', counts.states, filter?.states),
        agencyTypes: namedFacet('agencyTypes', counts.agencyTypes, filter?.agencyTypes),
        evidenceLevels: namedFacet('evidenceLevels', counts.evidenceLevels, filter?.evidenceLevels),
        lifecycles: namedFacet('lifecycles', counts.lifecycles, filter?.lifecycles),
        sizeBands: namedFacet('sizeBands', counts.sizeBands, filter?.sizeBands),
        hasOutcomes: namedFacet('hasOutcomes', counts.hasOutcomes, filter?.hasOutcomes == null ? [] : [String(filter.hasOutcomes)]),
      };
    },
    suggestion: async () => (typed && (relaxed || totalCount < fewResults) ? suggestQuery(ctx.db, args.query.trim()) : null),
  };
}

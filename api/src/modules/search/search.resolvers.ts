import type { GraphQLResolveInfo } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import type { QuerySearchArgs, Resolvers, SearchType } from '../../generated/graphql.ts';
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
import { countQuestionsAndDebriefs, searchDebriefs, searchQuestions } from './search-types.repository.ts';
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

const typeLabels: Record<SearchType, string> = { PRACTICES: 'Write-ups', QUESTIONS: 'Questions', DEBRIEFS: 'Debriefs' };

/** The type choice's list, in its fixed order. */
function typeCountList(counts: Record<SearchType, number>) {
  return (['PRACTICES', 'QUESTIONS', 'DEBRIEFS'] as const).map((type) => ({ type, label: typeLabels[type], count: counts[type] }));
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
        if (args.type && args.type !== 'PRACTICES') return await searchOtherType(args.type, args, ctx);
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
  // The type choice's other counts, only when asked for: one statement beside the ranking.
  const countOthers = () => countQuestionsAndDebriefs(ctx.db, ctx.viewer, typed ? args.query.trim() : null);
  const otherCounts = asksFor(info, 'typeCounts') ? countOthers() : null;
  otherCounts?.catch(() => {}); // awaited when typeCounts is resolved
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
    type: 'PRACTICES',
    edges: result.edges.map((edge) => ({ ...edge, snippet: edge.node.snippet, score: edge.node.score })),
    questionEdges: [],
    debriefEdges: [],
    typeCounts: async () => {
      const other = await (otherCounts ?? countOthers());
      return typeCountList({ PRACTICES: totalCount, QUESTIONS: other.questions, DEBRIEFS: other.debriefs });
    },
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

const noFacets = { topics: [], states: [], agencyTypes: [], evidenceLevels: [], lifecycles: [], sizeBands: [], hasOutcomes: [] };

/**
 * Query.search for questions or debriefs: every word of the query (web-search syntax, as Query.debriefs
 * reads it), ranked or newest, with the viewer's visibility; the write-ups' filter does not apply.
 * The write-ups' count for the type choice is worked out only when asked for, as their own page counts it.
 */
async function searchOtherType(type: 'QUESTIONS' | 'DEBRIEFS', args: QuerySearchArgs, ctx: MercuriusContext): Promise<SearchResultRow> {
  if (args.query.length > maxQueryLength) {
    throw badInput('query', `Search for at most ${maxQueryLength} characters; try the few words that matter most.`);
  }
  const page = readPage<SearchKey>(args, 20, [['score', 'timestamp'], 'uuid']);
  const filter = readPracticeFilter(args.filter);
  const understood = await understandQuery(ctx.db, args.query);
  const typed = understood.tree;
  const text = typed ? args.query.trim() : null;
  const order = typed ? (args.orderBy ?? 'RELEVANCE') : 'NEWEST';
  if (page.after && !validKey(page.after, order)) throw notACursor();
  const input = { text, order, page };
  const [questions, debriefs, counts] = await Promise.all([
    type === 'QUESTIONS' ? searchQuestions(ctx.db, ctx.viewer, input) : [],
    type === 'DEBRIEFS' ? searchDebriefs(ctx.db, ctx.viewer, input) : [],
    countQuestionsAndDebriefs(ctx.db, ctx.viewer, text),
  ]);
  const totalCount = type === 'QUESTIONS' ? counts.questions : counts.debriefs;
  const questionPage = connection(questions, page.limit, totalCount, (row) => row.key);
  const debriefPage = connection(debriefs, page.limit, totalCount, (row) => row.key);
  const shown = type === 'QUESTIONS' ? questionPage : debriefPage;
  return {
    type,
    totalCount,
    edges: [],
    questionEdges: questionPage.edges.map((edge) => ({ ...edge, snippet: edge.node.snippet, score: edge.node.score })),
    debriefEdges: debriefPage.edges.map((edge) => ({ ...edge, snippet: edge.node.snippet })),
    pageInfo: shown.pageInfo,
    query: text ?? '',
    relaxed: false,
    facets: async () => noFacets,
    typeCounts: async () => {
      // As the write-ups' own page counts: any word when few have every word.
      const anyWord = anyWordQuery(args.query, typed);
      const relaxedTree = anyWord ? { kind: 'or' as const, children: anyWord } : null;
      const counted = await countMatches(ctx.db, ctx.viewer, understood.indexed, [
        { tree: typed },
        { tree: typed, filter },
        ...(relaxedTree ? [{ tree: relaxedTree, filter }] : []),
      ]);
      const [strictCount, strictTotal, relaxedTotal] = counted.counts;
      const practices = relaxedTree && strictCount! < fewResults ? relaxedTotal! : strictTotal!;
      return typeCountList({ PRACTICES: practices, QUESTIONS: counts.questions, DEBRIEFS: counts.debriefs });
    },
    suggestion: async () => (typed && totalCount < fewResults ? suggestQuery(ctx.db, args.query.trim()) : null),
  };
}

import type { IResolvers } from 'mercurius';
import { agencyType, evidenceLevel, lifecycle } from '@muster/db';
import { badInput } from '../../graphql/errors.ts';
import { connection, readPage, type PageArgs } from '../../graphql/pagination.ts';
import { readPracticeFilter } from '../practices/practices.resolvers.ts';
import type { PracticeFilter } from '../practices/practices.repository.ts';
import { listTopics } from '../topics/topics.repository.ts';
import { anyWordQuery, countAllWords, facetCounts, hasSearchableWords, searchKey, searchPractices, snippetsFor, suggestQuery, type SearchKey, type SearchOrder } from './search.repository.ts';

export const maxQueryLength = 300;
/** Fewer matches than this count as "finds little": relax to any word, offer a suggestion. */
const fewResults = 3;

const labels: Record<string, Record<string, string>> = {
  agencyTypes: {
    MUNICIPAL: 'Municipal police', SHERIFF: "Sheriff's office", STATE: 'State police', CAMPUS: 'Campus police',
    TRIBAL: 'Tribal police', TRANSIT: 'Transit police', OTHER: 'Other agency',
  },
  evidenceLevels: { ANECDOTAL: 'Anecdotal', INTERNAL_DATA: 'Internal data', EXTERNAL_EVALUATION: 'External evaluation', RIGOROUS_STUDY: 'Rigorous study' },
  lifecycles: { PILOT: 'Pilot', RUNNING: 'Running', SCALED: 'Scaled up', DISCONTINUED: 'Discontinued' },
  sizeBands: { SMALL: 'Fewer than 50 officers', MEDIUM: '50–249 officers', LARGE: '250–999 officers', VERY_LARGE: '1,000 or more officers' },
  hasOutcomes: { true: 'With outcome figures', false: 'Without outcome figures' },
};
const orderOf: Record<string, readonly string[]> = {
  agencyTypes: agencyType.enumValues,
  evidenceLevels: [...evidenceLevel.enumValues].reverse(),
  lifecycles: lifecycle.enumValues,
  sizeBands: ['SMALL', 'MEDIUM', 'LARGE', 'VERY_LARGE'],
  hasOutcomes: ['true', 'false'],
};

function facetList(name: string, counts: Map<string, number>) {
  const order = orderOf[name];
  const values = order ? order.filter((v) => counts.has(v)) : [...counts.keys()].sort();
  return values.map((value) => ({ value, label: labels[name]?.[value] ?? value, count: counts.get(value)! }));
}

interface SearchArgs extends PageArgs {
  query: string;
  filter?: PracticeFilter | null;
  orderBy?: SearchOrder | null;
}

export const resolvers: IResolvers = {
  Query: {
    search: async (_root, args: SearchArgs, ctx) => {
      if (args.query.length > maxQueryLength) {
        throw badInput('query', `Search for at most ${maxQueryLength} characters; try the few words that matter most.`);
      }
      const page = readPage<SearchKey>(args, 20, 2);
      const filter = readPracticeFilter(args.filter);
      // Only stop words or punctuation search for nothing: show the newest instead of an empty page.
      const typed = (await hasSearchableWords(ctx.db, args.query)) ? args.query.trim() : null;
      // Every word when enough write-ups have them all; otherwise any word, best matches first.
      const anyWord = typed ? anyWordQuery(typed) : null;
      const strictCount = typed && anyWord ? await countAllWords(ctx.db, ctx.viewer, typed, fewResults) : fewResults;
      const relaxed = anyWord !== null && strictCount < fewResults;
      const text = relaxed ? anyWord.text : typed;
      const today = ctx.now().toISOString().slice(0, 10);
      const found = await searchPractices(ctx.db, ctx.viewer, { text, anyOf: relaxed ? anyWord.words : null, filter, order: args.orderBy ?? 'RELEVANCE', page, today });
      const result = connection(found.rows, page.limit, found.totalCount, (row) => searchKey(found.order, row));
      const snippets = text ? await snippetsFor(ctx.db, result.edges.map((e) => e.node.id), text) : new Map<string, string>();
      return {
        ...result,
        edges: result.edges.map((edge) => ({ ...edge, snippet: snippets.get(edge.node.id) ?? null, score: text ? edge.node.score : null })),
        query: typed ?? '',
        relaxed: relaxed && found.totalCount > 0,
        // Resolved only when asked for: counting facets is the costly part.
        facets: async () => {
          const [counts, allTopics] = await Promise.all([facetCounts(ctx.db, ctx.viewer, text, filter), listTopics(ctx.db)]);
          return {
            topics: allTopics.filter((t) => counts.topics.has(t.id)).map((t) => ({ value: t.slug, label: t.name, count: counts.topics.get(t.id)! })),
            states: facetList('states', counts.states),
            agencyTypes: facetList('agencyTypes', counts.agencyTypes),
            evidenceLevels: facetList('evidenceLevels', counts.evidenceLevels),
            lifecycles: facetList('lifecycles', counts.lifecycles),
            sizeBands: facetList('sizeBands', counts.sizeBands),
            hasOutcomes: facetList('hasOutcomes', counts.hasOutcomes),
          };
        },
        suggestion: async () => (typed && (relaxed || found.totalCount < fewResults) ? suggestQuery(ctx.db, typed) : null),
      };
    },
  },
};

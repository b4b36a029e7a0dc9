import { and, desc, eq, getTableColumns, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { practices, rowsOf, searchEntries as e, searchTitles, type Db, type Practice } from '@muster/db';
import type { Page } from '../../graphql/pagination.ts';
import { searchableEntries, type Viewer } from '../../policy.ts';
import type { PracticeFilter } from './practice-filter.ts';
import { atLeast, firstWord, hasExclusion, parseTsquery, queryOf, replacePhrases, toTsquery, type QueryNode } from './search-query.ts';

const { search: _search, ...practiceColumns } = getTableColumns(practices);

export type SearchOrder = 'RELEVANCE' | 'NEWEST';
/** RELEVANCE: [score, practice id]; NEWEST: [publishedAt ISO, practice id]. */
export type SearchKey = [number | string, string];

export interface UnderstoodQuery {
  /** Null when the text has no searchable words (only stop words or punctuation). */
  tree: QueryNode | null;
  /** Which of its words have bitmaps of their own (search_indexed_words). */
  indexed: Set<string>;
}

/**
 * The query as PostgreSQL reads web-search syntax. A hyphenated word becomes the phrase of itself
 * and its parts ('de-escal' <-> 'de' <-> 'escal'), which only the documents can check; since
 * PostgreSQL's parser always writes those parts after the whole word, the whole word alone says
 * the same, and it has a bitmap when it is common.
 */
export async function understandQuery(db: Db, text: string): Promise<UnderstoodQuery> {
  if (!text.trim()) return { tree: null, indexed: new Set() };
  const hyphenated = [...new Set(text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? [])];
  const [row] = rowsOf<{ q: string; words: string[]; indexed: string[] }>(
    await db.execute(sql`select ${tsquery(text)}::text as q,
      array(select ${tsquery(sql`w`)}::text from unnest(${sql.param(hyphenated)}::text[]) w) as words,
      array(select word from search_indexed_words where word = any(tsvector_to_array(to_tsvector('english', ${text})))) as indexed`),
  );
  const tree = parseTsquery(row?.q ?? '');
  const wholeWords = new Map<string, QueryNode>();
  for (const word of row?.words ?? []) {
    const phrase = parseTsquery(word);
    if (phrase?.kind === 'phrase') wholeWords.set(toTsquery(phrase), firstWord(phrase));
  }
  return { tree: tree && wholeWords.size ? replacePhrases(tree, wholeWords) : tree, indexed: new Set(row?.indexed ?? []) };
}

/** Web-search syntax as a tsquery, for searches that match text directly (debriefs). */
export const tsquery = (text: string | SQL) => sql`websearch_to_tsquery('english', ${text})`;

/** Whether the text has any searchable word (only stop words or punctuation have none). */
export async function hasSearchableWords(db: Db, text: string): Promise<boolean> {
  return (await understandQuery(db, text)).tree !== null;
}

// ——— Ranking ———

/** The index's tables hold the same columns to filter by: search_entries, and search_titles for the title band. */
type Ranked = typeof e | typeof searchTitles;

/**
 * Relevance comes in bands: write-ups with the query in their title first (score 3–4), then in
 * their summary (1–2), then anywhere (0–1). Within a band, how well the text that put it there
 * matches (title and summary; for the last band the whole document, weighted title > summary >
 * structured fields > body): how often the words occur, and whether they stand together as typed,
 * nudged up for stronger evidence and for recency (halving over about four years). With "any
 * word", how many of the words a write-up has comes first (4 per word). The day, not the instant,
 * anchors recency, so scores hold still while someone pages through.
 */
interface Scoring {
  q: SQL;
  /** The words as a phrase, as typed, when there are several; null otherwise. */
  together: SQL | null;
  today: string;
}

function scoringOf(tree: QueryNode, today: string): Scoring {
  const parts = tree.kind === 'and' && !hasExclusion(tree) ? tree.children : [];
  const words = parts.filter((c) => c.kind === 'word' || c.kind === 'phrase');
  const phrase =
    words.length > 1 && words.length === parts.length
      ? words.reduce((left, right) => ({ kind: 'phrase' as const, distance: 1, left, right }))
      : null;
  return { q: queryOf(tree), together: phrase ? queryOf(phrase) : null, today };
}

function fineScore(table: Ranked, words: AnyColumn, { q, together, today }: Scoring): SQL {
  // Normalisation 1|32: divide by the log of the text's length (a long write-up repeating a
  // common word does not win), then scale into 0..1; the words together add half as much again
  // (cover density would say more, at twice the cost). Float arithmetic throughout: numeric is slow.
  const rank = together
    ? sql`(ts_rank(${words}, ${q}, 33) + 0.5::float8 * (${words} @@ ${together})::int) / 1.5::float8`
    : sql`ts_rank(${words}, ${q}, 33)`;
  return sql`${rank}
    * case ${table.evidenceLevel} when 'RIGOROUS_STUDY' then 1.3::float8 when 'EXTERNAL_EVALUATION' then 1.2::float8 when 'INTERNAL_DATA' then 1.1::float8 else 1::float8 end
    * least(1::float8, 1::float8 / (1::float8 + date_part('epoch', ${today}::timestamptz - ${table.publishedAt}) / ${86400 * 365 * 4}::float8)) / 1.3::float8`;
}

/** The score of a write-up in a band known in advance: the band's base and the fine score of its text. */
function bandScore(table: Ranked, base: number, words: AnyColumn, scoring: Scoring): SQL<number> {
  return sql<number>`(${base}::float8 + ${fineScore(table, words, scoring)})::float8`;
}

/** The same score worked out for each write-up, for when bands are not known in advance. */
function scoreOf(tree: QueryNode, today: string, anyOf: QueryNode[] | null): SQL<number> {
  const scoring = scoringOf(tree, today);
  const { q } = scoring;
  const coverage = anyOf?.length
    ? sql`4 * (${sql.join(
        anyOf.map((w) => sql`(${e.document} @@ ${queryOf(w)})::int`),
        sql` + `,
      )}) + `
    : sql``;
  return sql<number>`(${coverage}case when ${e.titleWords} @@ ${q} then 3::float8 + ${fineScore(e, e.headWords, scoring)}
    when ${e.headWords} @@ ${q} then 1::float8 + ${fineScore(e, e.headWords, scoring)}
    else ${fineScore(e, e.document, scoring)} end)::float8`;
}

/** What the viewer may see and the filters, on the index's own columns. */
function entryConditions(table: Ranked, viewer: Viewer | null, filter: PracticeFilter | undefined): SQL[] {
  const f = filter ?? {};
  const where: SQL[] = [];
  const visible = searchableEntries(viewer, table.membersOnly);
  if (visible) where.push(visible);
  if (f.topics?.length) where.push(sql`${table.topicIds} && array(select t.id from topics t where t.slug in ${f.topics})`);
  if (f.states?.length) where.push(inArray(table.state, f.states));
  if (f.agencyTypes?.length) where.push(inArray(table.agencyType, f.agencyTypes));
  if (f.sizeBands?.length) where.push(inArray(table.sizeBand, f.sizeBands));
  if (f.evidenceLevels?.length) where.push(inArray(table.evidenceLevel, f.evidenceLevels));
  if (f.lifecycles?.length) where.push(inArray(table.lifecycle, f.lifecycles));
  if (f.hasOutcomes != null) where.push(eq(table.hasOutcomes, f.hasOutcomes));
  return [...where, ...narrowing(table, filter)];
}

/** The filters that are not facets (a department, a date range): they narrow the facets' counts too. */
export function narrowing(table: Ranked, filter: PracticeFilter | undefined): SQL[] {
  const f = filter ?? {};
  const where: SQL[] = [];
  if (f.departmentSlug) where.push(sql`${table.departmentId} = (select d.id from departments d where d.slug = ${f.departmentSlug})`);
  if (f.publishedFrom) where.push(sql`${table.publishedAt} >= ${f.publishedFrom}::date`);
  if (f.publishedTo) where.push(sql`${table.publishedAt} < ${f.publishedTo}::date + 1`);
  return where;
}

export interface SearchInput {
  tree: QueryNode | null;
  /** Set when the query was relaxed to any of these parts. */
  anyOf: QueryNode[] | null;
  /** With anyOf: how many write-ups (filters applied) have at least k of the parts, by k; missing when not counted. */
  atLeastCounts?: (number | null)[];
  filter: PracticeFilter | undefined;
  order: SearchOrder;
  page: Page<SearchKey>;
  today: string;
}

/** A band of the ranking: where its write-ups are, which they are, and how they score. */
interface Band {
  table: Ranked;
  lowest: number;
  where: SQL | undefined;
  score: SQL<number>;
}

function bandsOf(tree: QueryNode, input: SearchInput): Band[] {
  const q = queryOf(tree);
  const matches = sql`${e.document} @@ ${q}`;
  const scoring = scoringOf(tree, input.today);
  const band = (table: Ranked, base: number, words: AnyColumn) => bandScore(table, base, words, scoring);
  if (input.anyOf) {
    const atLeastCounts = input.atLeastCounts ?? [];
    const exactly = (k: number) => (atLeastCounts[k] == null ? null : atLeastCounts[k]! - (atLeastCounts[k + 1] ?? 0));
    return anyWordBands(input.anyOf, q, band, scoreOf(tree, input.today, input.anyOf), exactly, input.page.limit + 1);
  }
  if (hasExclusion(tree)) {
    // A title with the words may not be a document without the excluded ones: every band checks the document.
    return [
      { table: e, lowest: 3, where: and(sql`${e.titleWords} @@ ${q}`, matches), score: band(e, 3, e.headWords) },
      {
        table: e,
        lowest: 1,
        where: and(sql`not (${e.titleWords} @@ ${q})`, sql`${e.headWords} @@ ${q}`, matches),
        score: band(e, 1, e.headWords),
      },
      {
        table: e,
        lowest: 0,
        where: and(sql`not (${e.titleWords} @@ ${q})`, sql`not (${e.headWords} @@ ${q})`, matches),
        score: band(e, 0, e.document),
      },
    ];
  }
  // Without exclusions, a title with the words is a summary-and-title and a document with them:
  // each band's own index finds its write-ups, and the title band reads the narrow copy (a broad
  // query ranks its title matches, not every write-up that has the words).
  return [
    {
      table: searchTitles,
      lowest: 3,
      where: sql`${searchTitles.titleWords} @@ ${q}`,
      score: band(searchTitles, 3, searchTitles.headWords),
    },
    { table: e, lowest: 1, where: and(sql`not (${e.titleWords} @@ ${q})`, sql`${e.headWords} @@ ${q}`), score: band(e, 1, e.headWords) },
    {
      table: e,
      lowest: 0,
      where: and(sql`not (${e.titleWords} @@ ${q})`, sql`not (${e.headWords} @@ ${q})`, matches),
      score: band(e, 0, e.document),
    },
  ];
}

/**
 * With any word, write-ups with exactly k of the n words (k from n down) score 4k to 4k + 4, so
 * each k is a band of its own, split again by title and summary as above unless it is small (how
 * many each k has was counted on bitmaps; an empty k is skipped). When "k of them" gets too long
 * to write as a query, the rest (fewer words) is one last band. A band not split by title and
 * summary scores each write-up as the split bands would.
 */
function anyWordBands(
  words: QueryNode[],
  q: SQL,
  band: (table: Ranked, base: number, words: AnyColumn) => SQL<number>,
  fullScore: SQL<number>,
  exactly: (k: number) => number | null,
  small: number,
): Band[] {
  const bands: Band[] = [];
  let more: QueryNode | null = null; // at least k + 1 of the words
  for (let k = words.length; k >= 1; k--) {
    const some = atLeast(words, k);
    const outside = more ? sql`not (${e.document} @@ ${queryOf(more)})` : undefined;
    if (!some) {
      bands.push({ table: e, lowest: 0, where: and(sql`${e.document} @@ ${q}`, outside), score: fullScore });
      break;
    }
    const size = exactly(k);
    const these = and(sql`${e.document} @@ ${queryOf(some)}`, outside);
    more = some;
    if (size === 0) continue;
    if (size !== null && size <= small) {
      bands.push({ table: e, lowest: 4 * k, where: these, score: fullScore });
      continue;
    }
    bands.push(
      { table: e, lowest: 4 * k + 3, where: and(these, sql`${e.titleWords} @@ ${q}`), score: band(e, 4 * k + 3, e.headWords) },
      {
        table: e,
        lowest: 4 * k + 1,
        where: and(these, sql`not (${e.titleWords} @@ ${q})`, sql`${e.headWords} @@ ${q}`),
        score: band(e, 4 * k + 1, e.headWords),
      },
      { table: e, lowest: 4 * k, where: and(these, sql`not (${e.headWords} @@ ${q})`), score: band(e, 4 * k, e.document) },
    );
  }
  return bands;
}

/** A ranked row: the write-up (every column but the search document), its sort key, and its snippet when the search has words. */
export type FoundPractice = Omit<Practice, 'search'> & { key: SearchKey; score: number | null; snippet: string | null };

/**
 * One page of matches (up to limit + 1, the extra saying there is more), in order, as practice
 * rows with their snippets: each ranking statement reads its page's write-ups and highlights them
 * as it goes (the ranking picks ids off the index first; only those rows are read and headlined).
 */
export async function searchPractices(db: Db, viewer: Viewer | null, input: SearchInput) {
  const { tree, page } = input;
  const order: SearchOrder = tree ? input.order : 'NEWEST';
  const need = page.limit + 1;
  const found: FoundPractice[] = [];
  const snippet = tree ? snippetOf(tree) : sql<string | null>`null`;
  // The ranking reads ids and keys off the index, limited; only then are those write-ups read.
  const read = async (table: Ranked, key: SQL | AnyColumn, where: (SQL | undefined)[], limit: number) => {
    const ranked = db
      .select({ id: sql`${table.practiceId}`.as('id'), key: sql`${key}`.as('key') })
      .from(table)
      .where(and(...where))
      .orderBy(desc(key), desc(table.practiceId))
      .limit(limit);
    const rows = await db
      .select({
        practice: practiceColumns,
        key: order === 'RELEVANCE' ? sql`ranked.key`.mapWith(Number) : sql`ranked.key`.mapWith(e.publishedAt),
        snippet,
      })
      .from(sql`(${ranked}) as ranked`)
      .innerJoin(practices, sql`${practices.id} = ranked.id`)
      .orderBy(sql`ranked.key desc, ranked.id desc`);
    for (const { practice, key: value, snippet: text } of rows) {
      const sortKey = value instanceof Date ? value.toISOString() : Number(value);
      found.push({
        ...practice,
        key: [sortKey, practice.id],
        score: order === 'RELEVANCE' ? Number(value) : null,
        snippet: text === null ? null : highlight(text),
      });
    }
  };

  if (order === 'NEWEST' || !tree) {
    const where = entryConditions(e, viewer, input.filter);
    if (tree) where.push(sql`${e.document} @@ ${queryOf(tree)}`);
    if (page.after) where.push(sql`(${e.publishedAt}, ${e.practiceId}) < (${String(page.after[0])}::timestamptz, ${page.after[1]}::uuid)`);
    await read(e, e.publishedAt, where, need);
  } else {
    const after = page.after ? { score: Number(page.after[0]), id: page.after[1] } : null;
    for (const { table, lowest, where, score } of bandsOf(tree, input)) {
      if (found.length >= need) break;
      // A band wholly before the cursor was on earlier pages.
      if (after && after.score < lowest) continue;
      await read(
        table,
        score,
        [
          ...entryConditions(table, viewer, input.filter),
          where,
          after ? sql`(${score}, ${table.practiceId}) < (${after.score}::float8, ${after.id}::uuid)` : undefined,
        ],
        need - found.length,
      );
    }
  }
  return { rows: found, order };
}

// ——— Snippets and suggestions ———

/** Markdown's link targets (`[words](target)` keeps the words) and bare addresses in brackets. */
const markdownTargets = String.raw`\]\([^)\s]*\)|\(https?://[^)\s]*\)`;
/** Markdown's marks: headings, emphasis, quotes, tables, brackets and code ticks. */
const markdownMarks = String.raw`[#*_>|\[\]` + '`' + String.raw`]+`;
const whiteSpace = String.raw`\s+`;

/**
 * Markdown source as the words a reader sees, for ts_headline to cut snippets from: link targets and
 * marks dropped, runs of white space made one. The only place snippets lose their syntax; pages
 * show the snippet as it comes.
 */
export function markdownAsText(markdown: SQL): SQL<string> {
  return sql<string>`regexp_replace(regexp_replace(regexp_replace(${markdown}, ${markdownTargets}, ']', 'g'), ${markdownMarks}, ' ', 'g'), ${whiteSpace}, ' ', 'g')`;
}

/** What ts_headline puts around a match (StartSel, StopSel); highlight() turns them into <mark>s. */
export const start = '\u0002';
export const stop = '\u0003';

/**
 * A write-up's highlighted fragments (ts_headline is costly: only a page's rows are headlined),
 * as ts_headline marks them; highlight() makes them HTML.
 */
function snippetOf(tree: QueryNode): SQL<string> {
  // Headline plain text, not Markdown: heading marks, emphasis and link targets are dropped first.
  return sql<string>`ts_headline('english', ${markdownAsText(sql`${practices.summary} || ' … ' || left(${practices.body}, 4000)`)}, ${queryOf(tree)},
    ${`StartSel=${start}, StopSel=${stop}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`})`;
}

/** A headline's fragment, HTML-escaped, matches in <mark>. */
export function highlight(fragment: string): string {
  const escaped = fragment.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replaceAll(start, '<mark>').replaceAll(stop, '</mark>');
}

/** "Did you mean": each word that no public title or summary has, swapped for the most similar one that does. */
export async function suggestQuery(db: Db, text: string): Promise<string | null> {
  const words = [...new Set(text.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? [])].filter((w) => w !== 'or').slice(0, 8);
  let suggestion = text;
  for (const word of words) {
    const result = rowsOf<{ word: string }>(
      await db.execute(sql`
        select word from search_words
        where word % ${word} and similarity(word, ${word}) > 0.45 and not exists (select 1 from search_words where word = ${word})
        order by similarity(word, ${word}) desc, ndoc desc limit 1`),
    );
    const better = result[0]?.word;
    if (better) suggestion = suggestion.replace(new RegExp(`\\b${word}\\b`, 'i'), better);
  }
  return suggestion !== text ? suggestion : null;
}

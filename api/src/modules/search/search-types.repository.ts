import { and, desc, getTableColumns, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { debriefs, questions, rowsOf, type Db } from '@muster/db';
import type { DebriefRow, QuestionRow } from '../../graphql/mappers.ts';
import type { Page } from '../../graphql/pagination.ts';
import { visibleDebriefs, visibleQuestions, type Viewer } from '../../policy.ts';
import { highlight, markdownAsText, start, stop, tsquery, type SearchKey, type SearchOrder } from './search.repository.ts';

// Questions and debriefs are searched on their own tsvector columns (web-search syntax, every word),
// as the debriefs list does: they are few next to write-ups and need no bitmaps. Each result is
// counted and listed with the viewer's visibility, the rule their own lists use (policy.ts).

const { search: _q, ...questionColumns } = getTableColumns(questions);
const { search: _d, ...debriefColumns } = getTableColumns(debriefs);

/** The text searched for, or null for no searchable words (then every visible one, newest first). */
export type SearchText = string | null;

/** How many questions and debriefs the viewer may see match: one statement, for the search page's type choice. */
export async function countQuestionsAndDebriefs(db: Db, viewer: Viewer | null, text: SearchText) {
  const matching = (column: AnyColumn) => (text === null ? undefined : sql`${column} @@ ${tsquery(text)}`);
  const [row] = rowsOf<{ questions: number; debriefs: number }>(
    await db.execute(sql`select
      (select count(*) from ${questions} where ${and(visibleQuestions(viewer), matching(questions.search))})::int as questions,
      (select count(*) from ${debriefs} where ${and(visibleDebriefs(viewer), matching(debriefs.search))})::int as debriefs`),
  );
  return { questions: Number(row?.questions ?? 0), debriefs: Number(row?.debriefs ?? 0) };
}

export interface TypePage {
  text: SearchText;
  order: SearchOrder;
  page: Page<SearchKey>;
}

const headline = (text: SQL, q: string) =>
  sql<string>`ts_headline('english', ${markdownAsText(text)}, ${tsquery(q)},
    ${`StartSel=${start}, StopSel=${stop}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`})`;

/**
 * Relevance of a question in bands, as write-ups: the words in its title first (score 2–3), then in
 * title or details (1–2), then anywhere, its answers included (0–1); within a band, ts_rank over the
 * weighted document (title A, details B, answers C), scaled into 0..1.
 */
function questionScore(text: string): SQL<number> {
  const q = tsquery(text);
  return sql<number>`((case when ts_filter(${questions.search}, '{a}') @@ ${q} then 2
      when ts_filter(${questions.search}, '{a,b}') @@ ${q} then 1 else 0 end)::float8
    + ts_rank(${questions.search}, ${q}, 32)::float8)`;
}

/**
 * One ranked page (limit + 1 rows) of a table: the ranking reads ids and keys off the table first,
 * limited; only those rows are then read and headlined.
 */
async function rankedPage<Row>(
  db: Db,
  input: TypePage,
  of: {
    table: typeof questions | typeof debriefs;
    columns: Record<string, PgColumn>;
    id: AnyColumn;
    createdAt: AnyColumn;
    where: (SQL | undefined)[];
    score: (text: string) => SQL<number>;
    snippetText: SQL;
  },
): Promise<(Row & { key: SearchKey; score: number | null; snippet: string | null })[]> {
  const { text, page } = input;
  const order: SearchOrder = text === null ? 'NEWEST' : input.order;
  const key = order === 'RELEVANCE' && text !== null ? of.score(text) : sql`${of.createdAt}`;
  const after = page.after
    ? order === 'RELEVANCE'
      ? sql`(${key}, ${of.id}) < (${Number(page.after[0])}::float8, ${page.after[1]}::uuid)`
      : sql`(${of.createdAt}, ${of.id}) < (${String(page.after[0])}::timestamptz, ${page.after[1]}::uuid)`
    : undefined;
  const ranked = db
    .select({ id: sql`${of.id}`.as('id'), key: sql`${key}`.as('key') })
    .from(of.table)
    .where(and(...of.where, after))
    .orderBy(desc(key), desc(of.id))
    .limit(page.limit + 1);
  const rows = await db
    .select({
      row: of.columns,
      key: order === 'RELEVANCE' ? sql`ranked.key`.mapWith(Number) : sql`ranked.key`.mapWith(of.createdAt),
      snippet: (text === null ? sql`null` : headline(of.snippetText, text)) as SQL<string | null>,
    })
    .from(sql`(${ranked}) as ranked`)
    .innerJoin(of.table, sql`${of.id} = ranked.id`)
    .orderBy(sql`ranked.key desc, ranked.id desc`);
  return rows.map(({ row, key: value, snippet }) => {
    const sortKey = value instanceof Date ? value.toISOString() : Number(value);
    const id = (row as { id: string }).id;
    return {
      ...(row as Row),
      key: [sortKey, id] as SearchKey,
      score: order === 'RELEVANCE' ? Number(value) : null,
      snippet: snippet ? highlight(snippet) : null,
    };
  });
}

/** A page of the questions the viewer may see (never hidden ones) matching the text, best first. */
export function searchQuestions(db: Db, viewer: Viewer | null, input: TypePage) {
  return rankedPage<QuestionRow>(db, input, {
    table: questions,
    columns: questionColumns,
    id: questions.id,
    createdAt: questions.createdAt,
    where: [visibleQuestions(viewer), input.text === null ? undefined : sql`${questions.search} @@ ${tsquery(input.text)}`],
    score: questionScore,
    snippetText: sql`concat_ws(' … ', nullif(${questions.details}, ''), nullif(left(${questions.answersText}, 4000), ''))`,
  });
}

/**
 * A page of the debriefs the viewer may read matching the text, ranked as the debriefs list ranks
 * them (weighted: title A, takeaways B, what to try and sessions C, contacts D).
 */
export function searchDebriefs(db: Db, viewer: Viewer | null, input: TypePage) {
  return rankedPage<DebriefRow>(db, input, {
    table: debriefs,
    columns: debriefColumns,
    id: debriefs.id,
    createdAt: debriefs.createdAt,
    where: [visibleDebriefs(viewer), input.text === null ? undefined : sql`${debriefs.search} @@ ${tsquery(input.text)}`],
    score: (text) => sql<number>`ts_rank(${debriefs.search}, ${tsquery(text)})::float8`,
    snippetText: sql`left(concat_ws(' … ', nullif(${debriefs.takeaways}, ''), nullif(${debriefs.toTry}, ''), nullif(${debriefs.sessions}, ''), nullif(${debriefs.contacts}, '')), 6000)`,
  });
}

import { and, asc, count, desc, eq, getTableColumns, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { debriefPractices, debriefs, practices, type Db, type Debrief, returnedRow } from '@muster/db';
import { groupBy } from '../../graphql/loaders.ts';
import type { Page } from '../../graphql/pagination.ts';
import { visibleDebriefs, type Viewer } from '../../policy.ts';
import { practiceColumns, type PracticeRow } from '../practices/index.ts';
import { highlight, markdownAsText, start, stop, tsquery } from '../search/index.ts';

/** Every column but the search document, which only the database reads. */
const { search: _search, ...columns } = getTableColumns(debriefs);
export type DebriefRow = Omit<Debrief, 'search'>;

/** Newest first: [createdAt ISO, id]. Ranked by a query: [score, id]. */
export type DebriefKey = [string, string];
export type RankedKey = [number, string];

export const debriefKey = (row: DebriefRow): DebriefKey => [row.createdAt.toISOString(), row.id];

const newestFirst = [desc(debriefs.createdAt), desc(debriefs.id)];

function after(page: Page<DebriefKey>): SQL | undefined {
  if (!page.after) return undefined;
  return sql`(${debriefs.createdAt}, ${debriefs.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`;
}

export async function findDebrief(db: Db, id: string): Promise<DebriefRow | null> {
  const [row] = await db.select(columns).from(debriefs).where(eq(debriefs.id, id));
  return row ?? null;
}

/** Debriefs by id, without a visibility check: the caller asks canSeeDebrief of each. */
export async function debriefsByIds(db: Db, ids: string[]): Promise<Map<string, DebriefRow>> {
  const rows = await db.select(columns).from(debriefs).where(inArray(debriefs.id, ids));
  return new Map(rows.map((d) => [d.id, d]));
}

/** The debriefs the viewer may read, newest first, optionally of one event. */
export async function listDebriefs(
  db: Db,
  viewer: Viewer | null,
  eventId: string | null,
  page: Page<DebriefKey>,
): Promise<{ rows: DebriefRow[]; totalCount: number }> {
  const where = and(visibleDebriefs(viewer), eventId ? eq(debriefs.eventId, eventId) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(debriefs)
      .where(and(where, after(page)))
      .orderBy(...newestFirst)
      .limit(page.limit + 1),
    db.select({ n: count() }).from(debriefs).where(where),
  ]);
  return { rows, totalCount: total?.n ?? 0 };
}

/**
 * The debriefs the viewer may read that match a web-search query, best first: weighted rank
 * (title A, takeaways B, what to try and sessions C, contacts D), the cursor [score, id].
 */
export async function searchDebriefs(
  db: Db,
  viewer: Viewer | null,
  text: string,
  eventId: string | null,
  page: Page<RankedKey>,
): Promise<{ rows: (DebriefRow & { score: number })[]; totalCount: number }> {
  const score = sql<number>`ts_rank(${debriefs.search}, ${tsquery(text)})::float8`;
  const where = and(
    visibleDebriefs(viewer),
    sql`${debriefs.search} @@ ${tsquery(text)}`,
    eventId ? eq(debriefs.eventId, eventId) : undefined,
  );
  const pageAfter = page.after
    ? sql`(${score}, ${debriefs.id}) < (${Number(page.after[0])}::float8, ${String(page.after[1])}::uuid)`
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...columns, score })
      .from(debriefs)
      .where(and(where, pageAfter))
      .orderBy(desc(score), desc(debriefs.id))
      .limit(page.limit + 1),
    db.select({ n: count() }).from(debriefs).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r, score: Number(r.score) })), totalCount: total?.n ?? 0 };
}

/** Where the words matched in each debrief of the page, as the search page shows write-ups: HTML-escaped, matches in <mark>. */
export async function debriefSnippets(db: Db, ids: string[], text: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const body = sql`concat_ws(' … ', nullif(${debriefs.takeaways}, ''), nullif(${debriefs.toTry}, ''), nullif(${debriefs.sessions}, ''), nullif(${debriefs.contacts}, ''))`;
  const rows = await db
    .select({
      id: debriefs.id,
      snippet: sql<string>`ts_headline('english', ${markdownAsText(sql`left(${body}, 6000)`)}, ${tsquery(text)},
        ${`StartSel=${start}, StopSel=${stop}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`})`,
    })
    .from(debriefs)
    .where(inArray(debriefs.id, ids));
  return new Map(rows.map((r) => [r.id, highlight(r.snippet)]));
}

/**
 * One page of debriefs the viewer may read for each of several events (or authors), newest
 * first, in one query: each list is numbered by a window and cut at the page size.
 */
export async function debriefPagesBy(
  db: Db,
  viewer: Viewer | null,
  by: 'eventId' | 'authorId',
  keys: string[],
  page: Page<DebriefKey>,
): Promise<Map<string, { rows: DebriefRow[]; totalCount: number }>> {
  const column = debriefs[by];
  const where = and(visibleDebriefs(viewer), inArray(column, keys));
  const ranked = db
    .select({
      ...columns,
      position: sql<number>`row_number() over (partition by ${column} order by ${debriefs.createdAt} desc, ${debriefs.id} desc)`.as(
        'position',
      ),
    })
    .from(debriefs)
    .where(and(where, after(page)))
    .as('ranked');
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(ranked)
      .where(lte(ranked.position, page.limit + 1))
      .orderBy(desc(ranked.createdAt), desc(ranked.id)),
    db.select({ key: column, n: count() }).from(debriefs).where(where).groupBy(column),
  ]);
  const pages = new Map(keys.map((key) => [key, { rows: [] as DebriefRow[], totalCount: 0 }]));
  for (const { position: _position, ...row } of rows) pages.get(row[by])?.rows.push(row);
  for (const t of totals) {
    const page = pages.get(t.key);
    if (page) page.totalCount = t.n;
  }
  return pages;
}

/** The write-ups each debrief mentions, by title (the caller leaves out those the viewer may not open). */
export async function practicesOfDebriefs(db: Db, debriefIds: string[]): Promise<Map<string, PracticeRow[]>> {
  const rows = await db
    .select({ debriefId: debriefPractices.debriefId, practice: practiceColumns })
    .from(debriefPractices)
    .innerJoin(practices, eq(practices.id, debriefPractices.practiceId))
    .where(inArray(debriefPractices.debriefId, debriefIds))
    .orderBy(asc(practices.title), asc(practices.id));
  return groupBy(
    rows,
    (r) => r.debriefId,
    (r) => r.practice,
  );
}

export async function insertDebrief(db: Db, values: typeof debriefs.$inferInsert): Promise<DebriefRow> {
  return returnedRow(await db.insert(debriefs).values(values).returning(columns));
}

export async function updateDebriefFields(db: Db, id: string, values: Partial<typeof debriefs.$inferInsert>): Promise<DebriefRow> {
  return returnedRow(await db.update(debriefs).set(values).where(eq(debriefs.id, id)).returning(columns));
}

export async function replaceDebriefPractices(db: Db, debriefId: string, practiceIds: string[]): Promise<void> {
  await db.delete(debriefPractices).where(eq(debriefPractices.debriefId, debriefId));
  if (practiceIds.length) await db.insert(debriefPractices).values(practiceIds.map((practiceId) => ({ debriefId, practiceId })));
}

/** Removes a debrief; its mentions, its activity and the notifications about it go with it. */
export async function deleteDebriefRow(db: Db, id: string): Promise<boolean> {
  const rows = await db.delete(debriefs).where(eq(debriefs.id, id)).returning({ id: debriefs.id });
  return rows.length > 0;
}

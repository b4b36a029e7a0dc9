import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { departments, outcomes, practices, practiceTopics, topics, type Db } from '@muster/db';
import type { Page } from '../../graphql/pagination.ts';
import { visiblePractices, type Viewer } from '../../policy.ts';
import { filterConditions, sizeBandCondition, sizeBands, type PracticeFilter, type PracticeRow, type SizeBand } from '../practices/practices.repository.ts';
import { getTableColumns } from 'drizzle-orm';

const { search: _search, ...practiceColumns } = getTableColumns(practices);

export type SearchOrder = 'RELEVANCE' | 'NEWEST';
/** RELEVANCE: [score, id]; NEWEST: [publishedAt ISO, id]. */
export type SearchKey = [number | string, string];

export const tsquery = (text: string) => sql`websearch_to_tsquery('english', ${text})`;

/** How many visible write-ups have every word, counting no further than `upTo`. */
export async function countAllWords(db: Db, viewer: Viewer | null, text: string, upTo: number): Promise<number> {
  const rows = await db
    .select({ one: sql`1` })
    .from(practices)
    .where(and(visiblePractices(viewer), sql`${practices.search} @@ ${tsquery(text)}`))
    .limit(upTo);
  return rows.length;
}

/**
 * The same words joined by "or", for when few write-ups have all of them; ranking still puts
 * those matching more words first. Queries with phrases or exclusions are left as typed, since
 * "or" would loosen what the person pinned down.
 */
export function anyWordQuery(text: string): { text: string; words: string[] } | null {
  if (/"|(^|\s)-/.test(text)) return null;
  const words = text.split(/\s+/).filter((w) => w && w.toLowerCase() !== 'or').slice(0, 12);
  return words.length > 1 ? { text: words.join(' or '), words } : null;
}

/** Whether the text has any searchable word (only stop words or punctuation have none). */
export async function hasSearchableWords(db: Db, text: string): Promise<boolean> {
  if (!text.trim()) return false;
  const [row] = await db.select({ n: sql<number>`numnode(${tsquery(text)})::int` }).from(sql`(select 1) as one`);
  return Number(row?.n) > 0;
}

/**
 * Relevance: weighted rank (title A > summary B > structured fields C > body D), nudged up for
 * stronger evidence and for recency (halving over about four years). The day, not the instant,
 * anchors recency, so scores hold still while someone pages through results.
 */
function scoreOf(text: string, today: string, anyOf: string[] | null): SQL<number> {
  // With "any word", how many of the words a write-up has comes first; rank orders within that.
  const coverage = anyOf?.length
    ? sql`(${sql.join(anyOf.map((w) => sql`(${practices.search} @@ ${tsquery(w)})::int`), sql` + `)}) + `
    : sql``;
  // Normalisation 1|32: divide by the log of the document's length (a long write-up repeating
  // a common word does not win), then scale into 0..1.
  return sql<number>`(${coverage}ts_rank_cd(${practices.search}, ${tsquery(text)}, 33)
    * (1 + case ${practices.evidenceLevel} when 'RIGOROUS_STUDY' then 0.3 when 'EXTERNAL_EVALUATION' then 0.2 when 'INTERNAL_DATA' then 0.1 else 0 end)
    * (1 / (1 + extract(epoch from (${today}::timestamptz - ${practices.publishedAt})) / (86400 * 365 * 4))))::float8`;
}

export interface SearchInput {
  text: string | null;
  /** Set when the query was relaxed to any of these words. */
  anyOf: string[] | null;
  filter: PracticeFilter | undefined;
  order: SearchOrder;
  page: Page<SearchKey>;
  today: string;
}

export async function searchPractices(db: Db, viewer: Viewer | null, input: SearchInput) {
  const { text, filter, page } = input;
  const order = text ? input.order : 'NEWEST';
  const where = filterConditions(viewer, filter);
  if (text) where.push(sql`${practices.search} @@ ${tsquery(text)}`);
  const score = text ? scoreOf(text, input.today, input.anyOf) : sql<number>`0::float8`;

  const pageWhere = [...where];
  if (page.after) {
    const [key, id] = page.after;
    pageWhere.push(
      order === 'RELEVANCE'
        ? sql`(${score}, ${practices.id}) < (${Number(key)}::float8, ${id}::uuid)`
        : sql`(${practices.publishedAt}, ${practices.id}) < (${String(key)}::timestamptz, ${id}::uuid)`,
    );
  }
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...practiceColumns, score })
      .from(practices)
      .where(and(...pageWhere))
      .orderBy(...(order === 'RELEVANCE' ? [desc(score), desc(practices.id)] : [desc(practices.publishedAt), desc(practices.id)]))
      .limit(page.limit + 1),
    db.select({ n: sql<number>`count(*)::int` }).from(practices).where(and(...where)),
  ]);
  return { rows: rows as (PracticeRow & { score: number })[], totalCount: Number(total?.n ?? 0), order };
}

export function searchKey(order: SearchOrder, row: PracticeRow & { score: number }): SearchKey {
  return order === 'RELEVANCE' ? [row.score, row.id] : [row.publishedAt?.toISOString() ?? '', row.id];
}

/** Markdown's marks and link targets: a snippet shows the words, not the syntax. */
export const markdownMarks = String.raw`\(https?://[^)]*\)|[#*_>|\[\]` + '`' + String.raw`]+`;

/** What ts_headline puts around a match (StartSel, StopSel); highlight() turns them into <mark>s. */
export const start = '\u0002';
export const stop = '\u0003';

/** Highlighted fragments for the page's rows only (ts_headline is costly); HTML-escaped, matches in <mark>. */
export async function snippetsFor(db: Db, ids: string[], text: string): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: practices.id,
      // Headline plain text, not Markdown: heading marks, emphasis and link targets are dropped first.
      snippet: sql<string>`ts_headline('english', ${practices.summary} || ' … ' || regexp_replace(left(${practices.body}, 4000), ${markdownMarks}, ' ', 'g'), ${tsquery(text)},
        ${`StartSel=${start}, StopSel=${stop}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`})`,
    })
    .from(practices)
    .where(sql`${practices.id} in ${ids}`);
  return new Map(rows.map((r) => [r.id, highlight(r.snippet)]));
}

export function highlight(fragment: string): string {
  const escaped = fragment.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replaceAll(start, '<mark>').replaceAll(stop, '</mark>');
}

// ——— Facets ———

type FacetName = 'evidenceLevels' | 'lifecycles' | 'states' | 'agencyTypes' | 'sizeBands' | 'hasOutcomes' | 'topics';

const bandCase = sql.raw(
  `case ${Object.entries(sizeBands)
    .map(([band, [from, below]]) => `when d.sworn_officers >= ${from} and d.sworn_officers < ${below} then '${band}'`)
    .join(' ')} end`,
);

/**
 * Counts for every facet, each with the filters of the other facets applied (what a person
 * expects: ticking a state does not empty the state list). One statement: the matches are found
 * once, then counted with grouping sets for the single-valued facets and by topic.
 */
export async function facetCounts(db: Db, viewer: Viewer | null, text: string | null, filter: PracticeFilter | undefined) {
  const f = filter ?? {};
  const base: SQL[] = [visiblePractices(viewer)];
  if (text) base.push(sql`${practices.search} @@ ${tsquery(text)}`);
  // Filters that are not facets narrow everything.
  base.push(...filterConditions(null, { departmentSlug: f.departmentSlug, publishedFrom: f.publishedFrom, publishedTo: f.publishedTo }).slice(1));

  const flag = (condition: SQL | undefined) => condition ?? sql`true`;
  const flags: Record<FacetName, SQL> = {
    topics: flag(
      f.topics?.length
        ? sql`exists (select 1 from ${practiceTopics} join ${topics} on ${topics.id} = ${practiceTopics.topicId} where ${practiceTopics.practiceId} = p.id and ${topics.slug} in ${f.topics})`
        : undefined,
    ),
    states: flag(f.states?.length ? sql`d.state in ${f.states}` : undefined),
    agencyTypes: flag(f.agencyTypes?.length ? sql`d.agency_type in ${f.agencyTypes}` : undefined),
    evidenceLevels: flag(f.evidenceLevels?.length ? sql`p.evidence_level in ${f.evidenceLevels}` : undefined),
    lifecycles: flag(f.lifecycles?.length ? sql`p.lifecycle in ${f.lifecycles}` : undefined),
    sizeBands: flag(f.sizeBands?.length ? sql`(${bandCase}) in ${f.sizeBands}` : undefined),
    hasOutcomes: flag(f.hasOutcomes == null ? undefined : f.hasOutcomes ? sql`has_outcomes` : sql`not has_outcomes`),
  };
  const names = Object.keys(flags) as FacetName[];
  const allBut = (facet: FacetName) => sql.join(names.filter((n) => n !== facet).map((n) => sql.raw(`f_${n}`)), sql` and `);

  const matches = sql`select p.id, p.evidence_level, p.lifecycle, d.state, d.agency_type, ${bandCase} as size_band, has_outcomes,
      ${sql.join(names.map((n) => sql`${flags[n]} as ${sql.raw(`f_${n}`)}`), sql`, `)}
    from (select ${practices}.*, exists (select 1 from ${outcomes} o where o.practice_id = ${practices.id}) as has_outcomes
          from ${practices} where ${and(...base)}) p
    join ${departments} d on d.id = p.department_id`;

  // One statement: the matches are found once (a materialised CTE) and counted both ways.
  const result = (await db.execute(sql`
    with m as materialized (${matches})
    select
      (select coalesce(json_agg(g), '[]') from (
        select evidence_level, lifecycle, state, agency_type, size_band, has_outcomes,
          grouping(evidence_level) = 0 as by_evidence, grouping(lifecycle) = 0 as by_lifecycle, grouping(state) = 0 as by_state,
          grouping(agency_type) = 0 as by_agency, grouping(size_band) = 0 as by_band, grouping(has_outcomes) = 0 as by_outcomes,
          (count(*) filter (where ${allBut('evidenceLevels')}))::int as c_evidence,
          (count(*) filter (where ${allBut('lifecycles')}))::int as c_lifecycle,
          (count(*) filter (where ${allBut('states')}))::int as c_state,
          (count(*) filter (where ${allBut('agencyTypes')}))::int as c_agency,
          (count(*) filter (where ${allBut('sizeBands')}))::int as c_band,
          (count(*) filter (where ${allBut('hasOutcomes')}))::int as c_outcomes
        from m
        group by grouping sets ((evidence_level), (lifecycle), (state), (agency_type), (size_band), (has_outcomes))) g) as single,
      (select coalesce(json_agg(t), '[]') from (
        select pt.topic_id, count(*)::int as c
        from m join ${practiceTopics} pt on pt.practice_id = m.id
        where ${allBut('topics')}
        group by pt.topic_id) t) as topics`)) as unknown as { rows: { single: unknown; topics: unknown }[] };
  // PostgreSQL's driver parses json columns; PGlite's too, but either may hand back text.
  const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
  const singleRows = json<Record<string, unknown>[]>(result.rows[0]?.single ?? '[]');
  const topicRows = json<{ topic_id: string; c: number }[]>(result.rows[0]?.topics ?? '[]');

  const counts: Record<Exclude<FacetName, 'topics'>, Map<string, number>> = {
    evidenceLevels: new Map(), lifecycles: new Map(), states: new Map(), agencyTypes: new Map(), sizeBands: new Map(), hasOutcomes: new Map(),
  };
  for (const row of singleRows) {
    const add = (facet: keyof typeof counts, key: unknown, n: unknown) => {
      if (key !== null && Number(n) > 0) counts[facet].set(String(key), Number(n));
    };
    if (row.by_evidence) add('evidenceLevels', row.evidence_level, row.c_evidence);
    else if (row.by_lifecycle) add('lifecycles', row.lifecycle, row.c_lifecycle);
    else if (row.by_state) add('states', row.state, row.c_state);
    else if (row.by_agency) add('agencyTypes', row.agency_type, row.c_agency);
    else if (row.by_band) add('sizeBands', row.size_band, row.c_band);
    else if (row.by_outcomes) add('hasOutcomes', row.has_outcomes, row.c_outcomes);
  }
  const topicCounts = new Map(topicRows.map((r) => [r.topic_id, Number(r.c)]));
  return { ...counts, topics: topicCounts };
}

/** "Did you mean": each word that no public title or summary has, swapped for the most similar one that does. */
export async function suggestQuery(db: Db, text: string): Promise<string | null> {
  const words = [...new Set(text.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? [])].filter((w) => w !== 'or').slice(0, 8);
  let suggestion = text;
  for (const word of words) {
    const result = (await db.execute(sql`
      select word from search_words
      where word % ${word} and similarity(word, ${word}) > 0.45 and not exists (select 1 from search_words where word = ${word})
      order by similarity(word, ${word}) desc, ndoc desc limit 1`)) as unknown as { rows: { word: string }[] };
    const better = result.rows[0]?.word;
    if (better) suggestion = suggestion.replace(new RegExp(`\\b${word}\\b`, 'i'), better);
  }
  return suggestion !== text ? suggestion : null;
}

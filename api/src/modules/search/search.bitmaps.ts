import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, searchEntries as e, type Db, type Topic } from '@muster/db';
import { searchVisibleSet, type Viewer } from '../../policy.ts';
import type { PracticeFilter } from './practice-filter.ts';
import { queryOf, toTsquery, type QueryNode } from './search-query.ts';
import { narrowing } from './search.repository.ts';

/** The facets a search is counted by, as named in search_facet_bits. */
const facetNames = ['topic', 'state', 'agency', 'band', 'evidence', 'lifecycle', 'outcomes'] as const;
type FacetName = (typeof facetNames)[number];

/**
 * One SQL statement over the search index's bitmaps, a row per chunk of 8,192 slots. Each leaf
 * (a stored bitmap, or bits made from the entries a condition picks) is read once per chunk into
 * the row `l`; the expressions built here combine them. Common words and facet values have stored
 * bitmaps; anything else (rare words, phrases, a department, dates) is made into bits from the
 * entries it picks, which is cheap exactly because it picks few.
 */
class Bitmaps {
  private readonly leaves = new Map<string, { name: string; value: SQL }>();
  private readonly picked: SQL[] = [];

  /** Words known to have stored bitmaps; others are picked from the GIN index. */
  constructor(private readonly indexed: Set<string>) {}

  private leaf(key: string, value: () => SQL): SQL {
    let found = this.leaves.get(key);
    if (!found) {
      found = { name: `l${this.leaves.size}`, value: value() };
      this.leaves.set(key, found);
    }
    return sql.raw(`l.${found.name}`);
  }

  /** The stored bitmap of one facet value; zeros when there is none. */
  stored(facet: string, value: string): SQL {
    return this.leaf(
      `stored ${facet} ${value}`,
      () =>
        sql`coalesce((select b.bits from search_facet_bits b where b.facet = ${facet} and b.value = ${value} and b.chunk = c.chunk), z.zero)`,
    );
  }

  /** Entries with any of these values of a facet. */
  anyOf(facet: FacetName, values: string[]): SQL {
    return this.leaf(
      `any ${facet} ${JSON.stringify(values)}`,
      () =>
        sql`coalesce((select bit_or(b.bits) from search_facet_bits b where b.facet = ${facet} and b.value in ${values} and b.chunk = c.chunk), z.zero)`,
    );
  }

  /** Entries picked by a condition on search_entries, made into bits here. */
  where(key: string, condition: SQL): SQL {
    return this.leaf(key, () => {
      const name = sql.raw(`picked_${this.picked.length}`);
      this.picked.push(
        sql`${name} as materialized (select ${e.slot} / 8192 as chunk, search_bits(array_agg(${e.slot} % 8192)) as bits from ${e} where ${condition} group by 1)`,
      );
      return sql`coalesce((select p.bits from ${name} p where p.chunk = c.chunk), z.zero)`;
    });
  }

  /** Entries matching the query. */
  match(node: QueryNode): SQL {
    switch (node.kind) {
      case 'word':
        return this.indexed.has(node.word)
          ? this.leaf(
              `word ${node.word}`,
              () => sql`coalesce((select b.bits from search_word_bits b where b.word = ${node.word} and b.chunk = c.chunk), z.zero)`,
            )
          : this.where(`word ${node.word}`, sql`${e.document} @@ search_word_query(${node.word})`);
      case 'phrase':
        // Which words stand next to which only the documents say.
        return this.where(`phrase ${toTsquery(node)}`, sql`${e.document} @@ ${queryOf(node)}`);
      case 'not':
        return sql`~${this.match(node.child)}`;
      case 'and':
      case 'or':
        return sql`(${sql.join(
          node.children.map((child) => this.match(child)),
          sql.raw(node.kind === 'and' ? ' & ' : ' | '),
        )})`;
    }
  }

  /** What the viewer may see, matching the query and the filters that are not facets. */
  base(viewer: Viewer | null, tree: QueryNode | null, filter: PracticeFilter | undefined): SQL {
    const parts = [this.stored('visible', searchVisibleSet(viewer))];
    if (tree) parts.push(this.match(tree));
    const narrowed = narrowing(e, filter);
    if (narrowed.length) {
      const { departmentSlug, publishedFrom, publishedTo } = filter ?? {};
      parts.push(this.where(`narrowing ${JSON.stringify([departmentSlug, publishedFrom, publishedTo])}`, sql.join(narrowed, sql` and `)));
    }
    return sql.join(parts, sql` & `);
  }

  /** Each facet's own filter (entries with any of the ticked values); absent when nothing is ticked. */
  facetFilters(filter: PracticeFilter | undefined): Partial<Record<FacetName, SQL>> {
    const f = filter ?? {};
    const out: Partial<Record<FacetName, SQL>> = {};
    if (f.topics?.length) {
      const slugs = f.topics;
      out.topic = this.leaf(
        `topics ${JSON.stringify(slugs)}`,
        () => sql`coalesce((select bit_or(b.bits) from search_facet_bits b join topics t on b.value = t.id::text
        where b.facet = 'topic' and t.slug in ${slugs} and b.chunk = c.chunk), z.zero)`,
      );
    }
    if (f.states?.length) out.state = this.anyOf('state', f.states);
    if (f.agencyTypes?.length) out.agency = this.anyOf('agency', f.agencyTypes);
    if (f.sizeBands?.length) out.band = this.anyOf('band', f.sizeBands);
    if (f.evidenceLevels?.length) out.evidence = this.anyOf('evidence', f.evidenceLevels);
    if (f.lifecycles?.length) out.lifecycle = this.anyOf('lifecycle', f.lifecycles);
    if (f.hasOutcomes != null) out.outcomes = this.stored('outcomes', String(f.hasOutcomes));
    return out;
  }

  /** The statement: `body` selects from l, the leaves of each chunk (l.chunk, l.l0, l.l1…). */
  statement(body: SQL): SQL {
    const leaves = [...this.leaves.values()].map((leaf) => sql`${leaf.value} as ${sql.raw(leaf.name)}`);
    return sql`with z as (select search_bits('{}') as zero),
      chunks as (select generate_series(0, coalesce((select max(slot) from search_entries), 0) / 8192) as chunk),
      ${sql.join([...this.picked, sql`l as materialized (select c.chunk${leaves.length ? sql`, ${sql.join(leaves, sql`, `)}` : sql``} from chunks c, z)`], sql`, `)}
      ${body}`;
  }
}

export interface CountRequest {
  tree: QueryNode | null;
  filter?: PracticeFilter;
}

export type FacetCounts = Record<
  'evidenceLevels' | 'lifecycles' | 'states' | 'agencyTypes' | 'sizeBands' | 'hasOutcomes' | 'topics',
  Map<string, number>
>;

const facetField: Record<FacetName, keyof FacetCounts> = {
  topic: 'topics',
  state: 'states',
  agency: 'agencyTypes',
  band: 'sizeBands',
  evidence: 'evidenceLevels',
  lifecycle: 'lifecycles',
  outcomes: 'hasOutcomes',
};

/**
 * How many write-ups the viewer may see match each request, and, when asked, the facet counts of
 * one of them, each facet with the filters of the other facets applied (what a person expects:
 * ticking a state does not empty the state list); topics are keyed by topic id. One statement,
 * on bitmaps: a word shared by the requests is read once.
 */
export async function countMatches(
  db: Db,
  viewer: Viewer | null,
  indexed: Set<string>,
  requests: CountRequest[],
  facetsOf?: CountRequest,
  options: { withTopics?: boolean } = {},
): Promise<{ counts: number[]; facets: FacetCounts | null; topics: Topic[] | null }> {
  const bitmaps = new Bitmaps(indexed);
  const columns = requests.map(({ tree, filter }, i) => {
    const parts = [bitmaps.base(viewer, tree, filter), ...Object.values(bitmaps.facetFilters(filter))];
    return sql`${sql.join(parts, sql` & `)} as ${sql.raw(`n${i}`)}`;
  });
  const selects = requests.map((_, i) => sql`select '#', ${`n${i}`}, coalesce(sum(bit_count(m.${sql.raw(`n${i}`)})), 0)::int from m`);
  if (facetsOf) {
    const base = bitmaps.base(viewer, facetsOf.tree, facetsOf.filter);
    const own = bitmaps.facetFilters(facetsOf.filter);
    const ticked = Object.keys(own) as FacetName[];
    // A facet's mask: the base with every other ticked facet's filter.
    const maskOf = (facet: FacetName) => sql.join([base, ...ticked.filter((t) => t !== facet).map((t) => own[t]!)], sql` & `);
    columns.push(
      ...(ticked.length ? facetNames.map((facet) => sql`${maskOf(facet)} as ${sql.raw(`mask_${facet}`)}`) : [sql`${base} as mask`]),
    );
    const maskFor = ticked.length
      ? sql`case b.facet ${sql.join(
          facetNames.map((f) => sql`when ${f} then m.${sql.raw(`mask_${f}`)}`),
          sql` `,
        )} end`
      : sql`m.mask`;
    // Chunk by chunk, every facet value's bits under its mask: the bitmaps' key starts with the
    // chunk, so each chunk's facet bitmaps are one index range (offset 0 keeps it a per-chunk lookup).
    selects.push(sql`select b.facet, b.value, sum(bit_count(b.bits & ${maskFor}))::int
      from m cross join lateral (select * from search_facet_bits b where b.chunk = m.chunk and b.facet in ${[...facetNames]} offset 0) b
      group by b.facet, b.value`);
  }
  // The topics themselves ride along when the caller lists them beside their counts: each row as
  // JSON under the facet name 'topic row', numbered in the lists' order (position, then name).
  if (options.withTopics)
    selects.push(sql`select 'topic row', row_to_json(t)::text, (row_number() over (order by t.position, t.name))::int from topics t`);
  const body = sql`, m as materialized (select l.chunk, ${sql.join(columns, sql`, `)} from l)
    select facet, value, n from (${sql.join(selects, sql` union all `)}) as counted (facet, value, n)`;
  const result = rowsOf<{ facet: string; value: string; n: number }>(await db.execute(bitmaps.statement(body)));
  const total = (facet: string, value: string) => Number(result.find((r) => r.facet === facet && r.value === value)?.n ?? 0);
  const counts = requests.map((_, i) => total('#', `n${i}`));
  const topics = options.withTopics
    ? result
        .filter((r) => r.facet === 'topic row')
        .sort((a, b) => Number(a.n) - Number(b.n))
        .map((r) => JSON.parse(r.value) as Topic)
    : null;
  if (!facetsOf) return { counts, facets: null, topics };
  const facets = Object.fromEntries(Object.values(facetField).map((field) => [field, new Map<string, number>()])) as FacetCounts;
  for (const { facet, value, n } of result) {
    if (facet !== '#' && facet !== 'topic row' && Number(n) > 0) facets[facetField[facet as FacetName]].set(value, Number(n));
  }
  return { counts, facets, topics };
}

/**
 * How many write-ups the viewer may see under the filter, read from the search index's bitmaps
 * (kept at every commit) instead of counting the write-ups themselves: a list's total costs the
 * same at 100 write-ups as at 100,000.
 */
export async function countVisiblePractices(db: Db, viewer: Viewer | null, filter: PracticeFilter | null | undefined): Promise<number> {
  const { counts } = await countMatches(db, viewer, new Set(), [{ tree: null, filter: filter ?? undefined }]);
  return counts[0]!;
}

interface VisibleTotals {
  total: number;
  byTopic: Map<string, number>;
}

const totalsOfRequest = new WeakMap<object, Promise<VisibleTotals>>();

/**
 * How many write-ups the viewer may see in all and on each topic (by topic id), in one read of
 * the bitmaps per request: the home page's total beside its topics' counts, and a topic page's
 * count beside its list's total, are one statement. `ctx` is the request's GraphQL context.
 */
export function visibleTotals(ctx: { db: Db; viewer: Viewer | null }): Promise<VisibleTotals> {
  let totals = totalsOfRequest.get(ctx);
  if (!totals) {
    totals = countMatches(ctx.db, ctx.viewer, new Set(), [{ tree: null }], { tree: null }).then(({ counts, facets }) => ({
      total: counts[0]!,
      byTopic: facets!.topics,
    }));
    totalsOfRequest.set(ctx, totals);
  }
  return totals;
}

/**
 * Every topic, in the lists' order, read in the same statement as visibleTotals (which then
 * answers from it): a list of topics with their counts is one statement. Null when this request
 * has counted already; the caller then lists the topics on their own.
 */
export function topicsWithVisibleTotals(ctx: { db: Db; viewer: Viewer | null }): Promise<Topic[]> | null {
  if (totalsOfRequest.has(ctx)) return null;
  const read = countMatches(ctx.db, ctx.viewer, new Set(), [{ tree: null }], { tree: null }, { withTopics: true });
  const totals = read.then(({ counts, facets }) => ({ total: counts[0]!, byTopic: facets!.topics }));
  // Awaited by whoever asks for a count; a failure reaches them, not the process.
  totals.catch(() => {});
  totalsOfRequest.set(ctx, totals);
  return read.then(({ topics }) => topics!);
}

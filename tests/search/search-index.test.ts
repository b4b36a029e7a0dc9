import type { FastifyInstance } from 'fastify';
import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { indexSearchWords, rowsOf } from '@muster/db';
import { parseTsquery, toTsquery } from '../../api/src/modules/search/search-query.ts';
import { actors } from '../helpers/actors.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { useTestApp } from '../helpers/setup.ts';

let database: TestDatabase;
let app: FastifyInstance;
const { ok } = actors(() => app);
const chief = 'chief@memphis-pd.muster.demo';
const officer = 'member@memphis-pd.muster.demo';

useTestApp({}, (opened) => ({ app, database } = opened));

const rows = async <T>(query: SQL) => rowsOf<T>(await database.db.execute(query));

/**
 * What the index should hold, worked out again from the write-ups themselves: an entry for each
 * published, unhidden write-up with its department's facets, and a bit for each of its keys.
 */
async function drift() {
  const [entries] = await rows<{ missing: number; stale: number }>(sql`
    with expected as (
      select p.id, p.visibility = 'MEMBERS' as members_only, p.evidence_level, p.lifecycle, d.state, d.agency_type,
        exists (select 1 from outcomes o where o.practice_id = p.id) as has_outcomes,
        array(select pt.topic_id from practice_topics pt where pt.practice_id = p.id order by pt.topic_id) as topic_ids, p.search
      from practices p join departments d on d.id = p.department_id
      where p.status = 'PUBLISHED' and p.hidden_at is null),
    actual as (
      select practice_id, members_only, evidence_level, lifecycle, state, agency_type, has_outcomes, topic_ids, document from search_entries)
    select (select count(*)::int from (select * from expected except select * from actual) x) as missing,
           (select count(*)::int from (select * from actual except select * from expected) y) as stale`);
  const [titles] = await rows<{ n: number }>(sql`
    select count(*)::int as n from (
      (select slot, practice_id, title_words from search_entries except select slot, practice_id, title_words from search_titles)
      union all
      (select slot, practice_id, title_words from search_titles except select slot, practice_id, title_words from search_entries)) x`);
  const [bits] = await rows<{ missing: number; extra: number }>(sql`
    with expected as (
      select k.facet, k.value, e.slot from search_entries e, search_keys(e) k
      where k.facet <> 'word' or k.value in (select word from search_indexed_words)),
    actual as (
      select b.facet, b.value, b.chunk * 8192 + p as slot from search_facet_bits b, generate_series(0, 8191) p where get_bit(b.bits, p) = 1
      union all
      select 'word', b.word, b.chunk * 8192 + p from search_word_bits b, generate_series(0, 8191) p where get_bit(b.bits, p) = 1)
    select (select count(*)::int from (select * from expected except select * from actual) x) as missing,
           (select count(*)::int from (select * from actual except select * from expected) y) as extra`);
  const [slots] = await rows<{ shared: number }>(sql`
    select count(*)::int as shared from search_free_slots f join search_entries e on e.slot = f.slot`);
  return { entries, titles: titles!.n, bits, sharedSlots: slots!.shared };
}

const none = { entries: { missing: 0, stale: 0 }, titles: 0, bits: { missing: 0, extra: 0 }, sharedSlots: 0 };

const create = /* GraphQL */ `
  mutation ($input: PracticeInput!) {
    createPractice(input: $input) {
      id
      version
    }
  }
`;
const update = /* GraphQL */ `
  mutation ($id: ID!, $version: Int!, $input: PracticeInput!) {
    updatePractice(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`;
const publish = /* GraphQL */ `
  mutation ($id: ID!) {
    publishPractice(id: $id) {
      id
    }
  }
`;
const archive = /* GraphQL */ `
  mutation ($id: ID!, $archived: Boolean!) {
    archivePractice(id: $id, archived: $archived) {
      id
    }
  }
`;
const search = /* GraphQL */ `
  query ($query: String!, $filter: PracticeFilter) {
    search(query: $query, filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          slug
        }
      }
      facets {
        topics {
          value
          count
        }
        states {
          value
          count
        }
        agencyTypes {
          value
          count
        }
        evidenceLevels {
          value
          count
        }
        lifecycles {
          value
          count
        }
        sizeBands {
          value
          count
        }
        hasOutcomes {
          value
          count
        }
      }
    }
  }
`;

const writeUp = (title: string, topics: string[], outcomes: { metric: string; result: number }[] = []) => ({
  title,
  summary: `A walkthrough of ${title.toLowerCase()} for other departments.`,
  body: 'We kept a ledger of every call and reviewed it monthly with the quartermaster.',
  topics,
  evidenceLevel: 'INTERNAL_DATA',
  visibility: 'PUBLIC',
  lifecycle: 'PILOT',
  outcomes,
});

async function expectCountsOfTheWriteUps() {
  const cases: [string, Record<string, unknown> | undefined][] = [
    ['police', undefined],
    ['crisis', { states: ['TN', 'CA'] }],
    ['training -bias', { topics: ['training'], evidenceLevels: ['RIGOROUS_STUDY', 'EXTERNAL_EVALUATION'] }],
    ['"crisis intervention"', undefined],
    ['de-escalation or violence', { hasOutcomes: true, sizeBands: ['LARGE', 'VERY_LARGE'] }],
    ['community', { agencyTypes: ['MUNICIPAL'], lifecycles: ['RUNNING', 'SCALED'], publishedFrom: '2025-01-01' }],
    ['', { departmentSlug: 'memphis-pd' }],
    // Write-ups the test publishes (in the third chunk once they exist), found by phrase and by date.
    ['"quartermaster ledger"', undefined],
    ['ledger', { publishedFrom: '2020-01-01' }],
  ];
  for (const viewer of [null, officer]) {
    for (const [query, filter] of cases) {
      const { search: found } = await ok(viewer, search, { query, filter });
      const f = (name: string) => sql.param((filter?.[name] as unknown) ?? null);
      const [{ n: expected } = { n: 0 }] = await rows<{ n: number }>(sql`
        select count(*)::int as n from practices p join departments d on d.id = p.department_id
        where p.status = 'PUBLISHED' and p.hidden_at is null and (${viewer !== null} or p.visibility = 'PUBLIC')
          and (${query} = '' or p.search @@ websearch_to_tsquery('english', ${query}))
          and (${f('states')}::text[] is null or d.state = any(${f('states')}::text[]))
          and (${f('topics')}::text[] is null or exists (select 1 from practice_topics pt join topics t on t.id = pt.topic_id where pt.practice_id = p.id and t.slug = any(${f('topics')}::text[])))
          and (${f('evidenceLevels')}::text[] is null or p.evidence_level::text = any(${f('evidenceLevels')}::text[]))
          and (${f('agencyTypes')}::text[] is null or d.agency_type::text = any(${f('agencyTypes')}::text[]))
          and (${f('lifecycles')}::text[] is null or p.lifecycle::text = any(${f('lifecycles')}::text[]))
          and (${f('hasOutcomes')}::boolean is null or ${f('hasOutcomes')}::boolean = exists (select 1 from outcomes o where o.practice_id = p.id))
          and (${f('sizeBands')}::text[] is null or (case when d.sworn_officers >= 1000 then 'VERY_LARGE' when d.sworn_officers >= 250 then 'LARGE' when d.sworn_officers >= 50 then 'MEDIUM' when d.sworn_officers >= 0 then 'SMALL' end) = any(${f('sizeBands')}::text[]))
          and (${f('publishedFrom')}::date is null or p.published_at >= ${f('publishedFrom')}::date)
          and (${f('departmentSlug')}::text is null or d.slug = ${f('departmentSlug')})`);
      const label = `${viewer ?? 'visitor'}: ${query} ${JSON.stringify(filter)}`;
      expect(found.totalCount, label).toBe(expected);
      expect(found.edges.length, label).toBe(Math.min(expected, 50));
      // A facet with nothing of its own ticked sums to the total.
      if (!filter?.evidenceLevels)
        expect(
          found.facets.evidenceLevels.reduce((n: number, f: { count: number }) => n + f.count, 0),
          label,
        ).toBe(expected);
      if (!filter?.lifecycles)
        expect(
          found.facets.lifecycles.reduce((n: number, f: { count: number }) => n + f.count, 0),
          label,
        ).toBe(expected);
    }
  }
}

describe('the search index', () => {
  it('counts on bitmaps exactly what counting the write-ups finds (rare words from the GIN index)', async () => {
    expect(Number((await rows<{ n: number }>(sql`select count(*)::int as n from search_indexed_words`))[0]!.n)).toBe(0);
    await expectCountsOfTheWriteUps();
  });

  // Eight writes, each followed by a comparison with the whole index worked out again: half a minute
  // on a loaded machine, beyond the run's default limit.
  it(
    'follows every kind of write in the same transaction: publish, edit, topics, figures, hide, archive, department, delete',
    { timeout: 120_000 },
    async () => {
      // Every word in two or more write-ups gets a bitmap, so words both with and without one are kept up.
      expect((await indexSearchWords(database.db, { minDocuments: 2, minShare: 0 })).indexed).toBeGreaterThan(100);
      expect(await drift()).toEqual(none);
      // New write-ups land far out, in the third chunk of bitmaps: counting then spans chunks, and a
      // query that reads many entries is counted in two halves.
      await database.db.execute(sql`update search_slots set next_slot = 20000`);

      const { createPractice: a } = await ok(chief, create, {
        input: writeUp('Quartermaster ledger for patrol cars', ['community-policing']),
      });
      expect(await drift()).toEqual(none); // a draft is not in the index
      await ok(chief, publish, { id: a.id });
      expect(await drift()).toEqual(none);
      const [{ n: entries } = { n: 0 }] = await rows<{ n: number }>(
        sql`select count(*)::int as n from search_entries where practice_id = ${a.id}`,
      );
      expect(entries).toBe(1);

      // New words, other topics, outcome figures: one edit, several statements, one refresh at commit.
      const [{ version } = { version: 0 }] = await rows<{ version: number }>(sql`select version from practices where id = ${a.id}`);
      await ok(chief, update, {
        id: a.id,
        version,
        input: writeUp('Quartermaster ledger for bicycle patrol', ['youth', 'training'], [{ metric: 'Repairs', result: 12 }]),
      });
      expect(await drift()).toEqual(none);

      const { createPractice: b } = await ok(chief, create, { input: writeUp('Ledger reviews at roll call', ['training']) });
      await ok(chief, publish, { id: b.id });
      await database.db.execute(sql`update practices set hidden_at = now(), hidden_reason = 'FLAGS' where id = ${a.id}`);
      expect(await drift()).toEqual(none);
      // A write-up published next takes the slot the hidden one gave back.
      const { createPractice: c } = await ok(chief, create, { input: writeUp('Ledger audits by the county', ['budget-staffing']) });
      await ok(chief, publish, { id: c.id });
      expect(await drift()).toEqual(none);
      await database.db.execute(sql`update practices set hidden_at = null, hidden_reason = null where id = ${a.id}`);
      expect(await drift()).toEqual(none);

      await ok(chief, archive, { id: b.id, archived: true });
      expect(await drift()).toEqual(none);
      await database.db.execute(sql`update departments set state = 'AK', sworn_officers = 5000 where slug = 'memphis-pd'`);
      expect(await drift()).toEqual(none);
      await database.db.execute(sql`update practices set visibility = 'MEMBERS' where id = ${c.id}`);
      expect(await drift()).toEqual(none);
      await database.db.execute(sql`delete from practices where id = ${c.id}`);
      expect(await drift()).toEqual(none);
    },
  );

  it('counts the same once common words have bitmaps of their own, and gives them only once', async () => {
    await expectCountsOfTheWriteUps();
    const again = await indexSearchWords(database.db, { minDocuments: 2, minShare: 0 });
    expect(again.added).toBe(0);
    expect(await drift()).toEqual(none);
  });
});

describe('reading queries back from PostgreSQL', () => {
  it('reads every query websearch_to_tsquery writes, and writes one PostgreSQL reads the same', async () => {
    const typed = [
      'mental health crisis',
      '"crisis intervention team" -drug or fairness',
      'de-escalation co-responder use-of-force',
      "o'brien's \\back\\slash",
      'a & b | !c <-> d:*',
      '((( "unbalanced',
      'or -or "" - --',
      '911 30x30 40-hour',
    ];
    for (const text of typed) {
      const [{ q } = { q: '' }] = await rows<{ q: string }>(sql`select websearch_to_tsquery('english', ${text})::text as q`);
      const tree = parseTsquery(q);
      if (!q) {
        expect(tree, text).toBeNull();
        continue;
      }
      const [{ back } = { back: '' }] = await rows<{ back: string }>(sql`select ${toTsquery(tree!)}::tsquery::text as back`);
      expect(back, text).toBe(q);
      expect(parseTsquery(back), text).toEqual(tree);
    }
  });
});

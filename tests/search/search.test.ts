import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoDepartments, demoPassword, demoPractices } from '@muster/db/seed';
import { gql, signIn } from '../helpers/app.ts';
import { useTestApp } from '../helpers/setup.ts';
import { relevanceSet } from './relevance-set.ts';

const searchQuery = /* GraphQL */ `
  query Search($query: String!, $filter: PracticeFilter, $orderBy: SearchOrder, $first: Int, $after: String) {
    search(query: $query, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      query
      suggestion
      relaxed
      edges {
        cursor
        snippet
        score
        node {
          slug
          title
          visibility
          publishedAt
          evidenceLevel
          department {
            state
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        topics {
          value
          label
          count
        }
        states {
          value
          count
        }
        agencyTypes {
          value
          label
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

const publicPractices = demoPractices.filter((p) => p.visibility === 'PUBLIC');
const stateOf = (slug: string) => demoDepartments.find((d) => d.slug === slug)!.state;

let app: FastifyInstance;
const search = (variables: Record<string, unknown>, session?: string) => gql(app, searchQuery, variables, { session });

useTestApp({}, (opened) => ({ app } = opened));

// As a verified officer, the people this page is for: they see members-only write-ups too.
describe('relevance', () => {
  let officer: string;
  beforeAll(async () => {
    officer = await signIn(app, 'member@memphis-pd.muster.demo', demoPassword);
  });
  for (const c of relevanceSet) {
    it(`"${c.query}" puts the right write-ups first`, async () => {
      const { data, errors } = await search({ query: c.query, first: c.within }, officer);
      expect(errors).toBeUndefined();
      const top = data!.search.edges.map((e: any) => e.node.slug);
      for (const slug of c.first ?? []) expect(top, `${slug} in the top ${c.within}`).toContain(slug);
      for (const slug of c.only ? top : []) expect(c.only, `${slug} belongs in the top ${c.within}`).toContain(slug);
    });
  }
});

describe('search', () => {
  it('highlights matches in escaped snippets and ranks title matches above body matches', async () => {
    const { data } = await search({ query: 'graffiti' });
    const [first] = data!.search.edges;
    expect(first.snippet).toMatch(/<mark>graffiti<\/mark>/i);
    expect(first.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    const scores = data!.search.edges.map((e: any) => e.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
  });

  it('shows snippets as words, without Markdown syntax', async () => {
    const { data } = await search({ query: 'what we learned', first: 10 });
    for (const e of data!.search.edges) expect(e.snippet ?? '').not.toMatch(/##|\*\*|\]\(/);
  });

  it('names every facet value for people, lists a ticked value nothing matches, and puts the most-matched states first', async () => {
    const facetsQuery = `query ($filter: PracticeFilter) { search(query: "", filter: $filter) { totalCount facets {
      states { value label count } topics { value label count } hasOutcomes { value label count } } } }`;
    const unused = ['WY', 'VT', 'ND', 'AK'].find((code) => !demoDepartments.some((d) => d.state === code))!;
    const { data } = await gql(app, facetsQuery, { filter: { states: [unused] } });
    const { states } = data!.search.facets;
    const names: Record<string, string> = { WY: 'Wyoming', VT: 'Vermont', ND: 'North Dakota', AK: 'Alaska' };
    expect(data!.search.totalCount).toBe(0);
    expect(states).toContainEqual({ value: unused, label: names[unused], count: 0 });
    expect(states.find((s: any) => s.value === 'TN')).toMatchObject({ label: 'Tennessee' });
    const counts = states.map((s: any) => s.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    const { topics, hasOutcomes } = (await gql(app, facetsQuery, { filter: { states: [unused], topics: ['youth'] } })).data!.search.facets;
    // Nothing is in that state, so no topic has matches: the ticked one is still listed, by its name.
    expect(topics).toEqual([{ value: 'youth', label: 'Youth', count: 0 }]);
    expect(hasOutcomes).toEqual([]);
  });

  it('refuses an impossible date with BAD_USER_INPUT', async () => {
    const { errors } = await search({ query: 'police', filter: { publishedFrom: '2025-13-01' } });
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(/YYYY-MM-DD/);
  });

  it('understands quoted phrases, excluded words and or', async () => {
    const ceasefire = await search({ query: 'ceasefire' });
    const slugs = ceasefire.data!.search.edges.map((e: any) => e.node.slug);
    expect(slugs).toEqual(expect.arrayContaining(['boston-operation-ceasefire', 'oakland-ceasefire']));
    const notBoston = await search({ query: 'ceasefire -boston' });
    expect(notBoston.data!.search.edges.map((e: any) => e.node.slug)).not.toContain('boston-operation-ceasefire');
    const either = await search({ query: 'graffiti or cahoots' });
    expect(either.data!.search.edges.map((e: any) => e.node.slug).sort()).toEqual(['eugene-cahoots', 'san-diego-graffiti-reduction']);
    const phrase = await search({ query: '"violence interrupters"' });
    expect(phrase.data!.search.edges[0].node.slug).toBe('chicago-cure-violence');
  });

  it('counts each facet with the other filters applied', async () => {
    const all = await search({ query: 'policing' });
    const caOnly = await search({ query: 'policing', filter: { states: ['CA'] } });
    // The state facet still lists every state (it ignores its own filter)...
    expect(caOnly.data!.search.facets.states).toEqual(all.data!.search.facets.states);
    // ...while the other facets count only California's matches.
    const caTotal = caOnly.data!.search.totalCount;
    expect(caOnly.data!.search.facets.evidenceLevels.reduce((n: number, f: any) => n + f.count, 0)).toBe(caTotal);
    expect(caOnly.data!.search.facets.states.find((f: any) => f.value === 'CA').count).toBe(caTotal);
    for (const e of caOnly.data!.search.edges) expect(e.node.department.state).toBe('CA');
  });

  it('filters by topic, agency type, size, evidence, stage, outcomes and date', async () => {
    const cases: [Record<string, unknown>, (p: (typeof demoPractices)[number]) => boolean][] = [
      [{ topics: ['youth'] }, (p) => p.topics.includes('youth')],
      [{ evidenceLevels: ['RIGOROUS_STUDY'] }, (p) => p.evidenceLevel === 'RIGOROUS_STUDY'],
      [{ lifecycles: ['DISCONTINUED'] }, (p) => p.lifecycle === 'DISCONTINUED'],
      [{ hasOutcomes: true }, (p) => p.outcomes.length > 0],
      [{ publishedFrom: '2026-01-01' }, (p) => p.publishedAt >= '2026-01-01'],
      [{ sizeBands: ['VERY_LARGE'] }, (p) => (demoDepartments.find((d) => d.slug === p.department)!.swornOfficers ?? 0) >= 1000],
      [{ agencyTypes: ['CAMPUS'], states: ['OH'] }, (p) => p.department === 'uc-police-division'],
    ];
    for (const [filter, expected] of cases) {
      const { data, errors } = await search({ query: '', filter, first: 100 });
      expect(errors, JSON.stringify(filter)).toBeUndefined();
      expect(data!.search.totalCount, JSON.stringify(filter)).toBe(publicPractices.filter(expected).length);
    }
    expect(stateOf('uc-police-division')).toBe('OH');
  });

  it('pages stably by relevance and by newest, covering every match once', async () => {
    for (const orderBy of ['RELEVANCE', 'NEWEST']) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = await search({ query: 'police', orderBy, first: 4, after });
        seen.push(...page.data.search.edges.map((e: any) => e.node.slug));
        after = page.data.search.pageInfo.hasNextPage ? page.data.search.pageInfo.endCursor : null;
      } while (after);
      const total = (await search({ query: 'police', first: 1 })).data!.search.totalCount;
      expect(seen.length, orderBy).toBe(total);
      expect(new Set(seen).size, orderBy).toBe(total);
    }
  });

  it('pages any-word and excluding searches in score order too, every match once', async () => {
    for (const query of ['clinician paramedic instead of police', 'crisis -memphis', 'graffiti burglary violence']) {
      const seen: string[] = [];
      const scores: number[] = [];
      let after: string | null = null;
      let first: any;
      do {
        const page: any = await search({ query, first: 3, after });
        first ??= page.data.search;
        seen.push(...page.data.search.edges.map((e: any) => e.node.slug));
        scores.push(...page.data.search.edges.map((e: any) => e.score));
        after = page.data.search.pageInfo.hasNextPage ? page.data.search.pageInfo.endCursor : null;
      } while (after);
      expect(seen.length, query).toBe(first.totalCount);
      expect(new Set(seen).size, query).toBe(seen.length);
      expect(scores, query).toEqual([...scores].sort((a, b) => b - a));
      // Paged in threes, the order is the one a single page gives.
      const whole: any = await search({ query, first: 100 });
      expect(
        whole.data.search.edges.map((e: any) => e.node.slug),
        query,
      ).toEqual(seen);
    }
    expect((await search({ query: 'clinician paramedic instead of police' })).data!.search.relaxed).toBe(true);
  });

  it('suggests a correction when a misspelt query finds little', async () => {
    const { data } = await search({ query: 'procedual justise' });
    expect(data!.search.totalCount).toBe(0);
    expect(data!.search.suggestion).toBe('procedural justice');
    expect((await search({ query: 'graffiti' })).data!.search.suggestion).toBeNull();
  });

  it('shows members-only write-ups, in results and counts, to verified members only', async () => {
    const hidden = demoPractices.find((p) => p.visibility === 'MEMBERS')!;
    const word = hidden.title.split(/\W+/).find((w) => w.length > 6)!;
    const visitor = await search({ query: '', first: 100 });
    expect(visitor.data!.search.totalCount).toBe(publicPractices.length);
    expect(visitor.data!.search.edges.map((e: any) => e.node.slug)).not.toContain(hidden.slug);
    const visitorFacetTotal = visitor.data!.search.facets.evidenceLevels.reduce((n: number, f: any) => n + f.count, 0);
    expect(visitorFacetTotal).toBe(publicPractices.length);
    const session = await signIn(app, 'member@memphis-pd.muster.demo', demoPassword);
    const member = await search({ query: word, first: 50 }, session);
    expect(member.data!.search.edges.map((e: any) => e.node.slug)).toContain(hidden.slug);
    const asVisitor = await search({ query: word, first: 50 });
    expect(asVisitor.data!.search.edges.map((e: any) => e.node.slug)).not.toContain(hidden.slug);
  });

  it('answers odd input normally: empty, stop words, punctuation, operators, unbalanced quotes; refuses a novel', async () => {
    for (const query of [
      '',
      '   ',
      'the of and',
      '!!! ???',
      '"unbalanced quote',
      "'; drop table practices; --",
      'a & b | !c <-> d:*',
      '((()))',
      '-',
      'or or or',
    ]) {
      const { data, errors } = await search({ query });
      expect(errors, JSON.stringify(query)).toBeUndefined();
      expect(data!.search.totalCount, JSON.stringify(query)).toBeGreaterThanOrEqual(0);
    }
    const empty = await search({ query: 'the of and', first: 3 });
    expect(empty.data!.search.query).toBe('');
    expect(empty.data!.search.totalCount).toBe(publicPractices.length);
    const novel = await search({ query: 'x'.repeat(10_000) });
    expect(novel.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    const cursor = await search({ query: 'police', after: 'garbage' });
    expect(cursor.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    // A cursor from the list by relevance, sent with the list by newest (or the other way round).
    const byRelevance: any = await search({ query: 'police', first: 1 });
    const byNewest: any = await search({ query: 'police', first: 1, orderBy: 'NEWEST' });
    for (const [orderBy, after] of [
      ['NEWEST', byRelevance.data.search.pageInfo.endCursor],
      ['RELEVANCE', byNewest.data.search.pageInfo.endCursor],
    ]) {
      const mixed = await search({ query: 'police', orderBy, after });
      expect(mixed.errors![0]!.extensions, orderBy).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('finds a write-up as soon as it is published, in the same transaction as the write', async () => {
    const session = await signIn(app, 'chief@memphis-pd.muster.demo', demoPassword);
    const created = await gql(
      app,
      `mutation ($input: PracticeInput!) { createPractice(input: $input) { id } }`,
      {
        input: {
          title: 'Quokka outreach at the riverfront',
          summary: 'A made-up program with a word nothing else has, to prove the index is current.',
          body: 'Zanzibarian details.',
          topics: ['community-policing'],
          evidenceLevel: 'ANECDOTAL',
          visibility: 'PUBLIC',
          lifecycle: 'PILOT',
        },
      },
      { session },
    );
    const id = created.data!.createPractice.id;
    expect((await search({ query: 'quokka' })).data!.search.totalCount).toBe(0);
    await gql(app, `mutation ($id: ID!) { publishPractice(id: $id) { id } }`, { id }, { session });
    expect((await search({ query: 'quokka' })).data!.search.edges[0].node.title).toBe('Quokka outreach at the riverfront');
    expect((await search({ query: 'zanzibarian' })).data!.search.totalCount).toBe(1);
    // Its words join "did you mean" a few seconds later.
    await expect
      .poll(async () => (await search({ query: 'quokkas outreech' })).data!.search.suggestion, { timeout: 15_000, interval: 500 })
      .toBe('quokka outreach');
  });

  it('cuts snippets from the words a reader sees: link targets, headings and emphasis dropped, spaces made one', async () => {
    const session = await signIn(app, 'chief@memphis-pd.muster.demo', demoPassword);
    const body = [
      '## How the wombat desk works',
      '',
      'Officers read **the wombat  checklist** and the [county wombat guide](/practices/county-guide) before each shift,',
      'and the [state wombat rules](https://example.org/rules) after it.',
    ].join('\n');
    const input = {
      title: 'Wombat desk for night shifts',
      summary: 'A made-up program, to see how its Markdown reads in a snippet.',
      body,
      topics: ['community-policing'],
      evidenceLevel: 'ANECDOTAL',
      visibility: 'PUBLIC',
      lifecycle: 'PILOT',
    };
    const created = await gql(app, `mutation ($input: PracticeInput!) { createPractice(input: $input) { id } }`, { input }, { session });
    const id = created.data!.createPractice.id;
    await gql(app, `mutation ($id: ID!) { publishPractice(id: $id) { id } }`, { id }, { session });
    const [hit] = (await search({ query: 'wombat guide' })).data!.search.edges;
    const words = hit.snippet.replace(/<\/?mark>/g, '');
    expect(words).toContain('county wombat guide');
    expect(words).toContain('the wombat checklist');
    expect(words).not.toMatch(/##|\*\*|\]|\[|\(|\/practices\/|example\.org|\s{2}/);
  });
});

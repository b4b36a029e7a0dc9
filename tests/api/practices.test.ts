import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { demoDepartments, demoPassword, demoPractices } from '@muster/db/seed';
import { practices } from '@muster/db';
import { gql, signIn } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { useTestApp } from '../helpers/setup.ts';

const publicPractices = demoPractices.filter((p) => p.visibility === 'PUBLIC');
const membersOnly = demoPractices.filter((p) => p.visibility === 'MEMBERS');

const practiceFields = /* GraphQL */ `
  query Practice($slug: String!) {
    practice(slug: $slug) {
      slug
      title
      summary
      bodyHtml
      status
      visibility
      lifecycle
      discontinuedReason
      problem
      approach
      implementation {
        startedOn
        staffing
        partners
        trainingHours
      }
      cost {
        startup
        annual
        notes
      }
      evidenceLevel
      evidenceNotes
      contact
      version
      publishedAt
      department {
        slug
        name
        state
        agencyType
      }
      author {
        displayName
        title
        department {
          slug
        }
      }
      topics {
        slug
        name
      }
      outcomes {
        metric
        baseline
        result
        unit
        period
        source
        direction
      }
      resources {
        kind
        title
        url
      }
    }
  }
`;

let database: TestDatabase;
let app: FastifyInstance;

useTestApp({}, (opened) => ({ app, database } = opened));

describe('a single practice', () => {
  it('shows every structured field and outcome figure of a published write-up', async () => {
    const seeded = publicPractices.find((p) => p.outcomes.length >= 2 && p.trainingHours === undefined) ?? publicPractices[0]!;
    const { data, errors } = await gql(app, practiceFields, { slug: seeded.slug });
    expect(errors).toBeUndefined();
    const practice = data!.practice;
    expect(practice).toMatchObject({
      slug: seeded.slug,
      title: seeded.title,
      summary: seeded.summary,
      status: 'PUBLISHED',
      visibility: 'PUBLIC',
      lifecycle: seeded.lifecycle,
      problem: seeded.problem,
      approach: seeded.approach,
      implementation: { staffing: seeded.staffing, partners: seeded.partners, startedOn: seeded.startedOn ?? null },
      cost: { startup: seeded.costStartup ?? null, annual: seeded.costAnnual ?? null, notes: seeded.costNotes },
      evidenceLevel: seeded.evidenceLevel,
      contact: seeded.contact,
      department: { slug: seeded.department },
      topics: expect.arrayContaining(seeded.topics.map((slug) => expect.objectContaining({ slug }))),
    });
    expect(practice.outcomes).toEqual(seeded.outcomes.map((o) => ({ ...o, baseline: o.baseline ?? null, direction: o.direction ?? null })));
    expect(practice.author.department.slug).toBe(seeded.department);
    expect(practice.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('keeps the training hours of the Memphis crisis intervention team', async () => {
    const cit = demoPractices.find((p) => p.department === 'memphis-pd' && p.trainingHours === 40);
    expect(cit, 'the Memphis CIT write-up is in the demo data').toBeDefined();
    const { data } = await gql(app, practiceFields, { slug: cit!.slug });
    expect(data!.practice.implementation.trainingHours).toBe(40);
  });

  it('answers null for a slug that does not exist', async () => {
    const { data, errors } = await gql(app, practiceFields, { slug: 'no-such-practice' });
    expect(errors).toBeUndefined();
    expect(data!.practice).toBeNull();
  });

  it('hides members-only write-ups from visitors, even by slug', async () => {
    expect(membersOnly.length).toBeGreaterThan(0);
    for (const p of membersOnly) {
      const { data } = await gql(app, practiceFields, { slug: p.slug });
      expect(data!.practice).toBeNull();
    }
  });

  it('renders the Markdown body and strips scripts, handlers and javascript: links', async () => {
    const [row] = await database.db.select({ id: practices.id }).from(practices).limit(1);
    await database.db
      .update(practices)
      .set({
        body: '## Results\n\nSee [the report](https://example.org/report) and [this](javascript:alert(1)).\n\n<script>alert(1)</script><img src=x onerror=alert(1)>',
        version: 99,
      })
      .where((await import('drizzle-orm')).eq(practices.id, row!.id));
    const { data } = await gql(app, `{ practices(first: 100) { edges { node { id bodyHtml } } } }`);
    const html: string = data!.practices.edges.find((e: any) => e.node.id === row!.id).node.bodyHtml;
    expect(html).toContain('<h2>Results</h2>');
    expect(html).toContain('<a href="https://example.org/report" rel="noopener nofollow ugc">the report</a>');
    expect(html).not.toMatch(/<script|onerror|javascript:|<img/i);
  });
});

describe('the practices list', () => {
  const listQuery = /* GraphQL */ `
    query List($filter: PracticeFilter, $orderBy: PracticeOrder, $first: Int, $after: String) {
      practices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            slug
            title
            publishedAt
            department {
              state
              agencyType
            }
            topics {
              slug
            }
            evidenceLevel
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `;

  it('counts only what a visitor may see', async () => {
    const { data } = await gql(app, listQuery, { first: 100 });
    expect(data!.practices.totalCount).toBe(publicPractices.length);
    const slugs = data!.practices.edges.map((e: any) => e.node.slug);
    for (const p of membersOnly) expect(slugs).not.toContain(p.slug);
  });

  it('counts, under every filter, exactly the write-ups it lists, for a visitor and for a member', async () => {
    const session = await signIn(app, 'member@memphis-pd.muster.demo', demoPassword);
    const filters = [
      {},
      { states: ['TN', 'OR'] },
      { topics: ['crisis-intervention-mental-health'] },
      { evidenceLevels: ['EXTERNAL_EVALUATION', 'RIGOROUS_STUDY'], hasOutcomes: true },
      { agencyTypes: ['SHERIFF'] },
      { departmentSlug: 'memphis-pd' },
      { publishedFrom: '2020-01-01', lifecycles: ['RUNNING', 'SCALED'] },
    ];
    for (const options of [{}, { session }]) {
      for (const filter of filters) {
        const { data, errors } = await gql(app, listQuery, { filter, first: 100 }, options);
        expect(errors, JSON.stringify(filter)).toBeUndefined();
        expect(data!.practices.totalCount, JSON.stringify({ filter, member: 'session' in options })).toBe(data!.practices.edges.length);
      }
    }
    const all = await gql(app, listQuery, { first: 100 }, { session });
    expect(all.data!.practices.totalCount).toBe(demoPractices.length);
  });

  it('pages through every visible write-up once, newest first', async () => {
    const seen: { slug: string; publishedAt: string }[] = [];
    let after: string | null = null;
    type Page = { data?: any; errors?: unknown };
    let pages = 0;
    do {
      const { data, errors }: Page = await gql(app, listQuery, { first: 7, after });
      expect(errors).toBeUndefined();
      seen.push(...data!.practices.edges.map((e: any) => e.node));
      after = data!.practices.pageInfo.hasNextPage ? data!.practices.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(Math.ceil(publicPractices.length / 7));
    expect(new Set(seen.map((p) => p.slug)).size).toBe(publicPractices.length);
    const dates = seen.map((p) => p.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('orders by title and pages by title', async () => {
    const first = await gql(app, listQuery, { orderBy: 'TITLE', first: 5 });
    const second = await gql(app, listQuery, { orderBy: 'TITLE', first: 5, after: first.data!.practices.pageInfo.endCursor });
    const titles = [...first.data!.practices.edges, ...second.data!.practices.edges].map((e: any) => e.node.title);
    const expected = publicPractices
      .map((p) => p.title)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, 10);
    expect(titles).toEqual(expected);
  });

  it('filters by topic, state, agency type and evidence level', async () => {
    const byTopic = await gql(app, listQuery, { filter: { topics: ['crisis-intervention-mental-health'] }, first: 100 });
    expect(byTopic.data!.practices.totalCount).toBe(
      publicPractices.filter((p) => p.topics.includes('crisis-intervention-mental-health')).length,
    );
    expect(byTopic.data!.practices.totalCount).toBeGreaterThan(0);

    const state = (slug: string) => demoDepartments.find((d) => d.slug === slug)!;
    const byState = await gql(app, listQuery, { filter: { states: ['ca'] }, first: 100 });
    expect(byState.data!.practices.totalCount).toBe(publicPractices.filter((p) => state(p.department).state === 'CA').length);
    for (const e of byState.data!.practices.edges) expect(e.node.department.state).toBe('CA');

    const byType = await gql(app, listQuery, { filter: { agencyTypes: ['CAMPUS'] }, first: 100 });
    expect(byType.data!.practices.totalCount).toBe(publicPractices.filter((p) => state(p.department).agencyType === 'CAMPUS').length);

    const combined = await gql(app, listQuery, {
      filter: { evidenceLevels: ['RIGOROUS_STUDY', 'EXTERNAL_EVALUATION'], hasOutcomes: true },
      first: 100,
    });
    expect(combined.data!.practices.totalCount).toBe(
      publicPractices.filter((p) => ['RIGOROUS_STUDY', 'EXTERNAL_EVALUATION'].includes(p.evidenceLevel) && p.outcomes.length > 0).length,
    );
  });

  it('refuses a page size outside 1 to 100, naming the argument', async () => {
    for (const first of [0, 101, -5]) {
      const { data, errors } = await gql(app, listQuery, { first });
      expect(data).toBeNull();
      expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(errors![0]!.message).toContain('first');
    }
  });

  it('refuses a malformed cursor, naming the argument', async () => {
    for (const after of ['not-a-cursor', Buffer.from('{"a":1}').toString('base64url'), '']) {
      const { errors } = await gql(app, listQuery, { first: 5, after });
      expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('refuses a state that is not a two-letter code', async () => {
    const { errors } = await gql(app, listQuery, { filter: { states: ['California'] } });
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.states' });
  });

  it('loads a page of 50 with departments, authors and topics in a constant number of queries', async () => {
    const query = /* GraphQL */ `
      query ($first: Int) {
        practices(first: $first) {
          edges {
            node {
              title
              department {
                name
                practiceCount
              }
              author {
                displayName
                department {
                  name
                }
              }
              topics {
                name
                practiceCount
              }
              outcomes {
                metric
              }
            }
          }
        }
      }
    `;
    // Once first (another page size, which visitors' query cache keeps apart): counts per topic
    // are then kept for a few seconds, for every size alike.
    await gql(app, query, { first: 3 });
    database.queries.length = 0;
    await gql(app, query, { first: 2 });
    const small = database.queries.length;
    database.queries.length = 0;
    const { data } = await gql(app, query, { first: 50 });
    const large = database.queries.length;
    expect(data!.practices.edges.length).toBe(Math.min(50, publicPractices.length));
    expect(large).toBe(small);
    // list + count, then one query each for departments, authors, topics, outcomes, the authors'
    // departments, and the two practice counts.
    expect(large).toBeLessThanOrEqual(9);
  });
});

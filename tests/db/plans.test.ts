// What the main pages cost the database: the statements behind a signed-in member's home, practice,
// topic, department and search pages, on generated data, counted, and each one's plan read for a
// whole-table scan of write-ups or comments.
import { fileURLToPath } from 'node:url';
import { desc, eq, sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adoptionOutcomes, adoptions, comments, departments, practices, rowsOf, topics } from '@muster/db';
import { generate } from '@muster/db/gen';
import { demoAccountEmail, demoPassword } from '@muster/db/seed';
import { signIn, testApp } from '../helpers/app.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

/** Large enough that a missing index shows in a plan, small enough to generate in seconds. */
const size = { practices: 5000, comments: 20_000, departments: 125, users: 600 };

/**
 * The most statements a member's page may run (the layout's viewer and the page's own GraphQL
 * documents together, transaction control not counted), on PGlite and PostgreSQL alike. Two are
 * the viewer's, once a page: the session with the account and its department, and the header's
 * counts in one select. A write-up's page then reads the write-up, its parts
 * (practices.parts.ts), a page of its discussion, what shows beside each comment, and the
 * departments of the comments' authors and of the replies' authors; a list page reads its rows
 * and, for all its cards at once, their parts.
 */
const budget: Record<string, number> = {
  home: 10,
  practice: 10,
  'practice, adopted and debriefed': 10,
  topic: 10,
  department: 10,
  search: 10,
  'search, filtered': 10,
  'search, no words': 10,
};

/** Tables no page statement may read whole. */
const guarded = ['practices', 'comments'];

/** A node of `explain (format json)`. */
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  'Parent Relationship'?: string;
  'Plan Rows': number;
  Plans?: PlanNode[];
}

/** Nodes that pass rows on as they come, so a Limit above them stops the scan below early. */
const streaming = new Set([
  'Limit',
  'Nested Loop',
  'Merge Join',
  'Unique',
  'Result',
  'Subquery Scan',
  'Append',
  'Merge Append',
  'Incremental Sort',
  'Gather',
  'Gather Merge',
]);

/**
 * Where a plan reads a guarded table whole: a sequential scan, or an index walked without a
 * condition, or one whose condition keeps half the table or more, with no Limit to stop it early.
 * `rows` is each guarded table's row count.
 */
function wholeScans(node: PlanNode, rows: Record<string, number>, limited = false): string[] {
  const found: string[] = [];
  const table = node['Relation Name'];
  if (table && guarded.includes(table)) {
    const type = node['Node Type'];
    const index = type === 'Index Scan' || type === 'Index Only Scan' || type === 'Bitmap Heap Scan';
    const unbounded = type === 'Bitmap Heap Scan' ? false : !node['Index Cond'];
    if (type === 'Seq Scan') found.push(`Seq Scan on ${table}`);
    else if (index && !limited && (unbounded || node['Plan Rows'] * 2 >= rows[table]!)) {
      found.push(
        `${type} on ${table}${node['Index Name'] ? ` using ${node['Index Name']}` : ''} reading ${unbounded ? 'every row' : `about ${node['Plan Rows']} of ${rows[table]} rows`}`,
      );
    }
  }
  (node.Plans ?? []).forEach((child, i) => {
    const sub = child['Parent Relationship'] === 'InitPlan' || child['Parent Relationship'] === 'SubPlan';
    // The inner side of a nested loop runs once per outer row: a Limit above does not bound it.
    const inner = node['Node Type'] === 'Nested Loop' && i === 1;
    const keeps = !sub && !inner && (node['Node Type'] === 'Limit' || (limited && streaming.has(node['Node Type'])));
    found.push(...wholeScans(child, rows, keeps));
  });
  return found;
}

interface Statement {
  sql: string;
  params: unknown[];
}

/** The statement as drizzle sent it, its $n placeholders bound again to the values it was sent with. */
function bound({ sql: text, params }: Statement): SQL {
  const parts = text.split(/\$(\d+)\b/);
  return sql.join(parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql.param(params[Number(part) - 1]))));
}

const explainable = /^\s*(\(\s*)?(select|with|insert|update|delete)\b/i;
const transactionControl = /^\s*(begin|commit|rollback|savepoint|release)\b/i;

describe('the statements behind a member’s pages, on generated data', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let session: string;
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    database = await testDatabase('demo');
    await generate(database.db, { ...size, seed: 19 });
    app = await testApp(database, { webBuildDir: fileURLToPath(new URL('../../web/build', import.meta.url)) });
    session = await signIn(app, demoAccountEmail('member', 'memphis-pd'), demoPassword);

    // The busiest discussion, the busiest topic, and the member's own department (demo adoptions).
    const [busiest] = await database.db
      .select({ slug: practices.slug })
      .from(comments)
      .innerJoin(practices, eq(practices.id, comments.practiceId))
      .where(eq(practices.visibility, 'PUBLIC'))
      .groupBy(practices.slug)
      .orderBy(desc(sql`count(*)`))
      .limit(1);
    const [topic] = rowsOf<{ slug: string }>(
      await database.db.execute(
        sql`select ${topics.slug} as slug from ${topics} join practice_topics pt on pt.topic_id = ${topics.id} group by ${topics.slug} order by count(*) desc limit 1`,
      ),
    );
    const [department] = await database.db.select({ slug: departments.slug }).from(departments).where(eq(departments.slug, 'memphis-pd'));
    // A write-up two debriefs mention, adopted by two departments with their outcomes: every part of its page has rows.
    const [adopted] = await database.db
      .select({ id: practices.id, slug: practices.slug })
      .from(practices)
      .where(eq(practices.slug, 'ca-doj-principled-policing'));
    for (const slug of ['boston-pd', 'denver-pd']) {
      const [adopter] = await database.db.select({ id: departments.id }).from(departments).where(eq(departments.slug, slug));
      const [adoption] = await database.db
        .insert(adoptions)
        .values({
          practiceId: adopted!.id,
          departmentId: adopter!.id,
          status: 'ADOPTED',
          startedOn: '2024-01-15',
          note: `Adopted in ${slug}`,
        })
        .returning({ id: adoptions.id });
      await database.db.insert(adoptionOutcomes).values([
        { adoptionId: adoption!.id, position: 0, metric: 'Complaints', baseline: 40, result: 25, unit: 'a year' },
        { adoptionId: adoption!.id, position: 1, metric: 'Use of force', baseline: 12, result: 8 },
      ]);
    }
    pages.home = '/';
    pages.practice = `/practices/${busiest!.slug}`;
    pages['practice, adopted and debriefed'] = `/practices/${adopted!.slug}`;
    pages.topic = `/topics/${topic!.slug}`;
    pages.department = `/departments/${department!.slug}`;
    pages.search = '/search?q=crisis+intervention+training';
    pages['search, filtered'] = `/search?q=de-escalation&topic=${topic!.slug}&state=TN&state=CA`;
    pages['search, no words'] = `/search?topic=${topic!.slug}`;
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** Loads the page as the member, twice (the first fills what the app keeps), and answers the second load's statements. */
  async function statementsOf(path: string): Promise<Statement[]> {
    const load = async () => {
      const response = await app.inject({ url: path, headers: { cookie: `muster_session=${session}` } });
      expect(response.statusCode, `${path}: ${response.body.slice(0, 300)}`).toBe(200);
      // Signed in: the header names the member, so the page was made for them.
      expect(response.body).toContain('Sign out');
    };
    await load();
    database.statements.length = 0;
    await load();
    return database.statements.splice(0).filter((s) => !transactionControl.test(s.sql));
  }

  /**
   * The plan of each statement with sequential scans priced out (a plan that still scans a table
   * sequentially has no index to use there), and where it reads practices or comments whole.
   */
  async function plansOf(statements: Statement[]): Promise<{ statement: Statement; plan: string; scans: string[] }[]> {
    const rows = await tableRows();
    const plans = [];
    for (const statement of statements.filter((s) => explainable.test(s.sql))) {
      // EXPLAIN without ANALYZE runs nothing; `set local` ends with the transaction.
      const [text, json] = await database.db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        const explain = async (options: string) =>
          rowsOf<{ 'QUERY PLAN': unknown }>(await tx.execute(sql.join([sql.raw(`explain ${options}`), bound(statement)])));
        return [(await explain('')).map((r) => r['QUERY PLAN']).join('\n'), (await explain('(format json) '))[0]!['QUERY PLAN']];
      });
      const root = (typeof json === 'string' ? JSON.parse(json) : json) as { Plan: PlanNode }[];
      plans.push({ statement, plan: text, scans: wholeScans(root[0]!.Plan, rows) });
    }
    database.statements.length = 0;
    return plans;
  }

  /** The planner's row counts of the guarded tables. */
  async function tableRows(): Promise<Record<string, number>> {
    const found = rowsOf<{ name: string; rows: number }>(
      await database.db.execute(
        sql`select relname as name, reltuples::float8 as rows from pg_class where relname in ('practices', 'comments') and relkind = 'r'`,
      ),
    );
    return Object.fromEntries(found.map((r) => [r.name, Number(r.rows)]));
  }

  it('sees a whole scan where there is one, and none in a list read off its index', async () => {
    const rows = await tableRows();
    expect(rows.practices).toBeGreaterThanOrEqual(size.practices);
    expect(rows.comments).toBeGreaterThanOrEqual(size.comments);
    const scansOf = async (text: string, ...params: unknown[]) => (await plansOf([{ sql: text, params }]))[0]!.scans;
    expect(await scansOf('select count(*) from comments')).not.toEqual([]);
    expect(await scansOf('select id from practices where status = $1 order by title', 'PUBLISHED')).not.toEqual([]);
    expect(
      await scansOf(
        'select c.id from comments c join practices p on p.id = c.practice_id where p.slug = $1 and c.body like $2',
        'x',
        '%crisis%',
      ),
    ).toEqual([]);
    expect(
      await scansOf(
        'select id from practices where status = $1 and hidden_at is null order by published_at desc, id desc limit 7',
        'PUBLISHED',
      ),
    ).toEqual([]);
  });

  for (const page of Object.keys(budget)) {
    it(`${page}: at most ${budget[page]} statements, none scanning write-ups or comments whole`, async () => {
      const statements = await statementsOf(pages[page]!);
      const plans = await plansOf(statements);
      const scans = plans.filter((p) => p.scans.length > 0);
      const report = scans
        .map((p) => `${p.scans.join('; ')}:\n${p.statement.sql}\n  params: ${JSON.stringify(p.statement.params)}\n${p.plan}`)
        .join('\n\n');
      console.log(`${page} (${pages[page]}): ${statements.length} statements, ${scans.length} scanning practices or comments whole`);
      expect(scans, report).toEqual([]);
      expect(statements.length, statements.map((s) => s.sql).join('\n')).toBeLessThanOrEqual(budget[page]!);
    });
  }
});

import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments, outcomes, practices, topics, users } from '@muster/db';
import { demoDepartments, demoPractices, demoTopics, seed } from '@muster/db/seed';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

/** The programs of the shared fact sheet; each must be in the demo data, by its department. */
const realPrograms: [department: string, words: RegExp][] = [
  ['memphis-pd', /crisis intervention team/i],
  ['memphis-pd', /care/i],
  ['ca-doj', /principled policing/i],
  ['stockton-pd', /procedural justice/i],
  ['seattle-pd', /lead|diversion/i],
  ['eugene-pd', /cahoots/i],
  ['denver-pd', /star|support team/i],
  ['boston-pd', /ceasefire/i],
  ['oakland-pd', /ceasefire/i],
  ['chicago-pd', /cure violence/i],
  ['high-point-pd', /drug market/i],
  ['philadelphia-pd', /foot patrol/i],
  ['philadelphia-pd', /predictive/i],
  ['kansas-city-pd', /gun/i],
  ['uc-police-division', /burglary/i],
  ['san-diego-pd', /graffiti/i],
];

describe('demo data', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await testDatabase('demo');
  });
  afterAll(() => database?.close());

  it('holds the topic taxonomy, departments across states and types, and write-ups', async () => {
    const [topicCount] = await database.db.select({ n: count() }).from(topics);
    expect(topicCount!.n).toBe(demoTopics.length);
    const states = await database.db.selectDistinct({ state: departments.state }).from(departments);
    const types = await database.db.selectDistinct({ type: departments.agencyType }).from(departments);
    const [departmentCount] = await database.db.select({ n: count() }).from(departments);
    const [practiceCount] = await database.db.select({ n: count() }).from(practices).where(eq(practices.status, 'PUBLISHED'));
    expect(departmentCount!.n).toBeGreaterThanOrEqual(12);
    expect(states.length).toBeGreaterThanOrEqual(5);
    expect(types.length).toBeGreaterThanOrEqual(3);
    expect(practiceCount!.n).toBeGreaterThanOrEqual(25);
    expect(practiceCount!.n).toBe(demoPractices.length);
  });

  it('has a write-up for every program of the fact sheet, by its own department', () => {
    for (const [department, words] of realPrograms) {
      const match = demoPractices.find((p) => p.department === department && words.test(`${p.title} ${p.summary}`));
      expect(match, `${department} ${words}`).toBeDefined();
    }
  });

  it('marks fictional departments as demo data', () => {
    const real = new Set(realPrograms.map(([d]) => d));
    const fictional = demoDepartments.filter((d) => !real.has(d.slug));
    expect(fictional.length).toBeGreaterThan(0);
    for (const d of fictional) expect(d.name, d.slug).toMatch(/demo/i);
  });

  it('gives every write-up a demo author of its own department', async () => {
    const rows = await database.db
      .select({ email: users.email, practiceDept: practices.departmentId, userDept: users.departmentId })
      .from(practices)
      .innerJoin(users, eq(users.id, practices.authorId));
    expect(rows.length).toBe(demoPractices.length);
    for (const row of rows) {
      expect(row.userDept).toBe(row.practiceDept);
      expect(row.email).toMatch(/^(chief|member)@[a-z0-9-]+\.muster\.demo$/);
    }
  });

  it('stores outcome rows only for write-ups that give figures', async () => {
    const [n] = await database.db.select({ n: count() }).from(outcomes);
    expect(n!.n).toBe(demoPractices.reduce((sum, p) => sum + p.outcomes.length, 0));
  });

  it('does not seed a database that already holds data', async () => {
    expect(await seed(database.db, 'demo')).toBe(false);
    const [practiceCount] = await database.db.select({ n: count() }).from(practices);
    expect(practiceCount!.n).toBe(demoPractices.length);
  });
});

describe('schema', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await testDatabase('none');
  });
  afterAll(() => database?.close());

  it('starts empty with SEED=none, and has pg_trgm enabled', async () => {
    expect(await seed(database.db, 'none')).toBe(false);
    const [practiceCount] = await database.db.select({ n: count() }).from(practices);
    expect(practiceCount!.n).toBe(0);
    const [similar] = await database.db
      .execute(sql`select similarity('procedural justice', 'procedual justise') as s`)
      .then((r: any) => r.rows);
    expect(Number(similar.s)).toBeGreaterThan(0.3);
  });

  it('keeps a weighted search document current as a write-up changes, and the search index GIN-indexes it', async () => {
    const [department] = await database.db
      .insert(departments)
      .values({ slug: 'test-pd', name: 'Test PD', agencyType: 'MUNICIPAL', state: 'MN', city: 'Testville' })
      .returning();
    const [row] = await database.db
      .insert(practices)
      .values({
        slug: 'test',
        title: 'Co-responder pilot',
        summary: 'Clinicians ride along',
        body: 'Notes on dispatch',
        departmentId: department!.id,
      })
      .returning();
    const rank = async (words: string) => {
      const result: any = await database.db.execute(
        sql`select ts_rank(search, websearch_to_tsquery('english', ${words})) as r from practices where id = ${row!.id}`,
      );
      return Number(result.rows[0].r);
    };
    expect(await rank('co-responder')).toBeGreaterThan(await rank('dispatch'));
    await database.db.update(practices).set({ body: 'Now about naloxone' }).where(eq(practices.id, row!.id));
    expect(await rank('naloxone')).toBeGreaterThan(0);
    expect(await rank('dispatch')).toBe(0);

    // Search reads its own copy of the document (search_entries), which carries the GIN index.
    const index: any = await database.db.execute(
      sql`select indexdef from pg_indexes where tablename = 'search_entries' and indexdef ilike '%gin%(document)%'`,
    );
    expect(index.rows.length).toBe(1);
  });
});

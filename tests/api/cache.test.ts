import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { practices } from '@muster/db';
import { demoPassword } from '@muster/db/seed';
import { gql, signIn } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { useTestApp } from '../helpers/setup.ts';

const LIST = `{ practices(first: 100) { totalCount edges { node { slug visibility } } } }`;
const ONE = `query One($slug: String!) { practice(slug: $slug) { slug title visibility } }`;

// Visitors' answers to public read queries are cached for a few seconds; members' never are.
describe('the public query cache', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let session: string;
  useTestApp({}, (opened) => ({ app, database } = opened));
  beforeAll(async () => {
    session = await signIn(app, 'member@memphis-pd.muster.demo', demoPassword);
  });

  it('never serves a member’s view to a visitor, nor a visitor’s to a member', async () => {
    const asMember = await gql(app, LIST, undefined, { session });
    const membersOnly = asMember.data!.practices.edges.filter((e: { node: { visibility: string } }) => e.node.visibility === 'MEMBERS');
    expect(membersOnly.length).toBeGreaterThan(0);

    const asVisitor = await gql(app, LIST);
    expect(asVisitor.data!.practices.totalCount).toBe(asMember.data!.practices.totalCount - membersOnly.length);
    expect(asVisitor.data!.practices.edges.every((e: { node: { visibility: string } }) => e.node.visibility === 'PUBLIC')).toBe(true);

    // With the visitor's answer now cached, the member still gets theirs.
    expect((await gql(app, LIST, undefined, { session })).data!.practices.totalCount).toBe(asMember.data!.practices.totalCount);

    const slug = membersOnly[0].node.slug;
    expect((await gql(app, ONE, { slug }, { session })).data!.practice.slug).toBe(slug);
    expect((await gql(app, ONE, { slug })).data!.practice).toBeNull();
    expect((await gql(app, ONE, { slug }, { session })).data!.practice.slug).toBe(slug);
  });

  it('reuses a visitor’s answer for a few seconds, while members read the database', async () => {
    const visitorList = await gql(app, LIST);
    const slug = visitorList.data!.practices.edges[0].node.slug as string;
    const before = (await gql(app, ONE, { slug })).data!.practice.title as string;
    await database.db
      .update(practices)
      .set({ title: `${before} (revised)` })
      .where(eq(practices.slug, slug));

    expect((await gql(app, ONE, { slug })).data!.practice.title).toBe(before);
    expect((await gql(app, ONE, { slug }, { session })).data!.practice.title).toBe(`${before} (revised)`);
  });

  it('forgets every cached answer once a change goes through, so a visitor sees it at once', async () => {
    const FEATURED = `{ featured { id practice { slug } } }`;
    const moderator = await signIn(app, 'moderator@muster.demo', demoPassword);
    const shown = (await gql(app, FEATURED)).data!.featured as { id: string; practice: { slug: string } }[];
    expect(shown.length).toBeGreaterThan(0);
    const removed = await gql(app, `mutation Unfeature($id: ID!) { unfeature(id: $id) }`, { id: shown[0]!.id }, { session: moderator });
    expect(removed.errors).toBeUndefined();
    const after = (await gql(app, FEATURED)).data!.featured as { practice: { slug: string } }[];
    expect(after.map((f) => f.practice.slug)).not.toContain(shown[0]!.practice.slug);
  });

  it('runs a query many visitors ask at the same moment once, and shares the answer', async () => {
    const slugs = ((await gql(app, LIST)).data!.practices.edges as { node: { slug: string } }[]).map((e) => e.node.slug);
    const ask = (slug: string) => gql(app, ONE, { slug });

    database.queries.length = 0;
    await ask(slugs[1]!);
    const once = database.queries.length;
    expect(once).toBeGreaterThan(0);

    // The database is held up meanwhile, so the eight are all under way before any answer comes back.
    let release!: () => void;
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holding = database.db.transaction(async (tx) => {
      await tx.execute(sql`lock table practices in access exclusive mode`);
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await isLocked;
    database.queries.length = 0;
    const asking = Promise.all(Array.from({ length: 8 }, () => ask(slugs[2]!)));
    // The eight are dispatched together and reach the cache alike; the one that runs is then held
    // at the database. Its first statement being sent is the sign that they are all under way.
    await vi.waitFor(() => expect(database.queries.filter((q) => !/^(commit|lock)/i.test(q)).length).toBeGreaterThan(0), {
      timeout: 15_000,
    });
    release();
    await holding;
    const answers = await asking;
    expect(answers.map((a) => a.data!.practice.slug)).toEqual(Array(8).fill(slugs[2]));
    expect(database.queries.filter((q) => !/^(commit|lock)/i.test(q)).length).toBe(once);
  });
});

describe('a visitor’s cached answer going stale', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-03-02T12:00:00Z');
  useTestApp({ now: () => clock }, (opened) => ({ app, database } = opened));

  it('is asked again once it is older than the interval, so a change reaches visitors by itself', async () => {
    const slug = (await gql(app, LIST)).data!.practices.edges[0].node.slug as string;
    const before = (await gql(app, ONE, { slug })).data!.practice.title as string;
    await database.db
      .update(practices)
      .set({ title: `${before} (revised)` })
      .where(eq(practices.slug, slug));

    clock = new Date(clock.getTime() + 9_000);
    expect((await gql(app, ONE, { slug })).data!.practice.title).toBe(before);
    clock = new Date(clock.getTime() + 2_000);
    expect((await gql(app, ONE, { slug })).data!.practice.title).toBe(`${before} (revised)`);
  });
});

import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '@muster/api';
import { follows, settings, users } from '@muster/db';
import { demoPassword } from '@muster/db/seed';
import { actors, type Who } from '../helpers/actors.ts';
import { gql, signIn, signInMutation, signUp, testConfig } from '../helpers/app.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

const chief = (slug: string) => `chief@${slug}.muster.demo`;
const member = (slug: string) => `member@${slug}.muster.demo`;
const admin = 'admin@muster.demo';
const moderator = 'moderator@muster.demo';

const cursor = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

/** The API on a database, with every line it logs at warn level or above kept. */
async function loggingApp(database: TestDatabase): Promise<{ app: FastifyInstance; logged: { level: number; msg: string }[] }> {
  const logged: { level: number; msg: string }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logged.push(JSON.parse(line));
      done();
    },
  });
  const config = testConfig({ auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never });
  const app = await buildApp(config, { database, logger: { level: 'warn', stream } as { level: string }, background: false });
  await app.ready();
  return { app, logged };
}

let database: TestDatabase;
let app: FastifyInstance;
let logged: { level: number; msg: string }[];
const { ok, run } = actors(() => app);

beforeAll(async () => {
  database = await testDatabase('demo');
  ({ app, logged } = await loggingApp(database));
});

afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('the cost of a document, counted at the page sizes it runs with', () => {
  const nested = (size: string) =>
    `practices(first: ${size}) { edges { node { department { practices(first: ${size}) { edges { node { topics { practices(first: ${size}) { totalCount } } } } } } } } }`;
  const omitted = `{ practices { edges { node { department { practices { edges { node { topics { practices { totalCount } } } } } } } } } }`;

  it('refuses the same costly document however its page sizes arrive: literal, variable, default, null or left out', async () => {
    const withDefault = `query ($n: Int = 100) { ${nested('$n')} }`;
    const attempts: [string, string, Record<string, unknown> | undefined][] = [
      ['literal', `{ ${nested('100')} }`, undefined],
      ['literal null', `{ ${nested('null')} }`, undefined],
      ['variable', `query ($n: Int) { ${nested('$n')} }`, { n: 100 }],
      ['variable null', `query ($n: Int) { ${nested('$n')} }`, { n: null }],
      ['variable left out', `query ($n: Int) { ${nested('$n')} }`, undefined],
      ['variable default', withDefault, undefined],
      ['variable default, no variables at all', withDefault, {}],
      ['null over a default', withDefault, { n: null }],
      ['arguments left out', omitted, undefined],
    ];
    for (const [how, query, variables] of attempts) {
      const response = await gql(app, query, variables);
      expect(response.statusCode, how).toBe(400);
      expect(response.data ?? null, how).toBeNull();
      expect(
        response.errors!.map((e) => e.extensions?.code),
        how,
      ).toEqual(['QUERY_TOO_COSTLY']);
    }
  });

  it('keeps a verdict per way of sending: a small page accepted first does not let the default through', async () => {
    const query = `query ($n: Int = 100) { ${nested('$n')} }`;
    expect((await gql(app, query, { n: 2 })).errors).toBeUndefined();
    expect((await gql(app, query, {})).errors![0]!.extensions!.code).toBe('QUERY_TOO_COSTLY');
    expect((await gql(app, query, { n: null })).errors![0]!.extensions!.code).toBe('QUERY_TOO_COSTLY');
    expect((await gql(app, query, { n: 2 })).errors).toBeUndefined();
    // A small default is counted as small.
    expect((await gql(app, `query ($n: Int = 2) { ${nested('$n')} }`)).errors).toBeUndefined();
  });

  it('knows every list’s default page size: the schema states one for each page-size argument', async () => {
    const { data } = await gql(app, `{ __schema { types { name fields { name args { name defaultValue } } } } }`);
    const unstated = data!.__schema.types.flatMap((type: any) =>
      (type.fields ?? []).flatMap((field: any) =>
        field.args
          .filter((arg: any) => (arg.name === 'first' || arg.name === 'last') && arg.defaultValue == null)
          .map(() => `${type.name}.${field.name}`),
      ),
    );
    expect(unstated).toEqual([]);
  });
});

describe('suggestions in validation errors', () => {
  const mistakes: [string, string, Record<string, unknown>?][] = [
    ['a field', `{ practices(first: 1) { edges { node { titel } } } }`],
    ['an argument', `{ practices(frist: 1) { totalCount } }`],
    ['a type', `query ($f: PracticeFiltr) { practices(filter: $f) { totalCount } }`],
    ['an input field', `{ practices(filter: { topic: ["youth"] }) { totalCount } }`],
    ['an enum value', `query ($o: PracticeOrder) { practices(orderBy: $o) { totalCount } }`, { o: 'NEWES' }],
  ];

  it('names nothing of the schema in production', async () => {
    const production = await buildApp(testConfig({}, { NODE_ENV: 'production' }), { database, logger: false, background: false });
    await production.ready();
    try {
      for (const [what, query, variables] of mistakes) {
        // The development app suggests, so each mistake is one that would.
        expect(JSON.stringify((await gql(app, query, variables)).errors), what).toMatch(/Did you mean/);
        const { errors } = await gql(production, query, variables);
        expect(errors, what).toBeDefined();
        expect(errors![0]!.extensions!.code, what).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
        expect(JSON.stringify(errors), what).not.toMatch(/did you mean|"title"|"first"|"PracticeFilter"|"topics"|"NEWEST"/i);
      }
    } finally {
      await production.close();
    }
  });
});

describe('cursors', () => {
  /** Every connection that takes `after`, with who may read it; `$after` is its cursor. */
  const listings: { name: string; who: Who; query: string; at: (data: any) => any; sortsBy?: 'name' | 'score' }[] = [
    { name: 'practices', who: null, query: `practices(first: 1, after: $after)`, at: (d) => d.practices },
    {
      name: 'practices by title',
      who: null,
      query: `practices(orderBy: TITLE, first: 1, after: $after)`,
      at: (d) => d.practices,
      sortsBy: 'name',
    },
    {
      name: 'a topic’s practices',
      who: null,
      query: `topic(slug: "youth") { practices(first: 1, after: $after) { ...page } }`,
      at: (d) => d.topic.practices,
    },
    {
      name: 'a department’s practices',
      who: null,
      query: `department(slug: "memphis-pd") { practices(first: 1, after: $after) { ...page } }`,
      at: (d) => d.department.practices,
    },
    { name: 'departments', who: null, query: `departments(first: 1, after: $after)`, at: (d) => d.departments, sortsBy: 'name' },
    {
      name: 'search by relevance',
      who: null,
      query: `search(query: "crisis", first: 1, after: $after)`,
      at: (d) => d.search,
      sortsBy: 'score',
    },
    { name: 'search by date', who: null, query: `search(query: "crisis", orderBy: NEWEST, first: 1, after: $after)`, at: (d) => d.search },
    {
      name: 'comments',
      who: member('memphis-pd'),
      query: `practice(slug: $slug) { comments(first: 1, after: $after) { ...page } }`,
      at: (d) => d.practice.comments,
    },
    { name: 'events', who: null, query: `events(first: 1, after: $after)`, at: (d) => d.events },
    {
      name: 'attendees',
      who: member('memphis-pd'),
      query: `event(slug: $event) { attendees(first: 1, after: $after) { ...page } }`,
      at: (d) => d.event.attendees,
    },
    {
      name: 'an event’s debriefs',
      who: member('memphis-pd'),
      query: `event(slug: $event) { debriefs(first: 1, after: $after) { ...page } }`,
      at: (d) => d.event.debriefs,
    },
    { name: 'debriefs', who: member('memphis-pd'), query: `debriefs(first: 1, after: $after)`, at: (d) => d.debriefs },
    {
      name: 'debriefs found',
      who: member('memphis-pd'),
      query: `debriefs(query: "crisis", first: 1, after: $after)`,
      at: (d) => d.debriefs,
      sortsBy: 'score',
    },
    { name: 'members', who: member('memphis-pd'), query: `members(first: 1, after: $after)`, at: (d) => d.members, sortsBy: 'name' },
    {
      name: 'a member’s write-ups',
      who: member('memphis-pd'),
      query: `member(handle: "chief-memphis-pd") { publishedPractices(first: 1, after: $after) { ...page } }`,
      at: (d) => d.member.publishedPractices,
    },
    {
      name: 'a member’s debriefs',
      who: member('memphis-pd'),
      query: `member(handle: "chief-memphis-pd") { debriefs(first: 1, after: $after) { ...page } }`,
      at: (d) => d.member.debriefs,
    },
    { name: 'notifications', who: chief('memphis-pd'), query: `notifications(first: 1, after: $after)`, at: (d) => d.notifications },
    { name: 'feed', who: chief('memphis-pd'), query: `feed(first: 1, after: $after)`, at: (d) => d.feed },
    { name: 'conversations', who: chief('memphis-pd'), query: `conversations(first: 1, after: $after)`, at: (d) => d.conversations },
    { name: 'moderation queue', who: moderator, query: `moderationQueue(first: 1, after: $after)`, at: (d) => d.moderationQueue },
    { name: 'moderation log', who: moderator, query: `moderationLog(first: 1, after: $after)`, at: (d) => d.moderationLog },
    { name: 'audit log', who: admin, query: `auditLog(first: 1, after: $after)`, at: (d) => d.auditLog },
    { name: 'users', who: admin, query: `users(first: 1, after: $after)`, at: (d) => d.users },
  ];
  const documentOf = (listing: (typeof listings)[number]) => {
    const field = listing.query.includes('{') ? listing.query : `${listing.query} { ...page }`;
    const uses = (name: string) => (listing.query.includes(`$${name}`) ? `, $${name}: String!` : '');
    return `query ($after: String${uses('slug')}${uses('event')}) { ${field} }
      fragment page on ${typeOf(listing.name)} { totalCount pageInfo { endCursor } }`;
  };
  // The fragment's type, by the connection each listing answers.
  const typeOf = (name: string) =>
    ({
      departments: 'DepartmentConnection',
      'search by relevance': 'SearchResult',
      'search by date': 'SearchResult',
      comments: 'CommentConnection',
      events: 'EventConnection',
      attendees: 'UserConnection',
      members: 'UserConnection',
      users: 'UserConnection',
      'an event’s debriefs': 'DebriefConnection',
      debriefs: 'DebriefConnection',
      'debriefs found': 'DebriefConnection',
      'a member’s debriefs': 'DebriefConnection',
      notifications: 'NotificationConnection',
      feed: 'ActivityConnection',
      conversations: 'ConversationConnection',
      'moderation queue': 'FlagConnection',
      'moderation log': 'AuditEntryConnection',
      'audit log': 'AuditEntryConnection',
    })[name] ?? 'PracticeConnection';

  let variables: Record<string, string>;
  beforeAll(async () => {
    const found = await ok(
      member('memphis-pd'),
      `{
      practices(first: 100) { edges { node { slug comments(first: 1) { totalCount } } } }
      events(first: 100) { edges { node { slug attendees(first: 1) { totalCount } debriefs(first: 1) { totalCount } } } } }`,
    );
    const discussed = found.practices.edges
      .map((e: any) => e.node)
      .sort((a: any, b: any) => b.comments.totalCount - a.comments.totalCount)[0];
    const attended = found.events.edges
      .map((e: any) => e.node)
      .sort((a: any, b: any) => b.attendees.totalCount + b.debriefs.totalCount - a.attendees.totalCount - a.debriefs.totalCount)[0];
    variables = { slug: discussed.slug, event: attended.slug };
    // Something in the moderation queue and the notifications, so their cursors are real too.
    const practiceId = (await ok(member('memphis-pd'), `{ practice(slug: "${discussed.slug}") { id } }`)).practice.id;
    await ok(member('boston-pd'), `mutation ($id: ID!) { flag(target: PRACTICE, id: $id, reason: SPAM) { id } }`, { id: practiceId });
    await ok(member('denver-pd'), `mutation ($id: ID!) { flag(target: PRACTICE, id: $id, reason: OFF_TOPIC) { id } }`, { id: practiceId });
  });

  const varsFor = (listing: (typeof listings)[number], after: string | null) => ({
    after,
    ...(listing.query.includes('$slug') ? { slug: variables.slug } : {}),
    ...(listing.query.includes('$event') ? { event: variables.event } : {}),
  });

  it('takes each list’s own cursors back, page after page', async () => {
    let followed = 0;
    for (const listing of listings) {
      const first = listing.at(await ok(listing.who, documentOf(listing), varsFor(listing, null)));
      if (first.totalCount < 2) continue;
      followed++;
      const second = listing.at(await ok(listing.who, documentOf(listing), varsFor(listing, first.pageInfo.endCursor)));
      expect(second.pageInfo.endCursor, listing.name).not.toBe(first.pageInfo.endCursor);
    }
    // Most lists hold several entries in the demo data, so most cursors were really followed.
    expect(followed).toBeGreaterThan(listings.length / 2);
  });

  it('answers a well-formed cursor holding nonsense with BAD_USER_INPUT naming after, and logs no error', async () => {
    const uuid = '00000000-0000-4000-8000-000000000000';
    // [cursor, the lists it is well-formed for: any text is a name, any number a score]
    const nonsense: [string, string[]][] = [
      [`["2026-01-01' or 1=1--","x"]`, []],
      [`["2026-01-01' or 1=1--","${uuid}"]`, ['name']],
      [`["2026-02-30T00:00:00.000Z","${uuid}"]`, ['name']],
      [`["2026-13-01","${uuid}"]`, ['name']],
      [`["x\\u0000y","${uuid}"]`, []],
      [`[1e400,"${uuid}"]`, []],
      [`[0.5,"${uuid}"]`, ['score']],
      [`[{"a":1},"${uuid}"]`, []],
      [`["1 or 1=1"]`, []],
      [`[-1]`, []],
      [`[1e400]`, []],
      [`[0.5]`, []],
      [`[3,"2026-01-01' or 1=1--","${uuid}"]`, []],
      [`[3,"2026-01-01T00:00:00.000Z","x"]`, []],
    ];
    logged.length = 0;
    for (const listing of listings) {
      for (const [json, wellFormedFor] of nonsense) {
        if (listing.sortsBy && wellFormedFor.includes(listing.sortsBy)) continue;
        const response = await run(listing.who, documentOf(listing), varsFor(listing, cursor(json)));
        const label = `${listing.name} ${json}`;
        expect(response.errors, label).toBeDefined();
        expect(response.errors![0]!.extensions, label).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
        expect(response.errors![0]!.message, label).toMatch(/after is not a cursor/);
      }
    }
    expect(logged.filter((line) => line.level >= 50)).toEqual([]);
  });

  it('answers a value the database refuses as the client’s mistake: no query in the answer, a warning in the log', async () => {
    const own = await testDatabase('demo');
    const refusing = await loggingApp(own);
    try {
      // The database refusing a value as it would a malformed one.
      await own.db.execute(sql`create function refuse_value() returns trigger language plpgsql as $$
        begin raise exception using errcode = '22P02', message = 'invalid input syntax for type uuid: "x"'; end $$`);
      await own.db.execute(sql`create trigger refuse_value before insert on follows for each row execute function refuse_value()`);
      const session = await signIn(refusing.app, member('memphis-pd'), demoPassword);
      const youth = (await gql(refusing.app, `{ topic(slug: "youth") { id } }`)).data!.topic.id;
      const { errors } = await gql(refusing.app, `mutation ($id: ID!) { follow(target: TOPIC, id: $id) }`, { id: youth }, { session });
      expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(errors)).not.toMatch(/insert|follows|uuid/i);
      expect(refusing.logged.filter((line) => line.level >= 50)).toEqual([]);
      expect(refusing.logged.map((line) => line.msg)).toContain('the database refused a value from the request');
    } finally {
      await refusing.app.close();
      await own.close();
    }
  });
});

describe('releasing a lockout', () => {
  const release = `mutation ($id: ID!) { releaseLockout(userId: $id) { lockedAt } }`;

  async function lockOut(email: string): Promise<string> {
    for (let i = 0; i < 5; i++) await gql(app, signInMutation, { input: { email, password: `not the password ${i}` } });
    const [user] = await database.db.select({ id: users.id, lockedAt: users.lockedAt }).from(users).where(eq(users.email, email));
    expect(user!.lockedAt).not.toBeNull();
    return user!.id;
  }

  it('is never the locked member’s own doing, whatever their role; an admin or their chief does it', async () => {
    const sessions: Record<string, string> = {};
    for (const email of [chief('seattle-pd'), admin]) {
      // A session from before the lockout still works: the one place a locked member could try.
      const session = (sessions[email] = await signIn(app, email, demoPassword));
      const id = await lockOut(email);
      const refused = await gql(app, release, { id }, { session });
      expect(refused.errors![0]!.extensions!.code, email).toBe('FORBIDDEN');
      expect(refused.errors![0]!.message, email).toMatch(/your own lockout/);
      const [still] = await database.db.select({ lockedAt: users.lockedAt }).from(users).where(eq(users.id, id));
      expect(still!.lockedAt, email).not.toBeNull();
    }
    // Someone else may: the admin releases the chief's.
    const chiefId = (
      await database.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, chief('seattle-pd')))
    )[0]!.id;
    const released = await gql(app, release, { id: chiefId }, { session: sessions[admin] });
    expect(released.errors).toBeUndefined();
    expect(released.data!.releaseLockout.lockedAt).toBeNull();
  });
});

describe('following a member', () => {
  const followMutation = `mutation ($id: ID!) { follow(target: USER, id: $id) }`;

  it('refuses accounts the member directory does not show, and stores nothing', async () => {
    const recruit = await signUp(app, 'seattle-pd');
    const verifiedId = (
      await database.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, chief('seattle-pd')))
    )[0]!.id;
    const attempts: [Who, string, string][] = [
      // Not yet verified: not in the directory, so not to be followed.
      [member('memphis-pd'), recruit.id, 'a verified member following an unverified account'],
      // An unverified member sees no directory at all.
      [{ session: recruit.session }, verifiedId, 'an unverified member following a verified one'],
    ];
    for (const [who, id, what] of attempts) {
      const response = await run(who, followMutation, { id });
      expect(response.data ?? null, what).toBeNull();
      expect(response.errors![0]!.extensions, what).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    }
    const stored = await database.db
      .select()
      .from(follows)
      .where(and(eq(follows.targetType, 'USER'), eq(follows.targetId, recruit.id)));
    expect(stored).toEqual([]);
    const byRecruit = await database.db.select().from(follows).where(eq(follows.userId, recruit.id));
    expect(byRecruit).toEqual([]);

    // Once verified, the account is followed like any member's.
    await ok(chief('seattle-pd'), `mutation ($id: ID!) { verifyMember(userId: $id, approve: true) { verification } }`, { id: recruit.id });
    expect((await ok(member('memphis-pd'), followMutation, { id: recruit.id })).follow).toBe(true);
  });
});

describe('what the viewer may do, as the pages read it', () => {
  const abilities = `{ me { id viewerCan { writeUp publish reachMembers verifyMembers moderate administer keepEvents moveDepartment secondFactorRequired } } }`;

  it('answers each role its own abilities, and the API refuses what it says they may not do', async () => {
    const can = async (who: Who) => (await ok(who, abilities)).me.viewerCan;
    const recruit = await signUp(app, 'seattle-pd');
    expect(await can(member('memphis-pd'))).toEqual({
      writeUp: true,
      publish: false,
      reachMembers: true,
      verifyMembers: false,
      moderate: false,
      administer: false,
      keepEvents: false,
      moveDepartment: true,
      secondFactorRequired: false,
    });
    expect(await can(chief('memphis-pd'))).toMatchObject({
      writeUp: true,
      publish: true,
      verifyMembers: true,
      moderate: false,
      administer: false,
      moveDepartment: false,
    });
    expect(await can(moderator)).toMatchObject({
      publish: false,
      verifyMembers: true,
      moderate: true,
      administer: false,
      keepEvents: true,
      moveDepartment: false,
    });
    expect(await can(admin)).toMatchObject({ moderate: true, administer: true, keepEvents: true });
    expect(await can({ session: recruit.session })).toEqual({
      writeUp: false,
      publish: false,
      reachMembers: false,
      verifyMembers: false,
      moderate: false,
      administer: false,
      keepEvents: false,
      moveDepartment: false,
      secondFactorRequired: false,
    });

    // Where the answer says no, the action is refused too.
    const dashboard = await run(member('memphis-pd'), `{ moderationSummary { openFlags } }`);
    expect(dashboard.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const move = await run(chief('memphis-pd'), `mutation { requestDepartmentMove(departmentSlug: "boston-pd") }`);
    expect(move.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CHIEF_MUST_HAND_OVER' });
    const { events } = await ok(null, `{ events(first: 1) { edges { node { id } } } }`);
    const attend = await run({ session: recruit.session }, `mutation ($id: ID!) { attendEvent(eventId: $id, attending: true) { id } }`, {
      id: events.edges[0].node.id,
    });
    expect(attend.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("is the viewer's own: nobody else's profile carries it", async () => {
    const { members } = await ok(chief('memphis-pd'), `{ members(first: 5) { edges { node { id viewerCan { moderate } } } } }`);
    const me = (await ok(chief('memphis-pd'), abilities)).me;
    for (const { node } of members.edges) expect(node.viewerCan).toEqual(node.id === me.id ? expect.any(Object) : null);
  });

  it('says a second factor is required once an administrator requires it for the role', async () => {
    // As an administrator with a second factor sets it (Admin → Security).
    await database.db.insert(settings).values({ key: 'security', value: { requireTotpForPrivileged: true }, updatedAt: new Date() });
    try {
      expect((await ok(chief('boston-pd'), abilities)).me.viewerCan.secondFactorRequired).toBe(true);
      expect((await ok(member('boston-pd'), abilities)).me.viewerCan.secondFactorRequired).toBe(false);
    } finally {
      await database.db.delete(settings).where(eq(settings.key, 'security'));
    }
  });
});

import { randomUUID } from 'node:crypto';
import { and, count, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, auditLog, debriefPractices, debriefs, eventAttendance, notifications, users } from '@muster/db';
import { signUp } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { actors, type Who } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;
const moderator = 'moderator@muster.demo';

const debriefFields = `id title audience sessions takeaways toTry contacts sessionsHtml takeawaysHtml toTryHtml contactsHtml
  event { slug } author { handle } department { slug } practices { slug } createdAt updatedAt viewerCan { edit delete }`;
const createEvent = `mutation ($input: EventInput!) { createEvent(input: $input) { id slug } }`;
const createDebrief = `mutation ($eventId: ID!, $input: DebriefInput!) { createDebrief(eventId: $eventId, input: $input) { ${debriefFields} } }`;
const updateDebrief = `mutation ($id: ID!, $input: DebriefInput!) { updateDebrief(id: $id, input: $input) { ${debriefFields} } }`;
const deleteDebrief = `mutation ($id: ID!) { deleteDebrief(id: $id) }`;
const debriefQuery = `query ($id: ID!) { debrief(id: $id) { ${debriefFields} } }`;
const debriefsQuery = `query ($query: String, $eventSlug: String, $first: Int, $after: String) {
  debriefs(query: $query, eventSlug: $eventSlug, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor snippet node { id title } } } }`;
const eventQuery = `query ($slug: String!) { event(slug: $slug) { viewerAttendance viewerCan { debrief } debriefs(first: 20) { totalCount edges { node { id title author { handle } } } } } }`;
const followMutation = `mutation ($target: FollowTarget!, $id: ID!) { follow(target: $target, id: $id) }`;
const feedQuery = `{ feed(first: 50) { edges { node { kind actor { handle } debrief { id title event { slug } } } } } }`;
const inboxQuery = `{ notifications(first: 50) { edges { node { reason text path activity { kind debrief { id } } } } } }`;

let database: TestDatabase;
let app: FastifyInstance;
const { ok, refused } = actors(() => app);

/** A calendar day (UTC, as the API's dates are) this many days from today. */
function day(offset: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

let eventCounter = 0;
/** An event listed by the moderator, begun today unless told otherwise. */
async function event(startsIn = 0, days = 2): Promise<{ id: string; slug: string }> {
  eventCounter += 1;
  const { createEvent: created } = await ok(moderator, createEvent, {
    input: {
      name: `Crisis response leadership forum ${eventCounter}`,
      kind: 'CONFERENCE',
      host: 'Tennessee Association of Chiefs of Police',
      startsOn: day(startsIn),
      endsOn: day(startsIn + days - 1),
      location: 'Memphis Convention Center, Memphis, Tennessee',
      topics: ['crisis-intervention-mental-health'],
    },
  });
  return created;
}

function input(overrides: Record<string, unknown> = {}) {
  return {
    title: 'What we learned about co-responder teams',
    audience: 'MEMBERS',
    sessions: '- Co-responder models in mid-sized cities\n- Dispatch triage',
    takeaways: 'Pair a **clinician** with a CIT officer for the calls dispatch flags.',
    toTry: 'Ask dispatch to tag behavioural-health calls for a month.',
    contacts: 'The CARE team coordinator in Memphis.',
    practices: [],
    ...overrides,
  };
}

async function posted(who: Who, eventId: string, overrides: Record<string, unknown> = {}) {
  return (await ok(who, createDebrief, { eventId, input: input(overrides) })).createDebrief as Record<string, any>;
}

async function userId(email: string): Promise<string> {
  const [row] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row!.id;
}

async function rows(table: typeof debriefs | typeof activities | typeof auditLog, where?: SQL): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(table).where(where);
  return row!.n;
}

/** Who was notified of a debrief, and why: [handle, reason] pairs by handle. */
async function notified(debriefId: string): Promise<[string, string][]> {
  const found = await database.db
    .select({ handle: users.handle, reason: notifications.reason })
    .from(notifications)
    .innerJoin(activities, eq(activities.id, notifications.activityId))
    .innerJoin(users, eq(users.id, notifications.recipientId))
    .where(eq(activities.debriefId, debriefId));
  return found.map((r): [string, string] => [r.handle, r.reason]).sort(([a], [b]) => a.localeCompare(b));
}

/** "March 4, 2026": how the API names a day in its messages. */
function spelled(ymd: string): string {
  return new Date(`${ymd}T00:00:00Z`).toLocaleDateString('en-US', { timeZone: 'UTC', month: 'long', day: 'numeric', year: 'numeric' });
}

useTestApp({ config: { auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } }, (opened) => ({ app, database } = opened));

describe('the debrief lifecycle', () => {
  it('posts a debrief with rendered sections and linked write-ups, and marks its author as having gone', async () => {
    const forum = await event();
    const author = member('memphis-pd');
    expect((await ok(author, eventQuery, { slug: forum.slug })).event).toMatchObject({
      viewerAttendance: null,
      viewerCan: { debrief: true },
    });

    const debrief = await posted(author, forum.id, {
      title: '  Co-responders and dispatch triage  ',
      takeaways: 'Pair a **clinician** with a CIT officer.\n\n<script>alert(1)</script>\n\n[here](javascript:alert(1))',
      practices: ['seattle-lead-diversion', 'eugene-cahoots', 'seattle-lead-diversion'],
    });
    expect(debrief).toMatchObject({
      title: 'Co-responders and dispatch triage',
      audience: 'MEMBERS',
      event: { slug: forum.slug },
      author: { handle: 'officer-memphis-pd' },
      department: { slug: 'memphis-pd' },
      // By title; a write-up named twice is linked once.
      practices: [{ slug: 'eugene-cahoots' }, { slug: 'seattle-lead-diversion' }],
      viewerCan: { edit: true, delete: true },
    });
    expect(debrief.takeawaysHtml).toContain('<strong>clinician</strong>');
    expect(debrief.takeawaysHtml).not.toContain('<script');
    expect(debrief.takeawaysHtml).not.toContain('javascript:');
    expect(debrief.sessionsHtml).toContain('<li>Dispatch triage</li>');

    const seen = (await ok(author, eventQuery, { slug: forum.slug })).event;
    expect(seen.viewerAttendance).toBe('ATTENDED');
    expect(seen.debriefs).toMatchObject({ totalCount: 1, edges: [{ node: { id: debrief.id, author: { handle: 'officer-memphis-pd' } } }] });

    // The write-up it mentions and the author's profile list it.
    const mentioned = await ok(member('boston-pd'), `{ practice(slug: "eugene-cahoots") { debriefs { id } } }`);
    expect(mentioned.practice.debriefs).toEqual([{ id: debrief.id }]);
    const profile = await ok(
      member('boston-pd'),
      `query ($id: ID!) { debrief(id: $id) { author { debriefs(first: 5) { totalCount edges { node { id } } } } } }`,
      { id: debrief.id },
    );
    expect(profile.debrief.author.debriefs).toMatchObject({ totalCount: 1, edges: [{ node: { id: debrief.id } }] });

    const audited = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'DEBRIEF_CREATED'), eq(auditLog.actorId, await userId(author))));
    expect(audited.map((a) => a.detail)).toContain(`debrief ${debrief.id} of ${forum.slug}`);
  });

  it('lets only the author edit it, and the author or a moderator delete it', async () => {
    const forum = await event(-3);
    const author = member('memphis-pd');
    const debrief = await posted(author, forum.id, { practices: ['eugene-cahoots'] });

    // Another member reads it but may not change it; a colleague may not delete it either.
    expect(await refused(member('boston-pd'), updateDebrief, { id: debrief.id, input: input({ title: 'Taken over' }) })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refused(chief('memphis-pd'), deleteDebrief, { id: debrief.id })).toMatchObject({ code: 'FORBIDDEN' });

    const edited = (
      await ok(author, updateDebrief, {
        id: debrief.id,
        input: input({ title: 'Co-responders, revised', audience: 'DEPARTMENT', practices: ['seattle-lead-diversion'] }),
      })
    ).updateDebrief;
    expect(edited).toMatchObject({
      title: 'Co-responders, revised',
      audience: 'DEPARTMENT',
      practices: [{ slug: 'seattle-lead-diversion' }],
    });
    expect(new Date(edited.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(debrief.createdAt).getTime());
    // Now kept within Memphis: to Boston it is not there at all.
    expect(await refused(member('boston-pd'), updateDebrief, { id: debrief.id, input: input() })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused(member('boston-pd'), deleteDebrief, { id: debrief.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await ok(member('boston-pd'), debriefQuery, { id: debrief.id })).debrief).toBeNull();

    expect((await ok(author, deleteDebrief, { id: debrief.id })).deleteDebrief).toBe(true);
    expect((await ok(author, debriefQuery, { id: debrief.id })).debrief).toBeNull();
    expect(await rows(debriefs, eq(debriefs.id, debrief.id))).toBe(0);
    expect(await database.db.select().from(debriefPractices).where(eq(debriefPractices.debriefId, debrief.id))).toEqual([]);
    expect(await refused(author, deleteDebrief, { id: debrief.id })).toMatchObject({ code: 'NOT_FOUND' });

    // A moderator removes someone else's, and the audit log says whose it was.
    const other = await posted(member('boston-pd'), forum.id, { title: 'Boston notes from the forum' });
    expect(await refused(moderator, updateDebrief, { id: other.id, input: input() })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await ok(moderator, deleteDebrief, { id: other.id })).deleteDebrief).toBe(true);
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'DEBRIEF_DELETED'), eq(auditLog.actorId, await userId(moderator))));
    expect(entry).toMatchObject({ subjectId: await userId(member('boston-pd')), outcome: 'SUCCESS' });
  });
});

describe('who reads a debrief', () => {
  let shared: Record<string, any>;
  let departmental: Record<string, any>;
  let forumSlug: string;

  beforeAll(async () => {
    const forum = await event(-1);
    forumSlug = forum.slug;
    shared = await posted(member('denver-pd'), forum.id, { title: 'Shared with every member', practices: ['denver-star-response'] });
    departmental = await posted(member('denver-pd'), forum.id, {
      title: 'Kept within Denver',
      audience: 'DEPARTMENT',
      practices: ['denver-star-response'],
    });
  });

  async function sees(who: Who) {
    const one = async (id: string) => ((await ok(who, debriefQuery, { id })).debrief as { id: string } | null)?.id ?? null;
    const list = (await ok(who, debriefsQuery, { eventSlug: forumSlug })).debriefs.edges.map((e: any) => e.node.title).sort();
    const onEvent = ((await ok(who, eventQuery, { slug: forumSlug })).event.debriefs.edges as any[]).map((e) => e.node.title).sort();
    const onPractice = ((await ok(who, `{ practice(slug: "denver-star-response") { debriefs { title } } }`)).practice.debriefs as any[])
      .map((d) => d.title)
      .sort();
    const shown = [await one(shared.id), await one(departmental.id)];
    expect(list).toEqual(onEvent);
    expect(onPractice).toEqual(onEvent);
    return { shown, titles: list as string[] };
  }

  it('shows visitors and unverified members none, not even of their own department', async () => {
    expect(await sees(null)).toEqual({ shown: [null, null], titles: [] });
    const recruit = await signUp(app, 'denver-pd');
    expect(await sees({ session: recruit.session })).toEqual({ shown: [null, null], titles: [] });
    expect((await ok(null, debriefsQuery, {})).debriefs.totalCount).toBe(0);
  });

  it('shows other departments the shared one only, and the department both', async () => {
    expect(await sees(member('boston-pd'))).toEqual({ shown: [shared.id, null], titles: ['Shared with every member'] });
    expect(await sees(chief('denver-pd'))).toEqual({
      shown: [shared.id, departmental.id],
      titles: ['Kept within Denver', 'Shared with every member'],
    });
    expect(await sees(member('denver-pd'))).toEqual({
      shown: [shared.id, departmental.id],
      titles: ['Kept within Denver', 'Shared with every member'],
    });
  });

  it('shows moderators what every member sees, and lets them delete', async () => {
    expect(await sees(moderator)).toEqual({ shown: [shared.id, null], titles: ['Shared with every member'] });
    const seen = (await ok(moderator, debriefQuery, { id: shared.id })).debrief;
    expect(seen.viewerCan).toEqual({ edit: false, delete: true });
    expect((await ok(member('boston-pd'), debriefQuery, { id: shared.id })).debrief.viewerCan).toEqual({ edit: false, delete: false });
  });

  it('lists the demo debriefs of past events to members, and a department-only one to its department', async () => {
    const sacramento = (await ok(member('boston-pd'), eventQuery, { slug: 'ca-doj-principled-policing-sacramento-2015' })).event.debriefs;
    expect(sacramento.totalCount).toBe(1);
    const la = 'ca-doj-principled-policing-los-angeles-2015';
    expect((await ok(member('boston-pd'), eventQuery, { slug: la })).event.debriefs.totalCount).toBe(0);
    expect((await ok(member('stockton-pd'), eventQuery, { slug: la })).event.debriefs.totalCount).toBe(1);
  });
});

describe('refusals', () => {
  it('refuses a debrief of an event that has not started, naming its start date, and writes nothing', async () => {
    const upcoming = await event(5);
    const author = member('memphis-pd');
    expect((await ok(author, eventQuery, { slug: upcoming.slug })).event.viewerCan.debrief).toBe(false);
    const before = { debriefs: await rows(debriefs), activities: await rows(activities) };

    const error = await refused(author, createDebrief, { eventId: upcoming.id, input: input() });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain(spelled(day(5)));

    expect(await rows(debriefs)).toBe(before.debriefs);
    expect(await rows(activities)).toBe(before.activities);
    const attendance = await database.db.select().from(eventAttendance).where(eq(eventAttendance.eventId, upcoming.id));
    expect(attendance).toEqual([]);
  });

  it('refuses a write-up it cannot find, naming it, and writes nothing', async () => {
    const forum = await event();
    const before = { debriefs: await rows(debriefs), activities: await rows(activities) };
    const author = member('memphis-pd');

    const unknown = await refused(author, createDebrief, {
      eventId: forum.id,
      input: input({ practices: ['eugene-cahoots', 'no-such-write-up'] }),
    });
    expect(unknown).toMatchObject({ code: 'BAD_USER_INPUT', field: 'practices' });
    expect(unknown.message).toContain('no-such-write-up');
    expect(unknown.message).not.toContain('eugene-cahoots');

    const malformed = await refused(author, createDebrief, { eventId: forum.id, input: input({ practices: ['Not a slug!'] }) });
    expect(malformed).toMatchObject({ code: 'BAD_USER_INPUT', field: 'practices' });
    expect(malformed.message).toContain('Not a slug!');

    const many = Array.from({ length: 21 }, (_, i) => `write-up-${i}`);
    expect((await refused(author, createDebrief, { eventId: forum.id, input: input({ practices: many }) })).message).toContain(
      'at most 20',
    );

    expect(await rows(debriefs)).toBe(before.debriefs);
    expect(await rows(activities)).toBe(before.activities);
    expect(await database.db.select().from(eventAttendance).where(eq(eventAttendance.eventId, forum.id))).toEqual([]);
  });

  it('names every faulty field at once', async () => {
    const forum = await event();
    const error = await refused(member('memphis-pd'), createDebrief, {
      eventId: forum.id,
      input: input({ title: 'ab', takeaways: '   ', contacts: 'x'.repeat(20_001) }),
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['contacts', 'takeaways', 'title']);
    expect(error.fields!.title).toContain('at least 3');
    expect(error.fields!.contacts).toContain('20,000');
  });

  it('keeps debriefs to verified members with a department who are not suspended', async () => {
    const forum = await event();
    expect(await refused(null, createDebrief, { eventId: forum.id, input: input() })).toMatchObject({ code: 'UNAUTHENTICATED' });
    const recruit = await signUp(app, 'memphis-pd');
    expect(await refused({ session: recruit.session }, createDebrief, { eventId: forum.id, input: input() })).toMatchObject({
      code: 'FORBIDDEN',
    });
    // Moderators belong to no department, so there is nobody to share it with.
    expect(await refused(moderator, createDebrief, { eventId: forum.id, input: input() })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await ok(moderator, eventQuery, { slug: forum.slug })).event.viewerCan.debrief).toBe(false);

    const suspended = member('kansas-city-pd');
    await ok(
      moderator,
      `mutation ($userId: ID!, $until: DateTime!) { suspendMember(userId: $userId, until: $until, reason: "Repeated spam") { id } }`,
      {
        userId: await userId(suspended),
        until: new Date(Date.now() + 86_400_000).toISOString(),
      },
    );
    expect(await refused(suspended, createDebrief, { eventId: forum.id, input: input() })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await ok(suspended, eventQuery, { slug: forum.slug })).event.viewerCan.debrief).toBe(false);

    expect(await refused(member('memphis-pd'), createDebrief, { eventId: randomUUID(), input: input() })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await rows(debriefs, eq(debriefs.eventId, forum.id))).toBe(0);
  });
});

describe('debrief notifications', () => {
  it('tells the event’s followers, the author’s verified colleagues and the authors of linked write-ups, never the author', async () => {
    const forum = await event();
    const author = member('philadelphia-pd');
    await ok(member('boston-pd'), followMutation, { target: 'EVENT', id: forum.id });
    await ok(author, followMutation, { target: 'EVENT', id: forum.id });
    const recruit = await signUp(app, 'philadelphia-pd');

    // The Seattle write-up's author is a member of Seattle PD.
    const debrief = await posted(author, forum.id, { title: 'Foot patrol lessons from the forum', practices: ['seattle-lead-diversion'] });
    await app.fanOut.idle();
    expect(await notified(debrief.id)).toEqual([
      ['chief-philadelphia-pd', 'DEPARTMENT_COLLEAGUE'],
      ['officer-boston-pd', 'FOLLOWED_EVENT'],
      ['officer-seattle-pd', 'YOUR_PRACTICE_IN_DEBRIEF'],
    ]);
    expect((await notified(debrief.id)).map(([handle]) => handle)).not.toContain(recruit.handle);

    // The colleague's inbox says what happened and leads to the debrief.
    const inbox = (await ok(chief('philadelphia-pd'), inboxQuery)).notifications.edges.map((e: any) => e.node);
    const mine = inbox.find((n: any) => n.activity.debrief?.id === debrief.id);
    expect(mine).toMatchObject({ reason: 'DEPARTMENT_COLLEAGUE', path: `/debriefs/${debrief.id}`, activity: { kind: 'DEBRIEF_POSTED' } });
    expect(mine.text).toContain('Foot patrol lessons from the forum');
    expect(mine.text).toContain(`Crisis response leadership forum`);
  });

  it('keeps a department-only debrief within the department', async () => {
    const forum = await event();
    const author = member('high-point-pd');
    await ok(member('chicago-pd'), followMutation, { target: 'EVENT', id: forum.id });
    const debrief = await posted(author, forum.id, {
      title: 'High Point only',
      audience: 'DEPARTMENT',
      practices: ['seattle-lead-diversion'],
    });
    await app.fanOut.idle();
    expect(await notified(debrief.id)).toEqual([['chief-high-point-pd', 'DEPARTMENT_COLLEAGUE']]);

    // Deleting it takes the notification with it.
    await ok(author, deleteDebrief, { id: debrief.id });
    const inbox = (await ok(chief('high-point-pd'), inboxQuery)).notifications.edges as any[];
    expect(inbox.filter((e) => e.node.path === `/debriefs/${debrief.id}`)).toEqual([]);
  });

  it('shows a shared debrief in the feed of the event’s followers, and a department-only one to none outside it', async () => {
    const forum = await event();
    const follower = member('uc-police-division');
    await ok(follower, followMutation, { target: 'EVENT', id: forum.id });
    const shared = await posted(member('san-diego-pd'), forum.id, { title: 'San Diego shares the forum' });
    const kept = await posted(member('san-diego-pd'), forum.id, { title: 'San Diego keeps this one', audience: 'DEPARTMENT' });
    await app.fanOut.idle();

    const feed = (await ok(follower, feedQuery)).feed.edges.map((e: any) => e.node);
    const about = feed.filter((n: any) => n.kind === 'DEBRIEF_POSTED');
    expect(about).toEqual([
      {
        kind: 'DEBRIEF_POSTED',
        actor: { handle: 'officer-san-diego-pd' },
        debrief: { id: shared.id, title: 'San Diego shares the forum', event: { slug: forum.slug } },
      },
    ]);
    expect(JSON.stringify(feed)).not.toContain(kept.id);
  });
});

describe('finding debriefs', () => {
  let titled: Record<string, any>;
  let inBody: Record<string, any>;
  let forumSlug: string;

  beforeAll(async () => {
    const forum = await event(-2);
    forumSlug = forum.slug;
    titled = await posted(member('oakland-pd'), forum.id, {
      title: 'Hovercraft rescue drills on the bay',
      takeaways: 'Two boats are better than one.',
    });
    inBody = await posted(member('oakland-pd'), forum.id, {
      title: 'Marine unit notes',
      takeaways: 'The **hovercraft** demonstration showed how to reach people stuck on mudflats at low tide.',
    });
  });

  it('ranks a title match first and highlights where the words matched', async () => {
    const found = (await ok(member('boston-pd'), debriefsQuery, { query: 'hovercraft' })).debriefs;
    expect(found.totalCount).toBe(2);
    expect(found.edges.map((e: any) => e.node.id)).toEqual([titled.id, inBody.id]);
    expect(found.edges[1].snippet).toContain('<mark>hovercraft</mark>');
    expect(found.edges[1].snippet).not.toContain('**');
  });

  it('understands web-search syntax and keeps to what the viewer may read', async () => {
    const phrase = (await ok(member('boston-pd'), debriefsQuery, { query: '"low tide" -drills' })).debriefs;
    expect(phrase.edges.map((e: any) => e.node.id)).toEqual([inBody.id]);
    expect((await ok(null, debriefsQuery, { query: 'hovercraft' })).debriefs).toMatchObject({ totalCount: 0, edges: [] });
    expect((await refused(member('boston-pd'), debriefsQuery, { query: 'x'.repeat(301) })).code).toBe('BAD_USER_INPUT');
  });

  it('pages through results and lists without a query newest first', async () => {
    const first = (await ok(member('boston-pd'), debriefsQuery, { query: 'hovercraft', first: 1 })).debriefs;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok(member('boston-pd'), debriefsQuery, { query: 'hovercraft', first: 1, after: first.pageInfo.endCursor }))
      .debriefs;
    expect([...first.edges, ...second.edges].map((e: any) => e.node.id)).toEqual([titled.id, inBody.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const newest = (await ok(member('boston-pd'), debriefsQuery, { eventSlug: forumSlug })).debriefs;
    expect(newest.edges.map((e: any) => e.node.id)).toEqual([inBody.id, titled.id]);
    expect(newest.edges.every((e: any) => e.snippet === null)).toBe(true);
    const paged = (await ok(member('boston-pd'), debriefsQuery, { eventSlug: forumSlug, first: 1, after: newest.edges[0].cursor }))
      .debriefs;
    expect(paged.edges.map((e: any) => e.node.id)).toEqual([titled.id]);
    expect((await refused(member('boston-pd'), debriefsQuery, { first: 1, after: 'bm90IGEgY3Vyc29y' })).code).toBe('BAD_USER_INPUT');
    // A ranked cursor is no cursor for the newest list.
    expect((await refused(member('boston-pd'), debriefsQuery, { eventSlug: forumSlug, after: first.pageInfo.endCursor })).code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { auditLog, events } from '@muster/db';
import { signUp, testApp } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { actors, type Who } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;
const moderator = 'moderator@muster.demo';

const eventFields = `id slug name kind host startsOn endsOn startsAt endsAt timeZone startTime endTime online location url description descriptionHtml
  topics { slug } past attendeeCount viewerAttendance icsUrl viewerCan { edit attend }`;
const createEvent = `mutation ($input: EventInput!) { createEvent(input: $input) { ${eventFields} } }`;
const updateEvent = `mutation ($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { ${eventFields} } }`;
const eventQuery = `query ($slug: String!) { event(slug: $slug) { ${eventFields} } }`;
const eventsQuery = `query ($upcoming: Boolean, $first: Int, $after: String) { events(upcoming: $upcoming, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id slug startsOn endsOn past } } } }`;
const attendEvent = `mutation ($eventId: ID!, $attending: Boolean!) { attendEvent(eventId: $eventId, attending: $attending) { id attendeeCount viewerAttendance } }`;
const attendeesQuery = `query ($slug: String!) { event(slug: $slug) { attendeeCount attendees(first: 50) { totalCount edges { node { handle department { slug } } } } } }`;
const myEventsQuery = `{ myEvents { slug viewerAttendance } }`;
const followMutation = `mutation ($target: FollowTarget!, $id: ID!) { follow(target: $target, id: $id) }`;
const unfollowMutation = `mutation ($target: FollowTarget!, $id: ID!) { unfollow(target: $target, id: $id) }`;
const renewFeed = `mutation { renewCalendarFeed }`;

let database: TestDatabase;
let app: FastifyInstance;
const { ok, refused, sessions } = actors(() => app);

// The API's clock, moved forward by tests that need an event to end; sessions are not used while it is moved.
let shiftDays = 0;
const clock = () => new Date(Date.now() + shiftDays * 86_400_000);

/** A calendar day (UTC, as the API's dates are) this many days from today. */
function day(offset: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}
const nextDay = (d: string) => {
  const next = new Date(`${d}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
};

useTestApp(
  { config: { auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never }, now: clock },
  (opened) => ({ app, database } = opened),
);

let nameCounter = 0;
/** A valid event input, upcoming by default; the name is unique so each test has its own slug. */
function input(overrides: Record<string, unknown> = {}) {
  nameCounter += 1;
  return {
    name: `Regional de-escalation summit ${nameCounter}`,
    kind: 'CONFERENCE',
    host: 'Tennessee Association of Chiefs of Police',
    startsOn: day(30),
    endsOn: day(31),
    online: false,
    location: 'Memphis Convention Center, Memphis, Tennessee',
    url: 'https://example.org/summit',
    description: 'Two days on **de-escalation** in patrol work.',
    topics: ['training', 'community-policing'],
    ...overrides,
  };
}

async function created(overrides: Record<string, unknown> = {}) {
  return (await ok(moderator, createEvent, { input: input(overrides) })).createEvent as Record<string, any>;
}

async function eventBySlug(who: Who, slug: string) {
  return (await ok(who, eventQuery, { slug })).event as Record<string, any> | null;
}

/** Every page of an events listing, following `after`. */
async function allEvents(upcoming: boolean | null, first: number) {
  const slugs: string[] = [];
  const nodes: Record<string, any>[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let pages = 0; pages < 100; pages++) {
    const { events: page } = await ok(null, eventsQuery, { upcoming, first, after });
    totalCount = page.totalCount;
    for (const edge of page.edges) {
      slugs.push(edge.node.slug);
      nodes.push(edge.node);
    }
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { slugs, nodes, totalCount };
}

async function icsOf(url: string, headers: Record<string, string> = {}) {
  const response = await app.inject({ method: 'GET', url, headers });
  return response;
}

// A calendar's NAME (RFC 7986) and X-WR-CALNAME (its older spelling) are text; ical.js knows
// neither and would read them raw, unescaped.
ICAL.design.icalendar.property['name'] = { defaultType: 'text' };
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

function vevents(body: string) {
  const comp = new ICAL.Component(ICAL.parse(body));
  return comp.getAllSubcomponents('vevent');
}

describe('the event lifecycle', () => {
  it('lets a moderator create an event, slugged from its name and year, with its description rendered and sanitised', async () => {
    const event = await created({
      name: 'Crisis Response Leadership Forum',
      startsOn: day(40),
      endsOn: day(42),
      description: 'Sessions on **co-responders**.\n\n<script>alert("x")</script>\n\n<a href="javascript:alert(1)">click</a>',
      topics: ['crisis-intervention-mental-health', 'training'],
    });
    expect(event.slug).toBe(`crisis-response-leadership-forum-${day(40).slice(0, 4)}`);
    expect(event).toMatchObject({
      name: 'Crisis Response Leadership Forum',
      kind: 'CONFERENCE',
      startsOn: day(40),
      endsOn: day(42),
      online: false,
      past: false,
      attendeeCount: 0,
      viewerCan: { edit: true, attend: true },
      icsUrl: expect.stringMatching(new RegExp(`/events/${event.slug}\\.ics$`)),
    });

    const read = await eventBySlug(null, event.slug);
    expect(read).toMatchObject({
      id: event.id,
      name: 'Crisis Response Leadership Forum',
      location: 'Memphis Convention Center, Memphis, Tennessee',
    });
    expect(read!.topics.map((t: { slug: string }) => t.slug).sort()).toEqual(['crisis-intervention-mental-health', 'training']);
    expect(read!.descriptionHtml).toContain('<strong>co-responders</strong>');
    expect(read!.descriptionHtml).not.toMatch(/<script/i);
    expect(read!.descriptionHtml).not.toContain('alert("x")');
    expect(read!.descriptionHtml).not.toMatch(/javascript:/i);
    // The source is kept as written, for moderators editing it.
    expect(read!.description).toContain('<script>');
    // Visitors see the event but cannot edit or attend it.
    expect(read!.viewerCan).toEqual({ edit: false, attend: false });

    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'EVENT_CREATED'), eq(auditLog.detail, event.slug)));
    expect(entry).toMatchObject({ outcome: 'SUCCESS' });
  });

  it('gives a second event of the same name and year its own address', async () => {
    const first = await created({ name: 'Body-worn camera policy workshop', startsOn: day(50), endsOn: day(50) });
    const second = await created({ name: 'Body-worn camera policy workshop', startsOn: day(51), endsOn: day(51) });
    expect(first.slug).not.toBe(second.slug);
    expect((await eventBySlug(null, first.slug))!.id).toBe(first.id);
    expect((await eventBySlug(null, second.slug))!.id).toBe(second.id);
  });

  it('lets a moderator update an event, keeping its address while the name and year stay, and records both in the audit log', async () => {
    const event = await created({ name: 'Use of force review seminar' });
    const changed = input({
      name: 'Use of force review seminar',
      kind: 'SYMPOSIUM',
      host: 'Police Executive Research Forum',
      startsOn: event.startsOn,
      endsOn: event.startsOn,
      online: true,
      location: '',
      url: null,
      description: 'Now online, one day.',
      topics: ['procedural-justice'],
    });
    const updated = (await ok(moderator, updateEvent, { id: event.id, input: changed })).updateEvent;
    expect(updated.slug).toBe(event.slug);

    const read = await eventBySlug(null, event.slug);
    expect(read).toMatchObject({
      id: event.id,
      kind: 'SYMPOSIUM',
      host: 'Police Executive Research Forum',
      endsOn: event.startsOn,
      online: true,
      location: '',
      url: null,
      description: 'Now online, one day.',
      topics: [{ slug: 'procedural-justice' }],
    });
    expect(read!.descriptionHtml).toContain('Now online, one day.');

    const renamed = (await ok(moderator, updateEvent, { id: event.id, input: { ...changed, name: 'Use of force review symposium' } }))
      .updateEvent;
    expect(renamed.slug).toBe(`use-of-force-review-symposium-${event.startsOn.slice(0, 4)}`);
    expect(await eventBySlug(null, renamed.slug)).toMatchObject({ id: event.id, name: 'Use of force review symposium' });

    const entries = await database.db
      .select({ action: auditLog.action, detail: auditLog.detail })
      .from(auditLog)
      .where(and(inArray(auditLog.action, ['EVENT_CREATED', 'EVENT_UPDATED']), inArray(auditLog.detail, [event.slug, renamed.slug])))
      .orderBy(auditLog.id);
    expect(entries).toEqual([
      { action: 'EVENT_CREATED', detail: event.slug },
      { action: 'EVENT_UPDATED', detail: event.slug },
      { action: 'EVENT_UPDATED', detail: renamed.slug },
    ]);
  });

  it('lists upcoming events soonest first and past ones latest first, with the demo events in their places', async () => {
    const soon = await created({ startsOn: day(2), endsOn: day(3) });
    const later = await created({ startsOn: day(90), endsOn: day(90) });
    const gone = await created({ startsOn: day(-20), endsOn: day(-18) });

    const upcoming = await allEvents(true, 50);
    expect(upcoming.slugs).toEqual(
      expect.arrayContaining([
        soon.slug,
        later.slug,
        'demo-cit-training-week',
        'demo-co-responder-conference',
        'demo-procedural-justice-webinar',
      ]),
    );
    expect(upcoming.slugs).not.toContain(gone.slug);
    expect(upcoming.slugs).not.toContain('cpca-training-symposium-2013');
    const starts = upcoming.nodes.map((n) => n.startsOn);
    expect(starts).toEqual([...starts].sort());
    expect(upcoming.nodes.every((n) => n.past === false && n.endsOn >= day(0))).toBe(true);
    // The demo's upcoming events in their relative order: the webinar (12 days), CIT week (24), the conference (61).
    const demo = upcoming.slugs.filter((s) => s.startsWith('demo-'));
    expect(demo).toEqual(['demo-procedural-justice-webinar', 'demo-cit-training-week', 'demo-co-responder-conference']);

    const past = await allEvents(false, 50);
    expect(past.slugs).toEqual(
      expect.arrayContaining([
        gone.slug,
        'cpca-training-symposium-2013',
        'ca-doj-principled-policing-sacramento-2015',
        'ca-doj-principled-policing-los-angeles-2015',
      ]),
    );
    expect(past.slugs).not.toContain(soon.slug);
    const pastStarts = past.nodes.map((n) => n.startsOn);
    expect(pastStarts).toEqual([...pastStarts].sort().reverse());
    expect(past.nodes.every((n) => n.past === true)).toBe(true);
    expect((await eventBySlug(null, gone.slug))!.past).toBe(true);

    const all = await allEvents(null, 50);
    expect(all.totalCount).toBe(upcoming.totalCount + past.totalCount);
    expect(new Set(all.slugs)).toEqual(new Set([...upcoming.slugs, ...past.slugs]));
  });

  it('moves an event from the upcoming list to the past one once its last day is over', async () => {
    const event = await created({ startsOn: day(1), endsOn: day(2) });
    expect((await allEvents(true, 50)).slugs).toContain(event.slug);
    try {
      shiftDays = 2;
      // Still on its last day: upcoming.
      expect((await allEvents(true, 50)).slugs).toContain(event.slug);
      shiftDays = 3;
      expect((await allEvents(true, 50)).slugs).not.toContain(event.slug);
      expect((await allEvents(false, 50)).slugs).toContain(event.slug);
      expect((await eventBySlug(null, event.slug))!.past).toBe(true);
    } finally {
      shiftDays = 0;
    }
  });

  it('pages through events with `after` without repeating or skipping any, even among events on the same day', async () => {
    // Several on one day, so the order within a day is decided by the cursor's tie-breaker.
    for (let i = 0; i < 4; i++) await created({ startsOn: day(70), endsOn: day(70) });
    for (const upcoming of [true, false, null]) {
      const whole = await allEvents(upcoming, 50);
      const paged = await allEvents(upcoming, 2);
      expect(paged.slugs).toEqual(whole.slugs);
      expect(new Set(paged.slugs).size).toBe(paged.slugs.length);
      expect(paged.slugs.length).toBe(whole.totalCount);
    }
  });

  it('answers null for an unknown slug', async () => {
    expect(await eventBySlug(null, 'no-such-event-2099')).toBeNull();
    expect(await eventBySlug(member('memphis-pd'), 'no-such-event-2099')).toBeNull();
  });
});

describe('refusals', () => {
  async function eventCount() {
    return (await database.db.select({ id: events.id }).from(events)).length;
  }

  it('refuses to let members, chiefs and visitors create or update events', async () => {
    const event = await created({ name: 'Field training officer conference' });
    const before = await eventCount();
    for (const who of [member('memphis-pd'), chief('boston-pd')]) {
      expect(await refused(who, createEvent, { input: input() })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await refused(who, updateEvent, { id: event.id, input: input({ name: 'Hijacked' }) })).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await refused(null, createEvent, { input: input() })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refused(null, updateEvent, { id: event.id, input: input({ name: 'Hijacked' }) })).toMatchObject({
      code: 'UNAUTHENTICATED',
    });

    expect(await eventCount()).toBe(before);
    expect(await eventBySlug(null, event.slug)).toMatchObject({ id: event.id, name: 'Field training officer conference' });
  });

  it('refuses invalid input field by field, creating and changing nothing', async () => {
    const event = await created({ name: 'Early intervention systems workshop' });
    const before = await eventCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ startsOn: day(20), endsOn: day(19) }, 'endsOn'],
      [{ online: false, location: '' }, 'location'],
      [{ online: false, location: null }, 'location'],
      [{ topics: ['training', 'no-such-topic'] }, 'topics'],
      [{ url: 'not a web address' }, 'url'],
      [{ url: 'javascript:alert(1)' }, 'url'],
      [{ startTime: '09:00' }, 'timeZone'],
      [{ startTime: '09:00', timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      [{ timeZone: 'Nowhere' }, 'timeZone'],
      [{ startTime: '09:00', timeZone: '+05:00' }, 'timeZone'],
      [{ startTime: '9am', timeZone: 'America/Chicago' }, 'startTime'],
      [{ startTime: '24:00', timeZone: 'America/Chicago' }, 'startTime'],
      [{ startTime: '09:00', endTime: '5pm', timeZone: 'America/Chicago' }, 'endTime'],
      [{ endTime: '17:00', timeZone: 'America/Chicago' }, 'startTime'],
      [{ startsOn: day(20), endsOn: day(20), startTime: '13:00', endTime: '09:00', timeZone: 'America/Chicago' }, 'endTime'],
      [{ startsOn: day(20), endsOn: day(20), startTime: '13:00', endTime: '13:00', timeZone: 'America/Chicago' }, 'endTime'],
    ];
    for (const [overrides, field] of cases) {
      expect(await refused(moderator, createEvent, { input: input(overrides) }), JSON.stringify(overrides)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
      expect(await refused(moderator, updateEvent, { id: event.id, input: input(overrides) }), JSON.stringify(overrides)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect(await eventCount()).toBe(before);
    const read = await eventBySlug(null, event.slug);
    expect(read).toMatchObject({
      name: 'Early intervention systems workshop',
      url: 'https://example.org/summit',
      location: 'Memphis Convention Center, Memphis, Tennessee',
    });
    expect(read!.topics.map((t: { slug: string }) => t.slug).sort()).toEqual(['community-policing', 'training']);
  });

  it('accepts an online event without a location', async () => {
    const event = await created({ online: true, location: '' });
    expect(await eventBySlug(null, event.slug)).toMatchObject({ online: true, location: '' });
  });

  it('answers NOT_FOUND when updating an event that does not exist', async () => {
    const before = await eventCount();
    expect(await refused(moderator, updateEvent, { id: randomUUID(), input: input() })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await eventCount()).toBe(before);
  });
});

describe('attendance', () => {
  it('marks a verified member as going to an upcoming event and as having gone to a past one, and lets them take it back', async () => {
    const who = member('seattle-pd');
    const upcoming = await created({ startsOn: day(10), endsOn: day(11) });
    const past = await created({ startsOn: day(-40), endsOn: day(-39) });

    expect((await ok(who, attendEvent, { eventId: upcoming.id, attending: true })).attendEvent).toMatchObject({
      attendeeCount: 1,
      viewerAttendance: 'ATTENDING',
    });
    expect((await ok(who, attendEvent, { eventId: past.id, attending: true })).attendEvent).toMatchObject({
      attendeeCount: 1,
      viewerAttendance: 'ATTENDED',
    });
    // Marking twice changes nothing.
    expect((await ok(who, attendEvent, { eventId: upcoming.id, attending: true })).attendEvent).toMatchObject({
      attendeeCount: 1,
      viewerAttendance: 'ATTENDING',
    });

    expect((await eventBySlug(who, upcoming.slug))!.viewerAttendance).toBe('ATTENDING');
    expect((await eventBySlug(who, past.slug))!.viewerAttendance).toBe('ATTENDED');
    // Everyone sees how many go; only the member sees their own attendance.
    expect(await eventBySlug(null, upcoming.slug)).toMatchObject({ attendeeCount: 1, viewerAttendance: null });
    expect(await eventBySlug(member('boston-pd'), upcoming.slug)).toMatchObject({ attendeeCount: 1, viewerAttendance: null });

    const mine = (await ok(who, myEventsQuery)).myEvents as { slug: string; viewerAttendance: string }[];
    expect(mine).toEqual(
      expect.arrayContaining([
        { slug: upcoming.slug, viewerAttendance: 'ATTENDING' },
        { slug: past.slug, viewerAttendance: 'ATTENDED' },
      ]),
    );
    expect(mine).toHaveLength(2);

    expect((await ok(who, attendEvent, { eventId: upcoming.id, attending: false })).attendEvent).toMatchObject({
      attendeeCount: 0,
      viewerAttendance: null,
    });
    expect(await eventBySlug(null, upcoming.slug)).toMatchObject({ attendeeCount: 0 });
    expect((await ok(who, myEventsQuery)).myEvents).toEqual([{ slug: past.slug, viewerAttendance: 'ATTENDED' }]);
  });

  it('shows who attends to verified members only, the viewer’s own department first', async () => {
    const event = await created({ startsOn: day(15), endsOn: day(15) });
    const goers = [member('memphis-pd'), chief('memphis-pd'), member('boston-pd'), member('seattle-pd')];
    for (const who of goers) await ok(who, attendEvent, { eventId: event.id, attending: true });

    expect(await eventBySlug(null, event.slug)).toMatchObject({ attendeeCount: 4 });
    expect((await ok(null, attendeesQuery, { slug: event.slug })).event).toEqual({ attendeeCount: 4, attendees: null });
    const recruit = await signUp(app, 'boston-pd');
    expect((await ok({ session: recruit.session }, attendeesQuery, { slug: event.slug })).event).toEqual({
      attendeeCount: 4,
      attendees: null,
    });

    for (const [viewer, department] of [
      [member('boston-pd'), 'boston-pd'],
      [member('memphis-pd'), 'memphis-pd'],
      [member('seattle-pd'), 'seattle-pd'],
    ] as const) {
      const { attendees } = (await ok(viewer, attendeesQuery, { slug: event.slug })).event;
      expect(attendees.totalCount).toBe(4);
      const departments = attendees.edges.map((e: { node: { department: { slug: string } } }) => e.node.department.slug);
      expect(departments).toHaveLength(4);
      const own = departments.filter((d: string) => d === department).length;
      expect(departments.slice(0, own)).toEqual(Array(own).fill(department));
      expect(departments.slice(own)).not.toContain(department);
    }

    // Paging through attendees gives the same people in the same order.
    const pageQuery = `query ($slug: String!, $after: String) { event(slug: $slug) { attendees(first: 3, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { handle } } } } }`;
    const whole = (await ok(member('boston-pd'), attendeesQuery, { slug: event.slug })).event.attendees.edges.map(
      (e: any) => e.node.handle,
    );
    const first = (await ok(member('boston-pd'), pageQuery, { slug: event.slug })).event.attendees;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok(member('boston-pd'), pageQuery, { slug: event.slug, after: first.pageInfo.endCursor })).event.attendees;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((e: any) => e.node.handle)).toEqual(whole);
  });

  it('refuses attendance from an unverified member and from a visitor, recording none', async () => {
    const event = await created({ startsOn: day(16), endsOn: day(16) });
    const recruit = await signUp(app, 'memphis-pd');
    expect(await refused({ session: recruit.session }, attendEvent, { eventId: event.id, attending: true })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refused(null, attendEvent, { eventId: event.id, attending: true })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refused(member('memphis-pd'), attendEvent, { eventId: randomUUID(), attending: true })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await eventBySlug(null, event.slug)).toMatchObject({ attendeeCount: 0 });
    expect((await ok({ session: recruit.session }, myEventsQuery)).myEvents).toEqual([]);
    expect(await eventBySlug({ session: recruit.session }, event.slug)).toMatchObject({ viewerCan: { edit: false, attend: false } });
  });

  it('refuses myEvents to a visitor', async () => {
    expect(await refused(null, myEventsQuery)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('following events', () => {
  const followedQuery = `query ($slug: String!) { event(slug: $slug) { followerCount viewerFollows } }`;

  it('lets a member follow a real event, counted for everyone and listed under following', async () => {
    const event = await created({ startsOn: day(33), endsOn: day(33) });
    const who = member('boston-pd');
    expect((await ok(who, followMutation, { target: 'EVENT', id: event.id })).follow).toBe(true);
    expect((await ok(who, followMutation, { target: 'EVENT', id: event.id })).follow).toBe(true);

    expect((await ok(who, followedQuery, { slug: event.slug })).event).toEqual({ followerCount: 1, viewerFollows: true });
    expect((await ok(null, followedQuery, { slug: event.slug })).event).toEqual({ followerCount: 1, viewerFollows: false });
    expect((await ok(who, `{ following { events { slug } } }`)).following.events).toContainEqual({ slug: event.slug });

    expect((await ok(who, unfollowMutation, { target: 'EVENT', id: event.id })).unfollow).toBe(false);
    expect((await ok(who, followedQuery, { slug: event.slug })).event).toEqual({ followerCount: 0, viewerFollows: false });
    expect((await ok(who, `{ following { events { slug } } }`)).following.events).not.toContainEqual({ slug: event.slug });
  });

  it('answers NOT_FOUND for an event that does not exist, following nothing', async () => {
    const who = member('seattle-pd');
    expect(await refused(who, followMutation, { target: 'EVENT', id: randomUUID() })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect((await ok(who, `{ following { events { slug } } }`)).following.events).toEqual([]);
  });
});

describe('event times', () => {
  it('keeps optional start and end times in the venue’s zone as instants, and their wall-clock times', async () => {
    // January in Chicago is UTC−6, July UTC−5.
    const winter = await created({
      startsOn: '2030-01-15',
      endsOn: '2030-01-16',
      startTime: '09:00',
      endTime: '17:30',
      timeZone: 'America/Chicago',
    });
    expect(winter).toMatchObject({
      startsAt: '2030-01-15T15:00:00.000Z',
      endsAt: '2030-01-16T23:30:00.000Z',
      timeZone: 'America/Chicago',
      startTime: '09:00',
      endTime: '17:30',
    });
    const summer = await created({ startsOn: '2030-07-16', endsOn: '2030-07-16', startTime: '08:15', timeZone: 'US/Central' });
    // An alias is kept under its canonical name; without an end time there is none.
    expect(await eventBySlug(null, summer.slug)).toMatchObject({
      startsAt: '2030-07-16T13:15:00.000Z',
      endsAt: null,
      timeZone: 'America/Chicago',
      startTime: '08:15',
      endTime: null,
    });
  });

  it('leaves an event all-day without a start time, whatever zone is sent, and clears the times when an edit leaves them out', async () => {
    const allDay = await created({ timeZone: 'America/Denver' });
    expect(allDay).toMatchObject({ startsAt: null, endsAt: null, timeZone: null, startTime: null, endTime: null });

    const timed = await created({ startTime: '10:00', timeZone: 'America/Denver' });
    const { updateEvent: edited } = await ok(moderator, updateEvent, {
      id: timed.id,
      input: input({ name: timed.name, startTime: '', endTime: '', timeZone: 'America/Denver' }),
    });
    expect(edited).toMatchObject({ startsAt: null, timeZone: null });
  });

  it('refuses times with a bad zone or an end before the start without changing the event', async () => {
    const event = await created({
      startsOn: '2030-03-10',
      endsOn: '2030-03-10',
      startTime: '10:00',
      endTime: '12:00',
      timeZone: 'America/New_York',
    });
    expect(
      await refused(moderator, updateEvent, {
        id: event.id,
        input: input({
          name: event.name,
          startsOn: '2030-03-10',
          endsOn: '2030-03-10',
          startTime: '12:00',
          endTime: '10:00',
          timeZone: 'America/New_York',
        }),
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endTime' });
    expect(await eventBySlug(null, event.slug)).toMatchObject({ startTime: '10:00', endTime: '12:00', timeZone: 'America/New_York' });
  });
});

describe('iCalendar', () => {
  it('serves an event as a valid calendar file with an all-day span, place, address and UID', async () => {
    const event = await created({
      name: 'Community trust and legitimacy institute',
      host: 'Demo: Regional chiefs’ association',
      startsOn: day(45),
      endsOn: day(47),
      location: 'Hôtel de Ville, Montréal, Québec',
      description: `${'A long description with accents — é, ü, ’ — so that folding must count octets, not characters. '.repeat(6)}\n\nSecond paragraph; with, commas.`,
    });
    const response = await icsOf(`/events/${event.slug}.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    const body = response.body;

    expect(body).toMatch(/\r\n/);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);

    const [vevent, ...others] = vevents(body);
    expect(others).toHaveLength(0);
    expect(vevent!.getFirstPropertyValue('summary')).toBe('Community trust and legitimacy institute');
    expect(vevent!.getFirstPropertyValue('location')).toBe('Hôtel de Ville, Montréal, Québec');
    expect(String(vevent!.getFirstPropertyValue('url'))).toMatch(new RegExp(`/events/${event.slug}$`));
    expect(String(vevent!.getFirstPropertyValue('uid'))).toBeTruthy();
    expect(String(vevent!.getFirstPropertyValue('description'))).toContain('Second paragraph; with, commas.');

    const start = vevent!.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent!.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(end.isDate).toBe(true);
    expect(start.toString()).toBe(day(45));
    expect(end.toString()).toBe(nextDay(day(47)));
  });

  it('carries an event’s times as UTC date-times, and only an event without times as whole days', async () => {
    const event = await created({
      startsOn: '2030-01-15',
      endsOn: '2030-01-16',
      startTime: '09:00',
      endTime: '17:30',
      timeZone: 'America/Chicago',
    });
    const [vevent, ...others] = vevents((await icsOf(`/events/${event.slug}.ics`)).body);
    expect(others).toHaveLength(0);
    const start = vevent!.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent!.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.isDate).toBe(false);
    expect(start.zone?.tzid).toBe('UTC');
    expect(start.toJSDate().toISOString()).toBe('2030-01-15T15:00:00.000Z');
    expect(end.toJSDate().toISOString()).toBe('2030-01-16T23:30:00.000Z');

    const startOnly = await created({ startsOn: '2030-02-01', endsOn: '2030-02-01', startTime: '13:00', timeZone: 'America/Los_Angeles' });
    const [only] = vevents((await icsOf(`/events/${startOnly.slug}.ics`)).body);
    expect((only!.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2030-02-01T21:00:00.000Z');
    expect(only!.getFirstPropertyValue('dtend')).toBeNull();
  });

  it('writes names as text, so a line break stored in one forges no second event, in the event’s file and in the feed', async () => {
    // Stored directly: the API refuses such a name, but the calendar must not depend on that.
    const name =
      'Trust summit\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged\r\nSUMMARY:Forged; event, here\r\nDTSTART:20300101T000000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT\nX:1';
    const [row] = await database.db
      .insert(events)
      .values({
        slug: 'trust-summit-forged-2030',
        name,
        kind: 'CONFERENCE',
        host: 'Host\r\nBEGIN:VALARM',
        startsOn: day(40),
        endsOn: day(40),
        location: 'Hall\nB',
        description: '',
      })
      .returning();
    const response = await icsOf(`/events/${row!.slug}.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.body.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(response.body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // iCalendar text holds line breaks as \n, so CRLF reads back as LF; the rest is intact.
    const asText = name.replace(/\r\n/g, '\n');
    const calendar = new ICAL.Component(ICAL.parse(response.body));
    expect(calendar.getFirstPropertyValue('name')).toBe(asText);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(asText);
    const [vevent, ...others] = calendar.getAllSubcomponents('vevent');
    expect(others).toHaveLength(0);
    expect(vevent!.getFirstPropertyValue('summary')).toBe(asText);
    expect(vevent!.getFirstPropertyValue('location')).toBe('Hall\nB');
    expect(vevent!.getAllSubcomponents('valarm')).toHaveLength(0);

    const who = member('boston-pd');
    await ok(who, attendEvent, { eventId: row!.id, attending: true });
    const plain = await created({ name: 'Feed neighbour of the forged name', startsOn: day(41), endsOn: day(41) });
    await ok(who, attendEvent, { eventId: plain.id, attending: true });
    const feed = await icsOf(new URL((await ok(who, renewFeed)).renewCalendarFeed as string).pathname);
    expect(feed.body.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const summaries = vevents(feed.body).map((v) => v.getFirstPropertyValue('summary'));
    const mine = (await ok(who, myEventsQuery)).myEvents as unknown[];
    expect(summaries).toHaveLength(mine.length);
    expect(summaries).toEqual(expect.arrayContaining([asText, 'Feed neighbour of the forged name']));
    expect(summaries).not.toContain('Forged; event, here');
  });

  it('marks an online event as online in the calendar file', async () => {
    const event = await created({ online: true, location: '', startsOn: day(8), endsOn: day(8) });
    const [vevent] = vevents((await icsOf(`/events/${event.slug}.ics`)).body);
    expect(vevent!.getFirstPropertyValue('location')).toBe('Online');
    expect((vevent!.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe(day(8));
    expect((vevent!.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe(day(9));
  });

  it('answers 404 for an unknown event’s calendar file', async () => {
    expect((await icsOf('/events/no-such-event-2099.ics')).statusCode).toBe(404);
    expect((await icsOf('/events/Not_A_Slug.ics')).statusCode).toBe(404);
  });

  it('leaves the event pages (/events/<slug>, /events/new) to the web app while serving the calendar file beside them', async () => {
    // A stand-in for the built web app: adapter-node's handler, answering every page it is given.
    const buildDir = mkdtempSync(join(tmpdir(), 'muster-web-'));
    writeFileSync(
      join(buildDir, 'handler.js'),
      `export const handler = (req, res) => { res.setHeader('content-type', 'text/html'); res.end('web page ' + req.url); };`,
    );
    const withWeb = await testApp(database, { webBuildDir: buildDir });
    try {
      for (const url of ['/events/demo-cit-training-week', '/events/new', '/events']) {
        const page = await withWeb.inject({ url });
        expect(page.statusCode, url).toBe(200);
        expect(page.body).toBe(`web page ${url}`);
      }
      const file = await withWeb.inject({ url: '/events/demo-cit-training-week.ics' });
      expect(file.statusCode).toBe(200);
      expect(vevents(file.body)[0]!.getFirstPropertyValue('summary')).toBe('Demo: Crisis Intervention Team 40-hour training week');
    } finally {
      await withWeb.close();
      rmSync(buildDir, { recursive: true, force: true });
    }
  });

  it('serves a member’s private feed of exactly the events they attend, without a cookie, until they renew it', async () => {
    const who = member('memphis-pd');
    const going = await created({ name: 'Feed test: going', startsOn: day(25), endsOn: day(26) });
    const went = await created({ name: 'Feed test: went', startsOn: day(-60), endsOn: day(-60) });
    const dropped = await created({ name: 'Feed test: dropped', startsOn: day(27), endsOn: day(27) });
    await ok(who, attendEvent, { eventId: going.id, attending: true });
    await ok(who, attendEvent, { eventId: went.id, attending: true });
    await ok(who, attendEvent, { eventId: dropped.id, attending: true });
    await ok(who, attendEvent, { eventId: dropped.id, attending: false });
    // Someone else's attendance is not in this member's feed.
    const other = await created({ name: 'Feed test: someone else', startsOn: day(28), endsOn: day(28) });
    await ok(member('boston-pd'), attendEvent, { eventId: other.id, attending: true });

    const url = (await ok(who, renewFeed)).renewCalendarFeed as string;
    expect(url).toMatch(/^https?:\/\/[^/]+\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const path = new URL(url).pathname;

    const response = await icsOf(path);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    for (const line of response.body.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const mine = (await ok(who, myEventsQuery)).myEvents.map((e: { slug: string }) => e.slug);
    const summaries = vevents(response.body).map((v) => v.getFirstPropertyValue('summary'));
    const urls = vevents(response.body).map((v) => String(v.getFirstPropertyValue('url')).replace(/^.*\/events\//, ''));
    expect(summaries).toEqual(expect.arrayContaining(['Feed test: going', 'Feed test: went']));
    expect(summaries).not.toContain('Feed test: dropped');
    expect(summaries).not.toContain('Feed test: someone else');
    expect(urls.sort()).toEqual([...mine].sort());

    // Asking again replaces the address: the old one stops working.
    const renewed = (await ok(who, renewFeed)).renewCalendarFeed as string;
    expect(renewed).not.toBe(url);
    expect((await icsOf(path)).statusCode).toBe(404);
    expect((await icsOf(new URL(renewed).pathname)).statusCode).toBe(200);

    // The feed is read by the secret alone; a session cookie changes nothing.
    const withCookie = await icsOf(new URL(renewed).pathname, { cookie: `muster_session=${sessions[who]}` });
    expect(withCookie.statusCode).toBe(200);
  });

  it('answers 404 for a made-up feed secret', async () => {
    expect((await icsOf(`/calendar/${'A'.repeat(32)}.ics`)).statusCode).toBe(404);
    expect((await icsOf('/calendar/short.ics')).statusCode).toBe(404);
  });

  it('refuses to renew a feed for a visitor', async () => {
    expect(await refused(null, renewFeed)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

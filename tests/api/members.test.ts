import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { practices, practiceTopics, topics, users } from '@muster/db';
import { demoDepartments, demoPractices } from '@muster/db/seed';
import { signUp, signUpWith } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { actors, type Who } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;
const moderator = 'moderator@muster.demo';
/** The demo accounts' handles: @chief-<department> and @officer-<department>. */
const handleOf = (role: 'chief' | 'member', department: string) => `${role === 'chief' ? 'chief' : 'officer'}-${department}`;

const membersQuery = /* GraphQL */ `
  query ($filter: MemberFilter, $first: Int, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          handle
          displayName
          title
          department {
            slug
            state
            agencyType
          }
        }
      }
    }
  }
`;
const profileQuery = /* GraphQL */ `
  query ($handle: String!) {
    member(handle: $handle) {
      id
      handle
      displayName
      title
      verification
      department {
        slug
        name
      }
      expertise {
        slug
      }
      publishedPractices(first: 50) {
        totalCount
        edges {
          node {
            slug
            status
            visibility
          }
        }
      }
      reportedAdoptions {
        status
        practice {
          slug
        }
        department {
          slug
        }
      }
      events {
        slug
        past
      }
    }
  }
`;

let database: TestDatabase;
let app: FastifyInstance;
const { run, ok, refused } = actors(() => app);

useTestApp({ config: { auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } }, (opened) => ({ app, database } = opened));

/** Every handle the directory lists for this filter, following `after` page by page. */
async function directory(filter: Record<string, unknown> | null, first = 100, who: Who = member('boston-pd')) {
  const handles: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let pages = 0; pages < 100; pages++) {
    const { members: page } = await ok(who, membersQuery, { filter, first, after });
    totalCount = page.totalCount;
    handles.push(...page.edges.map((e: { node: { handle: string } }) => e.node.handle));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { handles, totalCount };
}

/** The demo authors of published write-ups in a topic (every demo write-up is published). */
function demoAuthorsIn(topic: string): string[] {
  return [...new Set(demoPractices.filter((p) => p.topics.includes(topic)).map((p) => handleOf(p.author, p.department)))];
}

const demoHandles = ['admin', 'moderator', ...demoDepartments.flatMap((d) => [handleOf('chief', d.slug), handleOf('member', d.slug)])];

let created = 0;
/** A new member of a department, verified by a moderator unless asked otherwise. */
async function newMember(departmentSlug: string, displayName: string, title: string, verify = true) {
  created += 1;
  const input = {
    email: `profile.${created}.${Date.now()}@${departmentSlug}.example.gov`,
    password: 'correct horse battery staple',
    displayName,
    title,
    departmentSlug,
  };
  const user = await signUpWith(app, input);
  if (verify) await ok(moderator, `mutation ($id: ID!) { verifyMember(userId: $id, approve: true) { id } }`, { id: user.id });
  return user;
}

async function topicId(slug: string): Promise<string> {
  const [row] = await database.db.select({ id: topics.id }).from(topics).where(eq(topics.slug, slug));
  return row!.id;
}

describe('who may use the directory', () => {
  it('sends visitors to sign in and tells unverified members to ask their chief, for the list and for profiles alike', async () => {
    expect(await refused(null, membersQuery)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refused(null, profileQuery, { handle: 'officer-memphis-pd' })).toMatchObject({ code: 'UNAUTHENTICATED' });

    const recruit = await signUp(app, 'memphis-pd');
    const list = await refused({ session: recruit.session }, membersQuery);
    expect(list.code).toBe('FORBIDDEN');
    expect(list.message).toContain('verified members');
    expect(await refused({ session: recruit.session }, profileQuery, { handle: 'officer-memphis-pd' })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('lists verified, active members only, by name, and pages through them without gaps or repeats', async () => {
    const pending = await newMember('memphis-pd', 'Quentin Pendingly', 'Sergeant', false);
    const rejected = await newMember('memphis-pd', 'Rachel Rejectedly', 'Sergeant', false);
    await ok(moderator, `mutation ($id: ID!) { verifyMember(userId: $id, approve: false) { id } }`, { id: rejected.id });
    const leaving = await newMember('memphis-pd', 'Doris Disabledly', 'Sergeant');
    await ok('admin@muster.demo', `mutation ($id: ID!) { setAccountDisabled(userId: $id, disabled: true) { id } }`, { id: leaving.id });

    const all = await directory(null);
    for (const handle of demoHandles) expect(all.handles).toContain(handle);
    expect(all.handles).not.toContain(pending.handle);
    expect(all.handles).not.toContain(rejected.handle);
    expect(all.handles).not.toContain(leaving.handle);
    expect(all.totalCount).toBe(all.handles.length);
    expect(new Set(all.handles).size).toBe(all.handles.length);

    // Pages of seven give exactly the same list, in the same order.
    const paged = await directory(null, 7);
    expect(paged.handles).toEqual(all.handles);
    expect(paged.totalCount).toBe(all.totalCount);

    // Nor do their profiles open, for members.
    for (const gone of [pending, rejected, leaving]) {
      expect((await ok(member('boston-pd'), profileQuery, { handle: gone.handle })).member).toBeNull();
    }
  });

  it('orders by name whatever the capitals', async () => {
    const names = ['carter Quillfeather', 'Alvarez Quillfeather', 'Bell Quillfeather'];
    for (const name of names) await newMember('boston-pd', name, 'Community liaison');
    const { members } = await ok(member('boston-pd'), membersQuery, { filter: { search: 'quillfeather' } });
    expect(members.edges.map((e: { node: { displayName: string } }) => e.node.displayName)).toEqual([
      'Alvarez Quillfeather',
      'Bell Quillfeather',
      'carter Quillfeather',
    ]);
  });

  it('refuses a page size outside 1 to 100 and a cursor it did not give out', async () => {
    expect(await refused(member('boston-pd'), membersQuery, { first: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await refused(member('boston-pd'), membersQuery, { first: 101 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await refused(member('boston-pd'), membersQuery, { after: 'not-a-cursor' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});

describe('directory filters', () => {
  it('by topic: the authors of published write-ups in it', async () => {
    const { handles } = await directory({ topic: 'violence-reduction' });
    expect(handles.sort()).toEqual(demoAuthorsIn('violence-reduction').sort());
    expect(handles.length).toBeGreaterThan(3);
  });

  it('by topic: also those who reported an adoption of a write-up in it', async () => {
    const before = await directory({ topic: 'hot-spots-policing' });
    expect(before.handles).not.toContain('chief-memphis-pd');
    const { practice } = await ok(chief('memphis-pd'), `{ practice(slug: "philadelphia-foot-patrol-experiment") { id topics { slug } } }`);
    expect(practice.topics.map((t: { slug: string }) => t.slug)).toContain('hot-spots-policing');
    await ok(chief('memphis-pd'), `mutation ($id: ID!) { reportAdoption(practiceId: $id, input: { status: PILOT }) { id } }`, {
      id: practice.id,
    });

    const after = await directory({ topic: 'hot-spots-policing' });
    expect(after.handles.sort()).toEqual([...before.handles, 'chief-memphis-pd'].sort());
  });

  it('by topic: never for drafts or hidden write-ups', async () => {
    // A Lakeshore officer's draft on traffic safety does not make them a traffic-safety expert.
    const [author] = await database.db.select().from(users).where(eq(users.handle, 'officer-demo-lakeshore-tribal-pd'));
    const [draft] = await database.db
      .insert(practices)
      .values({
        slug: 'lakeshore-draft-crosswalks',
        title: 'Crosswalk stings',
        summary: 'A draft.',
        departmentId: author!.departmentId!,
        authorId: author!.id,
        status: 'DRAFT',
        visibility: 'MEMBERS',
      })
      .returning({ id: practices.id });
    await database.db.insert(practiceTopics).values({ practiceId: draft!.id, topicId: await topicId('traffic-safety') });
    expect((await directory({ topic: 'traffic-safety' })).handles).not.toContain('officer-demo-lakeshore-tribal-pd');

    // Their one published write-up is the only reason they count for youth; hidden, it no longer does.
    expect((await directory({ topic: 'youth' })).handles).toContain('officer-demo-lakeshore-tribal-pd');
    const board = eq(practices.slug, 'demo-lakeshore-community-advisory-board');
    await database.db.update(practices).set({ hiddenAt: new Date(), hiddenReason: 'FLAGS' }).where(board);
    try {
      expect((await directory({ topic: 'youth' })).handles).not.toContain('officer-demo-lakeshore-tribal-pd');
      const { member: profile } = await ok(member('boston-pd'), profileQuery, { handle: 'officer-demo-lakeshore-tribal-pd' });
      expect(profile.publishedPractices).toEqual({ totalCount: 0, edges: [] });
      expect(profile.expertise).toEqual([]);
    } finally {
      await database.db.update(practices).set({ hiddenAt: null, hiddenReason: null }).where(board);
    }
  });

  it('by department', async () => {
    const newcomer = await newMember('memphis-pd', 'Marisol Department', 'Crisis coordinator');
    const { handles, totalCount } = await directory({ departmentSlug: 'memphis-pd' });
    expect(handles.sort()).toEqual(['chief-memphis-pd', 'officer-memphis-pd', newcomer.handle].sort());
    expect(totalCount).toBe(3);
  });

  it('by state, written in either case', async () => {
    const california = demoDepartments.filter((d) => d.state === 'CA').map((d) => d.slug);
    expect(california.length).toBeGreaterThan(2);
    const { handles } = await directory({ state: 'ca' });
    expect(handles.sort()).toEqual(california.flatMap((d) => [handleOf('chief', d), handleOf('member', d)]).sort());
    const { members } = await ok(member('boston-pd'), membersQuery, { filter: { state: 'CA' } });
    expect(members.edges.every((e: { node: { department: { state: string } } }) => e.node.department.state === 'CA')).toBe(true);
  });

  it('by agency type', async () => {
    const { handles } = await directory({ agencyType: 'SHERIFF' });
    expect(handles.sort()).toEqual(['chief-demo-cedar-county-so', 'officer-demo-cedar-county-so']);
    const campus = await directory({ agencyType: 'CAMPUS' });
    expect(campus.handles.sort()).toEqual(['chief-uc-police-division', 'officer-uc-police-division']);
  });

  it('by part of the name, handle or title, without a case, and taking % and _ literally', async () => {
    const percent = await newMember('chicago-pd', 'Ulla Wildcard', '100% Patrol_lead');
    expect((await directory({ search: 'WILDCARD' })).handles).toEqual([percent.handle]);
    expect((await directory({ search: 'officer-seattle' })).handles).toEqual(['officer-seattle-pd']);
    expect((await directory({ search: '@chief-seattle-pd' })).handles).toEqual(['chief-seattle-pd']);
    expect((await directory({ search: 'patrol_LEAD' })).handles).toEqual([percent.handle]);
    // Unescaped, "%" and "_" would match every member.
    expect((await directory({ search: '%' })).handles).toEqual([percent.handle]);
    expect((await directory({ search: '_' })).handles).toEqual([percent.handle]);
    const patrol = await directory({ search: 'patrol officer' });
    expect(patrol.handles.length).toBe(demoDepartments.length);
  });

  it('combines every filter given', async () => {
    const stateOf = new Map(demoDepartments.map((d) => [d.slug, d.state]));
    const inCalifornia = demoAuthorsIn('community-policing').filter((h) => stateOf.get(h.replace(/^(chief|officer)-/, '')) === 'CA');
    expect(inCalifornia.length).toBeGreaterThan(1);
    expect((await directory({ topic: 'community-policing', state: 'CA' })).handles.sort()).toEqual(inCalifornia.sort());
    expect((await directory({ topic: 'community-policing', state: 'CA', agencyType: 'MUNICIPAL', search: 'chief' })).handles).toEqual(
      inCalifornia.filter((h) => h.startsWith('chief-')),
    );
    expect((await directory({ topic: 'community-policing', state: 'CA', agencyType: 'STATE' })).handles).toEqual([]);
    expect((await directory({ departmentSlug: 'boston-pd', state: 'TN' })).handles).toEqual([]);
    expect((await directory({ topic: 'violence-reduction', departmentSlug: 'boston-pd' })).handles).toEqual(['chief-boston-pd']);
  });

  it('treats blank filter fields as no filter', async () => {
    const all = await directory(null);
    expect((await directory({ topic: '', departmentSlug: ' ', state: '', search: '  ' })).handles).toEqual(all.handles);
  });

  it('refuses unknown topics and departments and bad states, naming the field', async () => {
    const viewer = member('boston-pd');
    expect(await refused(viewer, membersQuery, { filter: { topic: 'no-such-topic' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.topic',
    });
    expect(await refused(viewer, membersQuery, { filter: { topic: 'Not a slug!' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.topic',
    });
    expect(await refused(viewer, membersQuery, { filter: { departmentSlug: 'nowhere-pd' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.departmentSlug',
    });
    const state = await refused(viewer, membersQuery, { filter: { state: 'California' } });
    expect(state).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.state' });
    expect(state.message).toContain('two-letter');
    expect(await refused(viewer, membersQuery, { filter: { search: 'x'.repeat(101) } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.search',
    });
    // Everything wrong, at once.
    const all = await refused(viewer, membersQuery, { filter: { topic: 'no-such-topic', state: 'C4' } });
    expect(all.fields).toMatchObject({ 'filter.topic': expect.any(String), 'filter.state': expect.any(String) });
  });
});

describe('profiles', () => {
  it('shows title, department, expertise by frequency and the write-ups the viewer may open', async () => {
    const { member: profile } = await ok(member('boston-pd'), profileQuery, { handle: 'chief-demo-saguaro-valley-pd' });
    const own = demoPractices.filter((p) => p.department === 'demo-saguaro-valley-pd' && p.author === 'chief');
    expect(profile).toMatchObject({
      handle: 'chief-demo-saguaro-valley-pd',
      title: 'Chief of the department',
      department: { slug: 'demo-saguaro-valley-pd' },
    });
    // MEMBERS write-ups too: the viewer is a verified member.
    expect(own.some((p) => p.visibility === 'MEMBERS')).toBe(true);
    expect(profile.publishedPractices.totalCount).toBe(own.length);
    expect(profile.publishedPractices.edges.map((e: { node: { slug: string } }) => e.node.slug).sort()).toEqual(
      own.map((p) => p.slug).sort(),
    );
    // Two of their three write-ups are on technology.
    expect(profile.expertise[0].slug).toBe('technology');
    expect(profile.expertise.map((t: { slug: string }) => t.slug).sort()).toEqual([...new Set(own.flatMap((p) => p.topics))].sort());
  });

  it('never shows a draft or a hidden write-up, and pages through the rest newest first', async () => {
    const author = await newMember('demo-riverbend-pd', 'Paige Pager', 'Analyst');
    const [row] = await database.db.select().from(users).where(eq(users.id, author.id));
    const day = (n: number) => new Date(Date.UTC(2024, 0, n, 12));
    const inserted = await database.db
      .insert(practices)
      .values([
        {
          slug: 'pager-one',
          title: 'One',
          summary: 'First.',
          departmentId: row!.departmentId!,
          authorId: author.id,
          status: 'PUBLISHED',
          visibility: 'PUBLIC',
          publishedAt: day(1),
        },
        {
          slug: 'pager-two',
          title: 'Two',
          summary: 'Second.',
          departmentId: row!.departmentId!,
          authorId: author.id,
          status: 'PUBLISHED',
          visibility: 'MEMBERS',
          publishedAt: day(2),
        },
        {
          slug: 'pager-three',
          title: 'Three',
          summary: 'Third.',
          departmentId: row!.departmentId!,
          authorId: author.id,
          status: 'PUBLISHED',
          visibility: 'PUBLIC',
          publishedAt: day(3),
        },
        {
          slug: 'pager-draft',
          title: 'Draft',
          summary: 'Draft.',
          departmentId: row!.departmentId!,
          authorId: author.id,
          status: 'DRAFT',
          visibility: 'PUBLIC',
        },
        {
          slug: 'pager-review',
          title: 'Review',
          summary: 'In review.',
          departmentId: row!.departmentId!,
          authorId: author.id,
          status: 'IN_REVIEW',
          visibility: 'PUBLIC',
        },
        {
          slug: 'pager-hidden',
          title: 'Hidden',
          summary: 'Hidden.',
          departmentId: row!.departmentId!,
          authorId: author.id,
          status: 'PUBLISHED',
          visibility: 'PUBLIC',
          publishedAt: day(4),
          hiddenAt: day(5),
        },
      ])
      .returning({ id: practices.id, slug: practices.slug });
    const training = await topicId('training');
    await database.db.insert(practiceTopics).values(inserted.map((p) => ({ practiceId: p.id, topicId: training })));

    const { member: profile } = await ok(member('boston-pd'), profileQuery, { handle: author.handle });
    expect(profile.publishedPractices.totalCount).toBe(3);
    expect(profile.publishedPractices.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual([
      'pager-three',
      'pager-two',
      'pager-one',
    ]);
    expect(profile.expertise.map((t: { slug: string }) => t.slug)).toEqual(['training']);

    const pageQuery = `query ($handle: String!, $after: String) { member(handle: $handle) { publishedPractices(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { slug } } } } }`;
    const first = (await ok(member('boston-pd'), pageQuery, { handle: author.handle })).member.publishedPractices;
    expect(first.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual(['pager-three', 'pager-two']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok(member('boston-pd'), pageQuery, { handle: author.handle, after: first.pageInfo.endCursor })).member
      .publishedPractices;
    expect(second.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual(['pager-one']);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const bad = await refused(
      member('boston-pd'),
      `query ($handle: String!) { member(handle: $handle) { publishedPractices(first: 500) { totalCount } } }`,
      { handle: author.handle },
    );
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('shows the adoptions a member reported and the events they go to, upcoming first', async () => {
    const { practice } = await ok(chief('boston-pd'), `{ practice(slug: "eugene-cahoots") { id } }`);
    await ok(chief('boston-pd'), `mutation ($id: ID!) { reportAdoption(practiceId: $id, input: { status: PLANNING }) { id } }`, {
      id: practice.id,
    });

    const { upcoming, past } = await ok(
      null,
      `{ upcoming: events(upcoming: true, first: 5) { edges { node { id slug } } } past: events(upcoming: false, first: 5) { edges { node { id slug } } } }`,
    );
    const soon = upcoming.edges.map((e: { node: { id: string; slug: string } }) => e.node);
    const gone = past.edges.map((e: { node: { id: string; slug: string } }) => e.node);
    // Marked latest first; shown soonest upcoming first, then the past.
    const attend = `mutation ($id: ID!) { attendEvent(eventId: $id, attending: true) { id } }`;
    for (const event of [gone[1], soon[1], gone[0], soon[0]]) await ok(chief('boston-pd'), attend, { id: event.id });

    const { member: profile } = await ok(member('memphis-pd'), profileQuery, { handle: 'chief-boston-pd' });
    expect(profile.reportedAdoptions).toEqual([
      { status: 'PLANNING', practice: { slug: 'eugene-cahoots' }, department: { slug: 'boston-pd' } },
    ]);
    expect(profile.events).toEqual([
      { slug: soon[0].slug, past: false },
      { slug: soon[1].slug, past: false },
      { slug: gone[0].slug, past: true },
      { slug: gone[1].slug, past: true },
    ]);
    expect(profile.expertise.map((t: { slug: string }) => t.slug)).toContain('crisis-intervention-mental-health');
  });

  it('shows nothing of a member’s activity to visitors or unverified members who reach them elsewhere', async () => {
    const authorQuery = `{ practice(slug: "memphis-crisis-intervention-team") { author { handle expertise { slug } publishedPractices { totalCount edges { node { slug } } } reportedAdoptions { id } events { slug } } } }`;
    const verified = (await ok(member('boston-pd'), authorQuery)).practice.author;
    expect(verified.expertise.length).toBeGreaterThan(0);
    expect(verified.publishedPractices.totalCount).toBeGreaterThan(0);

    const recruit = await signUp(app, 'boston-pd');
    for (const who of [null, { session: recruit.session }]) {
      const { author } = (await ok(who, authorQuery)).practice;
      expect(author).toEqual({
        handle: 'chief-memphis-pd',
        expertise: [],
        publishedPractices: { totalCount: 0, edges: [] },
        reportedAdoptions: [],
        events: [],
      });
    }
  });

  it('finds a handle written with @ or capitals, null for no such member, and refuses what cannot be a handle', async () => {
    expect((await ok(member('boston-pd'), profileQuery, { handle: '@Officer-Memphis-PD' })).member).toMatchObject({
      handle: 'officer-memphis-pd',
      department: { slug: 'memphis-pd' },
    });
    expect((await ok(member('boston-pd'), profileQuery, { handle: 'nobody-here' })).member).toBeNull();
    expect(await refused(member('boston-pd'), profileQuery, { handle: 'two words' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'handle',
    });
  });

  it('lets moderators open the profile of a member awaiting verification, and no one else', async () => {
    const pending = await newMember('boston-pd', 'Walter Waiting', 'Recruit', false);
    expect((await ok(member('boston-pd'), profileQuery, { handle: pending.handle })).member).toBeNull();
    expect((await ok(chief('boston-pd'), profileQuery, { handle: pending.handle })).member).toBeNull();
    expect((await ok(moderator, profileQuery, { handle: pending.handle })).member).toMatchObject({
      handle: pending.handle,
      verification: 'UNVERIFIED',
    });
    expect((await directory({ search: 'Walter Waiting' }, 100, moderator)).handles).toEqual([]);
  });

  it('loads a directory page with every profile list in a constant number of queries', async () => {
    const query = /* GraphQL */ `
      query ($first: Int) {
        members(first: $first) {
          edges {
            node {
              handle
              department {
                name
              }
              expertise {
                name
              }
              publishedPractices(first: 3) {
                totalCount
                edges {
                  node {
                    title
                  }
                }
              }
              reportedAdoptions {
                status
              }
              events {
                name
              }
            }
          }
        }
      }
    `;
    // Each page is asked for twice and the second answer counted: what the API keeps for a while (the
    // session, the topics) is then read or not read alike, however long the machine took in between.
    const counted = async (first: number) => {
      await run(member('boston-pd'), query, { first });
      database.queries.length = 0;
      const answer = await run(member('boston-pd'), query, { first });
      return { answer, statements: [...database.queries] };
    };
    // Enough members that the page shows departments besides the viewer's own (read with the session).
    const small = await counted(10);
    const large = await counted(40);
    expect(large.answer.data!.members.edges.length).toBe(40);
    expect(large.statements.length, large.statements.join('\n')).toBe(small.statements.length);
  });
});

describe('handles', () => {
  it('never gives a new member the handle "pending", which /members/pending uses', async () => {
    const first = await newMember('memphis-pd', 'Pending', 'Officer', false);
    const second = await newMember('memphis-pd', 'Pending', 'Officer', false);
    expect(first.handle).toBe('pending-2');
    expect(second.handle).toBe('pending-3');
    const [taken] = await database.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.handle, 'pending')));
    expect(taken).toBeUndefined();
  });
});

import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { auditLog, users } from '@muster/db';
import { signUpWith } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { actors, type Who } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

const moderator = 'moderator@muster.demo';
const member = (d: string) => `member@${d}.muster.demo`;

const updateProfile = /* GraphQL */ `
  mutation ($input: ProfileInput!) {
    updateProfile(input: $input) {
      id
      handle
      displayName
      title
      bio
      bioHtml
      statedExpertise {
        slug
      }
    }
  }
`;
const profileQuery = /* GraphQL */ `
  query ($handle: String!) {
    member(handle: $handle) {
      handle
      displayName
      title
      bio
      bioHtml
      statedExpertise {
        slug
        name
      }
      expertise {
        slug
      }
    }
  }
`;
const directoryQuery = /* GraphQL */ `
  query ($filter: MemberFilter, $first: Int) {
    members(filter: $filter, first: $first) {
      edges {
        node {
          handle
          statedExpertise {
            slug
          }
          expertise {
            slug
          }
        }
      }
    }
  }
`;

let database: TestDatabase;
let app: FastifyInstance;
const { run, ok, refused } = actors(() => app);

useTestApp({ config: { auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } }, (opened) => ({ app, database } = opened));

let created = 0;
/** A new verified member of a department, signed in. */
async function newMember(departmentSlug: string, displayName: string) {
  created += 1;
  const input = {
    email: `profile.${created}.${Date.now()}@${departmentSlug}.example.gov`,
    password: 'correct horse battery staple',
    displayName,
    title: 'Officer',
    departmentSlug,
  };
  const user = await signUpWith(app, input);
  await ok(moderator, `mutation ($id: ID!) { verifyMember(userId: $id, approve: true) { id } }`, { id: user.id });
  return { id: user.id, handle: user.handle, who: { session: user.session } as Who };
}

const profile = {
  displayName: 'Dana Whitfield',
  title: 'Sergeant, Crisis Intervention Team',
  bio: 'I run our **CIT** course.',
  expertise: ['crisis-intervention-mental-health', 'de-escalation-use-of-force'],
};

describe('a member edits their own profile', () => {
  it('saves name, title, bio and expertise, and other members see them on the profile', async () => {
    const dana = await newMember('memphis-pd', 'Dana Recruit');
    const { updateProfile: saved } = await ok(dana.who, updateProfile, { input: profile });
    expect(saved).toMatchObject({
      displayName: 'Dana Whitfield',
      title: 'Sergeant, Crisis Intervention Team',
      bio: 'I run our **CIT** course.',
    });
    expect(saved.bioHtml).toContain('<strong>CIT</strong>');
    expect(saved.statedExpertise.map((t: { slug: string }) => t.slug).sort()).toEqual([
      'crisis-intervention-mental-health',
      'de-escalation-use-of-force',
    ]);

    const { member: seen } = await ok(member('boston-pd'), profileQuery, { handle: dana.handle });
    expect(seen).toMatchObject({ displayName: 'Dana Whitfield', title: 'Sergeant, Crisis Intervention Team' });
    expect(seen.statedExpertise.map((t: { slug: string }) => t.slug).sort()).toEqual([
      'crisis-intervention-mental-health',
      'de-escalation-use-of-force',
    ]);

    // A second save replaces the topics instead of adding to them.
    const { updateProfile: again } = await ok(dana.who, updateProfile, { input: { ...profile, expertise: ['officer-wellness'] } });
    expect(again.statedExpertise.map((t: { slug: string }) => t.slug)).toEqual(['officer-wellness']);

    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'PROFILE_UPDATED'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry).toMatchObject({ subjectId: dana.id, actorId: dana.id });
    expect(entry!.detail).toContain('officer-wellness');
  });

  it('sanitises a bio that carries a script', async () => {
    const eve = await newMember('memphis-pd', 'Eve Recruit');
    const bio = 'Hello <script>document.cookie</script><img src=x onerror=alert(1)> [me](javascript:alert(1))';
    const { updateProfile: saved } = await ok(eve.who, updateProfile, { input: { ...profile, bio } });
    expect(saved.bio).toBe(bio);
    expect(saved.bioHtml).not.toMatch(/<script|onerror|javascript:|<img/i);
    expect(saved.bioHtml).toContain('Hello');
  });

  it('keeps a suspended member from changing what others read of them, until the suspension ends', async () => {
    const sam = await newMember('memphis-pd', 'Sam Ortega');
    await ok(
      moderator,
      `mutation ($id: ID!, $until: DateTime!) { suspendMember(userId: $id, until: $until, reason: "Spam in comments") { id } }`,
      {
        id: sam.id,
        until: new Date(Date.now() + 86_400_000).toISOString(),
      },
    );
    const refusal = await refused(sam.who, updateProfile, { input: { ...profile, displayName: 'Sam Ortega', bio: 'Buy now' } });
    expect(refusal.code).toBe('FORBIDDEN');
    expect(refusal.message).toMatch(/suspended/);
  });

  it('refuses an unknown topic, too many topics and over-long fields, naming the field and changing nothing', async () => {
    const fay = await newMember('memphis-pd', 'Fay Recruit');
    await ok(fay.who, updateProfile, { input: profile });
    const [before] = await database.db.select().from(users).where(eq(users.id, fay.id));
    const topics = [
      'crisis-intervention-mental-health',
      'de-escalation-use-of-force',
      'community-policing',
      'procedural-justice',
      'implicit-bias',
      'youth',
      'officer-wellness',
      'training',
      'technology',
      'traffic-safety',
      'victim-services',
    ];
    const cases: [Record<string, unknown>, string][] = [
      [{ expertise: ['crisis-intervention-mental-health', 'underwater-basket-weaving'] }, 'expertise'],
      [{ expertise: topics }, 'expertise'],
      [{ bio: 'x'.repeat(2001) }, 'bio'],
      [{ displayName: 'x'.repeat(81) }, 'displayName'],
      [{ displayName: ' ' }, 'displayName'],
      [{ title: 'y'.repeat(81) }, 'title'],
      [{ displayName: 'Fay\nForged' }, 'displayName'],
    ];
    for (const [change, field] of cases) {
      const refusal = await refused(fay.who, updateProfile, { input: { ...profile, bio: 'Changed', ...change } });
      expect(refusal, JSON.stringify(change)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const [after] = await database.db.select().from(users).where(eq(users.id, fay.id));
    expect(after).toEqual(before);
    const { member: seen } = await ok(member('boston-pd'), profileQuery, { handle: fay.handle });
    expect(seen.statedExpertise.map((t: { slug: string }) => t.slug).sort()).toEqual([
      'crisis-intervention-mental-health',
      'de-escalation-use-of-force',
    ]);
  });

  it('asks a visitor to sign in', async () => {
    expect(await refused(null, updateProfile, { input: profile })).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('the directory', () => {
  it("shows a member's own expertise beside what their write-ups imply", async () => {
    const gus = await newMember('boston-pd', 'Gus Directory');
    await ok(gus.who, updateProfile, { input: { ...profile, displayName: 'Gus Directory', expertise: ['youth'] } });
    const { members } = await ok(member('boston-pd'), directoryQuery, { filter: { search: 'Gus Directory' } });
    expect(members.edges.map((e: { node: { handle: string } }) => e.node.handle)).toEqual([gus.handle]);
    expect(members.edges[0].node.statedExpertise).toEqual([{ slug: 'youth' }]);

    // A demo chief wrote write-ups: their implied topics come beside their own (empty) claim.
    const { members: chiefs } = await ok(member('boston-pd'), directoryQuery, { filter: { search: 'chief-memphis-pd' } });
    expect(chiefs.edges[0].node.expertise.length).toBeGreaterThan(0);
    expect(chiefs.edges[0].node.statedExpertise).toEqual([]);
  });

  it("loads every member's own expertise in a constant number of queries", async () => {
    await run(member('boston-pd'), directoryQuery, { first: 1 });
    database.queries.length = 0;
    await run(member('boston-pd'), directoryQuery, { first: 2 });
    const small = database.queries.length;
    database.queries.length = 0;
    const { data } = await run(member('boston-pd'), directoryQuery, { first: 30 });
    expect(data!.members.edges.length).toBe(30);
    expect(database.queries.length).toBe(small);
  });
});

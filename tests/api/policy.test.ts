import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { debriefs, departments, events, practices, rowsOf, searchEntries, users, type User } from '@muster/db';
import {
  canOpenProfile,
  chiefsOfDepartment,
  departmentWithoutChief,
  hasActingChief,
  isChiefOf,
  canReceiveMessages,
  canSeeDebrief,
  canSeePractice,
  flagCountsTowardHiding,
  flaggersCountingTowardHiding,
  isListedMember,
  listedMembers,
  membersReceivingMessages,
  openableProfiles,
  readablePractices,
  receivesLiveComment,
  recipientCanSeeDebrief,
  recipientCanSeePractice,
  searchableEntries,
  searchVisibleSet,
  visibleDebriefs,
  visiblePractices,
  type Viewer,
} from '../../api/src/policy.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { useTestApp } from '../helpers/setup.ts';

let database: TestDatabase;
useTestApp({}, (opened) => {
  database = opened.database;
});

const asViewer = (u: User): Viewer => ({
  id: u.id,
  sessionId: 'test',
  role: u.role,
  departmentId: u.departmentId,
  verified: u.verification === 'VERIFIED',
  totpEnabled: false,
  secondFactorRequired: false,
  mustEnrollTotp: false,
  suspended: null,
});

const byEmail = async (email: string) => {
  const [u] = await database.db.select().from(users).where(eq(users.email, email));
  return u!;
};

/**
 * Everyone a rule tells apart, around one department's write-ups: their author, the department's chief,
 * a verified member of another department, an unverified member of the same one, a moderator, a visitor.
 */
async function cast() {
  const author = await byEmail('member@memphis-pd.muster.demo');
  const chief = await byEmail('chief@memphis-pd.muster.demo');
  const verified = await byEmail('member@seattle-pd.muster.demo');
  const moderator = await byEmail('moderator@muster.demo');
  const [unverified] = await database.db
    .insert(users)
    .values({
      email: 'unverified-policy@memphis-pd.muster.demo',
      handle: 'unverified-policy',
      displayName: 'Not Yet Verified',
      departmentId: author.departmentId,
      verification: 'UNVERIFIED',
      emailConfirmedAt: new Date(),
    })
    .returning();
  return { author, chief, verified, unverified: unverified!, moderator, visitor: null };
}

describe('one rule for who sees a write-up', () => {
  it('canSeePractice, readablePractices and the fan-out form agree for every status, visibility, hiding and viewer', async () => {
    const people = await cast();
    const rows = [];
    for (const status of ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const) {
      for (const visibility of ['PUBLIC', 'MEMBERS'] as const) {
        for (const hidden of [false, true]) {
          const slug = `policy-${status}-${visibility}-${hidden ? 'hidden' : 'shown'}`.toLowerCase();
          rows.push({
            slug,
            title: slug,
            summary: 'A write-up for the visibility rule.',
            departmentId: people.author.departmentId!,
            authorId: people.author.id,
            status,
            visibility,
            hiddenAt: hidden ? new Date() : null,
            hiddenReason: hidden ? ('MODERATOR' as const) : null,
          });
        }
      }
    }
    const written = await database.db.insert(practices).values(rows).returning();
    const ids = written.map((p) => p.id);

    for (const [who, user] of Object.entries(people)) {
      const viewer = user ? asViewer(user) : null;
      const opened = new Set(
        (
          await database.db
            .select({ id: practices.id })
            .from(practices)
            .where(and(inArray(practices.id, ids), readablePractices(viewer)))
        ).map((r) => r.id),
      );
      const listed = new Set(
        (
          await database.db
            .select({ id: practices.id })
            .from(practices)
            .where(and(inArray(practices.id, ids), visiblePractices(viewer)))
        ).map((r) => r.id),
      );
      for (const p of written) {
        const label = `${who} on ${p.slug}`;
        expect(opened.has(p.id), label).toBe(canSeePractice(viewer, p));
        // Lists show only what may be opened, and only what is published and not hidden.
        if (listed.has(p.id)) expect(canSeePractice(viewer, p) && p.status === 'PUBLISHED' && !p.hiddenAt, label).toBe(true);
      }
      if (!user) continue;
      const told = await database.db.execute(
        sql`select p.id from practices p, users u where u.id = ${user.id} and p.id in ${ids} and ${recipientCanSeePractice}`,
      );
      const toldIds = new Set(rowsOf<{ id: string }>(told).map((r) => r.id));
      for (const p of written) {
        // Fan-out tells no moderator about a write-up hidden for review; otherwise the same rule.
        const expected = canSeePractice(viewer, p) && !(p.hiddenAt && p.authorId !== user.id);
        expect(toldIds.has(p.id), `fan-out to ${who} on ${p.slug}`).toBe(expected);
      }
    }
  });

  it("search's index admits, by searchableEntries and by the searchVisibleSet bitmap, what visiblePractices lists", async () => {
    // The write-ups of the test above, in every status, visibility and hiding; the index keeps itself (migration 0017).
    const written = await database.db
      .select()
      .from(practices)
      .where(sql`${practices.slug} like 'policy-%'`);
    const ids = written.map((p) => p.id);
    expect(ids.length).toBe(16);
    const people = {
      author: await byEmail('member@memphis-pd.muster.demo'),
      chief: await byEmail('chief@memphis-pd.muster.demo'),
      verified: await byEmail('member@seattle-pd.muster.demo'),
      unverified: await byEmail('unverified-policy@memphis-pd.muster.demo'),
      moderator: await byEmail('moderator@muster.demo'),
      visitor: null,
    };
    for (const [who, user] of Object.entries(people)) {
      const viewer = user ? asViewer(user) : null;
      const listed = new Set(
        (
          await database.db
            .select({ id: practices.id })
            .from(practices)
            .where(and(inArray(practices.id, ids), visiblePractices(viewer)))
        ).map((r) => r.id),
      );
      const entries = new Set(
        (
          await database.db
            .select({ id: searchEntries.practiceId })
            .from(searchEntries)
            .where(and(inArray(searchEntries.practiceId, ids), searchableEntries(viewer, searchEntries.membersOnly)))
        ).map((r) => r.id),
      );
      const bits = await database.db.execute(
        sql`select e.practice_id as id from search_entries e
          join search_facet_bits b on b.facet = 'visible' and b.value = ${searchVisibleSet(viewer)} and b.chunk = e.slot / 8192
          where e.practice_id in ${ids} and get_bit(b.bits, e.slot % 8192) = 1`,
      );
      const inBitmap = new Set(rowsOf<{ id: string }>(bits).map((r) => r.id));
      expect([...entries].sort(), `${who}: entries`).toEqual([...listed].sort());
      expect([...inBitmap].sort(), `${who}: bitmap`).toEqual([...listed].sort());
    }
  });

  it('canSeeDebrief, visibleDebriefs and the fan-out form agree for every audience and viewer', async () => {
    const author = await byEmail('member@memphis-pd.muster.demo');
    const people = {
      author,
      colleague: await byEmail('chief@memphis-pd.muster.demo'),
      verified: await byEmail('member@seattle-pd.muster.demo'),
      unverified: await byEmail('unverified-policy@memphis-pd.muster.demo'),
      moderator: await byEmail('moderator@muster.demo'),
      visitor: null,
    };
    const [event] = await database.db.select().from(events).limit(1);
    const written = await database.db
      .insert(debriefs)
      .values(
        (['MEMBERS', 'DEPARTMENT'] as const).map((audience) => ({
          eventId: event!.id,
          authorId: author.id,
          departmentId: author.departmentId!,
          title: `Policy debrief for ${audience}`,
          takeaways: 'What we learned.',
          audience,
        })),
      )
      .returning();
    const ids = written.map((d) => d.id);
    for (const [who, user] of Object.entries(people)) {
      const viewer = user ? asViewer(user) : null;
      const read = new Set(
        (
          await database.db
            .select({ id: debriefs.id })
            .from(debriefs)
            .where(and(inArray(debriefs.id, ids), visibleDebriefs(viewer)))
        ).map((r) => r.id),
      );
      for (const d of written) expect(read.has(d.id), `${who} on ${d.audience}`).toBe(canSeeDebrief(viewer, d));
      if (!user) continue;
      const told = await database.db.execute(
        sql`select d.id from debriefs d, users u where u.id = ${user.id} and d.id in ${ids} and ${recipientCanSeeDebrief}`,
      );
      const toldIds = new Set(rowsOf<{ id: string }>(told).map((r) => r.id));
      for (const d of written) expect(toldIds.has(d.id), `fan-out to ${who} on ${d.audience}`).toBe(canSeeDebrief(viewer, d));
    }
  });
});

describe('who receives a comment live', () => {
  it('whoever sees the write-up, and for a hidden comment only moderators and its author', async () => {
    const author = await byEmail('member@memphis-pd.muster.demo');
    const people = {
      author,
      verified: await byEmail('member@seattle-pd.muster.demo'),
      moderator: await byEmail('moderator@muster.demo'),
      visitor: null,
    };
    const practice = (visibility: 'PUBLIC' | 'MEMBERS') => ({
      status: 'PUBLISHED' as const,
      visibility,
      authorId: author.id,
      departmentId: author.departmentId!,
      hiddenAt: null,
    });
    for (const [who, user] of Object.entries(people)) {
      const viewer = user ? asViewer(user) : null;
      for (const visibility of ['PUBLIC', 'MEMBERS'] as const) {
        const p = practice(visibility);
        const shown = { authorId: author.id, hiddenAt: null };
        const hidden = { authorId: author.id, hiddenAt: new Date() };
        expect(receivesLiveComment(viewer, p, shown), `${who}, ${visibility}, shown`).toBe(canSeePractice(viewer, p));
        expect(receivesLiveComment(viewer, p, hidden), `${who}, ${visibility}, hidden`).toBe(
          canSeePractice(viewer, p) && (who === 'author' || who === 'moderator'),
        );
      }
    }
    expect(receivesLiveComment(null, practice('MEMBERS'), { authorId: author.id, hiddenAt: null })).toBe(false);
  });
});

/**
 * Every kind of account a member rule tells apart: each role, each verification state, active or
 * disabled, of the department of the write-ups above or of another one. Made once for the block.
 */
async function accounts(): Promise<User[]> {
  const memphis = (await byEmail('member@memphis-pd.muster.demo')).departmentId!;
  const seattle = (await byEmail('member@seattle-pd.muster.demo')).departmentId!;
  const rows = [];
  for (const role of ['MEMBER', 'CHIEF', 'MODERATOR', 'ADMIN'] as const) {
    for (const verification of ['UNVERIFIED', 'VERIFIED', 'REJECTED'] as const) {
      for (const disabled of [false, true]) {
        for (const [place, departmentId] of [
          ['memphis', memphis],
          ['seattle', seattle],
        ] as const) {
          const handle = `policy-${role}-${verification}-${disabled ? 'disabled' : 'active'}-${place}`.toLowerCase();
          rows.push({
            email: `${handle}@muster.demo`,
            handle,
            displayName: handle,
            departmentId,
            role,
            verification,
            disabledAt: disabled ? new Date() : null,
            emailConfirmedAt: new Date(),
          });
        }
      }
    }
  }
  return database.db.insert(users).values(rows).returning();
}

/** The ids among `of` that a condition over the users table admits. */
async function admitted(of: User[], condition: SQL): Promise<Set<string>> {
  const rows = await database.db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        inArray(
          users.id,
          of.map((u) => u.id),
        ),
        condition,
      ),
    );
  return new Set(rows.map((r) => r.id));
}

describe('one rule for which members are listed, written to and counted', () => {
  let everyone: User[] = [];
  it('isListedMember, canReceiveMessages and their SQL agree for every role, verification and account state', async () => {
    everyone = await accounts();
    const listed = await admitted(everyone, listedMembers);
    const writable = await admitted(everyone, membersReceivingMessages);
    for (const u of everyone) {
      expect(listed.has(u.id), u.handle).toBe(isListedMember(u));
      expect(writable.has(u.id), u.handle).toBe(canReceiveMessages(u));
    }
  });

  it("a flagger's open flags count toward hiding by flagCountsTowardHiding, while the account is active", async () => {
    const counted = await admitted(everyone, flaggersCountingTowardHiding);
    for (const u of everyone) expect(counted.has(u.id), u.handle).toBe(flagCountsTowardHiding(asViewer(u)) && !u.disabledAt);
  });

  it('canOpenProfile and openableProfiles agree for every viewer and every member: profiles, handles and follows', async () => {
    const viewers = [null, ...everyone.filter((u) => !u.disabledAt)];
    for (const user of viewers) {
      const viewer = user ? asViewer(user) : null;
      const opened = await admitted(everyone, openableProfiles(viewer));
      for (const u of everyone) expect(opened.has(u.id), `${user?.handle ?? 'visitor'} opens ${u.handle}`).toBe(canOpenProfile(viewer, u));
    }
  });

  it('chiefsOfDepartment is isChiefOf the department, with an active account, for every member', async () => {
    const departmentId = everyone[0]!.departmentId!;
    const chiefs = await admitted(everyone, chiefsOfDepartment(sql`${departmentId}::uuid`));
    for (const u of everyone) expect(chiefs.has(u.id), u.handle).toBe(isChiefOf(asViewer(u), departmentId) && !u.disabledAt);
  });

  it('departmentWithoutChief and hasActingChief agree for departments whose one member is of every role, verification and account state', async () => {
    // A department of its own for each kind of account, and one with no member at all.
    const kinds = [null, ...everyone.filter((u) => u.departmentId === everyone[0]!.departmentId)];
    const made = await database.db
      .insert(departments)
      .values(
        kinds.map((_, i) => ({
          slug: `policy-chief-${i}`,
          name: `Policy Chief ${i}`,
          agencyType: 'MUNICIPAL' as const,
          state: 'TN',
          city: 'Memphis',
        })),
      )
      .returning();
    const members = await database.db
      .insert(users)
      .values(
        kinds.flatMap((u, i) =>
          u
            ? [
                {
                  email: `policy-chief-${i}@muster.demo`,
                  handle: `policy-chief-${i}`,
                  displayName: `policy-chief-${i}`,
                  departmentId: made[i]!.id,
                  role: u.role,
                  verification: u.verification,
                  disabledAt: u.disabledAt,
                  emailConfirmedAt: new Date(),
                },
              ]
            : [],
        ),
      )
      .returning();
    const without = new Set(
      (
        await database.db
          .select({ id: departments.id })
          .from(departments)
          .where(
            and(
              inArray(
                departments.id,
                made.map((d) => d.id),
              ),
              departmentWithoutChief(sql`${departments.id}`),
            ),
          )
      ).map((r) => r.id),
    );
    for (const d of made) {
      const ofIt = members.filter((m) => m.departmentId === d.id);
      expect(without.has(d.id), `${d.slug}: ${ofIt.map((m) => m.handle).join()}`).toBe(!hasActingChief(d.id, ofIt));
    }
    // The rule tells them apart: some departments have an acting chief, the rest do not.
    expect(without.size).toBeGreaterThan(0);
    expect(without.size).toBeLessThan(made.length);
  });
});

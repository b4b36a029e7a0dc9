import { and, asc, eq, gt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { auditLog, departments, mailOutbox, users } from '@muster/db';
import { signUpWith } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { actors, type Who } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;
const moderator = 'moderator@muster.demo';
const admin = 'admin@muster.demo';

const request = `mutation ($slug: String!) { requestDepartmentMove(departmentSlug: $slug) }`;
const withdraw = `mutation { withdrawDepartmentMove }`;
const decide = /* GraphQL */ `
  mutation ($id: ID!, $approve: Boolean!) {
    decideDepartmentMove(id: $id, approve: $approve) {
      id
      decision
      member {
        handle
      }
      from {
        slug
      }
      to {
        slug
      }
    }
  }
`;
const myMove = `query { me { department { slug } verification departmentMove { id from { slug } to { slug } decision } } }`;
const toDecide = `query { departmentMovesToDecide { id member { handle } from { slug } to { slug } } }`;
const writeUps = /* GraphQL */ `
  query ($handle: String!) {
    member(handle: $handle) {
      department {
        slug
      }
      publishedPractices(first: 50) {
        totalCount
        edges {
          node {
            slug
            department {
              slug
            }
          }
        }
      }
    }
  }
`;

let database: TestDatabase;
let app: FastifyInstance;
const { ok, refused } = actors(() => app);

useTestApp({ config: { auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } }, (opened) => ({ app, database } = opened));

/** The mails written to the outbox for an address since `after` (an outbox id). */
async function mailsTo(address: string, after = 0) {
  return database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.to, address), gt(mailOutbox.id, after)))
    .orderBy(asc(mailOutbox.id));
}
async function lastMailId() {
  const rows = await database.db.select({ id: mailOutbox.id }).from(mailOutbox);
  return Math.max(0, ...rows.map((r) => r.id));
}

let created = 0;
async function newMember(departmentSlug: string | null, verify = true, newDepartment?: Record<string, string>) {
  created += 1;
  const email = `mover.${created}.${Date.now()}@example.gov`;
  const input = {
    email,
    password: 'correct horse battery staple',
    displayName: `Mover ${created}`,
    title: 'Officer',
    ...(departmentSlug ? { departmentSlug } : { newDepartment }),
  };
  const user = await signUpWith(app, input);
  if (verify) await ok(moderator, `mutation ($id: ID!) { verifyMember(userId: $id, approve: true) { id } }`, { id: user.id });
  return { id: user.id, handle: user.handle, email, who: { session: user.session } as Who };
}

describe('moving to another department', () => {
  it('the new chief approves: the member moves, stays verified, their write-ups stay with the old department, and the old chief is told twice', async () => {
    const mover = member('demo-riverbend-pd');
    const [row] = await database.db.select({ handle: users.handle }).from(users).where(eq(users.email, mover));
    const handle = row!.handle;
    const before = await ok(mover, writeUps, { handle });
    expect(before.member.publishedPractices.totalCount).toBeGreaterThan(0);
    const mark = await lastMailId();

    expect((await ok(mover, request, { slug: 'boston-pd' })).requestDepartmentMove).toBe(true);
    const { me } = await ok(mover, myMove);
    expect(me.departmentMove).toMatchObject({ from: { slug: 'demo-riverbend-pd' }, to: { slug: 'boston-pd' }, decision: null });

    // The old chief is told at once; the new chief is asked.
    const toldAtRequest = await mailsTo(chief('demo-riverbend-pd'), mark);
    expect(toldAtRequest.map((m) => m.subject)).toEqual([expect.stringContaining('asks to move to Boston')]);
    expect((await mailsTo(chief('boston-pd'), mark)).map((m) => m.text)).toEqual([expect.stringContaining('/members/pending')]);

    const waiting = (await ok(chief('boston-pd'), toDecide)).departmentMovesToDecide;
    expect(waiting).toEqual([
      { id: me.departmentMove.id, member: { handle }, from: { slug: 'demo-riverbend-pd' }, to: { slug: 'boston-pd' } },
    ]);
    // Another chief neither sees it nor decides it.
    expect((await ok(chief('memphis-pd'), toDecide)).departmentMovesToDecide).toEqual([]);
    expect(await refused(chief('memphis-pd'), decide, { id: me.departmentMove.id, approve: true })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'id',
    });
    expect(await refused(chief('demo-riverbend-pd'), decide, { id: me.departmentMove.id, approve: true })).toMatchObject({
      code: 'FORBIDDEN',
    });
    // An admin decides only for a department without a chief.
    expect(await refused(admin, decide, { id: me.departmentMove.id, approve: true })).toMatchObject({ code: 'FORBIDDEN' });

    const { decideDepartmentMove: decided } = await ok(chief('boston-pd'), decide, { id: me.departmentMove.id, approve: true });
    expect(decided).toMatchObject({ decision: 'APPROVED', to: { slug: 'boston-pd' } });

    const after = await ok(mover, myMove);
    expect(after.me).toMatchObject({ department: { slug: 'boston-pd' }, verification: 'VERIFIED', departmentMove: null });
    const moved = await ok(mover, writeUps, { handle });
    expect(moved.member.department.slug).toBe('boston-pd');
    expect(moved.member.publishedPractices.totalCount).toBe(before.member.publishedPractices.totalCount);
    for (const edge of moved.member.publishedPractices.edges) expect(edge.node.department.slug).toBe('demo-riverbend-pd');

    const oldChiefMails = await mailsTo(chief('demo-riverbend-pd'), mark);
    expect(oldChiefMails.map((m) => m.subject)).toEqual([
      expect.stringContaining('asks to move'),
      expect.stringContaining('has moved to Boston'),
    ]);
    expect((await mailsTo(mover, mark)).map((m) => m.subject)).toEqual([expect.stringContaining('Welcome to Boston')]);
    // Decided once only.
    expect(await refused(chief('boston-pd'), decide, { id: me.departmentMove.id, approve: false })).toMatchObject({ code: 'CONFLICT' });

    const actions = await database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.detail, me.departmentMove.id));
    expect(actions.map((a) => a.action)).toEqual(['DEPARTMENT_MOVE_APPROVED']);
  });

  it('a declined member stays where they are and is told', async () => {
    const dan = await newMember('memphis-pd');
    await ok(dan.who, request, { slug: 'seattle-pd' });
    const { me } = await ok(dan.who, myMove);
    const mark = await lastMailId();
    await ok(chief('seattle-pd'), decide, { id: me.departmentMove.id, approve: false });
    const after = await ok(dan.who, myMove);
    expect(after.me).toMatchObject({ department: { slug: 'memphis-pd' }, verification: 'VERIFIED', departmentMove: null });
    expect((await mailsTo(dan.email, mark)).map((m) => m.subject)).toEqual([expect.stringContaining('declined')]);
    expect(await mailsTo(chief('memphis-pd'), mark)).toEqual([]);
  });

  it('a newer request replaces the open one, and a member withdraws theirs', async () => {
    const eve = await newMember('memphis-pd');
    await ok(eve.who, request, { slug: 'seattle-pd' });
    const first = (await ok(eve.who, myMove)).me.departmentMove;
    await ok(eve.who, request, { slug: 'denver-pd' });
    const second = (await ok(eve.who, myMove)).me.departmentMove;
    expect(second.to.slug).toBe('denver-pd');
    expect(second.id).not.toBe(first.id);
    expect((await ok(chief('seattle-pd'), toDecide)).departmentMovesToDecide.map((m: { id: string }) => m.id)).not.toContain(first.id);
    expect(await refused(chief('seattle-pd'), decide, { id: first.id, approve: true })).toMatchObject({ code: 'CONFLICT' });

    expect((await ok(eve.who, withdraw)).withdrawDepartmentMove).toBe(true);
    expect((await ok(eve.who, myMove)).me.departmentMove).toBeNull();
    expect(await refused(eve.who, withdraw)).toMatchObject({ code: 'NOT_FOUND' });
    expect((await ok(chief('denver-pd'), toDecide)).departmentMovesToDecide).toEqual([]);
  });

  it('refuses a chief (who hands over first), staff, an unverified member, and a department that is not a choice', async () => {
    expect(await refused(chief('memphis-pd'), request, { slug: 'boston-pd' })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'departmentSlug',
      message: expect.stringContaining('hands the department over'),
    });
    expect(await refused(moderator, request, { slug: 'boston-pd' })).toMatchObject({ code: 'FORBIDDEN', field: 'departmentSlug' });
    const newcomer = await newMember('memphis-pd', false);
    expect(await refused(newcomer.who, request, { slug: 'boston-pd' })).toMatchObject({ code: 'FORBIDDEN', field: 'departmentSlug' });
    expect(await refused(null, request, { slug: 'boston-pd' })).toMatchObject({ code: 'UNAUTHENTICATED' });
    const fay = await newMember('memphis-pd');
    expect(await refused(fay.who, request, { slug: 'memphis-pd' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentSlug' });
    expect(await refused(fay.who, request, { slug: 'no-such-pd' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentSlug' });
    expect(await refused(fay.who, request, { slug: 'Not A Slug' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentSlug' });
    // A department asked for at sign-up and not yet verified is not a choice either.
    const founder = await newMember(null, false, { name: 'Harbor Town Police', agencyType: 'MUNICIPAL', state: 'ME', city: 'Harbor Town' });
    const [harbor] = await database.db.select().from(departments).where(eq(departments.name, 'Harbor Town Police'));
    expect(founder.id).toBeTruthy();
    expect(await refused(fay.who, request, { slug: harbor!.slug })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentSlug' });
    expect((await ok(fay.who, myMove)).me.departmentMove).toBeNull();
    expect((await refused(member('memphis-pd'), toDecide)).code).toBe('FORBIDDEN');
  });

  it('an admin decides for a verified department that has no chief', async () => {
    const founder = await newMember(null, true, { name: 'Pine Valley Police', agencyType: 'MUNICIPAL', state: 'OR', city: 'Pine Valley' });
    const [pine] = await database.db.select().from(departments).where(eq(departments.name, 'Pine Valley Police'));
    expect(pine!.verified).toBe(true);
    expect(founder.id).toBeTruthy();
    const gil = await newMember('eugene-pd');
    await ok(gil.who, request, { slug: pine!.slug });
    const waiting = (await ok(admin, toDecide)).departmentMovesToDecide;
    const move = waiting.find((m: { to: { slug: string } }) => m.to.slug === pine!.slug);
    expect(move).toBeDefined();
    await ok(admin, decide, { id: move.id, approve: true });
    expect((await ok(gil.who, myMove)).me.department.slug).toBe(pine!.slug);
  });
});

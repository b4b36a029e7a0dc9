import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { auditLog, departments } from '@muster/db';
import type { TestDatabase } from '../helpers/database.ts';
import { actors } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;
const admin = 'admin@muster.demo';

const updateDepartment = /* GraphQL */ `
  mutation ($slug: String!, $input: DepartmentInput!) {
    updateDepartment(slug: $slug, input: $input) {
      slug
      description
      descriptionHtml
      website
      agencyType
      state
      swornOfficers
      populationServed
      viewerCanEdit
    }
  }
`;
const departmentQuery = /* GraphQL */ `
  query ($slug: String!) {
    department(slug: $slug) {
      slug
      description
      descriptionHtml
      website
      agencyType
      state
      swornOfficers
      populationServed
      viewerCanEdit
    }
  }
`;

let database: TestDatabase;
let app: FastifyInstance;
const { ok, refused } = actors(() => app);

useTestApp({ config: { auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } }, (opened) => ({ app, database } = opened));

const memphis = {
  description: 'Home of the **Memphis Model** of crisis intervention.',
  website: 'https://www.memphispolice.org',
  agencyType: 'MUNICIPAL',
  state: 'TN',
  swornOfficers: 1950,
  populationServed: 628000,
};

async function stored(slug: string) {
  const [row] = await database.db.select().from(departments).where(eq(departments.slug, slug));
  return row!;
}

describe('editing a department profile', () => {
  it("lets the department's chief edit it, renders the description sanitised, and shows the edit to visitors at once", async () => {
    // A visitor has the page cached before the edit.
    const before = await ok(null, departmentQuery, { slug: 'memphis-pd' });
    expect(before.department.viewerCanEdit).toBe(false);

    const { updateDepartment: updated } = await ok(chief('memphis-pd'), updateDepartment, {
      slug: 'memphis-pd',
      input: { ...memphis, description: `${memphis.description}\n\n<script>alert(1)</script>` },
    });
    expect(updated).toMatchObject({ website: memphis.website, swornOfficers: 1950, populationServed: 628000, viewerCanEdit: true });
    expect(updated.descriptionHtml).toContain('<strong>Memphis Model</strong>');
    expect(updated.descriptionHtml).not.toContain('<script');

    const after = await ok(null, departmentQuery, { slug: 'memphis-pd' });
    expect(after.department).toMatchObject({ swornOfficers: 1950, website: memphis.website, viewerCanEdit: false });
    expect((await stored('memphis-pd')).populationServed).toBe(628000);
  });

  it('records what changed, before and after, in the audit log', async () => {
    await ok(chief('memphis-pd'), updateDepartment, { slug: 'memphis-pd', input: { ...memphis, swornOfficers: 2100, website: '' } });
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'DEPARTMENT_UPDATED'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry!.detail).toContain('memphis-pd');
    expect(entry!.detail).toContain('swornOfficers: 1950 → 2100');
    expect(entry!.detail).toContain(`website: ${memphis.website} → (none)`);
    expect(entry!.detail).not.toContain('populationServed');
    expect((await stored('memphis-pd')).website).toBeNull();
  });

  it('refuses the chief of another department, a member and a visitor, and changes nothing', async () => {
    const before = await stored('boston-pd');
    const input = { ...memphis, state: 'MA' };
    expect(await refused(chief('memphis-pd'), updateDepartment, { slug: 'boston-pd', input })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'slug',
    });
    expect(await refused(member('boston-pd'), updateDepartment, { slug: 'boston-pd', input })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'slug',
    });
    expect(await refused(null, updateDepartment, { slug: 'boston-pd', input })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await stored('boston-pd')).toEqual(before);
    const seen = await ok(member('boston-pd'), departmentQuery, { slug: 'boston-pd' });
    expect(seen.department.viewerCanEdit).toBe(false);
  });

  it('lets an admin edit any department', async () => {
    const { updateDepartment: updated } = await ok(admin, updateDepartment, {
      slug: 'boston-pd',
      input: {
        description: 'Boston, Massachusetts.',
        website: 'http://bpdnews.com',
        agencyType: 'MUNICIPAL',
        state: 'ma',
        swornOfficers: null,
        populationServed: 675000,
      },
    });
    expect(updated).toMatchObject({
      state: 'MA',
      website: 'http://bpdnews.com',
      swornOfficers: null,
      populationServed: 675000,
      viewerCanEdit: true,
    });
  });

  it('names each field it refuses: the website, the state, the numbers and an over-long description', async () => {
    const before = await stored('memphis-pd');
    const cases: [Record<string, unknown>, string][] = [
      [{ website: 'javascript:alert(1)' }, 'website'],
      [{ website: 'ftp://files.memphis.gov' }, 'website'],
      [{ website: 'not a web address' }, 'website'],
      [{ state: 'Tennessee' }, 'state'],
      [{ swornOfficers: -1 }, 'swornOfficers'],
      [{ swornOfficers: 5_000_000 }, 'swornOfficers'],
      [{ populationServed: 1_000_000_000 }, 'populationServed'],
      [{ description: 'x'.repeat(4001) }, 'description'],
    ];
    for (const [change, field] of cases) {
      const refusal = await refused(chief('memphis-pd'), updateDepartment, { slug: 'memphis-pd', input: { ...memphis, ...change } });
      expect(refusal, JSON.stringify(change)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    // Everything wrong is said at once.
    const all = await refused(chief('memphis-pd'), updateDepartment, {
      slug: 'memphis-pd',
      input: { ...memphis, website: 'nope', state: 'XYZ', swornOfficers: -5 },
    });
    expect(Object.keys(all.fields ?? {}).sort()).toEqual(['state', 'swornOfficers', 'website']);
    expect(await stored('memphis-pd')).toEqual(before);
    const audited = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'DEPARTMENT_UPDATED'), eq(auditLog.outcome, 'FAILURE')));
    expect(audited).toEqual([]);
  });

  it('answers NOT_FOUND for a department that does not exist', async () => {
    expect(await refused(admin, updateDepartment, { slug: 'no-such-pd', input: memphis })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'slug',
    });
  });
});

import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { auditLog, departmentDomains, departments } from '@muster/db';
import { findDomainDepartment } from '../../api/src/modules/departments/domains.repository.ts';
import { actors } from '../helpers/actors.ts';
import { signUp } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { useTestApp } from '../helpers/setup.ts';

const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;

const setDomains = /* GraphQL */ `
  mutation ($slug: String!, $domains: [String!]!, $autoVerify: Boolean!) {
    setDepartmentDomains(slug: $slug, domains: $domains, autoVerify: $autoVerify) {
      slug
      domains
      autoVerifyDomain
      viewerCanManagePeople
    }
  }
`;
const readDomains = `query ($slug: String!) { department(slug: $slug) { domains autoVerifyDomain viewerCanManagePeople } }`;

let database: TestDatabase;
let app: FastifyInstance;
const as = actors(() => app);

async function storedDomains(slug: string) {
  const [department] = await database.db.select().from(departments).where(eq(departments.slug, slug));
  const rows = await database.db.select().from(departmentDomains).where(eq(departmentDomains.departmentId, department!.id));
  return { domains: rows.map((r) => r.domain).sort(), autoVerify: department!.autoVerifyDomain };
}

useTestApp({ config: { auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } }, (opened) => ({ app, database } = opened));

describe('a department’s e-mail domains', () => {
  it('lets the chief replace the list, normalised, and the domain then joins addresses to the department', async () => {
    const data = await as.ok(chief('memphis-pd'), setDomains, {
      slug: 'memphis-pd',
      domains: ['  MemphisTN.gov ', '@mpd.memphistn.gov', '', 'memphistn.gov'],
      autoVerify: true,
    });
    expect(data.setDepartmentDomains).toEqual({
      slug: 'memphis-pd',
      domains: ['memphistn.gov', 'mpd.memphistn.gov'],
      autoVerifyDomain: true,
      viewerCanManagePeople: true,
    });
    expect(await storedDomains('memphis-pd')).toEqual({ domains: ['memphistn.gov', 'mpd.memphistn.gov'], autoVerify: true });
    const found = await findDomainDepartment(database.db, 'Officer.Lee@MemphisTN.gov');
    expect(found?.autoVerify).toBe(true);

    // Replacing, not adding: the old domain no longer joins anyone.
    await as.ok(chief('memphis-pd'), setDomains, { slug: 'memphis-pd', domains: ['memphistn.gov'], autoVerify: false });
    expect(await storedDomains('memphis-pd')).toEqual({ domains: ['memphistn.gov'], autoVerify: false });
    expect(await findDomainDepartment(database.db, 'someone@mpd.memphistn.gov')).toBeNull();
  });

  it('audits each change with the list before and after', async () => {
    await as.ok('admin@muster.demo', setDomains, { slug: 'eugene-pd', domains: ['eugene-or.gov'], autoVerify: false });
    await as.ok('admin@muster.demo', setDomains, { slug: 'eugene-pd', domains: ['eugene-or.gov', 'eugenepd.org'], autoVerify: true });
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.action, 'DEPARTMENT_DOMAINS_SET'));
    expect(rows.map((r) => r.detail)).toContain(
      'eugene-pd: [eugene-or.gov] auto-verify off → [eugene-or.gov, eugenepd.org] auto-verify on',
    );
  });

  it('shows the domains only to the chief and admins', async () => {
    await as.ok(chief('seattle-pd'), setDomains, { slug: 'seattle-pd', domains: ['seattle.gov'], autoVerify: true });
    expect((await as.ok(chief('seattle-pd'), readDomains, { slug: 'seattle-pd' })).department).toEqual({
      domains: ['seattle.gov'],
      autoVerifyDomain: true,
      viewerCanManagePeople: true,
    });
    expect((await as.ok('admin@muster.demo', readDomains, { slug: 'seattle-pd' })).department.domains).toEqual(['seattle.gov']);
    for (const who of [member('seattle-pd'), chief('memphis-pd'), 'moderator@muster.demo', null]) {
      expect((await as.ok(who, readDomains, { slug: 'seattle-pd' })).department).toEqual({
        domains: [],
        autoVerifyDomain: false,
        viewerCanManagePeople: false,
      });
    }
  });

  it('refuses a member, another department’s chief, a moderator and a visitor, changing nothing', async () => {
    const before = await storedDomains('seattle-pd');
    const input = { slug: 'seattle-pd', domains: ['evil.example.gov'], autoVerify: true };
    expect((await as.refused(member('seattle-pd'), setDomains, input)).code).toBe('FORBIDDEN');
    expect((await as.refused(chief('memphis-pd'), setDomains, input)).code).toBe('FORBIDDEN');
    expect((await as.refused('moderator@muster.demo', setDomains, input)).code).toBe('FORBIDDEN');
    expect((await as.refused(null, setDomains, input)).code).toBe('UNAUTHENTICATED');
    const newcomer = await signUp(app, 'seattle-pd');
    expect((await as.refused({ session: newcomer.session }, setDomains, input)).code).toBe('FORBIDDEN');
    expect(await storedDomains('seattle-pd')).toEqual(before);
  });

  it('refuses webmail, malformed and taken domains naming each one, and keeps the old list', async () => {
    const before = await storedDomains('stockton-pd');
    const refusal = await as.refused(chief('stockton-pd'), setDomains, {
      slug: 'stockton-pd',
      domains: ['stocktonca.gov', 'gmail.com', 'not a domain', 'yahoo.co.uk', 'memphistn.gov', 'localhost', 'mail.proton.me'],
      autoVerify: true,
    });
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.field).toBe('domains.1');
    expect(Object.keys(refusal.fields!).sort()).toEqual(['domains.1', 'domains.2', 'domains.3', 'domains.4', 'domains.5', 'domains.6']);
    expect(refusal.fields!['domains.1']).toMatch(/webmail/);
    expect(refusal.fields!['domains.4']).toContain('Memphis');
    expect(await storedDomains('stockton-pd')).toEqual(before);
  });

  it('refuses more than 20 domains and an unknown department', async () => {
    const many = Array.from({ length: 21 }, (_, i) => `d${i}.stocktonca.gov`);
    expect(await as.refused(chief('stockton-pd'), setDomains, { slug: 'stockton-pd', domains: many, autoVerify: false })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'domains',
    });
    expect(await as.refused('admin@muster.demo', setDomains, { slug: 'no-such-pd', domains: [], autoVerify: false })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'slug',
    });
  });
});

import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { departmentDomains, departments, type Db, type Department, returnedRow } from '@muster/db';

/** The part of an address after the last @, lower-cased. */
export function domainOf(email: string): string {
  return email
    .slice(email.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase();
}

/**
 * The department that listed this address's domain, and whether it verifies such addresses at once;
 * null when no department lists it. Only a confirmed address should be joined this way.
 */
export async function findDomainDepartment(db: Db, email: string): Promise<{ departmentId: string; autoVerify: boolean } | null> {
  const [row] = await db
    .select({ departmentId: departmentDomains.departmentId, autoVerify: departments.autoVerifyDomain })
    .from(departmentDomains)
    .innerJoin(departments, eq(departments.id, departmentDomains.departmentId))
    .where(eq(departmentDomains.domain, domainOf(email)))
    .limit(1);
  return row ?? null;
}

/** Each department's domains, alphabetical. */
export async function domainsOf(db: Db, departmentIds: readonly string[]): Promise<Map<string, string[]>> {
  const byDepartment = new Map<string, string[]>(departmentIds.map((id) => [id, []]));
  if (departmentIds.length === 0) return byDepartment;
  const rows = await db
    .select({ domain: departmentDomains.domain, departmentId: departmentDomains.departmentId })
    .from(departmentDomains)
    .where(inArray(departmentDomains.departmentId, [...departmentIds]))
    .orderBy(asc(departmentDomains.domain));
  for (const row of rows) byDepartment.get(row.departmentId)?.push(row.domain);
  return byDepartment;
}

/** Which of these domains another department lists, and that department's name. */
export async function domainsHeldElsewhere(db: Db, departmentId: string, domains: string[]): Promise<Map<string, string>> {
  if (domains.length === 0) return new Map();
  const rows = await db
    .select({ domain: departmentDomains.domain, name: departments.name })
    .from(departmentDomains)
    .innerJoin(departments, eq(departments.id, departmentDomains.departmentId))
    .where(and(inArray(departmentDomains.domain, domains), ne(departmentDomains.departmentId, departmentId)));
  return new Map(rows.map((r) => [r.domain, r.name]));
}

/**
 * Replaces the department's list and its auto-verify choice; answers the department as it now is.
 * Run in a transaction: a domain another department takes meanwhile fails the insert, and nothing changes.
 */
export async function replaceDomains(db: Db, departmentId: string, domains: string[], autoVerify: boolean, now: Date): Promise<Department> {
  await db.delete(departmentDomains).where(eq(departmentDomains.departmentId, departmentId));
  if (domains.length) await db.insert(departmentDomains).values(domains.map((domain) => ({ domain, departmentId, createdAt: now })));
  return returnedRow(
    await db.update(departments).set({ autoVerifyDomain: autoVerify }).where(eq(departments.id, departmentId)).returning(),
  );
}

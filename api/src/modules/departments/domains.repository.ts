import { eq } from 'drizzle-orm';
import { departmentDomains, departments, type Db } from '@muster/db';

/** The part of an address after the last @, lower-cased. */
export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase();
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

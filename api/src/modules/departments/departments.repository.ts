import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { departments, type AgencyType, type Db, type Department } from '@muster/db';
import type { Page } from '../../graphql/pagination.ts';

export interface DepartmentFilter {
  states?: string[] | null;
  agencyTypes?: AgencyType[] | null;
  name?: string | null;
}

/** [name, id] */
export type DepartmentKey = [string, string];

export async function findDepartmentBySlug(db: Db, slug: string): Promise<Department | null> {
  const [row] = await db.select().from(departments).where(eq(departments.slug, slug)).limit(1);
  return row ?? null;
}

export async function departmentsByIds(db: Db, ids: string[]): Promise<Map<string, Department>> {
  const rows = await db.select().from(departments).where(inArray(departments.id, ids));
  return new Map(rows.map((d) => [d.id, d]));
}

export async function listDepartments(
  db: Db,
  filter: DepartmentFilter | null | undefined,
  page: Page<DepartmentKey>,
): Promise<{ rows: Department[]; totalCount: number }> {
  const where: SQL[] = [];
  if (filter?.states?.length) where.push(inArray(departments.state, filter.states));
  if (filter?.agencyTypes?.length) where.push(inArray(departments.agencyType, filter.agencyTypes));
  if (filter?.name) {
    const pattern = `%${filter.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(departments.name, pattern), ilike(departments.city, pattern)) ?? sql`false`);
  }
  const pageWhere = page.after
    ? [...where, sql`(${departments.name}, ${departments.id}) > (${page.after[0]}, ${page.after[1]}::uuid)`]
    : where;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(departments)
      .where(and(...pageWhere))
      .orderBy(asc(departments.name), asc(departments.id))
      .limit(page.limit + 1),
    db.select({ n: count() }).from(departments).where(and(...where)),
  ]);
  return { rows, totalCount: total?.n ?? 0 };
}

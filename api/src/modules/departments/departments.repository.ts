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
  // Departments asked for at sign-up appear once a moderator has verified them.
  const where: SQL[] = [eq(departments.verified, true)];
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

/** A URL slug for a new department's name, numbered when taken. */
export async function uniqueDepartmentSlug(db: Db, name: string): Promise<string> {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'department';
  const taken = new Set(
    (await db.select({ slug: departments.slug }).from(departments).where(sql`${departments.slug} like ${base + '%'}`)).map((r) => r.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export type DepartmentProfile = Pick<Department, 'description' | 'website' | 'agencyType' | 'state' | 'swornOfficers' | 'populationServed'>;

export async function updateDepartmentProfile(db: Db, id: string, profile: DepartmentProfile): Promise<Department | null> {
  const [row] = await db.update(departments).set(profile).where(eq(departments.id, id)).returning();
  return row ?? null;
}

import { and, asc, count, eq, getTableColumns, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { departments, practices, type AgencyType, type Db, type Department } from '@muster/db';
import type { Page } from '../../graphql/pagination.ts';
import { visiblePractices, type Viewer } from '../../policy.ts';

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

/**
 * A department as a page shows it: with how many of its write-ups the viewer may see, read with
 * the row (Department.practiceCount and the total of Department.practices answer from it).
 */
export type CountedDepartment = Department & { practiceCount?: number };

/** Published write-ups of the row's department that the viewer may see, off the index on practices.department_id. */
function visiblePracticeCount(viewer: Viewer | null): SQL<number> {
  // Named in full: a select from one table writes its columns bare, and a bare "id" here would be the write-up's.
  const departmentId = sql`${departments}.${sql.identifier(departments.id.name)}`;
  return sql<number>`(select count(*) from ${practices} where ${practices.departmentId} = ${departmentId} and ${visiblePractices(viewer)})::int`;
}

const countedColumns = (viewer: Viewer | null) => ({ ...getTableColumns(departments), practiceCount: visiblePracticeCount(viewer) });

/** The department page's department, with its write-ups counted for the viewer. */
export async function findCountedDepartmentBySlug(db: Db, viewer: Viewer | null, slug: string): Promise<CountedDepartment | null> {
  const [row] = await db.select(countedColumns(viewer)).from(departments).where(eq(departments.slug, slug)).limit(1);
  return row ?? null;
}

export async function departmentsByIds(db: Db, ids: string[]): Promise<Map<string, Department>> {
  const rows = await db.select().from(departments).where(inArray(departments.id, ids));
  return new Map(rows.map((d) => [d.id, d]));
}

/** A page of departments, each with its write-ups counted for the viewer, and how many there are in all: one statement. */
export async function listDepartments(
  db: Db,
  viewer: Viewer | null,
  filter: DepartmentFilter | null | undefined,
  page: Page<DepartmentKey>,
): Promise<{ rows: CountedDepartment[]; totalCount: number }> {
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
  // The total counts the whole list, not what is left after the cursor: an uncorrelated subquery, run once.
  const found = await db
    .select({ ...countedColumns(viewer), totalCount: sql<number>`(select count(*) from ${departments} where ${and(...where)})::int` })
    .from(departments)
    .where(and(...pageWhere))
    .orderBy(asc(departments.name), asc(departments.id))
    .limit(page.limit + 1);
  const rows = found.map(({ totalCount: _total, ...department }) => department);
  if (found[0]) return { rows, totalCount: found[0].totalCount };
  // Past the last page there is no row to carry the total.
  const [total] = page.after
    ? await db
        .select({ n: count() })
        .from(departments)
        .where(and(...where))
    : [];
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
    (
      await db
        .select({ slug: departments.slug })
        .from(departments)
        .where(sql`${departments.slug} like ${base + '%'}`)
    ).map((r) => r.slug),
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

import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import {
  departments,
  topics,
  userExpertise,
  users,
  type Db,
  type NewUser,
  type Topic,
  type User,
  type UserRole,
  type VerificationState,
} from '@muster/db';
import { groupBy } from '../../graphql/loaders.ts';
import type { Page } from '../../graphql/pagination.ts';
import { listedMembers } from '../../policy.ts';

export async function findUserByEmail(db: Db, email: string): Promise<User | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row ?? null;
}

export async function findUserById(db: Db, id: string): Promise<User | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function usersByIds(db: Db, ids: string[]): Promise<Map<string, User>> {
  const rows = await db.select().from(users).where(inArray(users.id, ids));
  return new Map(rows.map((u) => [u.id, u]));
}

/** Members awaiting verification (their address confirmed), oldest first; of one department when given. */
export async function listPendingMembers(db: Db, departmentId?: string): Promise<User[]> {
  return db
    .select()
    .from(users)
    .where(
      and(
        eq(users.verification, 'UNVERIFIED'),
        isNull(users.disabledAt),
        isNotNull(users.emailConfirmedAt),
        departmentId ? eq(users.departmentId, departmentId) : undefined,
      ),
    )
    .orderBy(asc(users.createdAt), asc(users.id));
}

/** How many members wait for verification (of one department, or everywhere): the header's count. */
/** Counts members waiting to be verified (of one department, or all): a one-number query, for `countTogether`. */
export function pendingMembersCount(db: Db, departmentId?: string) {
  return db
    .select({ n: count() })
    .from(users)
    .where(
      and(
        eq(users.verification, 'UNVERIFIED'),
        isNull(users.disabledAt),
        isNotNull(users.emailConfirmedAt),
        departmentId ? eq(users.departmentId, departmentId) : undefined,
      ),
    );
}

export interface UserFilter {
  role?: UserRole;
  verification?: VerificationState;
  departmentId?: string;
  search?: string;
  lockedOnly?: boolean;
}

/** Newest accounts first; the cursor is [createdAt ISO, id]. */
export async function listUsers(db: Db, filter: UserFilter, page: Page<[string, string]>): Promise<{ rows: User[]; totalCount: number }> {
  const where: SQL[] = [];
  if (filter.role) where.push(eq(users.role, filter.role));
  if (filter.verification) where.push(eq(users.verification, filter.verification));
  if (filter.departmentId) where.push(eq(users.departmentId, filter.departmentId));
  if (filter.lockedOnly) where.push(isNotNull(users.lockedAt));
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(users.displayName, pattern), ilike(users.email, pattern)) ?? sql`false`);
  }
  const pageWhere = page.after
    ? [...where, sql`(${users.createdAt}, ${users.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`]
    : where;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(and(...pageWhere))
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(page.limit + 1),
    db
      .select({ n: count() })
      .from(users)
      .where(and(...where)),
  ]);
  return { rows, totalCount: total?.n ?? 0 };
}

export async function updateUser(db: Db, id: string, values: Partial<typeof users.$inferInsert>): Promise<User | null> {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  return row ?? null;
}

export async function verifyDepartment(db: Db, id: string): Promise<void> {
  await db.update(departments).set({ verified: true }).where(eq(departments.id, id));
}

/**
 * Creates an account, its handle made from the display name; null when the address already has
 * one (an invitation and a sign-up confirmed at the same moment: the first one wins).
 */
export async function insertUser(db: Db, values: Omit<NewUser, 'handle'>): Promise<User | null> {
  const handle = await uniqueHandle(db, values.displayName);
  const [created] = await db
    .insert(users)
    .values({ ...values, handle })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return created ?? null;
}

/** Words the site's own URLs use under /members/ (/members/pending) are never a member's handle. */
const reservedHandles = ['pending'];

/** "Maria González-Ruiz" → "maria-gonzalez-ruiz"-style handle from the display name, numbered when taken. */
export async function uniqueHandle(db: Db, displayName: string): Promise<string> {
  const base =
    displayName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'member';
  const taken = new Set(
    (
      await db
        .select({ handle: users.handle })
        .from(users)
        .where(or(eq(users.handle, base), sql`${users.handle} like ${`${base}-%`}`))
    )
      .map((r) => r.handle)
      .concat(reservedHandles),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The topics each member says they know well, in the taxonomy's order. */
export async function statedExpertiseOf(db: Db, userIds: string[]): Promise<Map<string, Topic[]>> {
  const rows = await db
    .select({ userId: userExpertise.userId, topic: topics })
    .from(userExpertise)
    .innerJoin(topics, eq(topics.id, userExpertise.topicId))
    .where(inArray(userExpertise.userId, userIds))
    .orderBy(asc(topics.position), asc(topics.name));
  return groupBy(
    rows,
    (r) => r.userId,
    (r) => r.topic,
  );
}

/** Replaces the member's stated expertise with these topics. */
export async function setStatedExpertise(db: Db, userId: string, topicIds: string[]): Promise<void> {
  await db.delete(userExpertise).where(eq(userExpertise.userId, userId));
  if (topicIds.length) await db.insert(userExpertise).values(topicIds.map((topicId) => ({ userId, topicId })));
}

/** Of these handles, those of listed members (policy's listedMembers: verified and active). */
export async function listedHandles(db: Db, handles: string[]): Promise<Set<string>> {
  if (handles.length === 0) return new Set();
  const rows = await db
    .select({ handle: users.handle })
    .from(users)
    .where(and(listedMembers, inArray(users.handle, handles)));
  return new Set(rows.map((r) => r.handle));
}

/** Members named by @handle in a comment (unknown handles are just text). */
export async function mentionedMembers(db: Db, handles: string[]): Promise<string[]> {
  if (handles.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.handle, handles), isNull(users.disabledAt)));
  return rows.map((r) => r.id);
}

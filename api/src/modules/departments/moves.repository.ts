import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { departmentMoves, users, type Db, type User, returnedRow } from '@muster/db';
import { chiefsOfDepartment, departmentWithoutChief } from '../../policy.ts';

export type DepartmentMove = typeof departmentMoves.$inferSelect;
export type MoveDecision = 'APPROVED' | 'DECLINED' | 'WITHDRAWN';

export async function findMove(db: Db, id: string): Promise<DepartmentMove | null> {
  const [row] = await db.select().from(departmentMoves).where(eq(departmentMoves.id, id)).limit(1);
  return row ?? null;
}

/** Each member's open request (at most one each). */
export async function openMovesOf(db: Db, userIds: string[]): Promise<Map<string, DepartmentMove>> {
  const rows = await db
    .select()
    .from(departmentMoves)
    .where(and(inArray(departmentMoves.userId, userIds), isNull(departmentMoves.decidedAt)));
  return new Map(rows.map((m) => [m.userId, m]));
}

/** Closes the member's open request, if any; answers it. */
export async function closeOpenMove(db: Db, userId: string, decision: MoveDecision, by: string, now: Date): Promise<DepartmentMove | null> {
  const [row] = await db
    .update(departmentMoves)
    .set({ decision, decidedAt: now, decidedById: by })
    .where(and(eq(departmentMoves.userId, userId), isNull(departmentMoves.decidedAt)))
    .returning();
  return row ?? null;
}

export async function createMove(
  db: Db,
  move: { userId: string; fromDepartmentId: string | null; toDepartmentId: string; now: Date },
): Promise<DepartmentMove> {
  return returnedRow(
    await db
      .insert(departmentMoves)
      .values({ userId: move.userId, fromDepartmentId: move.fromDepartmentId, toDepartmentId: move.toDepartmentId, createdAt: move.now })
      .returning(),
  );
}

/** Decides a request still open; null when someone decided it meanwhile. */
export async function decideMove(db: Db, id: string, decision: MoveDecision, by: string, now: Date): Promise<DepartmentMove | null> {
  const [row] = await db
    .update(departmentMoves)
    .set({ decision, decidedAt: now, decidedById: by })
    .where(and(eq(departmentMoves.id, id), isNull(departmentMoves.decidedAt)))
    .returning();
  return row ?? null;
}

/** The verified, active chiefs of a department (whom a move is told to). */
export async function chiefsOf(db: Db, departmentId: string): Promise<User[]> {
  return db
    .select()
    .from(users)
    .where(chiefsOfDepartment(sql`${departmentId}::uuid`))
    .orderBy(asc(users.createdAt));
}

/** Open requests to one department (a chief's), or to every department without a chief (an admin's). Oldest first. */
export async function movesToDecide(db: Db, target: { departmentId: string } | { withoutChief: true }): Promise<DepartmentMove[]> {
  const where =
    'departmentId' in target
      ? eq(departmentMoves.toDepartmentId, target.departmentId)
      : departmentWithoutChief(sql`${departmentMoves.toDepartmentId}`);
  return db
    .select()
    .from(departmentMoves)
    .where(and(isNull(departmentMoves.decidedAt), where))
    .orderBy(asc(departmentMoves.createdAt), asc(departmentMoves.id));
}

/** Moves the member; they stay verified (the new chief vouched for them by approving). */
export async function moveMember(db: Db, userId: string, departmentId: string): Promise<void> {
  await db.update(users).set({ departmentId, verification: 'VERIFIED' }).where(eq(users.id, userId));
}

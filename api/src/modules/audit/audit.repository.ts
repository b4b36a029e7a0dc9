import { and, count, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { auditLog, type AuditEntry, type Db, type NewAuditEntry } from '@muster/db';
import type { Page } from '../../graphql/pagination.ts';

export interface AuditFilter {
  actions?: string[];
  outcome?: 'SUCCESS' | 'FAILURE';
  userId?: string;
  from?: Date;
  to?: Date;
}

export async function recordAudit(db: Db, entry: NewAuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

/** When `action` last happened to this member, or null. */
export async function lastAuditAt(db: Db, action: string, subjectId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.subjectId, subjectId)))
    .orderBy(desc(auditLog.at))
    .limit(1);
  return row?.at ?? null;
}

/** Newest first; the cursor is [id]. */
export async function listAudit(db: Db, filter: AuditFilter, page: Page<[number]>): Promise<{ rows: AuditEntry[]; totalCount: number }> {
  const where: SQL[] = [];
  if (filter.actions?.length) where.push(inArray(auditLog.action, filter.actions));
  if (filter.outcome) where.push(eq(auditLog.outcome, filter.outcome));
  if (filter.userId) where.push(or(eq(auditLog.actorId, filter.userId), eq(auditLog.subjectId, filter.userId)) ?? sql`false`);
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lte(auditLog.at, filter.to));
  const pageWhere = page.after ? [...where, sql`${auditLog.id} < ${page.after[0]}`] : where;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(and(...pageWhere))
      .orderBy(desc(auditLog.id))
      .limit(page.limit + 1),
    db
      .select({ n: count() })
      .from(auditLog)
      .where(and(...where)),
  ]);
  return { rows, totalCount: total?.n ?? 0 };
}

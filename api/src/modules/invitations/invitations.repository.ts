import { and, count, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { invitations, users, type Db, type User, returnedRow } from '@muster/db';
import type { Page } from '../../graphql/pagination.ts';
import { sha256 } from '../auth/index.ts';

export type Invitation = typeof invitations.$inferSelect;

/** [createdAt as ISO, id] */
export type InvitationKey = [string, string];

/** How long an invitation works: two weeks is time to notice a mail after a run of shifts. */
export const invitationDays = 14;

export const invitationUrl = (publicUrl: string, token: string) => `${publicUrl}/invitations/${token}`;

export const invitationExpiry = (now: Date) => new Date(now.getTime() + invitationDays * 24 * 60 * 60_000);

/** Waiting for its person: not accepted, not revoked, not expired. */
const live = (now: Date) => and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now));

export function stateOf(invitation: Invitation, now: Date): 'SENT' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED' {
  if (invitation.acceptedAt) return 'ACCEPTED';
  if (invitation.revokedAt) return 'REVOKED';
  return invitation.expiresAt > now ? 'SENT' : 'EXPIRED';
}

/** Which of these addresses already have a live invitation to the department. */
export async function liveInvitationEmails(db: Db, departmentId: string, emails: string[], now: Date): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .select({ email: invitations.email })
    .from(invitations)
    .where(and(eq(invitations.departmentId, departmentId), inArray(invitations.email, emails), live(now)));
  return new Set(rows.map((r) => r.email));
}

/** Which of these addresses belong to members of the department. */
export async function memberEmails(db: Db, departmentId: string, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.departmentId, departmentId), inArray(users.email, emails)));
  return new Set(rows.map((r) => r.email));
}

/** Invitation mails the department sent since then (a resend counts again). */
export async function countSentSince(db: Db, departmentId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(invitations)
    .where(and(eq(invitations.departmentId, departmentId), gt(invitations.sentAt, since)));
  return row?.n ?? 0;
}

export async function storeInvitations(
  db: Db,
  rows: { departmentId: string; email: string; tokenHash: string; invitedById: string }[],
  now: Date,
): Promise<Invitation[]> {
  if (rows.length === 0) return [];
  return db
    .insert(invitations)
    .values(rows.map((r) => ({ ...r, createdAt: now, sentAt: now, expiresAt: invitationExpiry(now) })))
    .returning();
}

export async function findInvitationById(db: Db, id: string): Promise<Invitation | null> {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, id)).limit(1);
  return row ?? null;
}

/** The invitation a token opens, whatever its state; null when the token is not one we mailed. */
export async function findInvitationByToken(db: Db, token: string): Promise<Invitation | null> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, sha256(token)))
    .limit(1);
  return row ?? null;
}

/** Uses an invitation up, in one statement (two submissions cannot both use it); null when it was not live. */
export async function spendInvitation(db: Db, token: string, userId: string, now: Date): Promise<Invitation | null> {
  const [row] = await db
    .update(invitations)
    .set({ acceptedAt: now, acceptedUserId: userId })
    .where(and(eq(invitations.tokenHash, sha256(token)), live(now)))
    .returning();
  return row ?? null;
}

export async function revokeInvitation(db: Db, id: string, now: Date): Promise<Invitation | null> {
  const [row] = await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning();
  return row ?? null;
}

/** A new token and a new fortnight; the old token stops working. Null when accepted or revoked meanwhile. */
export async function renewInvitation(db: Db, id: string, tokenHash: string, now: Date): Promise<Invitation | null> {
  const [row] = await db
    .update(invitations)
    .set({ tokenHash, sentAt: now, expiresAt: invitationExpiry(now) })
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning();
  return row ?? null;
}

/** The department's invitations, newest first. */
export async function listInvitations(
  db: Db,
  departmentId: string,
  page: Page<InvitationKey>,
): Promise<{ rows: Invitation[]; totalCount: number }> {
  const where = eq(invitations.departmentId, departmentId);
  const pageWhere = page.after
    ? and(where, sql`(${invitations.createdAt}, ${invitations.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`)
    : where;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(invitations)
      .where(pageWhere)
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
      .limit(page.limit + 1),
    db.select({ n: count() }).from(invitations).where(where),
  ]);
  return { rows, totalCount: total?.n ?? 0 };
}

/** Moves an existing account into the department as a verified member (a chief elsewhere becomes a member here). */
export async function joinDepartment(db: Db, user: User, departmentId: string, now: Date): Promise<User> {
  const rows = await db
    .update(users)
    .set({
      departmentId,
      verification: 'VERIFIED',
      role: user.role === 'CHIEF' ? 'MEMBER' : user.role,
      emailConfirmedAt: user.emailConfirmedAt ?? now,
    })
    .where(eq(users.id, user.id))
    .returning();
  return returnedRow(rows);
}

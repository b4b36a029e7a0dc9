import { and, eq, sql, type SQL } from 'drizzle-orm';
import { practices, type Practice, type User, type UserRole } from '@muster/db';
import { clientError } from './graphql/errors.ts';

/** Who is asking; null is a visitor who has not signed in. */
export interface Viewer {
  id: string;
  sessionId: string;
  role: UserRole;
  departmentId: string | null;
  verified: boolean;
  totpEnabled: boolean;
  /** An admin requires a second factor for this role and none is enrolled: privileged actions wait. */
  mustEnrollTotp: boolean;
}

/**
 * The one place that decides who may see and do what; resolvers ask it, pages never decide alone.
 *
 * Write-ups: visitors and unverified members see published PUBLIC ones; verified members also
 * see MEMBERS ones. Every query that returns a practice, a part of one, or a count filters with this.
 */
export function visiblePractices(viewer: Viewer | null): SQL {
  const published = eq(practices.status, 'PUBLISHED');
  if (viewer?.verified) return published;
  return and(published, eq(practices.visibility, 'PUBLIC')) ?? sql`false`;
}

export function canSeePractice(viewer: Viewer | null, practice: Pick<Practice, 'status' | 'visibility'>): boolean {
  if (practice.status !== 'PUBLISHED') return false;
  return practice.visibility === 'PUBLIC' || Boolean(viewer?.verified);
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw clientError('UNAUTHENTICATED', 'Sign in to do this.');
  return viewer;
}

const staff: UserRole[] = ['MODERATOR', 'ADMIN'];

export function isStaff(viewer: Viewer | null): boolean {
  return Boolean(viewer && staff.includes(viewer.role));
}

/** A chief acts for their own department only, and only once verified. */
export function isChiefOf(viewer: Viewer | null, departmentId: string | null): boolean {
  return Boolean(viewer && viewer.role === 'CHIEF' && viewer.verified && departmentId && viewer.departmentId === departmentId);
}

/** Privileged actions also need the second factor when an admin requires it. */
function privileged(viewer: Viewer): Viewer {
  if (viewer.mustEnrollTotp) {
    throw clientError('FORBIDDEN', 'Set up two-step sign-in (Settings → Second factor) before doing this; an administrator requires it for your role.');
  }
  return viewer;
}

export function requireAdmin(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (v.role !== 'ADMIN') throw clientError('FORBIDDEN', 'Only administrators can do this.');
  return privileged(v);
}

/** Chiefs (for their department), moderators and admins handle pending members. */
export function requireMemberManager(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!isStaff(v) && !(v.role === 'CHIEF' && v.verified)) {
    throw clientError('FORBIDDEN', 'Only chiefs, moderators and administrators can review members.');
  }
  return privileged(v);
}

export function canVerify(viewer: Viewer, member: Pick<User, 'departmentId'>): boolean {
  return isStaff(viewer) || isChiefOf(viewer, member.departmentId);
}

export function canReleaseLockout(viewer: Viewer, member: Pick<User, 'departmentId'>): boolean {
  return viewer.role === 'ADMIN' || isChiefOf(viewer, member.departmentId);
}

/** A member's email, lock and factor state: for themselves, their chief, moderators and admins. */
export function canSeePrivateFields(viewer: Viewer | null, user: Pick<User, 'id' | 'departmentId'>): boolean {
  if (!viewer) return false;
  return viewer.id === user.id || isStaff(viewer) || isChiefOf(viewer, user.departmentId);
}

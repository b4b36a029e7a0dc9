import { and, eq, sql, type SQL } from 'drizzle-orm';
import { practices, type Practice, type UserRole } from '@muster/db';

/** Who is asking; null is a visitor who has not signed in. */
export interface Viewer {
  id: string;
  role: UserRole;
  departmentId: string | null;
  verified: boolean;
}

/**
 * The one place that decides which write-ups a viewer may see. Visitors and unverified
 * members see published PUBLIC write-ups; verified members also see MEMBERS ones. Every query
 * that returns a practice, a part of one, or a count of them filters with this.
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

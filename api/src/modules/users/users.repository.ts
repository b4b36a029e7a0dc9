import { inArray } from 'drizzle-orm';
import { users, type Db, type User } from '@muster/db';

export async function usersByIds(db: Db, ids: string[]): Promise<Map<string, User>> {
  const rows = await db.select().from(users).where(inArray(users.id, ids));
  return new Map(rows.map((u) => [u.id, u]));
}

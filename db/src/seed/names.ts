import type { Db } from '../client.ts';
import { sql } from 'drizzle-orm';
import { departments, practices, topics } from '../schema/index.ts';

/** Kept apart from the seed data, so that a start which seeds nothing never loads it. */
export type SeedName = 'demo' | 'none';
export const seedNames: readonly SeedName[] = ['demo', 'none'];

/** True when the database holds no departments, topics or practices yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  const found = await Promise.all(
    [departments, topics, practices].map((table) =>
      db
        .select({ one: sql`1` })
        .from(table)
        .limit(1),
    ),
  );
  return found.every((rows) => rows.length === 0);
}

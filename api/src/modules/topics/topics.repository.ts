import { eq } from 'drizzle-orm';
import { topics, type Db, type Topic } from '@muster/db';

export async function findTopicBySlug(db: Db, slug: string): Promise<Topic | null> {
  const [row] = await db.select().from(topics).where(eq(topics.slug, slug)).limit(1);
  return row ?? null;
}

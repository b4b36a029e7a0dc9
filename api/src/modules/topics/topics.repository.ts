import { asc, eq } from 'drizzle-orm';
import { topics, type Db, type Topic } from '@muster/db';

export async function listTopics(db: Db): Promise<Topic[]> {
  return db.select().from(topics).orderBy(asc(topics.position), asc(topics.name));
}

export async function findTopicBySlug(db: Db, slug: string): Promise<Topic | null> {
  const [row] = await db.select().from(topics).where(eq(topics.slug, slug)).limit(1);
  return row ?? null;
}

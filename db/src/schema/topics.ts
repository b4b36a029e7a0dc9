import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';

export const topics = pgTable('topics', {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  description: text().notNull().default(''),
  /** Display order in lists and facets. */
  position: integer().notNull().default(0),
});

export type Topic = typeof topics.$inferSelect;
export type NewTopic = typeof topics.$inferInsert;

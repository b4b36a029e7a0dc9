import { boolean, char, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencyType, evidenceLevel, lifecycle } from './enums.ts';
import { tsvector, varbit } from './types.ts';

/** What an entry says of its write-up, beside its document: facets to filter by, and the words ranking weighs most. */
const entryFields = () => ({
  membersOnly: boolean().notNull(),
  publishedAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  evidenceLevel: evidenceLevel().notNull(),
  lifecycle: lifecycle().notNull(),
  departmentId: uuid().notNull(),
  state: char({ length: 2 }).notNull(),
  agencyType: agencyType().notNull(),
  /** SMALL, MEDIUM, LARGE or VERY_LARGE by sworn officers; null when the department has not said. */
  sizeBand: text(),
  hasOutcomes: boolean().notNull(),
  topicIds: uuid().array().notNull(),
  /** The title alone, and title with summary: ranking puts matches there first. */
  titleWords: tsvector().notNull(),
  headWords: tsvector().notNull(),
});

/**
 * The search index: one entry per write-up that search can find (published, not hidden), kept
 * current in the same transaction as every write to a write-up, its topics, its outcome figures
 * or its department: triggers note what changed, and it is refreshed as the transaction commits
 * (migration 0017). Each entry holds a slot, its position in the bitmaps below; the facet
 * columns, copied here, let results be filtered without joins.
 */
export const searchEntries = pgTable(
  'search_entries',
  {
    slot: integer().primaryKey(),
    practiceId: uuid().notNull().unique(),
    ...entryFields(),
    /** The write-up's whole document (practices.search): what a query must match. */
    document: tsvector().notNull(),
  },
  (t) => [
    index('search_entries_document_idx').using('gin', t.document),
    index('search_entries_title_words_idx').using('gin', t.titleWords),
    index('search_entries_head_words_idx').using('gin', t.headWords),
    index().on(t.publishedAt.desc(), t.practiceId.desc()),
  ],
);

/**
 * A narrow copy of each entry (no document) for ranking a broad query's title matches: thousands of
 * write-ups may have a common word in their title, and reading small rows keeps that quick.
 */
export const searchTitles = pgTable(
  'search_titles',
  {
    slot: integer().primaryKey(),
    practiceId: uuid().notNull(),
    ...entryFields(),
  },
  (t) => [index('search_titles_title_words_idx').using('gin', t.titleWords)],
);

/**
 * Which entries have a facet value, as bitmaps over slots in chunks of 8,192 bits: counting the
 * matches of a query and its facets is then a few AND and bit-count operations, however many
 * write-ups match. Facets: 'visible' (all, public), 'state', 'agency', 'band', 'evidence',
 * 'lifecycle', 'outcomes' and 'topic'. Kept apart from the words' bitmaps, and chunk first, so
 * counting every facet reads one small table chunk by chunk.
 */
export const searchFacetBits = pgTable(
  'search_facet_bits',
  {
    facet: text().notNull(),
    value: text().notNull(),
    chunk: integer().notNull(),
    bits: varbit().notNull(),
  },
  (t) => [primaryKey({ columns: [t.chunk, t.facet, t.value] })],
);

/** Which entries have a common word (one of search_indexed_words), in the same chunks. */
export const searchWordBits = pgTable(
  'search_word_bits',
  {
    word: text().notNull(),
    chunk: integer().notNull(),
    bits: varbit().notNull(),
  },
  (t) => [primaryKey({ columns: [t.word, t.chunk] })],
);

/** Words common enough to keep bitmaps of (chosen by indexSearchWords); rarer words are looked up in the GIN index. */
export const searchIndexedWords = pgTable('search_indexed_words', {
  word: text().primaryKey(),
});

/** The next slot never used; its one row is also the lock that puts index writers in line. */
export const searchSlots = pgTable('search_slots', {
  id: boolean().primaryKey().default(true),
  nextSlot: integer().notNull().default(0),
});

/** Slots given back by write-ups that left search, taken again first. */
export const searchFreeSlots = pgTable('search_free_slots', {
  slot: integer().primaryKey(),
});

/** Write-ups a transaction changed, brought up to date in the index when it commits. */
export const searchPending = pgTable('search_pending', {
  practiceId: uuid().primaryKey(),
});

export type SearchEntry = typeof searchEntries.$inferSelect;

import { customType } from 'drizzle-orm/pg-core';

/** A full-text document (lexemes with positions and weights); the database builds and reads it. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** A string of bits; the search index keeps its bitmaps in these. */
export const varbit = customType<{ data: string }>({ dataType: () => 'bit varying' });

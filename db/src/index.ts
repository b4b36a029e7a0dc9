export { createDb, migrationsFolder, returnedRow, rowsOf } from './client.ts';
export type { Database, Db, DbConfig, DbKind, Schema } from './client.ts';
export * from './schema/index.ts';
export { refreshSearchWords } from './search-words.ts';
export { isEmpty, seedNames, type SeedName } from './seed/names.ts';
export { indexSearchWords, type IndexWordsOptions } from './search-index.ts';

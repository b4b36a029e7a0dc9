// What other modules use of saved items; the schema part is saved.module.ts.
export type { SavedItemRow } from './saved.repository.ts';

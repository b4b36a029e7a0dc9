// What other modules use of practices; the schema part is practices.module.ts.
export { practiceConnection } from './practice-connection.ts';
export { readOutcomes, readPracticeInput } from './practices.input.ts';
export type { OutcomeInput, OutcomeRow } from './practices.input.ts';
export { practiceLastReads, partLoader, partOf, readThreadUnread } from './practices.parts.ts';
export type { ThreadUnread } from './practices.parts.ts';
export {
  countPracticesByDepartment,
  findPracticeById,
  inReviewCount,
  insertDraft,
  practiceColumns,
  practiceKey,
  practicesByIds,
  practicesDraftedFrom,
  practicesMatchingAnyWord,
  practicesToMention,
  setPracticeFields,
  topicIdsBySlug,
} from './practices.repository.ts';
export type { PracticeKey, PracticeRow } from './practices.repository.ts';

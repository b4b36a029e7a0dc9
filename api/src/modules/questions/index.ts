// What other modules use of questions; the schema part is questions.module.ts.
export { followQuestion, questionsByIds } from './questions.repository.ts';
export type { QuestionRow } from './questions.repository.ts';

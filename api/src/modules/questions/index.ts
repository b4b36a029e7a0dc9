// What other modules use of questions; the schema part is questions.module.ts.
export { answersByIds, findAnswer, findQuestion, followQuestion, questionsByIds, recountAnswers } from './questions.repository.ts';
export type { QuestionRow } from './questions.repository.ts';
export { questionLastReads, questionPartOf } from './questions.parts.ts';

// What other modules use of topics; the schema part is topics.module.ts.
export { findTopicBySlug } from './topics.repository.ts';

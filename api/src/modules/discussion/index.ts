// What other modules use of discussion; the schema part is discussion.module.ts.
export { commentsByIds, findComment } from './discussion.repository.ts';

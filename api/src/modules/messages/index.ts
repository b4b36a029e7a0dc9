// What other modules use of messages; the schema part is messages.module.ts.
export { messagesByIds } from './messages.repository.ts';
export { reportMessage } from './messages.resolvers.ts';

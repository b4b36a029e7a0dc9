// What other modules use of messages; the schema part is messages.module.ts.
export { findConversationFor, findMessage, messagesByIds } from './messages.repository.ts';
export type { ReviewedMessage } from './reviewed-message.ts';

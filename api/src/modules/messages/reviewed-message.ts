import type { Message } from '@muster/db';

/**
 * What the schema's Message is answered with (api/src/graphql/mappers.ts maps the type to it): the
 * row, marked `reviewing` when moderators read it from the queue, who see its words even once removed.
 */
export type ReviewedMessage = Message & { reviewing?: boolean };

import { readFileSync } from 'node:fs';
import { loaders } from './messages.loaders.ts';
import { resolvers } from './messages.resolvers.ts';

export const messagesModule = {
  schema: readFileSync(new URL('./messages.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};

import { readFileSync } from 'node:fs';
import { loaders } from './events.loaders.ts';
import { resolvers } from './events.resolvers.ts';

export const eventsModule = {
  schema: readFileSync(new URL('./events.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};

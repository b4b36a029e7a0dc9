import { readFileSync } from 'node:fs';
import { loaders } from './topics.loaders.ts';
import { resolvers } from './topics.resolvers.ts';

export const topicsModule = {
  schema: readFileSync(new URL('./topics.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};

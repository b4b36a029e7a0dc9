import { readFileSync } from 'node:fs';
import { loaders } from './follows.loaders.ts';
import { resolvers } from './follows.resolvers.ts';

export const followsModule = {
  schema: readFileSync(new URL('./follows.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};

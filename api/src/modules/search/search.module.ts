import { readFileSync } from 'node:fs';
import { resolvers } from './search.resolvers.ts';

export const searchModule = {
  schema: readFileSync(new URL('./search.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders: {},
};

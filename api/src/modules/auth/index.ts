import { readFileSync } from 'node:fs';
import { resolvers } from './auth.resolvers.ts';

export const authModule = {
  schema: readFileSync(new URL('./auth.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders: {},
};

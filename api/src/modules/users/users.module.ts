import { readFileSync } from 'node:fs';
import { loaders } from './users.loaders.ts';
import { resolvers } from './users.resolvers.ts';

export const usersModule = {
  schema: readFileSync(new URL('./users.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};

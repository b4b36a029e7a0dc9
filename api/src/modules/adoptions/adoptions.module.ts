import { readFileSync } from 'node:fs';
import { loaders } from './adoptions.loaders.ts';
import { resolvers } from './adoptions.resolvers.ts';

export const adoptionsModule = {
  schema: readFileSync(new URL('./adoptions.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};

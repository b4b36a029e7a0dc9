import { readFileSync } from 'node:fs';
import { loaders } from './saved.loaders.ts';
import { resolvers } from './saved.resolvers.ts';

export const savedModule = {
  schema: readFileSync(new URL('./saved.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};

import { readFileSync } from 'node:fs';
import { loaders } from './reads.loaders.ts';
import { resolvers } from './reads.resolvers.ts';

export const readsModule = {
  schema: readFileSync(new URL('./reads.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};

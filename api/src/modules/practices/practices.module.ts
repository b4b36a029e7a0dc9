import { readFileSync } from 'node:fs';
import { loaders } from './practices.loaders.ts';
import { resolvers } from './practices.resolvers.ts';

export const practicesModule = {
  schema: readFileSync(new URL('./practices.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};

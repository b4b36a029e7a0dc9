import { readFileSync } from 'node:fs';
import { loaders } from './questions.loaders.ts';
import { resolvers } from './questions.resolvers.ts';

export const questionsModule = {
  schema: readFileSync(new URL('./questions.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};

import { readFileSync } from 'node:fs';
import { loaders } from './debriefs.loaders.ts';
import { resolvers } from './debriefs.resolvers.ts';

export const debriefsModule = {
  schema: readFileSync(new URL('./debriefs.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};

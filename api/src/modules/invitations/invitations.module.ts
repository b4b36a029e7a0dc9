import { readFileSync } from 'node:fs';
import { loaders, resolvers } from './invitations.resolvers.ts';

export const invitationsModule = {
  schema: readFileSync(new URL('./invitations.graphql', import.meta.url), 'utf8'),
  resolvers,
  loaders,
};

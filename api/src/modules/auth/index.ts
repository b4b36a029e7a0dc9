import { readFileSync } from 'node:fs';
import { resolvers as signIn } from './auth.resolvers.ts';
import { resolvers as recovery } from './recovery.resolvers.ts';

export const authModule = {
  schema: ['./auth.graphql', './recovery.graphql'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8')).join('\n'),
  resolvers: {
    ...signIn,
    Query: { ...signIn.Query, ...recovery.Query },
    Mutation: { ...signIn.Mutation, ...recovery.Mutation },
    User: recovery.User,
  },
  loaders: {},
};

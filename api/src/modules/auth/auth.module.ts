import { readFileSync } from 'node:fs';
import { resolvers as signIn } from './auth.resolvers.ts';
import { resolvers as confirmation } from './email-confirmation.resolvers.ts';
import { resolvers as recovery } from './recovery.resolvers.ts';

export { refuseUnconfirmed } from './email-confirmation.resolvers.ts';

export const authModule = {
  schema: ['./auth.graphql', './recovery.graphql', './email-confirmation.graphql']
    .map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'))
    .join('\n'),
  resolvers: {
    ...signIn,
    Query: { ...signIn.Query, ...recovery.Query, ...confirmation.Query },
    Mutation: { ...signIn.Mutation, ...recovery.Mutation, ...confirmation.Mutation },
    User: { ...recovery.User, ...confirmation.User },
  },
  loaders: {},
};

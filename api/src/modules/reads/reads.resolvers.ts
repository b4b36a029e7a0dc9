import type { Resolvers } from '../../generated/graphql.ts';
import { clientError } from '../../graphql/errors.ts';
import * as validate from '../../graphql/validate.ts';
import { requireViewer } from '../../policy.ts';
import { markReadIfReadable } from './reads.repository.ts';

export const resolvers: Resolvers = {
  Mutation: {
    markThreadRead: async (_root, { target, id }, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const threadId = validate.uuid('id', id);
      if (!(await markReadIfReadable(ctx.db, viewer, target, threadId, ctx.now()))) {
        throw clientError('NOT_FOUND', `There is no ${target === 'QUESTION' ? 'question' : 'write-up'} with that ID.`, { field: 'id' });
      }
      return true;
    },
  },
};

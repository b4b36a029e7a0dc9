import type { MercuriusContext } from 'mercurius';
import type { Resolvers } from '../../generated/graphql.ts';
import { clientError } from '../../graphql/errors.ts';
import * as validate from '../../graphql/validate.ts';
import { canSeePractice, canSeeQuestion, requireViewer, type Viewer } from '../../policy.ts';
import { findPracticeById } from '../practices/index.ts';
import { questionsByIds } from '../questions/index.ts';
import { markRead, type ThreadKind } from './reads.repository.ts';

/** Whether the thread exists and the viewer may open it. */
async function threadReadable(ctx: MercuriusContext, viewer: Viewer, kind: ThreadKind, id: string): Promise<boolean> {
  if (kind === 'QUESTION') {
    const question = (await questionsByIds(ctx.db, [id])).get(id);
    return Boolean(question && canSeeQuestion(viewer, question));
  }
  const practice = await findPracticeById(ctx.db, id);
  return Boolean(practice && canSeePractice(viewer, practice));
}

export const resolvers: Resolvers = {
  Mutation: {
    markThreadRead: async (_root, { target, id }, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const threadId = validate.uuid('id', id);
      if (!(await threadReadable(ctx, viewer, target, threadId))) {
        throw clientError('NOT_FOUND', `There is no ${target === 'QUESTION' ? 'question' : 'write-up'} with that ID.`, { field: 'id' });
      }
      await markRead(ctx.db, viewer.id, target, threadId, ctx.now());
      return true;
    },
  },
};

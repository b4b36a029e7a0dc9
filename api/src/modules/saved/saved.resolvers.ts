import type { SaveTarget } from '@muster/db';
import type { Resolvers } from '../../generated/graphql.ts';
import { clientError } from '../../graphql/errors.ts';
import { connection, readPage } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import { requireViewer } from '../../policy.ts';
import { itemVisible, listSaved, saveItem, savedKey, unsaveItem, type SavedKey } from './saved.repository.ts';

export const maxNote = 500;

const names: Record<SaveTarget, string> = {
  PRACTICE: 'write-up',
  QUESTION: 'question',
  DEBRIEF: 'debrief',
  EVENT: 'event',
};

export const resolvers: Resolvers = {
  Query: {
    saved: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const page = readPage<SavedKey>(args, 20, ['timestamp', 'uuid']);
      const { rows, totalCount } = await listSaved(ctx.db, viewer, page);
      return connection(rows, page.limit, totalCount, savedKey);
    },
  },
  Mutation: {
    save: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const id = validate.uuid('id', args.id);
      // An empty note removes the note; no note given keeps the one saved before.
      const note = args.note == null ? undefined : (validate.text('note', args.note, maxNote) ?? null);
      const saved = await ctx.db.transaction(async (tx) => {
        if (!(await itemVisible(tx, viewer, args.target, id))) return false;
        await saveItem(tx, viewer.id, args.target, id, note, ctx.now());
        return true;
      });
      // The same answer whether it does not exist or the viewer may not see it: saving tells nothing about hidden things.
      if (!saved) throw clientError('NOT_FOUND', `There is no ${names[args.target]} with that ID.`, { field: 'id' });
      return true;
    },
    unsave: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      await unsaveItem(ctx.db, viewer.id, args.target, validate.uuid('id', args.id));
      return false;
    },
  },
};

import type { MercuriusLoaders } from 'mercurius';
import type { PracticeRow as Practice } from './practices.repository.ts';
import { batch } from '../../graphql/loaders.ts';
import { renderMarkdownOnce } from '../../markdown.ts';
import { departmentsByIds } from '../departments/departments.repository.ts';
import { withMentionLinks } from '../members/members.mentions.ts';
import { usersByIds } from '../users/users.repository.ts';
import { outcomesOfPractices, previousSlugsOf, resourcesOfPractices, topicsOfPractices } from './practices.repository.ts';

export const loaders: MercuriusLoaders = {
  Practice: {
    // A body only changes with a new version; its mentions are linked as it is read.
    bodyHtml: (queries: { obj: Practice }[], ctx) =>
      withMentionLinks(
        ctx,
        queries.map(({ obj: p }) => renderMarkdownOnce(`practice:${p.id}:${p.version}`, p.body, { mentions: true })),
      ),
    department: batch((p: Practice) => p.departmentId, (ids, ctx) => departmentsByIds(ctx.db, ids)),
    author: batch((p: Practice) => p.authorId, (ids, ctx) => usersByIds(ctx.db, ids)),
    topics: batch((p: Practice) => p.id, (ids, ctx) => topicsOfPractices(ctx.db, ids), []),
    outcomes: batch((p: Practice) => p.id, (ids, ctx) => outcomesOfPractices(ctx.db, ids), []),
    resources: batch((p: Practice) => p.id, (ids, ctx) => resourcesOfPractices(ctx.db, ids), []),
    previousSlugs: batch((p: Practice) => p.id, (ids, ctx) => previousSlugsOf(ctx.db, ids), []),
  },
  Revision: {
    editor: batch((r: { editorId: string | null }) => r.editorId, (ids, ctx) => usersByIds(ctx.db, ids)),
  },
};

import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { User } from '@muster/db';
import { batch, pagedBatch } from '../../graphql/loaders.ts';
import { canSeeMemberActivity, requireViewer } from '../../policy.ts';
import { connection, readPage } from '../../graphql/pagination.ts';
import { practiceKey, type PracticeKey } from '../practices/index.ts';
import { adoptionsReportedBy, eventsOfMembers, expertiseOf, publishedPracticesOf } from './members.repository.ts';

type Queries = { obj: User; params: unknown }[];

const emptyConnection = { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

/** Calendar days are UTC days, as the API's dates are. */
const today = (now: Date) => now.toISOString().slice(0, 10);

/** What a profile shows is for verified members only: anyone else gets `empty` for every member. */
function forVerified<V>(empty: V, load: (queries: Queries, ctx: MercuriusContext) => Promise<(V | null)[]>) {
  return (queries: Queries, ctx: MercuriusContext) =>
    canSeeMemberActivity(ctx.viewer) ? load(queries, ctx) : Promise.resolve(queries.map(() => empty));
}

/** Each member's page of write-ups; members asked for with the same page share one query. */
const publishedPractices = pagedBatch(
  (args) => readPage<PracticeKey>(args, 20, ['timestamp', 'uuid']),
  async (ids, page, ctx) => {
    const { rows, totals } = await publishedPracticesOf(ctx.db, requireViewer(ctx.viewer), ids, page);
    return (id) => connection(rows.get(id) ?? [], page.limit, totals.get(id) ?? 0, (row) => practiceKey('NEWEST', row));
  },
);

export const loaders: MercuriusLoaders = {
  User: {
    expertise: forVerified(
      [],
      batch(
        (u: User) => u.id,
        (ids, ctx) => expertiseOf(ctx.db, requireViewer(ctx.viewer), ids),
        [],
      ),
    ),
    publishedPractices: forVerified(emptyConnection, publishedPractices),
    reportedAdoptions: forVerified(
      [],
      batch(
        (u: User) => u.id,
        (ids, ctx) => adoptionsReportedBy(ctx.db, requireViewer(ctx.viewer), ids),
        [],
      ),
    ),
    events: forVerified(
      [],
      batch(
        (u: User) => u.id,
        (ids, ctx) => eventsOfMembers(ctx.db, ids, today(ctx.now())),
        [],
      ),
    ),
  },
};

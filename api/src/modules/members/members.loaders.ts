import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { User } from '@muster/db';
import { batch } from '../../graphql/loaders.ts';
import { canSeeMemberActivity } from '../../policy.ts';
import { connection, readPage, type PageArgs } from '../../graphql/pagination.ts';
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

/**
 * Each member's page of write-ups. Members asked for with the same `first` and `after` (a
 * directory page, say) share one query; a bad argument fails only the fields that carry it.
 */
async function publishedPractices(queries: Queries, ctx: MercuriusContext) {
  const viewer = ctx.viewer!;
  const results: unknown[] = new Array(queries.length);
  const groups = new Map<string, number[]>();
  queries.forEach((q, i) => {
    const { first, after } = (q.params ?? {}) as PageArgs;
    const key = JSON.stringify([first ?? null, after ?? null]);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const indexes of groups.values()) {
    let page;
    try {
      page = readPage<PracticeKey>(queries[indexes[0]!]!.params as PageArgs, 20, ['timestamp', 'uuid']);
    } catch (error) {
      for (const i of indexes) results[i] = error;
      continue;
    }
    const ids = [...new Set(indexes.map((i) => queries[i]!.obj.id))];
    const { rows, totals } = await publishedPracticesOf(ctx.db, viewer, ids, page);
    for (const i of indexes) {
      const id = queries[i]!.obj.id;
      results[i] = connection(rows.get(id) ?? [], page.limit, totals.get(id) ?? 0, (row) => practiceKey('NEWEST', row));
    }
  }
  return results;
}

export const loaders: MercuriusLoaders = {
  User: {
    expertise: forVerified(
      [],
      batch(
        (u: User) => u.id,
        (ids, ctx) => expertiseOf(ctx.db, ctx.viewer!, ids),
        [],
      ),
    ),
    publishedPractices: forVerified(emptyConnection, publishedPractices),
    reportedAdoptions: forVerified(
      [],
      batch(
        (u: User) => u.id,
        (ids, ctx) => adoptionsReportedBy(ctx.db, ctx.viewer!, ids),
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

import type { PageArgs } from '../../graphql/pagination.ts';
import { connection, readPage } from '../../graphql/pagination.ts';
import { countVisiblePractices, visibleTotals, type PracticeFilter } from '../search/index.ts';
import { listPractices, practiceKey, type PracticeKey, type PracticeOrder } from './practices.repository.ts';

export interface PracticesArgs extends PageArgs {
  filter?: PracticeFilter | null;
  orderBy?: PracticeOrder | 'RELEVANCE' | null;
}

/**
 * The practices connection shared by Query.practices, Topic.practices and Department.practices;
 * `total` counts the list when the caller knows a cheaper way than counting under the filter.
 */
export async function practiceConnection(
  ctx: { db: Parameters<typeof listPractices>[0]; viewer: Parameters<typeof listPractices>[1] },
  args: PracticesArgs,
  filter: PracticeFilter | undefined,
  total?: () => Promise<number>,
) {
  // Relevance needs a search query; without one, newest first is the useful order.
  const order: PracticeOrder = args.orderBy === 'TITLE' ? 'TITLE' : 'NEWEST';
  const page = readPage<PracticeKey>(args, 20, order === 'TITLE' ? ['text', 'uuid'] : ['timestamp', 'uuid']);
  const rows = await listPractices(ctx.db, ctx.viewer, filter, order, page);
  // Unfiltered, the total comes with the topics' counts (visibleTotals): the home page asks for both.
  const count = total ?? (filter ? () => countVisiblePractices(ctx.db, ctx.viewer, filter) : async () => (await visibleTotals(ctx)).total);
  return connection(rows, page.limit, count, (row) => practiceKey(order, row));
}

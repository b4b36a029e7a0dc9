import { and, asc, count, desc, eq, exists, getTableColumns, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  departments,
  outcomes,
  practiceRevisions,
  practices,
  practiceSlugs,
  practiceTopics,
  resources,
  topics,
  type Db,
  type Practice,
  type PracticeRevision,
  returnedRow,
} from '@muster/db';
import { SIZE_BAND_OFFICERS } from '@muster/db/labels';
import { groupBy } from '../../graphql/loaders.ts';
import type { Page } from '../../graphql/pagination.ts';
import { readablePractices, visiblePractices, type Viewer } from '../../policy.ts';
import type { PracticeContent } from './practices.input.ts';
import type { PracticeFilter, SizeBand } from '../search/index.ts';

/** Sworn officers per size band: [from, below]. */
export const sizeBands = SIZE_BAND_OFFICERS;

/** The SQL for one size band of a department's sworn officers. */
export function sizeBandCondition(bands: SizeBand[]): SQL {
  return (
    or(
      ...bands.map((b) => sql`(${departments.swornOfficers} >= ${sizeBands[b][0]} and ${departments.swornOfficers} < ${sizeBands[b][1]})`),
    ) ?? sql`false`
  );
}

export type PracticeOrder = 'NEWEST' | 'TITLE';

/** Every column but the search document, which only the database reads. */
const { search: _search, ...columns } = getTableColumns(practices);
export const practiceColumns = columns;
export type PracticeRow = Omit<Practice, 'search'>;
/** NEWEST: [publishedAt ISO, id]; TITLE: [title, id]. */
export type PracticeKey = [string, string];

export function practiceKey(order: PracticeOrder, row: PracticeRow): PracticeKey {
  return order === 'TITLE' ? [row.title, row.id] : [row.publishedAt?.toISOString() ?? '', row.id];
}

export function filterConditions(viewer: Viewer | null, filter: PracticeFilter | null | undefined): SQL[] {
  const where: SQL[] = [visiblePractices(viewer)];
  if (!filter) return where;
  if (filter.topics?.length) {
    where.push(
      exists(
        sql`(select 1 from ${practiceTopics} join ${topics} on ${topics.id} = ${practiceTopics.topicId}
            where ${practiceTopics.practiceId} = ${practices.id} and ${inArray(topics.slug, filter.topics)})`,
      ),
    );
  }
  const departmentWhere: SQL[] = [];
  if (filter.states?.length) departmentWhere.push(inArray(departments.state, filter.states));
  if (filter.agencyTypes?.length) departmentWhere.push(inArray(departments.agencyType, filter.agencyTypes));
  if (filter.departmentSlug) departmentWhere.push(eq(departments.slug, filter.departmentSlug));
  if (filter.sizeBands?.length) departmentWhere.push(sizeBandCondition(filter.sizeBands));
  if (departmentWhere.length) {
    where.push(inArray(practices.departmentId, sqlSelectDepartmentIds(departmentWhere)));
  }
  if (filter.evidenceLevels?.length) where.push(inArray(practices.evidenceLevel, filter.evidenceLevels));
  if (filter.lifecycles?.length) where.push(inArray(practices.lifecycle, filter.lifecycles));
  if (filter.publishedFrom) where.push(sql`${practices.publishedAt} >= ${filter.publishedFrom}::date`);
  if (filter.publishedTo) where.push(sql`${practices.publishedAt} < ${filter.publishedTo}::date + 1`);
  if (filter.hasOutcomes != null) {
    const has = exists(sql`(select 1 from ${outcomes} where ${outcomes.practiceId} = ${practices.id})`);
    where.push(filter.hasOutcomes ? has : sql`not ${has}`);
  }
  return where;
}

function sqlSelectDepartmentIds(where: SQL[]): SQL {
  return sql`(select ${departments.id} from ${departments} where ${and(...where)})`;
}

/** A page of the write-ups the viewer may see under the filter (their total comes from the search index's bitmaps). */
export async function listPractices(
  db: Db,
  viewer: Viewer | null,
  filter: PracticeFilter | null | undefined,
  order: PracticeOrder,
  page: Page<PracticeKey>,
): Promise<PracticeRow[]> {
  const where = filterConditions(viewer, filter);
  if (page.after) {
    const [key, id] = page.after;
    where.push(
      order === 'TITLE'
        ? sql`(${practices.title}, ${practices.id}) > (${key}, ${id})`
        : sql`(${practices.publishedAt}, ${practices.id}) < (${key}::timestamptz, ${id}::uuid)`,
    );
  }
  const orderBy = order === 'TITLE' ? [asc(practices.title), asc(practices.id)] : [desc(practices.publishedAt), desc(practices.id)];
  return db
    .select(practiceColumns)
    .from(practices)
    .where(and(...where))
    .orderBy(...orderBy)
    .limit(page.limit + 1);
}

/** Counts of visible write-ups per department id, for the given departments. */
export async function countPracticesByDepartment(db: Db, viewer: Viewer | null, departmentIds: string[]): Promise<Map<string, number>> {
  const rows = await db
    .select({ departmentId: practices.departmentId, n: count() })
    .from(practices)
    .where(and(inArray(practices.departmentId, departmentIds), visiblePractices(viewer)))
    .groupBy(practices.departmentId);
  return new Map(rows.map((r) => [r.departmentId, r.n]));
}

// ——— Authoring ———

export async function findPracticeById(db: Db, id: string): Promise<PracticeRow | null> {
  const [row] = await db.select(practiceColumns).from(practices).where(eq(practices.id, id)).limit(1);
  return row ?? null;
}

/** By its slug or any earlier one, if the viewer may open it. */
export async function findReadablePractice(db: Db, viewer: Viewer | null, slug: string): Promise<PracticeRow | null> {
  // Two index lookups: "slug = … or id in (earlier slugs)" would read every write-up.
  const id = sql`coalesce((select ${practices.id} from ${practices} where ${practices.slug} = ${slug}),
    (select ${practiceSlugs.practiceId} from ${practiceSlugs} where ${practiceSlugs.slug} = ${slug}))`;
  const [row] = await db
    .select(practiceColumns)
    .from(practices)
    .where(and(eq(practices.id, id), readablePractices(viewer)))
    .limit(1);
  return row ?? null;
}

export async function previousSlugsOf(db: Db, practiceIds: string[]): Promise<Map<string, string[]>> {
  const rows = await db.select().from(practiceSlugs).where(inArray(practiceSlugs.practiceId, practiceIds)).orderBy(asc(practiceSlugs.slug));
  return groupBy(
    rows,
    (r) => r.practiceId,
    (r) => r.slug,
  );
}

const reservedSlugs = ['new', 'edit', 'history', 'drafts'];

/** A slug for a title, unique among current and earlier slugs of other practices. */
export async function uniquePracticeSlug(db: Db, title: string, practiceId?: string): Promise<string> {
  const base =
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'practice';
  const like = `${base}%`;
  const [current, earlier] = await Promise.all([
    db
      .select({ slug: practices.slug, id: practices.id })
      .from(practices)
      .where(sql`${practices.slug} like ${like}`),
    db
      .select({ slug: practiceSlugs.slug, id: practiceSlugs.practiceId })
      .from(practiceSlugs)
      .where(sql`${practiceSlugs.slug} like ${like}`),
  ]);
  // Words the site's own URLs use under /practices/ are never a write-up's slug.
  const taken = new Set(
    [...current, ...earlier]
      .filter((r) => r.id !== practiceId)
      .map((r) => r.slug)
      .concat(reservedSlugs),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export async function topicIdsBySlug(db: Db, slugs: string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.select({ id: topics.id, slug: topics.slug }).from(topics).where(inArray(topics.slug, slugs));
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/** The stored columns of a write-up's content (children are written by replaceChildren). */
export function contentColumns(content: PracticeContent) {
  const { topics: _topics, outcomes: _outcomes, resources: _resources, ...columns } = content;
  return columns;
}

export async function replaceChildren(db: Db, practiceId: string, content: PracticeContent, topicIds: string[]): Promise<void> {
  await db.delete(practiceTopics).where(eq(practiceTopics.practiceId, practiceId));
  await db.delete(outcomes).where(eq(outcomes.practiceId, practiceId));
  await db.delete(resources).where(eq(resources.practiceId, practiceId));
  await db.insert(practiceTopics).values(topicIds.map((topicId) => ({ practiceId, topicId })));
  // The topics' names feed the search document (weight C) with the other structured fields.
  await db
    .update(practices)
    .set({ topicNames: sql`(select coalesce(string_agg(${topics.name}, ' '), '') from ${topics} where ${inArray(topics.id, topicIds)})` })
    .where(eq(practices.id, practiceId));
  if (content.outcomes.length) await db.insert(outcomes).values(content.outcomes.map((o, position) => ({ ...o, practiceId, position })));
  if (content.resources.length) await db.insert(resources).values(content.resources.map((r, position) => ({ ...r, practiceId, position })));
}

/** Saves content only if the practice is still at the version the editor started from. */
export async function updateIfVersion(
  db: Db,
  id: string,
  version: number,
  values: Partial<typeof practices.$inferInsert>,
): Promise<PracticeRow | null> {
  const [row] = await db
    .update(practices)
    .set({ ...values, version: sql`${practices.version} + 1` })
    .where(and(eq(practices.id, id), eq(practices.version, version)))
    .returning(practiceColumns);
  return row ?? null;
}

export async function setPracticeFields(db: Db, id: string, values: Partial<typeof practices.$inferInsert>): Promise<PracticeRow> {
  return returnedRow(await db.update(practices).set(values).where(eq(practices.id, id)).returning(practiceColumns));
}

export async function insertRevision(
  db: Db,
  revision: { practiceId: string; version: number; editorId: string; note: string | null; snapshot: PracticeContent; createdAt: Date },
): Promise<void> {
  await db.insert(practiceRevisions).values(revision);
}

/** Newest first. */
export async function revisionsOf(db: Db, practiceId: string): Promise<PracticeRevision[]> {
  return db.select().from(practiceRevisions).where(eq(practiceRevisions.practiceId, practiceId)).orderBy(desc(practiceRevisions.version));
}

/** Unpublished write-ups of a department: all of them for its chief, a member's own otherwise. */
export async function unpublishedOf(db: Db, departmentId: string, authorId: string | null): Promise<PracticeRow[]> {
  return db
    .select(practiceColumns)
    .from(practices)
    .where(
      and(
        eq(practices.departmentId, departmentId),
        inArray(practices.status, ['DRAFT', 'IN_REVIEW', 'ARCHIVED']),
        authorId ? eq(practices.authorId, authorId) : undefined,
      ),
    )
    .orderBy(desc(practices.updatedAt));
}

/** How many of a department's drafts wait for its chief's review: the header's count. */
/** Counts a department's write-ups waiting for review: a one-number query, for `countTogether`. */
export function inReviewCount(db: Db, departmentId: string) {
  return db
    .select({ n: count() })
    .from(practices)
    .where(and(eq(practices.departmentId, departmentId), eq(practices.status, 'IN_REVIEW'), sql`${practices.hiddenAt} is null`));
}

/** Practices by id, without a visibility check: for an adoption, whose practice its parent already showed. */
export async function practicesByIds(db: Db, ids: string[]): Promise<Map<string, PracticeRow>> {
  const rows = await db.select(practiceColumns).from(practices).where(inArray(practices.id, ids));
  return new Map(rows.map((p) => [p.id, p]));
}

/**
 * Writes a new draft of the department by the author, with its children and its first revision,
 * in the caller's transaction; answers it as stored. `sourceAnswerId` links a draft harvested from an answer.
 */
export async function insertDraft(
  db: Db,
  draft: {
    content: PracticeContent;
    topicIds: string[];
    departmentId: string;
    authorId: string;
    note: string | null;
    now: Date;
    sourceAnswerId?: string;
  },
): Promise<PracticeRow> {
  const { content, now } = draft;
  const id = await insertPractice(db, {
    ...contentColumns(content),
    slug: await uniquePracticeSlug(db, content.title),
    departmentId: draft.departmentId,
    authorId: draft.authorId,
    sourceAnswerId: draft.sourceAnswerId ?? null,
    status: 'DRAFT',
    createdAt: now,
    updatedAt: now,
  });
  await replaceChildren(db, id, content, draft.topicIds);
  await insertRevision(db, { practiceId: id, version: 1, editorId: draft.authorId, note: draft.note, snapshot: content, createdAt: now });
  // Inserted by this transaction, it is there to read.
  const created = await findPracticeById(db, id);
  if (!created) throw new Error(`The write-up ${id} inserted by this transaction could not be read back.`);
  return created;
}

/** Adds a practice and answers its id. */
export async function insertPractice(db: Db, values: typeof practices.$inferInsert): Promise<string> {
  const [row] = await db.insert(practices).values(values).returning({ id: practices.id });
  if (!row) throw new Error('inserting a practice returned no row');
  return row.id;
}

/** The old address keeps working after a rename; renaming back frees it. */
export async function keepOldSlug(db: Db, practiceId: string, oldSlug: string, newSlug: string): Promise<void> {
  await db.delete(practiceSlugs).where(eq(practiceSlugs.slug, newSlug));
  await db.insert(practiceSlugs).values({ slug: oldSlug, practiceId }).onConflictDoNothing();
}

/** Write-ups the viewer may see whose words match `query` (a tsquery), best first: "has this been written up?" while a question is typed. */
export async function practicesMatchingAnyWord(db: Db, viewer: Viewer | null, query: SQL, limit: number): Promise<PracticeRow[]> {
  return db
    .select(practiceColumns)
    .from(practices)
    .where(and(visiblePractices(viewer), sql`${practices.search} @@ ${query}`))
    .orderBy(sql`ts_rank(${practices.search}, ${query}) desc`, desc(practices.publishedAt))
    .limit(limit);
}

/**
 * The published write-ups the viewer may see, by current or earlier slug, for a debrief or an
 * answer to mention: answers slug → write-up for those found.
 */
export async function practicesToMention(db: Db, viewer: Viewer | null, slugs: string[]): Promise<Map<string, PracticeRow>> {
  if (slugs.length === 0) return new Map();
  const [current, earlier] = await Promise.all([
    db
      .select(practiceColumns)
      .from(practices)
      .where(and(inArray(practices.slug, slugs), visiblePractices(viewer))),
    db
      .select({ slug: practiceSlugs.slug, practice: practiceColumns })
      .from(practiceSlugs)
      .innerJoin(practices, eq(practices.id, practiceSlugs.practiceId))
      .where(and(inArray(practiceSlugs.slug, slugs), visiblePractices(viewer))),
  ]);
  const found = new Map<string, PracticeRow>(earlier.map((r) => [r.slug, r.practice]));
  for (const p of current) found.set(p.slug, p);
  return found;
}

/** Write-ups drafted from each of the answers, newest first (the caller drops what the viewer may not open). */
export async function practicesDraftedFrom(db: Db, answerIds: string[]): Promise<Map<string, PracticeRow[]>> {
  const rows = await db
    .select(practiceColumns)
    .from(practices)
    .where(inArray(practices.sourceAnswerId, answerIds))
    .orderBy(desc(practices.createdAt));
  return groupBy(rows, (p) => p.sourceAnswerId);
}

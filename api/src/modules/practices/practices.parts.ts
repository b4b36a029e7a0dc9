// The parts of a write-up that its fields read from other tables (department, author, topics,
// outcomes, resources, counts, the viewer's follow and save, the featured case study, adoptions, debriefs),
// read together: every Practice field asked for at one level of an answer, for every write-up at
// that level, comes from ONE statement of json subselects instead of one statement per field.
import { and, eq, getTableColumns, inArray, isNull, sql, type Column, type SQL } from 'drizzle-orm';
import {
  adoptionOutcomes,
  adoptions,
  comments,
  debriefPractices,
  debriefs,
  departments,
  events,
  featuredCaseStudies,
  follows,
  outcomes,
  practices,
  practiceTopics,
  resources,
  savedItems,
  topics,
  users,
  type Adoption,
  type Db,
  type Debrief,
  type Department,
  type Event,
  type FeaturedCaseStudy,
  type Outcome,
  type Resource,
  type Topic,
  type User,
} from '@muster/db';
import { gatheredParts } from '../../graphql/loaders.ts';
import { fromJson, fromJsonList, jsonListOf, jsonOf, keepAlong, parsed } from '../../json-rows.ts';
import { visibleDebriefs, type Viewer } from '../../policy.ts';

/** At most this many debriefs per write-up, newest first. */
const debriefsPerPractice = 50;

const { search: _search, ...debriefColumns } = getTableColumns(debriefs);

export interface Parts {
  department: Department | null;
  author: User | null;
  topics: Topic[];
  outcomes: Outcome[];
  resources: Resource[];
  /** Comments and replies neither deleted nor hidden. */
  commentCount: number;
  followerCount: number;
  viewerFollows: boolean;
  viewerSaved: boolean;
  /** The viewer's private note on it, when saved with one. */
  viewerSavedNote: string | null;
  /** Whatever its dates: the caller decides who sees a scheduled or ended one. */
  featured: FeaturedCaseStudy | null;
  adoptions: Adoption[];
  /** Those the viewer may read. */
  debriefs: Omit<Debrief, 'search'>[];
}

export type Part = keyof Parts;

/** Keys of what is read along with an adoption or a debrief, apart from its own columns. */
const along = { department: '_department', outcomes: '_outcomes', event: '_event', author: '_author' } as const;

/** The one row of `table` whose id is `id` (a column of the outer row), as json. */
const rowById = (table: typeof departments | typeof users | typeof events, id: SQL | Column) =>
  sql`(select ${jsonOf(getTableColumns(table))} from ${table} where ${table.id} = ${id})`;

/** The viewer's saved item of the outer write-up, if any (one per member and write-up). */
const viewerSavedPractice = (viewer: Viewer) =>
  and(eq(savedItems.userId, viewer.id), eq(savedItems.target, 'PRACTICE'), eq(savedItems.itemId, practices.id));

/** Each part: its subselect (correlated with the outer `practices` row) and how its value reads back. */
const reads: { [P in Part]: { select: (viewer: Viewer | null) => SQL; read: (value: unknown) => Parts[P] } } = {
  department: {
    select: () => rowById(departments, practices.departmentId),
    read: (v) => fromJson<Department>(getTableColumns(departments), v),
  },
  author: {
    select: () => rowById(users, practices.authorId),
    read: (v) => fromJson<User>(getTableColumns(users), v),
  },
  topics: {
    select: () =>
      jsonListOf(
        getTableColumns(topics),
        sql`from ${practiceTopics} join ${topics} on ${topics.id} = ${practiceTopics.topicId} where ${practiceTopics.practiceId} = ${practices.id}`,
        sql`${topics.position}`,
      ),
    read: (v) => fromJsonList<Topic>(getTableColumns(topics), v),
  },
  outcomes: {
    select: () =>
      jsonListOf(
        getTableColumns(outcomes),
        sql`from ${outcomes} where ${outcomes.practiceId} = ${practices.id}`,
        sql`${outcomes.position}`,
      ),
    read: (v) => fromJsonList<Outcome>(getTableColumns(outcomes), v),
  },
  resources: {
    select: () =>
      jsonListOf(
        getTableColumns(resources),
        sql`from ${resources} where ${resources.practiceId} = ${practices.id}`,
        sql`${resources.position}`,
      ),
    read: (v) => fromJsonList<Resource>(getTableColumns(resources), v),
  },
  commentCount: {
    select: () =>
      sql`(select count(*) from ${comments} where ${and(eq(comments.practiceId, practices.id), isNull(comments.deletedAt), isNull(comments.hiddenAt))})`,
    read: (v) => Number(v ?? 0),
  },
  followerCount: {
    select: () =>
      sql`(select count(*) from ${follows} where ${and(eq(follows.targetType, 'PRACTICE'), eq(follows.targetId, practices.id))})`,
    read: (v) => Number(v ?? 0),
  },
  viewerFollows: {
    select: (viewer) =>
      viewer
        ? sql`exists (select 1 from ${follows} where ${and(eq(follows.userId, viewer.id), eq(follows.targetType, 'PRACTICE'), eq(follows.targetId, practices.id))})`
        : sql`false`,
    read: (v) => v === true,
  },
  viewerSaved: {
    select: (viewer) => (viewer ? sql`exists (select 1 from ${savedItems} where ${viewerSavedPractice(viewer)})` : sql`false`),
    read: (v) => v === true,
  },
  viewerSavedNote: {
    select: (viewer) => (viewer ? sql`(select ${savedItems.note} from ${savedItems} where ${viewerSavedPractice(viewer)})` : sql`null`),
    read: (v) => (typeof v === 'string' ? v : null),
  },
  featured: {
    select: () =>
      sql`(select ${jsonOf(getTableColumns(featuredCaseStudies))} from ${featuredCaseStudies} where ${featuredCaseStudies.practiceId} = ${practices.id})`,
    read: (v) => fromJson<FeaturedCaseStudy>(getTableColumns(featuredCaseStudies), v),
  },
  // Each adoption with its department and outcomes, read along for the Adoption fields a page asks next.
  adoptions: {
    select: () =>
      jsonListOf(
        {
          ...getTableColumns(adoptions),
          [along.department]: rowById(departments, adoptions.departmentId),
          [along.outcomes]: jsonListOf(
            getTableColumns(adoptionOutcomes),
            sql`from ${adoptionOutcomes} where ${adoptionOutcomes.adoptionId} = ${adoptions.id}`,
            sql`${adoptionOutcomes.position}`,
          ),
        },
        sql`from ${adoptions} where ${adoptions.practiceId} = ${practices.id}`,
        sql`${adoptions.updatedAt} desc`,
      ),
    read: (v) => {
      const raw = (parsed(v) ?? []) as Record<string, unknown>[];
      return fromJsonList<Adoption>(getTableColumns(adoptions), v).map((row, i) =>
        keepAlong(row, {
          department: fromJson<Department>(getTableColumns(departments), raw[i]?.[along.department]),
          outcomes: fromJsonList(getTableColumns(adoptionOutcomes), raw[i]?.[along.outcomes]),
        }),
      );
    },
  },
  // Each debrief with its event, author and department, read along for the Debrief fields.
  debriefs: {
    select: (viewer) =>
      jsonListOf(
        {
          ...debriefColumns,
          [along.event]: rowById(events, debriefs.eventId),
          [along.author]: rowById(users, debriefs.authorId),
          [along.department]: rowById(departments, debriefs.departmentId),
        },
        sql`from ${debriefPractices} join ${debriefs} on ${debriefs.id} = ${debriefPractices.debriefId}
          where ${and(eq(debriefPractices.practiceId, practices.id), visibleDebriefs(viewer))}`,
        sql`${debriefs.createdAt} desc, ${debriefs.id} desc`,
      ),
    read: (v) => {
      const raw = (parsed(v) ?? []) as Record<string, unknown>[];
      return fromJsonList<Omit<Debrief, 'search'>>(debriefColumns, v)
        .map((row, i) =>
          keepAlong(row, {
            event: fromJson<Event>(getTableColumns(events), raw[i]?.[along.event]),
            author: fromJson<User>(getTableColumns(users), raw[i]?.[along.author]),
            department: fromJson<Department>(getTableColumns(departments), raw[i]?.[along.department]),
          }),
        )
        .slice(0, debriefsPerPractice);
    },
  },
};

/** The asked parts of the given write-ups, in one statement; a write-up that is gone is left out. */
export async function readParts(db: Db, viewer: Viewer | null, parts: Part[], practiceIds: string[]): Promise<Map<string, Partial<Parts>>> {
  // Nested once more: drizzle writes a single-table select's own columns unqualified, and inside
  // a subselect an unqualified column names the subselect's table, not the write-up.
  const fields = Object.fromEntries(parts.map((part) => [part, sql`${reads[part].select(viewer)}`]));
  const rows = (await db
    .select({ id: practices.id, ...fields })
    .from(practices)
    .where(inArray(practices.id, practiceIds))) as ({ id: string } & Record<string, unknown>)[];
  return new Map(rows.map((row) => [row.id, Object.fromEntries(parts.map((part) => [part, reads[part].read(row[part])]))]));
}

const empty: Parts = {
  department: null,
  author: null,
  topics: [],
  outcomes: [],
  resources: [],
  commentCount: 0,
  followerCount: 0,
  viewerFollows: false,
  viewerSaved: false,
  viewerSavedNote: null,
  featured: null,
  adoptions: [],
  debriefs: [],
};

/** One part of the given write-ups, for a field loader; see gatheredParts. */
export const { partOf, partLoader } = gatheredParts<Parts>((ctx, parts, ids) => readParts(ctx.db, ctx.viewer, parts, ids), empty);

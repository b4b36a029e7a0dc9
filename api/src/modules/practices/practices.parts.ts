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
  threadReads,
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
import { gatheredParts, lastReadsOf, requestMemo } from '../../graphql/loaders.ts';
import { fromJson, fromJsonList, jsonListOf, jsonOf, keepAlong, parsed } from '../../json-rows.ts';
import { newInThread, visibleDebriefs, type Viewer } from '../../policy.ts';

/** At most this many debriefs per write-up, newest first. */
const debriefsPerPractice = 50;

const { search: _search, ...debriefColumns } = getTableColumns(debriefs);

/** What is new in a thread for a member: how many items, the first as the thread shows them, and when they last looked. */
export interface ThreadUnread {
  count: number;
  firstId: string | null;
  lastReadAt: Date | null;
}

/** A thread's unread summary as `json_build_object('count', …, 'firstId', …, 'lastReadAt', …)` wrote it. */
export function readThreadUnread(value: unknown): ThreadUnread | null {
  const raw = parsed(value) as { count?: unknown; firstId?: unknown; lastReadAt?: unknown } | null;
  if (!raw) return null;
  return {
    count: Number(raw.count ?? 0),
    firstId: typeof raw.firstId === 'string' ? raw.firstId : null,
    lastReadAt: typeof raw.lastReadAt === 'string' ? new Date(raw.lastReadAt) : null,
  };
}

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
  /** For a signed-in viewer: what is new in its discussion since they last opened it (null for visitors). */
  unread: ThreadUnread | null;
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
  // Comments and replies new to the viewer, first in the discussion's order (threads oldest first,
  // each first comment before its replies), with when they last opened it.
  unread: {
    select: (viewer) =>
      viewer
        ? sql`(select json_build_object('count', count(c.id), 'lastReadAt', t.at, 'firstId', (array_agg(c.id order by
              coalesce(r.created_at, c.created_at), coalesce(c.root_id, c.id), c.root_id is not null, c.created_at, c.id)
              filter (where c.id is not null))[1])
            from (select (select tr.last_read_at from ${threadReads} tr where tr.user_id = ${viewer.id}::uuid and tr.practice_id = ${practices.id}) as at) t
            left join ${comments} c on c.practice_id = ${practices.id} and ${newInThread(
              viewer,
              { authorId: sql`c.author_id`, createdAt: sql`c.created_at`, hiddenAt: sql`c.hidden_at`, deletedAt: sql`c.deleted_at` },
              sql`t.at`,
            )}
            left join ${comments} r on r.id = c.root_id
            group by t.at)`
        : sql`null`,
    read: readThreadUnread,
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
  unread: null,
  viewerSaved: false,
  viewerSavedNote: null,
  featured: null,
  adoptions: [],
  debriefs: [],
};

/** When the viewer last opened each write-up's discussion, as read with its parts this request. */
export const practiceLastReads = requestMemo<Date | null>();

/** One part of the given write-ups, for a field loader; see gatheredParts. */
export const { partOf, partLoader } = gatheredParts<Parts>((ctx, parts, ids) => {
  const reading = readParts(ctx.db, ctx.viewer, parts, ids);
  if (parts.includes('unread')) practiceLastReads.remember(ctx, ids, lastReadsOf(ids, reading));
  return reading;
}, empty);

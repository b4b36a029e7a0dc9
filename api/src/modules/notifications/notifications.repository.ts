import { and, count, desc, eq, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import {
  activities,
  debriefs,
  notifications,
  practices,
  questions,
  returnedRow,
  rowsOf,
  users,
  type Activity,
  type ActivityKind,
  type Db,
  type Notification,
} from '@muster/db';
import { SIZE_BAND_OFFICERS } from '@muster/db/labels';
import {
  departmentChief,
  memberAliasTerms,
  readablePractices,
  toldOfMembersWithoutChief,
  departmentWithoutChief,
  readableQuestions,
  recipientCanSeeDebrief,
  recipientCanSeePractice,
  recipientCanSeeQuestion,
  visibleDebriefs,
  visiblePractices,
  type Viewer,
} from '../../policy.ts';
import type { Page } from '../../graphql/pagination.ts';

export interface NewActivity {
  kind: ActivityKind;
  /** Null when nobody did it: flags from verified members hid the content. */
  actorId: string | null;
  /** The write-up it is about; none for a debrief or a message. */
  practiceId?: string;
  debriefId?: string;
  messageId?: string;
  commentId?: string;
  /** QUESTION_ASKED, ANSWER_POSTED, ANSWER_ACCEPTED. */
  questionId?: string;
  answerId?: string;
  adoptionId?: string;
  mentionedIds?: string[];
  /** FLAG_RESOLVED: the decision; CONTENT_HIDDEN: 'FLAGS' when flags hid it pending review. */
  flagAction?: string;
  /** What the moderator or the chief wrote to the author. */
  note?: string | null;
  /** MEMBER_*: the member concerned. */
  memberId?: string;
  createdAt: Date;
}

/** Written in the transaction of the change it reports; the fan-out worker picks it up after commit. Answers its id. */
export async function recordActivity(db: Db, activity: NewActivity): Promise<number> {
  return returnedRow(await db.insert(activities).values(activity).returning({ id: activities.id })).id;
}

/** The size band of a count of sworn officers, in SQL (null for a department that gave none). */
function sizeBandSql(swornOfficers: SQL): SQL {
  const bands = Object.entries(SIZE_BAND_OFFICERS).map(([band, [from, below]]) =>
    sql.raw(`when ${from} <= x and x < ${below} then '${band}'`),
  );
  return sql`(select case ${sql.join(bands, sql` `)} end from (select ${swornOfficers} as x) as officers)`;
}

/**
 * Everyone an activity should reach, with the most personal reason that applies to each
 * (rank: lower wins), as one SQL source of (user_id, reason, rank) rows over the activity `a`.
 */
// Disabled recipients are left out by the fan-out itself, so a chief's active account changes no one told.
const chief = memberAliasTerms('chief');
/** Who wrote what a moderation activity is about: the comment or answer when it names one, else the question or write-up. */
const contentAuthor = sql`case
    when a.comment_id is not null then (select hc.author_id from comments hc where hc.id = a.comment_id)
    when a.answer_id is not null then ans.author_id
    when a.question_id is not null then q.author_id
    else p.author_id end`;
const candidates: Record<ActivityKind, SQL> = {
  COMMENT_POSTED: sql`
    select parent.author_id, 'REPLY', 1 from comments c join comments parent on parent.id = c.parent_id where c.id = a.comment_id
    union all select unnest(a.mentioned_ids), 'MENTION', 2
    union all select p.author_id, 'YOUR_PRACTICE_DISCUSSED', 3
    union all select f.user_id, 'FOLLOWED_PRACTICE', 4 from follows f where f.target_type = 'PRACTICE' and f.target_id = a.practice_id`,
  PRACTICE_PUBLISHED: sql`
    select p.author_id, 'YOUR_PRACTICE_PUBLISHED', 3
    union all select f.user_id, 'FOLLOWED_DEPARTMENT', 5 from follows f where f.target_type = 'DEPARTMENT' and f.target_id = p.department_id
    union all select f.user_id, 'FOLLOWED_TOPIC', 6 from follows f join practice_topics pt on pt.topic_id = f.target_id
      where f.target_type = 'TOPIC' and pt.practice_id = p.id
    union all select f.user_id, 'FOLLOWED_MEMBER', 7 from follows f where f.target_type = 'USER' and f.target_id = p.author_id`,
  PRACTICE_ADOPTED: sql`
    select p.author_id, 'YOUR_PRACTICE_ADOPTED', 3
    union all select f.user_id, 'FOLLOWED_PRACTICE', 4 from follows f where f.target_type = 'PRACTICE' and f.target_id = a.practice_id
    union all select f.user_id, 'FOLLOWED_DEPARTMENT', 5 from follows f join adoptions ad on ad.id = a.adoption_id
      where f.target_type = 'DEPARTMENT' and f.target_id = ad.department_id`,
  PRACTICE_FEATURED: sql`
    select p.author_id, 'YOUR_PRACTICE_FEATURED', 3
    union all select f.user_id, 'FOLLOWED_PRACTICE', 4 from follows f where f.target_type = 'PRACTICE' and f.target_id = a.practice_id
    union all select f.user_id, 'FOLLOWED_DEPARTMENT', 5 from follows f where f.target_type = 'DEPARTMENT' and f.target_id = p.department_id`,
  FLAG_RESOLVED: sql`
    select fl.flagger_id, 'YOUR_FLAG_RESOLVED', 1 from flags fl where fl.resolution_activity_id = a.id`,
  DEBRIEF_POSTED: sql`
    select pr.author_id, 'YOUR_PRACTICE_IN_DEBRIEF', 3 from debrief_practices dp join practices pr on pr.id = dp.practice_id where dp.debrief_id = d.id
    union all select f.user_id, 'FOLLOWED_EVENT', 4 from follows f where f.target_type = 'EVENT' and f.target_id = d.event_id
    union all select colleague.id, 'DEPARTMENT_COLLEAGUE', 5 from users colleague where colleague.department_id = d.department_id
    union all select f.user_id, 'FOLLOWED_MEMBER', 7 from follows f where f.target_type = 'USER' and f.target_id = d.author_id`,
  MESSAGE_SENT: sql`
    select cp.user_id, 'MESSAGE', 1 from conversation_participants cp where cp.conversation_id = m.conversation_id`,
  CONTENT_HIDDEN: sql`
    select ${contentAuthor}, 'YOUR_CONTENT_HIDDEN', 1`,
  CONTENT_RESTORED: sql`
    select ${contentAuthor}, 'YOUR_CONTENT_RESTORED', 1`,
  PRACTICE_SUBMITTED: sql`
    select chief.id, 'REVIEW_REQUESTED', 1 from users chief where ${departmentChief(chief, sql`p.department_id`)}`,
  PRACTICE_SENT_BACK: sql`
    select p.author_id, 'YOUR_PRACTICE_SENT_BACK', 1`,
  // A department without a verified chief (a new one asked for at sign-up) has its members verified by moderators.
  MEMBER_SIGNED_UP: sql`
    select chief.id, 'MEMBER_WAITING', 1 from users chief join users member on member.id = a.member_id
      where ${departmentChief(chief, sql`member.department_id`)}
    union all select staff.id, 'MEMBER_WAITING', 2 from users staff join users member on member.id = a.member_id
      where ${toldOfMembersWithoutChief(memberAliasTerms('staff'))} and ${departmentWithoutChief(sql`member.department_id`)}`,
  MEMBER_VERIFIED: sql`
    select a.member_id, 'YOUR_MEMBERSHIP_VERIFIED', 1`,
  MEMBER_REJECTED: sql`
    select a.member_id, 'YOUR_MEMBERSHIP_REJECTED', 1`,
  // A question is for departments like the asker's (agency type and size band) and/or for states.
  QUESTION_ASKED: sql`
    select unnest(a.mentioned_ids), 'MENTION', 2
    union all select member.id, 'QUESTION_FOR_YOUR_DEPARTMENT', 5 from users member join departments dep on dep.id = member.department_id
      where (q.for_agency_type is not null and dep.agency_type = q.for_agency_type and ${sizeBandSql(sql`dep.sworn_officers`)} is not distinct from q.for_size_band)
        or dep.state = any(q.for_states)
    union all select f.user_id, 'FOLLOWED_TOPIC', 6 from follows f join question_topics qt on qt.topic_id = f.target_id
      where f.target_type = 'TOPIC' and qt.question_id = q.id`,
  ANSWER_POSTED: sql`
    select q.author_id, 'YOUR_QUESTION_ANSWERED', 1
    union all select unnest(a.mentioned_ids), 'MENTION', 2
    union all select f.user_id, 'FOLLOWED_QUESTION', 4 from follows f where f.target_type = 'QUESTION' and f.target_id = q.id`,
  ANSWER_ACCEPTED: sql`
    select ans.author_id, 'YOUR_ANSWER_ACCEPTED', 1
    union all select f.user_id, 'FOLLOWED_QUESTION', 4 from follows f where f.target_type = 'QUESTION' and f.target_id = q.id`,
};

const questionKinds = ['QUESTION_ASKED', 'ANSWER_POSTED', 'ANSWER_ACCEPTED'] as const;
const questionKindList = sql.raw(questionKinds.map((k) => `'${k}'`).join(', '));

/** Kinds told to exactly the members they concern, whatever those may open in lists: they stay in the inbox. */
const personalKinds = [
  'FLAG_RESOLVED',
  'CONTENT_HIDDEN',
  'CONTENT_RESTORED',
  'MEMBER_SIGNED_UP',
  'MEMBER_VERIFIED',
  'MEMBER_REJECTED',
] as const;
const personalKindList = sql.raw(personalKinds.map((k) => `'${k}'`).join(', '));

/**
 * Whether the recipient `u` may open what the activity `a` is about, in SQL: the write-up (over
 * `p`), the debrief (over `d`) or the conversation (over `m`; not when they blocked the sender).
 * A flagger always hears the outcome of their flag, even when it is that the write-up is hidden.
 */
const recipientMayOpen = sql`(case
  when a.kind in (${personalKindList}) then true
  when a.kind = 'DEBRIEF_POSTED' then ${recipientCanSeeDebrief}
  when a.kind in (${questionKindList}) then ${recipientCanSeeQuestion} and (ans.id is null or ans.hidden_at is null)
  when a.kind = 'MESSAGE_SENT' then not exists (select 1 from blocks b where b.blocker_id = u.id and b.blocked_id = a.actor_id)
  else ${recipientCanSeePractice}
end)`;

export interface Delivered {
  id: number;
  recipientId: string;
}

/**
 * Claims the oldest activity not yet fanned out (other workers skip it while it is claimed),
 * writes one notification per recipient in a single statement, and marks the activity done.
 * Answers null when nothing waits.
 */
export async function fanOutNext(db: Db, now: Date): Promise<{ activityId: number; delivered: Delivered[] } | null> {
  return db.transaction(async (tx) => {
    const [claimed] = rowsOf<{ id: string | number; kind: ActivityKind }>(
      await tx.execute(sql`
        select id, kind from activities where fanned_out_at is null order by id limit 1 for update skip locked`),
    );
    if (!claimed) return null;
    const activityId = Number(claimed.id);
    const inserted = rowsOf<{ id: string | number; recipient_id: string }>(
      await tx.execute(sql`
        insert into notifications (recipient_id, activity_id, reason, created_at)
        select distinct on (r.user_id) r.user_id, a.id, r.reason::notification_reason, ${now}
        from activities a
        left join practices p on p.id = a.practice_id
        left join debriefs d on d.id = a.debrief_id
        left join messages m on m.id = a.message_id
        left join questions q on q.id = a.question_id
        left join answers ans on ans.id = a.answer_id
        cross join lateral (${candidates[claimed.kind]}) as r(user_id, reason, rank)
        join users u on u.id = r.user_id
        left join comments c on c.id = a.comment_id
        where a.id = ${activityId}
          and r.user_id is distinct from a.actor_id
          and u.disabled_at is null
          and (c.deleted_at is null or a.kind in (${personalKindList}))
          and (c.hidden_at is null or a.kind in (${personalKindList}))
          and ${recipientMayOpen}
        order by r.user_id, r.rank
        on conflict do nothing
        returning id, recipient_id`),
    );
    await tx.update(activities).set({ fannedOutAt: now }).where(eq(activities.id, activityId));
    return { activityId, delivered: inserted.map((r) => ({ id: Number(r.id), recipientId: r.recipient_id })) };
  });
}

/**
 * What stays in a member's inbox: notifications about write-ups they may still open (one made
 * members-only, archived or hidden since drops out), and the outcome of their own flags, which
 * may well be that the write-up is now hidden.
 */
function inInbox(viewer: Viewer): SQL {
  return (
    or(
      and(isNotNull(activities.practiceId), readablePractices(viewer)),
      inArray(activities.kind, [...personalKinds]),
      and(eq(activities.kind, 'DEBRIEF_POSTED'), visibleDebriefs(viewer)),
      and(
        inArray(activities.kind, [...questionKinds]),
        readableQuestions(viewer),
        // An answer hidden since drops out, as a hidden comment does, except for its own author.
        sql`not exists (select 1 from answers hidden_answer where hidden_answer.id = ${activities.answerId}
          and hidden_answer.hidden_at is not null and hidden_answer.author_id is distinct from ${viewer.id})`,
      ),
      and(
        eq(activities.kind, 'MESSAGE_SENT'),
        sql`exists (select 1 from conversation_participants cp join messages m on m.conversation_id = cp.conversation_id
          where m.id = ${activities.messageId} and cp.user_id = ${viewer.id})`,
      ),
    ) ?? sql`false`
  );
}

/** Notifications joined to what they are about, for the inbox rule. */
function inboxRows<T extends PgSelect>(query: T) {
  return query
    .innerJoin(activities, eq(activities.id, notifications.activityId))
    .leftJoin(practices, eq(practices.id, activities.practiceId))
    .leftJoin(debriefs, eq(debriefs.id, activities.debriefId))
    .leftJoin(questions, eq(questions.id, activities.questionId));
}

export async function activitiesByIds(db: Db, ids: number[]): Promise<Map<string, Activity>> {
  const rows = await db.select().from(activities).where(inArray(activities.id, ids));
  return new Map(rows.map((r) => [String(r.id), r]));
}

/**
 * A member's notifications, newest first, about write-ups they may still open (one made
 * members-only or archived since drops out of the inbox rather than showing what it was).
 */
export async function listNotifications(
  db: Db,
  viewer: Viewer,
  unreadOnly: boolean,
  page: Page<[number]>,
): Promise<{ rows: Notification[]; totalCount: number }> {
  const where = and(eq(notifications.recipientId, viewer.id), unreadOnly ? isNull(notifications.readAt) : undefined, inInbox(viewer));
  const [rows, [total]] = await Promise.all([
    inboxRows(db.select({ notification: notifications }).from(notifications).$dynamic())
      .where(and(where, page.after ? lt(notifications.id, page.after[0]) : undefined))
      .orderBy(desc(notifications.id))
      .limit(page.limit + 1),
    inboxRows(db.select({ n: count() }).from(notifications).$dynamic()).where(where),
  ]);
  return { rows: rows.map((r) => r.notification), totalCount: total?.n ?? 0 };
}

/** Counts a member's unread notifications: a one-number query, for `countTogether`. */
export function unreadNotifications(db: Db, viewer: Viewer) {
  return inboxRows(db.select({ n: count() }).from(notifications).$dynamic()).where(
    and(eq(notifications.recipientId, viewer.id), isNull(notifications.readAt), inInbox(viewer)),
  );
}

export async function findNotification(db: Db, id: number): Promise<Notification | null> {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
  return row ?? null;
}

/** Marks the given notifications (all unread ones when ids is null) of one member read; answers how many changed. */
export async function markRead(db: Db, recipientId: string, ids: number[] | null, now: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.recipientId, recipientId), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined))
    .returning({ id: notifications.id });
  return rows.length;
}

/** Which of these notification ids belong to someone else (or to nobody). */
export async function notOwned(db: Db, recipientId: string, ids: number[]): Promise<number[]> {
  const mine = new Set(
    (
      await db
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.recipientId, recipientId), inArray(notifications.id, ids)))
    ).map((r) => r.id),
  );
  return ids.filter((id) => !mine.has(id));
}

/**
 * What happened around what the member follows (practices, their topics, departments, members,
 * events), newest first, on write-ups and debriefs they may see, leaving out their own doings.
 */
export async function feedOf(db: Db, viewer: Viewer, page: Page<[number]>): Promise<{ rows: Activity[]; totalCount: number }> {
  const followed = sql`exists (
    select 1 from follows f
    where f.user_id = ${viewer.id} and (
      (f.target_type = 'PRACTICE' and f.target_id = ${activities.practiceId})
      or (f.target_type = 'DEPARTMENT' and f.target_id = ${practices.departmentId})
      or (f.target_type = 'USER' and f.target_id = ${activities.actorId})
      or (f.target_type = 'TOPIC' and f.target_id in (select pt.topic_id from practice_topics pt where pt.practice_id = ${activities.practiceId}))
      or (f.target_type = 'EVENT' and f.target_id = ${debriefs.eventId})
      or (f.target_type = 'DEPARTMENT' and f.target_id = ${debriefs.departmentId})
    ))`;
  const liveComment = sql`(${activities.commentId} is null or exists (select 1 from comments c where c.id = ${activities.commentId} and c.deleted_at is null and c.hidden_at is null))`;
  const onAWriteUp = and(
    inArray(activities.kind, ['COMMENT_POSTED', 'PRACTICE_PUBLISHED', 'PRACTICE_ADOPTED', 'PRACTICE_FEATURED']),
    visiblePractices(viewer),
    liveComment,
  );
  const aDebrief = and(eq(activities.kind, 'DEBRIEF_POSTED'), visibleDebriefs(viewer));
  const where = and(or(onAWriteUp, aDebrief), followed, sql`${activities.actorId} is distinct from ${viewer.id}`);
  const rowsAbout = <T extends PgSelect>(query: T) =>
    query.leftJoin(practices, eq(practices.id, activities.practiceId)).leftJoin(debriefs, eq(debriefs.id, activities.debriefId));
  const counted = rowsAbout(db.select({ n: count() }).from(activities).$dynamic()).where(where);
  // The page and the feed's total in one statement: the total as a subquery of its own (run once),
  // since it counts the whole feed, not what is left after the cursor.
  const rows = await rowsAbout(
    db
      .select({ activity: activities, totalCount: sql<number>`(${counted})::int` })
      .from(activities)
      .$dynamic(),
  )
    .where(and(where, page.after ? lt(activities.id, page.after[0]) : undefined))
    .orderBy(desc(activities.id))
    .limit(page.limit + 1);
  if (rows[0]) return { rows: rows.map((r) => r.activity), totalCount: Number(rows[0].totalCount) };
  // Past the last page there is no row to carry the total.
  const [total] = page.after ? await counted : [];
  return { rows: [], totalCount: total?.n ?? 0 };
}

/** An activity's notifications for members who want each by e-mail as it happens, claimed so none is mailed twice. */
export async function claimImmediateMail(db: Db, activityId: number, now: Date): Promise<Notification[]> {
  return db
    .update(notifications)
    .set({ emailedAt: now })
    .where(
      and(
        eq(notifications.activityId, activityId),
        isNull(notifications.emailedAt),
        isNull(notifications.readAt),
        sql`${notifications.recipientId} in (select id from ${users} where ${users.emailNotifications} = 'IMMEDIATELY' and ${users.disabledAt} is null)`,
      ),
    )
    .returning();
}

/** Unread notifications not yet e-mailed to members who take a daily digest, claimed so no other run sends them again. */
export async function claimDigest(db: Db, now: Date): Promise<Notification[]> {
  return db
    .update(notifications)
    .set({ emailedAt: now })
    .where(
      and(
        isNull(notifications.emailedAt),
        isNull(notifications.readAt),
        lt(notifications.createdAt, now),
        sql`${notifications.recipientId} in (select id from ${users} where ${users.emailNotifications} = 'DAILY' and ${users.disabledAt} is null)`,
      ),
    )
    .returning();
}

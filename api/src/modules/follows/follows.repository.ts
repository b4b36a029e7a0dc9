import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { departments, events, follows, practices, topics, users, type Db, type FollowTarget } from '@muster/db';
import { canSeePractice, canSeeQuestion, followedMembersShown, openableProfiles, visiblePractices, type Viewer } from '../../policy.ts';
import { findPracticeById, practiceColumns } from '../practices/index.ts';
import { questionsByIds, type QuestionRow } from '../questions/index.ts';

/** Whether the target exists for this viewer: the same rules as opening its page. */
export async function targetExists(db: Db, viewer: Viewer | null, target: FollowTarget, id: string): Promise<boolean> {
  switch (target) {
    case 'PRACTICE': {
      const practice = await findPracticeById(db, id);
      return Boolean(practice && canSeePractice(viewer, practice));
    }
    case 'TOPIC':
      return (await db.select({ id: topics.id }).from(topics).where(eq(topics.id, id))).length > 0;
    case 'DEPARTMENT':
      return (await db.select({ id: departments.id }).from(departments).where(eq(departments.id, id))).length > 0;
    case 'USER':
      // A member is followed from their profile: whoever may open it.
      return (
        (
          await db
            .select({ id: users.id })
            .from(users)
            .where(and(eq(users.id, id), openableProfiles(viewer)))
        ).length > 0
      );
    case 'EVENT':
      return (await db.select({ id: events.id }).from(events).where(eq(events.id, id))).length > 0;
    case 'QUESTION': {
      const question = (await questionsByIds(db, [id])).get(id);
      return Boolean(question && canSeeQuestion(viewer, question));
    }
  }
}

export async function addFollow(db: Db, userId: string, targetType: FollowTarget, targetId: string, now: Date): Promise<void> {
  await db.insert(follows).values({ userId, targetType, targetId, createdAt: now }).onConflictDoNothing();
}

export async function removeFollow(db: Db, userId: string, targetType: FollowTarget, targetId: string): Promise<void> {
  await db.delete(follows).where(and(eq(follows.userId, userId), eq(follows.targetType, targetType), eq(follows.targetId, targetId)));
}

export async function followerCounts(db: Db, targetType: FollowTarget, ids: string[]): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: follows.targetId, n: count() })
    .from(follows)
    .where(and(eq(follows.targetType, targetType), inArray(follows.targetId, ids)))
    .groupBy(follows.targetId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

export async function followedAmong(db: Db, userId: string, targetType: FollowTarget, ids: string[]): Promise<Set<string>> {
  const rows = await db
    .select({ id: follows.targetId })
    .from(follows)
    .where(and(eq(follows.userId, userId), eq(follows.targetType, targetType), inArray(follows.targetId, ids)));
  return new Set(rows.map((r) => r.id));
}

/** Everything a member follows, newest follow first; practices only while the member may see them. */
export async function followingOf(db: Db, viewer: Viewer) {
  const mine = (type: FollowTarget) => and(eq(follows.userId, viewer.id), eq(follows.targetType, type));
  const [practiceRows, topicRows, departmentRows, memberRows, eventRows, questionFollows] = await Promise.all([
    db
      .select(practiceColumns)
      .from(follows)
      .innerJoin(practices, eq(practices.id, follows.targetId))
      .where(and(mine('PRACTICE'), visiblePractices(viewer)))
      .orderBy(desc(follows.createdAt)),
    db
      .select({ topic: topics })
      .from(follows)
      .innerJoin(topics, eq(topics.id, follows.targetId))
      .where(mine('TOPIC'))
      .orderBy(desc(follows.createdAt)),
    db
      .select({ department: departments })
      .from(follows)
      .innerJoin(departments, eq(departments.id, follows.targetId))
      .where(mine('DEPARTMENT'))
      .orderBy(desc(follows.createdAt)),
    db
      .select({ user: users })
      .from(follows)
      .innerJoin(users, eq(users.id, follows.targetId))
      .where(and(mine('USER'), followedMembersShown))
      .orderBy(desc(follows.createdAt)),
    db
      .select({ event: events })
      .from(follows)
      .innerJoin(events, eq(events.id, follows.targetId))
      .where(mine('EVENT'))
      .orderBy(desc(follows.createdAt)),
    db.select({ id: follows.targetId }).from(follows).where(mine('QUESTION')).orderBy(desc(follows.createdAt)),
  ]);
  const questions = questionFollows.length
    ? await questionsByIds(
        db,
        questionFollows.map((f) => f.id),
      )
    : new Map<string, QuestionRow>();
  return {
    practices: practiceRows,
    topics: topicRows.map((r) => r.topic),
    departments: departmentRows.map((r) => r.department),
    members: memberRows.map((r) => r.user),
    events: eventRows.map((r) => r.event),
    questions: questionFollows.flatMap((f) => {
      const question = questions.get(f.id);
      return question && canSeeQuestion(viewer, question) ? [question] : [];
    }),
  };
}

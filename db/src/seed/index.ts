import { eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { sizeBandOf } from '../labels.ts';
import { isEmpty, type SeedName } from './names.ts';
import { refreshSearchWords } from '../search-words.ts';
import {
  answerHelpfulMarks,
  answerReplies,
  answers,
  debriefPractices,
  debriefs,
  departments,
  eventAttendance,
  events,
  eventTopics,
  featuredCaseStudies,
  outcomes,
  practices,
  practiceTopics,
  questions,
  questionTopics,
  resources,
  topics,
  users,
} from '../schema/index.ts';
import { demoDebriefs } from './demo/debriefs.ts';
import { demoDepartments } from './demo/departments.ts';
import { demoEvents } from './demo/events.ts';
import { demoFeatured } from './demo/featured.ts';
import { illustrativePractices } from './demo/practices-illustrative.ts';
import { demoQuestions } from './demo/questions.ts';
import { realPractices } from './demo/practices-real.ts';
import { demoTopics } from './demo/topics.ts';
import type { SeedAccount } from './types.ts';

export { isEmpty, seedNames, type SeedName } from './names.ts';

export const demoPractices = [...realPractices, ...illustrativePractices];
export { demoDepartments, demoTopics };

/** Every demo account signs in with this password; the README lists them as demo-only. */
export const demoPassword = 'muster-demo-2026';
/**
 * argon2id (19 MiB, 2 iterations, parallelism 1) of demoPassword, computed once: hashing it per
 * account would add seconds to every first start. A test proves it matches.
 */
const demoPasswordHash = '$argon2id$v=19$m=19456,t=2,p=1$0EPLHl5hD8SGC+YcveBvOQ$k0y779uVfeAkycAiNsfWRIGT5w1DrKSyk2h0XehP3Io';

/** The demo accounts of a department; they author its write-ups. */
export function demoAccountEmail(role: 'chief' | 'member', departmentSlug: string): string {
  return `${role}@${departmentSlug}.muster.demo`;
}

/**
 * Loads the named seed into an empty database, in one transaction; a database that already
 * holds data is left alone. Answers whether it loaded anything.
 */
export async function seed(db: Db, name: SeedName): Promise<boolean> {
  if (name === 'none' || !(await isEmpty(db))) return false;
  await db.transaction(async (tx) => {
    const topicRows = await tx
      .insert(topics)
      .values(demoTopics.map((t, position) => ({ ...t, position })))
      .returning({ id: topics.id, slug: topics.slug });
    const topicId = new Map(topicRows.map((t) => [t.slug, t.id]));
    const topicName = new Map(demoTopics.map((t) => [t.slug, t.name]));

    const departmentRows = await tx
      .insert(departments)
      .values(demoDepartments.map((d) => ({ ...d, verified: true })))
      .returning({ id: departments.id, slug: departments.slug, name: departments.name });

    await tx.insert(users).values([
      {
        email: 'admin@muster.demo',
        displayName: 'Demo Admin',
        handle: 'admin',
        title: 'Administrator',
        role: 'ADMIN',
        verification: 'VERIFIED',
        passwordHash: demoPasswordHash,
        emailConfirmedAt: new Date(),
      },
      {
        email: 'moderator@muster.demo',
        displayName: 'Demo Moderator',
        handle: 'moderator',
        title: 'Moderator',
        role: 'MODERATOR',
        verification: 'VERIFIED',
        passwordHash: demoPasswordHash,
        emailConfirmedAt: new Date(),
      },
    ]);
    const authorRows = await tx
      .insert(users)
      .values(
        departmentRows.flatMap((d) => [
          {
            email: demoAccountEmail('chief', d.slug),
            displayName: 'Demo Chief',
            handle: `chief-${d.slug}`,
            title: 'Chief of the department',
            departmentId: d.id,
            role: 'CHIEF' as const,
            verification: 'VERIFIED' as const,
            passwordHash: demoPasswordHash,
            emailConfirmedAt: new Date(),
          },
          {
            email: demoAccountEmail('member', d.slug),
            displayName: 'Demo Officer',
            handle: `officer-${d.slug}`,
            title: 'Patrol officer',
            departmentId: d.id,
            role: 'MEMBER' as const,
            verification: 'VERIFIED' as const,
            passwordHash: demoPasswordHash,
            emailConfirmedAt: new Date(),
          },
        ]),
      )
      .returning({ id: users.id, email: users.email });
    const userId = new Map(authorRows.map((u) => [u.email, u.id]));
    const departmentId = new Map(departmentRows.map((d) => [d.slug, d.id]));

    const practiceIds = new Map<string, string>();
    for (const p of demoPractices) {
      const { outcomes: outcomeRows, resources: resourceRows, topics: topicSlugs, department, author, publishedAt, ...fields } = p;
      const [row] = await tx
        .insert(practices)
        .values({
          ...fields,
          topicNames: topicSlugs.map((slug) => topicName.get(slug) ?? '').join(' '),
          departmentId: required(departmentId.get(department), `department ${department}`),
          authorId: required(userId.get(demoAccountEmail(author, department)), `author of ${p.slug}`),
          status: 'PUBLISHED',
          publishedAt: new Date(`${publishedAt}T12:00:00Z`),
          createdAt: new Date(`${publishedAt}T12:00:00Z`),
          updatedAt: new Date(`${publishedAt}T12:00:00Z`),
        })
        .returning({ id: practices.id });
      const practiceId = required(row, p.slug).id;
      await tx
        .insert(practiceTopics)
        .values(topicSlugs.map((slug) => ({ practiceId, topicId: required(topicId.get(slug), `topic ${slug}`) })));
      if (outcomeRows.length > 0) {
        await tx.insert(outcomes).values(outcomeRows.map((o, position) => ({ ...o, practiceId, position })));
      }
      if (resourceRows.length > 0) {
        await tx.insert(resources).values(resourceRows.map((r, position) => ({ ...r, practiceId, position })));
      }
      practiceIds.set(p.slug, practiceId);
    }

    const [moderator] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'moderator@muster.demo'));
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const eventIds = new Map<string, string>();
    for (const e of demoEvents) {
      const start =
        typeof e.startsOn === 'string' ? new Date(`${e.startsOn}T12:00:00Z`) : new Date(Date.now() + e.startsOn.inDays * 86400_000);
      const { topics: eventTopicSlugs, startsOn: _startsOn, days, ...fields } = e;
      const [row] = await tx
        .insert(events)
        .values({
          ...fields,
          startsOn: day(start),
          endsOn: day(new Date(start.getTime() + (days - 1) * 86400_000)),
          createdById: moderator?.id ?? null,
        })
        .returning({ id: events.id });
      eventIds.set(e.slug, row!.id);
      await tx
        .insert(eventTopics)
        .values(eventTopicSlugs.map((slug) => ({ eventId: row!.id, topicId: required(topicId.get(slug), `topic ${slug}`) })));
    }
    // Debriefs of the past events; their authors went. No activity: the demo starts with empty inboxes.
    for (const d of demoDebriefs) {
      const { event, author, practices: mentioned, writtenOn, ...fields } = d;
      const eventId = required(eventIds.get(event), `event ${event}`);
      const authorId = required(userId.get(demoAccountEmail(author.role, author.department)), `author of the debrief “${d.title}”`);
      const at = new Date(`${writtenOn}T12:00:00Z`);
      const [row] = await tx
        .insert(debriefs)
        .values({
          ...fields,
          eventId,
          authorId,
          departmentId: required(departmentId.get(author.department), `department ${author.department}`),
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: debriefs.id });
      await tx
        .insert(debriefPractices)
        .values(mentioned.map((slug) => ({ debriefId: row!.id, practiceId: required(practiceIds.get(slug), `practice ${slug}`) })));
      await tx
        .insert(eventAttendance)
        .values({ eventId, userId: authorId, status: 'ATTENDED', createdAt: at, updatedAt: at })
        .onConflictDoNothing();
    }
    // Questions to the network, their answers, helpful marks and replies. No activity and no follows:
    // a demo account starts with an empty inbox and follows nothing, as a new member does.
    const accountId = (a: SeedAccount) => required(userId.get(demoAccountEmail(a.role, a.department)), `account ${a.role}@${a.department}`);
    const departmentOf = new Map(demoDepartments.map((d) => [d.slug, d]));
    for (const q of demoQuestions) {
      const askedAt = new Date(`${q.askedOn}T14:00:00Z`);
      const asker = required(departmentOf.get(q.asker.department), `department ${q.asker.department}`);
      const at = (hours: number) => new Date(askedAt.getTime() + hours * 3600_000);
      const helpful = q.answers.reduce((n, a) => n + (a.helpfulFrom?.length ?? 0), 0);
      const last = q.answers.at(-1);
      const [question] = await tx
        .insert(questions)
        .values({
          title: q.title,
          details: q.details,
          visibility: q.visibility,
          authorId: accountId(q.asker),
          departmentId: required(departmentId.get(asker.slug), `department ${asker.slug}`),
          forAgencyType: q.likeMine ? asker.agencyType : null,
          forSizeBand: q.likeMine ? sizeBandOf(asker.swornOfficers) : null,
          forStates: q.states ?? [],
          answerCount: q.answers.length,
          helpfulCount: helpful,
          lastAnswerAt: last ? at(last.afterHours) : null,
          createdAt: askedAt,
          updatedAt: askedAt,
        })
        .returning({ id: questions.id });
      const questionId = required(question, q.title).id;
      await tx
        .insert(questionTopics)
        .values(q.topics.map((slug) => ({ questionId, topicId: required(topicId.get(slug), `topic ${slug}`) })));
      for (const a of q.answers) {
        const [answer] = await tx
          .insert(answers)
          .values({
            questionId,
            authorId: accountId(a.by),
            departmentId: required(departmentId.get(a.by.department), `department ${a.by.department}`),
            body: a.body,
            createdAt: at(a.afterHours),
          })
          .returning({ id: answers.id });
        const answerId = required(answer, `answer to ${q.title}`).id;
        if (a.helpfulFrom?.length)
          await tx.insert(answerHelpfulMarks).values(
            a.helpfulFrom.map((d) => ({
              answerId,
              userId: accountId({ role: 'member', department: d }),
              createdAt: at(a.afterHours + 2),
            })),
          );
        if (a.replies?.length)
          await tx
            .insert(answerReplies)
            .values(a.replies.map((r, i) => ({ answerId, authorId: accountId(r.by), body: r.body, createdAt: at(a.afterHours + 3 + i) })));
        if (a.accepted)
          await tx
            .update(questions)
            .set({ acceptedAnswerId: answerId, acceptedNote: a.accepted.note ?? null, acceptedAt: at(a.afterHours + 24) })
            .where(eq(questions.id, questionId));
        if (a.writtenUpAs)
          await tx
            .update(practices)
            .set({ sourceAnswerId: answerId })
            .where(eq(practices.id, required(practiceIds.get(a.writtenUpAs), `practice ${a.writtenUpAs}`)));
      }
    }

    await tx.insert(featuredCaseStudies).values(
      demoFeatured.map((f, index) => ({
        practiceId: required(practiceIds.get(f.practice), `featured practice ${f.practice}`),
        note: f.note,
        position: index + 1,
        featuredById: moderator?.id ?? null,
      })),
    );
  });
  await refreshSearchWords(db);
  return true;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo data refers to an unknown ${what}`);
  return value;
}

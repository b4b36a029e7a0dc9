import { eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  activities,
  adoptions,
  debriefs,
  departments,
  events,
  messages,
  notifications,
  practices,
  questions,
  users,
  type ActivityKind,
  type Db,
  type NotificationReason,
} from '@muster/db';
import { groupBy } from '../../graphql/loaders.ts';
import type { Mail } from './mail.ts';

interface Said {
  kind: ActivityKind;
  actor: string;
  title: string;
  /** The adopting department, for an adoption. */
  adopter: string | null;
  onComment: boolean;
  /** On a question (onAnswer: an answer to it) rather than a write-up. */
  onQuestion?: boolean;
  onAnswer?: boolean;
  /** A direct message: what a FLAG_RESOLVED reporter flagged. */
  onMessage: boolean;
  flagAction: string | null;
  /** The event a debrief is about. */
  event: string | null;
  /** What a moderator or a chief wrote to the author. */
  note?: string | null;
}

/** A note said after the line, when there is one. */
const withNote = (line: string, note: string | null | undefined) => (note ? `${line}: “${note}”` : line);

/** What a notification says, in one line, as the inbox and e-mail show it. */
export function describe(reason: NotificationReason, said: Said): string {
  const { actor, title, adopter } = said;
  switch (reason) {
    case 'REPLY':
      return `${actor} replied to you on “${title}”`;
    case 'MENTION':
      return `${actor} mentioned you on “${title}”`;
    case 'YOUR_PRACTICE_DISCUSSED':
      return `${actor} commented on your write-up “${title}”`;
    case 'YOUR_PRACTICE_PUBLISHED':
      return `Your write-up “${title}” was published`;
    case 'YOUR_PRACTICE_ADOPTED':
      return `${adopter ?? 'Another department'} adopted your practice “${title}”`;
    case 'YOUR_PRACTICE_FEATURED':
      return `Your write-up “${title}” is now a featured case study`;
    case 'YOUR_FLAG_RESOLVED':
      if (said.onMessage) {
        return said.flagAction === 'HIDE'
          ? 'Moderators removed the message you reported'
          : 'Moderators reviewed the message you reported and left it up';
      }
      if (said.onAnswer) {
        return said.flagAction === 'HIDE'
          ? `Moderators hid the answer you flagged to “${title}”`
          : `Moderators reviewed the answer you flagged to “${title}” and left it up`;
      }
      if (said.flagAction === 'HIDE')
        return said.onComment ? `Moderators hid the comment you flagged on “${title}”` : `Moderators hid “${title}”, which you flagged`;
      return said.onComment
        ? `Moderators reviewed the comment you flagged on “${title}” and left it up`
        : `Moderators reviewed “${title}”, which you flagged, and left it up`;
    case 'FOLLOWED_PRACTICE':
      if (said.kind === 'PRACTICE_ADOPTED') return `${adopter ?? 'A department'} adopted “${title}”, which you follow`;
      if (said.kind === 'PRACTICE_FEATURED') return `“${title}”, which you follow, is now a featured case study`;
      return `${actor} commented on “${title}”, which you follow`;
    case 'FOLLOWED_TOPIC':
      if (said.kind === 'QUESTION_ASKED') return `${actor} asked in a topic you follow: “${title}”`;
      return `New write-up in a topic you follow: “${title}”`;
    case 'FOLLOWED_DEPARTMENT':
      if (said.kind === 'PRACTICE_ADOPTED') return `${adopter ?? 'A department'}, which you follow, adopted “${title}”`;
      if (said.kind === 'PRACTICE_FEATURED') return `“${title}”, from a department you follow, is now a featured case study`;
      return `New write-up from a department you follow: “${title}”`;
    case 'FOLLOWED_MEMBER':
      if (said.kind === 'DEBRIEF_POSTED') return `${actor}, whom you follow, posted a debrief of ${said.event}: “${title}”`;
      return `${actor}, whom you follow, published “${title}”`;
    case 'FOLLOWED_EVENT':
      return `${actor} posted a debrief of ${said.event}, which you follow: “${title}”`;
    case 'DEPARTMENT_COLLEAGUE':
      return `${actor}, from your department, posted a debrief of ${said.event}: “${title}”`;
    case 'YOUR_PRACTICE_IN_DEBRIEF':
      return `${actor} mentioned your write-up in a debrief of ${said.event}: “${title}”`;
    case 'MESSAGE':
      return `${actor} sent you a message`;
    case 'YOUR_CONTENT_HIDDEN':
      if (said.onQuestion) {
        const yours = said.onAnswer ? `Your answer to “${title}”` : `Your question “${title}”`;
        if (said.flagAction === 'FLAGS') return `${yours} is hidden while moderators review the flags on it`;
        return withNote(said.onAnswer ? `Moderators hid your answer to “${title}”` : `Moderators hid your question “${title}”`, said.note);
      }
      if (said.flagAction === 'FLAGS') {
        return said.onComment
          ? `Your comment on “${title}” is hidden while moderators review the flags on it`
          : `Your write-up “${title}” is hidden while moderators review the flags on it`;
      }
      return withNote(said.onComment ? `Moderators hid your comment on “${title}”` : `Moderators hid your write-up “${title}”`, said.note);
    case 'YOUR_CONTENT_RESTORED':
      if (said.onQuestion)
        return withNote(
          said.onAnswer ? `Moderators restored your answer to “${title}”` : `Moderators restored your question “${title}”`,
          said.note,
        );
      return withNote(
        said.onComment ? `Moderators restored your comment on “${title}”` : `Moderators restored your write-up “${title}”`,
        said.note,
      );
    case 'REVIEW_REQUESTED':
      return `${actor} asks you to review the draft “${title}”`;
    case 'YOUR_PRACTICE_SENT_BACK':
      return withNote(`${actor} sent your draft “${title}” back to you`, said.note);
    case 'MEMBER_WAITING':
      return `${actor} signed up and waits for you to verify them`;
    case 'YOUR_MEMBERSHIP_VERIFIED':
      return 'Your membership is verified: you can read members-only write-ups and take part in discussions';
    case 'YOUR_MEMBERSHIP_REJECTED':
      return 'Your membership was not verified: you can still read public write-ups';
    case 'YOUR_QUESTION_ANSWERED':
      return `${actor} answered your question “${title}”`;
    case 'YOUR_ANSWER_ACCEPTED':
      return withNote(`${actor} accepted your answer to “${title}”`, said.note);
    case 'FOLLOWED_QUESTION':
      if (said.kind === 'ANSWER_ACCEPTED') return `${actor} accepted an answer to “${title}”, which you follow`;
      return `${actor} answered “${title}”, which you follow`;
    case 'QUESTION_FOR_YOUR_DEPARTMENT':
      return `${actor} asks departments like yours: “${title}”`;
  }
}

interface Line {
  notificationId: number;
  recipientId: string;
  email: string;
  displayName: string;
  text: string;
  /** The line without the note, short enough for a mail's subject. */
  subject: string;
  /** The page it leads to, from the site's root. */
  path: string;
  url: string;
}

/** Each notification as a line of text with the link back to the page it is about. */
export async function notificationLines(db: Db, ids: number[], publicUrl: string): Promise<Line[]> {
  const lines: Line[] = [];
  // In slices: a digest day can hold more ids than one statement takes parameters.
  for (let i = 0; i < ids.length; i += 5000) lines.push(...(await linesOf(db, ids.slice(i, i + 5000), publicUrl)));
  return lines;
}

async function linesOf(db: Db, ids: number[], publicUrl: string): Promise<Line[]> {
  if (ids.length === 0) return [];
  const actor = alias(users, 'actor');
  const recipient = alias(users, 'recipient');
  const rows = await db
    .select({
      id: notifications.id,
      reason: notifications.reason,
      recipientId: recipient.id,
      email: recipient.email,
      displayName: recipient.displayName,
      actor: actor.displayName,
      title: practices.title,
      questionId: activities.questionId,
      questionTitle: questions.title,
      answerId: activities.answerId,
      slug: practices.slug,
      debriefId: debriefs.id,
      debriefTitle: debriefs.title,
      event: events.name,
      conversationId: messages.conversationId,
      commentId: activities.commentId,
      kind: activities.kind,
      flagAction: activities.flagAction,
      adopter: departments.name,
      note: activities.note,
    })
    .from(notifications)
    .innerJoin(recipient, eq(recipient.id, notifications.recipientId))
    .innerJoin(activities, eq(activities.id, notifications.activityId))
    .leftJoin(practices, eq(practices.id, activities.practiceId))
    .leftJoin(debriefs, eq(debriefs.id, activities.debriefId))
    .leftJoin(questions, eq(questions.id, activities.questionId))
    .leftJoin(events, eq(events.id, debriefs.eventId))
    .leftJoin(messages, eq(messages.id, activities.messageId))
    .leftJoin(actor, eq(actor.id, activities.actorId))
    .leftJoin(adoptions, eq(adoptions.id, activities.adoptionId))
    .leftJoin(departments, eq(departments.id, adoptions.departmentId))
    .where(inArray(notifications.id, ids))
    .orderBy(notifications.id);
  return rows.map((r) => {
    const path = r.questionId
      ? `/questions/${r.questionId}${r.answerId ? `#answer-${r.answerId}` : ''}`
      : r.debriefId
        ? `/debriefs/${r.debriefId}`
        : r.conversationId
          ? `/messages/${r.conversationId}`
          : r.kind === 'MEMBER_SIGNED_UP'
            ? '/members/pending'
            : r.kind === 'MEMBER_VERIFIED' || r.kind === 'MEMBER_REJECTED'
              ? '/'
              : `/practices/${r.slug}${r.commentId ? `#comment-${r.commentId}` : ''}`;
    const said: Said = {
      kind: r.kind,
      actor: r.actor ?? 'A former member',
      title: r.questionTitle ?? r.debriefTitle ?? r.title ?? '',
      adopter: r.adopter,
      onComment: r.commentId !== null,
      onQuestion: r.questionId !== null,
      onAnswer: r.answerId !== null,
      onMessage: r.conversationId !== null,
      flagAction: r.flagAction,
      event: r.event,
      note: r.note,
    };
    return {
      notificationId: r.id,
      recipientId: r.recipientId,
      email: r.email,
      displayName: r.displayName,
      text: describe(r.reason, said),
      subject: describe(r.reason, { ...said, note: null }),
      path,
      url: `${publicUrl}${path}`,
    };
  });
}

const footer = (publicUrl: string) =>
  `\n\n—\nYour notifications: ${publicUrl}/notifications\nChoose how Muster e-mails you: ${publicUrl}/settings\n`;

/** One mail per notification, for members who want each as it happens. */
export function immediateMails(lines: Line[], publicUrl: string): Mail[] {
  return lines.map((line) => ({
    recipientId: line.recipientId,
    to: line.email,
    subject: line.subject,
    text: `Hello ${line.displayName},\n\n${line.text}.\n${line.url}${footer(publicUrl)}`,
  }));
}

/** One mail per member, listing what happened since their last digest. */
export function digestMails(lines: Line[], publicUrl: string): Mail[] {
  return [...groupBy(lines, (line) => line.recipientId).values()].flatMap(([first, ...rest]) => {
    if (!first) return [];
    const mine = [first, ...rest];
    const shown = mine.slice(0, 30);
    const more = mine.length - shown.length;
    return {
      recipientId: first.recipientId,
      to: first.email,
      subject: `Muster daily digest: ${mine.length} new ${mine.length === 1 ? 'notification' : 'notifications'}`,
      text:
        `Hello ${first.displayName},\n\nSince your last digest:\n\n` +
        shown.map((line) => `• ${line.text}\n  ${line.url}`).join('\n') +
        (more > 0 ? `\n\n…and ${more} more in your notifications.` : '') +
        footer(publicUrl),
    };
  });
}

// What the inbox shows of a notification, asked for alike by its load and its live subscription.

export type NotificationReason =
  | 'REPLY'
  | 'MENTION'
  | 'YOUR_PRACTICE_DISCUSSED'
  | 'YOUR_PRACTICE_PUBLISHED'
  | 'YOUR_PRACTICE_ADOPTED'
  | 'YOUR_PRACTICE_FEATURED'
  | 'YOUR_FLAG_RESOLVED'
  | 'FOLLOWED_PRACTICE'
  | 'FOLLOWED_TOPIC'
  | 'FOLLOWED_DEPARTMENT'
  | 'FOLLOWED_MEMBER'
  | 'FOLLOWED_EVENT'
  | 'DEPARTMENT_COLLEAGUE'
  | 'YOUR_PRACTICE_IN_DEBRIEF'
  | 'MESSAGE'
  | 'YOUR_CONTENT_HIDDEN'
  | 'YOUR_CONTENT_RESTORED'
  | 'REVIEW_REQUESTED'
  | 'YOUR_PRACTICE_SENT_BACK'
  | 'MEMBER_WAITING'
  | 'YOUR_MEMBERSHIP_VERIFIED'
  | 'YOUR_MEMBERSHIP_REJECTED'
  | 'YOUR_QUESTION_ANSWERED'
  | 'YOUR_ANSWER_ACCEPTED'
  | 'FOLLOWED_QUESTION'
  | 'QUESTION_FOR_YOUR_DEPARTMENT';

export interface InboxNotification {
  id: string;
  reason: NotificationReason;
  /** One ready sentence from the API: "Demo Officer replied to you on “…”". */
  text: string;
  /** Where it leads, from the site's root: the write-up (at the comment), the debrief or the conversation. */
  path: string;
  read: boolean;
  createdAt: string;
  activity: {
    id: string;
    kind: string;
    /** Null once the member may no longer open the write-up (moderators hid what they flagged). */
    practice: { slug: string; title: string } | null;
    comment: { id: string } | null;
  };
}

export const NOTIFICATION_FIELDS = /* GraphQL */ `
  fragment InboxNotification on Notification {
    id
    reason
    text
    path
    read
    createdAt
    activity {
      id
      kind
      practice {
        slug
        title
      }
      comment {
        id
      }
    }
  }
`;

export const NOTIFICATION_ADDED = /* GraphQL */ `
  subscription InboxNotificationAdded {
    notificationAdded {
      ...InboxNotification
    }
  }
  ${NOTIFICATION_FIELDS}
`;

/** Activities about something other than a write-up: they lead where the API's path says. */
const NOT_ABOUT_A_WRITE_UP = new Set([
  'DEBRIEF_POSTED',
  'MESSAGE_SENT',
  'MEMBER_SIGNED_UP',
  'MEMBER_VERIFIED',
  'MEMBER_REJECTED',
  'QUESTION_ASKED',
  'ANSWER_POSTED',
  'ANSWER_ACCEPTED',
]);

/**
 * Where a notification leads: the comment itself when there is one, the write-up, the debrief,
 * the question, the conversation or the members waiting; null when a write-up is no longer open to the member.
 */
export function notificationHref(notification: InboxNotification): string | null {
  const { kind, practice } = notification.activity;
  if (!NOT_ABOUT_A_WRITE_UP.has(kind) && !practice) return null;
  return notification.path;
}

/** Why it reached the member, in a few words under the sentence. */
const REASONS: Record<NotificationReason, string> = {
  REPLY: 'A reply to you',
  MENTION: 'You were mentioned',
  YOUR_PRACTICE_DISCUSSED: 'Your write-up',
  YOUR_PRACTICE_PUBLISHED: 'Your write-up',
  YOUR_PRACTICE_ADOPTED: 'Your write-up',
  YOUR_PRACTICE_FEATURED: 'Your write-up',
  YOUR_FLAG_RESOLVED: 'Something you flagged',
  FOLLOWED_PRACTICE: 'A write-up you follow',
  FOLLOWED_TOPIC: 'A topic you follow',
  FOLLOWED_DEPARTMENT: 'A department you follow',
  FOLLOWED_MEMBER: 'A member you follow',
  FOLLOWED_EVENT: 'An event you follow',
  DEPARTMENT_COLLEAGUE: 'Your department',
  YOUR_PRACTICE_IN_DEBRIEF: 'Your write-up',
  MESSAGE: 'A message to you',
  YOUR_CONTENT_HIDDEN: 'Moderation of what you wrote',
  YOUR_CONTENT_RESTORED: 'Moderation of what you wrote',
  REVIEW_REQUESTED: 'A draft to review',
  YOUR_PRACTICE_SENT_BACK: 'Your draft',
  MEMBER_WAITING: 'A member to verify',
  YOUR_MEMBERSHIP_VERIFIED: 'Your membership',
  YOUR_MEMBERSHIP_REJECTED: 'Your membership',
  YOUR_QUESTION_ANSWERED: 'Your question',
  YOUR_ANSWER_ACCEPTED: 'Your answer',
  FOLLOWED_QUESTION: 'A question you follow',
  QUESTION_FOR_YOUR_DEPARTMENT: 'A question for your department',
};

export function reasonLabel(reason: NotificationReason): string {
  return REASONS[reason] ?? '';
}

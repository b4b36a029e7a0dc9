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
	| 'FOLLOWED_MEMBER';

export interface InboxNotification {
	id: string;
	reason: NotificationReason;
	/** One ready sentence from the API: "Demo Officer replied to you on “…”". */
	text: string;
	read: boolean;
	createdAt: string;
	activity: {
		id: string;
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
		read
		createdAt
		activity {
			id
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

/** Where a notification leads: the comment itself when there is one, else the write-up; null when neither is open to the member. */
export function notificationHref(notification: InboxNotification): string | null {
	const { practice, comment } = notification.activity;
	if (!practice) return null;
	return `/practices/${practice.slug}${comment ? `#comment-${comment.id}` : ''}`;
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
};

export function reasonLabel(reason: NotificationReason): string {
	return REASONS[reason] ?? '';
}

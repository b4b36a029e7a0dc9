// What the moderation dashboard shows (see api/src/modules/moderation/moderation.graphql), and
// the words it uses for the API's codes.
import type { FlagReason } from '$lib/components/FlagReasonBadges.svelte';
import type { CaseStudySchedule } from '$lib/components/CaseStudyCard.svelte';
import type { ModerationEvent } from '$lib/components/ModerationPanel.svelte';

export type FlagAction = 'HIDE' | 'RESTORE' | 'DISMISS';

export interface QueueFlag {
  id: string;
  reason: FlagReason;
  note: string | null;
  createdAt: string;
  resolved: boolean;
  action: FlagAction | null;
  flagger: { displayName: string; handle: string } | null;
}

/** One flagged item in the queue: its first open flag, carrying the whole item's context. */
export interface QueueEntry {
  id: string;
  target: 'PRACTICE' | 'COMMENT' | 'MESSAGE' | 'QUESTION' | 'ANSWER';
  urgency: number;
  targetOpenFlagCount: number;
  targetReasons: FlagReason[];
  targetHidden: boolean;
  /** The write-up flagged, or the one the flagged comment is under; null for a direct message. */
  practice: {
    slug: string;
    title: string;
    summary: string;
    hiddenReason: string | null;
    author: { handle: string; displayName: string } | null;
    department: { name: string };
  } | null;
  comment: {
    id: string;
    bodyHtml: string;
    deleted: boolean;
    createdAt: string;
    hiddenReason: string | null;
    author: { handle: string; displayName: string } | null;
  } | null;
  /** The question flagged, or the one the flagged answer is under. */
  question: {
    id: string;
    title: string;
    hiddenReason: string | null;
    author: { handle: string; displayName: string } | null;
    department: { name: string } | null;
  } | null;
  answer: {
    id: string;
    bodyHtml: string;
    createdAt: string;
    hiddenReason: string | null;
    author: { handle: string; displayName: string } | null;
  } | null;
  /** A reported direct message: that one message (moderators never see the rest of its conversation). */
  message: {
    id: string;
    bodyHtml: string;
    createdAt: string;
    sender: { handle: string; displayName: string } | null;
  } | null;
  /** Every flag on the item, oldest first, closed ones included. */
  targetFlags: QueueFlag[] | null;
}

export interface LogEntry {
  id: string;
  at: string;
  action: string;
  actor: { displayName: string; handle: string } | null;
  subject: { displayName: string; handle: string } | null;
  detail: string | null;
}

/** A write-up, comment, question or answer hidden now, with what was flagged and decided about it. */
export interface HiddenItem {
  target: 'PRACTICE' | 'COMMENT' | 'QUESTION' | 'ANSWER';
  id: string;
  hiddenAt: string;
  hiddenReason: string | null;
  practice: { slug: string; title: string } | null;
  comment: { id: string; bodyHtml: string } | null;
  question: { id: string; title: string } | null;
  answer: { id: string; bodyHtml: string } | null;
  author: { displayName: string; handle: string } | null;
  history: ModerationEvent[];
}

export interface FeaturedRow {
  id: string;
  /** The Markdown, for editing. */
  note: string;
  noteHtml: string;
  position: number;
  startsOn: string | null;
  endsOn: string | null;
  schedule: CaseStudySchedule;
  practice: { slug: string; title: string; department: { name: string } };
}

export interface ModerationSummary {
  openFlags: number;
  flaggedItems: number;
  pendingMembers: number;
  currentFeatured: number;
}

/** The dashboard's forms, so a refusal is shown beside the one that was sent. */
export type ModerationForm = 'resolve' | 'moderate' | 'feature' | 'updateFeatured' | 'move' | 'unfeature' | 'lock' | 'suspend' | 'lift';

/** Fixed texts for `?done=`, set by the actions' redirects, and the part of the page each belongs to. */
export const DONE = {
  hidden: { section: 'queue', text: 'Hidden. Its author sees your note as the reason and is told; the reporters are told.' },
  restored: { section: 'queue', text: 'Restored: it shows again; its author and the reporters are told.' },
  dismissed: { section: 'queue', text: 'Reports dismissed; the reporters are told.' },
  'hidden-again': { section: 'hidden', text: 'Hidden. Its author is told, with your note.' },
  'restored-item': { section: 'hidden', text: 'Restored: it shows again. Its author is told, with your note.' },
  featured: { section: 'featured', text: 'Featured. Its author and its department’s followers are told.' },
  updated: { section: 'featured', text: 'Case study saved.' },
  reordered: { section: 'featured', text: 'Case studies reordered.' },
  unfeatured: { section: 'featured', text: 'No longer featured.' },
  locked: { section: 'discussions', text: 'Discussion locked: nobody can comment until it is unlocked.' },
  unlocked: { section: 'discussions', text: 'Discussion unlocked: members can comment again.' },
  suspended: { section: 'members', text: 'Member suspended: they can read but not post until then.' },
  lifted: { section: 'members', text: 'Suspension lifted: they can post again.' },
} as const;

export type DoneKey = keyof typeof DONE;
export type DashboardSection = (typeof DONE)[DoneKey]['section'];

const LOG_ACTION_LABELS: Record<string, string> = {
  FLAG_RESOLVED: 'Reports resolved',
  CONTENT_HIDDEN: 'Hidden',
  CONTENT_RESTORED: 'Restored',
  CONTENT_AUTO_HIDDEN: 'Hidden by reports',
  DISCUSSION_LOCKED: 'Discussion locked',
  DISCUSSION_UNLOCKED: 'Discussion unlocked',
  QUESTION_LOCKED: 'Question locked',
  QUESTION_UNLOCKED: 'Question unlocked',
  COMMENT_DELETED: 'Comment deleted',
  MEMBER_SUSPENDED: 'Member suspended',
  SUSPENSION_LIFTED: 'Suspension lifted',
  PRACTICE_FEATURED: 'Write-up featured',
  FEATURED_UPDATED: 'Case study edited',
  FEATURED_REORDERED: 'Case studies reordered',
  PRACTICE_UNFEATURED: 'Write-up unfeatured',
};

export function logActionLabel(action: string): string {
  return LOG_ACTION_LABELS[action] ?? action;
}

const FLAG_ACTION_LABELS: Record<FlagAction, string> = {
  HIDE: 'hidden',
  RESTORE: 'restored',
  DISMISS: 'dismissed',
};

export function flagActionLabel(action: FlagAction): string {
  return FLAG_ACTION_LABELS[action] ?? action;
}

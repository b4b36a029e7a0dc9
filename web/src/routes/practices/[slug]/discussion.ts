// The discussion under a write-up: what the page asks of the API (server load and the browser's
// live subscription ask for the same fields), and how comments that arrive live join the threads.
import { MODERATION_EVENT, type ModerationEvent } from '$lib/components/ModerationPanel.svelte';
import type { Connection } from '$lib/types';

export interface DiscussionComment {
  id: string;
  /** Null once the comment is deleted or its author's account is gone. */
  author: {
    id: string;
    displayName: string;
    handle: string;
    title: string;
    department: { name: string; slug: string } | null;
  } | null;
  parent: { id: string; author: { displayName: string } | null } | null;
  /** The Markdown, for its author only. */
  body: string | null;
  /** Sanitised by the API; '' once deleted. */
  bodyHtml: string;
  deleted: boolean;
  /** Hidden by moderators: its words reach only its author and moderators (bodyHtml '' for others). */
  hidden: boolean;
  /** Why, for its author and moderators. */
  hiddenReason: string | null;
  edited: boolean;
  editedAt: string | null;
  createdAt: string;
  /** New to the signed-in member since they last opened the discussion. */
  unread: boolean;
  helpfulCount: number;
  viewerFoundHelpful: boolean;
  viewerCan: { edit: boolean; delete: boolean; reply: boolean; markHelpful: boolean };
  /** Moderators only: earlier bodies, newest first. */
  revisions: { body: string; replacedAt: string }[] | null;
  /** Moderators only (null for others): its flags and decisions, oldest first. */
  moderationHistory: ModerationEvent[] | null;
}

export interface DiscussionThread extends DiscussionComment {
  replies: DiscussionComment[];
}

/** What the practice page loads about its discussion and its followers. */
export interface DiscussionFields {
  /** Hidden by moderators: the discussion is closed meanwhile. */
  hidden: boolean;
  commentCount: number;
  /** Comments new to the signed-in member since their last visit (null for visitors); this visit is recorded after reading them. */
  newCommentCount: number | null;
  viewerLastReadAt: string | null;
  firstUnreadCommentId: string | null;
  discussionLocked: boolean;
  viewerCanComment: boolean;
  followerCount: number;
  viewerFollows: boolean;
  comments: Connection<DiscussionThread>;
}

/** Threads per page: the API's own default, so a "More comments" link and the API agree. */
export const THREADS_PER_PAGE = 50;

/** The longest comment the API takes, in characters. */
export const COMMENT_MAX = 10_000;

export const DISCUSSION_COMMENT = /* GraphQL */ `
  fragment DiscussionComment on Comment {
    id
    author {
      id
      displayName
      handle
      title
      department {
        name
        slug
      }
    }
    parent {
      id
      author {
        displayName
      }
    }
    body
    bodyHtml
    deleted
    hidden
    hiddenReason
    edited
    editedAt
    createdAt
    unread
    helpfulCount
    viewerFoundHelpful
    viewerCan {
      edit
      delete
      reply
      markHelpful
    }
    revisions {
      body
      replacedAt
    }
    moderationHistory {
      ...ModerationEvent
    }
  }
  ${MODERATION_EVENT}
`;

/** Spread into `practice { … }`; the query declares $commentsFirst and $commentsAfter. */
export const DISCUSSION_FIELDS = /* GraphQL */ `
  fragment Discussion on Practice {
    hidden
    commentCount
    newCommentCount
    viewerLastReadAt
    firstUnreadCommentId
    discussionLocked
    viewerCanComment
    followerCount
    viewerFollows
    comments(first: $commentsFirst, after: $commentsAfter) {
      totalCount
      edges {
        cursor
        node {
          ...DiscussionComment
          replies {
            ...DiscussionComment
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${DISCUSSION_COMMENT}
`;

export const COMMENT_ADDED = /* GraphQL */ `
  subscription CommentAdded($practiceId: ID!) {
    commentAdded(practiceId: $practiceId) {
      ...DiscussionComment
    }
  }
  ${DISCUSSION_COMMENT}
`;

/** A comment that arrived over the subscription, and the thread it belongs to (its own id for a new thread). */
export interface LiveComment {
  comment: DiscussionComment;
  threadId: string;
}

/**
 * The thread a new comment joins: a thread's first comment or any of its replies may be answered,
 * and replies of replies sit in the same thread. Null when its parent is not on this page.
 */
export function threadOf(comment: DiscussionComment, threads: readonly DiscussionThread[]): string | null {
  const parentId = comment.parent?.id;
  if (!parentId) return comment.id;
  const thread = threads.find((t) => t.id === parentId || t.replies.some((r) => r.id === parentId));
  return thread?.id ?? null;
}

/**
 * The loaded threads with the live comments added where they belong, and the ids of those added.
 * A comment the page has since loaded (after the viewer's own post, or any reload) is taken from
 * the load only, so none shows twice.
 */
export function withLiveComments(
  threads: readonly DiscussionThread[],
  live: readonly LiveComment[],
  acceptNewThreads: boolean,
): { threads: DiscussionThread[]; added: string[] } {
  const loaded = new Set(threads.flatMap((t) => [t.id, ...t.replies.map((r) => r.id)]));
  const fresh = live.filter((l) => !loaded.has(l.comment.id));
  if (fresh.length === 0) return { threads: [...threads], added: [] };
  const merged = threads.map((thread) => ({ ...thread, replies: [...thread.replies] }));
  const added: string[] = [];
  for (const { comment, threadId } of fresh) {
    const thread = comment.parent ? merged.find((t) => t.id === threadId) : undefined;
    if (thread) thread.replies.push(comment);
    else if (!comment.parent && acceptNewThreads) merged.push({ ...comment, replies: [] });
    else continue;
    added.push(comment.id);
  }
  return { threads: merged, added };
}

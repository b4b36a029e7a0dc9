import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SearchResultRow, ActivityRow, AnswerRow, AnswerReplyRow, AuditEntryRow, CommentRow, ConversationRow, DebriefRow, DepartmentRow, DepartmentMoveRow, EventRow, FeaturedCaseStudyRow, FlagRow, InvitationRow, MessageRow, ModeratedItemRow, ModerationEventRow, NotificationRow, PracticeRow, QuestionRow, SavedItemRow, TopicRow, UserRow, Connection } from '../graphql/mappers.ts';
import type { MercuriusContext } from 'mercurius';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: Date | string; }
  /** An instant, as an ISO 8601 string with time zone. */
  DateTime: { input: Date; output: Date | string; }
};

export type AcceptInvitationInput = {
  /** Needed for a new account (not when signed in as an existing account with the invited address). */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Needed for a new account: at least 12 characters, at most 128; common or breached passwords are refused. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** Title or rank; needed for a new account. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Something that happened on Muster: the feed lists them, notifications point at them. */
export type Activity = {
  __typename?: 'Activity';
  /** Who did it; null once their account is gone. */
  actor?: Maybe<User>;
  /** PRACTICE_ADOPTED: the adoption. */
  adoption?: Maybe<Adoption>;
  /** ANSWER_POSTED, ANSWER_ACCEPTED: the answer. */
  answer?: Maybe<Answer>;
  /** COMMENT_POSTED: the comment. */
  comment?: Maybe<Comment>;
  /** MESSAGE_SENT: the conversation, for its participants. */
  conversation?: Maybe<Conversation>;
  createdAt: Scalars['DateTime']['output'];
  /** DEBRIEF_POSTED: the debrief (null when the viewer may not read it). */
  debrief?: Maybe<Debrief>;
  id: Scalars['ID']['output'];
  kind: ActivityKind;
  /** The write-up it is about; null for a debrief or a message, and when the viewer may no longer open it (e.g. a write-up moderators hid after the viewer flagged it). */
  practice?: Maybe<Practice>;
  /** QUESTION_ASKED, ANSWER_POSTED, ANSWER_ACCEPTED: the question. */
  question?: Maybe<Question>;
};

export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

export type ActivityKind =
  /** The asker (or a moderator) accepted an answer. */
  | 'ANSWER_ACCEPTED'
  /** Someone answered a question. */
  | 'ANSWER_POSTED'
  | 'COMMENT_POSTED'
  /** A moderator hid or restored a write-up or comment (only ever in its author's notifications). */
  | 'CONTENT_HIDDEN'
  | 'CONTENT_RESTORED'
  /** A member posted a debrief of an event. */
  | 'DEBRIEF_POSTED'
  /** A moderator decided on flagged content (only ever in the flaggers' notifications). */
  | 'FLAG_RESOLVED'
  | 'MEMBER_REJECTED'
  /** A new member waits for verification (told to their chief, or to moderators when the department has none). */
  | 'MEMBER_SIGNED_UP'
  | 'MEMBER_VERIFIED'
  /** A direct message (only ever in its recipients' notifications). */
  | 'MESSAGE_SENT'
  | 'PRACTICE_ADOPTED'
  | 'PRACTICE_FEATURED'
  | 'PRACTICE_PUBLISHED'
  /** A chief sent a draft back to its author. */
  | 'PRACTICE_SENT_BACK'
  /** An author asked their chief to review a draft. */
  | 'PRACTICE_SUBMITTED'
  /** A member asked the network a question. */
  | 'QUESTION_ASKED';

/** A department reporting that it took up another department's practice, and how it went there. */
export type Adoption = {
  __typename?: 'Adoption';
  /** What the adopting department changed from the original. */
  changes?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  department: Department;
  endedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** The adopting department is like the viewer's (same agency type, sworn officers within a factor of two). */
  likeMine: Scalars['Boolean']['output'];
  note?: Maybe<Scalars['String']['output']>;
  outcomes: Array<Outcome>;
  practice: Practice;
  reportedBy?: Maybe<User>;
  startedOn?: Maybe<Scalars['Date']['output']>;
  status: AdoptionStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type AdoptionInput = {
  changes?: InputMaybe<Scalars['String']['input']>;
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** At most 20 rows. */
  outcomes?: InputMaybe<Array<OutcomeInput>>;
  startedOn?: InputMaybe<Scalars['Date']['input']>;
  status: AdoptionStatus;
};

export type AdoptionStatus =
  | 'ADOPTED'
  | 'DISCONTINUED'
  | 'PILOT'
  | 'PLANNING';

export type AgencyType =
  | 'CAMPUS'
  | 'MUNICIPAL'
  | 'OTHER'
  | 'SHERIFF'
  | 'STATE'
  | 'TRANSIT'
  | 'TRIBAL';

/** An answer to a question. */
export type Answer = {
  __typename?: 'Answer';
  accepted: Scalars['Boolean']['output'];
  /** Null when the author's account is gone. */
  author?: Maybe<User>;
  /** The Markdown, for its author to edit; null for everyone else. */
  body?: Maybe<Scalars['String']['output']>;
  /** Rendered and sanitised; a write-up's address on a line of its own shows as a card (see practices). */
  bodyHtml: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The answerer's department when they answered. */
  department?: Maybe<Department>;
  edited: Scalars['Boolean']['output'];
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  helpfulCount: Scalars['Int']['output'];
  /** Hidden by moderators (or by flags, pending review): only its author and moderators read it. */
  hidden: Scalars['Boolean']['output'];
  /** Why it is hidden: for its author and moderators. */
  hiddenReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Moderators only (null for others): flags and decisions on it, oldest first. */
  moderationHistory?: Maybe<Array<ModerationEvent>>;
  /** Write-ups the answer points to by their address, that the viewer may open. */
  practices: Array<Practice>;
  question: Question;
  /** Replies under the answer, oldest first (one level deep). */
  replies: Array<AnswerReply>;
  /** Moderators: the earlier bodies of an edited answer, newest first; null for everyone else. */
  revisions?: Maybe<Array<AnswerRevision>>;
  /** New for the signed-in member since they last opened the question (see Question.newAnswerCount); false for visitors. */
  unread: Scalars['Boolean']['output'];
  viewerCan: AnswerPermissions;
  viewerFoundHelpful: Scalars['Boolean']['output'];
  /** Write-ups drafted from the answer that the viewer may open (a draft only within its department), newest first. */
  writeUps: Array<Practice>;
};

export type AnswerPermissions = {
  __typename?: 'AnswerPermissions';
  /** Turn the accepted answer into a write-up draft: the chief of the answering department. */
  draftWriteUp: Scalars['Boolean']['output'];
  edit: Scalars['Boolean']['output'];
  /** Report it to the moderators (signed-in members who did not write it, while it shows). */
  flag: Scalars['Boolean']['output'];
  markHelpful: Scalars['Boolean']['output'];
  /** Moderators: hide or restore it. */
  moderate: Scalars['Boolean']['output'];
  reply: Scalars['Boolean']['output'];
};

/** A reply under an answer. */
export type AnswerReply = {
  __typename?: 'AnswerReply';
  author?: Maybe<User>;
  bodyHtml: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

export type AnswerRevision = {
  __typename?: 'AnswerRevision';
  body: Scalars['String']['output'];
  replacedAt: Scalars['DateTime']['output'];
};

export type AttendanceStatus =
  /** Went. */
  | 'ATTENDED'
  /** Going (the event has not started). */
  | 'ATTENDING';

/** One security-relevant event. The log is append-only and kept at least a year. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What happened, e.g. SIGN_IN, SIGN_IN_FAILED, LOCKOUT, LOCKOUT_RELEASED, PASSWORD_CHANGED, TOTP_ENABLED, ROLE_CHANGED, MEMBER_VERIFIED, AUDIT_LOG_READ. */
  action: Scalars['String']['output'];
  /** Who did it; null for a visitor (e.g. a failed sign-in for an unknown email). */
  actor?: Maybe<User>;
  at: Scalars['DateTime']['output'];
  /** Details, e.g. the old and new role. */
  detail?: Maybe<Scalars['String']['output']>;
  /** The email given, for sign-in attempts. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  outcome: AuditOutcome;
  /** Where it came from: web (the pages) or api (a direct GraphQL client). */
  source: Scalars['String']['output'];
  /** The account it was done to, when not the actor's own. */
  subject?: Maybe<User>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditFilter = {
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Entries where this member is the actor or the subject. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type AuditOutcome =
  | 'FAILURE'
  | 'SUCCESS';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** With TOTP_REQUIRED: a single-use token, valid five minutes, for completeSignIn with the code. */
  challenge?: Maybe<Scalars['String']['output']>;
  /** True when an admin requires a second factor for this member's role and none is enrolled yet: privileged actions are refused until it is. */
  mustEnrollTotp: Scalars['Boolean']['output'];
  status: SignInStatus;
  /** The signed-in member; null while TOTP_REQUIRED. */
  user?: Maybe<User>;
};

/** A comment in the discussion under a practice. Replies show one level deep, under their thread's first comment. */
export type Comment = {
  __typename?: 'Comment';
  /** Null when the comment was deleted or its author's account is gone. */
  author?: Maybe<User>;
  /** The Markdown, for its author to edit; null for everyone else. */
  body?: Maybe<Scalars['String']['output']>;
  /** Rendered and sanitised; empty once deleted, and while hidden for all but its author and moderators. */
  bodyHtml: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deleted: Scalars['Boolean']['output'];
  edited: Scalars['Boolean']['output'];
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  helpfulCount: Scalars['Int']['output'];
  hidden: Scalars['Boolean']['output'];
  /** Why it is hidden: for its author and moderators. */
  hiddenReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Moderators only (null for others): flags and decisions on it, oldest first. */
  moderationHistory?: Maybe<Array<ModerationEvent>>;
  /** The comment this one answers. */
  parent?: Maybe<Comment>;
  practice: Practice;
  /** For a thread's first comment: the replies, oldest first. */
  replies: Array<Comment>;
  /** Moderators: the earlier bodies of an edited comment, newest first; null for everyone else. */
  revisions?: Maybe<Array<CommentRevision>>;
  /** New for the signed-in member since they last opened the discussion (see Practice.newCommentCount); false for visitors. */
  unread: Scalars['Boolean']['output'];
  viewerCan: CommentPermissions;
  viewerFoundHelpful: Scalars['Boolean']['output'];
};

export type CommentConnection = {
  __typename?: 'CommentConnection';
  edges: Array<CommentEdge>;
  pageInfo: PageInfo;
  /** Threads (first comments) in the discussion. */
  totalCount: Scalars['Int']['output'];
};

export type CommentEdge = {
  __typename?: 'CommentEdge';
  cursor: Scalars['String']['output'];
  node: Comment;
};

export type CommentPermissions = {
  __typename?: 'CommentPermissions';
  delete: Scalars['Boolean']['output'];
  edit: Scalars['Boolean']['output'];
  markHelpful: Scalars['Boolean']['output'];
  reply: Scalars['Boolean']['output'];
};

export type CommentRevision = {
  __typename?: 'CommentRevision';
  body: Scalars['String']['output'];
  /** When this body was replaced by an edit. */
  replacedAt: Scalars['DateTime']['output'];
};

/** A private conversation between two or a few verified members. Only its participants read it. */
export type Conversation = {
  __typename?: 'Conversation';
  id: Scalars['ID']['output'];
  lastMessage?: Maybe<Message>;
  lastMessageAt: Scalars['DateTime']['output'];
  /**
   * The latest `last` messages (30 unless given, at most 100), oldest first within the page. To go further back,
   * pass the page's pageInfo.endCursor (the oldest message's cursor) as `before`; pageInfo.hasNextPage says
   * whether there are earlier messages.
   */
  messages: MessageConnection;
  /** Everyone in it, the viewer included. */
  participants: Array<User>;
  /** Why the viewer cannot write here, in a sentence for people; null when viewerCanSend. */
  sendRefusal?: Maybe<Scalars['String']['output']>;
  /** Messages from others the viewer has not read. */
  unreadCount: Scalars['Int']['output'];
  /** False when someone in it blocked the viewer, or the viewer blocked someone in it (or the viewer is suspended). */
  viewerCanSend: Scalars['Boolean']['output'];
};


/** A private conversation between two or a few verified members. Only its participants read it. */
export type ConversationMessagesArgs = {
  before?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  edges: Array<ConversationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConversationEdge = {
  __typename?: 'ConversationEdge';
  cursor: Scalars['String']['output'];
  node: Conversation;
};

/** Costs in US dollars; notes say what they cover. */
export type Cost = {
  __typename?: 'Cost';
  annual?: Maybe<Scalars['Int']['output']>;
  notes: Scalars['String']['output'];
  startup?: Maybe<Scalars['Int']['output']>;
};

/** What a member brought home from an event: sessions attended, key takeaways, what to try at home, contacts made. */
export type Debrief = {
  __typename?: 'Debrief';
  audience: DebriefAudience;
  /** Null once the account is gone. */
  author?: Maybe<User>;
  contacts: Scalars['String']['output'];
  contactsHtml: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The author's department when they wrote it. */
  department: Department;
  event: Event;
  id: Scalars['ID']['output'];
  /** The write-ups it mentions that the viewer may open, by title. */
  practices: Array<Practice>;
  /** Markdown sources, for the author editing it. */
  sessions: Scalars['String']['output'];
  sessionsHtml: Scalars['String']['output'];
  takeaways: Scalars['String']['output'];
  takeawaysHtml: Scalars['String']['output'];
  title: Scalars['String']['output'];
  toTry: Scalars['String']['output'];
  toTryHtml: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  viewerCan: DebriefPermissions;
  viewerSaved: Scalars['Boolean']['output'];
  viewerSavedNote?: Maybe<Scalars['String']['output']>;
};

export type DebriefAudience =
  /** The author's department only. */
  | 'DEPARTMENT'
  /** Every verified member. */
  | 'MEMBERS';

export type DebriefConnection = {
  __typename?: 'DebriefConnection';
  edges: Array<DebriefEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DebriefEdge = {
  __typename?: 'DebriefEdge';
  cursor: Scalars['String']['output'];
  node: Debrief;
  /** With a query: where the words matched, as HTML (text escaped, matches in <mark>). */
  snippet?: Maybe<Scalars['String']['output']>;
};

export type DebriefInput = {
  audience: DebriefAudience;
  /** Markdown: contacts made. */
  contacts?: InputMaybe<Scalars['String']['input']>;
  /** Slugs (current or earlier) of the published write-ups it mentions (at most 20). */
  practices?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Markdown: the sessions attended. */
  sessions?: InputMaybe<Scalars['String']['input']>;
  /** Markdown: the key takeaways (required). */
  takeaways: Scalars['String']['input'];
  title: Scalars['String']['input'];
  /** Markdown: practices or ideas to try at home. */
  toTry?: InputMaybe<Scalars['String']['input']>;
};

export type DebriefPermissions = {
  __typename?: 'DebriefPermissions';
  /** The author and moderators. */
  delete: Scalars['Boolean']['output'];
  /** The author. */
  edit: Scalars['Boolean']['output'];
};

export type Department = {
  __typename?: 'Department';
  /** Adoptions of this department's practices by others. */
  adoptedBy: Array<Adoption>;
  /** Practices this department adopted (that the viewer may see). */
  adoptions: Array<Adoption>;
  agencyType: AgencyType;
  /**
   * Whether a confirmed address on one of the domains is verified at once (otherwise it waits for the
   * chief). Only its chief and administrators read it; anyone else gets false.
   */
  autoVerifyDomain: Scalars['Boolean']['output'];
  city: Scalars['String']['output'];
  /** Markdown, as the chief wrote it. */
  description: Scalars['String']['output'];
  /** The description rendered and sanitised. */
  descriptionHtml: Scalars['String']['output'];
  /**
   * The e-mail domains (e.g. memphistn.gov) whose confirmed addresses join this department. Only its
   * chief and administrators read them; anyone else gets an empty list.
   */
  domains: Array<Scalars['String']['output']>;
  followerCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Its invitations, newest first: the department's chief and administrators only (FORBIDDEN otherwise). */
  invitations: InvitationConnection;
  name: Scalars['String']['output'];
  populationServed?: Maybe<Scalars['Int']['output']>;
  /** Published write-ups of this department that the viewer may see. */
  practiceCount: Scalars['Int']['output'];
  practices: PracticeConnection;
  /** The newest questions the department asked, that the viewer may read. */
  questions: Array<Question>;
  slug: Scalars['String']['output'];
  /** Two-letter state code. */
  state: Scalars['String']['output'];
  swornOfficers?: Maybe<Scalars['Int']['output']>;
  verified: Scalars['Boolean']['output'];
  /** Whether the viewer may edit the department's profile (its chief, or an admin). */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether the viewer may set this department's domains and invite people to it (its chief, administrators). */
  viewerCanManagePeople: Scalars['Boolean']['output'];
  viewerFollows: Scalars['Boolean']['output'];
  website?: Maybe<Scalars['String']['output']>;
};


export type DepartmentInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type DepartmentPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PracticeOrder>;
};


export type DepartmentQuestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DepartmentConnection = {
  __typename?: 'DepartmentConnection';
  edges: Array<DepartmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DepartmentEdge = {
  __typename?: 'DepartmentEdge';
  cursor: Scalars['String']['output'];
  node: Department;
};

export type DepartmentFilter = {
  agencyTypes?: InputMaybe<Array<AgencyType>>;
  /** Part of the department's name or city. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Two-letter state codes. */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A department's profile, as its chief keeps it; every field is replaced by what is sent. */
export type DepartmentInput = {
  agencyType: AgencyType;
  /** Markdown, at most 4,000 characters; empty for none. */
  description: Scalars['String']['input'];
  /** A whole number from 0 to 100,000,000; null when not said. */
  populationServed?: InputMaybe<Scalars['Int']['input']>;
  /** Two-letter USPS code. */
  state: Scalars['String']['input'];
  /** A whole number from 0 to 1,000,000; null when not said. */
  swornOfficers?: InputMaybe<Scalars['Int']['input']>;
  /** An http(s) address; empty or null for none. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A member's request to move to another department: that department's chief decides (an admin when it has no chief). */
export type DepartmentMove = {
  __typename?: 'DepartmentMove';
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Null while it waits. */
  decision?: Maybe<DepartmentMoveDecision>;
  /** The department the member belonged to when they asked. */
  from?: Maybe<Department>;
  id: Scalars['ID']['output'];
  member: User;
  to: Department;
};

export type DepartmentMoveDecision =
  | 'APPROVED'
  | 'DECLINED'
  | 'WITHDRAWN';

export type DiffKind =
  | 'ADDED'
  | 'REMOVED'
  | 'SAME';

export type DiffPart = {
  __typename?: 'DiffPart';
  kind: DiffKind;
  text: Scalars['String']['output'];
};

/** A live link to confirm an address, as the page it opens sees it. */
export type EmailConfirmationLink = {
  __typename?: 'EmailConfirmationLink';
  /** True when the link moves an existing account to a new address; false when it confirms a new account's. */
  change: Scalars['Boolean']['output'];
  /** The address the link confirms. */
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
};

export type EmailPreference =
  | 'DAILY'
  | 'IMMEDIATELY'
  | 'OFF';

/** A conference, symposium or training. */
export type Event = {
  __typename?: 'Event';
  attendeeCount: Scalars['Int']['output'];
  /** Verified members only (null for others): who is going or went, the viewer's own department first. */
  attendees?: Maybe<UserConnection>;
  /** The debriefs of it the viewer may read, newest first. */
  debriefs: DebriefConnection;
  /** Markdown source, for moderators editing it. */
  description: Scalars['String']['output'];
  descriptionHtml: Scalars['String']['output'];
  /** endsAt as the venue's wall clock, HH:MM in timeZone. */
  endTime?: Maybe<Scalars['String']['output']>;
  /** When it ends on its last day, if the organisers say; only with startsAt. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Inclusive. */
  endsOn: Scalars['Date']['output'];
  followerCount: Scalars['Int']['output'];
  /** The organisation that runs it. */
  host: Scalars['String']['output'];
  /** The calendar file of this event. */
  icsUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: EventKind;
  /** Venue and city; empty for an online-only event. */
  location: Scalars['String']['output'];
  name: Scalars['String']['output'];
  online: Scalars['Boolean']['output'];
  /** Whether it has ended. */
  past: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  /** startsAt as the venue's wall clock, HH:MM in timeZone. */
  startTime?: Maybe<Scalars['String']['output']>;
  /** When it starts on its first day; null for an all-day event. */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  startsOn: Scalars['Date']['output'];
  /** IANA time zone of the venue, in which the times were given (e.g. America/Chicago); null for an all-day event. */
  timeZone?: Maybe<Scalars['String']['output']>;
  topics: Array<Topic>;
  url?: Maybe<Scalars['String']['output']>;
  /** The viewer's own attendance. */
  viewerAttendance?: Maybe<AttendanceStatus>;
  viewerCan: EventPermissions;
  viewerFollows: Scalars['Boolean']['output'];
  viewerSaved: Scalars['Boolean']['output'];
  viewerSavedNote?: Maybe<Scalars['String']['output']>;
};


/** A conference, symposium or training. */
export type EventAttendeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A conference, symposium or training. */
export type EventDebriefsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Optional, HH:MM on the last day, in timeZone; only with startTime. */
  endTime?: InputMaybe<Scalars['String']['input']>;
  endsOn: Scalars['Date']['input'];
  host: Scalars['String']['input'];
  kind: EventKind;
  location?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  online?: InputMaybe<Scalars['Boolean']['input']>;
  /** Optional, 24-hour HH:MM on the first day, in timeZone; without it the event is all-day. */
  startTime?: InputMaybe<Scalars['String']['input']>;
  startsOn: Scalars['Date']['input'];
  /** IANA time zone of the times, e.g. America/Chicago; required with startTime. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** Topic slugs. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type EventKind =
  | 'CONFERENCE'
  | 'SYMPOSIUM'
  | 'TRAINING';

export type EventPermissions = {
  __typename?: 'EventPermissions';
  attend: Scalars['Boolean']['output'];
  /** Whether the viewer may post a debrief now (a verified member, not suspended, the event begun). */
  debrief: Scalars['Boolean']['output'];
  edit: Scalars['Boolean']['output'];
};

/** How strong the evidence behind a write-up's outcomes is, weakest first. */
export type EvidenceLevel =
  | 'ANECDOTAL'
  | 'EXTERNAL_EVALUATION'
  | 'INTERNAL_DATA'
  | 'RIGOROUS_STUDY';

/** A write-up's evidence rating, strongest first. */
export type EvidenceRating =
  | 'EFFECTIVE'
  | 'INSUFFICIENT_EVIDENCE'
  | 'MIXED'
  | 'NO_EFFECT'
  | 'PROMISING';

export type FacetCount = {
  __typename?: 'FacetCount';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type FeatureInput = {
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  note: Scalars['String']['input'];
  /** 1 is first; omitted: after the last. A taken position is given to this one and the others move down. */
  position?: InputMaybe<Scalars['Int']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A published practice moderators put in front of every member, with an editorial note. */
export type FeaturedCaseStudy = {
  __typename?: 'FeaturedCaseStudy';
  createdAt: Scalars['DateTime']['output'];
  /** Shown now (within its dates). */
  current: Scalars['Boolean']['output'];
  endsOn?: Maybe<Scalars['Date']['output']>;
  featuredBy?: Maybe<User>;
  id: Scalars['ID']['output'];
  /** Why it matters, what to look at (Markdown source; for moderators). */
  note: Scalars['String']['output'];
  noteHtml: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  practice: Practice;
  startsOn?: Maybe<Scalars['Date']['output']>;
};

export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  /** A word-level diff of before and after. */
  diff: Array<DiffPart>;
  /** The input field, e.g. summary, outcomes. */
  field: Scalars['String']['output'];
  /** The field's name as the form shows it. */
  label: Scalars['String']['output'];
};

/** A member's report on a practice, a comment, a question, an answer or a direct message. */
export type Flag = {
  __typename?: 'Flag';
  action?: Maybe<FlagAction>;
  /** For an ANSWER flag. */
  answer?: Maybe<Answer>;
  /** For a COMMENT flag. */
  comment?: Maybe<Comment>;
  createdAt: Scalars['DateTime']['output'];
  /** Moderators only (null for others). */
  flagger?: Maybe<User>;
  id: Scalars['ID']['output'];
  /** For a MESSAGE flag: the reported message, for moderators. */
  message?: Maybe<Message>;
  note?: Maybe<Scalars['String']['output']>;
  /** The practice flagged, or the one the flagged comment is under; null for a message. */
  practice?: Maybe<Practice>;
  /** The question flagged, or the one the flagged answer is under. */
  question?: Maybe<Question>;
  reason: FlagReason;
  resolutionNote?: Maybe<Scalars['String']['output']>;
  resolved: Scalars['Boolean']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  target: FlagTarget;
  /** Moderators: every flag on the same target, oldest first. */
  targetFlags?: Maybe<Array<Flag>>;
  /** Whether the target is hidden now. */
  targetHidden: Scalars['Boolean']['output'];
  /** Queue entries: open flags on the same target, the reasons given, and how urgent the whole is. */
  targetOpenFlagCount: Scalars['Int']['output'];
  targetReasons: Array<FlagReason>;
  urgency: Scalars['Int']['output'];
};

export type FlagAction =
  /** Close the flags without a breach; flag-hidden content shows again. */
  | 'DISMISS'
  /** Hide the content: only its author (who sees why) and moderators see it. */
  | 'HIDE'
  /** Show the content again. */
  | 'RESTORE';

export type FlagConnection = {
  __typename?: 'FlagConnection';
  edges: Array<FlagEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FlagEdge = {
  __typename?: 'FlagEdge';
  cursor: Scalars['String']['output'];
  node: Flag;
};

export type FlagReason =
  | 'HARASSMENT'
  | 'OFF_TOPIC'
  /** Tactics or information that must not be public. */
  | 'OPERATIONALLY_SENSITIVE'
  /** Needs a note saying what is wrong. */
  | 'OTHER'
  | 'PERSONAL_INFORMATION'
  | 'SPAM';

export type FlagTarget =
  /** An answer to a question. */
  | 'ANSWER'
  | 'COMMENT'
  /** A direct message, reported by a participant. */
  | 'MESSAGE'
  | 'PRACTICE'
  /** A question to the network. */
  | 'QUESTION';

export type FollowTarget =
  | 'DEPARTMENT'
  | 'EVENT'
  | 'PRACTICE'
  | 'QUESTION'
  | 'TOPIC'
  /** A member. */
  | 'USER';

/** What the signed-in member follows. */
export type Following = {
  __typename?: 'Following';
  departments: Array<Department>;
  events: Array<Event>;
  members: Array<User>;
  practices: Array<Practice>;
  questions: Array<Question>;
  topics: Array<Topic>;
};

export type Implementation = {
  __typename?: 'Implementation';
  partners: Scalars['String']['output'];
  staffing: Scalars['String']['output'];
  startedOn?: Maybe<Scalars['Date']['output']>;
  trainingHours?: Maybe<Scalars['Int']['output']>;
};

/**
 * An invitation to join a department, mailed to one address: single use, 14 days. In inviteMembers'
 * answer an address that was not invited comes back as state REFUSED, with no id and no dates.
 */
export type Invitation = {
  __typename?: 'Invitation';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  department?: Maybe<Department>;
  /** Lower-cased (as typed when REFUSED). */
  email: Scalars['String']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The argument at fault, e.g. emails.3 (REFUSED only). */
  field?: Maybe<Scalars['String']['output']>;
  /** Null when REFUSED. */
  id?: Maybe<Scalars['ID']['output']>;
  invitedBy?: Maybe<User>;
  /** Why the address was not invited (REFUSED only). */
  refusal?: Maybe<Scalars['String']['output']>;
  /** When the latest mail went out (a resend moves it); null when REFUSED. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  state: InvitationState;
};

export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  edges: Array<InvitationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  cursor: Scalars['String']['output'];
  node: Invitation;
};

/** An invitation as the page its link opens sees it. */
export type InvitationLink = {
  __typename?: 'InvitationLink';
  /** An account with this address exists: its owner signs in first, then accepts (and moves to the department). */
  accountExists: Scalars['Boolean']['output'];
  departmentName: Scalars['String']['output'];
  departmentSlug: Scalars['String']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** The viewer is signed in as the invited address. */
  signedInAsInvitee: Scalars['Boolean']['output'];
  state: InvitationState;
};

export type InvitationState =
  | 'ACCEPTED'
  /** Not accepted within 14 days; resending gives a new link. */
  | 'EXPIRED'
  /** Only in inviteMembers' answer: this address was not invited (see refusal and field); nothing was stored for it. */
  | 'REFUSED'
  | 'REVOKED'
  /** Mailed and waiting; the link works until expiresAt. */
  | 'SENT';

export type Lifecycle =
  | 'DISCONTINUED'
  | 'PILOT'
  | 'RUNNING'
  | 'SCALED';

export type MemberFilter = {
  agencyType?: InputMaybe<AgencyType>;
  departmentSlug?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name, handle or title, in any case. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Two-letter state code of the member's department. */
  state?: InputMaybe<Scalars['String']['input']>;
  /** A topic slug: members who wrote a published write-up in it, or reported their department's adoption of a practice in it. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

export type Message = {
  __typename?: 'Message';
  /** Plain text as written; empty when moderators removed it. */
  body: Scalars['String']['output'];
  /** The body as HTML: text escaped, links made clickable, line breaks kept. */
  bodyHtml: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Moderators removed it after a participant reported it. */
  removed: Scalars['Boolean']['output'];
  /** Null once the account is gone. */
  sender?: Maybe<User>;
  viewerCan: MessagePermissions;
};

export type MessageConnection = {
  __typename?: 'MessageConnection';
  edges: Array<MessageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MessageEdge = {
  __typename?: 'MessageEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

export type MessagePermissions = {
  __typename?: 'MessagePermissions';
  /** A participant other than the sender, once. */
  report: Scalars['Boolean']['output'];
};

/** A write-up, comment, question or answer as moderators see it: how it stands now and everything decided about it. */
export type ModeratedItem = {
  __typename?: 'ModeratedItem';
  /** For an ANSWER. */
  answer?: Maybe<Answer>;
  author?: Maybe<User>;
  /** For a COMMENT. */
  comment?: Maybe<Comment>;
  hidden: Scalars['Boolean']['output'];
  hiddenAt?: Maybe<Scalars['DateTime']['output']>;
  hiddenReason?: Maybe<Scalars['String']['output']>;
  /** Flags and decisions, oldest first. */
  history: Array<ModerationEvent>;
  id: Scalars['ID']['output'];
  openFlagCount: Scalars['Int']['output'];
  /** The write-up, or the one the comment is under. */
  practice?: Maybe<Practice>;
  /** The question, or the one the answer is under. */
  question?: Maybe<Question>;
  target: FlagTarget;
};

export type ModeratedItemConnection = {
  __typename?: 'ModeratedItemConnection';
  edges: Array<ModeratedItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ModeratedItemEdge = {
  __typename?: 'ModeratedItemEdge';
  cursor: Scalars['String']['output'];
  node: ModeratedItem;
};

/** One step of an item's moderation history. */
export type ModerationEvent = {
  __typename?: 'ModerationEvent';
  at: Scalars['DateTime']['output'];
  /** The member who flagged, or the moderator who decided; null for flags hiding it, or a former member. */
  by?: Maybe<User>;
  kind: ModerationEventKind;
  note?: Maybe<Scalars['String']['output']>;
  /** FLAGGED: the reason given. */
  reason?: Maybe<FlagReason>;
};

export type ModerationEventKind =
  /** A moderator closed its flags without a breach. */
  | 'DISMISSED'
  /** A member flagged it (reason and note are theirs). */
  | 'FLAGGED'
  /** A moderator hid it (the note is theirs; its author was told). */
  | 'HIDDEN'
  /** Flags from verified members hid it, pending review. */
  | 'HIDDEN_BY_FLAGS'
  /** A moderator showed it again (its author was told). */
  | 'RESTORED';

export type ModerationSummary = {
  __typename?: 'ModerationSummary';
  currentFeatured: Scalars['Int']['output'];
  flaggedItems: Scalars['Int']['output'];
  openFlags: Scalars['Int']['output'];
  pendingMembers: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The asker (or a moderator) accepts an answer, with an optional note; it shows first. */
  acceptAnswer: Question;
  /**
   * Accepts an invitation and signs in: a new account (name, title and password from input; the address
   * counts as confirmed) that is a verified member of the department. When an account with the address
   * exists, its owner must be signed in: the account moves to the department as a verified member.
   * An expired, used, revoked or altered token is refused naming token, and nothing changes.
   */
  acceptInvitation: AuthPayload;
  /** Verified members comment on a published write-up they can see; parentId answers a comment. @handle mentions notify. */
  addComment: Comment;
  /** Verified members answer a question they can read that is not locked or hidden. */
  answer: Answer;
  /** The chief archives a write-up (hidden from lists) or restores it to published. */
  archivePractice: Practice;
  /** Verified members ask the network (at most QUESTIONS_PER_DAY a day). */
  ask: Question;
  /** Verified members mark that they are going (or, once it has started, went); attending: false takes it back. */
  attendEvent: Event;
  /** The blocked member can no longer message the viewer; answers the blocked member. */
  blockMember: User;
  /**
   * Mails a link to confirm newEmail, and tells the current address. Answers true also when newEmail
   * already has an account (that address is told instead), so it reveals no one's registration.
   */
  changeEmail: Scalars['Boolean']['output'];
  /** Ends the member's other sessions. */
  changePassword: Scalars['Boolean']['output'];
  /** The second step after TOTP_REQUIRED: the challenge from signIn and a code (or a recovery code). */
  completeSignIn: AuthPayload;
  /**
   * Confirms the address a link was mailed to (works once, for 7 days). For a new account, the member
   * may then use Muster; an address on a domain a department lists joins that department (verified at
   * once when the department asked for it, otherwise waiting for its chief). For a change, the address
   * becomes the account's and the old one is told. Refused (BAD_USER_INPUT, field token) when the link
   * expired, was used, replaced or altered: nothing changes.
   */
  confirmEmail: Scalars['Boolean']['output'];
  /** Step 2: a code from the app proves the scan worked; answers ten single-use recovery codes, shown once. */
  confirmTotpEnrollment: Array<Scalars['String']['output']>;
  /** Verified members, once the event has started. Marks the author as having attended. */
  createDebrief: Debrief;
  /** Moderators. */
  createEvent: Event;
  /** A verified member drafts a write-up for their own department (status DRAFT). */
  createPractice: Practice;
  /** The chief of the department asked for (an admin when it has no chief) approves or declines. Approval moves the member; their write-ups stay with the department that published them. */
  decideDepartmentMove: DepartmentMove;
  /** The author or a moderator deletes a comment; the thread keeps a 'comment deleted' in its place. */
  deleteComment: Comment;
  /** The author or a moderator. */
  deleteDebrief: Scalars['Boolean']['output'];
  disableTotp: Scalars['Boolean']['output'];
  /**
   * The chief of the answering department turns the accepted answer into a write-up draft of their
   * department, prefilled from it (title, summary, body, topics, visibility) and linked back to the
   * question. Asked again, it answers the draft already made rather than a second one.
   */
  draftFromAnswer: Practice;
  /** The author edits their answer; the earlier text is kept for moderators. */
  editAnswer: Answer;
  /** The author edits their comment; the earlier text is kept for moderators. */
  editComment: Comment;
  /** The asker edits their question; version is the one their form was read at. */
  editQuestion: Question;
  /** Moderators: feature a published write-up (its author and its department's followers are told). */
  featurePractice: FeaturedCaseStudy;
  /** A signed-in member flags a practice, comment, question or answer they can see, once. Three flags from verified members hide it pending review. */
  flag: Flag;
  /** Follows something the viewer can see; answers true (following it now). Following twice changes nothing. */
  follow: Scalars['Boolean']['output'];
  /**
   * The department's chief or an administrator: invites 1 to 200 addresses, one invitation each,
   * mailed at once. Answers one Invitation per address, in order: SENT, or REFUSED with the reason
   * and field emails.<index> (malformed, repeated in the list, already a member of the department,
   * or already invited and waiting). At most 500 invitation mails a day per department (RATE_LIMITED).
   */
  inviteMembers: Array<Invitation>;
  liftSuspension: User;
  /** Moderators lock or unlock a practice's discussion. */
  lockDiscussion: Practice;
  /** Moderators lock a question (no new answers, edits or replies) or unlock it. */
  lockQuestion: Question;
  /** A verified member marks someone else's answer helpful (or takes the mark back). */
  markAnswerHelpful: Answer;
  /** A verified member marks someone else's comment helpful (or takes the mark back). */
  markCommentHelpful: Comment;
  /** Marks every message in the conversation read for the viewer. */
  markConversationRead: Conversation;
  /** Marks the viewer's notifications read (all unread ones when ids is omitted); answers how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /**
   * Records that the signed-in member opened the thread now: what was posted before it is no longer
   * new for them. The question's or write-up's page calls it after reading the thread.
   */
  markThreadRead: Scalars['Boolean']['output'];
  /** Moderators: hide or restore a write-up, comment, question or answer, whether flagged or not, going by how it stands now. Its open flags close with the decision; its author is told, with the note. */
  moderate: ModeratedItem;
  /** The department's chief publishes (from DRAFT or IN_REVIEW). */
  publishPractice: Practice;
  /** Admins, or the chief of the member's department, release a lockout. */
  releaseLockout: User;
  /** A private address of the viewer's events as an iCalendar feed for their calendar program; asking again replaces the old one. */
  renewCalendarFeed: Scalars['String']['output'];
  /** Moderators: the featured case studies in their new order; name every one. */
  reorderFeatured: Array<FeaturedCaseStudy>;
  /** Verified members reply under an answer. */
  replyToAnswer: AnswerReply;
  /** A verified chief reports (or updates) their department's adoption of another department's published practice. */
  reportAdoption: Adoption;
  /** A participant reports a message: moderators then read that one message (not the conversation) in their queue. */
  reportMessage: Flag;
  /**
   * A verified member asks to move to another verified department. A newer request replaces
   * (withdraws) an open one. A chief hands the department over before moving.
   */
  requestDepartmentMove: Scalars['Boolean']['output'];
  /**
   * Mails a link to set a new password (valid 30 minutes, works once; a newer link replaces an older
   * one) when the address belongs to an account. Answers true either way, in the same time, so it tells
   * no one whether the address is registered.
   */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Mails the signed-in member whose address is not confirmed a new link (the older one stops working). */
  resendConfirmation: Scalars['Boolean']['output'];
  /** A new link and 14 more days, mailed again; the old link stops working. Refused once accepted or revoked. */
  resendInvitation: Invitation;
  /**
   * Sets a new password with the token from a reset link (and, for a member with two-step sign-in, a
   * code or recovery code): ends every session and any lockout, mails the member that the password
   * changed, and signs this browser in.
   */
  resetPassword: Scalars['Boolean']['output'];
  /** Moderators: decide on a flagged item, by how it stands now (a resolved flag still leads to restoring it); every open flag on it closes with this action, and the flaggers are told. */
  resolveFlag: Flag;
  /** The link stops working. Refused once accepted. */
  revokeInvitation: Invitation;
  revokeSession: Scalars['Boolean']['output'];
  /**
   * Saves something the viewer may see, with an optional private note (at most 500 characters); answers
   * true. Saving again keeps it in its place and sets the note when one is given (an empty one removes it).
   */
  save: Scalars['Boolean']['output'];
  /** The chief sends a draft back to its author with a comment. */
  sendBackPractice: Practice;
  /** A participant writes in a conversation. */
  sendMessage: Message;
  /** Admins, or a chief for a member of their own department: mails the member a reset link, never shown to the sender. */
  sendPasswordReset: Scalars['Boolean']['output'];
  /** Admins only. Disabling ends every session of the account. */
  setAccountDisabled: User;
  /**
   * The department's chief or an administrator: replaces its e-mail domains (at most 20; each
   * lower-cased, a leading @ dropped) and the choice to verify their addresses automatically.
   * Webmail domains and a domain another department lists are refused, naming domains.<index>.
   */
  setDepartmentDomains: Department;
  /** Moderators: set an editorial evidence rating with a reason (required), or clear it with a null rating. */
  setEditorialRating: Practice;
  /** Off, each as it happens, or a daily digest. */
  setEmailPreference: User;
  /** Admins only. A CHIEF needs departmentSlug (the department they lead) unless they already belong to one. */
  setRole: User;
  /** Admins only. */
  setSecuritySettings: SecuritySettings;
  /** The viewer's time zone, an IANA name such as America/Los_Angeles; null or empty goes back to UTC. */
  setTimeZone: User;
  signIn: AuthPayload;
  signOut: Scalars['Boolean']['output'];
  /** Ends every session of the signed-in member, this one included; answers how many. */
  signOutEverywhere: Scalars['Int']['output'];
  /**
   * Creates an UNVERIFIED account whose address waits to be confirmed and mails it a link; signs no
   * one in. Answers CHECK_EMAIL alike for a new address and one that has an account (its owner is
   * mailed instead), so it reveals no one's registration. An account not confirmed within 7 days is removed.
   */
  signUp: AuthPayload;
  /** Verified members: a message to one or a few (at most 9) others. Continues the conversation with exactly them when there is one. */
  startConversation: Conversation;
  /** Step 1 of enrolling a second factor: a new secret to scan. Nothing changes until it is confirmed. */
  startTotpEnrollment: TotpEnrollment;
  /** The author asks the chief to review (IN_REVIEW). */
  submitPractice: Practice;
  /** Moderators: the member may read but not post until then. */
  suspendMember: User;
  unblockMember: User;
  unfeature: Scalars['Boolean']['output'];
  /** Stops following; answers false (not following it now). */
  unfollow: Scalars['Boolean']['output'];
  /** Removes it from the viewer's saved items; answers false (not saved now). */
  unsave: Scalars['Boolean']['output'];
  /** The author. */
  updateDebrief: Debrief;
  /** The department's chief, or an admin, edits its profile. Audited with what changed. */
  updateDepartment: Department;
  /** Moderators. */
  updateEvent: Event;
  updateFeatured: FeaturedCaseStudy;
  /** Author or chief; version must be the one edited, else CONFLICT and nothing is overwritten. */
  updatePractice: Practice;
  /** The viewer's own profile: name, title, introduction and the topics they know well. Audited. */
  updateProfile: User;
  /** A chief (of the member's department), a moderator or an admin verifies or rejects a member. */
  verifyMember: User;
  /** Withdraws the viewer's open move request. */
  withdrawDepartmentMove: Scalars['Boolean']['output'];
};


export type MutationAcceptAnswerArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
  token: Scalars['String']['input'];
};


export type MutationAddCommentArgs = {
  body: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  practiceId: Scalars['ID']['input'];
};


export type MutationAnswerArgs = {
  body: Scalars['String']['input'];
  questionId: Scalars['ID']['input'];
};


export type MutationArchivePracticeArgs = {
  archived: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationAskArgs = {
  input: QuestionInput;
};


export type MutationAttendEventArgs = {
  attending: Scalars['Boolean']['input'];
  eventId: Scalars['ID']['input'];
};


export type MutationBlockMemberArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationChangeEmailArgs = {
  newEmail: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCompleteSignInArgs = {
  challenge: Scalars['String']['input'];
  totp: Scalars['String']['input'];
};


export type MutationConfirmEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationConfirmTotpEnrollmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateDebriefArgs = {
  eventId: Scalars['ID']['input'];
  input: DebriefInput;
};


export type MutationCreateEventArgs = {
  input: EventInput;
};


export type MutationCreatePracticeArgs = {
  input: PracticeInput;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDecideDepartmentMoveArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDeleteCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDebriefArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableTotpArgs = {
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationDraftFromAnswerArgs = {
  answerId: Scalars['ID']['input'];
};


export type MutationEditAnswerArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationEditCommentArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationEditQuestionArgs = {
  id: Scalars['ID']['input'];
  input: QuestionInput;
  version: Scalars['Int']['input'];
};


export type MutationFeaturePracticeArgs = {
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  note: Scalars['String']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  practiceId: Scalars['ID']['input'];
  startsOn?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationFlagArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason: FlagReason;
  target: FlagTarget;
};


export type MutationFollowArgs = {
  id: Scalars['ID']['input'];
  target: FollowTarget;
};


export type MutationInviteMembersArgs = {
  departmentSlug: Scalars['String']['input'];
  emails: Array<Scalars['String']['input']>;
};


export type MutationLiftSuspensionArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationLockDiscussionArgs = {
  locked: Scalars['Boolean']['input'];
  practiceId: Scalars['ID']['input'];
};


export type MutationLockQuestionArgs = {
  id: Scalars['ID']['input'];
  locked: Scalars['Boolean']['input'];
};


export type MutationMarkAnswerHelpfulArgs = {
  helpful: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationMarkCommentHelpfulArgs = {
  helpful: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationMarkConversationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationMarkThreadReadArgs = {
  id: Scalars['ID']['input'];
  target: ThreadTarget;
};


export type MutationModerateArgs = {
  action: FlagAction;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  target: FlagTarget;
};


export type MutationPublishPracticeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReleaseLockoutArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationReorderFeaturedArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationReplyToAnswerArgs = {
  answerId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
};


export type MutationReportAdoptionArgs = {
  input: AdoptionInput;
  practiceId: Scalars['ID']['input'];
};


export type MutationReportMessageArgs = {
  messageId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason: FlagReason;
};


export type MutationRequestDepartmentMoveArgs = {
  departmentSlug: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResendInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
  totp?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResolveFlagArgs = {
  action: FlagAction;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  target: SaveTarget;
};


export type MutationSendBackPracticeArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSendMessageArgs = {
  body: Scalars['String']['input'];
  conversationId: Scalars['ID']['input'];
};


export type MutationSendPasswordResetArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationSetAccountDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSetDepartmentDomainsArgs = {
  autoVerify: Scalars['Boolean']['input'];
  domains: Array<Scalars['String']['input']>;
  slug: Scalars['String']['input'];
};


export type MutationSetEditorialRatingArgs = {
  practiceId: Scalars['ID']['input'];
  rating?: InputMaybe<EvidenceRating>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetEmailPreferenceArgs = {
  preference: EmailPreference;
};


export type MutationSetRoleArgs = {
  departmentSlug?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  userId: Scalars['ID']['input'];
};


export type MutationSetSecuritySettingsArgs = {
  requireTotpForPrivileged: Scalars['Boolean']['input'];
};


export type MutationSetTimeZoneArgs = {
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationStartConversationArgs = {
  body: Scalars['String']['input'];
  with: Array<Scalars['ID']['input']>;
};


export type MutationStartTotpEnrollmentArgs = {
  password: Scalars['String']['input'];
};


export type MutationSubmitPracticeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSuspendMemberArgs = {
  reason: Scalars['String']['input'];
  until: Scalars['DateTime']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationUnblockMemberArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationUnfeatureArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnfollowArgs = {
  id: Scalars['ID']['input'];
  target: FollowTarget;
};


export type MutationUnsaveArgs = {
  id: Scalars['ID']['input'];
  target: SaveTarget;
};


export type MutationUpdateDebriefArgs = {
  id: Scalars['ID']['input'];
  input: DebriefInput;
};


export type MutationUpdateDepartmentArgs = {
  input: DepartmentInput;
  slug: Scalars['String']['input'];
};


export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  input: EventInput;
};


export type MutationUpdateFeaturedArgs = {
  id: Scalars['ID']['input'];
  input: FeatureInput;
};


export type MutationUpdatePracticeArgs = {
  id: Scalars['ID']['input'];
  input: PracticeInput;
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationUpdateProfileArgs = {
  input: ProfileInput;
};


export type MutationVerifyMemberArgs = {
  approve: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};

export type NewDepartmentInput = {
  agencyType: AgencyType;
  city: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Two-letter state code. */
  state: Scalars['String']['input'];
};

export type Notification = {
  __typename?: 'Notification';
  activity: Activity;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The page it leads to, from the site's root: a write-up (at the comment), a debrief or a conversation. */
  path: Scalars['String']['output'];
  read: Scalars['Boolean']['output'];
  reason: NotificationReason;
  /** One line saying what happened, as the inbox and e-mail show it. */
  text: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** Why a notification reached the member: the most personal reason that applied. */
export type NotificationReason =
  /** A debrief by a member of the recipient's department. */
  | 'DEPARTMENT_COLLEAGUE'
  | 'FOLLOWED_DEPARTMENT'
  | 'FOLLOWED_EVENT'
  | 'FOLLOWED_MEMBER'
  | 'FOLLOWED_PRACTICE'
  | 'FOLLOWED_QUESTION'
  | 'FOLLOWED_TOPIC'
  /** A chief or moderator: a new member waits for verification. */
  | 'MEMBER_WAITING'
  | 'MENTION'
  | 'MESSAGE'
  /** A question was asked for departments like the recipient's, or for their state. */
  | 'QUESTION_FOR_YOUR_DEPARTMENT'
  | 'REPLY'
  /** A chief: a draft of their department waits for review. */
  | 'REVIEW_REQUESTED'
  /** The recipient's answer was accepted. */
  | 'YOUR_ANSWER_ACCEPTED'
  /** Moderators hid or restored the recipient's write-up or comment (the text carries their note). */
  | 'YOUR_CONTENT_HIDDEN'
  | 'YOUR_CONTENT_RESTORED'
  | 'YOUR_FLAG_RESOLVED'
  | 'YOUR_MEMBERSHIP_REJECTED'
  | 'YOUR_MEMBERSHIP_VERIFIED'
  | 'YOUR_PRACTICE_ADOPTED'
  | 'YOUR_PRACTICE_DISCUSSED'
  | 'YOUR_PRACTICE_FEATURED'
  /** A debrief links the recipient's write-up. */
  | 'YOUR_PRACTICE_IN_DEBRIEF'
  | 'YOUR_PRACTICE_PUBLISHED'
  /** The chief sent the recipient's draft back (the text carries their comment). */
  | 'YOUR_PRACTICE_SENT_BACK'
  /** Someone answered the recipient's question. */
  | 'YOUR_QUESTION_ANSWERED';

/** One measured result: metric went from baseline to result (in unit) over period. */
export type Outcome = {
  __typename?: 'Outcome';
  baseline?: Maybe<Scalars['Float']['output']>;
  /** Whether lower or higher is better; null when the author did not say. */
  direction?: Maybe<OutcomeDirection>;
  id: Scalars['ID']['output'];
  metric: Scalars['String']['output'];
  period: Scalars['String']['output'];
  result: Scalars['Float']['output'];
  source: Scalars['String']['output'];
  unit: Scalars['String']['output'];
};

/** Which way an outcome's figure should move for the program to have worked. */
export type OutcomeDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type OutcomeInput = {
  baseline?: InputMaybe<Scalars['Float']['input']>;
  direction?: InputMaybe<OutcomeDirection>;
  metric: Scalars['String']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
  result: Scalars['Float']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A live link to set a new password, as the page it opens sees it. */
export type PasswordResetLink = {
  __typename?: 'PasswordResetLink';
  expiresAt: Scalars['DateTime']['output'];
  /** The member has two-step sign-in: resetPassword also needs a code from the app, or a recovery code. */
  needsSecondFactor: Scalars['Boolean']['output'];
};

export type Practice = {
  __typename?: 'Practice';
  /** Where it spread: adoptions reported by other departments. */
  adoptions: Array<Adoption>;
  approach: Scalars['String']['output'];
  author?: Maybe<User>;
  /** The Markdown source, for those who may edit the write-up (null for others). */
  body?: Maybe<Scalars['String']['output']>;
  /** The Markdown body, rendered and sanitised on the server. */
  bodyHtml: Scalars['String']['output'];
  /** Comments and replies neither deleted nor hidden. */
  commentCount: Scalars['Int']['output'];
  /** The discussion's threads, oldest first; each carries its replies. */
  comments: CommentConnection;
  /** How to reach the people who run the program. */
  contact: Scalars['String']['output'];
  cost: Cost;
  createdAt: Scalars['DateTime']['output'];
  /** Debriefs the viewer may read that mention it, newest first. */
  debriefs: Array<Debrief>;
  department: Department;
  /** Why the program was stopped, when lifecycle is DISCONTINUED. */
  discontinuedReason?: Maybe<Scalars['String']['output']>;
  /** Locked by a moderator: no new comments. */
  discussionLocked: Scalars['Boolean']['output'];
  evidenceLevel: EvidenceLevel;
  evidenceNotes: Scalars['String']['output'];
  /** Its featured case study, while current (moderators also see scheduled and ended ones). */
  featured?: Maybe<FeaturedCaseStudy>;
  /** The first of those comments in the order the discussion shows them (threads oldest first, each with its replies); null when none. */
  firstUnreadCommentId?: Maybe<Scalars['ID']['output']>;
  followerCount: Scalars['Int']['output'];
  /** Whether moderators hid it (only its author and moderators still see it). */
  hidden: Scalars['Boolean']['output'];
  /** Why it is hidden: for its author and moderators. */
  hiddenReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  implementation: Implementation;
  lifecycle: Lifecycle;
  /** Moderators only (null for others): flags and decisions on it, oldest first. */
  moderationHistory?: Maybe<Array<ModerationEvent>>;
  /**
   * For the signed-in member: comments and replies posted by others since they last opened the
   * write-up's discussion, neither hidden nor deleted; none when they never opened it (it is unread as a whole). Null for visitors.
   */
  newCommentCount?: Maybe<Scalars['Int']['output']>;
  outcomes: Array<Outcome>;
  /** Older slugs this practice was known by; they still find it. */
  previousSlugs: Array<Scalars['String']['output']>;
  /** The problem the program addresses. */
  problem: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Derived from the evidence level and the direction of the outcomes, unless a moderator set an editorial rating. */
  rating: EvidenceRating;
  /** Why this rating: the rule's explanation, or the moderator's reason. */
  ratingReason: Scalars['String']['output'];
  ratingSource: RatingSource;
  resources: Array<Resource>;
  /** The chief's comment when a draft was sent back for changes. */
  reviewComment?: Maybe<Scalars['String']['output']>;
  /** Every saved edit, newest first: author and chief only (null for others). */
  revisions?: Maybe<Array<Revision>>;
  slug: Scalars['String']['output'];
  /** The question whose accepted answer the write-up was drafted from, when the viewer may read it. */
  sourceQuestion?: Maybe<Question>;
  status: PracticeStatus;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  topics: Array<Topic>;
  updatedAt: Scalars['DateTime']['output'];
  /** Bumped by every saved edit; updatePractice must name the version it edited. */
  version: Scalars['Int']['output'];
  /** What the viewer may do with this write-up. */
  viewerCan: PracticePermissions;
  /** Whether the viewer may post in the discussion now. */
  viewerCanComment: Scalars['Boolean']['output'];
  viewerFollows: Scalars['Boolean']['output'];
  /** When the signed-in member last opened the discussion; null when never, and for visitors. */
  viewerLastReadAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the signed-in member saved it. */
  viewerSaved: Scalars['Boolean']['output'];
  /** The signed-in member's note on it, when they saved it with one. */
  viewerSavedNote?: Maybe<Scalars['String']['output']>;
  visibility: Visibility;
};


export type PracticeCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PracticeConnection = {
  __typename?: 'PracticeConnection';
  edges: Array<PracticeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PracticeEdge = {
  __typename?: 'PracticeEdge';
  cursor: Scalars['String']['output'];
  node: Practice;
};

export type PracticeFilter = {
  agencyTypes?: InputMaybe<Array<AgencyType>>;
  departmentSlug?: InputMaybe<Scalars['String']['input']>;
  evidenceLevels?: InputMaybe<Array<EvidenceLevel>>;
  hasOutcomes?: InputMaybe<Scalars['Boolean']['input']>;
  lifecycles?: InputMaybe<Array<Lifecycle>>;
  /** Published on or after this date. */
  publishedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Published on or before this date. */
  publishedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Department size by sworn officers. */
  sizeBands?: InputMaybe<Array<SizeBand>>;
  /** Two-letter state codes. */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Topic slugs; a practice matches when it has any of them. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type PracticeInput = {
  approach?: InputMaybe<Scalars['String']['input']>;
  /** Markdown. */
  body: Scalars['String']['input'];
  contact?: InputMaybe<Scalars['String']['input']>;
  costAnnual?: InputMaybe<Scalars['Int']['input']>;
  costNotes?: InputMaybe<Scalars['String']['input']>;
  costStartup?: InputMaybe<Scalars['Int']['input']>;
  /** Required when lifecycle is DISCONTINUED. */
  discontinuedReason?: InputMaybe<Scalars['String']['input']>;
  evidenceLevel: EvidenceLevel;
  evidenceNotes?: InputMaybe<Scalars['String']['input']>;
  lifecycle: Lifecycle;
  /** At most 20 rows. */
  outcomes?: InputMaybe<Array<OutcomeInput>>;
  partners?: InputMaybe<Scalars['String']['input']>;
  problem?: InputMaybe<Scalars['String']['input']>;
  /** At most 20 links. */
  resources?: InputMaybe<Array<ResourceInput>>;
  staffing?: InputMaybe<Scalars['String']['input']>;
  startedOn?: InputMaybe<Scalars['Date']['input']>;
  /** At most 280 characters. */
  summary: Scalars['String']['input'];
  title: Scalars['String']['input'];
  /** Topic slugs, 1 to 5. */
  topics: Array<Scalars['String']['input']>;
  trainingHours?: InputMaybe<Scalars['Int']['input']>;
  visibility: Visibility;
};

export type PracticeOrder =
  | 'NEWEST'
  | 'RELEVANCE'
  | 'TITLE';

export type PracticePermissions = {
  __typename?: 'PracticePermissions';
  archive: Scalars['Boolean']['output'];
  edit: Scalars['Boolean']['output'];
  publish: Scalars['Boolean']['output'];
  /** The revision history is readable. */
  readHistory: Scalars['Boolean']['output'];
  /** A verified chief of another department may report an adoption. */
  reportAdoption: Scalars['Boolean']['output'];
  sendBack: Scalars['Boolean']['output'];
  /** Moderators set and clear an editorial evidence rating. */
  setRating: Scalars['Boolean']['output'];
  submit: Scalars['Boolean']['output'];
};

export type PracticeStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED';

/** What a member says about themselves; every field is replaced by what is sent. */
export type ProfileInput = {
  /** Markdown, at most 2,000 characters; empty for none. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** 2 to 80 characters. */
  displayName: Scalars['String']['input'];
  /** Topic slugs, at most 10. */
  expertise?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Title or rank, 2 to 80 characters. */
  title: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Admins only, newest first; reading it is itself recorded. */
  auditLog: AuditEntryConnection;
  /** Members the viewer blocked. */
  blockedMembers: Array<User>;
  /** A conversation of the viewer's; NOT_FOUND for anyone else, moderators included. */
  conversation: Conversation;
  /** The viewer's conversations, the most recent first. */
  conversations: ConversationConnection;
  /** A debrief the viewer may read (verified members; DEPARTMENT ones only within the author's department). */
  debrief?: Maybe<Debrief>;
  /**
   * Debriefs the viewer may read. With a query (web-search syntax, as search), the best matches first
   * with snippets; without, the newest first. Visitors and unverified members get none.
   */
  debriefs: DebriefConnection;
  department?: Maybe<Department>;
  /** Chiefs: members asking to join their department from another one; admins: those asking to join a department without a chief. Oldest first. */
  departmentMovesToDecide: Array<DepartmentMove>;
  /** Departments by name. */
  departments: DepartmentConnection;
  /** The link a confirmation mail carried; null when it expired, was used, was replaced by a newer one or is not complete. */
  emailConfirmationLink?: Maybe<EmailConfirmationLink>;
  event?: Maybe<Event>;
  /** upcoming: true lists those not yet ended, soonest first; false the past ones, latest first; omitted, all, latest first. */
  events: EventConnection;
  /** The current featured case studies in order; moderators may ask for scheduled and ended ones too. */
  featured: Array<FeaturedCaseStudy>;
  /** Signed-in members: activity around what they follow, newest first. */
  feed: ActivityConnection;
  /** Signed-in members: everything they follow that they may see, most recently followed first. */
  following: Following;
  /** Moderators: write-ups, comments, questions and answers hidden now, most recently hidden first. */
  hiddenContent: ModeratedItemConnection;
  /** The invitation a mailed link carries; null when the token is not complete or was replaced by a resend. */
  invitation?: Maybe<InvitationLink>;
  /** The signed-in member, or null. A member whose address is not confirmed sees only this (emailConfirmed false). */
  me?: Maybe<User>;
  /**
   * Verified members: a member's profile, by handle (with or without @, in any case). Null when there
   * is no such verified, active member; moderators and admins, who review accounts, also open those
   * of active members not (yet) verified.
   */
  member?: Maybe<User>;
  /**
   * Verified members: the directory of verified, active members, by name (then id). The filters
   * combine, and a blank one is ignored. first: 1 to 100, 20 when left out.
   */
  members: UserConnection;
  /**
   * Verified members: listed members whose handle starts with prefix (with or without @, in any
   * case), shortest handle first, for completing an @mention as it is typed. first: 1 to 20, 8 when
   * left out. The same members the directory lists: a handle of an account not verified or disabled
   * is never offered.
   */
  membersByHandle: Array<User>;
  /** Verified members: the verified, active members with these handles (a leading @ is fine), in the order given, to address a message; NOT_FOUND names any handle that is not one. */
  messageRecipients: Array<User>;
  /** Moderators: one write-up, comment, question or answer, whatever its state, with its history. */
  moderatedItem?: Maybe<ModeratedItem>;
  /** Moderators: recent moderation actions from the audit log, newest first. */
  moderationLog: AuditEntryConnection;
  /** Moderators: one entry per flagged item with open flags, most urgent first. */
  moderationQueue: FlagConnection;
  /** Moderators: the counts on the dashboard. */
  moderationSummary: ModerationSummary;
  /** Events the viewer is going to or went to, soonest upcoming first. */
  myEvents: Array<Event>;
  /** The signed-in member's sessions. */
  mySessions: Array<Session>;
  /** Signed-in members: their own notifications, newest first. */
  notifications: NotificationConnection;
  /** Write-ups of the viewer's department that are not published: the chief sees all of them, a member their own. */
  ourDrafts: Array<Practice>;
  /** The link a reset mail carried; null when it expired, was used, was replaced by a newer one or is not complete. */
  passwordResetLink?: Maybe<PasswordResetLink>;
  /** Members waiting for verification: a chief sees their own department's, moderators and admins everyone's. */
  pendingMembers: Array<User>;
  /** Answers true; lets clients check that the API is up. */
  ping: Scalars['Boolean']['output'];
  /** A write-up by its slug or any earlier slug; drafts only for their author and their department's chief. */
  practice?: Maybe<Practice>;
  /** Published write-ups the viewer may see. RELEVANCE needs a query, so here it orders as NEWEST. */
  practices: PracticeConnection;
  /** Markdown rendered and sanitised exactly as a write-up's body will be, for the compose preview (signed-in members). */
  previewMarkdown: Scalars['String']['output'];
  /** Null when there is none the viewer may read. */
  question?: Maybe<Question>;
  /** Questions the viewer may read; MEMBERS ones are for verified members. */
  questions: QuestionConnection;
  /** Signed-in members: what they saved and may still see, most recently saved first. */
  saved: SavedItemConnection;
  /**
   * Full-text search of published write-ups the viewer may see. Web-search syntax: "quoted phrases",
   * -excluded words, or. An empty query lists the newest. Ordered by relevance (title, then summary,
   * then the structured fields and body; evidenced and recent write-ups nudged up) or newest.
   * With type QUESTIONS or DEBRIEFS, the questions or debriefs the viewer may read instead (every
   * word; the filter does not apply to them), by relevance or newest.
   */
  search: SearchResult;
  securitySettings: SecuritySettings;
  /** While typing a title: questions and write-ups the viewer may read that look alike, best first (at most 5 of each). */
  similarToQuestion: SimilarToQuestion;
  topic?: Maybe<Topic>;
  topics: Array<Topic>;
  /** Messages from others the viewer has not read, across their conversations; 0 for a member not yet verified, who has none. */
  unreadMessageCount: Scalars['Int']['output'];
  /** Signed-in members: how many notifications they have not read. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** Admins: every account, for managing roles, locks and access. */
  users: UserConnection;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDebriefArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDebriefsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  eventSlug?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDepartmentArgs = {
  slug: Scalars['String']['input'];
};


export type QueryDepartmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DepartmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEmailConfirmationLinkArgs = {
  token: Scalars['String']['input'];
};


export type QueryEventArgs = {
  slug: Scalars['String']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryFeaturedArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHiddenContentArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryMemberArgs = {
  handle: Scalars['String']['input'];
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMembersByHandleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  prefix: Scalars['String']['input'];
};


export type QueryMessageRecipientsArgs = {
  handles: Array<Scalars['String']['input']>;
};


export type QueryModeratedItemArgs = {
  id: Scalars['ID']['input'];
  target: FlagTarget;
};


export type QueryModerationLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryModerationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPasswordResetLinkArgs = {
  token: Scalars['String']['input'];
};


export type QueryPendingMembersArgs = {
  departmentSlug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPracticeArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PracticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PracticeOrder>;
};


export type QueryPreviewMarkdownArgs = {
  body: Scalars['String']['input'];
};


export type QueryQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuestionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<QuestionOrder>;
};


export type QuerySavedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PracticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SearchOrder>;
  query: Scalars['String']['input'];
  type?: InputMaybe<SearchType>;
};


export type QuerySimilarToQuestionArgs = {
  title: Scalars['String']['input'];
};


export type QueryTopicArgs = {
  slug: Scalars['String']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A member's question to the network: asked before anything is written up, answered by other departments. */
export type Question = {
  __typename?: 'Question';
  acceptedAnswer?: Maybe<Answer>;
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the asker wrote about the answer they accepted. */
  acceptedNote?: Maybe<Scalars['String']['output']>;
  /** Answers neither hidden nor deleted. */
  answerCount: Scalars['Int']['output'];
  /** The accepted answer first, then the most helpful, then the oldest. */
  answers: Array<Answer>;
  /** Null when the asker's account is gone. */
  author?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  /** The asker's department when they asked. */
  department?: Maybe<Department>;
  /** The Markdown, for its asker to edit; null for everyone else. */
  details?: Maybe<Scalars['String']['output']>;
  /** Rendered and sanitised. */
  detailsHtml: Scalars['String']['output'];
  /** The first of those answers in the order the question's page shows them (accepted, most helpful, oldest); null when none. */
  firstUnreadAnswerId?: Maybe<Scalars['ID']['output']>;
  /** Who it is for: departments like the asker's (same agency type and size band), and/or states. Empty for anyone. */
  forAgencyType?: Maybe<AgencyType>;
  forSizeBand?: Maybe<SizeBand>;
  forStates: Array<Scalars['String']['output']>;
  /** Hidden by moderators: only its asker and moderators read it. */
  hidden: Scalars['Boolean']['output'];
  /** Why it is hidden: for its asker and moderators. */
  hiddenReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastAnswerAt?: Maybe<Scalars['DateTime']['output']>;
  /** Locked by a moderator: no new answers, edits or replies. */
  locked: Scalars['Boolean']['output'];
  /** Moderators only (null for others): flags and decisions on it, oldest first. */
  moderationHistory?: Maybe<Array<ModerationEvent>>;
  /**
   * For the signed-in member: answers posted by others since they last opened the question, neither
   * hidden nor deleted; none when they never opened it (it is unread as a whole). Null for visitors.
   */
  newAnswerCount?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
  /** One to five. */
  topics: Array<Topic>;
  updatedAt: Scalars['DateTime']['output'];
  /** Raised by each edit: editQuestion takes the version the form was read at. */
  version: Scalars['Int']['output'];
  viewerCan: QuestionPermissions;
  /** Whether the signed-in member follows it (hears of every answer). */
  viewerFollows: Scalars['Boolean']['output'];
  /** When the signed-in member last opened the question; null when never, and for visitors. */
  viewerLastReadAt?: Maybe<Scalars['DateTime']['output']>;
  viewerSaved: Scalars['Boolean']['output'];
  viewerSavedNote?: Maybe<Scalars['String']['output']>;
  visibility: Visibility;
};

export type QuestionConnection = {
  __typename?: 'QuestionConnection';
  edges: Array<QuestionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  cursor: Scalars['String']['output'];
  node: Question;
};

export type QuestionFilter = {
  /** Questions asked by departments of these agency types. */
  agencyTypes?: InputMaybe<Array<AgencyType>>;
  /** Questions this member (handle) answered. */
  answeredBy?: InputMaybe<Scalars['String']['input']>;
  /** Questions asked by this member (handle). */
  author?: InputMaybe<Scalars['String']['input']>;
  /** Questions asked by this department (slug). */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Questions asked by departments in these states, or aimed at them. */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Topic slugs: questions on any of them. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only questions with no answer yet. */
  unanswered?: InputMaybe<Scalars['Boolean']['input']>;
};

export type QuestionInput = {
  /** Markdown: what was tried, constraints, what an answer should cover. */
  details?: InputMaybe<Scalars['String']['input']>;
  /** Aim at departments like the asker's: same agency type and size band. */
  likeMine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Two-letter state codes it is for. */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A real question, at most 200 characters. */
  title: Scalars['String']['input'];
  /** One to five topic slugs. */
  topics: Array<Scalars['String']['input']>;
  /** MEMBERS (default) or PUBLIC. */
  visibility?: InputMaybe<Visibility>;
};

export type QuestionOrder =
  /** Those whose answers were marked helpful most, first. */
  | 'MOST_HELPFUL'
  /** Newest first. */
  | 'NEWEST'
  /** Unanswered first, newest first among them. */
  | 'UNANSWERED';

export type QuestionPermissions = {
  __typename?: 'QuestionPermissions';
  /** Accept an answer (the asker, or a moderator). */
  accept: Scalars['Boolean']['output'];
  answer: Scalars['Boolean']['output'];
  edit: Scalars['Boolean']['output'];
  /** Report it to the moderators (signed-in members who did not ask it, while it shows). */
  flag: Scalars['Boolean']['output'];
  /** Moderators: lock or unlock it. */
  lock: Scalars['Boolean']['output'];
  /** Moderators: hide or restore it. */
  moderate: Scalars['Boolean']['output'];
};

export type QuestionSearchEdge = {
  __typename?: 'QuestionSearchEdge';
  cursor: Scalars['String']['output'];
  node: Question;
  /** The relevance score the results are ordered by. */
  score?: Maybe<Scalars['Float']['output']>;
  /** Where the words matched in its details and answers, as HTML: text escaped, matches in <mark>. */
  snippet?: Maybe<Scalars['String']['output']>;
};

export type RatingSource =
  /** Follows from the evidence level and the direction of the outcomes by the stated rule. */
  | 'DERIVED'
  /** Set by a moderator, with a reason. */
  | 'EDITORIAL';

export type Resource = {
  __typename?: 'Resource';
  id: Scalars['ID']['output'];
  kind: ResourceKind;
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type ResourceInput = {
  kind: ResourceKind;
  title: Scalars['String']['input'];
  /** http or https only. */
  url: Scalars['String']['input'];
};

export type ResourceKind =
  | 'DOCUMENT'
  | 'LINK'
  | 'VIDEO';

/** One saved edit of a write-up. */
export type Revision = {
  __typename?: 'Revision';
  /** Fields that changed from the previous revision (all fields for the first). */
  changes: Array<FieldChange>;
  createdAt: Scalars['DateTime']['output'];
  editor?: Maybe<User>;
  id: Scalars['ID']['output'];
  /** What the editor said about the change, if anything. */
  note?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type Role =
  | 'ADMIN'
  /** Leads one department: verifies its members, publishes its write-ups. */
  | 'CHIEF'
  | 'MEMBER'
  | 'MODERATOR';

/** What a member can save to /saved. */
export type SaveTarget =
  | 'DEBRIEF'
  | 'EVENT'
  /** A write-up. */
  | 'PRACTICE'
  | 'QUESTION';

/** A member's private bookmark: the item (in the field its target names) and the member's own note. */
export type SavedItem = {
  __typename?: 'SavedItem';
  /** Set when target is DEBRIEF. */
  debrief?: Maybe<Debrief>;
  /** Set when target is EVENT. */
  event?: Maybe<Event>;
  /** The member's private note; no one else reads it. */
  note?: Maybe<Scalars['String']['output']>;
  /** Set when target is PRACTICE. */
  practice?: Maybe<Practice>;
  /** Set when target is QUESTION. */
  question?: Maybe<Question>;
  savedAt: Scalars['DateTime']['output'];
  target: SaveTarget;
};

export type SavedItemConnection = {
  __typename?: 'SavedItemConnection';
  edges: Array<SavedItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SavedItemEdge = {
  __typename?: 'SavedItemEdge';
  cursor: Scalars['String']['output'];
  node: SavedItem;
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: Practice;
  /** The relevance score the results are ordered by. */
  score?: Maybe<Scalars['Float']['output']>;
  /** Where the words matched, as HTML: the words a reader sees (Markdown marks and link targets dropped), escaped, matches in <mark>. */
  snippet?: Maybe<Scalars['String']['output']>;
};

/**
 * Counts for the current query; each facet is counted with the other facets' filters applied. Each list
 * holds the values with matches and every value the filter asks for (count 0 when nothing matches),
 * labelled for people: fixed lists in their natural order, topics and states most matches first.
 */
export type SearchFacets = {
  __typename?: 'SearchFacets';
  agencyTypes: Array<FacetCount>;
  evidenceLevels: Array<FacetCount>;
  /** value true/false: write-ups with and without outcome figures. */
  hasOutcomes: Array<FacetCount>;
  lifecycles: Array<FacetCount>;
  sizeBands: Array<FacetCount>;
  states: Array<FacetCount>;
  topics: Array<FacetCount>;
};

export type SearchOrder =
  | 'NEWEST'
  | 'RELEVANCE';

/**
 * A page of results of one type (SearchResult.type): write-ups in edges, questions in questionEdges,
 * debriefs in debriefEdges; the other two lists are empty. totalCount and pageInfo are the type's.
 */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** Debriefs the viewer may read (type DEBRIEFS), ranked as Query.debriefs ranks them. */
  debriefEdges: Array<DebriefEdge>;
  /** Write-ups (type PRACTICES). */
  edges: Array<SearchEdge>;
  /** Write-ups' facets: with another type, every list is empty. */
  facets: SearchFacets;
  pageInfo: PageInfo;
  /** The query as understood; empty when it had no searchable words (then results are the newest). */
  query: Scalars['String']['output'];
  /** Questions the viewer may read, never hidden ones (type QUESTIONS): title first, then details, then answers. */
  questionEdges: Array<QuestionSearchEdge>;
  /** True when few write-ups had every word, so the results match any of them (best matches first). */
  relaxed: Scalars['Boolean']['output'];
  /** A corrected query when this one finds little, e.g. for a misspelling. */
  suggestion?: Maybe<Scalars['String']['output']>;
  totalCount: Scalars['Int']['output'];
  /** The type of this page's results. */
  type: SearchType;
  /**
   * Every type with its count for this query, in the order PRACTICES, QUESTIONS, DEBRIEFS; each counted
   * with what the viewer may see (a visitor never counts members-only questions or any debrief). The
   * filter narrows write-ups only, so the other types are counted without it.
   */
  typeCounts: Array<TypeCount>;
};

/** What search looks through: write-ups (the default), questions to the network, or conference debriefs. */
export type SearchType =
  | 'DEBRIEFS'
  | 'PRACTICES'
  | 'QUESTIONS';

export type SecuritySettings = {
  __typename?: 'SecuritySettings';
  /** Chiefs, moderators and admins must enrol a second factor before privileged actions. */
  requireTotpForPrivileged: Scalars['Boolean']['output'];
};

export type Session = {
  __typename?: 'Session';
  createdAt: Scalars['DateTime']['output'];
  /** The session this request came with. */
  current: Scalars['Boolean']['output'];
  /** When the session ends however active it is (absolute lifetime). */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  lastSeenAt: Scalars['DateTime']['output'];
  userAgent?: Maybe<Scalars['String']['output']>;
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** A 6-digit code from the authenticator app, or one of the recovery codes. */
  totp?: InputMaybe<Scalars['String']['input']>;
};

export type SignInStatus =
  /**
   * Sign-up only, whether or not the address already had an account: a mail went to it (a link to
   * confirm a new account, or a note to the owner of an existing one). Nobody is signed in.
   */
  | 'CHECK_EMAIL'
  | 'SIGNED_IN'
  /** The password was right and the account has a second factor: ask for the code, then call signIn again with totp. */
  | 'TOTP_REQUIRED';

export type SignUpInput = {
  /** A department from the list; or leave it out and give newDepartment to ask for one. */
  departmentSlug?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  newDepartment?: InputMaybe<NewDepartmentInput>;
  /** At least 12 characters, at most 128; spaces allowed; refused when it is a common or breached password. */
  password: Scalars['String']['input'];
  /** Title or rank. */
  title: Scalars['String']['input'];
};

export type SimilarToQuestion = {
  __typename?: 'SimilarToQuestion';
  practices: Array<Practice>;
  questions: Array<Question>;
};

/** Department size by sworn officers. */
export type SizeBand =
  /** 250 to 999 */
  | 'LARGE'
  /** 50 to 249 */
  | 'MEDIUM'
  /** Fewer than 50 */
  | 'SMALL'
  /** 1,000 or more */
  | 'VERY_LARGE';

export type Subscription = {
  __typename?: 'Subscription';
  /** New answers to a question the viewer can read, as they are posted. */
  answerAdded: Answer;
  /** New comments under a practice the viewer can see, as they are posted. */
  commentAdded: Comment;
  /** Each new notification of the signed-in member, as it is written. */
  notificationAdded: Notification;
};


export type SubscriptionAnswerAddedArgs = {
  questionId: Scalars['ID']['input'];
};


export type SubscriptionCommentAddedArgs = {
  practiceId: Scalars['ID']['input'];
};

/** A thread a member reads: a question with its answers, or a write-up's discussion. */
export type ThreadTarget =
  /** A write-up (its id), for its discussion. */
  | 'PRACTICE'
  | 'QUESTION';

export type Topic = {
  __typename?: 'Topic';
  description: Scalars['String']['output'];
  followerCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Published write-ups on this topic that the viewer may see. */
  practiceCount: Scalars['Int']['output'];
  practices: PracticeConnection;
  /** The newest questions on the topic the viewer may read. */
  questions: Array<Question>;
  slug: Scalars['String']['output'];
  viewerFollows: Scalars['Boolean']['output'];
};


export type TopicPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PracticeOrder>;
};


export type TopicQuestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TotpEnrollment = {
  __typename?: 'TotpEnrollment';
  otpauthUrl: Scalars['String']['output'];
  /** The otpauth URL as a QR code, an SVG document. */
  qrSvg: Scalars['String']['output'];
  /** Base32 secret, for typing into an authenticator app by hand. */
  secret: Scalars['String']['output'];
};

/** How many results one type has for the current query, counted as the viewer may see them. */
export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  /** For people: Write-ups, Questions, Debriefs. */
  label: Scalars['String']['output'];
  type: SearchType;
};

/** A member. Fields marked private are null unless the viewer is the member, their chief, a moderator or an admin. */
export type User = {
  __typename?: 'User';
  /** Questions the member answered that the viewer may read, newest answer first. */
  answeredQuestions: Array<Question>;
  /** A short introduction, Markdown, as the member wrote it. */
  bio: Scalars['String']['output'];
  /** The introduction rendered and sanitised. */
  bioHtml: Scalars['String']['output'];
  /** Whether the viewer blocked this member. */
  blockedByViewer: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Their debriefs the viewer may read, newest first (a profile shows them). */
  debriefs: DebriefConnection;
  department?: Maybe<Department>;
  /** The viewer's own (null for anyone else): their move request waiting for a decision. */
  departmentMove?: Maybe<DepartmentMove>;
  /** Private. */
  disabled?: Maybe<Scalars['Boolean']['output']>;
  displayName: Scalars['String']['output'];
  /** Private. */
  email?: Maybe<Scalars['String']['output']>;
  /**
   * Whether the member confirmed their address by following the link mailed to it. The member and
   * admins (and whoever may see private fields) see the truth; others see true, as an account not yet
   * confirmed is shown to no one else.
   */
  emailConfirmed: Scalars['Boolean']['output'];
  /** Private: how the member gets notifications by e-mail. */
  emailNotifications?: Maybe<EmailPreference>;
  /** Events they go to or went to, soonest upcoming first, then the most recent past. */
  events: Array<Event>;
  /** Topics of the member's published write-ups and of the adoptions they reported, most frequent first. */
  expertise: Array<Topic>;
  followerCount: Scalars['Int']['output'];
  /** Unique; others mention the member by writing @handle. */
  handle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Private: set while the account is locked after repeated failed sign-ins. */
  lockedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The viewer's own (null for anyone else): members waiting for them to verify (a chief's department, or everyone's for moderators). */
  membersToVerifyCount?: Maybe<Scalars['Int']['output']>;
  /** The viewer's own (null for anyone else): drafts of their department waiting for their review, as its chief. */
  pendingReviewCount?: Maybe<Scalars['Int']['output']>;
  /** Their published write-ups the viewer may open, newest first. */
  publishedPractices: PracticeConnection;
  /** The member's questions the viewer may read, newest first. */
  questions: Array<Question>;
  /** Adoptions they reported for their department, newest first. */
  reportedAdoptions: Array<Adoption>;
  /** Private: a new department the member asked for at sign-up, awaiting a moderator. */
  requestedDepartment?: Maybe<Scalars['String']['output']>;
  role: Role;
  /** Topics the member says they know well (their own claim; `expertise` is what their write-ups imply), by topic order. */
  statedExpertise: Array<Topic>;
  /** Moderators and the member: until when they may not post. */
  suspendedUntil?: Maybe<Scalars['DateTime']['output']>;
  suspensionReason?: Maybe<Scalars['String']['output']>;
  /** Private: the IANA time zone the member reads times in (e.g. America/Los_Angeles); null reads them in UTC. */
  timeZone?: Maybe<Scalars['String']['output']>;
  /** Title or rank. */
  title: Scalars['String']['output'];
  /** Private: whether a second factor (TOTP) is enrolled. */
  totpEnabled?: Maybe<Scalars['Boolean']['output']>;
  verification: VerificationState;
  /** The viewer's own (null for anyone else): what they may do across the site, for pages to offer the right links and forms. */
  viewerCan?: Maybe<ViewerAbilities>;
  /** Whether the viewer may start a conversation with this member. */
  viewerCanMessage: Scalars['Boolean']['output'];
  /** Whether the viewer may mail this member a link to set a new password (admins; a chief for a member of their department). */
  viewerCanSendPasswordReset: Scalars['Boolean']['output'];
  viewerFollows: Scalars['Boolean']['output'];
};


/** A member. Fields marked private are null unless the viewer is the member, their chief, a moderator or an admin. */
export type UserAnsweredQuestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A member. Fields marked private are null unless the viewer is the member, their chief, a moderator or an admin. */
export type UserDebriefsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A member. Fields marked private are null unless the viewer is the member, their chief, a moderator or an admin. */
export type UserPublishedPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A member. Fields marked private are null unless the viewer is the member, their chief, a moderator or an admin. */
export type UserQuestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type UserFilter = {
  departmentSlug?: InputMaybe<Scalars['String']['input']>;
  lockedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<Role>;
  /** Part of the name or email. */
  search?: InputMaybe<Scalars['String']['input']>;
  verification?: InputMaybe<VerificationState>;
};

export type VerificationState =
  | 'REJECTED'
  /** Signed up; reads PUBLIC content only until the department's chief or a moderator verifies them. */
  | 'UNVERIFIED'
  | 'VERIFIED';

/** What the signed-in member may do; the API checks each action again. */
export type ViewerAbilities = {
  __typename?: 'ViewerAbilities';
  /** Use the administration page. */
  administer: Scalars['Boolean']['output'];
  /** Add and edit events. */
  keepEvents: Scalars['Boolean']['output'];
  /** Use the moderation dashboard. */
  moderate: Scalars['Boolean']['output'];
  /** Ask to move to another department. */
  moveDepartment: Scalars['Boolean']['output'];
  /** Publish, send back and archive their department's write-ups (its verified chief). */
  publish: Scalars['Boolean']['output'];
  /** Open the member directory and profiles, and write direct messages. */
  reachMembers: Scalars['Boolean']['output'];
  /** An administrator requires a second factor for the member's role. */
  secondFactorRequired: Scalars['Boolean']['output'];
  /** Review members waiting to be verified (a chief for their department; moderators and admins). */
  verifyMembers: Scalars['Boolean']['output'];
  /** Draft write-ups for their department. */
  writeUp: Scalars['Boolean']['output'];
};

export type Visibility =
  /** Verified members only. */
  | 'MEMBERS'
  /** Anyone, signed in or not. */
  | 'PUBLIC';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptInvitationInput: ResolverTypeWrapper<Partial<AcceptInvitationInput>>;
  Activity: ResolverTypeWrapper<ActivityRow>;
  ActivityConnection: ResolverTypeWrapper<Connection<ResolversTypes['Activity']>>;
  ActivityEdge: ResolverTypeWrapper<Partial<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>>;
  ActivityKind: ResolverTypeWrapper<Partial<ActivityKind>>;
  Adoption: ResolverTypeWrapper<Partial<Omit<Adoption, 'department' | 'practice' | 'reportedBy'> & { department: ResolversTypes['Department'], practice: ResolversTypes['Practice'], reportedBy?: Maybe<ResolversTypes['User']> }>>;
  AdoptionInput: ResolverTypeWrapper<Partial<AdoptionInput>>;
  AdoptionStatus: ResolverTypeWrapper<Partial<AdoptionStatus>>;
  AgencyType: ResolverTypeWrapper<Partial<AgencyType>>;
  Answer: ResolverTypeWrapper<AnswerRow>;
  AnswerPermissions: ResolverTypeWrapper<Partial<AnswerPermissions>>;
  AnswerReply: ResolverTypeWrapper<AnswerReplyRow>;
  AnswerRevision: ResolverTypeWrapper<Partial<AnswerRevision>>;
  AttendanceStatus: ResolverTypeWrapper<Partial<AttendanceStatus>>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  AuditEntryConnection: ResolverTypeWrapper<Connection<ResolversTypes['AuditEntry']>>;
  AuditEntryEdge: ResolverTypeWrapper<Partial<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>>;
  AuditFilter: ResolverTypeWrapper<Partial<AuditFilter>>;
  AuditOutcome: ResolverTypeWrapper<Partial<AuditOutcome>>;
  AuthPayload: ResolverTypeWrapper<Partial<Omit<AuthPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  Comment: ResolverTypeWrapper<CommentRow>;
  CommentConnection: ResolverTypeWrapper<Connection<ResolversTypes['Comment']>>;
  CommentEdge: ResolverTypeWrapper<Partial<Omit<CommentEdge, 'node'> & { node: ResolversTypes['Comment'] }>>;
  CommentPermissions: ResolverTypeWrapper<Partial<CommentPermissions>>;
  CommentRevision: ResolverTypeWrapper<Partial<CommentRevision>>;
  Conversation: ResolverTypeWrapper<ConversationRow>;
  ConversationConnection: ResolverTypeWrapper<Connection<ResolversTypes['Conversation']>>;
  ConversationEdge: ResolverTypeWrapper<Partial<Omit<ConversationEdge, 'node'> & { node: ResolversTypes['Conversation'] }>>;
  Cost: ResolverTypeWrapper<Partial<Cost>>;
  Date: ResolverTypeWrapper<Partial<Scalars['Date']['output']>>;
  DateTime: ResolverTypeWrapper<Partial<Scalars['DateTime']['output']>>;
  Debrief: ResolverTypeWrapper<DebriefRow>;
  DebriefAudience: ResolverTypeWrapper<Partial<DebriefAudience>>;
  DebriefConnection: ResolverTypeWrapper<Connection<ResolversTypes['Debrief']>>;
  DebriefEdge: ResolverTypeWrapper<Partial<Omit<DebriefEdge, 'node'> & { node: ResolversTypes['Debrief'] }>>;
  DebriefInput: ResolverTypeWrapper<Partial<DebriefInput>>;
  DebriefPermissions: ResolverTypeWrapper<Partial<DebriefPermissions>>;
  Department: ResolverTypeWrapper<DepartmentRow>;
  DepartmentConnection: ResolverTypeWrapper<Connection<ResolversTypes['Department']>>;
  DepartmentEdge: ResolverTypeWrapper<Partial<Omit<DepartmentEdge, 'node'> & { node: ResolversTypes['Department'] }>>;
  DepartmentFilter: ResolverTypeWrapper<Partial<DepartmentFilter>>;
  DepartmentInput: ResolverTypeWrapper<Partial<DepartmentInput>>;
  DepartmentMove: ResolverTypeWrapper<DepartmentMoveRow>;
  DepartmentMoveDecision: ResolverTypeWrapper<Partial<DepartmentMoveDecision>>;
  DiffKind: ResolverTypeWrapper<Partial<DiffKind>>;
  DiffPart: ResolverTypeWrapper<Partial<DiffPart>>;
  EmailConfirmationLink: ResolverTypeWrapper<Partial<EmailConfirmationLink>>;
  EmailPreference: ResolverTypeWrapper<Partial<EmailPreference>>;
  Event: ResolverTypeWrapper<EventRow>;
  EventConnection: ResolverTypeWrapper<Connection<ResolversTypes['Event']>>;
  EventEdge: ResolverTypeWrapper<Partial<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>>;
  EventInput: ResolverTypeWrapper<Partial<EventInput>>;
  EventKind: ResolverTypeWrapper<Partial<EventKind>>;
  EventPermissions: ResolverTypeWrapper<Partial<EventPermissions>>;
  EvidenceLevel: ResolverTypeWrapper<Partial<EvidenceLevel>>;
  EvidenceRating: ResolverTypeWrapper<Partial<EvidenceRating>>;
  FacetCount: ResolverTypeWrapper<Partial<FacetCount>>;
  FeatureInput: ResolverTypeWrapper<Partial<FeatureInput>>;
  FeaturedCaseStudy: ResolverTypeWrapper<FeaturedCaseStudyRow>;
  FieldChange: ResolverTypeWrapper<Partial<FieldChange>>;
  Flag: ResolverTypeWrapper<FlagRow>;
  FlagAction: ResolverTypeWrapper<Partial<FlagAction>>;
  FlagConnection: ResolverTypeWrapper<Connection<ResolversTypes['Flag']>>;
  FlagEdge: ResolverTypeWrapper<Partial<Omit<FlagEdge, 'node'> & { node: ResolversTypes['Flag'] }>>;
  FlagReason: ResolverTypeWrapper<Partial<FlagReason>>;
  FlagTarget: ResolverTypeWrapper<Partial<FlagTarget>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  FollowTarget: ResolverTypeWrapper<Partial<FollowTarget>>;
  Following: ResolverTypeWrapper<Partial<Omit<Following, 'departments' | 'events' | 'members' | 'practices' | 'questions' | 'topics'> & { departments: Array<ResolversTypes['Department']>, events: Array<ResolversTypes['Event']>, members: Array<ResolversTypes['User']>, practices: Array<ResolversTypes['Practice']>, questions: Array<ResolversTypes['Question']>, topics: Array<ResolversTypes['Topic']> }>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  Implementation: ResolverTypeWrapper<Partial<Implementation>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  Invitation: ResolverTypeWrapper<InvitationRow>;
  InvitationConnection: ResolverTypeWrapper<Connection<ResolversTypes['Invitation']>>;
  InvitationEdge: ResolverTypeWrapper<Partial<Omit<InvitationEdge, 'node'> & { node: ResolversTypes['Invitation'] }>>;
  InvitationLink: ResolverTypeWrapper<Partial<InvitationLink>>;
  InvitationState: ResolverTypeWrapper<Partial<InvitationState>>;
  Lifecycle: ResolverTypeWrapper<Partial<Lifecycle>>;
  MemberFilter: ResolverTypeWrapper<Partial<MemberFilter>>;
  Message: ResolverTypeWrapper<MessageRow>;
  MessageConnection: ResolverTypeWrapper<Connection<ResolversTypes['Message']>>;
  MessageEdge: ResolverTypeWrapper<Partial<Omit<MessageEdge, 'node'> & { node: ResolversTypes['Message'] }>>;
  MessagePermissions: ResolverTypeWrapper<Partial<MessagePermissions>>;
  ModeratedItem: ResolverTypeWrapper<ModeratedItemRow>;
  ModeratedItemConnection: ResolverTypeWrapper<Connection<ResolversTypes['ModeratedItem']>>;
  ModeratedItemEdge: ResolverTypeWrapper<Partial<Omit<ModeratedItemEdge, 'node'> & { node: ResolversTypes['ModeratedItem'] }>>;
  ModerationEvent: ResolverTypeWrapper<ModerationEventRow>;
  ModerationEventKind: ResolverTypeWrapper<Partial<ModerationEventKind>>;
  ModerationSummary: ResolverTypeWrapper<Partial<ModerationSummary>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewDepartmentInput: ResolverTypeWrapper<Partial<NewDepartmentInput>>;
  Notification: ResolverTypeWrapper<NotificationRow>;
  NotificationConnection: ResolverTypeWrapper<Connection<ResolversTypes['Notification']>>;
  NotificationEdge: ResolverTypeWrapper<Partial<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>>;
  NotificationReason: ResolverTypeWrapper<Partial<NotificationReason>>;
  Outcome: ResolverTypeWrapper<Partial<Outcome>>;
  OutcomeDirection: ResolverTypeWrapper<Partial<OutcomeDirection>>;
  OutcomeInput: ResolverTypeWrapper<Partial<OutcomeInput>>;
  PageInfo: ResolverTypeWrapper<Partial<PageInfo>>;
  PasswordResetLink: ResolverTypeWrapper<Partial<PasswordResetLink>>;
  Practice: ResolverTypeWrapper<PracticeRow>;
  PracticeConnection: ResolverTypeWrapper<Connection<ResolversTypes['Practice']>>;
  PracticeEdge: ResolverTypeWrapper<Partial<Omit<PracticeEdge, 'node'> & { node: ResolversTypes['Practice'] }>>;
  PracticeFilter: ResolverTypeWrapper<Partial<PracticeFilter>>;
  PracticeInput: ResolverTypeWrapper<Partial<PracticeInput>>;
  PracticeOrder: ResolverTypeWrapper<Partial<PracticeOrder>>;
  PracticePermissions: ResolverTypeWrapper<Partial<PracticePermissions>>;
  PracticeStatus: ResolverTypeWrapper<Partial<PracticeStatus>>;
  ProfileInput: ResolverTypeWrapper<Partial<ProfileInput>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Question: ResolverTypeWrapper<QuestionRow>;
  QuestionConnection: ResolverTypeWrapper<Connection<ResolversTypes['Question']>>;
  QuestionEdge: ResolverTypeWrapper<Partial<Omit<QuestionEdge, 'node'> & { node: ResolversTypes['Question'] }>>;
  QuestionFilter: ResolverTypeWrapper<Partial<QuestionFilter>>;
  QuestionInput: ResolverTypeWrapper<Partial<QuestionInput>>;
  QuestionOrder: ResolverTypeWrapper<Partial<QuestionOrder>>;
  QuestionPermissions: ResolverTypeWrapper<Partial<QuestionPermissions>>;
  QuestionSearchEdge: ResolverTypeWrapper<Partial<Omit<QuestionSearchEdge, 'node'> & { node: ResolversTypes['Question'] }>>;
  RatingSource: ResolverTypeWrapper<Partial<RatingSource>>;
  Resource: ResolverTypeWrapper<Partial<Resource>>;
  ResourceInput: ResolverTypeWrapper<Partial<ResourceInput>>;
  ResourceKind: ResolverTypeWrapper<Partial<ResourceKind>>;
  Revision: ResolverTypeWrapper<Partial<Omit<Revision, 'editor'> & { editor?: Maybe<ResolversTypes['User']> }>>;
  Role: ResolverTypeWrapper<Partial<Role>>;
  SaveTarget: ResolverTypeWrapper<Partial<SaveTarget>>;
  SavedItem: ResolverTypeWrapper<SavedItemRow>;
  SavedItemConnection: ResolverTypeWrapper<Connection<ResolversTypes['SavedItem']>>;
  SavedItemEdge: ResolverTypeWrapper<Partial<Omit<SavedItemEdge, 'node'> & { node: ResolversTypes['SavedItem'] }>>;
  SearchEdge: ResolverTypeWrapper<Partial<Omit<SearchEdge, 'node'> & { node: ResolversTypes['Practice'] }>>;
  SearchFacets: ResolverTypeWrapper<Partial<SearchFacets>>;
  SearchOrder: ResolverTypeWrapper<Partial<SearchOrder>>;
  SearchResult: ResolverTypeWrapper<SearchResultRow>;
  SearchType: ResolverTypeWrapper<Partial<SearchType>>;
  SecuritySettings: ResolverTypeWrapper<Partial<SecuritySettings>>;
  Session: ResolverTypeWrapper<Partial<Session>>;
  SignInInput: ResolverTypeWrapper<Partial<SignInInput>>;
  SignInStatus: ResolverTypeWrapper<Partial<SignInStatus>>;
  SignUpInput: ResolverTypeWrapper<Partial<SignUpInput>>;
  SimilarToQuestion: ResolverTypeWrapper<Partial<Omit<SimilarToQuestion, 'practices' | 'questions'> & { practices: Array<ResolversTypes['Practice']>, questions: Array<ResolversTypes['Question']> }>>;
  SizeBand: ResolverTypeWrapper<Partial<SizeBand>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ThreadTarget: ResolverTypeWrapper<Partial<ThreadTarget>>;
  Topic: ResolverTypeWrapper<TopicRow>;
  TotpEnrollment: ResolverTypeWrapper<Partial<TotpEnrollment>>;
  TypeCount: ResolverTypeWrapper<Partial<TypeCount>>;
  User: ResolverTypeWrapper<UserRow>;
  UserConnection: ResolverTypeWrapper<Connection<ResolversTypes['User']>>;
  UserEdge: ResolverTypeWrapper<Partial<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>>;
  UserFilter: ResolverTypeWrapper<Partial<UserFilter>>;
  VerificationState: ResolverTypeWrapper<Partial<VerificationState>>;
  ViewerAbilities: ResolverTypeWrapper<Partial<ViewerAbilities>>;
  Visibility: ResolverTypeWrapper<Partial<Visibility>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptInvitationInput: Partial<AcceptInvitationInput>;
  Activity: ActivityRow;
  ActivityConnection: Connection<ResolversTypes['Activity']>;
  ActivityEdge: Partial<Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] }>;
  Adoption: Partial<Omit<Adoption, 'department' | 'practice' | 'reportedBy'> & { department: ResolversParentTypes['Department'], practice: ResolversParentTypes['Practice'], reportedBy?: Maybe<ResolversParentTypes['User']> }>;
  AdoptionInput: Partial<AdoptionInput>;
  Answer: AnswerRow;
  AnswerPermissions: Partial<AnswerPermissions>;
  AnswerReply: AnswerReplyRow;
  AnswerRevision: Partial<AnswerRevision>;
  AuditEntry: AuditEntryRow;
  AuditEntryConnection: Connection<ResolversTypes['AuditEntry']>;
  AuditEntryEdge: Partial<Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] }>;
  AuditFilter: Partial<AuditFilter>;
  AuthPayload: Partial<Omit<AuthPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> }>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  Comment: CommentRow;
  CommentConnection: Connection<ResolversTypes['Comment']>;
  CommentEdge: Partial<Omit<CommentEdge, 'node'> & { node: ResolversParentTypes['Comment'] }>;
  CommentPermissions: Partial<CommentPermissions>;
  CommentRevision: Partial<CommentRevision>;
  Conversation: ConversationRow;
  ConversationConnection: Connection<ResolversTypes['Conversation']>;
  ConversationEdge: Partial<Omit<ConversationEdge, 'node'> & { node: ResolversParentTypes['Conversation'] }>;
  Cost: Partial<Cost>;
  Date: Partial<Scalars['Date']['output']>;
  DateTime: Partial<Scalars['DateTime']['output']>;
  Debrief: DebriefRow;
  DebriefConnection: Connection<ResolversTypes['Debrief']>;
  DebriefEdge: Partial<Omit<DebriefEdge, 'node'> & { node: ResolversParentTypes['Debrief'] }>;
  DebriefInput: Partial<DebriefInput>;
  DebriefPermissions: Partial<DebriefPermissions>;
  Department: DepartmentRow;
  DepartmentConnection: Connection<ResolversTypes['Department']>;
  DepartmentEdge: Partial<Omit<DepartmentEdge, 'node'> & { node: ResolversParentTypes['Department'] }>;
  DepartmentFilter: Partial<DepartmentFilter>;
  DepartmentInput: Partial<DepartmentInput>;
  DepartmentMove: DepartmentMoveRow;
  DiffPart: Partial<DiffPart>;
  EmailConfirmationLink: Partial<EmailConfirmationLink>;
  Event: EventRow;
  EventConnection: Connection<ResolversTypes['Event']>;
  EventEdge: Partial<Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] }>;
  EventInput: Partial<EventInput>;
  EventPermissions: Partial<EventPermissions>;
  FacetCount: Partial<FacetCount>;
  FeatureInput: Partial<FeatureInput>;
  FeaturedCaseStudy: FeaturedCaseStudyRow;
  FieldChange: Partial<FieldChange>;
  Flag: FlagRow;
  FlagConnection: Connection<ResolversTypes['Flag']>;
  FlagEdge: Partial<Omit<FlagEdge, 'node'> & { node: ResolversParentTypes['Flag'] }>;
  Float: Partial<Scalars['Float']['output']>;
  Following: Partial<Omit<Following, 'departments' | 'events' | 'members' | 'practices' | 'questions' | 'topics'> & { departments: Array<ResolversParentTypes['Department']>, events: Array<ResolversParentTypes['Event']>, members: Array<ResolversParentTypes['User']>, practices: Array<ResolversParentTypes['Practice']>, questions: Array<ResolversParentTypes['Question']>, topics: Array<ResolversParentTypes['Topic']> }>;
  ID: Partial<Scalars['ID']['output']>;
  Implementation: Partial<Implementation>;
  Int: Partial<Scalars['Int']['output']>;
  Invitation: InvitationRow;
  InvitationConnection: Connection<ResolversTypes['Invitation']>;
  InvitationEdge: Partial<Omit<InvitationEdge, 'node'> & { node: ResolversParentTypes['Invitation'] }>;
  InvitationLink: Partial<InvitationLink>;
  MemberFilter: Partial<MemberFilter>;
  Message: MessageRow;
  MessageConnection: Connection<ResolversTypes['Message']>;
  MessageEdge: Partial<Omit<MessageEdge, 'node'> & { node: ResolversParentTypes['Message'] }>;
  MessagePermissions: Partial<MessagePermissions>;
  ModeratedItem: ModeratedItemRow;
  ModeratedItemConnection: Connection<ResolversTypes['ModeratedItem']>;
  ModeratedItemEdge: Partial<Omit<ModeratedItemEdge, 'node'> & { node: ResolversParentTypes['ModeratedItem'] }>;
  ModerationEvent: ModerationEventRow;
  ModerationSummary: Partial<ModerationSummary>;
  Mutation: Record<PropertyKey, never>;
  NewDepartmentInput: Partial<NewDepartmentInput>;
  Notification: NotificationRow;
  NotificationConnection: Connection<ResolversTypes['Notification']>;
  NotificationEdge: Partial<Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] }>;
  Outcome: Partial<Outcome>;
  OutcomeInput: Partial<OutcomeInput>;
  PageInfo: Partial<PageInfo>;
  PasswordResetLink: Partial<PasswordResetLink>;
  Practice: PracticeRow;
  PracticeConnection: Connection<ResolversTypes['Practice']>;
  PracticeEdge: Partial<Omit<PracticeEdge, 'node'> & { node: ResolversParentTypes['Practice'] }>;
  PracticeFilter: Partial<PracticeFilter>;
  PracticeInput: Partial<PracticeInput>;
  PracticePermissions: Partial<PracticePermissions>;
  ProfileInput: Partial<ProfileInput>;
  Query: Record<PropertyKey, never>;
  Question: QuestionRow;
  QuestionConnection: Connection<ResolversTypes['Question']>;
  QuestionEdge: Partial<Omit<QuestionEdge, 'node'> & { node: ResolversParentTypes['Question'] }>;
  QuestionFilter: Partial<QuestionFilter>;
  QuestionInput: Partial<QuestionInput>;
  QuestionPermissions: Partial<QuestionPermissions>;
  QuestionSearchEdge: Partial<Omit<QuestionSearchEdge, 'node'> & { node: ResolversParentTypes['Question'] }>;
  Resource: Partial<Resource>;
  ResourceInput: Partial<ResourceInput>;
  Revision: Partial<Omit<Revision, 'editor'> & { editor?: Maybe<ResolversParentTypes['User']> }>;
  SavedItem: SavedItemRow;
  SavedItemConnection: Connection<ResolversTypes['SavedItem']>;
  SavedItemEdge: Partial<Omit<SavedItemEdge, 'node'> & { node: ResolversParentTypes['SavedItem'] }>;
  SearchEdge: Partial<Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['Practice'] }>;
  SearchFacets: Partial<SearchFacets>;
  SearchResult: SearchResultRow;
  SecuritySettings: Partial<SecuritySettings>;
  Session: Partial<Session>;
  SignInInput: Partial<SignInInput>;
  SignUpInput: Partial<SignUpInput>;
  SimilarToQuestion: Partial<Omit<SimilarToQuestion, 'practices' | 'questions'> & { practices: Array<ResolversParentTypes['Practice']>, questions: Array<ResolversParentTypes['Question']> }>;
  String: Partial<Scalars['String']['output']>;
  Subscription: Record<PropertyKey, never>;
  Topic: TopicRow;
  TotpEnrollment: Partial<TotpEnrollment>;
  TypeCount: Partial<TypeCount>;
  User: UserRow;
  UserConnection: Connection<ResolversTypes['User']>;
  UserEdge: Partial<Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] }>;
  UserFilter: Partial<UserFilter>;
  ViewerAbilities: Partial<ViewerAbilities>;
};

export type MultilineDirectiveArgs = { };

export type MultilineDirectiveResolver<Result, Parent, ContextType = MercuriusContext, Args = MultilineDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type VerbatimDirectiveArgs = { };

export type VerbatimDirectiveResolver<Result, Parent, ContextType = MercuriusContext, Args = VerbatimDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  adoption?: Resolver<Maybe<ResolversTypes['Adoption']>, ParentType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['Answer']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  debrief?: Resolver<Maybe<ResolversTypes['Debrief']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  practice?: Resolver<Maybe<ResolversTypes['Practice']>, ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType>;
};

export type ActivityConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
};

export type AdoptionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Adoption'] = ResolversParentTypes['Adoption']> = {
  changes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  likeMine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
  practice?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  reportedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AdoptionStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AnswerResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Answer'] = ResolversParentTypes['Answer']> = {
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  edited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  helpfulCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hiddenReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  moderationHistory?: Resolver<Maybe<Array<ResolversTypes['ModerationEvent']>>, ParentType, ContextType>;
  practices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['Question'], ParentType, ContextType>;
  replies?: Resolver<Array<ResolversTypes['AnswerReply']>, ParentType, ContextType>;
  revisions?: Resolver<Maybe<Array<ResolversTypes['AnswerRevision']>>, ParentType, ContextType>;
  unread?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['AnswerPermissions'], ParentType, ContextType>;
  viewerFoundHelpful?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  writeUps?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
};

export type AnswerPermissionsResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['AnswerPermissions'] = ResolversParentTypes['AnswerPermissions']> = {
  draftWriteUp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  flag?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markHelpful?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  moderate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reply?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AnswerReplyResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['AnswerReply'] = ResolversParentTypes['AnswerReply']> = {
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AnswerRevisionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['AnswerRevision'] = ResolversParentTypes['AnswerRevision']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replacedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuthPayloadResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  challenge?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mustEnrollTotp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SignInStatus'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type CommentResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment']> = {
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  helpfulCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hiddenReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  moderationHistory?: Resolver<Maybe<Array<ResolversTypes['ModerationEvent']>>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  practice?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  replies?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  revisions?: Resolver<Maybe<Array<ResolversTypes['CommentRevision']>>, ParentType, ContextType>;
  unread?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['CommentPermissions'], ParentType, ContextType>;
  viewerFoundHelpful?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CommentConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CommentConnection'] = ResolversParentTypes['CommentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommentEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CommentEdge'] = ResolversParentTypes['CommentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
};

export type CommentPermissionsResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CommentPermissions'] = ResolversParentTypes['CommentPermissions']> = {
  delete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markHelpful?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reply?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CommentRevisionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['CommentRevision'] = ResolversParentTypes['CommentRevision']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replacedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ConversationResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Conversation'] = ResolversParentTypes['Conversation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastMessage?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  lastMessageAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  messages?: Resolver<ResolversTypes['MessageConnection'], ParentType, ContextType, RequireFields<ConversationMessagesArgs, 'last'>>;
  participants?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  sendRefusal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCanSend?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ConversationConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ConversationConnection'] = ResolversParentTypes['ConversationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConversationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConversationEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ConversationEdge'] = ResolversParentTypes['ConversationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType>;
};

export type CostResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Cost'] = ResolversParentTypes['Cost']> = {
  annual?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startup?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DebriefResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Debrief'] = ResolversParentTypes['Debrief']> = {
  audience?: Resolver<ResolversTypes['DebriefAudience'], ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactsHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  practices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sessionsHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  takeaways?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  takeawaysHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toTry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toTryHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['DebriefPermissions'], ParentType, ContextType>;
  viewerSaved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerSavedNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DebriefConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['DebriefConnection'] = ResolversParentTypes['DebriefConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DebriefEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DebriefEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['DebriefEdge'] = ResolversParentTypes['DebriefEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Debrief'], ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DebriefPermissionsResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['DebriefPermissions'] = ResolversParentTypes['DebriefPermissions']> = {
  delete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DepartmentResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = {
  adoptedBy?: Resolver<Array<ResolversTypes['Adoption']>, ParentType, ContextType>;
  adoptions?: Resolver<Array<ResolversTypes['Adoption']>, ParentType, ContextType>;
  agencyType?: Resolver<ResolversTypes['AgencyType'], ParentType, ContextType>;
  autoVerifyDomain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domains?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  followerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<ResolversTypes['InvitationConnection'], ParentType, ContextType, RequireFields<DepartmentInvitationsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  populationServed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  practiceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  practices?: Resolver<ResolversTypes['PracticeConnection'], ParentType, ContextType, RequireFields<DepartmentPracticesArgs, 'first' | 'orderBy'>>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType, RequireFields<DepartmentQuestionsArgs, 'first'>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  swornOfficers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanManagePeople?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerFollows?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DepartmentConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['DepartmentConnection'] = ResolversParentTypes['DepartmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DepartmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DepartmentEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['DepartmentEdge'] = ResolversParentTypes['DepartmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
};

export type DepartmentMoveResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['DepartmentMove'] = ResolversParentTypes['DepartmentMove']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['DepartmentMoveDecision']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
};

export type DiffPartResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['DiffPart'] = ResolversParentTypes['DiffPart']> = {
  kind?: Resolver<ResolversTypes['DiffKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EmailConfirmationLinkResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EmailConfirmationLink'] = ResolversParentTypes['EmailConfirmationLink']> = {
  change?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  attendeeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attendees?: Resolver<Maybe<ResolversTypes['UserConnection']>, ParentType, ContextType, RequireFields<EventAttendeesArgs, 'first'>>;
  debriefs?: Resolver<ResolversTypes['DebriefConnection'], ParentType, ContextType, RequireFields<EventDebriefsArgs, 'first'>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  followerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  icsUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  past?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewerAttendance?: Resolver<Maybe<ResolversTypes['AttendanceStatus']>, ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['EventPermissions'], ParentType, ContextType>;
  viewerFollows?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerSaved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerSavedNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventPermissionsResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['EventPermissions'] = ResolversParentTypes['EventPermissions']> = {
  attend?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  debrief?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FacetCountResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeaturedCaseStudyResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['FeaturedCaseStudy'] = ResolversParentTypes['FeaturedCaseStudy']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  featuredBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noteHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  practice?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  diff?: Resolver<Array<ResolversTypes['DiffPart']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FlagResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Flag'] = ResolversParentTypes['Flag']> = {
  action?: Resolver<Maybe<ResolversTypes['FlagAction']>, ParentType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['Answer']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  flagger?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  practice?: Resolver<Maybe<ResolversTypes['Practice']>, ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['FlagReason'], ParentType, ContextType>;
  resolutionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['FlagTarget'], ParentType, ContextType>;
  targetFlags?: Resolver<Maybe<Array<ResolversTypes['Flag']>>, ParentType, ContextType>;
  targetHidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targetOpenFlagCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetReasons?: Resolver<Array<ResolversTypes['FlagReason']>, ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FlagConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['FlagConnection'] = ResolversParentTypes['FlagConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FlagEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FlagEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['FlagEdge'] = ResolversParentTypes['FlagEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Flag'], ParentType, ContextType>;
};

export type FollowingResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Following'] = ResolversParentTypes['Following']> = {
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  practices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type ImplementationResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Implementation'] = ResolversParentTypes['Implementation']> = {
  partners?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staffing?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  trainingHours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type InvitationResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = {
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  invitedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  refusal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['InvitationState'], ParentType, ContextType>;
};

export type InvitationConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['InvitationConnection'] = ResolversParentTypes['InvitationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InvitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InvitationEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['InvitationEdge'] = ResolversParentTypes['InvitationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
};

export type InvitationLinkResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['InvitationLink'] = ResolversParentTypes['InvitationLink']> = {
  accountExists?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  departmentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentSlug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  signedInAsInvitee?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['InvitationState'], ParentType, ContextType>;
};

export type MessageResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sender?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['MessagePermissions'], ParentType, ContextType>;
};

export type MessageConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['MessageConnection'] = ResolversParentTypes['MessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['MessageEdge'] = ResolversParentTypes['MessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
};

export type MessagePermissionsResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['MessagePermissions'] = ResolversParentTypes['MessagePermissions']> = {
  report?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ModeratedItemResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ModeratedItem'] = ResolversParentTypes['ModeratedItem']> = {
  answer?: Resolver<Maybe<ResolversTypes['Answer']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hiddenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hiddenReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ModerationEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openFlagCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  practice?: Resolver<Maybe<ResolversTypes['Practice']>, ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['FlagTarget'], ParentType, ContextType>;
};

export type ModeratedItemConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ModeratedItemConnection'] = ResolversParentTypes['ModeratedItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ModeratedItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ModeratedItemEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ModeratedItemEdge'] = ResolversParentTypes['ModeratedItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ModeratedItem'], ParentType, ContextType>;
};

export type ModerationEventResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ModerationEvent'] = ResolversParentTypes['ModerationEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ModerationEventKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['FlagReason']>, ParentType, ContextType>;
};

export type ModerationSummaryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ModerationSummary'] = ResolversParentTypes['ModerationSummary']> = {
  currentFeatured?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  flaggedItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openFlags?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptAnswer?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationAcceptAnswerArgs, 'id'>>;
  acceptInvitation?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'input' | 'token'>>;
  addComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationAddCommentArgs, 'body' | 'practiceId'>>;
  answer?: Resolver<ResolversTypes['Answer'], ParentType, ContextType, RequireFields<MutationAnswerArgs, 'body' | 'questionId'>>;
  archivePractice?: Resolver<ResolversTypes['Practice'], ParentType, ContextType, RequireFields<MutationArchivePracticeArgs, 'archived' | 'id'>>;
  ask?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationAskArgs, 'input'>>;
  attendEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationAttendEventArgs, 'attending' | 'eventId'>>;
  blockMember?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationBlockMemberArgs, 'userId'>>;
  changeEmail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangeEmailArgs, 'newEmail' | 'password'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  completeSignIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationCompleteSignInArgs, 'challenge' | 'totp'>>;
  confirmEmail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationConfirmEmailArgs, 'token'>>;
  confirmTotpEnrollment?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationConfirmTotpEnrollmentArgs, 'code'>>;
  createDebrief?: Resolver<ResolversTypes['Debrief'], ParentType, ContextType, RequireFields<MutationCreateDebriefArgs, 'eventId' | 'input'>>;
  createEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCreateEventArgs, 'input'>>;
  createPractice?: Resolver<ResolversTypes['Practice'], ParentType, ContextType, RequireFields<MutationCreatePracticeArgs, 'input'>>;
  decideDepartmentMove?: Resolver<ResolversTypes['DepartmentMove'], ParentType, ContextType, RequireFields<MutationDecideDepartmentMoveArgs, 'approve' | 'id'>>;
  deleteComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationDeleteCommentArgs, 'id'>>;
  deleteDebrief?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteDebriefArgs, 'id'>>;
  disableTotp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDisableTotpArgs, 'code' | 'password'>>;
  draftFromAnswer?: Resolver<ResolversTypes['Practice'], ParentType, ContextType, RequireFields<MutationDraftFromAnswerArgs, 'answerId'>>;
  editAnswer?: Resolver<ResolversTypes['Answer'], ParentType, ContextType, RequireFields<MutationEditAnswerArgs, 'body' | 'id'>>;
  editComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationEditCommentArgs, 'body' | 'id'>>;
  editQuestion?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationEditQuestionArgs, 'id' | 'input' | 'version'>>;
  featurePractice?: Resolver<ResolversTypes['FeaturedCaseStudy'], ParentType, ContextType, RequireFields<MutationFeaturePracticeArgs, 'note' | 'practiceId'>>;
  flag?: Resolver<ResolversTypes['Flag'], ParentType, ContextType, RequireFields<MutationFlagArgs, 'id' | 'reason' | 'target'>>;
  follow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationFollowArgs, 'id' | 'target'>>;
  inviteMembers?: Resolver<Array<ResolversTypes['Invitation']>, ParentType, ContextType, RequireFields<MutationInviteMembersArgs, 'departmentSlug' | 'emails'>>;
  liftSuspension?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationLiftSuspensionArgs, 'userId'>>;
  lockDiscussion?: Resolver<ResolversTypes['Practice'], ParentType, ContextType, RequireFields<MutationLockDiscussionArgs, 'locked' | 'practiceId'>>;
  lockQuestion?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationLockQuestionArgs, 'id' | 'locked'>>;
  markAnswerHelpful?: Resolver<ResolversTypes['Answer'], ParentType, ContextType, RequireFields<MutationMarkAnswerHelpfulArgs, 'helpful' | 'id'>>;
  markCommentHelpful?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationMarkCommentHelpfulArgs, 'helpful' | 'id'>>;
  markConversationRead?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationMarkConversationReadArgs, 'id'>>;
  markNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<MutationMarkNotificationsReadArgs>>;
  markThreadRead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationMarkThreadReadArgs, 'id' | 'target'>>;
  moderate?: Resolver<ResolversTypes['ModeratedItem'], ParentType, ContextType, RequireFields<MutationModerateArgs, 'action' | 'id' | 'target'>>;
  publishPractice?: Resolver<ResolversTypes['Practice'], ParentType, ContextType, RequireFields<MutationPublishPracticeArgs, 'id'>>;
  releaseLockout?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationReleaseLockoutArgs, 'userId'>>;
  renewCalendarFeed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reorderFeatured?: Resolver<Array<ResolversTypes['FeaturedCaseStudy']>, ParentType, ContextType, RequireFields<MutationReorderFeaturedArgs, 'ids'>>;
  replyToAnswer?: Resolver<ResolversTypes['AnswerReply'], ParentType, ContextType, RequireFields<MutationReplyToAnswerArgs, 'answerId' | 'body'>>;
  reportAdoption?: Resolver<ResolversTypes['Adoption'], ParentType, ContextType, RequireFields<MutationReportAdoptionArgs, 'input' | 'practiceId'>>;
  reportMessage?: Resolver<ResolversTypes['Flag'], ParentType, ContextType, RequireFields<MutationReportMessageArgs, 'messageId' | 'reason'>>;
  requestDepartmentMove?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestDepartmentMoveArgs, 'departmentSlug'>>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  resendConfirmation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resendInvitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationResendInvitationArgs, 'id'>>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'newPassword' | 'token'>>;
  resolveFlag?: Resolver<ResolversTypes['Flag'], ParentType, ContextType, RequireFields<MutationResolveFlagArgs, 'action' | 'id'>>;
  revokeInvitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'id'>>;
  revokeSession?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeSessionArgs, 'id'>>;
  save?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSaveArgs, 'id' | 'target'>>;
  sendBackPractice?: Resolver<ResolversTypes['Practice'], ParentType, ContextType, RequireFields<MutationSendBackPracticeArgs, 'comment' | 'id'>>;
  sendMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<MutationSendMessageArgs, 'body' | 'conversationId'>>;
  sendPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSendPasswordResetArgs, 'userId'>>;
  setAccountDisabled?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetAccountDisabledArgs, 'disabled' | 'userId'>>;
  setDepartmentDomains?: Resolver<ResolversTypes['Department'], ParentType, ContextType, RequireFields<MutationSetDepartmentDomainsArgs, 'autoVerify' | 'domains' | 'slug'>>;
  setEditorialRating?: Resolver<ResolversTypes['Practice'], ParentType, ContextType, RequireFields<MutationSetEditorialRatingArgs, 'practiceId'>>;
  setEmailPreference?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetEmailPreferenceArgs, 'preference'>>;
  setRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetRoleArgs, 'role' | 'userId'>>;
  setSecuritySettings?: Resolver<ResolversTypes['SecuritySettings'], ParentType, ContextType, RequireFields<MutationSetSecuritySettingsArgs, 'requireTotpForPrivileged'>>;
  setTimeZone?: Resolver<ResolversTypes['User'], ParentType, ContextType, Partial<MutationSetTimeZoneArgs>>;
  signIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signOutEverywhere?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  startConversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<MutationStartConversationArgs, 'body' | 'with'>>;
  startTotpEnrollment?: Resolver<ResolversTypes['TotpEnrollment'], ParentType, ContextType, RequireFields<MutationStartTotpEnrollmentArgs, 'password'>>;
  submitPractice?: Resolver<ResolversTypes['Practice'], ParentType, ContextType, RequireFields<MutationSubmitPracticeArgs, 'id'>>;
  suspendMember?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSuspendMemberArgs, 'reason' | 'until' | 'userId'>>;
  unblockMember?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUnblockMemberArgs, 'userId'>>;
  unfeature?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnfeatureArgs, 'id'>>;
  unfollow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnfollowArgs, 'id' | 'target'>>;
  unsave?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnsaveArgs, 'id' | 'target'>>;
  updateDebrief?: Resolver<ResolversTypes['Debrief'], ParentType, ContextType, RequireFields<MutationUpdateDebriefArgs, 'id' | 'input'>>;
  updateDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType, RequireFields<MutationUpdateDepartmentArgs, 'input' | 'slug'>>;
  updateEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationUpdateEventArgs, 'id' | 'input'>>;
  updateFeatured?: Resolver<ResolversTypes['FeaturedCaseStudy'], ParentType, ContextType, RequireFields<MutationUpdateFeaturedArgs, 'id' | 'input'>>;
  updatePractice?: Resolver<ResolversTypes['Practice'], ParentType, ContextType, RequireFields<MutationUpdatePracticeArgs, 'id' | 'input' | 'version'>>;
  updateProfile?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateProfileArgs, 'input'>>;
  verifyMember?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationVerifyMemberArgs, 'approve' | 'userId'>>;
  withdrawDepartmentMove?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['NotificationReason'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type OutcomeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Outcome'] = ResolversParentTypes['Outcome']> = {
  baseline?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['OutcomeDirection']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PasswordResetLinkResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['PasswordResetLink'] = ResolversParentTypes['PasswordResetLink']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  needsSecondFactor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PracticeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Practice'] = ResolversParentTypes['Practice']> = {
  adoptions?: Resolver<Array<ResolversTypes['Adoption']>, ParentType, ContextType>;
  approach?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, RequireFields<PracticeCommentsArgs, 'first'>>;
  contact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Cost'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  debriefs?: Resolver<Array<ResolversTypes['Debrief']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  discontinuedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discussionLocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidenceLevel?: Resolver<ResolversTypes['EvidenceLevel'], ParentType, ContextType>;
  evidenceNotes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  featured?: Resolver<Maybe<ResolversTypes['FeaturedCaseStudy']>, ParentType, ContextType>;
  firstUnreadCommentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  followerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hiddenReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementation?: Resolver<ResolversTypes['Implementation'], ParentType, ContextType>;
  lifecycle?: Resolver<ResolversTypes['Lifecycle'], ParentType, ContextType>;
  moderationHistory?: Resolver<Maybe<Array<ResolversTypes['ModerationEvent']>>, ParentType, ContextType>;
  newCommentCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType>;
  previousSlugs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['EvidenceRating'], ParentType, ContextType>;
  ratingReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratingSource?: Resolver<ResolversTypes['RatingSource'], ParentType, ContextType>;
  resources?: Resolver<Array<ResolversTypes['Resource']>, ParentType, ContextType>;
  reviewComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revisions?: Resolver<Maybe<Array<ResolversTypes['Revision']>>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceQuestion?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PracticeStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['PracticePermissions'], ParentType, ContextType>;
  viewerCanComment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerFollows?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerLastReadAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  viewerSaved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerSavedNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
};

export type PracticeConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['PracticeConnection'] = ResolversParentTypes['PracticeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PracticeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PracticeEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['PracticeEdge'] = ResolversParentTypes['PracticeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
};

export type PracticePermissionsResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['PracticePermissions'] = ResolversParentTypes['PracticePermissions']> = {
  archive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readHistory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reportAdoption?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sendBack?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  setRating?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  submit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  blockedMembers?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  conversation?: Resolver<ResolversTypes['Conversation'], ParentType, ContextType, RequireFields<QueryConversationArgs, 'id'>>;
  conversations?: Resolver<ResolversTypes['ConversationConnection'], ParentType, ContextType, RequireFields<QueryConversationsArgs, 'first'>>;
  debrief?: Resolver<Maybe<ResolversTypes['Debrief']>, ParentType, ContextType, RequireFields<QueryDebriefArgs, 'id'>>;
  debriefs?: Resolver<ResolversTypes['DebriefConnection'], ParentType, ContextType, RequireFields<QueryDebriefsArgs, 'first'>>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType, RequireFields<QueryDepartmentArgs, 'slug'>>;
  departmentMovesToDecide?: Resolver<Array<ResolversTypes['DepartmentMove']>, ParentType, ContextType>;
  departments?: Resolver<ResolversTypes['DepartmentConnection'], ParentType, ContextType, RequireFields<QueryDepartmentsArgs, 'first'>>;
  emailConfirmationLink?: Resolver<Maybe<ResolversTypes['EmailConfirmationLink']>, ParentType, ContextType, RequireFields<QueryEmailConfirmationLinkArgs, 'token'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'slug'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  featured?: Resolver<Array<ResolversTypes['FeaturedCaseStudy']>, ParentType, ContextType, Partial<QueryFeaturedArgs>>;
  feed?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<QueryFeedArgs, 'first'>>;
  following?: Resolver<ResolversTypes['Following'], ParentType, ContextType>;
  hiddenContent?: Resolver<ResolversTypes['ModeratedItemConnection'], ParentType, ContextType, RequireFields<QueryHiddenContentArgs, 'first'>>;
  invitation?: Resolver<Maybe<ResolversTypes['InvitationLink']>, ParentType, ContextType, RequireFields<QueryInvitationArgs, 'token'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryMemberArgs, 'handle'>>;
  members?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryMembersArgs, 'first'>>;
  membersByHandle?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryMembersByHandleArgs, 'first' | 'prefix'>>;
  messageRecipients?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryMessageRecipientsArgs, 'handles'>>;
  moderatedItem?: Resolver<Maybe<ResolversTypes['ModeratedItem']>, ParentType, ContextType, RequireFields<QueryModeratedItemArgs, 'id' | 'target'>>;
  moderationLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryModerationLogArgs, 'first'>>;
  moderationQueue?: Resolver<ResolversTypes['FlagConnection'], ParentType, ContextType, RequireFields<QueryModerationQueueArgs, 'first'>>;
  moderationSummary?: Resolver<ResolversTypes['ModerationSummary'], ParentType, ContextType>;
  myEvents?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  mySessions?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first'>>;
  ourDrafts?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  passwordResetLink?: Resolver<Maybe<ResolversTypes['PasswordResetLink']>, ParentType, ContextType, RequireFields<QueryPasswordResetLinkArgs, 'token'>>;
  pendingMembers?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType, Partial<QueryPendingMembersArgs>>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  practice?: Resolver<Maybe<ResolversTypes['Practice']>, ParentType, ContextType, RequireFields<QueryPracticeArgs, 'slug'>>;
  practices?: Resolver<ResolversTypes['PracticeConnection'], ParentType, ContextType, RequireFields<QueryPracticesArgs, 'first' | 'orderBy'>>;
  previewMarkdown?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryPreviewMarkdownArgs, 'body'>>;
  question?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType, RequireFields<QueryQuestionArgs, 'id'>>;
  questions?: Resolver<ResolversTypes['QuestionConnection'], ParentType, ContextType, RequireFields<QueryQuestionsArgs, 'first' | 'orderBy'>>;
  saved?: Resolver<ResolversTypes['SavedItemConnection'], ParentType, ContextType, RequireFields<QuerySavedArgs, 'first'>>;
  search?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'orderBy' | 'query' | 'type'>>;
  securitySettings?: Resolver<ResolversTypes['SecuritySettings'], ParentType, ContextType>;
  similarToQuestion?: Resolver<ResolversTypes['SimilarToQuestion'], ParentType, ContextType, RequireFields<QuerySimilarToQuestionArgs, 'title'>>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType, RequireFields<QueryTopicArgs, 'slug'>>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  unreadMessageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
};

export type QuestionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Question'] = ResolversParentTypes['Question']> = {
  acceptedAnswer?: Resolver<Maybe<ResolversTypes['Answer']>, ParentType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acceptedNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answers?: Resolver<Array<ResolversTypes['Answer']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detailsHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstUnreadAnswerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  forAgencyType?: Resolver<Maybe<ResolversTypes['AgencyType']>, ParentType, ContextType>;
  forSizeBand?: Resolver<Maybe<ResolversTypes['SizeBand']>, ParentType, ContextType>;
  forStates?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hiddenReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAnswerAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  locked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  moderationHistory?: Resolver<Maybe<Array<ResolversTypes['ModerationEvent']>>, ParentType, ContextType>;
  newAnswerCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['QuestionPermissions'], ParentType, ContextType>;
  viewerFollows?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerLastReadAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  viewerSaved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerSavedNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
};

export type QuestionConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['QuestionConnection'] = ResolversParentTypes['QuestionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QuestionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuestionEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['QuestionEdge'] = ResolversParentTypes['QuestionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Question'], ParentType, ContextType>;
};

export type QuestionPermissionsResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['QuestionPermissions'] = ResolversParentTypes['QuestionPermissions']> = {
  accept?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  answer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  flag?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  moderate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QuestionSearchEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['QuestionSearchEdge'] = ResolversParentTypes['QuestionSearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Question'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ResourceResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Resource'] = ResolversParentTypes['Resource']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResourceKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RevisionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Revision'] = ResolversParentTypes['Revision']> = {
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  editor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SavedItemResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SavedItem'] = ResolversParentTypes['SavedItem']> = {
  debrief?: Resolver<Maybe<ResolversTypes['Debrief']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  practice?: Resolver<Maybe<ResolversTypes['Practice']>, ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType>;
  savedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['SaveTarget'], ParentType, ContextType>;
};

export type SavedItemConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SavedItemConnection'] = ResolversParentTypes['SavedItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SavedItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SavedItemEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SavedItemEdge'] = ResolversParentTypes['SavedItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SavedItem'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SearchFacetsResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SearchFacets'] = ResolversParentTypes['SearchFacets']> = {
  agencyTypes?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  evidenceLevels?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  hasOutcomes?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  lifecycles?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  sizeBands?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  states?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  debriefEdges?: Resolver<Array<ResolversTypes['DebriefEdge']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['SearchFacets'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questionEdges?: Resolver<Array<ResolversTypes['QuestionSearchEdge']>, ParentType, ContextType>;
  relaxed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  suggestion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SearchType'], ParentType, ContextType>;
  typeCounts?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
};

export type SecuritySettingsResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SecuritySettings'] = ResolversParentTypes['SecuritySettings']> = {
  requireTotpForPrivileged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SimilarToQuestionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['SimilarToQuestion'] = ResolversParentTypes['SimilarToQuestion']> = {
  practices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  answerAdded?: SubscriptionResolver<ResolversTypes['Answer'], "answerAdded", ParentType, ContextType, RequireFields<SubscriptionAnswerAddedArgs, 'questionId'>>;
  commentAdded?: SubscriptionResolver<ResolversTypes['Comment'], "commentAdded", ParentType, ContextType, RequireFields<SubscriptionCommentAddedArgs, 'practiceId'>>;
  notificationAdded?: SubscriptionResolver<ResolversTypes['Notification'], "notificationAdded", ParentType, ContextType>;
};

export type TopicResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  followerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  practiceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  practices?: Resolver<ResolversTypes['PracticeConnection'], ParentType, ContextType, RequireFields<TopicPracticesArgs, 'first' | 'orderBy'>>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType, RequireFields<TopicQuestionsArgs, 'first'>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerFollows?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TotpEnrollmentResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['TotpEnrollment'] = ResolversParentTypes['TotpEnrollment']> = {
  otpauthUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qrSvg?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SearchType'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  answeredQuestions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType, RequireFields<UserAnsweredQuestionsArgs, 'first'>>;
  bio?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bioHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  blockedByViewer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  debriefs?: Resolver<ResolversTypes['DebriefConnection'], ParentType, ContextType, RequireFields<UserDebriefsArgs, 'first'>>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  departmentMove?: Resolver<Maybe<ResolversTypes['DepartmentMove']>, ParentType, ContextType>;
  disabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailConfirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  emailNotifications?: Resolver<Maybe<ResolversTypes['EmailPreference']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  expertise?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  followerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lockedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  membersToVerifyCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pendingReviewCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  publishedPractices?: Resolver<ResolversTypes['PracticeConnection'], ParentType, ContextType, RequireFields<UserPublishedPracticesArgs, 'first'>>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType, RequireFields<UserQuestionsArgs, 'first'>>;
  reportedAdoptions?: Resolver<Array<ResolversTypes['Adoption']>, ParentType, ContextType>;
  requestedDepartment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  statedExpertise?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  suspendedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  suspensionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totpEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['VerificationState'], ParentType, ContextType>;
  viewerCan?: Resolver<Maybe<ResolversTypes['ViewerAbilities']>, ParentType, ContextType>;
  viewerCanMessage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanSendPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerFollows?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ViewerAbilitiesResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['ViewerAbilities'] = ResolversParentTypes['ViewerAbilities']> = {
  administer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  keepEvents?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  moderate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  moveDepartment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publish?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reachMembers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  secondFactorRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifyMembers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  writeUp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = MercuriusContext> = {
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  Adoption?: AdoptionResolvers<ContextType>;
  Answer?: AnswerResolvers<ContextType>;
  AnswerPermissions?: AnswerPermissionsResolvers<ContextType>;
  AnswerReply?: AnswerReplyResolvers<ContextType>;
  AnswerRevision?: AnswerRevisionResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  CommentConnection?: CommentConnectionResolvers<ContextType>;
  CommentEdge?: CommentEdgeResolvers<ContextType>;
  CommentPermissions?: CommentPermissionsResolvers<ContextType>;
  CommentRevision?: CommentRevisionResolvers<ContextType>;
  Conversation?: ConversationResolvers<ContextType>;
  ConversationConnection?: ConversationConnectionResolvers<ContextType>;
  ConversationEdge?: ConversationEdgeResolvers<ContextType>;
  Cost?: CostResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Debrief?: DebriefResolvers<ContextType>;
  DebriefConnection?: DebriefConnectionResolvers<ContextType>;
  DebriefEdge?: DebriefEdgeResolvers<ContextType>;
  DebriefPermissions?: DebriefPermissionsResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  DepartmentConnection?: DepartmentConnectionResolvers<ContextType>;
  DepartmentEdge?: DepartmentEdgeResolvers<ContextType>;
  DepartmentMove?: DepartmentMoveResolvers<ContextType>;
  DiffPart?: DiffPartResolvers<ContextType>;
  EmailConfirmationLink?: EmailConfirmationLinkResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventPermissions?: EventPermissionsResolvers<ContextType>;
  FacetCount?: FacetCountResolvers<ContextType>;
  FeaturedCaseStudy?: FeaturedCaseStudyResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  Flag?: FlagResolvers<ContextType>;
  FlagConnection?: FlagConnectionResolvers<ContextType>;
  FlagEdge?: FlagEdgeResolvers<ContextType>;
  Following?: FollowingResolvers<ContextType>;
  Implementation?: ImplementationResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationConnection?: InvitationConnectionResolvers<ContextType>;
  InvitationEdge?: InvitationEdgeResolvers<ContextType>;
  InvitationLink?: InvitationLinkResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  MessageConnection?: MessageConnectionResolvers<ContextType>;
  MessageEdge?: MessageEdgeResolvers<ContextType>;
  MessagePermissions?: MessagePermissionsResolvers<ContextType>;
  ModeratedItem?: ModeratedItemResolvers<ContextType>;
  ModeratedItemConnection?: ModeratedItemConnectionResolvers<ContextType>;
  ModeratedItemEdge?: ModeratedItemEdgeResolvers<ContextType>;
  ModerationEvent?: ModerationEventResolvers<ContextType>;
  ModerationSummary?: ModerationSummaryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  Outcome?: OutcomeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PasswordResetLink?: PasswordResetLinkResolvers<ContextType>;
  Practice?: PracticeResolvers<ContextType>;
  PracticeConnection?: PracticeConnectionResolvers<ContextType>;
  PracticeEdge?: PracticeEdgeResolvers<ContextType>;
  PracticePermissions?: PracticePermissionsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Question?: QuestionResolvers<ContextType>;
  QuestionConnection?: QuestionConnectionResolvers<ContextType>;
  QuestionEdge?: QuestionEdgeResolvers<ContextType>;
  QuestionPermissions?: QuestionPermissionsResolvers<ContextType>;
  QuestionSearchEdge?: QuestionSearchEdgeResolvers<ContextType>;
  Resource?: ResourceResolvers<ContextType>;
  Revision?: RevisionResolvers<ContextType>;
  SavedItem?: SavedItemResolvers<ContextType>;
  SavedItemConnection?: SavedItemConnectionResolvers<ContextType>;
  SavedItemEdge?: SavedItemEdgeResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchFacets?: SearchFacetsResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SecuritySettings?: SecuritySettingsResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SimilarToQuestion?: SimilarToQuestionResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  TotpEnrollment?: TotpEnrollmentResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  ViewerAbilities?: ViewerAbilitiesResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = MercuriusContext> = {
  multiline?: MultilineDirectiveResolver<any, any, ContextType>;
  verbatim?: VerbatimDirectiveResolver<any, any, ContextType>;
};

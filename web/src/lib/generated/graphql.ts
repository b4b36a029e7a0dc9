/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AcceptInvitationInput = {
  /** Needed for a new account (not when signed in as an existing account with the invited address). */
  displayName?: string | null | undefined;
  /** Needed for a new account: at least 12 characters, at most 128; common or breached passwords are refused. */
  password?: string | null | undefined;
  /** Title or rank; needed for a new account. */
  title?: string | null | undefined;
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

export type AdoptionInput = {
  changes?: string | null | undefined;
  endedOn?: string | null | undefined;
  note?: string | null | undefined;
  /** At most 20 rows. */
  outcomes?: Array<OutcomeInput> | null | undefined;
  startedOn?: string | null | undefined;
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

export type AttendanceStatus =
  /** Went. */
  | 'ATTENDED'
  /** Going (the event has not started). */
  | 'ATTENDING';

export type AuditFilter = {
  actions?: Array<string> | null | undefined;
  from?: string | null | undefined;
  outcome?: AuditOutcome | null | undefined;
  to?: string | null | undefined;
  /** Entries where this member is the actor or the subject. */
  userId?: string | number | null | undefined;
};

export type AuditOutcome =
  | 'FAILURE'
  | 'SUCCESS';

export type DebriefAudience =
  /** The author's department only. */
  | 'DEPARTMENT'
  /** Every verified member. */
  | 'MEMBERS';

export type DebriefInput = {
  audience: DebriefAudience;
  /** Markdown: contacts made. */
  contacts?: string | null | undefined;
  /** Slugs (current or earlier) of the published write-ups it mentions (at most 20). */
  practices?: Array<string> | null | undefined;
  /** Markdown: the sessions attended. */
  sessions?: string | null | undefined;
  /** Markdown: the key takeaways (required). */
  takeaways: string;
  title: string;
  /** Markdown: practices or ideas to try at home. */
  toTry?: string | null | undefined;
};

export type DepartmentFilter = {
  agencyTypes?: Array<AgencyType> | null | undefined;
  /** Part of the department's name or city. */
  name?: string | null | undefined;
  /** Two-letter state codes. */
  states?: Array<string> | null | undefined;
};

/** A department's profile, as its chief keeps it; every field is replaced by what is sent. */
export type DepartmentInput = {
  agencyType: AgencyType;
  /** Markdown, at most 4,000 characters; empty for none. */
  description: string;
  /** A whole number from 0 to 100,000,000; null when not said. */
  populationServed?: number | null | undefined;
  /** Two-letter USPS code. */
  state: string;
  /** A whole number from 0 to 1,000,000; null when not said. */
  swornOfficers?: number | null | undefined;
  /** An http(s) address; empty or null for none. */
  website?: string | null | undefined;
};

export type DepartmentMoveDecision =
  | 'APPROVED'
  | 'DECLINED'
  | 'WITHDRAWN';

export type DiffKind =
  | 'ADDED'
  | 'REMOVED'
  | 'SAME';

export type EmailPreference =
  | 'DAILY'
  | 'IMMEDIATELY'
  | 'OFF';

export type EventInput = {
  description?: string | null | undefined;
  /** Optional, HH:MM on the last day, in timeZone; only with startTime. */
  endTime?: string | null | undefined;
  endsOn: string;
  host: string;
  kind: EventKind;
  location?: string | null | undefined;
  name: string;
  online?: boolean | null | undefined;
  /** Optional, 24-hour HH:MM on the first day, in timeZone; without it the event is all-day. */
  startTime?: string | null | undefined;
  startsOn: string;
  /** IANA time zone of the times, e.g. America/Chicago; required with startTime. */
  timeZone?: string | null | undefined;
  /** Topic slugs. */
  topics?: Array<string> | null | undefined;
  url?: string | null | undefined;
};

export type EventKind =
  | 'CONFERENCE'
  | 'SYMPOSIUM'
  | 'TRAINING';

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

export type FeatureInput = {
  endsOn?: string | null | undefined;
  note: string;
  /** 1 is first; omitted: after the last. A taken position is given to this one and the others move down. */
  position?: number | null | undefined;
  startsOn?: string | null | undefined;
};

export type FlagAction =
  /** Close the flags without a breach; flag-hidden content shows again. */
  | 'DISMISS'
  /** Hide the content: only its author (who sees why) and moderators see it. */
  | 'HIDE'
  /** Show the content again. */
  | 'RESTORE';

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
  agencyType?: AgencyType | null | undefined;
  departmentSlug?: string | null | undefined;
  /** Part of the name, handle or title, in any case. */
  search?: string | null | undefined;
  /** Two-letter state code of the member's department. */
  state?: string | null | undefined;
  /** A topic slug: members who wrote a published write-up in it, or reported their department's adoption of a practice in it. */
  topic?: string | null | undefined;
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

export type NewDepartmentInput = {
  agencyType: AgencyType;
  city: string;
  name: string;
  /** Two-letter state code. */
  state: string;
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

/** Which way an outcome's figure should move for the program to have worked. */
export type OutcomeDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type OutcomeInput = {
  baseline?: number | null | undefined;
  direction?: OutcomeDirection | null | undefined;
  metric: string;
  period?: string | null | undefined;
  result: number;
  source?: string | null | undefined;
  unit?: string | null | undefined;
};

export type PracticeFilter = {
  agencyTypes?: Array<AgencyType> | null | undefined;
  departmentSlug?: string | null | undefined;
  evidenceLevels?: Array<EvidenceLevel> | null | undefined;
  hasOutcomes?: boolean | null | undefined;
  lifecycles?: Array<Lifecycle> | null | undefined;
  /** Published on or after this date. */
  publishedFrom?: string | null | undefined;
  /** Published on or before this date. */
  publishedTo?: string | null | undefined;
  /** Department size by sworn officers. */
  sizeBands?: Array<SizeBand> | null | undefined;
  /** Two-letter state codes. */
  states?: Array<string> | null | undefined;
  /** Topic slugs; a practice matches when it has any of them. */
  topics?: Array<string> | null | undefined;
};

export type PracticeInput = {
  approach?: string | null | undefined;
  /** Markdown. */
  body: string;
  contact?: string | null | undefined;
  costAnnual?: number | null | undefined;
  costNotes?: string | null | undefined;
  costStartup?: number | null | undefined;
  /** Required when lifecycle is DISCONTINUED. */
  discontinuedReason?: string | null | undefined;
  evidenceLevel: EvidenceLevel;
  evidenceNotes?: string | null | undefined;
  lifecycle: Lifecycle;
  /** At most 20 rows. */
  outcomes?: Array<OutcomeInput> | null | undefined;
  partners?: string | null | undefined;
  problem?: string | null | undefined;
  /** At most 20 links. */
  resources?: Array<ResourceInput> | null | undefined;
  staffing?: string | null | undefined;
  startedOn?: string | null | undefined;
  /** At most 280 characters. */
  summary: string;
  title: string;
  /** Topic slugs, 1 to 5. */
  topics: Array<string>;
  trainingHours?: number | null | undefined;
  visibility: Visibility;
};

export type PracticeOrder =
  | 'NEWEST'
  | 'RELEVANCE'
  | 'TITLE';

export type PracticeStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED';

/** What a member says about themselves; every field is replaced by what is sent. */
export type ProfileInput = {
  /** Markdown, at most 2,000 characters; empty for none. */
  bio?: string | null | undefined;
  /** 2 to 80 characters. */
  displayName: string;
  /** Topic slugs, at most 10. */
  expertise?: Array<string> | null | undefined;
  /** Title or rank, 2 to 80 characters. */
  title: string;
};

export type QuestionFilter = {
  /** Questions asked by departments of these agency types. */
  agencyTypes?: Array<AgencyType> | null | undefined;
  /** Questions this member (handle) answered. */
  answeredBy?: string | null | undefined;
  /** Questions asked by this member (handle). */
  author?: string | null | undefined;
  /** Questions asked by this department (slug). */
  department?: string | null | undefined;
  /** Questions asked by departments in these states, or aimed at them. */
  states?: Array<string> | null | undefined;
  /** Topic slugs: questions on any of them. */
  topics?: Array<string> | null | undefined;
  /** Only questions with no answer yet. */
  unanswered?: boolean | null | undefined;
};

export type QuestionInput = {
  /** Markdown: what was tried, constraints, what an answer should cover. */
  details?: string | null | undefined;
  /** Aim at departments like the asker's: same agency type and size band. */
  likeMine?: boolean | null | undefined;
  /** Two-letter state codes it is for. */
  states?: Array<string> | null | undefined;
  /** A real question, at most 200 characters. */
  title: string;
  /** One to five topic slugs. */
  topics: Array<string>;
  /** MEMBERS (default) or PUBLIC. */
  visibility?: Visibility | null | undefined;
};

export type QuestionOrder =
  /** Those whose answers were marked helpful most, first. */
  | 'MOST_HELPFUL'
  /** Newest first. */
  | 'NEWEST'
  /** Unanswered first, newest first among them. */
  | 'UNANSWERED';

export type RatingSource =
  /** Follows from the evidence level and the direction of the outcomes by the stated rule. */
  | 'DERIVED'
  /** Set by a moderator, with a reason. */
  | 'EDITORIAL';

export type ResourceInput = {
  kind: ResourceKind;
  title: string;
  /** http or https only. */
  url: string;
};

export type ResourceKind =
  | 'DOCUMENT'
  | 'LINK'
  | 'VIDEO';

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

export type SearchOrder =
  | 'NEWEST'
  | 'RELEVANCE';

/** What search looks through: write-ups (the default), questions to the network, or conference debriefs. */
export type SearchType =
  | 'DEBRIEFS'
  | 'PRACTICES'
  | 'QUESTIONS';

export type SignInInput = {
  email: string;
  password: string;
  /** A 6-digit code from the authenticator app, or one of the recovery codes. */
  totp?: string | null | undefined;
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
  departmentSlug?: string | null | undefined;
  displayName: string;
  email: string;
  newDepartment?: NewDepartmentInput | null | undefined;
  /** At least 12 characters, at most 128; spaces allowed; refused when it is a common or breached password. */
  password: string;
  /** Title or rank. */
  title: string;
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

/** A thread a member reads: a question with its answers, or a write-up's discussion. */
export type ThreadTarget =
  /** A write-up (its id), for its discussion. */
  | 'PRACTICE'
  | 'QUESTION';

export type UserFilter = {
  departmentSlug?: string | null | undefined;
  lockedOnly?: boolean | null | undefined;
  role?: Role | null | undefined;
  /** Part of the name or email. */
  search?: string | null | undefined;
  verification?: VerificationState | null | undefined;
};

export type VerificationState =
  | 'REJECTED'
  /** Signed up; reads PUBLIC content only until the department's chief or a moderator verifies them. */
  | 'UNVERIFIED'
  | 'VERIFIED';

export type Visibility =
  /** Verified members only. */
  | 'MEMBERS'
  /** Anyone, signed in or not. */
  | 'PUBLIC';

export type MentionSuggestionsQueryVariables = Exact<{
  prefix: string;
}>;


export type MentionSuggestionsQuery = { membersByHandle: Array<{ handle: string, displayName: string, department: { name: string } | null }> };

export type ModerationEventFragment = { kind: ModerationEventKind, at: string, reason: FlagReason | null, note: string | null, by: { displayName: string, handle: string } | null };

export type PracticeCardFragment = { slug: string, title: string, summary: string, evidenceLevel: EvidenceLevel, rating: EvidenceRating, ratingSource: RatingSource, lifecycle: Lifecycle, publishedAt: string | null, newCommentCount: number | null, firstUnreadCommentId: string | null, department: { slug: string, name: string, state: string }, topics: Array<{ slug: string, name: string }>, outcomes: Array<{ id: string }> };

export type QuestionSummaryFragment = { id: string, title: string, createdAt: string, answerCount: number, acceptedAt: string | null, visibility: Visibility, newAnswerCount: number | null, firstUnreadAnswerId: string | null, department: { slug: string, name: string, state: string } | null, topics: Array<{ slug: string, name: string }> };

export type FollowMutationVariables = Exact<{
  target: FollowTarget;
  id: string | number;
}>;


export type FollowMutation = { follow: boolean };

export type UnfollowMutationVariables = Exact<{
  target: FollowTarget;
  id: string | number;
}>;


export type UnfollowMutation = { unfollow: boolean };

export type PracticePageFragment = { totalCount: number, edges: Array<{ cursor: string, node: { slug: string, title: string, summary: string, evidenceLevel: EvidenceLevel, rating: EvidenceRating, ratingSource: RatingSource, lifecycle: Lifecycle, publishedAt: string | null, newCommentCount: number | null, firstUnreadCommentId: string | null, department: { slug: string, name: string, state: string }, topics: Array<{ slug: string, name: string }>, outcomes: Array<{ id: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type PracticeLinkFragment = { slug: string, title: string, department: { slug: string, name: string } };

export type DepartmentChoicesFragment = { departments: { edges: Array<{ node: { slug: string, name: string, state: string } }> } };

export type DepartmentCardFragment = { slug: string, name: string, state: string, city: string, agencyType: AgencyType, swornOfficers: number | null, verified: boolean, practiceCount: number };

export type PreviewMarkdownQueryVariables = Exact<{
  body: string;
}>;


export type PreviewMarkdownQuery = { previewMarkdown: string };

export type PracticeDetailFragment = { id: string, slug: string, title: string, summary: string, bodyHtml: string, status: PracticeStatus, visibility: Visibility, lifecycle: Lifecycle, discontinuedReason: string | null, problem: string, approach: string, evidenceLevel: EvidenceLevel, evidenceNotes: string, rating: EvidenceRating, ratingReason: string, ratingSource: RatingSource, contact: string, version: number, reviewComment: string | null, publishedAt: string | null, updatedAt: string, department: { slug: string, name: string, state: string, city: string, agencyType: AgencyType }, author: { displayName: string, title: string } | null, topics: Array<{ slug: string, name: string }>, implementation: { startedOn: string | null, staffing: string, partners: string, trainingHours: number | null }, cost: { startup: number | null, annual: number | null, notes: string }, outcomes: Array<{ id: string, metric: string, baseline: number | null, result: number, unit: string, period: string, source: string, direction: OutcomeDirection | null }>, resources: Array<{ id: string, kind: ResourceKind, title: string, url: string }>, viewerCan: { edit: boolean, submit: boolean, publish: boolean, sendBack: boolean, archive: boolean, reportAdoption: boolean, setRating: boolean } };

export type TopicChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicChoicesQuery = { topics: Array<{ slug: string, name: string }> };

export type SaveItemMutationVariables = Exact<{
  target: SaveTarget;
  id: string | number;
  note?: string | null | undefined;
}>;


export type SaveItemMutation = { save: boolean };

export type UnsaveItemMutationVariables = Exact<{
  target: SaveTarget;
  id: string | number;
}>;


export type UnsaveItemMutation = { unsave: boolean };

export type ViewerFieldsFragment = { id: string, displayName: string, title: string, role: Role, verification: VerificationState, email: string | null, emailConfirmed: boolean, totpEnabled: boolean | null, timeZone: string | null, pendingReviewCount: number | null, membersToVerifyCount: number | null, department: { slug: string, name: string } | null, viewerCan: { writeUp: boolean, publish: boolean, reachMembers: boolean, verifyMembers: boolean, moderate: boolean, administer: boolean, keepEvents: boolean, moveDepartment: boolean, secondFactorRequired: boolean } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { unreadNotificationCount: number, unreadMessageCount: number, me: { id: string, displayName: string, title: string, role: Role, verification: VerificationState, email: string | null, emailConfirmed: boolean, totpEnabled: boolean | null, timeZone: string | null, pendingReviewCount: number | null, membersToVerifyCount: number | null, department: { slug: string, name: string } | null, viewerCan: { writeUp: boolean, publish: boolean, reachMembers: boolean, verifyMembers: boolean, moderate: boolean, administer: boolean, keepEvents: boolean, moveDepartment: boolean, secondFactorRequired: boolean } | null } | null };

export type UnconfirmedViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type UnconfirmedViewerQuery = { me: { id: string, displayName: string, title: string, role: Role, verification: VerificationState, email: string | null, emailConfirmed: boolean, totpEnabled: boolean | null, timeZone: string | null, pendingReviewCount: number | null, membersToVerifyCount: number | null, department: { slug: string, name: string } | null, viewerCan: { writeUp: boolean, publish: boolean, reachMembers: boolean, verifyMembers: boolean, moderate: boolean, administer: boolean, keepEvents: boolean, moveDepartment: boolean, secondFactorRequired: boolean } | null } | null };

export type MarkThreadReadMutationVariables = Exact<{
  target: ThreadTarget;
  id: string | number;
}>;


export type MarkThreadReadMutation = { markThreadRead: boolean };

export type HeaderNotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type HeaderNotificationAddedSubscription = { notificationAdded: { id: string, text: string } };

export type HomeQueryVariables = Exact<{
  latest: number;
  departments: number;
  questions: number;
}>;


export type HomeQuery = { featured: Array<{ id: string, noteHtml: string, practice: { slug: string, title: string, department: { slug: string, name: string } } }>, practices: { totalCount: number, edges: Array<{ node: { slug: string, title: string, summary: string, evidenceLevel: EvidenceLevel, rating: EvidenceRating, ratingSource: RatingSource, lifecycle: Lifecycle, publishedAt: string | null, newCommentCount: number | null, firstUnreadCommentId: string | null, department: { slug: string, name: string, state: string }, topics: Array<{ slug: string, name: string }>, outcomes: Array<{ id: string }> } }> }, questions: { edges: Array<{ node: { id: string, title: string, createdAt: string, answerCount: number, acceptedAt: string | null, visibility: Visibility, newAnswerCount: number | null, firstUnreadAnswerId: string | null, department: { slug: string, name: string, state: string } | null, topics: Array<{ slug: string, name: string }> } }> }, topics: Array<{ slug: string, name: string, description: string, practiceCount: number }>, departments: { totalCount: number, edges: Array<{ node: { slug: string, name: string, state: string, city: string, agencyType: AgencyType, swornOfficers: number | null, verified: boolean, practiceCount: number } }> } };

export type FeedQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type FeedQuery = { feed: { totalCount: number, edges: Array<{ node: { id: string, kind: ActivityKind, createdAt: string, actor: { displayName: string } | null, practice: { slug: string, title: string, department: { slug: string, name: string } } | null, comment: { id: string, bodyHtml: string } | null, adoption: { department: { slug: string, name: string } } | null, debrief: { id: string, title: string, event: { slug: string, name: string } } | null, question: { id: string, title: string } | null, answer: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AdminQuery = { securitySettings: { requireTotpForPrivileged: boolean }, users: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, displayName: string, title: string, email: string | null, role: Role, verification: VerificationState, requestedDepartment: string | null, lockedAt: string | null, disabled: boolean | null, totpEnabled: boolean | null, createdAt: string, department: { slug: string, name: string, state: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SetSecuritySettingsMutationVariables = Exact<{
  requireTotpForPrivileged: boolean;
}>;


export type SetSecuritySettingsMutation = { setSecuritySettings: { requireTotpForPrivileged: boolean } };

export type SetRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
  departmentSlug?: string | null | undefined;
}>;


export type SetRoleMutation = { setRole: { id: string, role: Role } };

export type SetAccountDisabledMutationVariables = Exact<{
  userId: string | number;
  disabled: boolean;
}>;


export type SetAccountDisabledMutation = { setAccountDisabled: { id: string, disabled: boolean | null } };

export type ReleaseLockoutMutationVariables = Exact<{
  userId: string | number;
}>;


export type ReleaseLockoutMutation = { releaseLockout: { id: string, lockedAt: string | null } };

export type SendPasswordResetMutationVariables = Exact<{
  userId: string | number;
}>;


export type SendPasswordResetMutation = { sendPasswordReset: boolean };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, action: string, outcome: AuditOutcome, email: string | null, ip: string | null, source: string, detail: string | null, actor: { id: string, displayName: string } | null, subject: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaseStudiesQueryVariables = Exact<{
  includeInactive: boolean;
}>;


export type CaseStudiesQuery = { featured: Array<{ id: string, noteHtml: string, position: number, startsOn: string | null, endsOn: string | null, current: boolean, practice: { slug: string, title: string, summary: string, department: { slug: string, name: string, state: string } } }> };

export type ResendConfirmationMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendConfirmationMutation = { resendConfirmation: boolean };

export type EmailConfirmationLinkQueryVariables = Exact<{
  token: string;
}>;


export type EmailConfirmationLinkQuery = { emailConfirmationLink: { email: string, change: boolean, expiresAt: string } | null };

export type ConfirmEmailMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmEmailMutation = { confirmEmail: boolean };

export type DebriefPageQueryVariables = Exact<{
  id: string | number;
}>;


export type DebriefPageQuery = { debrief: { updatedAt: string, sessionsHtml: string, takeawaysHtml: string, toTryHtml: string, contactsHtml: string, viewerSaved: boolean, viewerSavedNote: string | null, id: string, title: string, audience: DebriefAudience, createdAt: string, author: { displayName: string, title: string } | null, event: { slug: string, name: string, startsOn: string, endsOn: string }, practices: Array<{ slug: string, title: string, department: { name: string } }>, viewerCan: { edit: boolean, delete: boolean }, department: { slug: string, name: string } } | null };

export type DebriefEventQueryVariables = Exact<{
  id: string | number;
}>;


export type DebriefEventQuery = { debrief: { event: { slug: string } } | null };

export type DeleteDebriefMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteDebriefMutation = { deleteDebrief: boolean };

export type EditDebriefQueryVariables = Exact<{
  id: string | number;
}>;


export type EditDebriefQuery = { debrief: { id: string, title: string, audience: DebriefAudience, sessions: string, takeaways: string, toTry: string, contacts: string, practices: Array<{ slug: string }>, event: { slug: string, name: string }, viewerCan: { edit: boolean } } | null };

export type UpdateDebriefMutationVariables = Exact<{
  id: string | number;
  input: DebriefInput;
}>;


export type UpdateDebriefMutation = { updateDebrief: { id: string } };

export type DebriefSummaryFragment = { id: string, title: string, audience: DebriefAudience, createdAt: string, author: { displayName: string } | null, department: { slug: string, name: string } };

export type DepartmentsQueryVariables = Exact<{
  filter?: DepartmentFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DepartmentsQuery = { departments: { totalCount: number, edges: Array<{ cursor: string, node: { slug: string, name: string, state: string, city: string, agencyType: AgencyType, swornOfficers: number | null, verified: boolean, practiceCount: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DepartmentQueryVariables = Exact<{
  slug: string;
  orderBy: PracticeOrder;
  first: number;
  after?: string | null | undefined;
}>;


export type DepartmentQuery = { department: { id: string, slug: string, name: string, agencyType: AgencyType, state: string, city: string, swornOfficers: number | null, populationServed: number | null, description: string, descriptionHtml: string, website: string | null, verified: boolean, viewerCanEdit: boolean, practiceCount: number, followerCount: number, viewerFollows: boolean, viewerCanManagePeople: boolean, practices: { totalCount: number, edges: Array<{ cursor: string, node: { slug: string, title: string, summary: string, evidenceLevel: EvidenceLevel, rating: EvidenceRating, ratingSource: RatingSource, lifecycle: Lifecycle, publishedAt: string | null, newCommentCount: number | null, firstUnreadCommentId: string | null, department: { slug: string, name: string, state: string }, topics: Array<{ slug: string, name: string }>, outcomes: Array<{ id: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, adoptions: Array<{ id: string, status: AdoptionStatus, startedOn: string | null, endedOn: string | null, updatedAt: string, department: { slug: string, name: string, state: string }, practice: { slug: string, title: string, department: { state: string, slug: string, name: string } } }>, adoptedBy: Array<{ id: string, status: AdoptionStatus, startedOn: string | null, endedOn: string | null, updatedAt: string, department: { slug: string, name: string, state: string }, practice: { slug: string, title: string, department: { state: string, slug: string, name: string } } }>, questions: Array<{ id: string, title: string, createdAt: string, answerCount: number, acceptedAt: string | null, visibility: Visibility, newAnswerCount: number | null, firstUnreadAnswerId: string | null, department: { slug: string, name: string, state: string } | null, topics: Array<{ slug: string, name: string }> }> } | null };

export type DepartmentAdoptionFragment = { id: string, status: AdoptionStatus, startedOn: string | null, endedOn: string | null, updatedAt: string, department: { slug: string, name: string, state: string }, practice: { slug: string, title: string, department: { state: string, slug: string, name: string } } };

export type DepartmentProfileQueryVariables = Exact<{
  slug: string;
}>;


export type DepartmentProfileQuery = { department: { slug: string, name: string, description: string, website: string | null, agencyType: AgencyType, state: string, swornOfficers: number | null, populationServed: number | null, viewerCanEdit: boolean } | null };

export type UpdateDepartmentMutationVariables = Exact<{
  slug: string;
  input: DepartmentInput;
}>;


export type UpdateDepartmentMutation = { updateDepartment: { slug: string } };

export type DepartmentPeopleQueryVariables = Exact<{
  slug: string;
  first: number;
  after?: string | null | undefined;
}>;


export type DepartmentPeopleQuery = { department: { slug: string, name: string, viewerCanManagePeople: boolean, domains: Array<string>, autoVerifyDomain: boolean, invitations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string | null, email: string, state: InvitationState, sentAt: string | null, expiresAt: string | null, acceptedAt: string | null, invitedBy: { displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type SetDepartmentDomainsMutationVariables = Exact<{
  slug: string;
  domains: Array<string> | string;
  autoVerify: boolean;
}>;


export type SetDepartmentDomainsMutation = { setDepartmentDomains: { slug: string } };

export type InviteMembersMutationVariables = Exact<{
  slug: string;
  emails: Array<string> | string;
}>;


export type InviteMembersMutation = { inviteMembers: Array<{ email: string, state: InvitationState, refusal: string | null }> };

export type ResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendInvitationMutation = { resendInvitation: { id: string | null } };

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string | null } };

export type OurDraftsQueryVariables = Exact<{ [key: string]: never; }>;


export type OurDraftsQuery = { ourDrafts: Array<{ slug: string, title: string, summary: string, status: PracticeStatus, reviewComment: string | null, updatedAt: string, author: { displayName: string } | null }> };

export type EventsQueryVariables = Exact<{
  first: number;
  upcomingAfter?: string | null | undefined;
  pastAfter?: string | null | undefined;
}>;


export type EventsQuery = { upcoming: { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string, kind: EventKind, host: string, startsOn: string, endsOn: string, online: boolean, location: string, attendeeCount: number, topics: Array<{ slug: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, past: { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string, kind: EventKind, host: string, startsOn: string, endsOn: string, online: boolean, location: string, attendeeCount: number, topics: Array<{ slug: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EventPageFragment = { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string, kind: EventKind, host: string, startsOn: string, endsOn: string, online: boolean, location: string, attendeeCount: number, topics: Array<{ slug: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type EventPageQueryVariables = Exact<{
  slug: string;
  first: number;
  after?: string | null | undefined;
  debriefsFirst: number;
  debriefsAfter?: string | null | undefined;
}>;


export type EventPageQuery = { event: { startsAt: string | null, endsAt: string | null, timeZone: string | null, url: string | null, descriptionHtml: string, past: boolean, viewerAttendance: AttendanceStatus | null, icsUrl: string, followerCount: number, viewerFollows: boolean, viewerSaved: boolean, viewerSavedNote: string | null, id: string, slug: string, name: string, kind: EventKind, host: string, startsOn: string, endsOn: string, online: boolean, location: string, attendeeCount: number, viewerCan: { edit: boolean, attend: boolean, debrief: boolean }, attendees: { totalCount: number, edges: Array<{ node: { id: string, displayName: string, title: string, department: { name: string, slug: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, debriefs: { totalCount: number, edges: Array<{ node: { id: string, title: string, audience: DebriefAudience, createdAt: string, author: { displayName: string } | null, department: { slug: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, topics: Array<{ slug: string, name: string }> } | null };

export type AttendEventMutationVariables = Exact<{
  eventId: string | number;
  attending: boolean;
}>;


export type AttendEventMutation = { attendEvent: { id: string } };

export type EventToDebriefQueryVariables = Exact<{
  slug: string;
}>;


export type EventToDebriefQuery = { event: { id: string, slug: string, name: string, startsOn: string, viewerCan: { debrief: boolean } } | null };

export type CreateDebriefMutationVariables = Exact<{
  eventId: string | number;
  input: DebriefInput;
}>;


export type CreateDebriefMutation = { createDebrief: { id: string } };

export type EditEventQueryVariables = Exact<{
  slug: string;
}>;


export type EditEventQuery = { event: { id: string, slug: string, name: string, kind: EventKind, host: string, startsOn: string, endsOn: string, startTime: string | null, endTime: string | null, timeZone: string | null, online: boolean, location: string, url: string | null, description: string, topics: Array<{ slug: string }> } | null, topics: Array<{ slug: string, name: string }> };

export type EventToSaveQueryVariables = Exact<{
  slug: string;
}>;


export type EventToSaveQuery = { event: { id: string } | null };

export type UpdateEventMutationVariables = Exact<{
  id: string | number;
  input: EventInput;
}>;


export type UpdateEventMutation = { updateEvent: { slug: string } };

export type EventSummaryFragment = { id: string, slug: string, name: string, kind: EventKind, host: string, startsOn: string, endsOn: string, online: boolean, location: string, attendeeCount: number, topics: Array<{ slug: string, name: string }> };

export type EventTopicChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type EventTopicChoicesQuery = { topics: Array<{ slug: string, name: string }> };

export type CreateEventMutationVariables = Exact<{
  input: EventInput;
}>;


export type CreateEventMutation = { createEvent: { slug: string } };

export type FlagSubjectQueryVariables = Exact<{
  slug: string;
  withComments: boolean;
  first: number;
  after?: string | null | undefined;
}>;


export type FlagSubjectQuery = { practice: { id: string, slug: string, title: string, summary: string, hidden: boolean, author: { id: string } | null, department: { name: string }, comments?: { edges: Array<{ node: { id: string, bodyHtml: string, deleted: boolean, hidden: boolean, createdAt: string, replies: Array<{ id: string, bodyHtml: string, deleted: boolean, hidden: boolean, createdAt: string, author: { id: string, displayName: string } | null }>, author: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type FlaggedCommentFragment = { id: string, bodyHtml: string, deleted: boolean, hidden: boolean, createdAt: string, author: { id: string, displayName: string } | null };

export type FlagQuestionSubjectQueryVariables = Exact<{
  id: string | number;
}>;


export type FlagQuestionSubjectQuery = { question: { id: string, title: string, hidden: boolean, author: { id: string } | null, department: { name: string } | null, answers: Array<{ id: string, bodyHtml: string, hidden: boolean, createdAt: string, author: { id: string, displayName: string } | null }> } | null };

export type FlagMutationVariables = Exact<{
  target: FlagTarget;
  id: string | number;
  reason: FlagReason;
  note?: string | null | undefined;
}>;


export type FlagMutation = { flag: { id: string } };

export type FollowingQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowingQuery = { following: { practices: Array<{ id: string, slug: string, title: string, department: { slug: string, name: string } }>, topics: Array<{ id: string, slug: string, name: string }>, departments: Array<{ id: string, slug: string, name: string, city: string, state: string }>, members: Array<{ id: string, displayName: string, title: string, department: { slug: string, name: string } | null }>, events: Array<{ id: string, slug: string, name: string, startsOn: string, past: boolean }>, questions: Array<{ id: string, title: string, answerCount: number }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type InvitationQueryVariables = Exact<{
  token: string;
}>;


export type InvitationQuery = { invitation: { email: string, state: InvitationState, expiresAt: string, departmentName: string, departmentSlug: string, accountExists: boolean, signedInAsInvitee: boolean } | null };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { status: SignInStatus } };

export type MemberDirectoryQueryVariables = Exact<{
  filter?: MemberFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type MemberDirectoryQuery = { members: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, handle: string, displayName: string, title: string, department: { slug: string, name: string, state: string } | null, statedExpertise: Array<{ slug: string, name: string }>, expertise: Array<{ slug: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MemberDirectoryChoicesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MemberDirectoryChoicesQuery = { topics: Array<{ slug: string, name: string }>, departments: { edges: Array<{ node: { slug: string, name: string, state: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MemberProfileQueryVariables = Exact<{
  handle: string;
  first: number;
  after?: string | null | undefined;
}>;


export type MemberProfileQuery = { member: { id: string, handle: string, displayName: string, title: string, role: Role, verification: VerificationState, bioHtml: string, followerCount: number, viewerFollows: boolean, blockedByViewer: boolean, viewerCanMessage: boolean, viewerCanSendPasswordReset: boolean, department: { slug: string, name: string, state: string, city: string } | null, statedExpertise: Array<{ slug: string, name: string }>, expertise: Array<{ slug: string, name: string }>, publishedPractices: { totalCount: number, edges: Array<{ node: { slug: string, title: string, summary: string, publishedAt: string | null, department: { slug: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, reportedAdoptions: Array<{ id: string, status: AdoptionStatus, startedOn: string | null, updatedAt: string, department: { slug: string, name: string }, practice: { slug: string, title: string, department: { slug: string, name: string } } }>, events: Array<{ slug: string, name: string, startsOn: string, endsOn: string, past: boolean }>, debriefs: { totalCount: number, edges: Array<{ node: { id: string, title: string, audience: DebriefAudience, createdAt: string, event: { slug: string, name: string } } }> }, questions: Array<{ id: string, title: string, createdAt: string, answerCount: number, acceptedAt: string | null, visibility: Visibility, newAnswerCount: number | null, firstUnreadAnswerId: string | null, department: { slug: string, name: string, state: string } | null, topics: Array<{ slug: string, name: string }> }>, answeredQuestions: Array<{ id: string, title: string, createdAt: string, answerCount: number, acceptedAt: string | null, visibility: Visibility, newAnswerCount: number | null, firstUnreadAnswerId: string | null, department: { slug: string, name: string, state: string } | null, topics: Array<{ slug: string, name: string }> }> } | null };

export type PendingMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingMembersQuery = { pendingMembers: Array<{ id: string, displayName: string, title: string, email: string | null, requestedDepartment: string | null, createdAt: string, department: { slug: string, name: string, state: string, verified: boolean } | null }> };

export type VerifyMemberMutationVariables = Exact<{
  userId: string | number;
  approve: boolean;
}>;


export type VerifyMemberMutation = { verifyMember: { id: string, verification: VerificationState } };

export type DepartmentMovesToDecideQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentMovesToDecideQuery = { departmentMovesToDecide: Array<{ id: string, createdAt: string, member: { handle: string, displayName: string, title: string }, from: { slug: string, name: string, state: string } | null, to: { slug: string, name: string } }> };

export type DecideDepartmentMoveMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
}>;


export type DecideDepartmentMoveMutation = { decideDepartmentMove: { id: string, decision: DepartmentMoveDecision | null } };

export type ConversationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ConversationsQuery = { conversations: { totalCount: number, edges: Array<{ node: { id: string, lastMessageAt: string, unreadCount: number, participants: Array<{ id: string, displayName: string, handle: string, department: { name: string } | null }>, lastMessage: { body: string, removed: boolean, sender: { id: string } | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConversationQueryVariables = Exact<{
  id: string | number;
  last: number;
  before?: string | null | undefined;
}>;


export type ConversationQuery = { conversation: { id: string, unreadCount: number, viewerCanSend: boolean, sendRefusal: string | null, participants: Array<{ blockedByViewer: boolean, id: string, displayName: string, handle: string, department: { name: string } | null }>, messages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, bodyHtml: string, removed: boolean, createdAt: string, sender: { id: string, displayName: string, handle: string, department: { name: string } | null } | null, viewerCan: { report: boolean } } }> } } };

export type MessageParticipantFragment = { id: string, displayName: string, handle: string, department: { name: string } | null };

export type MarkConversationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkConversationReadMutation = { markConversationRead: { id: string } };

export type UnreadCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountsQuery = { unreadMessageCount: number, unreadNotificationCount: number };

export type SendMessageMutationVariables = Exact<{
  conversationId: string | number;
  body: string;
}>;


export type SendMessageMutation = { sendMessage: { id: string } };

export type ReportMessageMutationVariables = Exact<{
  messageId: string | number;
  reason: FlagReason;
  note?: string | null | undefined;
}>;


export type ReportMessageMutation = { reportMessage: { id: string } };

export type ConversationMessageArrivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConversationMessageArrivedSubscription = { notificationAdded: { reason: NotificationReason, activity: { conversation: { id: string } | null } } };

export type MessageRecipientsQueryVariables = Exact<{
  handles: Array<string> | string;
}>;


export type MessageRecipientsQuery = { messageRecipients: Array<{ id: string, displayName: string, handle: string, viewerCanMessage: boolean, blockedByViewer: boolean, department: { name: string } | null }> };

export type StartConversationMutationVariables = Exact<{
  with: Array<string | number> | string | number;
  body: string;
}>;


export type StartConversationMutation = { startConversation: { id: string, lastMessage: { id: string } | null } };

export type ModerationDashboardQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  logFirst: number;
  logAfter?: string | null | undefined;
  hiddenAfter?: string | null | undefined;
}>;


export type ModerationDashboardQuery = { moderationSummary: { openFlags: number, flaggedItems: number, pendingMembers: number, currentFeatured: number }, hiddenContent: { totalCount: number, edges: Array<{ node: { target: FlagTarget, id: string, hiddenAt: string | null, hiddenReason: string | null, practice: { slug: string, title: string } | null, comment: { id: string, bodyHtml: string } | null, question: { id: string, title: string } | null, answer: { id: string, bodyHtml: string } | null, author: { displayName: string, handle: string } | null, history: Array<{ kind: ModerationEventKind, at: string, reason: FlagReason | null, note: string | null, by: { displayName: string, handle: string } | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, moderationQueue: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, target: FlagTarget, urgency: number, targetOpenFlagCount: number, targetReasons: Array<FlagReason>, targetHidden: boolean, practice: { slug: string, title: string, summary: string, hiddenReason: string | null, author: { handle: string, displayName: string } | null, department: { name: string } } | null, comment: { id: string, bodyHtml: string, deleted: boolean, createdAt: string, hiddenReason: string | null, author: { handle: string, displayName: string } | null } | null, question: { id: string, title: string, hiddenReason: string | null, author: { handle: string, displayName: string } | null, department: { name: string } | null } | null, answer: { id: string, bodyHtml: string, createdAt: string, hiddenReason: string | null, author: { handle: string, displayName: string } | null } | null, message: { id: string, bodyHtml: string, createdAt: string, sender: { handle: string, displayName: string } | null } | null, targetFlags: Array<{ id: string, reason: FlagReason, note: string | null, createdAt: string, resolved: boolean, action: FlagAction | null, flagger: { displayName: string, handle: string } | null }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, moderationLog: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, action: string, detail: string | null, actor: { displayName: string, handle: string } | null, subject: { displayName: string, handle: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, featured: Array<{ id: string, note: string, noteHtml: string, position: number, startsOn: string | null, endsOn: string | null, current: boolean, practice: { slug: string, title: string, department: { name: string } } }> };

export type ModerationPracticeQueryVariables = Exact<{
  slug: string;
}>;


export type ModerationPracticeQuery = { practice: { id: string, slug: string } | null };

export type ModerationMemberQueryVariables = Exact<{
  handle: string;
}>;


export type ModerationMemberQuery = { member: { id: string } | null };

export type LockDiscussionMutationVariables = Exact<{
  practiceId: string | number;
  locked: boolean;
}>;


export type LockDiscussionMutation = { lockDiscussion: { id: string } };

export type FeaturedFragment = { featured: Array<{ id: string, note: string, noteHtml: string, position: number, startsOn: string | null, endsOn: string | null, current: boolean, practice: { slug: string, title: string, department: { name: string } } }> };

export type FeaturedRowFragment = { id: string, note: string, noteHtml: string, position: number, startsOn: string | null, endsOn: string | null, current: boolean, practice: { slug: string, title: string, department: { name: string } } };

export type FeaturedOrderQueryVariables = Exact<{ [key: string]: never; }>;


export type FeaturedOrderQuery = { featured: Array<{ id: string, position: number }> };

export type FeaturePracticeMutationVariables = Exact<{
  practiceId: string | number;
  note: string;
  position?: number | null | undefined;
  startsOn?: string | null | undefined;
  endsOn?: string | null | undefined;
}>;


export type FeaturePracticeMutation = { featurePractice: { id: string } };

export type UpdateFeaturedMutationVariables = Exact<{
  id: string | number;
  input: FeatureInput;
}>;


export type UpdateFeaturedMutation = { updateFeatured: { id: string } };

export type ReorderFeaturedMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReorderFeaturedMutation = { reorderFeatured: Array<{ id: string }> };

export type UnfeatureMutationVariables = Exact<{
  id: string | number;
}>;


export type UnfeatureMutation = { unfeature: boolean };

export type FlagQueueFragment = { moderationQueue: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, target: FlagTarget, urgency: number, targetOpenFlagCount: number, targetReasons: Array<FlagReason>, targetHidden: boolean, practice: { slug: string, title: string, summary: string, hiddenReason: string | null, author: { handle: string, displayName: string } | null, department: { name: string } } | null, comment: { id: string, bodyHtml: string, deleted: boolean, createdAt: string, hiddenReason: string | null, author: { handle: string, displayName: string } | null } | null, question: { id: string, title: string, hiddenReason: string | null, author: { handle: string, displayName: string } | null, department: { name: string } | null } | null, answer: { id: string, bodyHtml: string, createdAt: string, hiddenReason: string | null, author: { handle: string, displayName: string } | null } | null, message: { id: string, bodyHtml: string, createdAt: string, sender: { handle: string, displayName: string } | null } | null, targetFlags: Array<{ id: string, reason: FlagReason, note: string | null, createdAt: string, resolved: boolean, action: FlagAction | null, flagger: { displayName: string, handle: string } | null }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ResolveFlagMutationVariables = Exact<{
  id: string | number;
  action: FlagAction;
  note?: string | null | undefined;
}>;


export type ResolveFlagMutation = { resolveFlag: { id: string } };

export type HiddenContentFragment = { hiddenContent: { totalCount: number, edges: Array<{ node: { target: FlagTarget, id: string, hiddenAt: string | null, hiddenReason: string | null, practice: { slug: string, title: string } | null, comment: { id: string, bodyHtml: string } | null, question: { id: string, title: string } | null, answer: { id: string, bodyHtml: string } | null, author: { displayName: string, handle: string } | null, history: Array<{ kind: ModerationEventKind, at: string, reason: FlagReason | null, note: string | null, by: { displayName: string, handle: string } | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ModerateMutationVariables = Exact<{
  target: FlagTarget;
  id: string | number;
  action: FlagAction;
  note?: string | null | undefined;
}>;


export type ModerateMutation = { moderate: { id: string } };

export type ModerationLogFragment = { moderationLog: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, action: string, detail: string | null, actor: { displayName: string, handle: string } | null, subject: { displayName: string, handle: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SuspendMemberMutationVariables = Exact<{
  userId: string | number;
  until: string;
  reason: string;
}>;


export type SuspendMemberMutation = { suspendMember: { id: string } };

export type LiftSuspensionMutationVariables = Exact<{
  userId: string | number;
}>;


export type LiftSuspensionMutation = { liftSuspension: { id: string } };

export type InboxQueryVariables = Exact<{
  unreadOnly: boolean;
  first: number;
  after?: string | null | undefined;
}>;


export type InboxQuery = { notifications: { totalCount: number, edges: Array<{ node: { id: string, reason: NotificationReason, text: string, path: string, read: boolean, createdAt: string, activity: { id: string, kind: ActivityKind, practice: { slug: string, title: string } | null, comment: { id: string } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type InboxNotificationFragment = { id: string, reason: NotificationReason, text: string, path: string, read: boolean, createdAt: string, activity: { id: string, kind: ActivityKind, practice: { slug: string, title: string } | null, comment: { id: string } | null } };

export type InboxNotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InboxNotificationAddedSubscription = { notificationAdded: { id: string, reason: NotificationReason, text: string, path: string, read: boolean, createdAt: string, activity: { id: string, kind: ActivityKind, practice: { slug: string, title: string } | null, comment: { id: string } | null } } };

export type ReportAdoptionMutationVariables = Exact<{
  practiceId: string | number;
  input: AdoptionInput;
}>;


export type ReportAdoptionMutation = { reportAdoption: { id: string } };

export type AddCommentMutationVariables = Exact<{
  practiceId: string | number;
  body: string;
  parentId?: string | number | null | undefined;
}>;


export type AddCommentMutation = { addComment: { id: string } };

export type EditCommentMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type EditCommentMutation = { editComment: { id: string } };

export type DeleteCommentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCommentMutation = { deleteComment: { id: string } };

export type MarkCommentHelpfulMutationVariables = Exact<{
  id: string | number;
  helpful: boolean;
}>;


export type MarkCommentHelpfulMutation = { markCommentHelpful: { id: string } };

export type DiscussionCommentFragment = { id: string, body: string | null, bodyHtml: string, deleted: boolean, hidden: boolean, hiddenReason: string | null, edited: boolean, editedAt: string | null, createdAt: string, unread: boolean, helpfulCount: number, viewerFoundHelpful: boolean, author: { id: string, displayName: string, handle: string, title: string, department: { name: string, slug: string } | null } | null, parent: { id: string, author: { displayName: string } | null } | null, viewerCan: { edit: boolean, delete: boolean, reply: boolean, markHelpful: boolean }, revisions: Array<{ body: string, replacedAt: string }> | null, moderationHistory: Array<{ kind: ModerationEventKind, at: string, reason: FlagReason | null, note: string | null, by: { displayName: string, handle: string } | null }> | null };

export type DiscussionFragment = { hidden: boolean, commentCount: number, newCommentCount: number | null, viewerLastReadAt: string | null, firstUnreadCommentId: string | null, discussionLocked: boolean, viewerCanComment: boolean, followerCount: number, viewerFollows: boolean, comments: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, body: string | null, bodyHtml: string, deleted: boolean, hidden: boolean, hiddenReason: string | null, edited: boolean, editedAt: string | null, createdAt: string, unread: boolean, helpfulCount: number, viewerFoundHelpful: boolean, replies: Array<{ id: string, body: string | null, bodyHtml: string, deleted: boolean, hidden: boolean, hiddenReason: string | null, edited: boolean, editedAt: string | null, createdAt: string, unread: boolean, helpfulCount: number, viewerFoundHelpful: boolean, author: { id: string, displayName: string, handle: string, title: string, department: { name: string, slug: string } | null } | null, parent: { id: string, author: { displayName: string } | null } | null, viewerCan: { edit: boolean, delete: boolean, reply: boolean, markHelpful: boolean }, revisions: Array<{ body: string, replacedAt: string }> | null, moderationHistory: Array<{ kind: ModerationEventKind, at: string, reason: FlagReason | null, note: string | null, by: { displayName: string, handle: string } | null }> | null }>, author: { id: string, displayName: string, handle: string, title: string, department: { name: string, slug: string } | null } | null, parent: { id: string, author: { displayName: string } | null } | null, viewerCan: { edit: boolean, delete: boolean, reply: boolean, markHelpful: boolean }, revisions: Array<{ body: string, replacedAt: string }> | null, moderationHistory: Array<{ kind: ModerationEventKind, at: string, reason: FlagReason | null, note: string | null, by: { displayName: string, handle: string } | null }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CommentAddedSubscriptionVariables = Exact<{
  practiceId: string | number;
}>;


export type CommentAddedSubscription = { commentAdded: { id: string, body: string | null, bodyHtml: string, deleted: boolean, hidden: boolean, hiddenReason: string | null, edited: boolean, editedAt: string | null, createdAt: string, unread: boolean, helpfulCount: number, viewerFoundHelpful: boolean, author: { id: string, displayName: string, handle: string, title: string, department: { name: string, slug: string } | null } | null, parent: { id: string, author: { displayName: string } | null } | null, viewerCan: { edit: boolean, delete: boolean, reply: boolean, markHelpful: boolean }, revisions: Array<{ body: string, replacedAt: string }> | null, moderationHistory: Array<{ kind: ModerationEventKind, at: string, reason: FlagReason | null, note: string | null, by: { displayName: string, handle: string } | null }> | null } };

export type EditPracticeQueryVariables = Exact<{
  slug: string;
}>;


export type EditPracticeQuery = { practice: { body: string | null, id: string, slug: string, title: string, summary: string, bodyHtml: string, status: PracticeStatus, visibility: Visibility, lifecycle: Lifecycle, discontinuedReason: string | null, problem: string, approach: string, evidenceLevel: EvidenceLevel, evidenceNotes: string, rating: EvidenceRating, ratingReason: string, ratingSource: RatingSource, contact: string, version: number, reviewComment: string | null, publishedAt: string | null, updatedAt: string, department: { slug: string, name: string, state: string, city: string, agencyType: AgencyType }, author: { displayName: string, title: string } | null, topics: Array<{ slug: string, name: string }>, implementation: { startedOn: string | null, staffing: string, partners: string, trainingHours: number | null }, cost: { startup: number | null, annual: number | null, notes: string }, outcomes: Array<{ id: string, metric: string, baseline: number | null, result: number, unit: string, period: string, source: string, direction: OutcomeDirection | null }>, resources: Array<{ id: string, kind: ResourceKind, title: string, url: string }>, viewerCan: { edit: boolean, submit: boolean, publish: boolean, sendBack: boolean, archive: boolean, reportAdoption: boolean, setRating: boolean } } | null, topics: Array<{ slug: string, name: string }> };

export type PracticeToSaveQueryVariables = Exact<{
  slug: string;
}>;


export type PracticeToSaveQuery = { practice: { id: string } | null };

export type UpdatePracticeMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: PracticeInput;
  note?: string | null | undefined;
}>;


export type UpdatePracticeMutation = { updatePractice: { slug: string } };

export type PracticeHistoryQueryVariables = Exact<{
  slug: string;
}>;


export type PracticeHistoryQuery = { practice: { slug: string, title: string, status: PracticeStatus, version: number, department: { slug: string, name: string, state: string }, revisions: Array<{ id: string, version: number, note: string | null, createdAt: string, editor: { displayName: string } | null, changes: Array<{ field: string, label: string, diff: Array<{ kind: DiffKind, text: string }> }> }> | null } | null };

export type PracticeQueryVariables = Exact<{
  slug: string;
  commentsFirst: number;
  commentsAfter?: string | null | undefined;
}>;


export type PracticeQuery = { practice: { hidden: boolean, hiddenReason: string | null, viewerSaved: boolean, viewerSavedNote: string | null, id: string, slug: string, title: string, summary: string, bodyHtml: string, status: PracticeStatus, visibility: Visibility, lifecycle: Lifecycle, discontinuedReason: string | null, problem: string, approach: string, evidenceLevel: EvidenceLevel, evidenceNotes: string, rating: EvidenceRating, ratingReason: string, ratingSource: RatingSource, contact: string, version: number, reviewComment: string | null, publishedAt: string | null, updatedAt: string, commentCount: number, newCommentCount: number | null, viewerLastReadAt: string | null, firstUnreadCommentId: string | null, discussionLocked: boolean, viewerCanComment: boolean, followerCount: number, viewerFollows: boolean, moderationHistory: Array<{ kind: ModerationEventKind, at: string, reason: FlagReason | null, note: string | null, by: { displayName: string, handle: string } | null }> | null, featured: { noteHtml: string, current: boolean } | null, sourceQuestion: { id: string, title: string } | null, revisions: Array<{ id: string }> | null, debriefs: Array<{ id: string, title: string, audience: DebriefAudience, createdAt: string, event: { name: string }, author: { displayName: string } | null, department: { slug: string, name: string } }>, adoptions: Array<{ id: string, status: AdoptionStatus, startedOn: string | null, endedOn: string | null, note: string | null, changes: string | null, likeMine: boolean, updatedAt: string, department: { slug: string, name: string, state: string, agencyType: AgencyType, swornOfficers: number | null }, outcomes: Array<{ id: string, metric: string, baseline: number | null, result: number, unit: string, period: string, source: string, direction: OutcomeDirection | null }> }>, department: { slug: string, name: string, state: string, city: string, agencyType: AgencyType }, author: { displayName: string, title: string } | null, topics: Array<{ slug: string, name: string }>, implementation: { startedOn: string | null, staffing: string, partners: string, trainingHours: number | null }, cost: { startup: number | null, annual: number | null, notes: string }, outcomes: Array<{ id: string, metric: string, baseline: number | null, result: number, unit: string, period: string, source: string, direction: OutcomeDirection | null }>, resources: Array<{ id: string, kind: ResourceKind, title: string, url: string }>, viewerCan: { edit: boolean, submit: boolean, publish: boolean, sendBack: boolean, archive: boolean, reportAdoption: boolean, setRating: boolean }, comments: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, body: string | null, bodyHtml: string, deleted: boolean, hidden: boolean, hiddenReason: string | null, edited: boolean, editedAt: string | null, createdAt: string, unread: boolean, helpfulCount: number, viewerFoundHelpful: boolean, replies: Array<{ id: string, body: string | null, bodyHtml: string, deleted: boolean, hidden: boolean, hiddenReason: string | null, edited: boolean, editedAt: string | null, createdAt: string, unread: boolean, helpfulCount: number, viewerFoundHelpful: boolean, author: { id: string, displayName: string, handle: string, title: string, department: { name: string, slug: string } | null } | null, parent: { id: string, author: { displayName: string } | null } | null, viewerCan: { edit: boolean, delete: boolean, reply: boolean, markHelpful: boolean }, revisions: Array<{ body: string, replacedAt: string }> | null, moderationHistory: Array<{ kind: ModerationEventKind, at: string, reason: FlagReason | null, note: string | null, by: { displayName: string, handle: string } | null }> | null }>, author: { id: string, displayName: string, handle: string, title: string, department: { name: string, slug: string } | null } | null, parent: { id: string, author: { displayName: string } | null } | null, viewerCan: { edit: boolean, delete: boolean, reply: boolean, markHelpful: boolean }, revisions: Array<{ body: string, replacedAt: string }> | null, moderationHistory: Array<{ kind: ModerationEventKind, at: string, reason: FlagReason | null, note: string | null, by: { displayName: string, handle: string } | null }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type SetEditorialRatingMutationVariables = Exact<{
  practiceId: string | number;
  rating?: EvidenceRating | null | undefined;
  reason?: string | null | undefined;
}>;


export type SetEditorialRatingMutation = { setEditorialRating: { id: string } };

export type SubmitPracticeMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitPracticeMutation = { submitPractice: { slug: string } };

export type PublishPracticeMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishPracticeMutation = { publishPractice: { slug: string } };

export type SendBackPracticeMutationVariables = Exact<{
  id: string | number;
  comment: string;
}>;


export type SendBackPracticeMutation = { sendBackPractice: { slug: string } };

export type ArchivePracticeMutationVariables = Exact<{
  id: string | number;
  archived: boolean;
}>;


export type ArchivePracticeMutation = { archivePractice: { slug: string } };

export type CreatePracticeMutationVariables = Exact<{
  input: PracticeInput;
}>;


export type CreatePracticeMutation = { createPractice: { id: string, slug: string } };

export type PublishNewPracticeMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishNewPracticeMutation = { publishPractice: { slug: string } };

export type QuestionsQueryVariables = Exact<{
  filter?: QuestionFilter | null | undefined;
  orderBy: QuestionOrder;
  first: number;
  after?: string | null | undefined;
}>;


export type QuestionsQuery = { questions: { totalCount: number, edges: Array<{ node: { id: string, title: string, createdAt: string, answerCount: number, acceptedAt: string | null, visibility: Visibility, newAnswerCount: number | null, firstUnreadAnswerId: string | null, department: { slug: string, name: string, state: string } | null, topics: Array<{ slug: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, topics: Array<{ slug: string, name: string }> };

export type QuestionPageQueryVariables = Exact<{
  id: string | number;
}>;


export type QuestionPageQuery = { question: { id: string, title: string, detailsHtml: string, visibility: Visibility, createdAt: string, updatedAt: string, version: number, forAgencyType: AgencyType | null, forSizeBand: SizeBand | null, forStates: Array<string>, answerCount: number, newAnswerCount: number | null, firstUnreadAnswerId: string | null, viewerLastReadAt: string | null, acceptedNote: string | null, acceptedAt: string | null, locked: boolean, hidden: boolean, hiddenReason: string | null, viewerFollows: boolean, viewerSaved: boolean, viewerSavedNote: string | null, moderationHistory: Array<{ kind: ModerationEventKind, at: string, reason: FlagReason | null, note: string | null, by: { displayName: string, handle: string } | null }> | null, author: { handle: string, displayName: string, title: string } | null, department: { slug: string, name: string, state: string } | null, topics: Array<{ slug: string, name: string }>, answers: Array<{ id: string, body: string | null, bodyHtml: string, createdAt: string, edited: boolean, accepted: boolean, unread: boolean, helpfulCount: number, viewerFoundHelpful: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, handle: string, displayName: string, title: string } | null, department: { slug: string, name: string } | null, replies: Array<{ id: string, bodyHtml: string, createdAt: string, author: { id: string, handle: string, displayName: string } | null }>, practices: Array<{ slug: string, title: string, summary: string, evidenceLevel: EvidenceLevel, rating: EvidenceRating, ratingSource: RatingSource, lifecycle: Lifecycle, publishedAt: string | null, newCommentCount: number | null, firstUnreadCommentId: string | null, department: { slug: string, name: string, state: string }, topics: Array<{ slug: string, name: string }>, outcomes: Array<{ id: string }> }>, writeUps: Array<{ slug: string, title: string, status: PracticeStatus }>, viewerCan: { edit: boolean, markHelpful: boolean, reply: boolean, draftWriteUp: boolean, flag: boolean, moderate: boolean }, moderationHistory: Array<{ kind: ModerationEventKind, at: string, reason: FlagReason | null, note: string | null, by: { displayName: string, handle: string } | null }> | null }>, viewerCan: { edit: boolean, answer: boolean, accept: boolean, flag: boolean, lock: boolean, moderate: boolean } } | null };

export type AnswerMutationVariables = Exact<{
  questionId: string | number;
  body: string;
}>;


export type AnswerMutation = { answer: { id: string } };

export type EditAnswerMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type EditAnswerMutation = { editAnswer: { id: string } };

export type ReplyToAnswerMutationVariables = Exact<{
  answerId: string | number;
  body: string;
}>;


export type ReplyToAnswerMutation = { replyToAnswer: { id: string } };

export type MarkAnswerHelpfulMutationVariables = Exact<{
  id: string | number;
  helpful: boolean;
}>;


export type MarkAnswerHelpfulMutation = { markAnswerHelpful: { id: string } };

export type AcceptAnswerMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type AcceptAnswerMutation = { acceptAnswer: { id: string } };

export type DraftFromAnswerMutationVariables = Exact<{
  answerId: string | number;
}>;


export type DraftFromAnswerMutation = { draftFromAnswer: { slug: string } };

export type EditQuestionQueryVariables = Exact<{
  id: string | number;
}>;


export type EditQuestionQuery = { question: { id: string, title: string, details: string | null, visibility: Visibility, version: number, forAgencyType: AgencyType | null, forStates: Array<string>, topics: Array<{ slug: string }>, viewerCan: { edit: boolean } } | null, topics: Array<{ slug: string, name: string }> };

export type SaveQuestionMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: QuestionInput;
}>;


export type SaveQuestionMutation = { editQuestion: { id: string } };

export type LockQuestionMutationVariables = Exact<{
  id: string | number;
  locked: boolean;
}>;


export type LockQuestionMutation = { lockQuestion: { id: string } };

export type ModerateQuestionMutationVariables = Exact<{
  target: FlagTarget;
  id: string | number;
  action: FlagAction;
  note?: string | null | undefined;
}>;


export type ModerateQuestionMutation = { moderate: { id: string } };

export type AnswerFieldsFragment = { id: string, body: string | null, bodyHtml: string, createdAt: string, edited: boolean, accepted: boolean, unread: boolean, helpfulCount: number, viewerFoundHelpful: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, handle: string, displayName: string, title: string } | null, department: { slug: string, name: string } | null, replies: Array<{ id: string, bodyHtml: string, createdAt: string, author: { id: string, handle: string, displayName: string } | null }>, practices: Array<{ slug: string, title: string, summary: string, evidenceLevel: EvidenceLevel, rating: EvidenceRating, ratingSource: RatingSource, lifecycle: Lifecycle, publishedAt: string | null, newCommentCount: number | null, firstUnreadCommentId: string | null, department: { slug: string, name: string, state: string }, topics: Array<{ slug: string, name: string }>, outcomes: Array<{ id: string }> }>, writeUps: Array<{ slug: string, title: string, status: PracticeStatus }>, viewerCan: { edit: boolean, markHelpful: boolean, reply: boolean, draftWriteUp: boolean, flag: boolean, moderate: boolean }, moderationHistory: Array<{ kind: ModerationEventKind, at: string, reason: FlagReason | null, note: string | null, by: { displayName: string, handle: string } | null }> | null };

export type AnswerAddedSubscriptionVariables = Exact<{
  questionId: string | number;
}>;


export type AnswerAddedSubscription = { answerAdded: { id: string, body: string | null, bodyHtml: string, createdAt: string, edited: boolean, accepted: boolean, unread: boolean, helpfulCount: number, viewerFoundHelpful: boolean, hidden: boolean, hiddenReason: string | null, author: { id: string, handle: string, displayName: string, title: string } | null, department: { slug: string, name: string } | null, replies: Array<{ id: string, bodyHtml: string, createdAt: string, author: { id: string, handle: string, displayName: string } | null }>, practices: Array<{ slug: string, title: string, summary: string, evidenceLevel: EvidenceLevel, rating: EvidenceRating, ratingSource: RatingSource, lifecycle: Lifecycle, publishedAt: string | null, newCommentCount: number | null, firstUnreadCommentId: string | null, department: { slug: string, name: string, state: string }, topics: Array<{ slug: string, name: string }>, outcomes: Array<{ id: string }> }>, writeUps: Array<{ slug: string, title: string, status: PracticeStatus }>, viewerCan: { edit: boolean, markHelpful: boolean, reply: boolean, draftWriteUp: boolean, flag: boolean, moderate: boolean }, moderationHistory: Array<{ kind: ModerationEventKind, at: string, reason: FlagReason | null, note: string | null, by: { displayName: string, handle: string } | null }> | null } };

export type AskTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type AskTopicsQuery = { topics: Array<{ slug: string, name: string }> };

export type AskMutationVariables = Exact<{
  input: QuestionInput;
}>;


export type AskMutation = { ask: { id: string } };

export type SimilarToQuestionQueryVariables = Exact<{
  title: string;
}>;


export type SimilarToQuestionQuery = { similarToQuestion: { questions: Array<{ id: string, title: string, answerCount: number }>, practices: Array<{ slug: string, title: string, department: { name: string } }> } };

export type PasswordResetLinkQueryVariables = Exact<{
  token: string;
}>;


export type PasswordResetLinkQuery = { passwordResetLink: { needsSecondFactor: boolean, expiresAt: string } | null };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
  totp?: string | null | undefined;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type SavedItemsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SavedItemsQuery = { saved: { totalCount: number, edges: Array<{ node: { target: SaveTarget, savedAt: string, note: string | null, practice: { id: string, slug: string, title: string, department: { name: string } } | null, question: { id: string, title: string, answerCount: number } | null, debrief: { id: string, title: string, event: { name: string } } | null, event: { id: string, slug: string, name: string, startsOn: string, endsOn: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchQueryVariables = Exact<{
  query: string;
  type: SearchType;
  filter?: PracticeFilter | null | undefined;
  orderBy: SearchOrder;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, query: string, relaxed: boolean, suggestion: string | null, typeCounts: Array<{ type: SearchType, label: string, count: number }>, questionEdges: Array<{ snippet: string | null, node: { id: string, title: string, createdAt: string, answerCount: number, acceptedAt: string | null, visibility: Visibility, newAnswerCount: number | null, firstUnreadAnswerId: string | null, department: { slug: string, name: string, state: string } | null, topics: Array<{ slug: string, name: string }> } }>, debriefEdges: Array<{ snippet: string | null, node: { id: string, title: string, audience: DebriefAudience, createdAt: string, event: { slug: string, name: string }, author: { displayName: string } | null, department: { slug: string, name: string } } }>, edges: Array<{ cursor: string, snippet: string | null, node: { slug: string, title: string, summary: string, evidenceLevel: EvidenceLevel, rating: EvidenceRating, ratingSource: RatingSource, lifecycle: Lifecycle, publishedAt: string | null, newCommentCount: number | null, firstUnreadCommentId: string | null, department: { city: string, slug: string, name: string, state: string }, topics: Array<{ slug: string, name: string }>, outcomes: Array<{ id: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: { topics: Array<{ value: string, label: string, count: number }>, states: Array<{ value: string, label: string, count: number }>, agencyTypes: Array<{ value: string, label: string, count: number }>, sizeBands: Array<{ value: string, label: string, count: number }>, evidenceLevels: Array<{ value: string, label: string, count: number }>, lifecycles: Array<{ value: string, label: string, count: number }>, hasOutcomes: Array<{ value: string, label: string, count: number }> } } };

export type FacetCountFragment = { value: string, label: string, count: number };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, createdAt: string, lastSeenAt: string, expiresAt: string, ip: string | null, userAgent: string | null, current: boolean }> };

export type EmailPreferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailPreferenceQuery = { me: { emailNotifications: EmailPreference | null } | null };

export type SetEmailPreferenceMutationVariables = Exact<{
  preference: EmailPreference;
}>;


export type SetEmailPreferenceMutation = { setEmailPreference: { emailNotifications: EmailPreference | null } };

export type SetTimeZoneMutationVariables = Exact<{
  timeZone?: string | null | undefined;
}>;


export type SetTimeZoneMutation = { setTimeZone: { timeZone: string | null } };

export type RenewCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RenewCalendarFeedMutation = { renewCalendarFeed: string };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: number };

export type StartTotpEnrollmentMutationVariables = Exact<{
  password: string;
}>;


export type StartTotpEnrollmentMutation = { startTotpEnrollment: { secret: string, otpauthUrl: string, qrSvg: string } };

export type ConfirmTotpEnrollmentMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmTotpEnrollmentMutation = { confirmTotpEnrollment: Array<string> };

export type DisableTotpMutationVariables = Exact<{
  password: string;
  code: string;
}>;


export type DisableTotpMutation = { disableTotp: boolean };

export type BlockedMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type BlockedMembersQuery = { blockedMembers: Array<{ id: string, displayName: string, handle: string, title: string, department: { name: string } | null }> };

export type BlockMemberMutationVariables = Exact<{
  userId: string | number;
}>;


export type BlockMemberMutation = { blockMember: { id: string, displayName: string } };

export type UnblockMemberMutationVariables = Exact<{
  userId: string | number;
}>;


export type UnblockMemberMutation = { unblockMember: { id: string, displayName: string } };

export type ChangeEmailMutationVariables = Exact<{
  newEmail: string;
  password: string;
}>;


export type ChangeEmailMutation = { changeEmail: boolean };

export type ProfilePageQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfilePageQuery = { me: { handle: string, displayName: string, title: string, bio: string, role: Role, verification: VerificationState, statedExpertise: Array<{ slug: string }>, department: { slug: string, name: string } | null, departmentMove: { id: string, createdAt: string, to: { slug: string, name: string } } | null } | null, topics: Array<{ slug: string, name: string }>, departments: { edges: Array<{ node: { slug: string, name: string, state: string } }> } };

export type UpdateProfileMutationVariables = Exact<{
  input: ProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { handle: string } };

export type RequestDepartmentMoveMutationVariables = Exact<{
  departmentSlug: string;
}>;


export type RequestDepartmentMoveMutation = { requestDepartmentMove: boolean };

export type WithdrawDepartmentMoveMutationVariables = Exact<{ [key: string]: never; }>;


export type WithdrawDepartmentMoveMutation = { withdrawDepartmentMove: boolean };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { status: SignInStatus, challenge: string | null, mustEnrollTotp: boolean } };

export type CompleteSignInMutationVariables = Exact<{
  challenge: string;
  totp: string;
}>;


export type CompleteSignInMutation = { completeSignIn: { status: SignInStatus, mustEnrollTotp: boolean } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignUpDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignUpDepartmentsQuery = { departments: { edges: Array<{ node: { slug: string, name: string, state: string } }> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { status: SignInStatus } };

export type TopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicsQuery = { topics: Array<{ slug: string, name: string, description: string, practiceCount: number }> };

export type TopicQueryVariables = Exact<{
  slug: string;
  orderBy: PracticeOrder;
  first: number;
  after?: string | null | undefined;
}>;


export type TopicQuery = { topic: { id: string, slug: string, name: string, description: string, practiceCount: number, followerCount: number, viewerFollows: boolean, practices: { totalCount: number, edges: Array<{ cursor: string, node: { slug: string, title: string, summary: string, evidenceLevel: EvidenceLevel, rating: EvidenceRating, ratingSource: RatingSource, lifecycle: Lifecycle, publishedAt: string | null, newCommentCount: number | null, firstUnreadCommentId: string | null, department: { slug: string, name: string, state: string }, topics: Array<{ slug: string, name: string }>, outcomes: Array<{ id: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, questions: Array<{ id: string, title: string, createdAt: string, answerCount: number, acceptedAt: string | null, visibility: Visibility, newAnswerCount: number | null, firstUnreadAnswerId: string | null, department: { slug: string, name: string, state: string } | null, topics: Array<{ slug: string, name: string }> }> } | null };

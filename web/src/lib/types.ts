// Shapes of what pages ask the GraphQL API for (see api/src/modules/*/*.graphql).

import type {
  AdoptionStatus,
  AgencyType,
  EvidenceLevel,
  EvidenceRating,
  Lifecycle,
  OutcomeDirection,
  PracticeStatus,
  RatingSource,
  ResourceKind,
  Role,
  VerificationState,
  Visibility,
} from '@muster/db/labels';

// The enums the database, the API and the pages share (db/src/labels.ts).
export type {
  AdoptionStatus,
  AgencyType,
  EvidenceLevel,
  EvidenceRating,
  Lifecycle,
  OutcomeDirection,
  PracticeStatus,
  RatingSource,
  ResourceKind,
  Role,
  VerificationState,
  Visibility,
};
/** The orders a list page offers; RELEVANCE belongs to search. */
export type ListOrder = 'NEWEST' | 'TITLE';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

export interface TopicRef {
  slug: string;
  name: string;
}

export interface TopicSummary extends TopicRef {
  description: string;
  practiceCount: number;
}

export interface DepartmentRef {
  slug: string;
  name: string;
  state: string;
}

export interface DepartmentSummary extends DepartmentRef {
  city: string;
  agencyType: AgencyType;
  swornOfficers: number | null;
  verified: boolean;
  practiceCount: number;
}

export interface DepartmentDetail extends DepartmentSummary {
  populationServed: number | null;
  description: string;
  website: string | null;
}

/** What a practice card shows in a list. */
export interface PracticeCardData {
  slug: string;
  title: string;
  summary: string;
  evidenceLevel: EvidenceLevel;
  rating: EvidenceRating;
  ratingSource: RatingSource;
  lifecycle: Lifecycle;
  publishedAt: string | null;
  department: DepartmentRef;
  topics: TopicRef[];
  outcomes: { id: string }[];
  /** For a signed-in member: comments by others since they last opened its discussion (null for visitors; absent where a list does not ask). */
  newCommentCount?: number | null;
  firstUnreadCommentId?: string | null;
}

export interface Outcome {
  id: string;
  metric: string;
  baseline: number | null;
  result: number;
  unit: string;
  period: string;
  source: string;
  /** Absent where a list does not ask. */
  direction?: OutcomeDirection | null;
}

export interface Resource {
  id: string;
  kind: ResourceKind;
  title: string;
  url: string;
}

export interface PracticeDetail {
  id: string;
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  department: DepartmentRef & { city: string; agencyType: AgencyType };
  author: { displayName: string; title: string } | null;
  topics: TopicRef[];
  status: PracticeStatus;
  visibility: Visibility;
  lifecycle: Lifecycle;
  discontinuedReason: string | null;
  problem: string;
  approach: string;
  implementation: {
    startedOn: string | null;
    staffing: string;
    partners: string;
    trainingHours: number | null;
  };
  cost: { startup: number | null; annual: number | null; notes: string };
  evidenceLevel: EvidenceLevel;
  evidenceNotes: string;
  outcomes: Outcome[];
  resources: Resource[];
  contact: string;
  version: number;
  publishedAt: string | null;
  updatedAt: string;
}

// ---- Accounts (api/src/modules/auth, users, audit) ---------------------------------------

export type AuditOutcome = 'SUCCESS' | 'FAILURE';

/** The signed-in member, resolved once per request in hooks.server.ts. */
export interface Viewer {
  id: string;
  displayName: string;
  title: string;
  role: Role;
  verification: VerificationState;
  email: string | null;
  /** False until the member follows the link mailed to their address; every page then sends them to /confirm-email. */
  emailConfirmed: boolean;
  totpEnabled: boolean | null;
  /** IANA zone the member reads times in; null reads them in UTC. */
  timeZone: string | null;
  department: { slug: string; name: string } | null;
  /** As the department's chief: its drafts waiting for review (the API says 0 for anyone else). */
  pendingReviewCount: number | null;
  /** Members waiting for the viewer to verify them (their department's, or everyone's for moderators). */
  membersToVerifyCount: number | null;
  /** What the API says the member may do (null until their address is confirmed): pages offer links and forms from this, never from the role. */
  viewerCan: ViewerAbilities | null;
}

export interface ViewerAbilities {
  writeUp: boolean;
  publish: boolean;
  reachMembers: boolean;
  verifyMembers: boolean;
  moderate: boolean;
  administer: boolean;
  keepEvents: boolean;
  moveDepartment: boolean;
  secondFactorRequired: boolean;
}

export interface Session {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export interface TotpEnrollment {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

/** A member as the pending list and the admin's user list show them. */
export interface MemberRow {
  id: string;
  displayName: string;
  title: string;
  email: string | null;
  role: Role;
  verification: VerificationState;
  department: DepartmentRef | null;
  requestedDepartment: string | null;
  lockedAt: string | null;
  disabled: boolean | null;
  totpEnabled: boolean | null;
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  action: string;
  outcome: AuditOutcome;
  actor: { id: string; displayName: string } | null;
  subject: { id: string; displayName: string } | null;
  email: string | null;
  ip: string | null;
  source: string;
  detail: string | null;
}

// ---- Authoring and adoptions (api/src/modules/practices, adoptions) ---------------------

export type DiffKind = 'SAME' | 'ADDED' | 'REMOVED';

/** What the viewer may do with a write-up; the API decides, pages only offer. */
export interface PracticePermissions {
  edit: boolean;
  submit: boolean;
  publish: boolean;
  sendBack: boolean;
  archive: boolean;
  reportAdoption: boolean;
}

/** The department in an adoption report: enough to judge whether its results would hold for yours. */
export interface AdoptingDepartment extends DepartmentRef {
  agencyType: AgencyType;
  swornOfficers: number | null;
}

/** One department's report of taking up a write-up, as the practice page shows it. */
export interface AdoptionReport {
  id: string;
  status: AdoptionStatus;
  startedOn: string | null;
  endedOn: string | null;
  note: string | null;
  changes: string | null;
  likeMine: boolean;
  updatedAt: string;
  department: AdoptingDepartment;
  outcomes: Outcome[];
}

/** The practice page: the write-up, what the viewer may do with it, and where it spread. */
export interface PracticePageData extends PracticeDetail {
  reviewComment: string | null;
  viewerCan: PracticePermissions;
  /** Null when the viewer may not read the history. */
  revisions: { id: string }[] | null;
  adoptions: AdoptionReport[];
}

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

export interface FieldChange {
  field: string;
  label: string;
  diff: DiffPart[];
}

export interface Revision {
  id: string;
  version: number;
  note: string | null;
  createdAt: string;
  editor: { displayName: string } | null;
  changes: FieldChange[];
}

/** A row of "Our drafts". */
export interface DraftRow {
  slug: string;
  title: string;
  summary: string;
  status: PracticeStatus;
  reviewComment: string | null;
  updatedAt: string;
  author: { displayName: string } | null;
}

/** An adoption as a department page lists it: which write-up, from whom, by whom. */
export interface DepartmentAdoption {
  id: string;
  status: AdoptionStatus;
  startedOn: string | null;
  endedOn: string | null;
  updatedAt: string;
  department: DepartmentRef;
  practice: { slug: string; title: string; department: DepartmentRef };
}

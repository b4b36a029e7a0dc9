import { pgEnum } from 'drizzle-orm/pg-core';

export const agencyType = pgEnum('agency_type', ['MUNICIPAL', 'SHERIFF', 'STATE', 'CAMPUS', 'TRIBAL', 'TRANSIT', 'OTHER']);

export const userRole = pgEnum('user_role', ['MEMBER', 'CHIEF', 'MODERATOR', 'ADMIN']);

export const verificationState = pgEnum('verification_state', ['UNVERIFIED', 'VERIFIED', 'REJECTED']);

export const practiceStatus = pgEnum('practice_status', ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED']);

export const visibility = pgEnum('visibility', ['PUBLIC', 'MEMBERS']);

/** Where a program stands; a program that was stopped is knowledge too. */
export const lifecycle = pgEnum('lifecycle', ['PILOT', 'RUNNING', 'SCALED', 'DISCONTINUED']);

/** How strong the evidence behind the outcome figures is, weakest first. */
export const evidenceLevel = pgEnum('evidence_level', ['ANECDOTAL', 'INTERNAL_DATA', 'EXTERNAL_EVALUATION', 'RIGOROUS_STUDY']);

export const resourceKind = pgEnum('resource_kind', ['LINK', 'VIDEO', 'DOCUMENT']);

/** How a member wants their notifications by e-mail. */
export const emailPreference = pgEnum('email_preference', ['OFF', 'IMMEDIATELY', 'DAILY']);

export type AgencyType = (typeof agencyType.enumValues)[number];
export type UserRole = (typeof userRole.enumValues)[number];
export type VerificationState = (typeof verificationState.enumValues)[number];
export type PracticeStatus = (typeof practiceStatus.enumValues)[number];
export type Visibility = (typeof visibility.enumValues)[number];
export type Lifecycle = (typeof lifecycle.enumValues)[number];
export type EvidenceLevel = (typeof evidenceLevel.enumValues)[number];
export type ResourceKind = (typeof resourceKind.enumValues)[number];
export type EmailPreference = (typeof emailPreference.enumValues)[number];

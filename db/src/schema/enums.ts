import { pgEnum } from 'drizzle-orm/pg-core';
import {
  AGENCY_TYPES,
  EMAIL_PREFERENCES,
  EVIDENCE_LEVELS,
  EVIDENCE_RATINGS,
  OUTCOME_DIRECTIONS,
  LIFECYCLES,
  PRACTICE_STATUSES,
  RESOURCE_KINDS,
  ROLES,
  VERIFICATION_STATES,
  VISIBILITY_VALUES,
} from '../labels.ts';

// The values come from ../labels.ts, which the API and the web share; the migrations hold them too.
export const agencyType = pgEnum('agency_type', AGENCY_TYPES);

export const userRole = pgEnum('user_role', ROLES);

export const verificationState = pgEnum('verification_state', VERIFICATION_STATES);

export const practiceStatus = pgEnum('practice_status', PRACTICE_STATUSES);

export const visibility = pgEnum('visibility', VISIBILITY_VALUES);

/** Where a program stands; a program that was stopped is knowledge too. */
export const lifecycle = pgEnum('lifecycle', LIFECYCLES);

/** How strong the evidence behind the outcome figures is, weakest first. */
export const evidenceLevel = pgEnum('evidence_level', EVIDENCE_LEVELS);

/** Which way an outcome's figure should move. */
export const outcomeDirection = pgEnum('outcome_direction', OUTCOME_DIRECTIONS);

/** A moderator's editorial evidence rating. */
export const evidenceRating = pgEnum('evidence_rating', EVIDENCE_RATINGS);

export const resourceKind = pgEnum('resource_kind', RESOURCE_KINDS);

/** How a member wants their notifications by e-mail. */
export const emailPreference = pgEnum('email_preference', EMAIL_PREFERENCES);

export type {
  AgencyType,
  Role as UserRole,
  VerificationState,
  PracticeStatus,
  Visibility,
  Lifecycle,
  EvidenceLevel,
  EvidenceRating,
  OutcomeDirection,
  ResourceKind,
  EmailPreference,
} from '../labels.ts';

// The enums the database, the API and the pages share, with the words people read for them.
// One module with no dependencies: the drizzle schema builds its enums from these lists, the API
// labels its search facets with them, and the web imports them for its labels and form choices.

/** Agency types, in the order lists and facets show them. */
export const AGENCY_TYPES = ['MUNICIPAL', 'SHERIFF', 'STATE', 'CAMPUS', 'TRIBAL', 'TRANSIT', 'OTHER'] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];
export const AGENCY_TYPE_LABELS: Readonly<Record<AgencyType, string>> = {
  MUNICIPAL: 'Municipal police',
  SHERIFF: "Sheriff's office",
  STATE: 'State police',
  CAMPUS: 'Campus police',
  TRIBAL: 'Tribal police',
  TRANSIT: 'Transit police',
  OTHER: 'Other agency',
};

/** Least to most powerful. */
export const ROLES = ['MEMBER', 'CHIEF', 'MODERATOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  MEMBER: 'Member',
  CHIEF: 'Chief',
  MODERATOR: 'Moderator',
  ADMIN: 'Admin',
};

export const VERIFICATION_STATES = ['UNVERIFIED', 'VERIFIED', 'REJECTED'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];
export const VERIFICATION_LABELS: Readonly<Record<VerificationState, string>> = {
  UNVERIFIED: 'Unverified',
  VERIFIED: 'Verified',
  REJECTED: 'Rejected',
};

export const PRACTICE_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];
export const PRACTICE_STATUS_LABELS: Readonly<Record<PracticeStatus, string>> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived',
};

export const VISIBILITY_VALUES = ['PUBLIC', 'MEMBERS'] as const;
export type Visibility = (typeof VISIBILITY_VALUES)[number];
export const VISIBILITY_LABELS: Readonly<Record<Visibility, { label: string; description: string }>> = {
  MEMBERS: {
    label: 'Verified members only',
    description: 'People Muster has confirmed work in or with a law-enforcement agency. Not visible to the public.',
  },
  PUBLIC: {
    label: 'Anyone',
    description: 'Also residents, journalists and researchers, without signing in. Leave out anything you would not publish.',
  },
};

/** Where a program stands; a program that was stopped is knowledge too. */
export const LIFECYCLES = ['PILOT', 'RUNNING', 'SCALED', 'DISCONTINUED'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];
export const LIFECYCLE_LABELS: Readonly<Record<Lifecycle, { label: string; description: string }>> = {
  PILOT: { label: 'Pilot', description: 'A trial, limited in time, place or staff.' },
  RUNNING: { label: 'Running', description: 'Part of how the department works.' },
  SCALED: { label: 'Scaled up', description: 'Grown beyond where it started.' },
  DISCONTINUED: { label: 'Discontinued', description: 'Stopped; say why below.' },
};

/** How strong the evidence behind the outcome figures is, weakest first. */
export const EVIDENCE_LEVELS = ['ANECDOTAL', 'INTERNAL_DATA', 'EXTERNAL_EVALUATION', 'RIGOROUS_STUDY'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
export const EVIDENCE_LABELS: Readonly<Record<EvidenceLevel, { label: string; description: string }>> = {
  ANECDOTAL: {
    label: 'Anecdotal',
    description: 'Based on the experience of the people who run it; no figures collected.',
  },
  INTERNAL_DATA: {
    label: 'Internal data',
    description: "Backed by the department's own before-and-after figures.",
  },
  EXTERNAL_EVALUATION: {
    label: 'External evaluation',
    description: 'Evaluated by an independent partner such as a university or auditor.',
  },
  RIGOROUS_STUDY: {
    label: 'Rigorous study',
    description: 'Tested in a controlled or peer-reviewed study.',
  },
};

/** Which way an outcome row's figure should move for the program to have worked. */
export const OUTCOME_DIRECTIONS = ['LOWER_IS_BETTER', 'HIGHER_IS_BETTER'] as const;
export type OutcomeDirection = (typeof OUTCOME_DIRECTIONS)[number];
export const OUTCOME_DIRECTION_LABELS: Readonly<Record<OutcomeDirection, string>> = {
  LOWER_IS_BETTER: 'Lower is better',
  HIGHER_IS_BETTER: 'Higher is better',
};

/** A write-up's evidence rating, strongest first (api/src/modules/practices/rating.ts states the rule). */
export const EVIDENCE_RATINGS = ['EFFECTIVE', 'PROMISING', 'MIXED', 'NO_EFFECT', 'INSUFFICIENT_EVIDENCE'] as const;
export type EvidenceRating = (typeof EVIDENCE_RATINGS)[number];
export const EVIDENCE_RATING_LABELS: Readonly<Record<EvidenceRating, { label: string; description: string }>> = {
  EFFECTIVE: { label: 'Effective', description: 'Independently evaluated, and the measured outcomes moved the right way.' },
  PROMISING: { label: 'Promising', description: "The department's own figures moved the right way; not yet independently evaluated." },
  MIXED: { label: 'Mixed', description: 'Some measured outcomes improved and others got worse.' },
  NO_EFFECT: { label: 'No effect', description: 'The measured outcomes did not improve.' },
  INSUFFICIENT_EVIDENCE: { label: 'Insufficient evidence', description: 'Not enough figures to judge whether it works.' },
};

/** Whether a rating follows from the rule or was set by a moderator. */
export const RATING_SOURCES = ['DERIVED', 'EDITORIAL'] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];

export const RESOURCE_KINDS = ['LINK', 'VIDEO', 'DOCUMENT'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export const RESOURCE_KIND_LABELS: Readonly<Record<ResourceKind, string>> = {
  LINK: 'Link',
  VIDEO: 'Video',
  DOCUMENT: 'Document',
};

/** How a member wants their notifications by e-mail. */
export const EMAIL_PREFERENCES = ['OFF', 'IMMEDIATELY', 'DAILY'] as const;
export type EmailPreference = (typeof EMAIL_PREFERENCES)[number];

export const ADOPTION_STATUSES = ['PLANNING', 'PILOT', 'ADOPTED', 'DISCONTINUED'] as const;
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];
export const ADOPTION_STATUS_LABELS: Readonly<Record<AdoptionStatus, { label: string; description: string }>> = {
  PLANNING: { label: 'Planning', description: 'Decided to take it up; not running yet.' },
  PILOT: { label: 'Pilot', description: 'Trying it out.' },
  ADOPTED: { label: 'Adopted', description: 'Part of how the department works.' },
  DISCONTINUED: { label: 'Discontinued', description: 'Tried and stopped.' },
};

/** Search's agency-size facet: bands of sworn officers, smallest first. */
export const SIZE_BANDS = ['SMALL', 'MEDIUM', 'LARGE', 'VERY_LARGE'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];
export const SIZE_BAND_LABELS: Readonly<Record<SizeBand, string>> = {
  SMALL: 'Fewer than 50 officers',
  MEDIUM: '50–249 officers',
  LARGE: '250–999 officers',
  VERY_LARGE: '1,000 or more officers',
};

/** Sworn officers in each size band: [from, below]. */
export const SIZE_BAND_OFFICERS: Readonly<Record<SizeBand, readonly [number, number]>> = {
  SMALL: [0, 50],
  MEDIUM: [50, 250],
  LARGE: [250, 1000],
  VERY_LARGE: [1000, 2_147_483_647],
};

/** The size band of a count of sworn officers; null for a department that gave none. */
export function sizeBandOf(swornOfficers: number | null): SizeBand | null {
  if (swornOfficers == null) return null;
  return SIZE_BANDS.find((band) => SIZE_BAND_OFFICERS[band][0] <= swornOfficers && swornOfficers < SIZE_BAND_OFFICERS[band][1]) ?? null;
}

/** Search's facet on whether a write-up has outcome figures. */
export const HAS_OUTCOMES_LABELS: Readonly<Record<'true' | 'false', string>> = {
  true: 'With outcome figures',
  false: 'Without outcome figures',
};

/** The states, districts and territories a department may be in, by postal code, with their names. */
export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  AS: 'American Samoa',
  GU: 'Guam',
  MP: 'Northern Mariana Islands',
  PR: 'Puerto Rico',
  VI: 'U.S. Virgin Islands',
};

import type { AgencyType, EvidenceLevel, Lifecycle, OutcomeDirection, ResourceKind, Visibility } from '../schema/enums.ts';

/** The shape of the demo data files in ./demo: plain records, inserted by ./index.ts. */

export interface SeedTopic {
  slug: string;
  name: string;
  description: string;
}

export interface SeedDepartment {
  slug: string;
  name: string;
  agencyType: AgencyType;
  /** Two-letter USPS code. */
  state: string;
  city: string;
  swornOfficers: number | null;
  populationServed: number | null;
  description: string;
  website?: string;
}

export interface SeedOutcome {
  metric: string;
  baseline?: number;
  result: number;
  unit: string;
  period: string;
  source: string;
  /** Which way the figure should move; left out where neither way is a win (a count of call-outs). A row without a baseline and in % is a change. */
  direction?: OutcomeDirection;
}

export interface SeedResource {
  kind: ResourceKind;
  title: string;
  url: string;
}

export interface SeedPractice {
  slug: string;
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  /** Slug of the department that runs the program. */
  department: string;
  /** Which of the department's demo accounts wrote it. */
  author: 'chief' | 'member';
  /** Topic slugs, most relevant first. */
  topics: string[];
  visibility: Visibility;
  lifecycle: Lifecycle;
  discontinuedReason?: string;
  problem: string;
  approach: string;
  /** ISO date (YYYY-MM-DD). */
  startedOn?: string;
  staffing: string;
  partners: string;
  trainingHours?: number;
  /** US dollars. */
  costStartup?: number;
  costAnnual?: number;
  costNotes: string;
  evidenceLevel: EvidenceLevel;
  evidenceNotes: string;
  contact: string;
  /** ISO date the write-up was published on Muster. */
  publishedAt: string;
  outcomes: SeedOutcome[];
  resources: SeedResource[];
}

/** One of a department's demo accounts. */
export interface SeedAccount {
  role: 'chief' | 'member';
  department: string;
}

export interface SeedAnswer {
  by: SeedAccount;
  /** Markdown; a write-up's address on a line of its own shows as a card. */
  body: string;
  /** Hours after the question was asked. */
  afterHours: number;
  /** Departments whose member ("officer") marked it helpful. */
  helpfulFrom?: string[];
  replies?: { by: SeedAccount; body: string }[];
  /** The asker accepted it, with an optional note. */
  accepted?: { note?: string };
  /** The slug of the demo write-up drafted from this answer. */
  writtenUpAs?: string;
}

export interface SeedQuestion {
  title: string;
  /** Markdown. */
  details: string;
  asker: SeedAccount;
  topics: string[];
  visibility: Visibility;
  /** Aimed at departments like the asker's (agency type and size band). */
  likeMine?: boolean;
  states?: string[];
  /** ISO date (YYYY-MM-DD). */
  askedOn: string;
  answers: SeedAnswer[];
}

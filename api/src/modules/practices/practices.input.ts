import type { EvidenceLevel, Lifecycle, OutcomeDirection, ResourceKind, Visibility } from '@muster/db';
import { badInput, FieldErrors } from '../../graphql/errors.ts';
import * as validate from '../../graphql/validate.ts';

export interface OutcomeInput {
  metric: string;
  baseline?: number | null;
  result: number;
  unit?: string | null;
  period?: string | null;
  source?: string | null;
  direction?: OutcomeDirection | null;
}

export interface PracticeInput {
  title: string;
  summary: string;
  body: string;
  topics: string[];
  evidenceLevel: EvidenceLevel;
  evidenceNotes?: string | null;
  visibility: Visibility;
  lifecycle: Lifecycle;
  discontinuedReason?: string | null;
  problem?: string | null;
  approach?: string | null;
  startedOn?: string | null;
  staffing?: string | null;
  partners?: string | null;
  trainingHours?: number | null;
  costStartup?: number | null;
  costAnnual?: number | null;
  costNotes?: string | null;
  contact?: string | null;
  outcomes?: OutcomeInput[] | null;
  resources?: { kind: ResourceKind; title: string; url: string }[] | null;
}

/** A write-up's editable content, checked and normalised: what is stored and what a revision snapshots. */
export interface PracticeContent {
  title: string;
  summary: string;
  body: string;
  topics: string[];
  evidenceLevel: EvidenceLevel;
  evidenceNotes: string;
  visibility: Visibility;
  lifecycle: Lifecycle;
  discontinuedReason: string | null;
  problem: string;
  approach: string;
  startedOn: string | null;
  staffing: string;
  partners: string;
  trainingHours: number | null;
  costStartup: number | null;
  costAnnual: number | null;
  costNotes: string;
  contact: string;
  outcomes: {
    metric: string;
    baseline: number | null;
    result: number;
    unit: string;
    period: string;
    source: string;
    /** Left out of rows saved before outcomes said which way is better. */
    direction?: OutcomeDirection | null;
  }[];
  resources: { kind: ResourceKind; title: string; url: string }[];
}

const optional = (value: string | null | undefined, field: string, max: number, errors: FieldErrors): string =>
  errors.check(() => validate.text(field, value, max)) ?? '';

function wholeNumber(field: string, label: string, value: number | null | undefined, max: number): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0 || value > max)
    throw badInput(field, `${label} must be a whole number from 0 to ${max.toLocaleString('en-US')}.`);
  return value;
}

function finite(field: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!Number.isFinite(value) || Math.abs(value) > 1e12) throw badInput(field, 'Enter a number.');
  return value;
}

function httpUrl(field: string, value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value.trim());
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || value.length > 2000) {
    throw badInput(field, 'Enter a full web address starting with https:// (or http://).');
  }
  return url.toString();
}

export type OutcomeRow = PracticeContent['outcomes'][number];

/** Outcome rows, for write-ups and adoptions alike: each row's faults under outcomes.<n>.<field>. */
export function readOutcomes(rows: OutcomeInput[] | null | undefined, errors: FieldErrors): OutcomeRow[] {
  const outcomes = (rows ?? []).map((o, i) => {
    const at = `outcomes.${i}`;
    return {
      metric: errors.check(() => validate.requiredText(`${at}.metric`, 'what was measured', o.metric, 3, 200)) ?? '',
      baseline: errors.check(() => finite(`${at}.baseline`, o.baseline)) ?? null,
      result: errors.check(() => finite(`${at}.result`, o.result)) ?? 0,
      unit: optional(o.unit, `${at}.unit`, 40, errors),
      period: optional(o.period, `${at}.period`, 100, errors),
      source: optional(o.source, `${at}.source`, 300, errors),
      direction: o.direction ?? null,
    };
  });
  if (outcomes.length > 20) errors.add('outcomes', 'Give at most 20 outcome rows.');
  return outcomes;
}

/** Checks every field of a write-up and answers its content, or one BAD_USER_INPUT naming each faulty field. */
export function readPracticeInput(input: PracticeInput): PracticeContent {
  const errors = new FieldErrors();
  const title = errors.check(() => validate.requiredText('title', 'a title', input.title, 5, 160));
  const summary = errors.check(() => validate.requiredText('summary', 'a summary', input.summary, 20, 280));
  const body = errors.check(() => {
    if (input.body.length > 50_000) throw badInput('body', 'The write-up takes at most 50,000 characters.');
    return input.body.trim();
  });
  const topics = errors.check(() => {
    if (input.topics.length === 0) throw badInput('topics', 'Choose at least one topic.');
    if (input.topics.length > 5) throw badInput('topics', 'Choose at most five topics: the ones a peer would search for.');
    return [...new Set(validate.slugs('topics', input.topics))];
  });
  const discontinuedReason = input.discontinuedReason?.trim() || null;
  if (input.lifecycle === 'DISCONTINUED' && !discontinuedReason) {
    errors.add('discontinuedReason', 'Say why the program was stopped: that is what a peer most needs to know.');
  }
  if (discontinuedReason && discontinuedReason.length > 2000) errors.add('discontinuedReason', 'Keep the reason under 2,000 characters.');

  const outcomes = readOutcomes(input.outcomes, errors);
  const resources = (input.resources ?? []).map((r, i) => ({
    kind: r.kind,
    title: errors.check(() => validate.requiredText(`resources.${i}.title`, 'a link title', r.title, 2, 200)) ?? '',
    url: errors.check(() => httpUrl(`resources.${i}.url`, r.url)) ?? '',
  }));
  if (resources.length > 20) errors.add('resources', 'Give at most 20 links.');

  const content = {
    title: title ?? '',
    summary: summary ?? '',
    body: body ?? '',
    topics: topics ?? [],
    evidenceLevel: input.evidenceLevel,
    evidenceNotes: optional(input.evidenceNotes, 'evidenceNotes', 2000, errors),
    visibility: input.visibility,
    lifecycle: input.lifecycle,
    discontinuedReason: input.lifecycle === 'DISCONTINUED' ? discontinuedReason : null,
    problem: optional(input.problem, 'problem', 5000, errors),
    approach: optional(input.approach, 'approach', 5000, errors),
    startedOn: input.startedOn ?? null,
    staffing: optional(input.staffing, 'staffing', 2000, errors),
    partners: optional(input.partners, 'partners', 2000, errors),
    trainingHours: errors.check(() => wholeNumber('trainingHours', 'Training hours', input.trainingHours, 10_000)) ?? null,
    costStartup: errors.check(() => wholeNumber('costStartup', 'The start-up cost', input.costStartup, 1_000_000_000)) ?? null,
    costAnnual: errors.check(() => wholeNumber('costAnnual', 'The annual cost', input.costAnnual, 1_000_000_000)) ?? null,
    costNotes: optional(input.costNotes, 'costNotes', 2000, errors),
    contact: optional(input.contact, 'contact', 500, errors),
    outcomes,
    resources,
  };
  errors.throwIfAny();
  return content;
}

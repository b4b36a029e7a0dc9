// The write-up and adoption forms: their values as the browser sends them (every field a string,
// rows as lists), labels for the choices they offer, and the ids their error summaries link to.
// Shared by the server (reading and checking a submission) and the page (showing it again).
import {
  ADOPTION_STATUS_LABELS,
  ADOPTION_STATUSES as ADOPTION_STATUS_VALUES,
  OUTCOME_DIRECTION_LABELS,
  OUTCOME_DIRECTIONS,
  PRACTICE_STATUS_LABELS,
} from '@muster/db/labels';
import type { AdoptionReport, AdoptionStatus, Outcome, PracticeDetail, PracticeStatus, Viewer } from './types';

export const SUMMARY_MAX = 280;
/** As many rows as the API takes (20), plus room to show that it refuses more. */
export const MAX_ROWS = 25;

export type OutcomeRowValues = {
  metric: string;
  baseline: string;
  result: string;
  unit: string;
  period: string;
  source: string;
  /** LOWER_IS_BETTER, HIGHER_IS_BETTER or '' (not said). */
  direction: string;
};

/** The choices of an outcome row's direction; '' leaves it unsaid (the row is then not rated). */
export const DIRECTION_OPTIONS: readonly { value: string; label: string }[] = [
  { value: '', label: 'Not said' },
  ...OUTCOME_DIRECTIONS.map((value) => ({ value, label: OUTCOME_DIRECTION_LABELS[value] })),
];

export type ResourceRowValues = {
  kind: string;
  title: string;
  url: string;
};

/** A write-up as its form holds it. Field names are the API's PracticeInput names. */
export interface PracticeFormValues {
  title: string;
  summary: string;
  topics: string[];
  visibility: string;
  lifecycle: string;
  discontinuedReason: string;
  problem: string;
  approach: string;
  startedOn: string;
  staffing: string;
  partners: string;
  trainingHours: string;
  costStartup: string;
  costAnnual: string;
  costNotes: string;
  evidenceLevel: string;
  evidenceNotes: string;
  contact: string;
  body: string;
  /** "Note about this change", on edit. */
  note: string;
  outcomes: OutcomeRowValues[];
  resources: ResourceRowValues[];
}

export interface AdoptionFormValues {
  status: string;
  startedOn: string;
  endedOn: string;
  note: string;
  changes: string;
  outcomes: OutcomeRowValues[];
}

/** What the write-up form's actions hand back to the page. */
export interface PracticeFormResult {
  form: 'practice';
  values: PracticeFormValues;
  errors: Record<string, string>;
  /** The rendered body, after "Preview". */
  preview?: string;
  /** The field to put the cursor in when the page comes back (a new row, the preview). */
  focus?: string;
  /** The version the editor started from (edit only): kept across refusals and re-renders. */
  version?: number;
  /** Someone else saved in between: the version the write-up is at now. */
  conflict?: { currentVersion: number | null };
}

export interface AdoptionFormResult {
  form: 'adoption';
  values: AdoptionFormValues;
  errors: Record<string, string>;
  focus?: string;
}

// ---- Who writes ------------------------------------------------------------------

/** Why someone may or may not draft a write-up (the API's rule: verified members of a department). */
export type WriterStanding = 'visitor' | 'unverified' | 'rejected' | 'no-department' | 'writer';

export function writerStanding(user: Viewer | null): WriterStanding {
  if (!user) return 'visitor';
  if (user.viewerCan?.writeUp) return 'writer';
  // Why not, in the member's words: their standing, not a rule of their own.
  if (user.verification === 'REJECTED') return 'rejected';
  if (user.verification !== 'VERIFIED') return 'unverified';
  return 'no-department';
}

// ---- Rows ----------------------------------------------------------------------

export function emptyOutcome(): OutcomeRowValues {
  return { metric: '', baseline: '', result: '', unit: '', period: '', source: '', direction: '' };
}

export function emptyResource(): ResourceRowValues {
  return { kind: 'LINK', title: '', url: '' };
}

export function isBlankOutcome(row: OutcomeRowValues): boolean {
  return Object.values(row).every((v) => v.trim() === '');
}

/** A resource row counts as blank when nothing but its kind (a select, always set) is filled in. */
export function isBlankResource(row: ResourceRowValues): boolean {
  return row.title.trim() === '' && row.url.trim() === '';
}

/** A number as a form shows it: 12.5 → "12.5", null → "". */
function numberText(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : String(n);
}

function outcomeValues(o: Outcome): OutcomeRowValues {
  return {
    metric: o.metric,
    baseline: numberText(o.baseline),
    result: numberText(o.result),
    unit: o.unit,
    period: o.period,
    source: o.source,
    direction: o.direction ?? '',
  };
}

// ---- Starting values -------------------------------------------------------------

export function newPracticeValues(): PracticeFormValues {
  return {
    title: '',
    summary: '',
    topics: [],
    // Members only until the author chooses otherwise: publishing to the world is a decision.
    visibility: 'MEMBERS',
    lifecycle: 'RUNNING',
    discontinuedReason: '',
    problem: '',
    approach: '',
    startedOn: '',
    staffing: '',
    partners: '',
    trainingHours: '',
    costStartup: '',
    costAnnual: '',
    costNotes: '',
    evidenceLevel: 'ANECDOTAL',
    evidenceNotes: '',
    contact: '',
    body: '',
    note: '',
    outcomes: [emptyOutcome()],
    resources: [emptyResource()],
  };
}

/** The form for editing a saved write-up, with one empty row to add to in each table. */
export function practiceValuesFrom(practice: PracticeDetail & { body?: string }): PracticeFormValues {
  return {
    title: practice.title,
    summary: practice.summary,
    topics: practice.topics.map((t) => t.slug),
    visibility: practice.visibility,
    lifecycle: practice.lifecycle,
    discontinuedReason: practice.discontinuedReason ?? '',
    problem: practice.problem,
    approach: practice.approach,
    startedOn: practice.implementation.startedOn ?? '',
    staffing: practice.implementation.staffing,
    partners: practice.implementation.partners,
    trainingHours: numberText(practice.implementation.trainingHours),
    costStartup: numberText(practice.cost.startup),
    costAnnual: numberText(practice.cost.annual),
    costNotes: practice.cost.notes,
    evidenceLevel: practice.evidenceLevel,
    evidenceNotes: practice.evidenceNotes,
    contact: practice.contact,
    body: practice.body ?? '',
    note: '',
    outcomes: [...practice.outcomes.map(outcomeValues), emptyOutcome()],
    resources: [...practice.resources.map((r) => ({ kind: r.kind, title: r.title, url: r.url })), emptyResource()],
  };
}

/** The adoption form: the department's earlier report when there is one, else a blank one. */
export function adoptionValuesFrom(report: AdoptionReport | null | undefined): AdoptionFormValues {
  if (!report) {
    return { status: 'PLANNING', startedOn: '', endedOn: '', note: '', changes: '', outcomes: [emptyOutcome()] };
  }
  return {
    status: report.status,
    startedOn: report.startedOn ?? '',
    endedOn: report.endedOn ?? '',
    note: report.note ?? '',
    changes: report.changes ?? '',
    outcomes: [...report.outcomes.map(outcomeValues), emptyOutcome()],
  };
}

// ---- Choices and their words -------------------------------------------------------

export const ADOPTION_STATUSES: readonly { value: AdoptionStatus; label: string; description: string }[] = ADOPTION_STATUS_VALUES.map(
  (value) => ({ value, ...ADOPTION_STATUS_LABELS[value] }),
);

export function adoptionStatusLabel(status: AdoptionStatus): string {
  return ADOPTION_STATUSES.find((s) => s.value === status)?.label ?? status;
}

export function practiceStatusLabel(status: PracticeStatus): string {
  return PRACTICE_STATUS_LABELS[status] ?? status;
}

export function isOneOf<T extends string>(options: readonly T[] | readonly { value: T }[], value: string): value is T {
  return options.some((o) => (typeof o === 'string' ? o : o.value) === value);
}

// ---- Error summary ------------------------------------------------------------------

/** The element id of a field, from the name the API uses for it: `outcomes.0.metric` → `outcomes-0-metric`. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** The write-up form's fields in the order it shows them, so the error summary reads top to bottom. */
const PRACTICE_FIELD_ORDER = [
  'title',
  'summary',
  'topics',
  'visibility',
  'lifecycle',
  'discontinuedReason',
  'problem',
  'approach',
  'startedOn',
  'staffing',
  'partners',
  'trainingHours',
  'costStartup',
  'costAnnual',
  'costNotes',
  'evidenceLevel',
  'evidenceNotes',
  'outcomes',
  'resources',
  'contact',
  'body',
  'note',
];

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  topics: 'Topics',
  visibility: 'Who can read it',
  lifecycle: 'Stage',
  discontinuedReason: 'Why it was discontinued',
  problem: 'The problem',
  approach: 'The approach',
  startedOn: 'Started on',
  endedOn: 'Ended on',
  staffing: 'Staffing',
  partners: 'Partners',
  trainingHours: 'Training hours',
  costStartup: 'Start-up cost',
  costAnnual: 'Annual cost',
  costNotes: 'Cost notes',
  evidenceLevel: 'Evidence level',
  evidenceNotes: 'Evidence notes',
  contact: 'Contact',
  body: 'Full write-up',
  note: 'Note',
  status: 'Status',
  changes: 'What you changed',
  outcomes: 'Outcomes',
  resources: 'Resources',
  metric: 'metric',
  baseline: 'baseline',
  result: 'result',
  unit: 'unit',
  period: 'period',
  source: 'source',
  kind: 'kind',
  url: 'web address',
};

/** A field's name as the error summary says it: `outcomes.1.result` → "Outcome 2, result". */
export function fieldLabel(name: string, kind: 'practice' | 'adoption' = 'practice'): string {
  const [head, index, column] = name.split('.');
  if (kind === 'adoption' && head === 'note') return 'Note';
  if (index !== undefined && column !== undefined) {
    const item = head === 'outcomes' ? 'Outcome' : head === 'resources' ? 'Resource' : head;
    return `${item} ${Number(index) + 1}, ${FIELD_LABELS[column] ?? column}`;
  }
  return FIELD_LABELS[head] ?? head;
}

const ADOPTION_FIELD_ORDER = ['status', 'startedOn', 'endedOn', 'note', 'changes', 'outcomes'];

function orderOf(order: readonly string[], name: string): [number, number] {
  const [head, index] = name.split('.');
  const at = order.indexOf(head);
  return [at === -1 ? order.length : at, index === undefined ? -1 : Number(index) || 0];
}

/** Messages about fields the form shows, in the form's order; the rest belong above the form. */
export function fieldErrors(
  errors: Record<string, string>,
  kind: 'practice' | 'adoption',
): { shown: [string, string][]; other: string | undefined } {
  const order = kind === 'practice' ? PRACTICE_FIELD_ORDER : ADOPTION_FIELD_ORDER;
  const shown = Object.entries(errors)
    .filter(([name]) => order.includes(name.split('.')[0]))
    .sort(([a], [b]) => {
      const [x, i] = orderOf(order, a);
      const [y, j] = orderOf(order, b);
      return x - y || i - j;
    });
  const other = Object.entries(errors).find(([name]) => !order.includes(name.split('.')[0]))?.[1];
  return { shown, other };
}

// Reading the write-up and adoption forms: FormData → the values the page shows again → the
// API's input. The API checks the content; this only refuses what cannot be sent at all (a
// number that is not one, a choice that is not on offer) and drops rows left empty.
import { OUTCOME_DIRECTIONS } from '@muster/db/labels';
import { EVIDENCE_LEVELS } from '$lib/format';
import {
  ADOPTION_STATUSES,
  emptyOutcome,
  emptyResource,
  isBlankOutcome,
  isBlankResource,
  isOneOf,
  MAX_ROWS,
  type AdoptionFormValues,
  type OutcomeRowValues,
  type PracticeFormValues,
  type ResourceRowValues,
} from '$lib/practice-form-values';
import { LIFECYCLES, RESOURCE_KINDS, VISIBILITIES } from '$lib/write-up-choices';
import type { RequestEvent } from '@sveltejs/kit';
import { gql } from './api';
import { errorsFromApi, type FormErrors } from './form-actions';

/** Longest text the API takes in any one field (the body), so nothing typed is cut short here. */
const LONGEST = 50_000;

function field(data: FormData, name: string, maxLength = 5000): string {
  const value = data.get(name);
  // Multi-line text keeps its inner spacing; the API trims the ends.
  return typeof value === 'string' ? value.slice(0, maxLength) : '';
}

/** Rows named `<prefix>.<n>.<column>`, in the order of n; gaps (a removed row) close up. */
function readRows<T extends Record<string, string>>(data: FormData, prefix: string, empty: () => T): T[] {
  const indexes = new Set<number>();
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,3})\\.`);
  for (const key of data.keys()) {
    const m = pattern.exec(key);
    if (m) indexes.add(Number(m[1]));
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .slice(0, MAX_ROWS)
    .map((i) => {
      const row = empty();
      for (const column of Object.keys(row)) (row as Record<string, string>)[column] = field(data, `${prefix}.${i}.${column}`, 2000);
      return row;
    });
}

export function readPracticeForm(data: FormData): PracticeFormValues {
  return {
    title: field(data, 'title', 500),
    summary: field(data, 'summary', 2000),
    topics: data
      .getAll('topics')
      .filter((t): t is string => typeof t === 'string')
      .slice(0, 50),
    visibility: field(data, 'visibility', 20),
    lifecycle: field(data, 'lifecycle', 20),
    discontinuedReason: field(data, 'discontinuedReason'),
    problem: field(data, 'problem', 10_000),
    approach: field(data, 'approach', 10_000),
    startedOn: field(data, 'startedOn', 20).trim(),
    staffing: field(data, 'staffing'),
    partners: field(data, 'partners'),
    trainingHours: field(data, 'trainingHours', 40).trim(),
    costStartup: field(data, 'costStartup', 40).trim(),
    costAnnual: field(data, 'costAnnual', 40).trim(),
    costNotes: field(data, 'costNotes'),
    evidenceLevel: field(data, 'evidenceLevel', 40),
    evidenceNotes: field(data, 'evidenceNotes'),
    contact: field(data, 'contact', 2000),
    body: field(data, 'body', LONGEST + 1),
    note: field(data, 'note', 1000),
    outcomes: readRows(data, 'outcomes', emptyOutcome),
    resources: readRows(data, 'resources', emptyResource),
  };
}

export function readAdoptionForm(data: FormData): AdoptionFormValues {
  return {
    status: field(data, 'status', 20),
    startedOn: field(data, 'startedOn', 20).trim(),
    endedOn: field(data, 'endedOn', 20).trim(),
    note: field(data, 'note', 10_000),
    changes: field(data, 'changes', 10_000),
    outcomes: readRows(data, 'outcomes', emptyOutcome),
  };
}

// ---- Rows: "Add a row" and "Remove" without JavaScript ----------------------------------

/**
 * Applies a rows button (`outcomes:add`, `resources:remove:2`) to the values, and answers the
 * field to put the cursor in when the page comes back.
 */
export function applyRowsCommand(
  values: { outcomes: OutcomeRowValues[]; resources?: ResourceRowValues[] },
  command: string,
): string | undefined {
  const [table, verb, at] = command.split(':');
  if (table !== 'outcomes' && !(table === 'resources' && values.resources)) return undefined;
  const rows: Record<string, string>[] = table === 'outcomes' ? values.outcomes : values.resources!;
  if (verb === 'add' && rows.length < MAX_ROWS) {
    rows.push(table === 'outcomes' ? emptyOutcome() : emptyResource());
    return `${table}.${rows.length - 1}.${table === 'outcomes' ? 'metric' : 'title'}`;
  }
  const index = Number(at);
  if (verb === 'remove' && Number.isInteger(index) && index >= 0 && index < rows.length) {
    rows.splice(index, 1);
    return `${table}-add`;
  }
  return undefined;
}

/** Rows left empty are not saved; the form shows one empty row again after a refusal. */
export function withoutBlankRows<T extends { outcomes: OutcomeRowValues[]; resources?: ResourceRowValues[] }>(values: T): T {
  return {
    ...values,
    outcomes: values.outcomes.filter((r) => !isBlankOutcome(r)),
    ...(values.resources ? { resources: values.resources.filter((r) => !isBlankResource(r)) } : {}),
  };
}

/** The values as the page shows them after a refusal: what was sent, then one empty row to add to. */
export function withSpareRows<T extends { outcomes: OutcomeRowValues[]; resources?: ResourceRowValues[] }>(values: T): T {
  return {
    ...values,
    outcomes: [...values.outcomes, emptyOutcome()],
    ...(values.resources ? { resources: [...values.resources, emptyResource()] } : {}),
  };
}

// ---- Values → API input ---------------------------------------------------------------

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function optionalText(value: string): string | null {
  return value.trim() === '' ? null : value;
}

function decimal(value: string, name: string, errors: FormErrors, required: string | null = null): number | null {
  const text = value
    .trim()
    .replace(/[,\s$]/g, '')
    .replace(/%$/, '')
    .replace(/^\u2212/, '-');
  if (text === '') {
    if (required) errors[name] = required;
    return null;
  }
  const n = Number(text);
  if (!Number.isFinite(n)) {
    errors[name] = 'Enter a number, such as 12 or 3.5.';
    return null;
  }
  return n;
}

function wholeNumber(value: string, name: string, errors: FormErrors): number | null {
  const text = value.trim().replace(/[,\s$]/g, '');
  if (text === '') return null;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) {
    errors[name] = 'Enter a whole number, such as 40 or 25000.';
    return null;
  }
  // Beyond a GraphQL Int the API could not even read it; its own message covers the range.
  return n > 2_147_483_647 ? 2_147_483_647 : n;
}

function date(value: string, name: string, errors: FormErrors): string | null {
  if (value === '') return null;
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    errors[name] = 'Enter a date such as 2024-03-01 (year, month, day).';
    return null;
  }
  return value;
}

function outcomeInputs(rows: OutcomeRowValues[], errors: FormErrors) {
  return rows.map((row, i) => ({
    metric: row.metric,
    baseline: decimal(row.baseline, `outcomes.${i}.baseline`, errors),
    result: decimal(row.result, `outcomes.${i}.result`, errors, 'Enter the result: the figure after the change.') ?? 0,
    unit: optionalText(row.unit),
    period: optionalText(row.period),
    source: optionalText(row.source),
    direction: isOneOf(OUTCOME_DIRECTIONS, row.direction) ? row.direction : null,
  }));
}

/** The API's PracticeInput from the form's values (blank rows already dropped), or what to fix first. */
export function practiceInput(values: PracticeFormValues): { input: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  if (!isOneOf(VISIBILITIES, values.visibility)) errors.visibility = 'Choose who can read the write-up.';
  if (!isOneOf(LIFECYCLES, values.lifecycle)) errors.lifecycle = 'Choose the stage the program is at.';
  if (!isOneOf(EVIDENCE_LEVELS, values.evidenceLevel)) errors.evidenceLevel = 'Choose how strong the evidence is.';
  if (values.body.length > LONGEST) errors.body = 'The write-up takes at most 50,000 characters.';
  const input = {
    title: values.title,
    summary: values.summary,
    body: values.body,
    topics: values.topics,
    evidenceLevel: values.evidenceLevel,
    evidenceNotes: optionalText(values.evidenceNotes),
    visibility: values.visibility,
    lifecycle: values.lifecycle,
    discontinuedReason: values.lifecycle === 'DISCONTINUED' ? optionalText(values.discontinuedReason) : null,
    problem: optionalText(values.problem),
    approach: optionalText(values.approach),
    startedOn: date(values.startedOn, 'startedOn', errors),
    staffing: optionalText(values.staffing),
    partners: optionalText(values.partners),
    trainingHours: wholeNumber(values.trainingHours, 'trainingHours', errors),
    costStartup: wholeNumber(values.costStartup, 'costStartup', errors),
    costAnnual: wholeNumber(values.costAnnual, 'costAnnual', errors),
    costNotes: optionalText(values.costNotes),
    contact: optionalText(values.contact),
    outcomes: outcomeInputs(values.outcomes, errors),
    resources: values.resources.map((row, i) => {
      if (!isOneOf(RESOURCE_KINDS, row.kind)) errors[`resources.${i}.kind`] = 'Choose the kind of resource.';
      return { kind: row.kind, title: row.title, url: row.url.trim() };
    }),
  };
  return { input, errors };
}

export function adoptionInput(values: AdoptionFormValues): { input: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  if (!isOneOf(ADOPTION_STATUSES, values.status)) errors.status = 'Choose where your department is with it.';
  const input = {
    status: values.status,
    startedOn: date(values.startedOn, 'startedOn', errors),
    endedOn: date(values.endedOn, 'endedOn', errors),
    note: optionalText(values.note),
    changes: optionalText(values.changes),
    outcomes: outcomeInputs(values.outcomes, errors),
  };
  return { input, errors };
}

// ---- Preview ----------------------------------------------------------------------

const PREVIEW = /* GraphQL */ `
  query PreviewMarkdown($body: String!) {
    previewMarkdown(body: $body)
  }
`;

/** The body rendered exactly as the write-up will show it (sanitised by the API), or why not. */
export async function previewBody(event: RequestEvent, body: string): Promise<{ html?: string; errors: FormErrors }> {
  if (body.trim() === '') return { html: '', errors: {} };
  try {
    const { previewMarkdown } = await gql<{ previewMarkdown: string }>(event, PREVIEW, { body });
    return { html: previewMarkdown, errors: {} };
  } catch (err) {
    const { errors } = errorsFromApi(err);
    return { errors: errors.form ? errors : { body: Object.values(errors)[0] ?? 'The preview failed.' } };
  }
}

import { diffWords } from 'diff';
import type { PracticeRevision } from '@muster/db';
import { OUTCOME_DIRECTION_LABELS } from '@muster/db/labels';
import type { DiffPart } from '../../generated/graphql.ts';
import type { PracticeContent } from './practices.input.ts';

/** Form labels, in the order the form shows the fields. */
const labels: Record<keyof PracticeContent, string> = {
  title: 'Title',
  summary: 'Summary',
  topics: 'Topics',
  visibility: 'Visibility',
  lifecycle: 'Stage',
  discontinuedReason: 'Why it was discontinued',
  problem: 'The problem',
  approach: 'The approach',
  startedOn: 'Started on',
  staffing: 'Staffing',
  partners: 'Partners',
  trainingHours: 'Training hours',
  costStartup: 'Start-up cost (USD)',
  costAnnual: 'Annual cost (USD)',
  costNotes: 'Cost notes',
  evidenceLevel: 'Evidence level',
  evidenceNotes: 'Evidence notes',
  outcomes: 'Outcomes',
  resources: 'Resources',
  contact: 'Contact',
  body: 'Write-up',
};

/** Each field as a person reads it, so lists and numbers diff line by line like text. */
function asText(field: keyof PracticeContent, content: Partial<PracticeContent>): string | null {
  const value = content[field];
  if (value === null || value === undefined || value === '') return null;
  if (field === 'topics') return (value as string[]).join(', ');
  if (field === 'outcomes') {
    return (value as PracticeContent['outcomes'])
      .map(
        (o) =>
          `${o.metric}: ${o.baseline === null ? '' : `${o.baseline} → `}${o.result}${o.unit ? ` ${o.unit}` : ''}${o.period ? ` (${o.period})` : ''}${o.source ? `; source: ${o.source}` : ''}${o.direction ? `; ${OUTCOME_DIRECTION_LABELS[o.direction].toLowerCase()}` : ''}`,
      )
      .join('\n');
  }
  if (field === 'resources') return (value as PracticeContent['resources']).map((r) => `${r.title} <${r.url}>`).join('\n');
  return String(value);
}

export function changesBetween(before: Partial<PracticeContent> | null, after: Partial<PracticeContent>) {
  return (Object.keys(labels) as (keyof PracticeContent)[]).flatMap((field) => {
    const a = before ? asText(field, before) : null;
    const b = asText(field, after);
    if (a === b) return [];
    const diff = diffWords(a ?? '', b ?? '').map((part): DiffPart => ({
      kind: part.added ? 'ADDED' : part.removed ? 'REMOVED' : 'SAME',
      text: part.value,
    }));
    return [{ field, label: labels[field], before: a, after: b, diff }];
  });
}

/** Revisions newest first, each with what changed from the one before it. */
export function withChanges(revisions: PracticeRevision[]) {
  return revisions.map((revision, i) => ({
    ...revision,
    changes: changesBetween((revisions[i + 1]?.snapshot as PracticeContent | undefined) ?? null, revision.snapshot as PracticeContent),
  }));
}

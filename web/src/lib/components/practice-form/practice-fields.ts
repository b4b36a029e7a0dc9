import type { PracticeTextField } from './TextFieldset.svelte';

/** The write-up form's sections of plain fields, in the order the form shows them. */
export const problemFields: PracticeTextField[] = [
  {
    name: 'problem',
    rows: 5,
    label: 'What problem did the program address?',
    hint: 'What was happening, to whom, and how you knew: calls, complaints, injuries, figures.',
  },
];

export const approachFields: PracticeTextField[] = [
  { name: 'approach', rows: 5, label: 'What did you do about it?', hint: 'The mechanism: why you expected it to work, and who does what.' },
];

export const implementationPair: PracticeTextField[] = [
  { name: 'startedOn', type: 'date', label: 'Started on', hint: 'Optional' },
  { name: 'trainingHours', inputmode: 'numeric', label: 'Training hours per officer', hint: 'A whole number, optional' },
];

export const implementationFields: PracticeTextField[] = [
  { name: 'staffing', rows: 2, label: 'Staffing', hint: 'Who runs it, how many, full or part time.' },
  { name: 'partners', rows: 2, label: 'Partners', hint: 'Agencies, providers, universities, community groups.' },
];

export const costPair: PracticeTextField[] = [
  { name: 'costStartup', inputmode: 'numeric', label: 'Start-up cost (US dollars)', hint: 'Whole dollars, optional' },
  { name: 'costAnnual', inputmode: 'numeric', label: 'Annual cost (US dollars)', hint: 'Whole dollars, optional' },
];

export const costFields: PracticeTextField[] = [
  { name: 'costNotes', rows: 2, label: 'Cost notes', hint: 'What the figures cover, and how it was paid for (budget, grant).' },
];

export const evidenceFields: PracticeTextField[] = [
  { name: 'evidenceNotes', rows: 3, label: 'Evidence notes', hint: 'Who measured, how, and what the figures cannot tell.' },
];

export const contactFields: PracticeTextField[] = [
  { name: 'contact', rows: 2, label: 'Who can a colleague ask about it?', hint: 'A name, a role and a work email or phone number.' },
];

export const noteFields: PracticeTextField[] = [
  { name: 'note', maxlength: 500, label: 'Note about this change', hint: 'Optional. Shown in the history, e.g. Added the 2024 figures.' },
];

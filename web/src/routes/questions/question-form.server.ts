// The ask and edit forms of a question: reading what was typed and checking what the API's types
// would refuse before its own checks run. Lists (topics, states) travel as comma-joined strings,
// so that a refused form comes back in the one shape every form reads.
import { refuse, text, type FormErrors } from '$lib/server/form-actions';
import { STATE_OPTIONS } from '$lib/format';

export interface QuestionValues {
  title: string;
  details: string;
  /** Topic slugs, comma-joined. */
  topics: string;
  visibility: string;
  /** 'on' when the question is for departments like the asker's. */
  likeMine: string;
  /** Two-letter state codes, comma-joined. */
  states: string;
  version: string;
  [field: string]: string;
}

export interface QuestionInput {
  title: string;
  details: string;
  topics: string[];
  visibility: 'MEMBERS' | 'PUBLIC';
  likeMine: boolean;
  states: string[];
}

/** The longest details the form sends on; the API names anything too long itself. */
const DETAILS_MAX = 20_000;
const STATE_CODES = new Set(STATE_OPTIONS.map((s) => s.value));

export function emptyQuestionValues(): QuestionValues {
  return { title: '', details: '', topics: '', visibility: 'MEMBERS', likeMine: '', states: '', version: '' };
}

export function readQuestionForm(data: FormData): QuestionValues {
  const list = (name: string, max: number) =>
    data
      .getAll(name)
      .filter((v): v is string => typeof v === 'string')
      .map((v) => v.trim().slice(0, 100))
      .filter(Boolean)
      .slice(0, max)
      .join(',');
  return {
    title: text(data, 'title', 300),
    details: text(data, 'details', DETAILS_MAX + 1),
    topics: list('topics', 20),
    visibility: text(data, 'visibility', 20),
    likeMine: data.get('likeMine') ? 'on' : '',
    states: list('states', 60),
    version: text(data, 'version', 20),
  };
}

export function splitList(value: string): string[] {
  return value ? value.split(',') : [];
}

/**
 * The API's input, or messages for the empty title and a missing topic, before asking it. The
 * number of topics, the title's length and the rest the API checks and names the field itself.
 */
export function questionInput(values: QuestionValues): { input: QuestionInput | null; errors: FormErrors } {
  const errors: FormErrors = {};
  if (!values.title) errors.title = 'Write your question in a sentence.';
  if (!values.topics) errors.topics = 'Choose at least one topic, so the members who know it see your question.';
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    input: {
      title: values.title,
      details: values.details,
      topics: splitList(values.topics),
      visibility: values.visibility === 'PUBLIC' ? 'PUBLIC' : 'MEMBERS',
      likeMine: values.likeMine === 'on',
      states: splitList(values.states).filter((s) => STATE_CODES.has(s)),
    },
    errors,
  };
}

/** A refused save: the values come back so nothing typed is lost. */
export function refuseQuestion(status: number, values: QuestionValues, errors: FormErrors) {
  return refuse(status, { form: 'question', values, errors });
}

// The write-up form's actions that the new and edit pages share: Preview and the rows buttons,
// which answer the form again (nothing is saved), and the refusal every save answers with.
import { fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { PracticeFormResult, PracticeFormValues } from '$lib/practice-form-values';
import { ApiError } from './api';
import { errorsFromApi, type FormErrors } from './form-actions';
import { applyRowsCommand, previewBody, readPracticeForm } from './practice-form-input';

/** The version an edit started from, and a conflict already reported, carried by the form. */
function carried(data: FormData): Pick<PracticeFormResult, 'version' | 'conflict'> {
  const version = Number(data.get('version'));
  const conflictVersion = data.get('conflictVersion');
  return {
    ...(Number.isInteger(version) && version > 0 ? { version } : {}),
    ...(typeof conflictVersion === 'string'
      ? {
          conflict: {
            currentVersion: Number.isInteger(Number(conflictVersion)) && conflictVersion !== '' ? Number(conflictVersion) : null,
          },
        }
      : {}),
  };
}

/** "Preview": the body rendered by the API, shown above the textarea; nothing is saved. */
export async function previewAction(event: RequestEvent): Promise<PracticeFormResult | ActionFailure<PracticeFormResult>> {
  const data = await event.request.formData();
  const values = readPracticeForm(data);
  const { html, errors } = await previewBody(event, values.body);
  const result: PracticeFormResult = { form: 'practice', values, errors, preview: html, focus: 'preview', ...carried(data) };
  return Object.keys(errors).length > 0 ? fail(400, result) : result;
}

/** "Add a row" and "Remove" without JavaScript: the same form again with the row added or gone. */
export async function rowsAction(event: RequestEvent): Promise<PracticeFormResult> {
  const data = await event.request.formData();
  const values = readPracticeForm(data);
  const command = data.get('rows');
  const focus = typeof command === 'string' ? applyRowsCommand(values, command) : undefined;
  return { form: 'practice', values, errors: {}, focus, ...carried(data) };
}

/** A save refused before or by the API: the form again, with every message beside its field. */
export function refusePractice(
  status: number,
  values: PracticeFormValues,
  errors: FormErrors,
  data: FormData,
  extra: Partial<PracticeFormResult> = {},
): ActionFailure<PracticeFormResult> {
  return fail(status, { form: 'practice', values, errors, ...carried(data), ...extra });
}

/** The API refused a save: the form again; a CONFLICT also says which version the write-up is at now. */
export function refusePracticeFromApi(err: unknown, values: PracticeFormValues, data: FormData): ActionFailure<PracticeFormResult> {
  const { status, errors } = errorsFromApi(err);
  const conflict = err instanceof ApiError ? err.errors.find((e) => e.code === 'CONFLICT') : undefined;
  if (conflict) {
    const current = conflict.extensions?.currentVersion;
    return refusePractice(status, values, {}, data, {
      conflict: { currentVersion: typeof current === 'number' ? current : null },
    });
  }
  return refusePractice(status, values, errors, data);
}

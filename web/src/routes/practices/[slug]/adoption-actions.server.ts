// A department reports (or updates) its adoption of the write-up, from the form under "Where it spread".
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { gql } from '$lib/server/api';
import { errorsFromApi, text } from '$lib/server/form-actions';
import { adoptionInput, applyRowsCommand, readAdoptionForm, withoutBlankRows, withSpareRows } from '$lib/server/practice-form-input';
import type { AdoptionFormResult } from '$lib/practice-form-values';

const REPORT_ADOPTION = /* GraphQL */ `
  mutation ReportAdoption($practiceId: ID!, $input: AdoptionInput!) {
    reportAdoption(practiceId: $practiceId, input: $input) {
      id
    }
  }
`;

// Only these actions answer with form 'adoption': the page reads its result by that name.
export const adoptionActions = {
  reportAdoption: async (event: RequestEvent) => {
    const data = await event.request.formData();
    const values = withoutBlankRows(readAdoptionForm(data));
    const refuse = (status: number, errors: Record<string, string>) =>
      fail(status, { form: 'adoption', values: withSpareRows(values), errors } satisfies AdoptionFormResult);
    const { input, errors } = adoptionInput(values);
    if (Object.keys(errors).length > 0) return refuse(400, errors);
    try {
      await gql(event, REPORT_ADOPTION, { practiceId: text(data, 'id', 100), input });
    } catch (err) {
      const { status, errors } = errorsFromApi(err);
      return refuse(status, errors);
    }
    redirect(303, `/practices/${event.params.slug}?done=adoption#spread`);
  },

  /** "Add a row" and "Remove" in the adoption form without JavaScript. */
  adoptionRows: async (event: RequestEvent) => {
    const data = await event.request.formData();
    const values = readAdoptionForm(data);
    const command = data.get('rows');
    const focus = typeof command === 'string' ? applyRowsCommand(values, command) : undefined;
    return { form: 'adoption', values, errors: {}, focus } satisfies AdoptionFormResult;
  },
};

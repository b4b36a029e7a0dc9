import { failFromApi, invalid, secret, text, type FormErrors, type FormResult } from '$lib/server/form-actions';
import { gql } from '$lib/server/api';
import { requireViewer } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const CHANGE_EMAIL = /* GraphQL */ `
  mutation ChangeEmail($newEmail: String!, $password: String!) {
    changeEmail(newEmail: $newEmail, password: $password)
  }
`;

export const load: PageServerLoad = (event) => {
  const viewer = requireViewer(event);
  return { email: viewer.email };
};

export const actions: Actions = {
  default: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = { newEmail: text(data, 'newEmail', 320) };
    const password = secret(data, 'password');
    const errors: FormErrors = {};
    if (!values.newEmail) errors.newEmail = 'Enter the new address.';
    if (!password) errors.password = 'Enter your current password.';
    if (Object.keys(errors).length > 0) return invalid(errors, values);
    try {
      await gql<{ changeEmail: boolean }>(event, CHANGE_EMAIL, { newEmail: values.newEmail, password });
    } catch (err) {
      return failFromApi(err, values);
    }
    // The same answer whether or not the new address has an account: the API does not tell, nor does the page.
    const sent: FormResult = { form: 'sent', values, errors: {} };
    return sent;
  },
};

import { failFromApi, invalid, text, type FormResult } from '$lib/server/form-actions';
import { gql } from '$lib/server/api';
import type { Actions } from './$types';

const REQUEST_PASSWORD_RESET = /* GraphQL */ `
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`;

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = { email: text(data, 'email', 320) };
    if (!values.email) return invalid({ email: 'Enter the email address you sign in with.' }, values);
    try {
      await gql<{ requestPasswordReset: boolean }>(event, REQUEST_PASSWORD_RESET, values);
    } catch (err) {
      return failFromApi(err, values);
    }
    // The same answer whether or not the address has an account: the API does not tell, nor does the page.
    const sent: FormResult = { form: 'sent', values, errors: {} };
    return sent;
  },
};

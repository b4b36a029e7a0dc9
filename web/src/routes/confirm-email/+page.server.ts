import { redirect } from '@sveltejs/kit';
import { gql } from '$lib/server/api';
import { failFromApi, type FormResult } from '$lib/server/form-actions';
import type { Actions, PageServerLoad } from './$types';

const RESEND = /* GraphQL */ `
  mutation ResendConfirmation {
    resendConfirmation
  }
`;

// The one page a member whose address is not confirmed sees (hooks.server.ts sends them here).
export const load: PageServerLoad = ({ locals, setHeaders }) => {
  setHeaders({ 'cache-control': 'private, no-store' });
  if (!locals.user) redirect(303, '/sign-in');
  if (locals.user.emailConfirmed) redirect(303, '/');
  return { email: locals.user.email };
};

export const actions: Actions = {
  resend: async (event) => {
    if (!event.locals.user) redirect(303, '/sign-in');
    try {
      await gql<{ resendConfirmation: boolean }>(event, RESEND);
    } catch (err) {
      return failFromApi(err, {});
    }
    const sent: FormResult = { form: 'sent', values: {}, errors: {} };
    return sent;
  },
};

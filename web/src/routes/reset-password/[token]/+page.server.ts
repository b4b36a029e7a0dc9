import { redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { failFromApi, invalid, secret, text, type FormResult } from '$lib/server/form-actions';
import { gqlSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const RESET_LINK = /* GraphQL */ `
  query PasswordResetLink($token: String!) {
    passwordResetLink(token: $token) {
      needsSecondFactor
      expiresAt
    }
  }
`;

const RESET_PASSWORD = /* GraphQL */ `
  mutation ResetPassword($token: String!, $newPassword: String!, $totp: String) {
    resetPassword(token: $token, newPassword: $newPassword, totp: $totp)
  }
`;

interface ResetLink {
  needsSecondFactor: boolean;
  expiresAt: string;
}

export const load: PageServerLoad = async (event) => {
  // The address carries a secret: no shared cache, browser or proxy keeps this page.
  event.setHeaders({ 'cache-control': 'private, no-store' });
  const { passwordResetLink } = await gql<{ passwordResetLink: ResetLink | null }>(event, RESET_LINK, {
    token: event.params.token,
  }).catch((err) => toPageError(err, event.url));
  return { link: passwordResetLink };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const newPassword = secret(data, 'newPassword');
    const totp = text(data, 'totp', 100);
    if (!newPassword) return invalid({ newPassword: 'Choose a new password.' });
    try {
      await gqlSession<{ resetPassword: boolean }>(event, RESET_PASSWORD, {
        token: event.params.token,
        newPassword,
        totp: totp || null,
      });
    } catch (err) {
      const failure = failFromApi(err, {});
      // A link that stopped working while the page was open: the page says so, as on arrival.
      if (failure.data.errors.token) {
        const expired: FormResult = { form: 'expired', values: {}, errors: {} };
        return expired;
      }
      return failure;
    }
    // The API signed this browser in with the new password.
    redirect(303, '/settings?notice=password-reset');
  },
};

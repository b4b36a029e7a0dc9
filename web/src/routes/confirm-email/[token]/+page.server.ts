import { ApiError, gql, toPageError } from '$lib/server/api';
import { failFromApi, type FormResult } from '$lib/server/form-actions';
import type { Actions, PageServerLoad } from './$types';

const CONFIRMATION_LINK = /* GraphQL */ `
  query EmailConfirmationLink($token: String!) {
    emailConfirmationLink(token: $token) {
      email
      change
      expiresAt
    }
  }
`;

const CONFIRM_EMAIL = /* GraphQL */ `
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token)
  }
`;

interface ConfirmationLink {
  email: string;
  change: boolean;
  expiresAt: string;
}

export const load: PageServerLoad = async (event) => {
  // The address carries a secret: no shared cache, browser or proxy keeps this page.
  event.setHeaders({ 'cache-control': 'private, no-store' });
  const { emailConfirmationLink } = await gql<{ emailConfirmationLink: ConfirmationLink | null }>(event, CONFIRMATION_LINK, {
    token: event.params.token,
  }).catch((err) => toPageError(err, event.url));
  const user = event.locals.user;
  return {
    link: emailConfirmationLink,
    signedIn: Boolean(user),
    unconfirmed: Boolean(user && !user.emailConfirmed),
  };
};

export const actions: Actions = {
  // A POST, never the GET that opens the link: a mail scanner following links confirms nothing.
  default: async (event) => {
    // Read before it is used up, for the page that follows.
    const { emailConfirmationLink: link } = await gql<{ emailConfirmationLink: ConfirmationLink | null }>(event, CONFIRMATION_LINK, {
      token: event.params.token,
    });
    try {
      await gql<{ confirmEmail: boolean }>(event, CONFIRM_EMAIL, { token: event.params.token });
    } catch (err) {
      // A link that stopped working while the page was open: the page says so, as on arrival.
      if (err instanceof ApiError && err.has('BAD_USER_INPUT')) {
        const expired: FormResult = { form: 'expired', values: {}, errors: {} };
        return expired;
      }
      return failFromApi(err, {});
    }
    const confirmed: FormResult = {
      form: 'confirmed',
      values: link?.change ? { changedTo: link.email } : {},
      errors: {},
    };
    return confirmed;
  },
};

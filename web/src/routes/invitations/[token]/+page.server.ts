import { redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { failFromApi, invalid, secret, text, type FormResult } from '$lib/server/form-actions';
import { gqlSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const INVITATION = /* GraphQL */ `
  query Invitation($token: String!) {
    invitation(token: $token) {
      email
      state
      expiresAt
      departmentName
      departmentSlug
      accountExists
      signedInAsInvitee
    }
  }
`;

const ACCEPT = /* GraphQL */ `
  mutation AcceptInvitation($token: String!, $input: AcceptInvitationInput!) {
    acceptInvitation(token: $token, input: $input) {
      status
    }
  }
`;

interface InvitationLink {
  email: string;
  state: 'SENT' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED';
  expiresAt: string;
  departmentName: string;
  departmentSlug: string;
  accountExists: boolean;
  signedInAsInvitee: boolean;
}

export const load: PageServerLoad = async (event) => {
  // The address carries a secret: no shared cache, browser or proxy keeps this page.
  event.setHeaders({ 'cache-control': 'private, no-store' });
  const { invitation } = await gql<{ invitation: InvitationLink | null }>(event, INVITATION, {
    token: event.params.token,
  }).catch((err) => toPageError(err, event.url));
  return { invitation };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = { displayName: text(data, 'displayName', 200), title: text(data, 'title', 200) };
    const joining = data.get('join') === 'existing';
    const password = secret(data, 'password');
    if (!joining) {
      const errors: Record<string, string> = {};
      if (!values.displayName) errors.displayName = 'Enter your name.';
      if (!values.title) errors.title = 'Enter your title or rank.';
      if (!password) errors.password = 'Choose a password.';
      if (Object.keys(errors).length) return invalid(errors, values);
    }
    try {
      await gqlSession(event, ACCEPT, {
        token: event.params.token,
        input: joining ? {} : { ...values, password },
      });
    } catch (err) {
      const failure = failFromApi(err, values);
      // An invitation that stopped working while the page was open: the page says so, as on arrival.
      if (failure.data.errors.token) {
        const expired: FormResult = { form: 'expired', values: {}, errors: { token: failure.data.errors.token } };
        return expired;
      }
      return failure;
    }
    // The API signed this browser in; the settings page shows the department and the verification.
    redirect(303, '/settings');
  },
};

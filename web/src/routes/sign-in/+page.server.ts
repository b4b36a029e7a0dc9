import { redirect } from '@sveltejs/kit';
import { failFromApi, invalid, refuse, secret, text, type FormResult } from '$lib/server/form-actions';
import { gqlSession } from '$lib/server/session';
import { safeRedirectPath } from '$lib/url';
import type { Actions, PageServerLoad } from './$types';

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      status
      challenge
      mustEnrollTotp
    }
  }
`;

const COMPLETE_SIGN_IN = /* GraphQL */ `
  mutation CompleteSignIn($challenge: String!, $totp: String!) {
    completeSignIn(challenge: $challenge, totp: $totp) {
      status
      mustEnrollTotp
    }
  }
`;

interface AuthPayload {
  status: 'SIGNED_IN' | 'TOTP_REQUIRED';
  challenge?: string | null;
  mustEnrollTotp: boolean;
}

export const load: PageServerLoad = ({ locals, url }) => {
  const redirectTo = safeRedirectPath(url.searchParams.get('redirectTo'), url.origin);
  if (locals.user) redirect(303, redirectTo);
  return {
    redirectTo,
    signedOutEverywhere: url.searchParams.get('notice') === 'signed-out-everywhere',
  };
};

/** Where a signed-in member goes: where they were headed, unless they must first set up a second factor. */
function destination(payload: AuthPayload, redirectTo: string): string {
  return payload.mustEnrollTotp ? '/settings?notice=totp-required#second-factor' : redirectTo;
}

export const actions: Actions = {
  signIn: async (event) => {
    const data = await event.request.formData();
    const redirectTo = safeRedirectPath(text(data, 'redirectTo', 2000), event.url.origin);
    const values = { email: text(data, 'email', 320), redirectTo };
    const password = secret(data, 'password');
    if (!values.email || !password) {
      return invalid(
        {
          ...(values.email ? {} : { email: 'Enter your email address.' }),
          ...(password ? {} : { password: 'Enter your password.' }),
        },
        values,
        'signIn',
      );
    }

    let payload: AuthPayload;
    try {
      ({ signIn: payload } = await gqlSession<{ signIn: AuthPayload }>(event, SIGN_IN, {
        input: { email: values.email, password },
      }));
    } catch (err) {
      return failFromApi(err, values, 'signIn');
    }
    // The password was right; the second step carries only the API's challenge, never the password.
    if (payload.status === 'TOTP_REQUIRED' && payload.challenge) {
      const secondStep: FormResult = { form: 'totp', values: { challenge: payload.challenge, redirectTo }, errors: {} };
      return secondStep;
    }
    redirect(303, destination(payload, redirectTo));
  },

  totp: async (event) => {
    const data = await event.request.formData();
    const redirectTo = safeRedirectPath(text(data, 'redirectTo', 2000), event.url.origin);
    const challenge = text(data, 'challenge', 2000);
    // The code field asks for digits; a recovery code has its own field.
    const appCode = text(data, 'totp', 100).replace(/\s+/g, '');
    const code = appCode || text(data, 'recoveryCode', 100);
    const codeField = appCode ? 'totp' : 'recoveryCode';
    const values = { challenge, redirectTo };
    if (!challenge) {
      return refuse(400, {
        form: 'signIn',
        values: { email: '', redirectTo },
        errors: { form: 'Your sign-in took too long. Please enter your email and password again.' },
      });
    }
    if (!code) return invalid({ totp: 'Enter the code from your authenticator app, or a recovery code.' }, values, 'totp');

    let payload: AuthPayload;
    try {
      ({ completeSignIn: payload } = await gqlSession<{ completeSignIn: AuthPayload }>(event, COMPLETE_SIGN_IN, {
        challenge,
        totp: code,
      }));
    } catch (err) {
      const failure = failFromApi(err, values, 'totp');
      const { errors } = failure.data;
      // A wrong code can be typed again; anything else (an expired challenge) starts over.
      const message = errors.totp ?? errors.code;
      if (message) return refuse(failure.status, { ...failure.data, errors: { [codeField]: message } });
      return refuse(failure.status, { form: 'signIn', values: { email: '', redirectTo }, errors });
    }
    redirect(303, destination(payload, redirectTo));
  },
};

import { redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { failFromApi, invalid, secret, text, type FormResult } from '$lib/server/form-actions';
import { clearSessionCookie, gqlSession, requireViewer } from '$lib/server/session';
import { timeZoneNames } from '$lib/server/time-zones';
import type { Session, TotpEnrollment } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

const SESSIONS = /* GraphQL */ `
  query MySessions {
    mySessions {
      id
      createdAt
      lastSeenAt
      expiresAt
      ip
      userAgent
      current
    }
  }
`;

const EMAIL_PREFERENCE = /* GraphQL */ `
  query EmailPreference {
    me {
      emailNotifications
    }
  }
`;

const SET_EMAIL_PREFERENCE = /* GraphQL */ `
  mutation SetEmailPreference($preference: EmailPreference!) {
    setEmailPreference(preference: $preference) {
      emailNotifications
    }
  }
`;

const EMAIL_PREFERENCES = ['OFF', 'IMMEDIATELY', 'DAILY'] as const;
type EmailPreference = (typeof EMAIL_PREFERENCES)[number];

function isEmailPreference(value: string): value is EmailPreference {
  return (EMAIL_PREFERENCES as readonly string[]).includes(value);
}

const SET_TIME_ZONE = /* GraphQL */ `
  mutation SetTimeZone($timeZone: String) {
    setTimeZone(timeZone: $timeZone) {
      timeZone
    }
  }
`;

const RENEW_CALENDAR_FEED = /* GraphQL */ `
  mutation RenewCalendarFeed {
    renewCalendarFeed
  }
`;

const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`;

const REVOKE_SESSION = /* GraphQL */ `
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`;

const SIGN_OUT_EVERYWHERE = /* GraphQL */ `
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`;

const START_TOTP = /* GraphQL */ `
  mutation StartTotpEnrollment($password: String!) {
    startTotpEnrollment(password: $password) {
      secret
      otpauthUrl
      qrSvg
    }
  }
`;

const CONFIRM_TOTP = /* GraphQL */ `
  mutation ConfirmTotpEnrollment($code: String!) {
    confirmTotpEnrollment(code: $code)
  }
`;

const DISABLE_TOTP = /* GraphQL */ `
  mutation DisableTotp($password: String!, $code: String!) {
    disableTotp(password: $password, code: $code)
  }
`;

/** What `?notice=` may say after an action redirects back here: fixed texts, never the URL's words. */
const NOTICES = {
  'password-changed': 'Your password is changed. Your other sessions are signed out.',
  'password-reset': 'Your new password is set and you are signed in. Every other device was signed out.',
  'session-revoked': 'That session is signed out.',
  'totp-disabled': 'Your second factor is turned off. Signing in now asks only for your password.',
  'email-saved': 'Your e-mail notification preference is saved.',
  'time-zone-saved': 'Your time zone is saved: times on Muster are shown in it.',
} as const;

export const load: PageServerLoad = async (event) => {
  const user = requireViewer(event);
  const [{ mySessions }, { me }] = await Promise.all([
    gql<{ mySessions: Session[] }>(event, SESSIONS).catch((err) => toPageError(err, event.url)),
    gql<{ me: { emailNotifications: EmailPreference | null } | null }>(event, EMAIL_PREFERENCE).catch((err) => toPageError(err, event.url)),
  ]);
  const notice = event.url.searchParams.get('notice') ?? '';
  return {
    account: user,
    sessions: [...mySessions].sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt)),
    totpRequired: notice === 'totp-required' || Boolean(user.viewerCan?.secondFactorRequired),
    notice: notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null,
    emailNotifications: me?.emailNotifications ?? null,
    timeZones: timeZoneNames(),
  };
};

/** What the enrolment form carries between its two steps, so a mistyped code can be tried again. */
interface PendingEnrollment {
  secret: string;
  /** The QR code's SVG, base64: shown as an image, never inlined as markup. */
  qr: string;
  otpauthUrl: string;
}

function pendingEnrollmentFrom(data: FormData): PendingEnrollment | null {
  const enrollment = {
    secret: text(data, 'secret', 200),
    qr: text(data, 'qr', 200_000),
    otpauthUrl: text(data, 'otpauthUrl', 2000),
  };
  if (!/^[A-Z2-7]+=*$/.test(enrollment.secret) || !/^[A-Za-z0-9+/]+=*$/.test(enrollment.qr)) return null;
  if (!enrollment.otpauthUrl.startsWith('otpauth://')) enrollment.otpauthUrl = '';
  return enrollment;
}

export const actions: Actions = {
  changePassword: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const currentPassword = secret(data, 'currentPassword');
    const newPassword = secret(data, 'newPassword');
    if (!currentPassword || !newPassword) {
      return invalid(
        {
          ...(currentPassword ? {} : { currentPassword: 'Enter your current password.' }),
          ...(newPassword ? {} : { newPassword: 'Enter a new password.' }),
        },
        {},
        'password',
      );
    }
    try {
      await gqlSession(event, CHANGE_PASSWORD, { currentPassword, newPassword });
    } catch (err) {
      return failFromApi(err, {}, 'password');
    }
    redirect(303, '/settings?notice=password-changed#password');
  },

  emailPreference: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const preference = text(data, 'emailNotifications', 20);
    if (!isEmailPreference(preference)) {
      return invalid({ emailNotifications: 'Choose how you want notifications by e-mail.' }, {}, 'email');
    }
    try {
      await gql(event, SET_EMAIL_PREFERENCE, { preference });
    } catch (err) {
      return failFromApi(err, { emailNotifications: preference }, 'email');
    }
    redirect(303, '/settings?notice=email-saved#notifications');
  },

  timeZone: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const timeZone = text(data, 'timeZone', 100);
    try {
      await gql(event, SET_TIME_ZONE, { timeZone: timeZone || null });
    } catch (err) {
      return failFromApi(err, { timeZone }, 'timeZone');
    }
    redirect(303, '/settings?notice=time-zone-saved#time-zone');
  },

  calendarFeed: async (event) => {
    requireViewer(event);
    let feedUrl: string;
    try {
      ({ renewCalendarFeed: feedUrl } = await gql<{ renewCalendarFeed: string }>(event, RENEW_CALENDAR_FEED));
    } catch (err) {
      return failFromApi(err, {}, 'calendar');
    }
    // The API keeps only a hash of the address, so this answer is the one time it is shown: no redirect.
    const result: FormResult = { form: 'calendar', values: { feedUrl }, errors: {} };
    return result;
  },

  revokeSession: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const id = text(data, 'id', 200);
    try {
      await gql(event, REVOKE_SESSION, { id });
    } catch (err) {
      return failFromApi(err, { id }, 'sessions');
    }
    redirect(303, '/settings?notice=session-revoked#sessions');
  },

  signOutEverywhere: async (event) => {
    requireViewer(event);
    try {
      await gqlSession(event, SIGN_OUT_EVERYWHERE);
    } catch (err) {
      return failFromApi(err, {}, 'sessions');
    }
    clearSessionCookie(event);
    redirect(303, '/sign-in?notice=signed-out-everywhere');
  },

  startTotp: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const password = secret(data, 'password');
    if (!password) return invalid({ password: 'Enter your password.' }, {}, 'totpStart');
    let enrollment: TotpEnrollment;
    try {
      ({ startTotpEnrollment: enrollment } = await gql<{ startTotpEnrollment: TotpEnrollment }>(event, START_TOTP, { password }));
    } catch (err) {
      return failFromApi(err, {}, 'totpStart');
    }
    const result: FormResult = {
      form: 'totpConfirm',
      values: {
        secret: enrollment.secret,
        qr: Buffer.from(enrollment.qrSvg, 'utf8').toString('base64'),
        otpauthUrl: enrollment.otpauthUrl.startsWith('otpauth://') ? enrollment.otpauthUrl : '',
      },
      errors: {},
    };
    return result;
  },

  confirmTotp: async (event) => {
    const user = requireViewer(event);
    const data = await event.request.formData();
    const enrollment = pendingEnrollmentFrom(data);
    const code = text(data, 'code', 20).replace(/\s+/g, '');
    const values = enrollment ? { ...enrollment } : {};
    if (!code) return invalid({ code: 'Enter the 6-digit code your app shows.' }, values, 'totpConfirm');
    let recoveryCodes: string[];
    try {
      ({ confirmTotpEnrollment: recoveryCodes } = await gqlSession<{ confirmTotpEnrollment: string[] }>(event, CONFIRM_TOTP, { code }));
    } catch (err) {
      return failFromApi(err, values, 'totpConfirm');
    }
    // This response is the only one that shows the codes, so it is not a redirect; the page
    // it renders must already know the second factor is on.
    event.locals.user = { ...user, totpEnabled: true };
    const shown: FormResult & { recoveryCodes: string[] } = { form: 'recoveryCodes', values: {}, errors: {}, recoveryCodes };
    return shown;
  },

  disableTotp: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const password = secret(data, 'password');
    const code = text(data, 'code', 100).replace(/\s+/g, '');
    if (!password || !code) {
      return invalid(
        {
          ...(password ? {} : { password: 'Enter your password.' }),
          ...(code ? {} : { code: 'Enter a code from your authenticator app.' }),
        },
        {},
        'totpDisable',
      );
    }
    try {
      await gqlSession(event, DISABLE_TOTP, { password, code });
    } catch (err) {
      return failFromApi(err, {}, 'totpDisable');
    }
    redirect(303, '/settings?notice=totp-disabled#second-factor');
  },
};

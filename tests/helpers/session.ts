import { demoPassword } from '@muster/db/seed';
import type { BrowserContext, Page } from 'playwright-core';
import type { Mailbox } from './mailbox.ts';

/** A session cookie as a browser context and fetch both take it. */
export interface Cookie {
  name: string;
  value: string;
}

/** Signs in through the API and answers the session cookie, for fetch and for a browser context. */
export async function sessionCookie(url: string, email: string): Promise<Cookie> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { status } }',
      variables: { input: { email, password: demoPassword } },
    }),
  });
  const setCookie = response.headers.getSetCookie().find((c) => c.includes('muster_session='));
  if (!setCookie) throw new Error(`signing in ${email} set no session cookie: ${await response.text()}`);
  const [name, value] = setCookie.split(';')[0]!.split('=') as [string, string];
  return { name, value };
}

/** A GraphQL request to a running server as the member with `cookie`; throws with the API's errors. */
export async function api<T = unknown>(url: string, query: string, variables: Record<string, unknown>, cookie: Cookie): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `${cookie.name}=${cookie.value}` },
    body: JSON.stringify({ query, variables }),
  });
  const { data, errors } = (await response.json()) as { data: T; errors?: unknown[] };
  if (errors?.length) throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(errors)}`);
  return data;
}

/** Waits for the page to load and hydrate, so what a test types is not reset by the script starting. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/** Fills the sign-in form on the current page as a demo member and submits it. */
export async function signInThroughForm(page: Page, email: string): Promise<void> {
  await settled(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A new page in `context`, signed in through the form and taken to `path`, settled. */
export async function signedInAt(context: BrowserContext, url: string, email: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/sign-in?redirectTo=${encodeURIComponent(path)}`);
  await signInThroughForm(page, email);
  await page.waitForURL(`${url}${path}`);
  await settled(page);
  return page;
}

/** The token of the newest confirmation link the mailbox received for an address (waits up to a minute for it). */
export async function confirmationTokenIn(mailbox: Mailbox, email: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const mail = mailbox.received
      .filter((m) => !Array.isArray(m.to) && m.to?.value.some((a) => a.address === email) && m.text?.includes('/confirm-email/'))
      .at(-1);
    const token = mail?.text?.match(/\/confirm-email\/([A-Za-z0-9_-]+)/)?.[1];
    if (token) return token;
    if (Date.now() > deadline) throw new Error(`no confirmation link mailed to ${email}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Signs up through the API of a running server (started with SMTP_URL set to `mailbox`), follows
 * the link mailed to the address, signs in, and answers the account and its session cookie.
 */
export async function signUpThroughApi(
  url: string,
  mailbox: Mailbox,
  input: { email: string; password: string; displayName: string; title: string; departmentSlug: string },
): Promise<{ id: string; handle: string; cookie: Cookie }> {
  const post = (query: string, variables: Record<string, unknown>) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  const signedUp = (await (await post('mutation ($input: SignUpInput!) { signUp(input: $input) { status } }', { input })).json()) as {
    data?: { signUp: { status: string } };
    errors?: unknown;
  };
  if (signedUp.data?.signUp.status !== 'CHECK_EMAIL') throw new Error(`sign-up refused: ${JSON.stringify(signedUp.errors)}`);
  const token = await confirmationTokenIn(mailbox, input.email);
  const confirmed = (await (await post('mutation ($token: String!) { confirmEmail(token: $token) }', { token })).json()) as {
    data?: { confirmEmail: boolean };
    errors?: unknown;
  };
  if (!confirmed.data?.confirmEmail) throw new Error(`confirmation refused: ${JSON.stringify(confirmed.errors)}`);
  const response = await post('mutation ($input: SignInInput!) { signIn(input: $input) { user { id handle } } }', {
    input: { email: input.email, password: input.password },
  });
  const body = (await response.json()) as { data?: { signIn: { user: { id: string; handle: string } } }; errors?: unknown };
  const setCookie = response.headers.getSetCookie().find((c) => c.includes('muster_session='));
  if (!body.data || !setCookie) throw new Error(`sign-in refused: ${JSON.stringify(body.errors)}`);
  const [name, value] = setCookie.split(';')[0]!.split('=') as [string, string];
  return { ...body.data.signIn.user, cookie: { name, value } };
}

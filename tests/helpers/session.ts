import { demoPassword } from '@muster/db/seed';
import type { BrowserContext, Page } from 'playwright-core';

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

import type { FastifyInstance } from 'fastify';
import { buildApp, loadConfig, type Config } from '@muster/api';
import { desc, eq } from 'drizzle-orm';
import { mailOutbox, users, type Database } from '@muster/db';

/**
 * argon2id's cheapest cost, which only a server outside production accepts: every sign-up, sign-in
 * and password change of a test run hashes or verifies, hundreds of times, and at OWASP's cost that
 * was a good part of the run. tests/api/password-cost.test.ts proves the production cost and that
 * hashes verify across a change of cost.
 */
export const cheapPasswordHashEnv = { PASSWORD_HASH_MEMORY_KIB: '8', PASSWORD_HASH_ITERATIONS: '1' };

/** The configuration a fresh install reads, for an API without the web app; tests override what they exercise. */
export function testConfig(overrides: Partial<Config> = {}, env: NodeJS.ProcessEnv = {}): Config {
  const config = loadConfig({
    PORT: '0',
    DATA_DIR: 'memory://',
    SEED: 'none',
    LOG_LEVEL: 'silent',
    WEB_BUILD_DIR: '',
    // A production configuration refuses the cheap cost, as a production server would.
    ...(env.NODE_ENV === 'production' ? {} : cheapPasswordHashEnv),
    ...env,
  });
  return { ...config, ...overrides, auth: { ...config.auth, ...overrides.auth } };
}

/** The real API (no web app) on the given database. */
export async function testApp(
  database: Database,
  overrides: Partial<Config> = {},
  options: { now?: () => Date } = {},
): Promise<FastifyInstance> {
  // No timers: tests wait for fan-out with app.fanOut.idle() and send digests by hand.
  const app = await buildApp(testConfig(overrides), { database, logger: false, background: false, ...options });
  await app.ready();
  return app;
}

export interface GraphQLResponse<T = Record<string, any>> {
  statusCode: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string } }[];
}

export interface RequestOptions {
  /** The session cookie's value. */
  session?: string;
  headers?: Record<string, string>;
  ip?: string;
}

/** Sends a GraphQL document through the real HTTP layer, as a browser or the web app would. */
export async function gql<T = Record<string, any>>(
  app: FastifyInstance,
  query: string,
  variables?: Record<string, unknown>,
  options: RequestOptions = {},
): Promise<GraphQLResponse<T> & { setCookie?: { name: string; value: string; [key: string]: unknown } }> {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    payload: { query, variables },
    headers: { ...(options.session ? { cookie: `muster_session=${options.session}` } : {}), ...options.headers },
    ...(options.ip ? { remoteAddress: options.ip } : {}),
  });
  const setCookie = response.cookies.find((c) => c.name === 'muster_session');
  return { statusCode: response.statusCode, setCookie, ...(response.json() as Omit<GraphQLResponse<T>, 'statusCode'>) };
}

export const signInMutation = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      status
      challenge
      mustEnrollTotp
      user {
        id
        email
        role
        verification
      }
    }
  }
`;

/** Signs in and answers the session token (throws with the API's errors when refused). */
export async function signIn(app: FastifyInstance, email: string, password: string, options: RequestOptions = {}): Promise<string> {
  const response = await gql(app, signInMutation, { input: { email, password } }, options);
  if (!response.setCookie?.value) throw new Error(`sign-in refused: ${JSON.stringify(response.errors ?? response.data)}`);
  return response.setCookie.value;
}

export const signUpMutation = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      status
      user {
        id
        email
        handle
        verification
      }
    }
  }
`;

export const confirmEmailMutation = /* GraphQL */ `
  mutation ($token: String!) {
    confirmEmail(token: $token)
  }
`;

/** The newest mail the outbox holds for an address (written whether or not SMTP is set); null when none. */
export async function lastMailTo(app: FastifyInstance, email: string): Promise<{ subject: string; text: string } | null> {
  await app.mailer.idle();
  const [row] = await app.database.db.select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(desc(mailOutbox.id)).limit(1);
  return row ?? null;
}

/** The token of the confirmation link in the newest mail to an address. */
export async function confirmationToken(app: FastifyInstance, email: string): Promise<string> {
  const mail = await lastMailTo(app, email);
  const token = mail?.text.match(/\/confirm-email\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no confirmation link mailed to ${email}: ${mail?.subject ?? 'no mail'}`);
  return token;
}

/**
 * Signs up with the given input, confirms the address with the link mailed to it, signs in, and
 * answers the member's session and account (throws with the API's errors when refused).
 */
export async function signUpWith(
  app: FastifyInstance,
  input: { email: string; password: string; [field: string]: unknown },
): Promise<{ session: string; id: string; email: string; handle: string }> {
  const response = await gql(app, signUpMutation, { input });
  if (response.data?.signUp?.status !== 'CHECK_EMAIL')
    throw new Error(`sign-up refused: ${JSON.stringify(response.errors ?? response.data)}`);
  const confirmed = await gql(app, confirmEmailMutation, { token: await confirmationToken(app, input.email) });
  if (confirmed.data?.confirmEmail !== true) throw new Error(`confirmation refused: ${JSON.stringify(confirmed.errors)}`);
  const signedIn = await gql(app, signInMutation, { input: { email: input.email, password: input.password } });
  if (!signedIn.setCookie?.value) throw new Error(`sign-in refused: ${JSON.stringify(signedIn.errors ?? signedIn.data)}`);
  const user = signedIn.data!.signIn.user;
  const [row] = await app.database.db.select({ handle: users.handle }).from(users).where(eq(users.id, user.id));
  return { session: signedIn.setCookie.value, id: user.id, email: user.email, handle: row!.handle };
}

/**
 * Signs up a new (unverified) member of a demo department, confirms the address with the link
 * mailed to it, signs in, and answers their session and account.
 * The app needs a generous auth.signUpsPerHour when a file signs up several.
 */
export async function signUp(
  app: FastifyInstance,
  departmentSlug = 'memphis-pd',
): Promise<{ session: string; id: string; email: string; handle: string }> {
  const tag = Math.random().toString(36).slice(2, 8);
  return signUpWith(app, {
    email: `new.${tag}@${departmentSlug}.example.gov`,
    password: 'correct horse battery staple',
    displayName: `Recruit ${tag}`,
    title: 'Officer',
    departmentSlug,
  });
}

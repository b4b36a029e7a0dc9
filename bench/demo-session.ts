// A demo member's session for benchmarks that measure what signed-in members get: their answers
// and pages are made for them alone, never taken from the visitors' caches.
import { demoPassword } from '@muster/db/seed';

/** Signs the demo member of Memphis PD in through the API at `url`; answers the Cookie header value. */
export async function demoMemberCookie(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { status } }',
      variables: { input: { email: 'member@memphis-pd.muster.demo', password: demoPassword } },
    }),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.includes('muster_session='))
    ?.split(';')[0];
  if (!cookie) throw new Error(`could not sign in the demo member: ${await response.text()}`);
  return cookie;
}

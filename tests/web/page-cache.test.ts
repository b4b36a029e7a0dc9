import { beforeAll, describe, expect, it } from 'vitest';
import { useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { api, sessionCookie, type Cookie } from '../helpers/session.ts';

// Visitors' pages are shared between visitors for a few seconds (web/src/lib/server/page-cache.ts).
describe('pages shared between visitors', () => {
  let server: RunningServer;
  let member: Cookie;
  let moderator: Cookie;
  const visit = (path: string, cookie?: Cookie) =>
    fetch(`${server.url}${path}`, { headers: cookie ? { cookie: `${cookie.name}=${cookie.value}` } : {}, redirect: 'manual' });

  useServedApp({ browser: false }, (opened) => ({ server } = opened));
  beforeAll(async () => {
    member = await sessionCookie(server.url, 'member@memphis-pd.muster.demo');
    moderator = await sessionCookie(server.url, 'moderator@muster.demo');
  });

  it('shows a change made through the app to the next visitor at once', async () => {
    const { featured } = await api<{ featured: { id: string; practice: { title: string } }[] }>(
      server.url,
      '{ featured { id practice { title } } }',
      {},
      moderator,
    );
    const [first] = featured;
    expect(first).toBeDefined();
    const escaped = first!.practice.title.replaceAll('&', '&amp;');
    expect(await (await visit('/case-studies')).text()).toContain(escaped);
    expect(await (await visit('/case-studies')).text()).toContain(escaped);

    await api(server.url, 'mutation ($id: ID!) { unfeature(id: $id) }', { id: first!.id }, moderator);
    expect(await (await visit('/case-studies')).text()).not.toContain(escaped);
  });

  it('keeps no copy of a page opened from a link that carries a secret', async () => {
    const path = `/reset-password/${'x'.repeat(43)}`;
    const first = await visit(path);
    expect(first.headers.get('cache-control')).toBe('private, no-store');
    expect(await first.text()).toContain('no longer works');
    const again = await visit(path);
    expect(again.headers.get('cache-control')).toBe('private, no-store');
  });

  it('never hands a member’s page to a visitor, nor a visitor’s page to a member', async () => {
    const { practices } = await api<{ practices: { edges: { node: { slug: string; title: string; visibility: string } }[] } }>(
      server.url,
      '{ practices(first: 100) { edges { node { slug title visibility } } } }',
      {},
      member,
    );
    const membersOnly = practices.edges.map((e) => e.node).find((p) => p.visibility === 'MEMBERS')!;
    const path = `/practices/${membersOnly.slug}`;
    const escaped = membersOnly.title.replaceAll('&', '&amp;');

    const asMember = await visit(path, member);
    expect(asMember.status).toBe(200);
    expect(await asMember.text()).toContain(escaped);
    const asVisitor = await visit(path);
    expect(asVisitor.status).not.toBe(200);
    expect(await asVisitor.text()).not.toContain(escaped);

    // The home page a visitor was just given is not the one a member gets.
    expect(await (await visit('/')).text()).not.toContain('Sign out');
    expect(await (await visit('/', member)).text()).toContain('Sign out');
    expect(await (await visit('/')).text()).not.toContain('Sign out');
  });
});

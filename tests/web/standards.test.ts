import { createHash } from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { sessionCookie, settled, signInThroughForm } from '../helpers/session.ts';

interface Violations {
  csp: string[];
}

/** Opens a page recording every Content-Security-Policy violation the browser reports. */
async function open(context: BrowserContext, url: string): Promise<Page & { violations: () => Promise<Violations> }> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(url);
  await settled(page);
  return Object.assign(page, {
    violations: async () => ({ csp: await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) }),
  });
}

/** Serious and critical accessibility violations axe-core finds on the page, as readable lines. */
async function serious(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

describe.runIf(hasChromium)('security headers, CSP and accessibility of the pages', () => {
  let server: RunningServer;
  let browser: Browser;
  let practicePath: string;
  let eventPath: string;

  useServedApp({}, (opened) => ({ server, browser } = opened));
  beforeAll(async () => {
    const answer = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ practices(first: 1) { edges { node { slug } } } events(first: 1) { edges { node { slug } } } }' }),
    });
    const { data } = (await answer.json()) as {
      data: { practices: { edges: { node: { slug: string } }[] }; events: { edges: { node: { slug: string } }[] } };
    };
    practicePath = `/practices/${data.practices.edges[0]!.node.slug}`;
    eventPath = `/events/${data.events.edges[0]!.node.slug}`;
  });

  it('sends a hash-based Content-Security-Policy that allows exactly the page’s inline scripts, and the security headers, with every page', async () => {
    for (const path of ['/', practicePath, '/search?q=crisis']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      const scriptSources = /script-src ([^;]*)/.exec(csp)?.[1]?.split(' ') ?? [];
      expect(scriptSources, path).not.toContain("'unsafe-inline'");
      expect(
        scriptSources.some((source) => source.startsWith("'nonce-")),
        path,
      ).toBe(false);
      // Every inline script of the page is allowed by its SHA-256, so nothing injected runs.
      const html = await response.text();
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      expect(inline.length, path).toBeGreaterThan(0);
      for (const script of inline)
        expect(scriptSources, path).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('takes a form posted without JavaScript under those headers (the browser still sends its Origin)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in?redirectTo=/settings`);
    await signInThroughForm(page, 'member@memphis-pd.muster.demo');
    await page.waitForURL(`${server.url}/settings`);
    // Signed in: the settings page, which sends anyone else to sign in.
    expect(await page.locator('h1').innerText()).toBe('Your account');
    await context.close();
  });

  it('runs the app under that policy without a single violation, signed out and in', async () => {
    const visitor = await browser.newContext();
    const member = await browser.newContext();
    await member.addCookies([{ ...(await sessionCookie(server.url, 'member@memphis-pd.muster.demo')), url: server.url }]);
    for (const context of [visitor, member]) {
      for (const path of ['/', practicePath, '/search?q=crisis', eventPath]) {
        const page = await open(context, `${server.url}${path}`);
        // SvelteKit's inline start-up script ran (it is what its hash lets through).
        expect(await page.evaluate(() => Object.keys(window).some((key) => key.startsWith('__sveltekit_'))), path).toBe(true);
        expect((await page.violations()).csp, path).toEqual([]);
        await page.close();
      }
    }
    await visitor.close();
    await member.close();
  });

  it('has no serious or critical accessibility violation on the main pages, signed out and in', async () => {
    const visitor = await browser.newContext();
    const member = await browser.newContext();
    await member.addCookies([{ ...(await sessionCookie(server.url, 'member@memphis-pd.muster.demo')), url: server.url }]);
    const moderator = await browser.newContext();
    await moderator.addCookies([{ ...(await sessionCookie(server.url, 'moderator@muster.demo')), url: server.url }]);
    const pages: [BrowserContext, string[]][] = [
      [visitor, ['/', '/search?q=mental+health', practicePath, eventPath, '/events']],
      [member, ['/', '/search?q=mental+health', practicePath, '/practices/new', eventPath, '/saved']],
      [moderator, ['/moderation']],
    ];
    const found: string[] = [];
    for (const [context, paths] of pages) {
      for (const path of paths) {
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`);
        await settled(page);
        for (const line of await serious(page)) found.push(`${path}: ${line}`);
        await page.close();
      }
    }
    expect(found).toEqual([]);
    for (const context of [visitor, member, moderator]) await context.close();
  }, 180_000);
});

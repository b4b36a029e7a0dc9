import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail } from '@muster/db/seed';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { settled, signedInAt } from '../helpers/session.ts';

const WRITE_UP = { slug: 'memphis-care-team', title: 'CARE Team: co-responder unit for mental health crisis calls' };

// CI installs Debian's Chromium (.ci/run); on a machine without it, say so instead of failing.
describe.runIf(hasChromium)('saved items in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));

  it('a member saves a write-up with a note, finds it on /saved from the account menu, and removes it', { timeout: 90_000 }, async () => {
    const note = 'Compare with our county mental-health contract before March.';
    const context = await browser.newContext();
    const page = await signedInAt(context, server.url, demoAccountEmail('member', 'seattle-pd'), `/practices/${WRITE_UP.slug}`);

    await page.getByText('Save with a note').click();
    await page.getByLabel('Private note').fill(note);
    await page.getByRole('button', { name: 'Save with note' }).click();
    const saved = page.getByRole('button', { name: 'Saved this write-up' });
    await saved.waitFor();
    expect(await saved.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.your-note').innerText()).toBe(`Your note: ${note}`);

    // Where members find their own things: under their name.
    await settled(page);
    await page.locator('.account-toggle summary').click();
    await page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Saved' }).click();
    await page.waitForURL(`${server.url}/saved`);
    await settled(page);
    const item = page.getByTestId('saved-item');
    expect(await item.count()).toBe(1);
    expect(await item.getByRole('link', { name: WRITE_UP.title }).getAttribute('href')).toBe(`/practices/${WRITE_UP.slug}`);
    expect(await item.locator('.note').innerText()).toContain(note);

    await item.getByRole('button', { name: `Remove ${WRITE_UP.title}` }).click();
    await page.getByText('Removed from your saved items.').waitFor();
    expect(await page.getByTestId('saved-item').count()).toBe(0);
    await page.getByText('Nothing saved yet.').waitFor();

    // And the write-up's page says so too.
    await page.goto(`${server.url}/practices/${WRITE_UP.slug}`);
    expect(await page.getByRole('button', { name: 'Save this write-up' }).getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });

  it('saves without JavaScript, and another member sees neither the save nor the note', { timeout: 90_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await signedInAt(context, server.url, demoAccountEmail('member', 'boston-pd'), `/practices/${WRITE_UP.slug}`);
    await page.getByText('Save with a note').click();
    await page.getByLabel('Private note').fill('Boston only');
    await page.getByRole('button', { name: 'Save with note' }).click();
    await page.getByRole('button', { name: 'Saved this write-up' }).waitFor();
    await context.close();

    const otherContext = await browser.newContext();
    const other = await signedInAt(otherContext, server.url, demoAccountEmail('member', 'denver-pd'), `/practices/${WRITE_UP.slug}`);
    expect(await other.getByRole('button', { name: 'Save this write-up' }).getAttribute('aria-pressed')).toBe('false');
    expect(await other.content()).not.toContain('Boston only');
    await other.goto(`${server.url}/saved`);
    await other.getByText('Nothing saved yet.').waitFor();
    await otherContext.close();
  });
});

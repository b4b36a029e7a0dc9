import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccountEmail, demoPractices } from '@muster/db/seed';
import { xssPayloads } from '../fixtures/xss-payloads.ts';
import { hasChromium, useServedApp } from '../helpers/browser.ts';
import type { RunningServer } from '../helpers/server.ts';
import { api, sessionCookie, settled, signInThroughForm } from '../helpers/session.ts';

const department = 'memphis-pd';

// A write-up only verified members may read: for a visitor it does not exist anywhere.
const membersOnly = demoPractices.find((p) => p.visibility === 'MEMBERS');

// CI installs Debian's Chromium (.ci/run); on a machine without it, say so instead of failing.
describe.runIf(hasChromium)('writing up a practice in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  useServedApp({}, (opened) => ({ server, browser } = opened));

  it('a member drafts a write-up and submits it, the chief publishes it, a visitor reads it', { timeout: 120_000 }, async () => {
    const title = 'Peer check-ins for dispatchers after critical calls';
    const metric = 'Dispatchers reached within 24 hours';

    // The member writes the draft through the form, with one outcome row.
    const memberContext = await browser.newContext();
    const member = await memberContext.newPage();
    await member.goto(`${server.url}/sign-in?redirectTo=/practices/new`);
    await signInThroughForm(member, demoAccountEmail('member', department));
    await member.waitForURL(`${server.url}/practices/new`);
    await settled(member);
    await member.getByLabel('Title', { exact: true }).fill(title);
    await member
      .getByLabel('Summary', { exact: true })
      .fill('Trained peers check in with every dispatcher within a day of a critical call; voluntary, confidential, run with the EAP.');
    await member.getByLabel('Officer wellness').check();
    await member.getByRole('radio', { name: /^Anyone/ }).check();
    await member.getByRole('radio', { name: /^Internal data/ }).check();
    await member.getByLabel('What was measured').fill(metric);
    await member.getByLabel('Before (optional)').fill('12');
    await member.getByLabel('After', { exact: true }).fill('85');
    await member.getByLabel('Unit', { exact: true }).fill('%');
    await member.getByLabel('Period', { exact: true }).fill('2023 vs 2024');
    await member.getByLabel('Source', { exact: true }).fill('Peer team log');
    await member.getByLabel('Everything else, in Markdown').fill('## What we did\n\nWe trained **twelve** peers.');
    await member.getByRole('button', { name: 'Save draft' }).click();
    await member.waitForURL(/\/practices\/[a-z0-9-]+\?done=created$/);
    const practiceUrl = member.url().replace(/\?.*$/, '');
    expect(await member.locator('h1').innerText()).toBe(title);
    expect(await member.getByRole('note', { name: 'Status' }).innerText()).toContain('Draft');

    await member.getByRole('button', { name: 'Submit for review' }).click();
    await member.waitForURL(`${practiceUrl}?done=submitted`);
    expect(await member.getByRole('note', { name: 'Status' }).innerText()).toContain('In review');
    await memberContext.close();

    // The chief, in another browser, publishes it from the practice page.
    const chiefContext = await browser.newContext();
    const chief = await chiefContext.newPage();
    await chief.goto(`${server.url}/sign-in?redirectTo=${encodeURIComponent(new URL(practiceUrl).pathname)}`);
    await signInThroughForm(chief, demoAccountEmail('chief', department));
    await chief.waitForURL(practiceUrl);
    await chief.getByRole('button', { name: 'Publish' }).click();
    await chief.waitForURL(`${practiceUrl}?done=published`);
    expect(await chief.getByRole('note', { name: 'Status' }).count()).toBe(0);
    await chiefContext.close();

    // A visitor, signed in nowhere, reads it with its outcome.
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    const response = await visitor.goto(practiceUrl);
    expect(response?.status()).toBe(200);
    expect(await visitor.locator('h1').innerText()).toBe(title);
    const outcomes = await visitor.getByTestId('outcomes').innerText();
    expect(outcomes).toContain(metric);
    expect(outcomes).toContain('12 → 85 %');
    expect(await visitor.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await visitorContext.close();
  });

  it('keeps a members-only write-up from visitors: 404 at its address, absent from home and its topic', async () => {
    if (!membersOnly) throw new Error('the demo data has no members-only write-up');
    const context = await browser.newContext();
    const page = await context.newPage();

    const refused = await page.goto(`${server.url}/practices/${membersOnly.slug}`);
    expect(refused?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');

    await page.goto(`${server.url}/`);
    expect(await page.locator('main').innerText()).not.toContain(membersOnly.title);
    const topic = await page.goto(`${server.url}/topics/${membersOnly.topics[0]}`);
    expect(topic?.status()).toBe(200);
    expect(await page.locator('main').innerText()).not.toContain(membersOnly.title);
    await context.close();
  });

  it('without JavaScript, "Add a row" and Preview answer the form again with what was typed', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in?redirectTo=/practices/new`);
    await signInThroughForm(page, demoAccountEmail('member', department));
    await page.waitForURL(`${server.url}/practices/new`);
    await settled(page);
    // Without JavaScript the reason field is always there, with a hint saying when it matters.
    expect(await page.getByLabel('Why it was discontinued').count()).toBe(1);

    await page.getByLabel('Title', { exact: true }).fill('Typed before adding a row');
    await page.getByLabel('What was measured').fill('First metric');
    await page.getByRole('button', { name: 'Add a row' }).first().click();
    await page.waitForLoadState();
    expect(await page.getByLabel('What was measured').count()).toBe(2);
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Typed before adding a row');
    expect(await page.getByLabel('What was measured').first().inputValue()).toBe('First metric');

    await page.getByLabel('Everything else, in Markdown').fill('## Seen in the preview');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('region', { name: 'Preview' }).locator('h2').innerText()).toBe('Seen in the preview');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Typed before adding a row');
    await context.close();
  });

  it('renders every field of write-ups and adoptions full of script payloads as text', { timeout: 180_000 }, async () => {
    const chiefCookie = await sessionCookie(server.url, demoAccountEmail('chief', department));
    const adopterCookie = await sessionCookie(server.url, demoAccountEmail('chief', 'boston-pd'));
    const short = xssPayloads.filter((p) => p.length <= 40);

    // Each payload goes into at least one plain-text field; every body carries all of them.
    const textFields = [
      'title',
      'summary',
      'problem',
      'approach',
      'staffing',
      'partners',
      'costNotes',
      'evidenceNotes',
      'contact',
      'metric',
      'period',
      'source',
      'resourceTitle',
    ] as const;
    const perPractice = textFields.length;
    const practices: { id: string; slug: string; title: string }[] = [];
    for (let start = 0, n = 0; start < xssPayloads.length; start += perPractice, n++) {
      const at = (i: number) => xssPayloads[(start + i) % xssPayloads.length]!;
      const field = Object.fromEntries(textFields.map((name, i) => [name, at(i)])) as Record<(typeof textFields)[number], string>;
      const input = {
        title: `XSS check ${n + 1} ${field.title}`.slice(0, 160),
        summary: `A write-up that carries a script payload: ${field.summary}`.slice(0, 280),
        body: xssPayloads.join('\n\n'),
        topics: ['technology'],
        evidenceLevel: 'INTERNAL_DATA',
        evidenceNotes: field.evidenceNotes,
        visibility: 'PUBLIC',
        lifecycle: 'DISCONTINUED',
        discontinuedReason: field.problem,
        problem: field.problem,
        approach: field.approach,
        staffing: field.staffing,
        partners: field.partners,
        costNotes: field.costNotes,
        costAnnual: 1000,
        contact: field.contact,
        outcomes: [
          { metric: field.metric, baseline: 1, result: 2, unit: short[n % short.length], period: field.period, source: field.source },
        ],
        resources: [{ kind: 'LINK', title: field.resourceTitle, url: 'https://example.org/guide' }],
      };
      const { createPractice } = await api<{ createPractice: { id: string; slug: string } }>(
        server.url,
        `mutation ($input: PracticeInput!, $note: String) { createPractice(input: $input, note: $note) { id slug } }`,
        { input, note: at(3) },
        chiefCookie,
      );
      await api(server.url, `mutation ($id: ID!) { publishPractice(id: $id) { id } }`, { id: createPractice.id }, chiefCookie);
      // A second version, so the history shows a diff of payloads.
      await api(
        server.url,
        `mutation ($id: ID!, $input: PracticeInput!, $note: String) { updatePractice(id: $id, version: 1, input: $input, note: $note) { id } }`,
        { id: createPractice.id, input: { ...input, summary: `${input.summary.slice(0, 170)} ${at(7)}`.slice(0, 280) }, note: at(5) },
        chiefCookie,
      );
      // Another department adopts it, with payloads in its own report.
      await api(
        server.url,
        `mutation ($id: ID!, $input: AdoptionInput!) { reportAdoption(practiceId: $id, input: $input) { id } }`,
        {
          id: createPractice.id,
          input: {
            status: 'PILOT',
            note: at(8),
            changes: at(9),
            outcomes: [{ metric: field.metric, result: 3, unit: short[(n + 1) % short.length], period: at(10), source: at(11) }],
          },
        },
        adopterCookie,
      );
      practices.push({ ...createPractice, title: input.title });
    }
    expect(practices.length).toBeGreaterThanOrEqual(3);

    const visitor = await browser.newContext();
    const chief = await browser.newContext();
    await chief.addCookies([{ ...chiefCookie, url: server.url }]);
    const pages: { context: typeof visitor; path: string; h1?: string }[] = practices.flatMap(({ slug, title }) => [
      // The payload shows as the words it is.
      { context: visitor, path: `/practices/${slug}`, h1: title },
      { context: chief, path: `/practices/${slug}` },
      { context: chief, path: `/practices/${slug}/edit` },
      { context: chief, path: `/practices/${slug}/history` },
    ]);
    pages.push(
      { context: visitor, path: '/' },
      { context: visitor, path: '/topics/technology' },
      { context: visitor, path: `/departments/${department}` },
      { context: visitor, path: '/departments/boston-pd' },
    );
    for (const { context, path, h1 } of pages) {
      const page = await context.newPage();
      const dialogs = watchDialogs(page);
      const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      await payloadsHadTheirTurn(page);
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), path).toBeUndefined();
      expect(dialogs, path).toEqual([]);
      if (h1) expect(await page.locator('h1').innerText()).toBe(h1);
      await page.close();
    }

    // The edit form's Preview renders the same body in place, through the API's sanitiser.
    const page = await chief.newPage();
    const dialogs = watchDialogs(page);
    await page.goto(`${server.url}/practices/${practices[0]!.slug}/edit`);
    await settled(page);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('region', { name: 'Preview' }).waitFor();
    await payloadsHadTheirTurn(page);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await visitor.close();
    await chief.close();
  });
});

/**
 * Waits until every way a payload could still run after `load` has had its turn: nothing is
 * loading any more (frames, media, a refresh), a toggle event queued now has fired (those of any
 * `<details open>` were queued before it), and two frames have been drawn (autofocus, and with it
 * an onfocus, happens while a frame is drawn).
 */
async function payloadsHadTheirTurn(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const probe = document.createElement('details');
        probe.addEventListener('toggle', () => {
          probe.remove();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        });
        document.body.append(probe);
        probe.open = true;
      }),
  );
}

function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return opened;
}

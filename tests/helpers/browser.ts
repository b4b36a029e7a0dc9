import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { postgresCopy, type TestDbKind } from './database.ts';
import { startMailbox, type Mailbox } from './mailbox.ts';
import { startServer, type RunningServer } from './server.ts';

/** Debian's Chromium, installed by .ci/run; browser tests never download a browser of their own. */
export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium) console.warn(`Browser tests not run: ${chromiumPath} is missing (apt-get install -y chromium).`);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    // No sandbox as root; no background networking on a machine whose network is closed.
    // Playwright gives the browser a fresh temporary profile of its own.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface ServedAppOptions {
  /** What the server's environment adds (PUBLIC_URL, say); SMTP_URL is set when a mailbox is asked for. */
  env?: Record<string, string>;
  /** Starts a real SMTP server and has the app mail it: for tests that read the mails a member receives. */
  mailbox?: boolean;
  /** Launches Chromium too (the default); false for tests that only fetch pages. */
  browser?: boolean;
  /**
   * Where the server keeps its data: a copy of the run's seeded PGlite data directory (the default),
   * or a PostgreSQL database of its own copied from the run's demo template (needs TEST_DATABASE_URL).
   */
  database?: TestDbKind;
}

export interface ServedApp {
  server: RunningServer;
  browser: Browser;
  mailbox: Mailbox;
}

/**
 * The setup every browser-test file shares: before its tests, the whole app served on a copy of the
 * run's seeded data directory, Chromium, and the SMTP server the app mails when asked; after them,
 * all closed again. Call it at the top of a file or describe block; `use` receives what was opened,
 * before the block's other beforeAll hooks run, and those run in the order they are written.
 */
export function useServedApp<Options extends ServedAppOptions>(
  options: Options,
  use: (
    opened: { server: RunningServer } & (Options['browser'] extends false ? unknown : { browser: Browser }) &
      (Options['mailbox'] extends true ? { mailbox: Mailbox } : unknown),
  ) => void,
): void {
  let opened: Partial<ServedApp> = {};
  let drop: (() => Promise<void>) | undefined;
  // Starting a server and a browser on a loaded machine can take minutes; a limit only ends a hung start.
  beforeAll(async () => {
    opened = {};
    const env = { ...options.env };
    if (options.database === 'postgres') {
      const copy = await postgresCopy('demo');
      drop = copy.drop;
      env.DATABASE_URL = copy.url;
    }
    if (options.mailbox) {
      opened.mailbox = await startMailbox();
      env.SMTP_URL = opened.mailbox.url;
    }
    // Chromium starts while the server opens its database: neither waits for the other.
    const browser = options.browser !== false ? launchBrowser() : undefined;
    const [server] = await Promise.allSettled([startServer(env), browser]);
    if (browser) opened.browser = await browser.catch(() => undefined);
    if (server.status === 'rejected') throw server.reason;
    opened.server = server.value;
    if (browser && !opened.browser) await browser;
    use(opened as ServedApp);
  }, 600_000);
  afterAll(async () => {
    await opened.browser?.close();
    await opened.server?.stop();
    await opened.mailbox?.close();
    await drop?.();
  });
}

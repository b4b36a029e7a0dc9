import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '@muster/api';
import type { SeedName } from '@muster/db/seed';
import { testApp, testConfig } from './app.ts';
import { testDatabase, type TestDatabase } from './database.ts';
import { startMailbox, type Mailbox } from './mailbox.ts';

export interface TestAppOptions {
  /** The data the database starts with: the demo data (the default) or none. */
  seed?: SeedName;
  /** What the test changes in a fresh install's configuration (rate limits, say). */
  config?: Partial<Config>;
  /** The app's clock, for tests that move time. */
  now?: () => Date;
  /**
   * Starts a real SMTP server and has the app mail it, with these mail settings besides
   * (publicUrl, from): for tests that read the mails a member receives.
   */
  mailbox?: Partial<Config['mail']>;
}

export interface OpenedTestApp {
  app: FastifyInstance;
  database: TestDatabase;
  /** Only when the options asked for one. */
  mailbox?: Mailbox;
}

/**
 * The setup nearly every API test file shares: before its tests, a database of its own (a copy of
 * the run's migrated template) and the real API on it, and the SMTP server it mails when asked;
 * after them, all closed again (the database copy dropped on PostgreSQL). Call it at the top of a
 * file or describe block; `use` receives what was opened, before the block's other beforeAll hooks
 * run, and those run in the order they are written.
 */
export function useTestApp<Options extends TestAppOptions>(
  options: Options,
  use: (opened: OpenedTestApp & (Options['mailbox'] extends object ? { mailbox: Mailbox } : unknown)) => void,
): void {
  let opened: Partial<OpenedTestApp> = {};
  beforeAll(async () => {
    opened = {};
    let config = options.config ?? {};
    if (options.mailbox) {
      opened.mailbox = await startMailbox();
      config = { ...config, mail: { ...testConfig().mail, ...options.mailbox, smtpUrl: opened.mailbox.url } };
    }
    opened.database = await testDatabase(options.seed ?? 'demo');
    opened.app = await testApp(opened.database, config, options.now ? { now: options.now } : {});
    use(opened as OpenedTestApp & { mailbox: Mailbox });
  });
  afterAll(async () => {
    await opened.app?.close();
    await opened.database?.close();
    await opened.mailbox?.close();
  });
}

import { createDb } from '@muster/db';
import { ConfigError, loadConfig } from './config.ts';
import { sendDailyDigest, Mailer } from './modules/notifications/index.ts';

/**
 * `pnpm digest`: sends today's digest now, to every member who takes one, through SMTP_URL or
 * into the outbox. The running server sends it by itself each day at DIGEST_HOUR; this is for
 * PostgreSQL installs that prefer cron, or a run by hand. (PGlite opens in one process at a
 * time: stop the server first when it uses the same DATA_DIR.)
 */
try {
  const config = loadConfig(process.env);
  const database = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  const log = { info: (o: object, m: string) => console.log(m, o), warn: (o: object, m: string) => console.warn(m, o) };
  const mailer = new Mailer(database.db, config.mail, log as never);
  const sent = await sendDailyDigest(database.db, mailer, new Date());
  mailer.close();
  await database.close();
  console.log(`Daily digest: ${sent.mails} mails covering ${sent.notifications} notifications.`);
} catch (error) {
  console.error(`Digest not sent: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
  process.exit(1);
}

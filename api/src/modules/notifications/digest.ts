import type { FastifyBaseLogger } from 'fastify';
import { and, eq, ne, sql } from 'drizzle-orm';
import { settings, type Db } from '@muster/db';
import { claimDigest } from './notifications.repository.ts';
import { digestMails, notificationLines } from './mail-texts.ts';
import type { Mailer } from './mail.ts';

/** Sends each member who takes a daily digest one mail of what they have not read or been sent; answers how many mails went. */
export async function sendDailyDigest(db: Db, mailer: Mailer, now: Date): Promise<{ mails: number; notifications: number }> {
  const claimed = await claimDigest(db, now);
  const lines = await notificationLines(
    db,
    claimed.map((n) => n.id),
    mailer.publicUrl,
  );
  const mails = digestMails(lines, mailer.publicUrl);
  await mailer.send(mails, now);
  return { mails: mails.length, notifications: claimed.length };
}

/**
 * The server sends the digest once a day, at or after the configured hour. Whichever instance
 * first records today's date in settings sends it; the others see the date and do nothing.
 */
export function scheduleDailyDigest(deps: { db: Db; mailer: Mailer; log: FastifyBaseLogger; now: () => Date; hour: number }): () => void {
  const check = async () => {
    const now = deps.now();
    if (now.getHours() < deps.hour) return;
    // The server's own calendar, like the hour above.
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const value = sql`${JSON.stringify({ lastSentOn: today })}::jsonb`;
    const claimed = await deps.db
      .insert(settings)
      .values({ key: 'digest', value: { lastSentOn: today }, updatedAt: now })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value, updatedAt: now },
        setWhere: and(eq(settings.key, 'digest'), ne(settings.value, value)),
      })
      .returning({ key: settings.key });
    if (claimed.length === 0) return;
    const sent = await sendDailyDigest(deps.db, deps.mailer, now);
    deps.log.info(sent, 'daily digest sent');
  };
  const run = () => void check().catch((error) => deps.log.error({ err: error }, 'daily digest failed'));
  // A first look soon after start (a server started after the hour still sends today's), then every ten minutes.
  const first = setTimeout(run, 60_000);
  const timer = setInterval(run, 10 * 60_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '@muster/db';
import { claimImmediateMail, fanOutNext } from './notifications.repository.ts';
import { immediateMails, notificationLines } from './mail-texts.ts';
import type { Mailer } from './mail.ts';

export interface FanOutDeps {
  db: Db;
  mailer: Mailer;
  /** Tells live subscribers (on every instance, through Redis when configured). */
  publish: (topic: string, payload: unknown) => Promise<void>;
  log: FastifyBaseLogger;
  now: () => Date;
}

export const notificationTopic = (userId: string) => `notifications:${userId}`;
export const commentTopic = (practiceId: string) => `comments:${practiceId}`;

/**
 * Drains the activities table after each commit that adds to it: one set-based insert per
 * activity, then live delivery and immediate mail. The request that caused the activity has
 * already answered; a periodic sweep picks up anything a stopped instance left behind.
 */
export class FanOut {
  private running: Promise<void> | null = null;
  private again = false;
  private sweep: NodeJS.Timeout | null = null;

  constructor(private readonly deps: FanOutDeps) {}

  /** Starts a drain, or asks the running one to look again when it is done. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error) => this.deps.log.error({ err: error }, 'notification fan-out failed; the sweep will try again'))
      .finally(() => {
        this.running = null;
      });
  }

  /** Resolves once no drain is running (tests and shutdown wait on it). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  startSweeping(everyMs: number): void {
    this.sweep = setInterval(() => {
      this.kick();
      this.deps.mailer.retry(this.deps.now()).catch((error) => this.deps.log.warn({ err: error }, 'mail retry failed'));
    }, everyMs);
    this.sweep.unref();
  }

  async stop(): Promise<void> {
    if (this.sweep) clearInterval(this.sweep);
    await this.idle();
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      for (;;) {
        const done = await fanOutNext(this.deps.db, this.deps.now());
        if (!done) break;
        await Promise.all(done.delivered.map((d) => this.deps.publish(notificationTopic(d.recipientId), { id: d.id })));
        await this.mailImmediately(done.activityId);
      }
    } while (this.again);
  }

  private async mailImmediately(activityId: number): Promise<void> {
    const now = this.deps.now();
    const claimed = await claimImmediateMail(this.deps.db, activityId, now);
    if (claimed.length === 0) return;
    const lines = await notificationLines(
      this.deps.db,
      claimed.map((n) => n.id),
      this.deps.mailer.publicUrl,
    );
    await this.deps.mailer.send(immediateMails(lines, this.deps.mailer.publicUrl), now);
  }
}

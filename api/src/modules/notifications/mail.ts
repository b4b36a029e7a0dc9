import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import { createTransport, type Transporter } from 'nodemailer';
import { and, eq, isNull, lt } from 'drizzle-orm';
import { mailOutbox, type Db } from '@muster/db';
import type { MailConfig } from '../../config.ts';

export interface Mail {
  recipientId: string | null;
  to: string;
  subject: string;
  text: string;
}

/** Settles once the response has been sent (or its connection closed), for Mailer.later. */
export function replySent(reply: FastifyReply): Promise<void> {
  return new Promise((resolve) => {
    if (reply.raw.writableFinished || reply.raw.destroyed) return resolve();
    reply.raw.once('finish', () => resolve());
    reply.raw.once('close', () => resolve());
  });
}

/**
 * Every mail is written to the outbox first; with SMTP_URL set it is then handed to the SMTP
 * server and marked sent (a failure is kept on the row and tried again later), without it the
 * outbox row and a log line are where the mail goes.
 */
export class Mailer {
  private readonly transport: Transporter | null;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly config: MailConfig,
    private readonly log: Pick<FastifyBaseLogger, 'info' | 'warn'>,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  get publicUrl(): string {
    return this.config.publicUrl;
  }

  async send(mails: Mail[], now: Date): Promise<void> {
    if (mails.length === 0) return;
    const rows = await this.db
      .insert(mailOutbox)
      .values(mails.map((m) => ({ ...m, createdAt: now })))
      .returning();
    if (!this.transport) {
      for (const row of rows)
        this.log.info({ mailId: row.id, to: row.to, subject: row.subject }, 'mail kept in the outbox (SMTP_URL is not set)');
      return;
    }
    for (const row of rows) await this.deliver(this.transport, row.id, row, now);
  }

  /** Tries again the mails the SMTP server did not take (up to five attempts each). */
  async retry(now: Date): Promise<void> {
    if (!this.transport) return;
    const waiting = await this.db
      .select()
      .from(mailOutbox)
      .where(and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, 5)))
      .limit(100);
    for (const row of waiting) await this.deliver(this.transport, row.id, row, now);
  }

  private async deliver(
    transport: Transporter,
    id: number,
    mail: { to: string; subject: string; text: string; attempts?: number },
    now: Date,
  ): Promise<void> {
    try {
      await transport.sendMail({ from: this.config.from, to: mail.to, subject: mail.subject, text: mail.text });
      await this.db
        .update(mailOutbox)
        .set({ sentAt: now, attempts: (mail.attempts ?? 0) + 1, lastError: null })
        .where(eq(mailOutbox.id, id));
    } catch (error) {
      this.log.warn({ mailId: id, err: error }, 'the SMTP server did not take a mail; it stays in the outbox');
      await this.db
        .update(mailOutbox)
        .set({ attempts: (mail.attempts ?? 0) + 1, lastError: String((error as Error).message).slice(0, 500) })
        .where(eq(mailOutbox.id, id));
    }
  }

  /**
   * Runs work (writing and sending a mail) once `answered` settles (the response has gone), so
   * that how long an answer takes does not tell whether there was anything to mail. A failure is
   * logged.
   */
  later(answered: Promise<unknown>, work: () => Promise<void>): void {
    const running: Promise<void> = answered
      .then(work)
      .catch((error) => this.log.warn({ err: error }, 'mail after the answer failed'))
      .finally(() => this.pending.delete(running));
    this.pending.add(running);
  }

  /** Resolves once no work given to later() is running (tests and shutdown wait on it). */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all(this.pending);
  }

  close(): void {
    this.transport?.close();
  }
}

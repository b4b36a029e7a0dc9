import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '@muster/db';
import { demoPassword } from '@muster/db/seed';
import { sendDailyDigest } from '../../api/src/modules/notifications/digest.ts';
import { gql, signIn, testApp, testConfig } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import type { Mailbox } from '../helpers/mailbox.ts';
import { useTestApp } from '../helpers/setup.ts';

const member = (d: string) => `member@${d}.muster.demo`;
const publicUrl = 'https://muster.example.org';
const from = 'Muster test <muster@example.org>';

const addComment = `mutation ($practiceId: ID!, $body: String!, $parentId: ID) { addComment(practiceId: $practiceId, body: $body, parentId: $parentId) { id } }`;
const setPreference = `mutation ($preference: EmailPreference!) { setEmailPreference(preference: $preference) { emailNotifications } }`;

let database: TestDatabase;
let app: FastifyInstance;
let mailbox: Mailbox;
/** Every mail the SMTP server accepted, parsed as a mail client would. */
const sessions: Record<string, string> = {};
const mailTo = (email: string) =>
  mailbox.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((a) => a.address === email));

async function practice(slug: string) {
  const { data } = await gql(app, `query ($slug: String!) { practice(slug: $slug) { id title } }`, { slug });
  return data!.practice as { id: string; title: string };
}

async function comment(on: FastifyInstance, email: string, practiceId: string, body: string, parentId?: string): Promise<string> {
  const response = await gql(on, addComment, { practiceId, body, parentId }, { session: sessions[email] });
  expect(response.errors).toBeUndefined();
  await on.fanOut.idle();
  return response.data!.addComment.id;
}

async function prefer(email: string, preference: string) {
  const response = await gql(app, setPreference, { preference }, { session: sessions[email] });
  expect(response.data!.setEmailPreference.emailNotifications).toBe(preference);
  expect((await gql(app, `{ me { emailNotifications } }`, {}, { session: sessions[email] })).data!.me.emailNotifications).toBe(preference);
}

/** A digest run as the server's timer would start it, some time after the notifications were written. */
const digest = (on: FastifyInstance = app) => sendDailyDigest(database.db, on.mailer, new Date(Date.now() + 60 * 60_000));

useTestApp(
  { config: { commentsPerMinute: 1000, auth: { signInsPerMinute: 1000 } as never }, mailbox: { publicUrl, from } },
  (opened) => ({ app, database, mailbox } = opened),
);
beforeAll(async () => {
  for (const d of ['seattle-pd', 'denver-pd', 'boston-pd', 'oakland-pd', 'chicago-pd'])
    sessions[member(d)] = await signIn(app, member(d), demoPassword);
});

describe('e-mail notifications', () => {
  it('mails a member who asked for each notification as it happens, once per notification, with a link to the comment', async () => {
    const seattle = member('seattle-pd');
    await prefer(seattle, 'IMMEDIATELY');
    const lead = await practice('seattle-lead-diversion');
    const first = await comment(app, member('boston-pd'), lead.id, 'How long do participants stay in LEAD?');
    const second = await comment(app, member('denver-pd'), lead.id, 'Do you share case data with the prosecutor?');

    const mails = mailTo(seattle);
    expect(mails).toHaveLength(2);
    expect(mailbox.received).toHaveLength(2);
    for (const [mail, commentId] of [
      [mails[0]!, first],
      [mails[1]!, second],
    ] as const) {
      expect(mail.subject).toBe(`Demo Officer commented on your write-up “${lead.title}”`);
      expect(mail.from?.value).toEqual([{ name: 'Muster test', address: 'muster@example.org' }]);
      expect(mail.text).toContain('Hello Demo Officer,');
      expect(mail.text).toContain(`${publicUrl}/practices/seattle-lead-diversion#comment-${commentId}`);
      expect(mail.text).toContain(`${publicUrl}/settings`);
    }
    // The outbox keeps each mail, marked sent.
    const rows = await database.db.select().from(mailOutbox).where(eq(mailOutbox.to, seattle));
    expect(rows.map((r) => [r.subject, r.sentAt !== null, r.attempts, r.lastError])).toEqual([
      [mails[0]!.subject, true, 1, null],
      [mails[1]!.subject, true, 1, null],
    ]);

    // Mailed already: the digest does not send them again.
    await digest();
    expect(mailTo(seattle)).toHaveLength(2);
  });

  it('gathers a daily member’s notifications into one digest, sent once', async () => {
    const denver = member('denver-pd');
    await prefer(denver, 'DAILY');
    const star = await practice('denver-star-response');
    const asked = await comment(app, member('boston-pd'), star.id, 'Who staffs STAR on weekends?');
    const ownComment = await comment(app, denver, star.id, 'Two clinicians per van.');
    const replied = await comment(app, member('oakland-pd'), star.id, 'And paramedics?', ownComment);
    expect(mailTo(denver)).toHaveLength(0);

    const sent = await digest();
    expect(sent.mails).toBeGreaterThanOrEqual(1);
    const [mail, ...more] = mailTo(denver);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Muster daily digest: 2 new notifications');
    expect(mail!.text).toContain(`Demo Officer commented on your write-up “${star.title}”`);
    expect(mail!.text).toContain(`${publicUrl}/practices/denver-star-response#comment-${asked}`);
    expect(mail!.text).toContain(`Demo Officer replied to you on “${star.title}”`);
    expect(mail!.text).toContain(`${publicUrl}/practices/denver-star-response#comment-${replied}`);

    const total = mailbox.received.length;
    expect(await digest()).toEqual({ mails: 0, notifications: 0 });
    expect(mailbox.received).toHaveLength(total);
  });

  it('mails nothing to a member who turned e-mail off, though the inbox has it', async () => {
    const oakland = member('oakland-pd');
    await prefer(oakland, 'OFF');
    const ceasefire = await practice('oakland-ceasefire');
    await comment(app, member('chicago-pd'), ceasefire.id, 'How many call-ins a year?');
    await digest();
    expect(mailTo(oakland)).toHaveLength(0);
    const inbox = await gql(app, `{ unreadNotificationCount }`, {}, { session: sessions[oakland] });
    expect(inbox.data!.unreadNotificationCount).toBe(1);
  });

  it('keeps mail in the outbox, unsent, when no SMTP server is configured', async () => {
    const withoutSmtp = await testApp(database, { mail: { ...testConfig().mail, smtpUrl: undefined, publicUrl } });
    try {
      const chicago = member('chicago-pd');
      await prefer(chicago, 'IMMEDIATELY');
      const cure = await practice('chicago-cure-violence');
      const before = mailbox.received.length;
      const said = await comment(withoutSmtp, member('seattle-pd'), cure.id, 'Do your interrupters carry phones from the city?');

      const rows = await database.db.select().from(mailOutbox).where(eq(mailOutbox.to, chicago));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        subject: `Demo Officer commented on your write-up “${cure.title}”`,
        sentAt: null,
        attempts: 0,
        lastError: null,
      });
      expect(rows[0]!.text).toContain(`${publicUrl}/practices/chicago-cure-violence#comment-${said}`);
      expect(mailbox.received).toHaveLength(before);
    } finally {
      await withoutSmtp.close();
    }
  });
});

import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Mailbox {
  /** `smtp://…` for the server's SMTP_URL. */
  url: string;
  /** Every mail received, parsed as a mail client would, in order of arrival. */
  received: ParsedMail[];
  close(): Promise<void>;
}

/** A real SMTP server on a loopback port that keeps every mail it is sent. */
export async function startMailbox(): Promise<Mailbox> {
  const received: ParsedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    // Plain SMTP on a loopback port: no certificate to offer.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  // smtp-server greets a connection only a tenth of a second after it opens, to catch clients that
  // talk before their turn; the app opens a connection for each mail, so a test that mails 200
  // invitations spent 20 s waiting for nothing. This server's only client is the app under test:
  // greet it at once (the same listeners, the same greeting, without the wait).
  const connections = smtp.connections;
  const add = connections.add.bind(connections);
  connections.add = (connection) => {
    connection.init = () => connection._setListeners(() => connection.connectionReady());
    return add(connection);
  };
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

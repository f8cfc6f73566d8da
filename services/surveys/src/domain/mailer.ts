import { readFileSync } from 'node:fs';
import nodemailer, { type Transporter } from 'nodemailer';
import { assertOutsideTransaction } from '@qualipref/server-kit';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends the invitations and reminders through the configured SMTP server. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * SMTP_URL (e.g. smtp://relay.interieur.gouv.fr:25, smtps://user:pass@host:465) and MAIL_FROM
 * configure it; the server's certificate is always verified, against `ca` (PEM) when given
 * instead of the public roots. Messages are plain text only: nothing a recipient receives is
 * rendered HTML.
 */
export function smtpMailer(url: string, from: string, ca?: string): Mailer {
  const transport: Transporter = nodemailer.createTransport({ url, ...(ca ? { tls: { ca } } : {}) });
  return {
    async send(message) {
      assertOutsideTransaction('the SMTP server');
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
    close: () => transport.close(),
  };
}

/** The CA file SMTP_CA_FILE names, read once at start. */
export const smtpCa = (file: string | undefined) => (file ? readFileSync(file, 'utf8') : undefined);

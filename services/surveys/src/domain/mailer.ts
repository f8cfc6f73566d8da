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
 * configure it. Messages are plain text only: nothing a recipient receives is rendered HTML.
 */
export function smtpMailer(url: string, from: string): Mailer {
  const transport: Transporter = nodemailer.createTransport(url);
  return {
    async send(message) {
      assertOutsideTransaction('the SMTP server');
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
    close: () => transport.close(),
  };
}

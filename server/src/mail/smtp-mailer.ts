import nodemailer from 'nodemailer';
import type { Mailer, OutgoingMail } from '../services/index.ts';

/** Sends through an SMTP server given as a URL (smtp:// with STARTTLS when offered, smtps:// for implicit TLS). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    delivers: true,
    async send(message: OutgoingMail) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html });
    },
  };
}

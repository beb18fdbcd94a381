import type { Config } from '../config/index.ts';
import type { Mailer } from '../services/index.ts';
import { outboxOnlyMailer } from './outbox-mailer.ts';
import { createSmtpMailer } from './smtp-mailer.ts';

/** The mailer the configuration asks for: SMTP when SMTP_URL is set, otherwise outbox only. */
export function createMailer(config: Pick<Config, 'mail'>): Mailer {
  return config.mail.smtpUrl ? createSmtpMailer(config.mail.smtpUrl, config.mail.from) : outboxOnlyMailer;
}

export { outboxOnlyMailer, createSmtpMailer };

import type { Mailer } from '../services/index.ts';

/** Used when no SMTP server is configured: messages stay in the outbox, nothing leaves the server. */
export const outboxOnlyMailer: Mailer = {
  delivers: false,
  send: async () => {},
};

import type { MailStatus } from '@ehcp/shared';
import { MailMessage } from '../../models/index.ts';
import type { Mailer, OutgoingMail } from '../ports/index.ts';
import { sealLinks } from './outbox-links.ts';

/**
 * Records a message in the school's outbox, then sends it when a mail server is configured.
 * Links in `message.links` are stored only encrypted under `outboxSecret`, and dropped once the
 * message is sent. A refused message is kept as `failed` with a short reason; it never throws for
 * SMTP errors, so the action that caused the mail (adding a participant) still succeeds and the
 * SENDCo can see what happened in the outbox (and forward it).
 */
export async function deliverMail(
  mailer: Mailer,
  schoolId: string,
  message: OutgoingMail,
  outboxSecret?: string,
): Promise<MailStatus> {
  const links = message.links ?? [];
  if (links.length > 0 && !outboxSecret) throw new Error('deliverMail: a message with links needs the outbox secret');
  if (links.some((link) => message.subject.includes(link) || message.html?.includes(link)))
    throw new Error('deliverMail: links may appear only in the text');
  const { text, sealedLinks } = sealLinks(message.text, links, outboxSecret ?? '');
  const record = await MailMessage.create({
    schoolId,
    to: message.to,
    subject: message.subject,
    text,
    sealedLinks,
    html: message.html ?? null,
    status: 'queued',
  });
  if (!mailer.delivers) return 'queued';
  try {
    await mailer.send(message);
    const forgotten = sealedLinks.map(({ at }) => ({ at, sealed: null }));
    await MailMessage.updateOne({ _id: record._id }, { $set: { status: 'sent', sentAt: new Date(), sealedLinks: forgotten } });
    return 'sent';
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    await MailMessage.updateOne({ _id: record._id }, { $set: { status: 'failed', error: reason.slice(0, 500) } });
    return 'failed';
  }
}

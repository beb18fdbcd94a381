import type { MailStatus } from '@ehcp/shared';
import { MailMessage } from '../../models/index.ts';
import type { Mailer, OutgoingMail } from './mailer.port.ts';

/**
 * Records a message in the school's outbox, then sends it when a mail server is configured.
 * A refused message is kept as `failed` with a short reason; it never throws for SMTP errors,
 * so the action that caused the mail (adding a participant) still succeeds and the SENDCo can
 * see what happened in the outbox.
 */
export async function deliverMail(mailer: Mailer, schoolId: string, message: OutgoingMail): Promise<MailStatus> {
  const record = await MailMessage.create({ schoolId, ...message, html: message.html ?? null, status: 'queued' });
  if (!mailer.delivers) return 'queued';
  try {
    await mailer.send(message);
    await MailMessage.updateOne({ _id: record._id }, { $set: { status: 'sent', sentAt: new Date() } });
    return 'sent';
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    await MailMessage.updateOne({ _id: record._id }, { $set: { status: 'failed', error: reason.slice(0, 500) } });
    return 'failed';
  }
}

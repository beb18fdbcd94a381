import { LIMITS, type MailStatus, type OutboxMessage } from '@ehcp/shared';
import { MailMessage } from '../../models/index.ts';
import { openLinks, type SealedLink } from './outbox-links.ts';

/**
 * The school's outbox, newest first: every message the app recorded, sent or not, with personal
 * links of unsent messages decrypted back into the text so the SENDCo can forward them.
 */
export async function listOutbox(schoolId: string, outboxSecret: string): Promise<OutboxMessage[]> {
  const docs = await MailMessage.find({ schoolId }).sort({ _id: -1 }).limit(LIMITS.outboxListMax).lean();
  return docs.map((doc) => ({
    id: String(doc._id),
    to: doc.to,
    subject: doc.subject,
    text: openLinks(doc.text, (doc.sealedLinks ?? []) as SealedLink[], outboxSecret),
    status: doc.status as MailStatus,
    error: doc.error ?? null,
    createdAt: doc.createdAt.toISOString(),
    sentAt: doc.sentAt ? doc.sentAt.toISOString() : null,
  }));
}

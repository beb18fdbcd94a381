import type { LastReminder, MailStatus } from '@ehcp/shared';
import { formatDateTime } from '../../lib/dates.ts';

const OUTCOMES: Record<LastReminder['outcome'], string> = {
  sent: 'emailed',
  queued: 'waiting in the outbox',
  failed: 'could not be sent, see the outbox',
  sending: 'sending…',
  interrupted: 'may not have gone (the server stopped while sending), see the outbox',
};

/** The tracker's line about a participant's latest reminder, e.g. "Last reminder 3 Mar 2026, 10:32 · nudge · emailed". */
export function describeLastReminder(reminder: LastReminder | null): string {
  if (!reminder) return 'No reminder yet';
  const kind = reminder.kind === 'nudge' ? 'nudge' : 'automatic';
  return `Last reminder ${formatDateTime(reminder.at)} · ${kind} · ${OUTCOMES[reminder.outcome]}`;
}

/** What the SENDCo is told after nudging someone. */
export function nudgeNotice(name: string, mailStatus: MailStatus): string {
  if (mailStatus === 'sent') return `Reminder emailed to ${name}.`;
  if (mailStatus === 'failed') return `The reminder to ${name} could not be sent; see the outbox.`;
  return `No mail server is set up, so the reminder to ${name} is waiting in the outbox for you to forward.`;
}

import type { LastReminder, MailStatus, ReminderKind } from '@ehcp/shared';
import { Reminder } from '../../models/index.ts';

/** A claim still without an outcome after this long was interrupted (its process stopped). */
const SENDING_STALE_MS = 10 * 60_000;

/** A stored reminder as the tracker shows it. */
export function presentLastReminder(
  row: { claimedAt: Date; kind: string; mailStatus?: string | null },
  now = new Date(),
): LastReminder {
  const outcome =
    (row.mailStatus as MailStatus | null | undefined) ??
    (now.getTime() - row.claimedAt.getTime() > SENDING_STALE_MS ? 'interrupted' : 'sending');
  return { at: row.claimedAt.toISOString(), kind: row.kind as ReminderKind, outcome };
}

/** The latest reminder of each participant of a review (or of one participant), by participant id. */
export async function loadLastReminders(
  filter: { reviewId: string } | { participantId: string },
  now = new Date(),
): Promise<Map<string, LastReminder>> {
  const rows = await Reminder.find(filter).sort({ claimedAt: -1, _id: -1 }).lean();
  const latest = new Map<string, LastReminder>();
  for (const row of rows) {
    const id = String(row.participantId);
    if (!latest.has(id)) latest.set(id, presentLastReminder(row, now));
  }
  return latest;
}

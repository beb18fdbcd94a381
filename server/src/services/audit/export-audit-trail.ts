import { AUDIT_ACTION_LABELS, LIMITS } from '@ehcp/shared';
import type { StaffPrincipal } from '../../auth/index.ts';
import { AuditEvent } from '../../models/index.ts';
import { csvRow } from '../csv/index.ts';
import { presentAuditEvent } from './list-audit-events.ts';
import { recordAuditEvent, principalActor } from './record-audit-event.ts';

const HEADER = ['Time (UTC)', 'Event', 'Action', 'Who', 'Kind of actor', 'Concerning', 'Target id', 'Review id', 'Details'];

/** A school's audit events as CSV records, newest first, header first. */
async function* auditCsvLines(schoolId: string): AsyncGenerator<string> {
  // The byte-order mark makes Excel read the file as UTF-8 (names with accents).
  yield `\uFEFF${csvRow(HEADER)}`;
  const cursor = AuditEvent.find({ schoolId }).sort({ _id: -1 }).limit(LIMITS.auditExportMax).lean().cursor();
  for await (const doc of cursor) {
    const event = presentAuditEvent(doc);
    const { reviewId, ...rest } = event.details;
    const details = Object.entries(rest).map(([key, value]) => `${key}=${String(value)}`);
    yield csvRow([
      event.at,
      AUDIT_ACTION_LABELS[event.action] ?? event.action,
      event.action,
      event.actor.name,
      event.actor.kind,
      event.target?.kind,
      event.target?.id,
      typeof reviewId === 'string' ? reviewId : null,
      details.join('; '),
    ]);
  }
}

/**
 * The school's audit trail as a CSV download for its SENDCo (at most LIMITS.auditExportMax
 * events, newest first). The export is itself recorded first, so it appears in the file and a
 * download that cannot be recorded does not happen.
 * @returns the file name and its lines, read from the database as they are sent.
 */
export async function exportAuditTrail(
  staff: StaffPrincipal,
  today: string,
): Promise<{ filename: string; lines: AsyncIterable<string> }> {
  await recordAuditEvent({
    schoolId: staff.schoolId,
    action: 'audit.exported',
    actor: principalActor(staff),
    details: { format: 'csv' },
  });
  return { filename: `audit-trail-${today}.csv`, lines: auditCsvLines(staff.schoolId) };
}

import type { AuditAction, AuditActorKind, AuditEventView, AuditPage, AuditQuery } from '@ehcp/shared';
import { AuditEvent, type AuditEventDoc } from '../../models/index.ts';

/** An audit event as the SENDCo sees it. */
export function presentAuditEvent(doc: AuditEventDoc & { _id: unknown }): AuditEventView {
  return {
    id: String(doc._id),
    at: doc.at.toISOString(),
    action: doc.action as AuditAction,
    actor: { kind: doc.actor.kind as AuditActorKind, id: doc.actor.id ?? null, name: doc.actor.name },
    target: doc.target ? { kind: doc.target.kind, id: doc.target.id } : null,
    details: (doc.details ?? {}) as AuditEventView['details'],
  };
}

/**
 * One page of a school's audit trail, newest first. The cursor is the id of the oldest event
 * already shown: ObjectIds grow with insertion time, so `_id < before` continues the list
 * without skipping or repeating events inserted meanwhile.
 */
export async function listAuditEvents(schoolId: string, query: AuditQuery): Promise<AuditPage> {
  const filter = query.before ? { schoolId, _id: { $lt: query.before } } : { schoolId };
  const docs = await AuditEvent.find(filter)
    .sort({ _id: -1 })
    .limit(query.limit + 1)
    .lean();
  const page = docs.slice(0, query.limit);
  return {
    events: page.map(presentAuditEvent),
    nextBefore: docs.length > query.limit && page.length > 0 ? String(page[page.length - 1]!._id) : null,
  };
}

/** How many times one action happened to one target, and the latest occurrences, newest first. */
export async function listEventsAbout(
  schoolId: string,
  action: AuditAction,
  target: { kind: string; id: string },
  limit: number,
): Promise<{ count: number; latest: AuditEventView[] }> {
  const filter = { schoolId, action, 'target.kind': target.kind, 'target.id': target.id };
  const [count, docs] = await Promise.all([
    AuditEvent.countDocuments(filter),
    AuditEvent.find(filter).sort({ _id: -1 }).limit(limit).lean(),
  ]);
  return { count, latest: docs.map(presentAuditEvent) };
}

import type { AuditAction, AuditActorKind, AuditPage, AuditQuery } from '@ehcp/shared';
import { AuditEvent } from '../../models/index.ts';

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
    events: page.map((doc) => ({
      id: String(doc._id),
      at: doc.at.toISOString(),
      action: doc.action as AuditAction,
      actor: { kind: doc.actor.kind as AuditActorKind, id: doc.actor.id ?? null, name: doc.actor.name },
      target: doc.target ? { kind: doc.target.kind, id: doc.target.id } : null,
      details: (doc.details ?? {}) as Record<string, string | number | boolean | null>,
    })),
    nextBefore: docs.length > query.limit && page.length > 0 ? String(page[page.length - 1]!._id) : null,
  };
}

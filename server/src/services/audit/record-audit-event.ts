import type { AuditAction, AuditActorKind } from '@ehcp/shared';
import { AuditEvent, User } from '../../models/index.ts';

/** Who did something, as the audit trail records it. */
export interface AuditActor {
  kind: AuditActorKind;
  id: string | null;
  name: string;
}

/** A signed-in staff member as the actor of an event (their name as the session has it). */
export function principalActor(staff: { userId: string; name: string }): AuditActor {
  return { kind: 'staff', id: staff.userId, name: staff.name };
}

/** One event to append to the audit trail. */
export interface AuditEntry {
  schoolId: string | null;
  action: AuditAction;
  actor: AuditActor;
  target?: { kind: string; id: string } | null;
  /** Small flat facts only: never tokens, passwords or message bodies. */
  details?: Record<string, string | number | boolean | null>;
  at?: Date;
}

/**
 * Appends a security-relevant event to the audit trail. Awaited by callers, so an event that
 * cannot be stored fails the operation rather than disappearing silently.
 */
export async function recordAuditEvent(entry: AuditEntry): Promise<void> {
  await AuditEvent.create({
    schoolId: entry.schoolId,
    at: entry.at ?? new Date(),
    action: entry.action,
    actor: entry.actor,
    target: entry.target ?? null,
    details: entry.details ?? {},
  });
}

/**
 * How a read through a link is recorded. `recordView` is false when the caller has already
 * recorded this viewer's visit moments ago: repeated views are coalesced into one audit row per
 * viewer per window (decision 37), so a page reloaded in a loop cannot flood the trail.
 */
export interface LinkViewOptions {
  recordView?: boolean;
  now?: Date;
}

/** The audit actor for a staff member known only by id (their current name is looked up). */
export async function staffActor(userId: string): Promise<AuditActor> {
  const user = await User.findById(userId).select('name').lean();
  return { kind: 'staff', id: userId, name: user?.name ?? 'Unknown staff member' };
}

import type { DomainEventBus } from '../../events/index.ts';
import type { Mailer } from '../ports/index.ts';

/** What the staff use cases need. */
export interface StaffDeps {
  events: DomainEventBus;
  mailer: Mailer;
  /** Base of the set-password link (PUBLIC_URL). */
  publicUrl: string;
  /** Key the outbox seals links with (decision 40). */
  outboxSecret: string;
}

/** How long a set-password link works. */
export const PASSWORD_LINK_TTL_MS = 7 * 24 * 60 * 60_000;

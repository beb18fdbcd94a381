import type { Config } from '../../config/index.ts';
import type { DomainEventBus } from '../../events/index.ts';
import type { RateLimits, SignInThrottle } from '../../rate-limits/index.ts';
import type { Mailer, ReportContentPort } from '../../services/index.ts';

/** What the HTTP routes need, injected by createApp. */
export interface RouteDeps {
  config: Readonly<Config>;
  events: DomainEventBus;
  reportContent: ReportContentPort;
  /** Today's date in England; injectable so tests can pin it. */
  today: () => string;
  /** Outgoing mail (SMTP, or outbox only when none is configured). */
  mailer: Mailer;
  /**
   * Base of every link handed out (PUBLIC_URL; outside production without it,
   * http://localhost:<port>). Never built from a request's Host header.
   */
  publicUrl: () => string;
  /** Rate limits over the configured store (decision 37). */
  rateLimits: RateLimits;
  /** Failed sign-in limits built on `rateLimits`. */
  signInThrottle: SignInThrottle;
}

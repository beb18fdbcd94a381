import type { Config } from '../../config/index.ts';
import type { DomainEventBus } from '../../events/index.ts';
import type { ReportContentPort } from '../../services/index.ts';

/** What the HTTP routes need, injected by createApp. */
export interface RouteDeps {
  config: Readonly<Config>;
  events: DomainEventBus;
  reportContent: ReportContentPort;
  /** Today's date in England; injectable so tests can pin it. */
  today: () => string;
}

import type { Mailer } from '../ports/index.ts';

/** What the reminder use cases need besides the database. */
export interface ReminderDeps {
  mailer: Mailer;
  /** Today's date in England (YYYY-MM-DD). */
  today: () => string;
}

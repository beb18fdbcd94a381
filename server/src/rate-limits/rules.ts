/**
 * Every rate limit of the HTTP side in one table: what is counted, how many in which window,
 * and how long a key is refused once over it. Numbers are per key (see each rule's `key`).
 * Reasons are in docs/architecture.md, decision 37.
 */
export interface RateLimitRule {
  /** Stable name; it prefixes every stored key, so renaming a rule starts its counts afresh. */
  name: string;
  /** Events allowed per window. */
  points: number;
  /** Window length in seconds, from the first event counted. */
  durationSeconds: number;
  /** Once over the limit, refused for this long (seconds); 0 = until the window ends. */
  blockSeconds: number;
}

const MINUTE = 60;

export const RATE_LIMIT_RULES = {
  /** Failed sign-ins for one account from one address (or from a browser not known for it). */
  signInPair: { name: 'sign-in-pair', points: 10, durationSeconds: 15 * MINUTE, blockSeconds: 15 * MINUTE },
  /** Failed sign-ins for one account from all browsers not known for it: loose, short block. */
  signInAccount: { name: 'sign-in-account', points: 30, durationSeconds: 15 * MINUTE, blockSeconds: 5 * MINUTE },
  /** Failed sign-ins from one address to any account, from browsers not known for the account. */
  signInAddress: { name: 'sign-in-address', points: 100, durationSeconds: 15 * MINUTE, blockSeconds: 15 * MINUTE },
  /** Failed sign-ins from a browser that signed in to the account before (its own budget). */
  signInKnownDevice: { name: 'sign-in-device', points: 10, durationSeconds: 15 * MINUTE, blockSeconds: 15 * MINUTE },
  /** Requests to participant and LA link routes from one address. */
  publicLinksAddress: { name: 'public-links-address', points: 120, durationSeconds: MINUTE, blockSeconds: MINUTE },
  /** Openings of one LA link, from anywhere. */
  shareLinkViews: { name: 'share-link-views', points: 120, durationSeconds: 60 * MINUTE, blockSeconds: 0 },
  /** Fetches of calendar feeds from one address (calendar services fetch many feeds from few addresses). */
  calendarAddress: { name: 'calendar-address', points: 600, durationSeconds: MINUTE, blockSeconds: MINUTE },
  /** Fetches of one calendar feed, from anywhere (Outlook and Google fetch every few hours). */
  calendarFeed: { name: 'calendar-feed', points: 60, durationSeconds: 60 * MINUTE, blockSeconds: 0 },
  /** PDF and Word copies of reports made for one member of staff (each takes about a second of CPU). */
  reportFiles: { name: 'report-files', points: 30, durationSeconds: MINUTE, blockSeconds: MINUTE },
  /** One audit row per viewer and link per window: later views in the window are counted, not audited. */
  viewAuditWindow: { name: 'view-audit', points: 1, durationSeconds: 10 * MINUTE, blockSeconds: 0 },
  /** Files one person (staff member or link holder) attaches: a day's papers in a sitting, not a flood. */
  attachmentUploads: { name: 'attachment-uploads', points: 30, durationSeconds: 10 * MINUTE, blockSeconds: 0 },
} as const satisfies Record<string, RateLimitRule>;

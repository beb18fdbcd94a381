/** Maximum lengths and counts shared by client forms, server validation and Mongoose. */
export const LIMITS = {
  /** Email addresses (RFC 5321 path limit). */
  emailMax: 254,
  /** Passwords: long passphrases welcome, but bounded so the KDF cannot be abused. */
  passwordMin: 8,
  passwordMax: 256,
  /** People's and schools' names. */
  nameMax: 200,
  /** Free-text reasons given with a recommendation. */
  reasonsMax: 5000,
  /** Days a local-authority link may stay valid. */
  shareLinkMaxDays: 365,
  shareLinkDefaultDays: 30,
  /** Caseload CSV import: largest file accepted, in bytes (a school's caseload is a few hundred rows). */
  caseloadImportMaxBytes: 512 * 1024,
  /** Caseload CSV import: most data rows in one file. */
  caseloadImportMaxRows: 2000,
  /** Local authority names. */
  laNameMax: 120,
  /** Calendar feeds one SENDCo may hold at once. */
  calendarFeedsMax: 5,
  /** Participants one review may have. */
  participantsPerReviewMax: 40,
  /** Days a participant's personal link keeps working after their due date. */
  participantLinkDaysAfterDue: 30,
  /** Audit trail page sizes. */
  auditPageDefault: 50,
  auditPageMax: 200,
  /** Messages the outbox page lists (newest first). */
  outboxListMax: 100,
} as const;

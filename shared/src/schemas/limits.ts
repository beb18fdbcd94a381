/** Maximum lengths and counts shared by client forms, server validation and Mongoose. */
export const LIMITS = {
  /** Email addresses (RFC 5321 path limit). */
  emailMax: 254,
  /** Passwords: long passphrases welcome, but bounded so the KDF cannot be abused. */
  passwordMin: 8,
  passwordMax: 256,
  /** People's and schools' names. */
  nameMax: 200,
  /** Staff accounts assigned to one review. */
  assignedStaffMax: 50,
  /** A phone number given with "I would rather talk to someone". */
  phoneMax: 30,
  /** When suits someone to be phoned, in their words. */
  callNoteMax: 200,
  /** Free-text reasons given with a recommendation. */
  reasonsMax: 5000,
  /** Characters kept of one short answer in the meeting report (longer text is cut when read). */
  reportFieldMax: 5000,
  /** Rows kept of one repeating part of the meeting report (attendees, outcomes, actions). */
  reportRowsMax: 100,
  /**
   * Days a local-authority link may stay valid: long enough for the LA's decision and an
   * amended final plan (12 weeks after the meeting at the latest), not a standing credential.
   */
  shareLinkMaxDays: 90,
  shareLinkDefaultDays: 30,
  /** Latest views listed with each LA link on the review page (the audit trail has them all). */
  shareLinkViewsListed: 10,
  /** Characters of a link viewer's User-Agent header kept in the audit trail. */
  userAgentMax: 256,
  /** Most audit events one CSV export holds (newest first). */
  auditExportMax: 100_000,
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
  /** Caseload page sizes (the list is paged on the server). */
  caseloadPageDefault: 50,
  caseloadPageMax: 100,
  /** A meeting's place (room and building). */
  meetingPlaceMax: 200,
  /** A meeting's video link. */
  videoLinkMax: 500,
  /** Messages the outbox page lists (newest first). */
  outboxListMax: 100,
  /** One attached file (papers or a contribution's photo, drawing or voice note), in bytes: 10 MiB. */
  attachmentMaxBytes: 10 * 1024 * 1024,
  /** One attached image's width × height, checked before it is decoded (a small file can hold a huge image). */
  imageMaxPixels: 50_000_000,
  /** Every attached file of one review together, in bytes: 100 MiB. */
  attachmentsPerReviewMaxBytes: 100 * 1024 * 1024,
  /** Files the SENDCo may attach to one review's papers. */
  paperAttachmentsMax: 20,
  /** Files one participant may attach to their contribution. */
  contributionAttachmentsMax: 5,
  /** Characters of an attached file's name (kept with its extension). */
  attachmentNameMax: 120,
  /** Characters of the description given with an attached file. */
  attachmentDescriptionMax: 300,
  /** People in one school's address book. */
  addressBookMax: 2000,
  /** Entries one address-book search answers (the rest are counted: search to narrow). */
  addressBookListMax: 100,
  /** An organisation's name in the address book. */
  organisationMax: 200,
  /** Characters of an address-book search. */
  searchMax: 100,
} as const;

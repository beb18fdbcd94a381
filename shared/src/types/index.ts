export type { LoginRequest, CurrentUser, StaffRole } from '../schemas/auth.schema.ts';
export type { Recommendation, FinaliseReviewRequest, DocJsonNode } from '../schemas/review.schema.ts';
export type { ReviewOutcome, ReviewDetail, SharedOutcomeView } from '../views/index.ts';
export type { CreatedShareLink } from '../schemas/share-link.schema.ts';
export type { CaseloadRow, CaseloadImportRequest, CaseloadImportResult, ImportRowError } from '../schemas/caseload.schema.ts';
export type {
  NextAction,
  ReviewCycleFacts,
  ReviewCycleStatus,
  ReviewCycleView,
  ReviewStage,
  TimelineEntry,
  UpdateReviewFactsRequest,
  Urgency,
} from '../schemas/review-cycle.schema.ts';
export type { CalendarFeedSummary, CreatedCalendarFeed } from '../schemas/calendar-feed.schema.ts';

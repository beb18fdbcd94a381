export type { LoginRequest, CurrentUser, StaffRole } from '../schemas/auth.schema.ts';
export type {
  Recommendation,
  FinaliseReviewRequest,
  CaseloadRow,
  DocJsonNode,
  ReviewOutcome,
  ReviewDetail,
} from '../schemas/review.schema.ts';
export type { CreatedShareLink, SharedOutcomeView } from '../schemas/share-link.schema.ts';

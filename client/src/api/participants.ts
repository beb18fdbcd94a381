import type {
  AddParticipantRequest,
  AuditPage,
  CallRequest,
  CallRequestInput,
  Language,
  InvitedParticipant,
  NudgeResult,
  OutboxMessage,
  ParticipantSummary,
  ParticipantMeeting,
  ParticipantView,
} from '@ehcp/shared';
import { apiRequest } from './client.ts';

const participantsPath = (reviewId: string) => `/api/reviews/${encodeURIComponent(reviewId)}/participants`;

/** Participants, the outbox, the audit trail, and the public participant link. */
export const participantsApi = {
  list: (reviewId: string) => apiRequest<{ participants: ParticipantSummary[] }>('GET', participantsPath(reviewId)),
  add: (reviewId: string, input: AddParticipantRequest) =>
    apiRequest<InvitedParticipant>('POST', participantsPath(reviewId), input),
  revoke: (reviewId: string, participantId: string) =>
    apiRequest<{ participant: ParticipantSummary }>(
      'POST',
      `${participantsPath(reviewId)}/${encodeURIComponent(participantId)}/revoke`,
    ),
  resend: (reviewId: string, participantId: string) =>
    apiRequest<InvitedParticipant>('POST', `${participantsPath(reviewId)}/${encodeURIComponent(participantId)}/resend`),
  nudge: (reviewId: string, participantId: string) =>
    apiRequest<NudgeResult>('POST', `${participantsPath(reviewId)}/${encodeURIComponent(participantId)}/nudge`),
  outbox: () => apiRequest<{ messages: OutboxMessage[] }>('GET', '/api/outbox'),
  audit: (before?: string) => apiRequest<AuditPage>('GET', `/api/audit${before ? `?before=${encodeURIComponent(before)}` : ''}`),
  submitContribution: (token: string) =>
    apiRequest<{ submission: { submittedAt: string | null } }>('POST', `/api/participant/${encodeURIComponent(token)}/submit`),
  meeting: (token: string) =>
    apiRequest<{ meeting: ParticipantMeeting }>('GET', `/api/participant/${encodeURIComponent(token)}/meeting`),
  participation: (token: string) =>
    apiRequest<{ participation: ParticipantView }>('GET', `/api/participant/${encodeURIComponent(token)}`),
  setLanguage: (token: string, language: Language) =>
    apiRequest<{ language: Language }>('POST', `/api/participant/${encodeURIComponent(token)}/language`, { language }),
  requestCall: (token: string, input: CallRequestInput) =>
    apiRequest<{ callRequest: CallRequest }>('POST', `/api/participant/${encodeURIComponent(token)}/call-request`, input),
};

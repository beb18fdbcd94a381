import { LinkTokenParamsSchema } from '../../schemas/common.schema.ts';
import { SetLanguageRequestSchema, type Language } from '../../schemas/language.schema.ts';
import {
  AddParticipantRequestSchema,
  CallRequestSchema,
  type CallRequest,
  ParticipantParamsSchema,
  type InvitationDefaults,
  type InvitedParticipant,
  type NudgeResult,
  type OutboxMessage,
  type PreviousInvitees,
  type ParticipantSummary,
  type ParticipantView,
} from '../../schemas/participant.schema.ts';
import { ReviewParamsSchema } from '../../schemas/review.schema.ts';
import type { ContributionState, ParticipantMeeting } from '../../views/index.ts';
import { defineRoute, json } from '../contract.ts';

/** A review's participants (for its SENDCo), the outbox, and what a personal link reaches. */
export const participantRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/reviews/:reviewId/participants',
    params: ReviewParamsSchema,
    response: json<{ participants: ParticipantSummary[]; invitation: InvitationDefaults }>(),
  }),
  /** People invited to the pupil's previous review and not yet to this one, to invite again in one go. */
  previous: defineRoute({
    method: 'GET',
    path: '/api/reviews/:reviewId/participants/previous',
    params: ReviewParamsSchema,
    response: json<PreviousInvitees>(),
  }),
  add: defineRoute({
    method: 'POST',
    path: '/api/reviews/:reviewId/participants',
    params: ReviewParamsSchema,
    body: AddParticipantRequestSchema,
    status: 201,
    response: json<InvitedParticipant>(),
  }),
  remove: defineRoute({
    method: 'DELETE',
    path: '/api/reviews/:reviewId/participants/:participantId',
    params: ParticipantParamsSchema,
    status: 204,
    response: json<void>(),
  }),
  revoke: defineRoute({
    method: 'POST',
    path: '/api/reviews/:reviewId/participants/:participantId/revoke',
    params: ParticipantParamsSchema,
    response: json<{ participant: ParticipantSummary }>(),
  }),
  resend: defineRoute({
    method: 'POST',
    path: '/api/reviews/:reviewId/participants/:participantId/resend',
    params: ParticipantParamsSchema,
    response: json<InvitedParticipant>(),
  }),
  nudge: defineRoute({
    method: 'POST',
    path: '/api/reviews/:reviewId/participants/:participantId/nudge',
    params: ParticipantParamsSchema,
    response: json<NudgeResult>(),
  }),
  outbox: defineRoute({ method: 'GET', path: '/api/outbox', response: json<{ messages: OutboxMessage[] }>() }),
  /** Public, by personal link: what the holder is asked for and where their contribution stands. */
  view: defineRoute({
    method: 'GET',
    path: '/api/participant/:token',
    params: LinkTokenParamsSchema,
    response: json<{ participation: ParticipantView }>(),
  }),
  submit: defineRoute({
    method: 'POST',
    path: '/api/participant/:token/submit',
    params: LinkTokenParamsSchema,
    response: json<{ submission: ContributionState }>(),
  }),
  meeting: defineRoute({
    method: 'GET',
    path: '/api/participant/:token/meeting',
    params: LinkTokenParamsSchema,
    response: json<{ meeting: ParticipantMeeting }>(),
  }),
  /** The language the holder reads and writes their page in. */
  language: defineRoute({
    method: 'POST',
    path: '/api/participant/:token/language',
    params: LinkTokenParamsSchema,
    body: SetLanguageRequestSchema,
    response: json<{ language: Language }>(),
  }),
  /** "I would rather talk to someone": the holder asks to be phoned instead of writing. */
  callRequest: defineRoute({
    method: 'POST',
    path: '/api/participant/:token/call-request',
    params: LinkTokenParamsSchema,
    body: CallRequestSchema,
    response: json<{ callRequest: CallRequest }>(),
  }),
};

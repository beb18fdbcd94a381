import type { CallRequest, CallRequestInput, Language } from '@ehcp/shared';
import type { ParticipantPrincipal } from '../../auth/index.ts';
import { Participant } from '../../models/index.ts';
import { presentCallRequest } from './invitation-context.ts';
import { recordParticipantView } from './record-participant-event.ts';

/** A participant chooses the language of their own page (and of what they write from now on). */
export async function setParticipantLanguage(principal: ParticipantPrincipal, language: Language): Promise<Language> {
  await Participant.updateOne({ _id: principal.participantId }, { $set: { language } });
  return language;
}

/**
 * "I would rather talk to someone": the participant asks to be phoned instead of writing. Asking
 * again replaces the number and time (the latest is what the SENDCo sees on the tracker).
 */
export async function requestCall(
  principal: ParticipantPrincipal,
  input: CallRequestInput,
  now = new Date(),
): Promise<CallRequest> {
  const callRequest = { at: now, phone: input.phone, bestTime: input.bestTime || null };
  await Participant.updateOne({ _id: principal.participantId }, { $set: { callRequest } });
  await recordParticipantView(principal, 'participant.call_requested', {}, { now });
  return presentCallRequest(callRequest)!;
}

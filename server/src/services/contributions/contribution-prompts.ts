import { CONTRIBUTION_PROMPT_KEYS, type Language, type ParticipantRole } from '@ehcp/shared';
import { Participant } from '../../models/index.ts';
import { translatorFor } from '../mail/index.ts';

/** The headings a draft starts with for a role, in a language ("What is going well", "Co idzie dobrze"). */
export function contributionPromptsIn(role: ParticipantRole, language: Language): string[] {
  const t = translatorFor(language);
  return CONTRIBUTION_PROMPT_KEYS[role].map((key) => t(key));
}

/**
 * The headings a participant's new draft starts with: their role's prompts in the language they
 * read at that moment (the draft is seeded once; later changes of language leave it as it is).
 * None for an unknown participant.
 */
export async function getContributionPrompts(participantId: string): Promise<string[]> {
  const participant = await Participant.findById(participantId).select('role language').lean();
  if (!participant) return [];
  return contributionPromptsIn(participant.role as ParticipantRole, (participant.language ?? 'en') as Language);
}

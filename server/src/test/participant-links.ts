import type { Language, ParticipantRole } from '@ehcp/shared';
import type { TestClient } from './http-client.ts';

/** The token at the end of a personal or LA link URL. */
export const tokenOf = (url: string): string => new URL(url).pathname.split('/').pop()!;

/** Someone invited through the real route, with their personal link. */
export interface Invitation {
  id: string;
  token: string;
  link: string;
}

/**
 * Invites a participant as the SENDCo through `POST /api/reviews/:id/participants`.
 * @throws when the invitation is not created (201), with the response for the test's output.
 */
export async function inviteParticipant(
  sendco: TestClient,
  reviewId: string,
  person: { name: string; email: string; role: ParticipantRole; dueDate?: string; language?: Language },
): Promise<Invitation> {
  const result = await sendco.post(`/api/reviews/${reviewId}/participants`, person);
  if (result.status !== 201) throw new Error(`invitation refused: ${result.status} ${JSON.stringify(result.body)}`);
  const link = result.body.link as string;
  return { id: result.body.participant.id as string, token: tokenOf(link), link };
}

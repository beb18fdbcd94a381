import { participantRoutes, type AddParticipantRequest, type InvitedParticipant } from '@ehcp/shared';
import { ApiError, callApi } from '../../api/index.ts';

/** Someone to invite in a batch: who they are, as "invite last year's people" and the address book offer them. */
export type Invitee = Pick<AddParticipantRequest, 'name' | 'email' | 'role' | 'language'>;

/** What happened to one person of a batch: invited (with the email's fate and any lateness), or why not. */
export type InviteResult =
  { person: Invitee; ok: true; invited: InvitedParticipant } | { person: Invitee; ok: false; reason: string };

/** One invitation: the ordinary `POST …/participants`. */
export type InviteOne = (body: AddParticipantRequest) => Promise<InvitedParticipant>;

/** Invites through the API, for one review. */
export const inviteThroughApi =
  (reviewId: string): InviteOne =>
  (body) =>
    callApi(participantRoutes.add, { params: { reviewId }, body });

/** Why one invitation was refused, in the server's words where it gave them (each field's problem, else its message). */
function reasonOf(caught: unknown): string {
  if (!(caught instanceof ApiError)) return 'could not be invited.';
  const details = caught.details.map((detail) => detail.message);
  return details.length > 0 ? details.join(' ') : caught.message;
}

/**
 * Invites each person in turn through the ordinary one-person invitation (decision 61: a list and
 * a loop, not a batch endpoint), so each gets the same checks, email, link, audit and due-date
 * rules, and one refusal does not stop the others. Answers one result per person, in order.
 */
export async function inviteEach(
  people: readonly Invitee[],
  dueDate: string | undefined,
  invite: InviteOne,
): Promise<InviteResult[]> {
  const results: InviteResult[] = [];
  for (const person of people) {
    try {
      // Only the invitation's own fields: the lists offering people carry more (labels, ids).
      const { name, email, role, language } = person;
      const body: AddParticipantRequest = {
        name,
        email,
        role,
        ...(language ? { language } : {}),
        ...(dueDate ? { dueDate } : {}),
      };
      results.push({ person, ok: true, invited: await invite(body) });
    } catch (caught) {
      results.push({ person, ok: false, reason: reasonOf(caught) });
    }
  }
  return results;
}

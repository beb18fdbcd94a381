import type { ParticipantPapersView } from '@ehcp/shared';
import type { ParticipantPrincipal } from '../../auth/index.ts';
import { AppError } from '../../errors/index.ts';
import { Circulation } from '../../models/index.ts';
import { listPapersAttachments } from '../attachments/index.ts';
import type { LinkViewOptions } from '../audit/index.ts';
import { loadInvitationContext, recordParticipantView } from '../participants/index.ts';
import { packContributions } from './present-circulation.ts';

/**
 * The latest circulated pack of the participant's own review, read-only. Views are recorded in
 * the audit trail like every other view through a link (one row per visit, see LinkViewOptions).
 * @throws AppError papers_not_circulated (404) before the first circulation.
 */
export async function getParticipantPapers(
  principal: ParticipantPrincipal,
  asOf: string,
  options: LinkViewOptions = {},
): Promise<ParticipantPapersView> {
  const latest = await Circulation.findOne({ reviewId: principal.reviewId, schoolId: principal.schoolId })
    .sort({ version: -1 })
    .lean();
  if (!latest) throw new AppError('papers_not_circulated', 404, 'The papers for the meeting have not been circulated yet.');
  const [context, contributions, attachments] = await Promise.all([
    loadInvitationContext(principal.reviewId, asOf),
    packContributions(latest),
    listPapersAttachments(principal.reviewId),
  ]);
  await recordParticipantView(principal, 'papers.viewed', { version: latest.version }, options);
  return {
    childFirstName: context.childFirstName,
    schoolName: context.schoolName,
    meetingDate: context.meetingDate,
    version: latest.version,
    circulatedOn: latest.circulatedOn,
    contributions,
    attachments,
  };
}

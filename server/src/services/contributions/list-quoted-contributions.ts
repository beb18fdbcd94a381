import type { DocJsonNode, ParticipantRole, QuotedContribution } from '@ehcp/shared';
import { Contribution, Participant } from '../../models/index.ts';

/**
 * The review's submitted contributions, oldest first, each attributed to its author and role.
 * Contributions of participants since removed from the review are left out.
 */
export async function listQuotedContributions(reviewId: string): Promise<QuotedContribution[]> {
  const submitted = await Contribution.find({ reviewId, submittedAt: { $ne: null }, contentJson: { $ne: null } })
    .sort({ submittedAt: 1 })
    .lean();
  const authors = await Participant.find({ _id: { $in: submitted.map((c) => c.participantId) } }).lean();
  const byId = new Map(authors.map((author) => [String(author._id), author]));
  return submitted.flatMap((contribution) => {
    const author = byId.get(String(contribution.participantId));
    if (!author || !contribution.submittedAt || !contribution.contentJson) return [];
    return [
      {
        author: author.name,
        role: author.role as ParticipantRole,
        submittedAt: contribution.submittedAt.toISOString(),
        content: JSON.parse(contribution.contentJson) as DocJsonNode,
      },
    ];
  });
}

import type { CirculationPreview, ContributionAttribution, MissingContribution } from '@ehcp/shared';
import { Circulation, Contribution, Review, type CirculationDoc } from '../../models/index.ts';
import { longDate } from '../mail/index.ts';
import { listParticipants, loadInvitationContext, type InvitationContext } from '../participants/index.ts';
import type { ReviewFacts } from '../reviews/index.ts';
import { circulationWarnings } from './circulation-warnings.ts';

/** A stored circulation with its id. */
export type StoredCirculation = CirculationDoc & { _id: unknown };

/** What circulation needs to know about a review on a given day. */
export interface CirculationContext extends InvitationContext {
  asOf: string;
  /** The date on the review's timeline, if one is recorded. */
  papersCirculatedDate: string | null;
  /** Every circulation of the review, newest first. */
  circulations: StoredCirculation[];
}

/** A contribution that circulating now would include, with the id of its snapshot. */
export type IncludedContribution = ContributionAttribution & { contributionId: string };

/** The preview, plus the snapshot ids a new pack would reference. */
export interface CirculationPlan extends CirculationPreview {
  included: IncludedContribution[];
}

/** Loads the meeting, statutory date, recorded date and earlier circulations of a review. */
export async function loadCirculationContext(review: ReviewFacts, asOf: string): Promise<CirculationContext> {
  const [context, stored, circulations] = await Promise.all([
    loadInvitationContext(review.id, asOf),
    Review.findById(review.id).select('papersCirculatedDate').lean(),
    Circulation.find({ reviewId: review.id }).sort({ version: -1 }).lean(),
  ]);
  return { ...context, asOf, papersCirculatedDate: stored?.papersCirculatedDate ?? null, circulations };
}

const sameContributions = (latest: StoredCirculation, included: IncludedContribution[]) =>
  latest.contributions.length === included.length &&
  latest.contributions.every((entry) => included.some((item) => item.contributionId === String(entry.contributionId)));

function blockedReason(review: ReviewFacts, context: CirculationContext, included: IncludedContribution[]): string | null {
  if (review.status === 'finalised') return 'This review has been finalised.';
  if (included.length === 0) return 'No contributions have been submitted yet, so there is nothing to circulate.';
  const latest = context.circulations[0];
  if (latest && sameContributions(latest, included))
    return `Nothing new has been submitted since the papers were circulated on ${longDate(latest.circulatedOn)}.`;
  return null;
}

/**
 * What circulating today would do: every submitted contribution of the review's current
 * participants (a removed participant's is left out), who is still missing, the warnings, and
 * why circulating is refused (finalised, nothing submitted, nothing new since the last pack).
 */
export async function planCirculation(
  review: ReviewFacts,
  context: CirculationContext,
  now = new Date(),
): Promise<CirculationPlan> {
  const [participants, submitted] = await Promise.all([
    listParticipants(review.id, context.asOf, now).then((listed) => listed.participants),
    Contribution.find({ reviewId: review.id, submittedAt: { $ne: null } })
      .select('participantId submittedAt')
      .lean(),
  ]);
  const byParticipant = new Map(submitted.map((contribution) => [String(contribution.participantId), contribution]));
  const included: IncludedContribution[] = [];
  const missing: MissingContribution[] = [];
  for (const participant of participants) {
    const contribution = byParticipant.get(participant.id);
    const person = { participantId: participant.id, role: participant.role, roleLabel: participant.roleLabel };
    if (contribution?.submittedAt) {
      included.push({
        ...person,
        contributionId: String(contribution._id),
        authorName: participant.name,
        submittedAt: contribution.submittedAt.toISOString(),
      });
    } else {
      missing.push({ ...person, name: participant.name, status: participant.status });
    }
  }
  return {
    included,
    missing,
    warnings: circulationWarnings({ on: context.asOf, ...context }, missing),
    blockedReason: blockedReason(review, context, included),
  };
}

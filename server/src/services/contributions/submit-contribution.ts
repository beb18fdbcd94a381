import { CONTRIBUTION_FRAGMENT, contributionDocName } from '@ehcp/shared';
import { conflict } from '../../errors/index.ts';
import type { DomainEventBus } from '../../events/index.ts';
import { Contribution } from '../../models/index.ts';
import type { ReportContentPort } from '../reviews/index.ts';

export interface SubmitContributionDeps {
  reportContent: ReportContentPort;
  events: DomainEventBus;
}

/** Who is submitting: a participant of one review, from their personal link. */
export interface ContributorFacts {
  participantId: string;
  reviewId: string;
  schoolId: string;
}

/**
 * Submits a participant's contribution: freezes their draft document, then stores its snapshot
 * once. A second submission fails with contribution_submitted (the unique participantId index
 * and the `submittedAt: null` filter make the upsert refuse to overwrite).
 */
export async function submitContribution(
  deps: SubmitContributionDeps,
  contributor: ContributorFacts,
  now = new Date(),
): Promise<void> {
  const docName = contributionDocName(contributor.reviewId, contributor.participantId);
  const content = await deps.reportContent.freeze(docName, CONTRIBUTION_FRAGMENT);
  try {
    await Contribution.updateOne(
      { participantId: contributor.participantId, submittedAt: null },
      {
        $set: { submittedAt: now, contentJson: JSON.stringify(content) },
        $setOnInsert: { reviewId: contributor.reviewId, schoolId: contributor.schoolId, draftStartedAt: now },
      },
      { upsert: true },
    );
  } catch (error) {
    deps.reportContent.unfreeze(docName);
    if ((error as { code?: number }).code === 11000)
      throw conflict('contribution_submitted', 'This contribution has already been sent.');
    throw error;
  }
  deps.events.emit('contribution.submitted', { ...contributor });
}

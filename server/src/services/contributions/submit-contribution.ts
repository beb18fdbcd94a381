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

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

/**
 * Stores the submission once. The upsert may race with the insert recordDraftActivity makes on
 * the first edit (both hit the unique participantId index); then the row exists and a plain
 * conditional update decides: it matches only while `submittedAt` is still null.
 */
async function storeSubmission(contributor: ContributorFacts, contentJson: string, now: Date): Promise<void> {
  const filter = { participantId: contributor.participantId, submittedAt: null };
  const update = { $set: { submittedAt: now, contentJson } };
  try {
    await Contribution.updateOne(
      filter,
      {
        ...update,
        $setOnInsert: { reviewId: contributor.reviewId, schoolId: contributor.schoolId, draftStartedAt: now },
      },
      { upsert: true },
    );
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const retried = await Contribution.updateOne(filter, update);
    if (retried.matchedCount === 0) throw conflict('contribution_submitted', 'This contribution has already been sent.');
  }
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
    await storeSubmission(contributor, JSON.stringify(content), now);
  } catch (error) {
    deps.reportContent.unfreeze(docName);
    throw error;
  }
  deps.events.emit('contribution.submitted', { ...contributor });
}

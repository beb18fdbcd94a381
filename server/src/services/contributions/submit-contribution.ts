import { CONTRIBUTION_FRAGMENT, contributionDocName, type Language } from '@ehcp/shared';
import { conflict } from '../../errors/index.ts';
import type { DomainEventBus } from '../../events/index.ts';
import { Contribution } from '../../models/index.ts';
import { isContributionSubmitted } from './get-contribution-state.ts';
import type { ReportContentPort } from '../ports/index.ts';

export interface SubmitContributionDeps {
  reportContent: ReportContentPort;
  events: DomainEventBus;
}

/** Who is submitting: a participant of one review, from their personal link. */
export interface ContributorFacts {
  participantId: string;
  reviewId: string;
  schoolId: string;
  /** Whether the review is finalised (its meeting is over: contributions can no longer be sent). */
  isReviewFinalised: boolean;
  /** The language they wrote in (their page's language as they send it); stored with the contribution. */
  language?: Language;
}

const alreadySubmitted = () => conflict('contribution_submitted', 'This contribution has already been sent.');
const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

/**
 * Stores the submission once. The upsert may race with the insert recordDraftActivity makes on
 * the first edit (both hit the unique participantId index); then the row exists and a plain
 * conditional update decides: it matches only while `submittedAt` is still null.
 */
async function storeSubmission(contributor: ContributorFacts, contentJson: string, now: Date): Promise<void> {
  const filter = { participantId: contributor.participantId, submittedAt: null };
  const update = { $set: { submittedAt: now, contentJson, language: contributor.language ?? 'en' } };
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
    if (retried.matchedCount === 0) throw alreadySubmitted();
  }
}

/**
 * Submits a participant's contribution: freezes their draft document for this request, then
 * stores its snapshot once, then commits the freeze. A second submission fails with
 * contribution_submitted (the unique participantId index and the `submittedAt: null` filter make
 * the upsert refuse to overwrite); so does a submission once the review is finalised, when the
 * papers and the meeting are over.
 * @throws AppError contribution_submitted; review_finalised; document_busy.
 */
export async function submitContribution(
  deps: SubmitContributionDeps,
  contributor: ContributorFacts,
  now = new Date(),
): Promise<void> {
  if (contributor.isReviewFinalised)
    throw conflict('review_finalised', 'This review has been finalised, so contributions can no longer be sent.');
  if (await isContributionSubmitted(contributor.participantId)) throw alreadySubmitted();
  const docName = contributionDocName(contributor.reviewId, contributor.participantId);
  const frozen = await deps.reportContent.freezeFragment(docName, CONTRIBUTION_FRAGMENT);
  try {
    await storeSubmission(contributor, JSON.stringify(frozen.content), now);
  } catch (error) {
    await frozen.release();
    throw error;
  }
  try {
    await frozen.commit();
  } finally {
    const { participantId, reviewId, schoolId } = contributor;
    deps.events.emit('contribution.submitted', { participantId, reviewId, schoolId });
  }
}

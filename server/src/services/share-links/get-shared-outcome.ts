import { reportDocName, type SharedOutcomeView } from '@ehcp/shared';
import type { ShareLinkPrincipal } from '../../auth/index.ts';
import { AppError } from '../../errors/index.ts';
import { Pupil, School } from '../../models/index.ts';
import { listSharedAttachments } from '../attachments/index.ts';
import { getReviewOutcome, loadReviewFacts, postMeetingDates } from '../reviews/index.ts';
import { pupilTimeline } from '../review-cycle/index.ts';
import type { LinkViewOptions } from '../audit/index.ts';
import { recordShareLinkView, type LinkViewer } from './record-share-link-view.ts';

/**
 * 410 for every link that does not work: unknown, malformed, expired, withdrawn, or to a review
 * without an outcome. One answer for all, so the page cannot be used to learn which links exist.
 */
const unavailable = () =>
  new AppError(
    'share_link_unavailable',
    410,
    'This link is no longer available. Links stop working when they expire or when the school withdraws them. Ask the school that sent it for a new link.',
  );

/**
 * What the local authority sees behind a valid link: the finalised outcome and report. Every
 * view is counted, and visits are recorded in the audit trail (time, browser, keyed hash of the
 * address; see recordShareLinkView).
 * @throws AppError share_link_unavailable when the review has no outcome (never shows drafts).
 */
export async function getSharedOutcome(
  link: Pick<ShareLinkPrincipal, 'linkId' | 'reviewId' | 'schoolId'>,
  asOf: string,
  viewer: LinkViewer,
  addressSecret: string,
  options: LinkViewOptions = {},
): Promise<SharedOutcomeView> {
  const review = await loadReviewFacts(link.reviewId);
  const [outcome, pupil, school] = await Promise.all([
    getReviewOutcome(review.id),
    Pupil.findById(review.pupilId).lean(),
    School.findById(review.schoolId).lean(),
  ]);
  if (!outcome || !pupil || !school) throw unavailable();
  await recordShareLinkView(link, viewer, addressSecret, options);
  const timeline = pupilTimeline(pupil, asOf);
  return {
    pupilName: pupil.name,
    pupil: { dateOfBirth: pupil.dateOfBirth, upn: pupil.upn ?? null, la: pupil.la ?? null },
    schoolName: school.name,
    reviewDueBy: timeline.reviewDueBy,
    outcome,
    reportDocName: reportDocName(review.id),
    statutoryDates: await postMeetingDates(review, asOf),
    attachments: await listSharedAttachments(review.id),
  };
}

export { unavailable as shareLinkUnavailable };

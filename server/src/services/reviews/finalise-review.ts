import { createHash } from 'node:crypto';
import { parseMeetingReport, renderReportHtml, reportDocName, type MeetingReport } from '@ehcp/shared';
import { AppError, conflict } from '../../errors/index.ts';
import type { DomainEventBus } from '../../events/index.ts';
import { Outcome, Review } from '../../models/index.ts';
import { recordAuditEvent, staffActor } from '../audit/index.ts';
import { refreshCaseloadEntries } from '../caseload/index.ts';
import { listQuotedContributions } from '../contributions/index.ts';
import type { ReviewFacts } from './load-review.ts';
import type { ReportContentPort } from '../ports/index.ts';
import { loadReportSetting, missingItemsOf } from './report-readiness.ts';

export interface FinaliseReviewDeps {
  reportContent: ReportContentPort;
  events: DomainEventBus;
}

const incomplete = (missing: { field: string; message: string }[]) =>
  new AppError(
    'report_incomplete',
    422,
    `The report is not complete yet: ${missing.length} ${missing.length === 1 ? 'item is' : 'items are'} missing.`,
    { details: missing.map((item) => ({ path: item.field, message: item.message })) },
  );

/**
 * Finalises a review. The completeness check first runs on the live report without freezing it,
 * so a refusal (422, listing exactly what is missing) never pauses anyone's typing. Only a
 * complete report is frozen, for this request alone: every accepted edit is made durable and
 * the report is checked again on exactly that content (someone may have cleared a field in
 * between). The immutable outcome is then stored (structured report, the document itself, quoted
 * contributions, rendered HTML and its SHA-256, post-meeting dates) and the freeze committed.
 * From the moment the outcome exists the review is finalised, so whatever fails afterwards,
 * everyone's editing connections are still closed (they come back read-only). No multi-document
 * transaction is needed: the outcome's unique reviewId index makes a racing second finalisation
 * fail, and the review's status flips with a conditional update only after the outcome exists.
 * @throws AppError report_incomplete (422, details list the missing items); review_finalised;
 *   document_busy when another finalisation holds the report.
 */
export async function finaliseReview(
  deps: FinaliseReviewDeps,
  review: ReviewFacts,
  actorId: string,
  asOf: string,
  now = new Date(),
): Promise<void> {
  const docName = reportDocName(review.id);
  const setting = await loadReportSetting(review, asOf);
  const draftMissing = missingItemsOf(await deps.reportContent.readReport(docName), setting);
  if (draftMissing.length > 0) throw incomplete(draftMissing);

  const frozen = await deps.reportContent.freezeReport(docName);
  let report: MeetingReport;
  try {
    const raw = frozen.content;
    const missing = missingItemsOf(raw, setting);
    if (missing.length > 0) throw incomplete(missing);
    report = parseMeetingReport(raw);
    const contributions = await listQuotedContributions(review.id);
    const html = renderReportHtml({ pupilName: setting.pupilName, meetingDate: setting.meetingDate, report, contributions });
    await Outcome.create({
      reviewId: review.id,
      schoolId: review.schoolId,
      // Never null here: the completeness check requires a recommendation.
      recommendation: report.recommendation ?? undefined,
      reasons: report.reasons,
      reportJson: JSON.stringify(report),
      documentJson: JSON.stringify(raw),
      contributionsJson: JSON.stringify(contributions),
      html,
      htmlSha256: createHash('sha256').update(html, 'utf8').digest('hex'),
      dates: {
        meetingDate: setting.meetingDate,
        reportDueBy: setting.timeline.reportDueBy ?? null,
        decisionDueBy: setting.timeline.decisionDueBy ?? null,
      },
      finalisedBy: actorId,
      finalisedAt: now,
    });
  } catch (error) {
    await frozen.release();
    if ((error as { code?: number }).code === 11000)
      throw conflict('review_finalised', 'This review has already been finalised.');
    throw error;
  }
  try {
    await frozen.commit();
    // From here the review is finalised even if this update never lands: loadReviewFacts treats
    // an existing outcome as authoritative. The completeness check guarantees the meeting date
    // is recorded and not in the future.
    await Review.updateOne(
      { _id: review.id, status: 'open' },
      { $set: { status: 'finalised', finalisedAt: now, meetingHeld: true } },
    );
    await refreshCaseloadEntries(review.schoolId, [review.pupilId], asOf);
    await recordAuditEvent({
      schoolId: review.schoolId,
      action: 'review.finalised',
      actor: await staffActor(actorId),
      target: { kind: 'review', id: review.id },
      details: { recommendation: report.recommendation },
      at: now,
    });
  } finally {
    deps.events.emit('review.finalised', { reviewId: review.id, schoolId: review.schoolId });
  }
}

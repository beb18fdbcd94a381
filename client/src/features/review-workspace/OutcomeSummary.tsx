import { optionLabel, RECOMMENDATION_OPTIONS, type ReviewOutcome } from '@ehcp/shared';
import { formatDate, formatDateTime } from '../../lib/dates.ts';

/** The structured outcome of a finalised review. */
export function OutcomeSummary({ outcome }: { outcome: ReviewOutcome }) {
  return (
    <section className="panel outcome" aria-labelledby="outcome-title" data-testid="outcome-summary">
      <h2 id="outcome-title">Outcome</h2>
      <dl>
        <dt>Recommendation</dt>
        <dd data-testid="outcome-recommendation">{optionLabel(RECOMMENDATION_OPTIONS, outcome.recommendation)}</dd>
        <dt>Reasons</dt>
        <dd className="pre-wrap">{outcome.reasons}</dd>
        <dt>Finalised</dt>
        <dd>
          {formatDateTime(outcome.finalisedAt)} by {outcome.finalisedBy}
        </dd>
        {outcome.dates.meetingDate && (
          <>
            <dt>Meeting held</dt>
            <dd>{formatDate(outcome.dates.meetingDate)}</dd>
          </>
        )}
        {outcome.dates.reportDueBy && (
          <>
            <dt>Report to the LA due by</dt>
            <dd data-testid="outcome-report-due">{formatDate(outcome.dates.reportDueBy)}</dd>
          </>
        )}
        {outcome.dates.decisionDueBy && (
          <>
            <dt>LA decision due by</dt>
            <dd data-testid="outcome-decision-due">{formatDate(outcome.dates.decisionDueBy)}</dd>
          </>
        )}
        {outcome.dates.reportDueBy && outcome.dates.decisionDueBy && outcome.dates.decisionDueBy < outcome.dates.reportDueBy && (
          <dd className="muted small" data-testid="decision-before-report">
            The LA’s decision is due before the report because the review must be finished, decision included, within 12 months of
            the last review (SEND Code of Practice 9.169): that date comes before the usual four weeks after the meeting. Send the
            report as soon as you can.
          </dd>
        )}
        {outcome.htmlSha256 && (
          <>
            <dt>Record fingerprint (SHA-256)</dt>
            <dd className="fingerprint" title="Identifies the exact finalised text">
              <code>{outcome.htmlSha256}</code>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

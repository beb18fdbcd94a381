import type { ReviewOutcome } from '@ehcp/shared';
import { formatDateTime } from '../../lib/dates.ts';

const RECOMMENDATION_LABELS = { maintain: 'Maintain the plan', amend: 'Amend the plan', cease: 'Cease the plan' } as const;

/** The structured outcome of a finalised review. */
export function OutcomeSummary({ outcome }: { outcome: ReviewOutcome }) {
  return (
    <section className="panel outcome" aria-labelledby="outcome-title" data-testid="outcome-summary">
      <h2 id="outcome-title">Outcome</h2>
      <dl>
        <dt>Recommendation</dt>
        <dd data-testid="outcome-recommendation">{RECOMMENDATION_LABELS[outcome.recommendation]}</dd>
        <dt>Reasons</dt>
        <dd className="pre-wrap">{outcome.reasons}</dd>
        <dt>Finalised</dt>
        <dd>
          {formatDateTime(outcome.finalisedAt)} by {outcome.finalisedBy}
        </dd>
      </dl>
    </section>
  );
}

import { useState } from 'react';
import { reviewRoutes, type MissingItem, type ReviewDetail } from '@ehcp/shared';
import { ApiError, callApi } from '../../api/index.ts';

/**
 * The finalise action for the SENDCo. The recommendation and everything else come from the
 * co-edited report; this panel checks it is complete, lists exactly what is missing if not, and
 * finalises, which locks the report for everyone.
 */
export function FinalisePanel({ review, onFinalised }: { review: ReviewDetail; onFinalised: (review: ReviewDetail) => void }) {
  const [missing, setMissing] = useState<MissingItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setIsBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'report_incomplete')
        setMissing(caught.details.map((item) => ({ field: item.path, message: item.message })));
      else setError(caught instanceof ApiError ? caught.message : 'Could not reach the server. Please try again.');
    } finally {
      setIsBusy(false);
    }
  };
  const check = () =>
    run(async () => setMissing((await callApi(reviewRoutes.readiness, { params: { reviewId: review.id } })).missing));
  const finalise = () =>
    run(async () => onFinalised((await callApi(reviewRoutes.finalise, { params: { reviewId: review.id }, body: {} })).review));

  return (
    <section className="panel" aria-labelledby="finalise-title">
      <h2 id="finalise-title">Finalise the review</h2>
      <p className="muted">
        Finalising locks the report for everyone and stores the outcome. The recommendation is taken from the report.
      </p>
      <div aria-live="polite" data-testid="finalise-checklist">
        {missing && missing.length === 0 && <p className="ok">Everything required is in the report.</p>}
        {missing && missing.length > 0 && (
          <div role="alert" className="missing-items">
            <p>
              <strong>
                Not ready to finalise: {missing.length} {missing.length === 1 ? 'item is' : 'items are'} missing.
              </strong>
            </p>
            <ul data-testid="missing-items">
              {missing.map((item) => (
                <li key={item.field}>{item.message}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="secondary" onClick={check} disabled={isBusy}>
          Check what is missing
        </button>
        <button type="button" onClick={finalise} disabled={isBusy}>
          {isBusy ? 'Working…' : 'Finalise review'}
        </button>
      </div>
    </section>
  );
}

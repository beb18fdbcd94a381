import { useState } from 'react';
import { reviewRoutes, type MissingItem, type ReviewDetail } from '@ehcp/shared';
import { ApiError, callApi, useApiQuery } from '../../api/index.ts';
import { useFocusOnChange } from '../../hooks/useFocusOnChange.ts';
import { formatDate } from '../../lib/dates.ts';
import { focusReportField } from '../meeting-report/index.ts';

/**
 * The finalise action for the SENDCo. The recommendation and everything else come from the
 * co-edited report; this panel checks it is complete, lists exactly what is missing if not, and
 * finalises, which locks the report for everyone.
 */
export function FinalisePanel({ review, onFinalised }: { review: ReviewDetail; onFinalised: (review: ReviewDetail) => void }) {
  const [missing, setMissing] = useState<MissingItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  // After "Check what is missing", focus the answer (each check is a new answer, so it is announced again).
  const [checks, setChecks] = useState(0);
  const resultRef = useFocusOnChange<HTMLDivElement>(checks > 0 ? checks : null);
  const [isConfirming, setIsConfirming] = useState(false);
  const cycle = useApiQuery(reviewRoutes.cycle, { params: { reviewId: review.id } }).data?.cycle;
  const dateOf = (field: string) => cycle?.entries.find((entry) => entry.field === field)?.date ?? null;

  const run = async (action: () => Promise<void>) => {
    setIsBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'report_incomplete') {
        setMissing(caught.details.map((item) => ({ field: item.path, message: item.message })));
        setChecks((n) => n + 1);
      } else setError(caught instanceof ApiError ? caught.message : 'Could not reach the server. Please try again.');
    } finally {
      setIsBusy(false);
    }
  };
  const check = () =>
    run(async () => {
      setMissing((await callApi(reviewRoutes.readiness, { params: { reviewId: review.id } })).missing);
      setChecks((n) => n + 1);
    });
  // Finalising asks first: check the report, then list what will be locked, then finalise.
  const askToFinalise = () =>
    run(async () => {
      const { missing: stillMissing } = await callApi(reviewRoutes.readiness, { params: { reviewId: review.id } });
      setMissing(stillMissing);
      setChecks((n) => n + 1);
      setIsConfirming(stillMissing.length === 0);
    });
  const finalise = () =>
    run(async () => {
      setIsConfirming(false);
      onFinalised((await callApi(reviewRoutes.finalise, { params: { reviewId: review.id }, body: {} })).review);
    });
  const reportDue = dateOf('reportDueBy');
  const decisionDue = dateOf('decisionDueBy');

  return (
    <section className="panel" aria-labelledby="finalise-title">
      <h2 id="finalise-title">Finalise the review</h2>
      <p className="muted">
        Finalising locks the report for everyone and stores the outcome. The recommendation is taken from the report.
      </p>
      <div aria-live="polite" data-testid="finalise-checklist" ref={resultRef} tabIndex={-1}>
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
                <li key={item.field}>
                  <a
                    href={`#${item.field}`}
                    onClick={(event) => {
                      if (focusReportField(item.field)) event.preventDefault();
                    }}
                  >
                    {item.message}
                  </a>
                </li>
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
      {isConfirming ? (
        <div className="confirm" role="alertdialog" aria-labelledby="finalise-confirm-title" data-testid="finalise-confirm">
          <p id="finalise-confirm-title">
            <strong>Finalise now? This cannot be undone.</strong>
          </p>
          <p>For everyone in the meeting (parents, the young person, professionals and staff) this locks:</p>
          <ul data-testid="finalise-locks">
            <li>
              the whole meeting report: attendees, the young person’s and parents’ views, outcomes with ratings and evidence,
              proposed changes and disagreements, provision, the personal budget answer
              {review.reportParts.isYear9Plus ? ', preparing for adulthood' : ''}
              {review.reportParts.isPhaseTransfer ? ', the next setting' : ''}, actions and notes;
            </li>
            <li>the recommendation and its reasons, exactly as written now;</li>
            <li>the contributions received, quoted as they were sent.</li>
          </ul>
          <p>
            It stores the outcome with a fingerprint of the record
            {reportDue ? `, and the report to the LA is then due by ${formatDate(reportDue)}` : ''}
            {decisionDue ? `; the LA’s decision by ${formatDate(decisionDue)}` : ''}.
          </p>
          <div className="button-row">
            <button type="button" onClick={finalise} disabled={isBusy}>
              Yes, finalise and lock the report
            </button>
            <button type="button" className="secondary" onClick={() => setIsConfirming(false)}>
              Not yet
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="secondary" onClick={check} disabled={isBusy}>
            Check what is missing
          </button>
          <button type="button" onClick={askToFinalise} disabled={isBusy}>
            {isBusy ? 'Working…' : 'Finalise review'}
          </button>
        </div>
      )}
    </section>
  );
}

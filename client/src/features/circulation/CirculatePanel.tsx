import { useState } from 'react';
import { circulationRoutes, reviewRoutes, type CirculationResult, type CirculationView } from '@ehcp/shared';
import { ApiError, useApiMutation, useApiQuery } from '../../api/index.ts';
import { formatDate } from '../../lib/dates.ts';
import { Link } from '../../routes/router.tsx';
import { CirculationPreviewList } from './CirculationPreviewList.tsx';
import { latenessOf } from './lateness.ts';

/** The latest circulation: when, on time or late, what the timeline records, and a link to the pack. */
function CurrentPack({ view, reviewId }: { view: CirculationView; reviewId: string }) {
  const current = view.current;
  if (!current) return <p className="muted">The papers have not been circulated yet.</p>;
  const lateness = latenessOf(current.daysLate);
  return (
    <div className="circulation-current" data-testid="circulation-current">
      <p>
        Circulated on <time dateTime={current.circulatedOn}>{formatDate(current.circulatedOn)}</time> by{' '}
        {current.circulatedByName}
        {current.version > 1 && ` (version ${current.version})`}{' '}
        <span className={`badge ${lateness.badge}`} data-testid="circulation-lateness">
          {lateness.label}
        </span>
      </p>
      <p className="muted small">
        {view.papersCirculatedDate
          ? `Recorded on the statutory timeline as ${formatDate(view.papersCirculatedDate)}.`
          : 'Not recorded on the statutory timeline.'}
      </p>
      <Link href={`/reviews/${reviewId}/papers`}>
        View the papers ({current.contributionCount} contribution{current.contributionCount === 1 ? '' : 's'})
      </Link>
    </div>
  );
}

const resultMessage = ({ circulation, notified }: CirculationResult) => {
  const current = circulation.current!;
  return `Papers circulated (version ${current.version}, ${current.contributionCount} contributions, ${latenessOf(current.daysLate).label.toLowerCase()}). ${notified} participant${notified === 1 ? '' : 's'} told by email; see the outbox.`;
};

/**
 * Circulating the papers: the statutory date and today, who has sent their contribution and who
 * has not, the warnings, and the button (with a confirmation when there are warnings). Other
 * staff see only what has been circulated.
 */
export function CirculatePanel({ reviewId }: { reviewId: string }) {
  const query = useApiQuery(circulationRoutes.get, { params: { reviewId } });
  const view = query.data?.circulation ?? null;
  const circulation = useApiMutation(circulationRoutes.circulate, { invalidates: [circulationRoutes.get, reviewRoutes.cycle] });
  const [isConfirming, setIsConfirming] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [result, setResult] = useState('');
  const [actionError, setError] = useState<string | null>(null);
  const error =
    actionError ?? (query.error ? (query.error instanceof ApiError ? query.error.message : 'Could not load the papers.') : null);
  const load = async (): Promise<CirculationView> => {
    const { data, error: failed } = await query.refetch();
    if (!data) throw failed ?? new Error('Could not load the papers.');
    return data.circulation;
  };

  // Circulating records a date on the review's timeline too: both are refetched.
  const circulate = async (acknowledgeWarnings: boolean) => {
    const outcome = await circulation.mutateAsync({ params: { reviewId }, body: { acknowledgeWarnings } });
    setIsConfirming(false);
    setResult(resultMessage(outcome));
  };
  const run = async (action: () => Promise<void>) => {
    setIsBusy(true);
    setError(null);
    setResult('');
    try {
      await action();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not circulate the papers. Please try again.');
      if (caught instanceof ApiError && caught.code === 'circulation_unconfirmed') setIsConfirming(true);
      await load().catch(() => undefined);
    } finally {
      setIsBusy(false);
    }
  };
  // Look again first: a contribution may have arrived, or the meeting moved, since the panel loaded.
  const handleCirculate = () =>
    void run(async () => {
      const fresh = await load();
      if (!fresh.preview || fresh.preview.blockedReason) return;
      if (fresh.preview.warnings.length > 0) setIsConfirming(true);
      else await circulate(false);
    });

  const preview = view?.preview ?? null;
  return (
    <section className="panel circulate" aria-labelledby="circulate-title" data-testid="circulate-panel">
      <h2 id="circulate-title">Papers for the meeting</h2>
      {view && (
        <>
          <dl className="circulation-dates">
            <dt>Circulate by</dt>
            <dd data-testid="circulation-due">
              {view.adviceCirculatedBy ? (
                <>
                  <time dateTime={view.adviceCirculatedBy}>{formatDate(view.adviceCirculatedBy)}</time>
                  <span className="muted small"> (two weeks before the meeting)</span>
                </>
              ) : (
                'No meeting booked'
              )}
            </dd>
            <dt>Today</dt>
            <dd>
              <time dateTime={view.asOf}>{formatDate(view.asOf)}</time>
            </dd>
          </dl>
          <CurrentPack view={view} reviewId={reviewId} />
          {preview && view.current && preview.blockedReason ? (
            // Already circulated and nothing new: only why, and who is still outstanding.
            <p className="muted" data-testid="circulation-blocked">
              {preview.blockedReason}
              {preview.missing.length > 0 && ` Still missing: ${preview.missing.map((entry) => entry.name).join(', ')}.`}
            </p>
          ) : (
            preview && (
              <>
                <CirculationPreviewList preview={preview} />
                {preview.blockedReason ? (
                  <p className="muted" data-testid="circulation-blocked">
                    {preview.blockedReason}
                  </p>
                ) : isConfirming ? (
                  <div className="confirm" role="group" aria-labelledby="circulate-confirm-text">
                    <p id="circulate-confirm-text">
                      Circulate anyway, with {preview.warnings.length} warning{preview.warnings.length === 1 ? '' : 's'}? Everyone
                      invited will be able to read the papers.
                    </p>
                    <button type="button" onClick={() => void run(() => circulate(true))} disabled={isBusy}>
                      Yes, circulate papers
                    </button>{' '}
                    <button type="button" className="secondary" onClick={() => setIsConfirming(false)}>
                      Cancel
                    </button>
                  </div>
                ) : (
                  <button type="button" onClick={handleCirculate} disabled={isBusy}>
                    {view.current ? 'Circulate updated papers' : 'Circulate papers'}
                  </button>
                )}
              </>
            )
          )}
        </>
      )}
      {!view && !error && <p aria-live="polite">Loading…</p>}
      <p role="status" className="circulation-result" data-testid="circulation-result">
        {result}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}

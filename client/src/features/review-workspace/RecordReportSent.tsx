import { useState } from 'react';
import { reviewRoutes } from '@ehcp/shared';
import { ApiError, useApiMutation, useApiQuery } from '../../api/index.ts';
import { formatDate } from '../../lib/dates.ts';

/**
 * Once the SENDCo has sent the LA its link, one click records "report sent to the LA" today on
 * the statutory timeline (the meeting is held, since the report is finalised). Only when they
 * say so: creating a link is not sending it.
 */
export function RecordReportSent({ reviewId }: { reviewId: string }) {
  const cycle = useApiQuery(reviewRoutes.cycle, { params: { reviewId } }).data?.cycle;
  const record = useApiMutation(reviewRoutes.recordFacts, { invalidates: [reviewRoutes.cycle, reviewRoutes.detail] });
  const [error, setError] = useState<string | null>(null);
  if (!cycle) return null;
  const sent = cycle.facts.reportSentDate;
  if (sent)
    return (
      <p className="success-note" data-testid="report-sent">
        Report recorded as sent to the LA on {formatDate(sent)}.
      </p>
    );
  const recordSent = async () => {
    setError(null);
    try {
      await record.mutateAsync({ params: { reviewId }, body: { meetingHeld: true, reportSentDate: cycle.asOf } });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not record it.');
    }
  };
  return (
    <div className="record-report-sent">
      <button type="button" className="secondary" onClick={() => void recordSent()} disabled={record.isPending}>
        I have sent the link to the LA: record the report as sent today
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}

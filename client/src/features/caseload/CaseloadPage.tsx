import { useEffect, useState } from 'react';
import type { CaseloadRow } from '@ehcp/shared';
import { api } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDate, yearGroupLabel } from '../../lib/dates.ts';
import { Link } from '../../routes/router.tsx';

function dueText(row: CaseloadRow): { label: string; tone: 'overdue' | 'soon' | 'ok' } {
  if (row.status === 'finalised') return { label: 'Finalised', tone: 'ok' };
  if (row.daysUntilDue < 0) return { label: `Overdue by ${-row.daysUntilDue} days`, tone: 'overdue' };
  if (row.daysUntilDue === 0) return { label: 'Due today', tone: 'overdue' };
  if (row.daysUntilDue <= 84) return { label: `Due in ${row.daysUntilDue} days`, tone: 'soon' };
  return { label: `Due in ${row.daysUntilDue} days`, tone: 'ok' };
}

/** The school's pupils with plans and when each annual review is due. */
export function CaseloadPage() {
  const [data, setData] = useState<{ asOf: string; rows: CaseloadRow[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.caseload().then(setData, setError);
  }, []);

  if (error) return <ErrorMessage error={error} />;
  if (!data) return <p aria-live="polite">Loading caseload…</p>;
  return (
    <section aria-labelledby="caseload-title">
      <h1 id="caseload-title">Caseload</h1>
      <p className="lede">
        {data.rows.length} plans · as of {formatDate(data.asOf)}. A review is due by the last day of the 12 months starting with
        the plan's issue date or the last review meeting.
      </p>
      <table className="caseload">
        <thead>
          <tr>
            <th scope="col">Pupil</th>
            <th scope="col">Year group</th>
            <th scope="col">Last review</th>
            <th scope="col">Review due by</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => {
            const due = dueText(row);
            return (
              <tr key={row.reviewId} data-testid="caseload-row">
                <th scope="row">
                  <Link href={`/reviews/${row.reviewId}`}>{row.pupilName}</Link>
                </th>
                <td>{yearGroupLabel(row.yearGroup)}</td>
                <td>
                  {row.lastReviewMeetingDate
                    ? formatDate(row.lastReviewMeetingDate)
                    : `Plan issued ${formatDate(row.planIssuedDate)}`}
                </td>
                <td>
                  <time dateTime={row.reviewDueBy}>{formatDate(row.reviewDueBy)}</time>
                </td>
                <td>
                  <span className={`badge badge-${due.tone}`}>{due.label}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

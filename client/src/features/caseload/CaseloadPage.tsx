import { useMemo, useState } from 'react';
import { caseloadRoutes } from '@ehcp/shared';
import { useApiQuery, useInvalidate } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDate } from '../../lib/dates.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { CalendarFeedPanel } from './CalendarFeedPanel.tsx';
import { CaseloadImport } from './CaseloadImport.tsx';
import { CaseloadTable } from './CaseloadTable.tsx';
import { ThisWeekPanel } from './ThisWeekPanel.tsx';
import { CASELOAD_FILTERS, filterCaseload, type CaseloadFilter } from './caseload-filters.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

/** The school's plans, most urgent first: each review's next action, its date and why. */
export function CaseloadPage() {
  usePageTitle('Caseload');
  const { user } = useSession();
  const { data, error } = useApiQuery(caseloadRoutes.list, {});
  const invalidate = useInvalidate();
  const load = () => void invalidate(caseloadRoutes.list, caseloadRoutes.thisWeek);
  const [filter, setFilter] = useState<CaseloadFilter>('all');
  const rows = useMemo(() => (data ? filterCaseload(data.rows, filter) : []), [data, filter]);

  if (error) return <ErrorMessage error={error} />;
  if (!data) return <p aria-live="polite">Loading caseload…</p>;
  const isSendco = user?.role === 'sendco';
  return (
    <section aria-labelledby="caseload-title">
      <h1 id="caseload-title">Caseload</h1>
      <p className="lede">
        {data.rows.length} plans · as of {formatDate(data.asOf)}. Most urgent first: overdue (legally late), behind our plan, due
        within 7 days, time to start, then on track.
      </p>
      <ThisWeekPanel />
      <div className="filters" role="group" aria-label="Show">
        {CASELOAD_FILTERS.map((option) => (
          <button
            key={option.id}
            type="button"
            className="filter"
            aria-pressed={filter === option.id}
            onClick={() => setFilter(option.id)}
          >
            {option.label}
            {option.id !== 'all' && <span className="count"> ({filterCaseload(data.rows, option.id).length})</span>}
          </button>
        ))}
      </div>
      <p className="muted" aria-live="polite">
        Showing {rows.length} of {data.rows.length}.
      </p>
      <CaseloadTable rows={rows} />
      {isSendco && (
        <div className="caseload-tools">
          <CaseloadImport onImported={load} />
          <CalendarFeedPanel />
        </div>
      )}
    </section>
  );
}

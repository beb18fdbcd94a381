import { useRef, useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { CASELOAD_GROUPS, caseloadRoutes, type CaseloadGroup } from '@ehcp/shared';
import { useApiQuery, useInvalidate } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDate } from '../../lib/dates.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { CalendarFeedPanel } from './CalendarFeedPanel.tsx';
import { CaseloadFilters, NO_FILTERS, type CaseloadFilterState } from './CaseloadFilters.tsx';
import { CaseloadImport } from './CaseloadImport.tsx';
import { CaseloadPager } from './CaseloadPager.tsx';
import { CaseloadTable } from './CaseloadTable.tsx';
import { ThisWeekPanel } from './ThisWeekPanel.tsx';
import { GROUP_LABELS } from './caseload-labels.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

/**
 * The school's plans, most urgent first: each review's next action, its date and why. The list
 * is searched, filtered, sorted and paged by the server (a local authority's caseload runs to
 * thousands of plans), one page at a time.
 */
export function CaseloadPage() {
  usePageTitle('Caseload');
  const { user } = useSession();
  const [filters, setFilters] = useState<CaseloadFilterState>(NO_FILTERS);
  const [group, setGroup] = useState<CaseloadGroup>('all');
  const [page, setPage] = useState(1);
  const listTop = useRef<HTMLParagraphElement>(null);
  const { data, error, isFetching } = useApiQuery(
    caseloadRoutes.list,
    { query: { ...filters, group, page } },
    { placeholderData: keepPreviousData },
  );
  const invalidate = useInvalidate();
  const load = () => void invalidate(caseloadRoutes.list, caseloadRoutes.thisWeek);
  const changeFilters = (next: CaseloadFilterState) => {
    setFilters(next);
    setPage(1);
  };
  const changePage = (next: number) => {
    setPage(next);
    listTop.current?.focus();
  };

  if (error) return <ErrorMessage error={error} />;
  if (!data) return <p aria-live="polite">Loading caseload…</p>;
  const isSendco = user?.role === 'sendco';
  const first = data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1;
  const last = Math.min(data.total, data.page * data.pageSize);
  return (
    <section aria-labelledby="caseload-title">
      <h1 id="caseload-title">Caseload</h1>
      <p className="lede">
        {data.counts.all} plans · as of {formatDate(data.asOf)}. Most urgent first: overdue (legally late), behind our plan, due
        within 7 days, time to start, then on track.
      </p>
      <ThisWeekPanel />
      <CaseloadFilters value={filters} options={data.options} onChange={changeFilters} />
      <div className="filters" role="group" aria-label="Show">
        {CASELOAD_GROUPS.map((option) => (
          <button
            key={option}
            type="button"
            className="filter"
            aria-pressed={group === option}
            onClick={() => {
              setGroup(option);
              setPage(1);
            }}
          >
            {GROUP_LABELS[option]}
            {option !== 'all' && <span className="count"> ({data.counts[option]})</span>}
          </button>
        ))}
      </div>
      <p className="muted" aria-live="polite" tabIndex={-1} ref={listTop} aria-busy={isFetching}>
        {data.total === 0 ? 'No plans match.' : `Showing ${first}–${last} of ${data.total}.`}
      </p>
      <CaseloadTable rows={data.rows} />
      <CaseloadPager page={data.page} pageSize={data.pageSize} total={data.total} onPage={changePage} />
      {isSendco && (
        <div className="caseload-tools">
          <CaseloadImport onImported={load} />
          <CalendarFeedPanel />
        </div>
      )}
    </section>
  );
}

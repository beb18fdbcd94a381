import { caseloadRoutes, type ThisWeekGroup } from '@ehcp/shared';
import { useApiQuery } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDate } from '../../lib/dates.ts';
import { Link } from '../../routes/router.tsx';

function Group({ group }: { group: ThisWeekGroup }) {
  const late = group.items.filter((item) => item.isLate).length;
  return (
    <section className="this-week-group" aria-labelledby={`this-week-${group.kind}`} data-testid={`this-week-${group.kind}`}>
      <h3 id={`this-week-${group.kind}`}>
        {group.label}{' '}
        <span className="count" data-testid="this-week-count">
          {group.count}
        </span>
        {late > 0 && <span className="badge badge-overdue">{late} late</span>}
      </h3>
      {group.items.length === 0 ? (
        <p className="muted small">Nothing this week.</p>
      ) : (
        <ul>
          {group.items.map((item, index) => (
            <li key={`${item.reviewId}-${index}`} data-testid="this-week-item" data-late={item.isLate || undefined}>
              <time dateTime={item.date}>{formatDate(item.date)}</time>{' '}
              <Link href={`/reviews/${item.reviewId}`}>{item.pupilName}</Link>
              {item.isLate && <span className="late"> · late</span>}
              <span className="muted small detail">{item.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * "This week" across the caseload: meetings, contributions due, papers to circulate, reports
 * due to the LA and LA decisions due in the next seven days, with counts; anything already late
 * and not done stays listed, marked late.
 */
export function ThisWeekPanel() {
  const { data, error } = useApiQuery(caseloadRoutes.thisWeek, {});
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <p aria-live="polite">Loading this week…</p>;
  const { thisWeek } = data;
  return (
    <section className="panel this-week" aria-labelledby="this-week-title" data-testid="this-week">
      <h2 id="this-week-title">
        This week{' '}
        <span className="muted small">{`${formatDate(thisWeek.asOf)} to ${formatDate(thisWeek.until)}, and anything late`}</span>
      </h2>
      <div className="this-week-groups">
        {thisWeek.groups.map((group) => (
          <Group key={group.kind} group={group} />
        ))}
      </div>
    </section>
  );
}

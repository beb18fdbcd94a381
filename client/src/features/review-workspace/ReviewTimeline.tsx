import { Fragment } from 'react';
import { dayCount, reviewRoutes, type StatutoryStatus, type TimelineEntry } from '@ehcp/shared';
import { useApiQuery } from '../../api/index.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { WhyThisDate } from '../../components/WhyThisDate.tsx';
import { formatDate } from '../../lib/dates.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { ReviewFactsForm } from './ReviewFactsForm.tsx';

const STATUTORY_WORDS: Record<StatutoryStatus, (days: number) => string> = {
  late: (days) => `legally late, ${dayCount(-days)} past`,
  'due-soon': (days) => (days === 0 ? 'due today' : `due in ${dayCount(days)}`),
  'in-time': (days) => `in time (${dayCount(days)} to go)`,
};

function TodayMarker({ asOf }: { asOf: string }) {
  return (
    <li className="timeline-today" data-testid="timeline-today" aria-current="date">
      <time dateTime={asOf}>{formatDate(asOf)}</time>
      <span className="timeline-dot" aria-hidden="true" />
      <strong>Today</strong>
    </li>
  );
}

function Entry({ entry, asOf, isNext }: { entry: TimelineEntry; asOf: string; isNext: boolean }) {
  const isPast = entry.date < asOf;
  const state = isNext ? (isPast ? 'overdue' : 'next') : isPast ? 'past' : 'future';
  return (
    <li className={`timeline-entry timeline-${state}`} data-testid="timeline-entry">
      <time dateTime={entry.date}>{formatDate(entry.date)}</time>
      <span className="timeline-dot" aria-hidden="true" />
      <span className="timeline-label">
        {entry.label}
        {state === 'past' && <span className="visually-hidden"> (passed)</span>}
        {isNext && (
          <span className={`badge ${isPast ? 'badge-overdue' : 'badge-soon'}`}>
            {isPast ? 'Next action: date passed' : 'Next action'}
          </span>
        )}
      </span>
      <WhyThisDate explanation={entry.explanation} label="Why?" />
    </li>
  );
}

/** The review's statutory dates as a vertical timeline, with today marked and the next action highlighted. */
export function ReviewTimeline({ reviewId }: { reviewId: string }) {
  const { user } = useSession();
  const { data, error } = useApiQuery(reviewRoutes.cycle, { params: { reviewId } });
  const cycle = data?.cycle;

  if (error) return <ErrorMessage error={error} />;
  if (!cycle) return null;
  const todayIndex = cycle.entries.findIndex((entry) => entry.date >= cycle.asOf);
  const next = cycle.status.nextAction;
  return (
    <section className="panel review-timeline" aria-labelledby="timeline-title" data-testid="review-timeline">
      <h2 id="timeline-title">Statutory timeline</h2>
      <p className="muted">
        Next: {next.label} by {formatDate(next.dueDate)}.
      </p>
      <p data-testid="review-statutory" data-status={cycle.status.statutory.status}>
        <strong>The law:</strong> {cycle.status.statutory.label} {formatDate(cycle.status.statutory.dueDate)}:{' '}
        {STATUTORY_WORDS[cycle.status.statutory.status](cycle.status.statutory.daysUntil)}
        {cycle.status.statutory.owner === 'la' ? ' (the LA’s duty).' : '.'}
      </p>
      <ol className="timeline">
        {cycle.entries.map((entry, index) => (
          <Fragment key={`${entry.field}-${entry.date}`}>
            {index === todayIndex && <TodayMarker asOf={cycle.asOf} />}
            <Entry entry={entry} asOf={cycle.asOf} isNext={entry.field === next.field && entry.date === next.dueDate} />
          </Fragment>
        ))}
        {todayIndex === -1 && <TodayMarker asOf={cycle.asOf} />}
      </ol>
      {user?.role === 'sendco' && <ReviewFactsForm reviewId={reviewId} facts={cycle.facts} />}
    </section>
  );
}

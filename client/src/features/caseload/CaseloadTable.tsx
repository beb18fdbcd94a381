import type { CaseloadRow, Urgency } from '@ehcp/shared';
import { WhyThisDate } from '../../components/WhyThisDate.tsx';
import { formatDate, yearGroupLabel } from '../../lib/dates.ts';
import { Link } from '../../routes/router.tsx';

const URGENCY: Record<Urgency, { label: string; tone: string }> = {
  overdue: { label: 'Overdue', tone: 'overdue' },
  'due-soon': { label: 'Due within 7 days', tone: 'soon' },
  'lead-time': { label: 'Start now', tone: 'lead' },
  'on-track': { label: 'On track', tone: 'ok' },
};

const STAGES: Record<CaseloadRow['stage'], string> = {
  'not-started': 'Not started',
  'meeting-booked': 'Meeting booked',
  'papers-circulated': 'Papers circulated',
  'meeting-held': 'Meeting held',
  'report-sent': 'Report sent',
  'decision-received': 'LA decision received',
  amendments: 'Amendments',
  closed: 'Closed',
};

function relative(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return '1 day late';
  return days < 0 ? `${-days} days late` : `in ${days} days`;
}

function Tags({ row }: { row: CaseloadRow }) {
  return (
    <span className="tags">
      {row.isYear9Plus && <span className="tag">Preparing for adulthood</span>}
      {row.isUnderFive && <span className="tag">Under five</span>}
      {row.phaseTransfer && (
        <span className={`tag ${row.phaseTransfer.atRisk ? 'tag-risk' : ''}`}>
          Phase transfer{row.phaseTransfer.atRisk ? ' at risk' : ''}: plan by {formatDate(row.phaseTransfer.lastCompliantDay)}
        </span>
      )}
    </span>
  );
}

/**
 * The caseload as a table: next action, its date and why, and how urgent it is. Below 700 px wide
 * each row is a card (styles.css), urgency and next action first, so nothing is off-screen.
 */
export function CaseloadTable({ rows }: { rows: CaseloadRow[] }) {
  return (
    <table className="caseload">
      <thead>
        <tr>
          <th scope="col">Pupil</th>
          <th scope="col">Year group</th>
          <th scope="col">Stage</th>
          <th scope="col">Next action</th>
          <th scope="col">Urgency</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const urgency = URGENCY[row.urgency];
          return (
            <tr key={row.reviewId} data-testid="caseload-row" data-urgency={row.urgency}>
              <th scope="row">
                <Link href={`/reviews/${row.reviewId}`}>{row.pupilName}</Link>
                <Tags row={row} />
              </th>
              <td className="year-group" data-label="Year group">
                {yearGroupLabel(row.yearGroup)}
              </td>
              <td className="stage" data-label="Stage">
                {STAGES[row.stage]}
              </td>
              <td className="next-action" data-label="Next action">
                <span data-testid="next-action">{row.nextAction.label}</span> by{' '}
                <time dateTime={row.nextAction.dueDate} data-testid="next-action-date">
                  {formatDate(row.nextAction.dueDate)}
                </time>{' '}
                <span className="muted">({relative(row.daysUntilAction)})</span>
                <WhyThisDate explanation={row.nextAction.explanation} />
              </td>
              <td className="urgency" data-label="Urgency">
                <span className={`badge badge-${urgency.tone}`}>{urgency.label}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

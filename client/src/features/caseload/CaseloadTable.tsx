import { dayCount, type CaseloadRow, type StatutoryStatus } from '@ehcp/shared';
import { TRANSFER_TYPE_LABELS, type TransferType } from '@ehcp/shared/deadlines';
import { WhyThisDate } from '../../components/WhyThisDate.tsx';
import { formatDate, yearGroupLabel } from '../../lib/dates.ts';
import { Link } from '../../routes/router.tsx';
import { STAGES, URGENCY } from './caseload-labels.ts';

function relative(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  // A planning date passed is not "late" in law: the statutory column says that.
  return days < 0 ? `${dayCount(-days)} ago` : `in ${dayCount(days)}`;
}

const transferLabel = (type: string) => TRANSFER_TYPE_LABELS[type as TransferType] ?? type;

const STATUTORY: Record<StatutoryStatus, { label: (days: number) => string; tone: string }> = {
  late: { label: (days) => `Legally late: ${dayCount(-days)} past`, tone: 'overdue' },
  'due-soon': { label: (days) => (days === 0 ? 'Due today' : `Due in ${dayCount(days)}`), tone: 'soon' },
  'in-time': { label: () => 'In time', tone: 'ok' },
};

/** The law's date for this cycle and where it stands, apart from our planning target. */
function Statutory({ row }: { row: CaseloadRow }) {
  const { statutory } = row;
  const status = STATUTORY[statutory.status];
  return (
    <td className="statutory" data-label="The law" data-testid="statutory" data-status={statutory.status}>
      {statutory.label}{' '}
      <time dateTime={statutory.dueDate} data-testid="statutory-date">
        {formatDate(statutory.dueDate)}
      </time>
      {statutory.owner === 'la' && <span className="muted small"> (the LA’s duty)</span>}
      <br />
      <span className={`badge badge-${status.tone}`}>{status.label(statutory.daysUntil)}</span>
    </td>
  );
}

function Tags({ row }: { row: CaseloadRow }) {
  return (
    <span className="tags">
      {row.isYear9Plus && <span className="tag">Preparing for adulthood</span>}
      {row.isUnderFive && <span className="tag">Under five</span>}
      {row.phaseTransfer && (
        <span
          className={`tag ${row.phaseTransfer.atRisk ? 'tag-risk' : ''}`}
          data-testid="transfer-tag"
          title={transferLabel(row.phaseTransfer.type)}
        >
          Phase transfer{row.phaseTransfer.atRisk ? ' at risk' : ''}: plan by {formatDate(row.phaseTransfer.lastCompliantDay)}
          {row.phaseTransfer.basis === 'year-group' &&
            ` (${yearGroupLabel(row.yearGroup)}: ${transferLabel(row.phaseTransfer.type)})`}
        </span>
      )}
      {row.suggestedTransfer && (
        <span className="tag tag-suggested" data-testid="suggested-transfer">
          Transfer next September? {transferLabel(row.suggestedTransfer.type)}, if your area has one: add it in the caseload file
        </span>
      )}
    </span>
  );
}

/**
 * The caseload as a table: the statutory deadline and its status, apart from our next action
 * (a planning target) with its date and why, and how urgent it is (overdue = legally late).
 * Below 700 px wide each row is a card (styles.css), urgency and next action first, so nothing
 * is off-screen.
 */
export function CaseloadTable({ rows }: { rows: CaseloadRow[] }) {
  return (
    <table className="caseload">
      <thead>
        <tr>
          <th scope="col">Pupil</th>
          <th scope="col">Year group</th>
          <th scope="col">Stage</th>
          <th scope="col">Statutory deadline</th>
          <th scope="col">Next action (our plan)</th>
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
              <Statutory row={row} />
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

import type { DatedStep } from '@ehcp/shared';
import { formatDate } from '../../lib/dates.ts';

/** The statutory dates after the meeting, as they stand today: what is due and what has been done. */
export function StatutoryDates({ steps }: { steps: DatedStep[] }) {
  if (steps.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="statutory-dates-title" data-testid="statutory-dates">
      <h2 id="statutory-dates-title">Statutory dates after the meeting</h2>
      <table className="dates-table">
        <tbody>
          {steps.map((step) => (
            <tr key={`${step.label}-${step.date}`}>
              <th scope="row">{step.label}</th>
              <td>
                <time dateTime={step.date}>{formatDate(step.date)}</time>
              </td>
              <td className="muted">{step.kind === 'done' ? 'Done' : 'Due'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

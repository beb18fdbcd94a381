import type { ReactNode } from 'react';
import {
  ATTENDANCE,
  docPlainText,
  EHCP_SECTIONS,
  OUTCOME_RATINGS,
  PERSONAL_BUDGET_ANSWERS,
  PFA_ITEMS,
  type DocJsonNode,
  type ReviewOutcome,
} from '@ehcp/shared';
import { ReadOnlyReport } from '../../editor/index.ts';
import { formatDate } from '../../lib/dates.ts';
import { QuotedContributions } from './QuotedContributions.tsx';

const labelOf = (options: readonly { value: string; label: string }[], value: string | null) =>
  options.find((option) => option.value === value)?.label ?? 'Not recorded';

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="report-part">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function Rich({ content, label }: { content: DocJsonNode; label: string }) {
  if (!docPlainText(content).trim()) return <p className="muted">None recorded.</p>;
  return <ReadOnlyReport content={content} label={label} testId="report-part-text" />;
}

const Text = ({ value }: { value: string }) =>
  value ? <p className="pre-wrap">{value}</p> : <p className="muted">None recorded.</p>;

/**
 * A finalised meeting report, read-only. Everything typed in the meeting is rendered as text or
 * through the editor schema, never as HTML, so nothing in it can run in the reader's browser.
 */
export function FinalisedReport({ outcome }: { outcome: ReviewOutcome }) {
  const { report } = outcome;
  const changes = report.changes.filter((change) => change.proposed || change.disagreement);
  const hasPfa = Object.values(report.pfa).some(Boolean);
  return (
    <div className="meeting-report finalised" data-testid="report-snapshot">
      <Part title="Attendees">
        <ul>
          {report.attendees.map((attendee) => (
            <li key={attendee.id}>
              {attendee.name}
              {attendee.role && `, ${attendee.role}`}: {labelOf(ATTENDANCE, attendee.attendance)}
            </li>
          ))}
        </ul>
      </Part>
      <Part title="The young person's views">
        <Rich content={report.text.youngPersonViews} label="The young person's views" />
      </Part>
      <Part title="Parents' and carers' views">
        <Rich content={report.text.parentViews} label="Parents' and carers' views" />
      </Part>
      <Part title="Progress towards outcomes (Section E)">
        <ol>
          {report.outcomes.map((outcome) => (
            <li key={outcome.id}>
              <p className="pre-wrap">{outcome.outcome}</p>
              <p>
                <strong>Progress:</strong> {labelOf(OUTCOME_RATINGS, outcome.rating)}
              </p>
              <p className="pre-wrap">
                <strong>Evidence:</strong> {outcome.evidence}
              </p>
            </li>
          ))}
        </ol>
      </Part>
      <Part title="Proposed changes to the plan">
        {changes.length === 0 && <p>No changes proposed.</p>}
        {changes.map((change) => (
          <div key={change.section}>
            <h4>
              Section {change.section}: {EHCP_SECTIONS.find((s) => s.key === change.section)?.title}
            </h4>
            <Text value={change.proposed} />
            {change.disagreement && <p className="pre-wrap">Difference of opinion: {change.disagreement}</p>}
          </div>
        ))}
      </Part>
      <Part title="Provision review">
        <Rich content={report.text.provisionReview} label="Provision review" />
      </Part>
      <Part title="Personal budget">
        <p>{labelOf(PERSONAL_BUDGET_ANSWERS, report.personalBudget.answer)}</p>
        {report.personalBudget.notes && <p className="pre-wrap">{report.personalBudget.notes}</p>}
      </Part>
      {hasPfa && (
        <Part title="Preparing for adulthood">
          {PFA_ITEMS.map((item) => (
            <div key={item.key}>
              <h4>{item.label}</h4>
              <Text value={report.pfa[item.key]} />
            </div>
          ))}
        </Part>
      )}
      {report.phaseTransfer.nextSetting && (
        <Part title="Phase transfer">
          <p>Preferred next setting: {report.phaseTransfer.nextSetting}</p>
        </Part>
      )}
      <Part title="Actions">
        {report.actions.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Who</th>
                <th scope="col">By when</th>
              </tr>
            </thead>
            <tbody>
              {report.actions.map((action) => (
                <tr key={action.id}>
                  <td>{action.what}</td>
                  <td>{action.who}</td>
                  <td>{action.byWhen ? formatDate(action.byWhen) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Part>
      {docPlainText(report.text.notes).trim() && (
        <Part title="Discussion notes">
          <Rich content={report.text.notes} label="Discussion notes" />
        </Part>
      )}
      <Part title="Contributions received">
        <QuotedContributions contributions={outcome.contributions} />
      </Part>
    </div>
  );
}

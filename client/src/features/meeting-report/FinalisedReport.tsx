import {
  ATTENDANCE,
  docPlainText,
  EHCP_SECTIONS,
  OUTCOME_RATINGS,
  PERSONAL_BUDGET_ANSWERS,
  optionLabel,
  PFA_ITEMS,
  type DocJsonNode,
  type ReviewOutcome,
} from '@ehcp/shared';
import { ReadOnlyReport } from '../../editor/index.ts';
import { formatDate } from '../../lib/dates.ts';
import { QuotedContributions } from './QuotedContributions.tsx';
import { ReportPart } from './ReportPart.tsx';

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
      <ReportPart title="Attendees">
        <ul>
          {report.attendees.map((attendee) => (
            <li key={attendee.id}>
              {attendee.name}
              {attendee.role && `, ${attendee.role}`}: {optionLabel(ATTENDANCE, attendee.attendance)}
            </li>
          ))}
        </ul>
      </ReportPart>
      <ReportPart title="The young person's views">
        <Rich content={report.text.youngPersonViews} label="The young person's views" />
      </ReportPart>
      <ReportPart title="Parents' and carers' views">
        <Rich content={report.text.parentViews} label="Parents' and carers' views" />
      </ReportPart>
      <ReportPart title="Progress towards outcomes (Section E)">
        <ol>
          {report.outcomes.map((outcome) => (
            <li key={outcome.id}>
              <p className="pre-wrap">{outcome.outcome}</p>
              <p>
                <strong>Progress:</strong> {optionLabel(OUTCOME_RATINGS, outcome.rating)}
              </p>
              <p className="pre-wrap">
                <strong>Evidence:</strong> {outcome.evidence}
              </p>
            </li>
          ))}
        </ol>
      </ReportPart>
      <ReportPart title="Proposed changes to the plan">
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
      </ReportPart>
      <ReportPart title="Provision review">
        <Rich content={report.text.provisionReview} label="Provision review" />
      </ReportPart>
      <ReportPart title="Personal budget">
        <p>{optionLabel(PERSONAL_BUDGET_ANSWERS, report.personalBudget.answer)}</p>
        {report.personalBudget.notes && <p className="pre-wrap">{report.personalBudget.notes}</p>}
      </ReportPart>
      {hasPfa && (
        <ReportPart title="Preparing for adulthood">
          {PFA_ITEMS.map((item) => (
            <div key={item.key}>
              <h4>{item.label}</h4>
              <Text value={report.pfa[item.key]} />
            </div>
          ))}
        </ReportPart>
      )}
      {report.phaseTransfer.nextSetting && (
        <ReportPart title="Phase transfer">
          <p>Preferred next setting: {report.phaseTransfer.nextSetting}</p>
        </ReportPart>
      )}
      <ReportPart title="Actions">
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
      </ReportPart>
      {docPlainText(report.text.notes).trim() && (
        <ReportPart title="Discussion notes">
          <Rich content={report.text.notes} label="Discussion notes" />
        </ReportPart>
      )}
      <ReportPart title="Contributions received">
        <QuotedContributions contributions={outcome.contributions} />
      </ReportPart>
    </div>
  );
}

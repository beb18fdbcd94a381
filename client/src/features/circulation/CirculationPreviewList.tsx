import type { CirculationPreview } from '@ehcp/shared';
import { formatDateTime } from '../../lib/dates.ts';

const STATUS_NOTES: Record<string, string> = {
  invited: 'not opened yet',
  opened: 'opened, not started',
  drafting: 'still drafting',
  overdue: 'overdue',
  revoked: 'link withdrawn',
  expired: 'link expired',
};

/** What circulating now would include, who is missing, and the warnings to see before confirming. */
export function CirculationPreviewList({ preview }: { preview: CirculationPreview }) {
  return (
    <>
      <h3>Submitted ({preview.included.length})</h3>
      {preview.included.length === 0 ? (
        <p className="muted">No contributions have been sent yet.</p>
      ) : (
        <ul className="circulation-list" data-testid="circulation-included">
          {preview.included.map((entry) => (
            <li key={entry.participantId}>
              <strong>{entry.authorName}</strong> · {entry.roleLabel}
              <div className="muted small">sent {formatDateTime(entry.submittedAt)}</div>
            </li>
          ))}
        </ul>
      )}
      {preview.missing.length > 0 && (
        <>
          <h3>Missing ({preview.missing.length})</h3>
          <ul className="circulation-list" data-testid="circulation-missing">
            {preview.missing.map((entry) => (
              <li key={entry.participantId}>
                <strong>{entry.name}</strong> · {entry.roleLabel}
                <div className="muted small">{STATUS_NOTES[entry.status] ?? entry.status}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.warnings.length > 0 && (
        <div className="circulation-warnings" role="group" aria-labelledby="circulation-warnings-title">
          <h3 id="circulation-warnings-title">Before you circulate</h3>
          <ul data-testid="circulation-warnings">
            {preview.warnings.map((warning) => (
              <li key={warning.kind === 'missing' ? warning.participantId : warning.kind} data-testid="circulation-warning">
                {warning.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

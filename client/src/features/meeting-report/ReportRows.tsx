import type { ReactNode } from 'react';
import type { ReportRowKind } from '@ehcp/shared';
import { useReportRows, type CollabDoc } from '../../editor/index.ts';

interface ReportRowsProps {
  collab: CollabDoc;
  kind: ReportRowKind;
  /** Singular noun for buttons, e.g. "outcome". */
  noun: string;
  isEditable: boolean;
  renderRow: (row: { kind: ReportRowKind; id: string }, index: number) => ReactNode;
  /** More buttons beside "Add …" (e.g. add everyone invited). */
  extraActions?: ReactNode;
}

/** Repeating rows (attendees, outcomes, actions) that anyone in the meeting can add to or remove. */
export function ReportRows({ collab, kind, noun, isEditable, renderRow, extraActions }: ReportRowsProps) {
  const { ids, add, remove } = useReportRows(collab, kind);
  return (
    <div className="report-rows" data-testid={`rows-${kind}`}>
      {ids.length === 0 && <p className="muted">None yet.</p>}
      <ol className="row-list">
        {ids.map((id, index) => (
          <li key={id} className="report-row" data-testid={`${kind}-row`}>
            {renderRow({ kind, id }, index)}
            {isEditable && (
              <button type="button" className="link-button" onClick={() => remove(id)}>
                Remove {noun} {index + 1}
              </button>
            )}
          </li>
        ))}
      </ol>
      {isEditable && (
        <div className="button-row">
          <button type="button" className="secondary" onClick={() => add()}>
            Add {noun}
          </button>
          {extraActions}
        </div>
      )}
    </div>
  );
}

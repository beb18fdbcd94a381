import { useEffect, useRef, type ReactNode } from 'react';
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
  // Focus follows the action: into the new row's first box after "Add", to "Add" after "Remove".
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // This browser's own last action, waiting for the rows to change (others' edits move no focus).
  const pending = useRef<{ action: 'added' | 'removed'; count: number } | null>(null);
  useEffect(() => {
    const mine = pending.current;
    if (!mine || ids.length === mine.count) return;
    if (mine.action === 'added')
      listRef.current?.lastElementChild?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    else addRef.current?.focus();
    pending.current = null;
  }, [ids]);
  return (
    <div className="report-rows" data-testid={`rows-${kind}`}>
      {ids.length === 0 && <p className="muted">None yet.</p>}
      <ol className="row-list" ref={listRef}>
        {ids.map((id, index) => (
          <li key={id} className="report-row" data-testid={`${kind}-row`}>
            {renderRow({ kind, id }, index)}
            {isEditable && (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  pending.current = { action: 'removed', count: ids.length };
                  remove(id);
                }}
              >
                Remove {noun} {index + 1}
              </button>
            )}
          </li>
        ))}
      </ol>
      {isEditable && (
        <div className="button-row">
          <button
            type="button"
            className="secondary"
            ref={addRef}
            onClick={() => {
              pending.current = { action: 'added', count: ids.length };
              add();
            }}
          >
            Add {noun}
          </button>
          {extraActions}
        </div>
      )}
    </div>
  );
}

import type { SaveStatus } from '../../editor/index.ts';

const LABELS: Record<SaveStatus, string> = {
  offline: 'Offline – your changes are kept here and sync when the connection returns',
  syncing: 'Syncing…',
  saved: 'Saved',
  'read-only': 'Read-only',
  closed: 'Disconnected – reload the page',
};

/** Connection and durability status, announced politely to screen readers. */
export function SaveStatusBadge({ status }: { status: SaveStatus }) {
  return (
    <p className={`save-status save-status-${status}`} role="status" aria-live="polite" data-testid="save-status">
      {LABELS[status]}
    </p>
  );
}

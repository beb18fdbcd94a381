import type { CollabRoleReason } from '@ehcp/shared';
import type { LiveDocument } from '../editor/index.ts';

const READ_ONLY: Record<CollabRoleReason, string> = {
  open: 'Read-only',
  finalised: 'Finalised – read-only',
  submitted: 'Sent – read-only',
  'read-only-link': 'Read-only',
  reader: 'Read-only',
};

const CLOSED: Record<string, string> = {
  'link-unavailable': 'This link no longer works. Ask the school for a new one.',
  'signed-out': 'You are signed out. Sign in again to carry on.',
  'no-access': 'You no longer have access to this.',
  'not-your-part':
    'That change was to a part of the report the school writes, so it was not saved. Discard it to carry on writing your parts.',
  'not-found': 'This document does not exist.',
  'document-full': 'This document is full: no more changes can be saved.',
  refused: 'The connection was refused. Reload the page.',
  'too-fast': 'Too many changes at once. Reload the page.',
};

function labelOf({ status, state }: LiveDocument): string {
  switch (status) {
    case 'connecting':
      return 'Connecting…';
    case 'offline':
      return state.hasUnsavedChanges
        ? 'Offline – your changes are kept on this device and sent when the connection returns'
        : 'Offline – reconnecting…';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'paused':
      return state.paused === 'submitting'
        ? 'Paused while it is being sent – your changes are kept'
        : 'Paused while the report is being finalised – your changes are kept';
    case 'read-only':
      return READ_ONLY[state.role?.reason ?? 'open'];
    case 'not-saved':
      return state.role?.reason === 'submitted'
        ? 'Not saved: it was sent before your last changes reached the server'
        : 'Not saved: the report was finalised before your last changes reached the server';
    case 'closed':
      return `${state.hasUnsavedChanges ? 'Not saved. ' : ''}${CLOSED[state.closedBecause ?? 'refused']}`;
  }
}

/**
 * Connection and durability status, announced politely to screen readers. "Saved" only when the
 * server has said everything on screen is in the database; otherwise it says why not.
 */
export function SaveStatusBadge({ live }: { live: LiveDocument }) {
  const canDiscard = live.status === 'not-saved' || live.state.closedBecause === 'not-your-part';
  return (
    <div className="save-status-box">
      <p className={`save-status save-status-${live.status}`} role="status" aria-live="polite" data-testid="save-status">
        {labelOf(live)}
      </p>
      {canDiscard && (
        <button type="button" className="secondary small" onClick={live.discardLocalChanges}>
          Discard my unsaved changes
        </button>
      )}
    </div>
  );
}

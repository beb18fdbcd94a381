import { CollabCloseCodes, CollabCloseReasons, type CollabNotice, type CollabRole } from '@ehcp/shared';

/** Why a connection ended for good. */
export type ClosedBecause =
  'link-unavailable' | 'signed-out' | 'no-access' | 'not-your-part' | 'not-found' | 'document-full' | 'refused' | 'too-fast';

/** Everything the screen needs to know about one live document. */
export interface CollabState {
  connection: 'connecting' | 'online' | 'offline';
  /** The role the server last gave (kept while reconnecting, so editing does not flicker). */
  role: CollabRole | null;
  /** Something in this copy is not yet durable on the server. */
  hasUnsavedChanges: boolean;
  /** Edits are paused while the server finalises or sends the document. */
  paused: CollabNotice['reason'] | null;
  /** The connection was refused for good, and why. */
  closedBecause: ClosedBecause | null;
}

/** What the save badge says. */
export type SaveStatus = 'connecting' | 'offline' | 'saving' | 'saved' | 'paused' | 'read-only' | 'not-saved' | 'closed';

export const INITIAL_STATE: CollabState = {
  connection: 'connecting',
  role: null,
  hasUnsavedChanges: false,
  paused: null,
  closedBecause: null,
};

/** Maps a permanent close (code and reason) to why it happened. */
export function closedBecauseOf(code: number, reason: string): ClosedBecause {
  if (code === CollabCloseCodes.unauthorized)
    return reason === CollabCloseReasons.linkUnavailable ? 'link-unavailable' : 'signed-out';
  if (code === CollabCloseCodes.forbidden) return reason === CollabCloseReasons.notYourPart ? 'not-your-part' : 'no-access';
  if (code === CollabCloseCodes.notFound) return 'not-found';
  if (code === CollabCloseCodes.tooLarge) return 'document-full';
  if (code === CollabCloseCodes.rateLimited) return 'too-fast';
  return 'refused';
}

/** The badge's status, from the most to the least pressing. */
export function saveStatusOf(state: CollabState): SaveStatus {
  if (state.closedBecause) return 'closed';
  if (state.connection !== 'online') return state.role ? 'offline' : 'connecting';
  if (!state.role) return 'connecting';
  if (state.role.role === 'viewer') return state.hasUnsavedChanges ? 'not-saved' : 'read-only';
  if (state.paused) return 'paused';
  return state.hasUnsavedChanges ? 'saving' : 'saved';
}

/** Whether the screen should offer editing: the server said editor, and has not refused for good. */
export function isEditableIn(state: CollabState): boolean {
  return state.role?.role === 'editor' && state.closedBecause === null;
}

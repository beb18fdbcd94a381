import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { ReportWriter } from '@ehcp/shared';
import { CollabSession } from './collab-session.ts';
import { INITIAL_STATE, isEditableIn, saveStatusOf, type CollabState, type SaveStatus } from './collab-status.ts';

export type { SaveStatus } from './collab-status.ts';

export interface CollabDoc {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/** A live document as components see it. */
export interface LiveDocument {
  collab: CollabDoc | null;
  state: CollabState;
  status: SaveStatus;
  /** The server said this person may edit (and has not refused for good). */
  isEditable: boolean;
  /** On a meeting report: which parts this editor may write, as the server said (null until it has). */
  writer: ReportWriter | null;
  /** Throws away this browser's copy (after "not saved"), starting again from the server's. */
  discardLocalChanges(): void;
}

const noSession = { subscribe: () => () => {}, getState: () => INITIAL_STATE };

/**
 * Owns one document session for as long as the component lives (see collab-session.ts), and
 * starts a fresh one when the document was reset or the person discarded their copy.
 */
export function useCollabDoc(docName: string, options: { shareToken?: string; participantToken?: string } = {}): LiveDocument {
  const [session, setSession] = useState<CollabSession | null>(null);
  const [epoch, setEpoch] = useState(0);
  const { shareToken, participantToken } = options;

  useEffect(() => {
    const created = new CollabSession(docName, {
      ...(shareToken ? { shareToken } : {}),
      ...(participantToken ? { participantToken } : {}),
      // An LA link only reads the agreed record: nothing of it is kept on the device.
      keepLocalCopy: !shareToken,
      onDiscarded: () => setEpoch((current) => current + 1),
    });
    // The session is an external system created per document; publishing it is this effect's job.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSession(created);
    return () => {
      created.destroy();
      setSession(null);
    };
  }, [docName, shareToken, participantToken, epoch]);

  const source = session ?? noSession;
  const subscribe = useCallback((listener: () => void) => source.subscribe(listener), [source]);
  const state = useSyncExternalStore(subscribe, () => source.getState());
  // One object per session: editors are bound to it and must not be rebuilt on every render.
  const collab = useMemo(() => (session ? { doc: session.doc, provider: session.provider } : null), [session]);
  const discardLocalChanges = useCallback(() => void session?.discard(), [session]);
  const writer = state.role?.role === 'editor' ? (state.role.writer ?? null) : null;
  return { collab, state, status: saveStatusOf(state), isEditable: isEditableIn(state), writer, discardLocalChanges };
}

import * as decoding from 'lib0/decoding';
import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  COLLAB_PATH,
  CollabCloseCodes,
  GENERATION_PARAM,
  MESSAGE_GENERATION,
  MESSAGE_PERSISTED,
  PARTICIPANT_TOKEN_PARAM,
} from '@ehcp/shared';
import { isCoveredBy } from './persisted-state.ts';

/** What the editor shows about the document's connection and durability. */
export type SaveStatus = 'offline' | 'syncing' | 'saved' | 'read-only' | 'closed';

export interface CollabDoc {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

function collabUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}${COLLAB_PATH}`;
}

/**
 * Owns one Y.Doc and its y-websocket provider for as long as the component lives. "Saved"
 * means the server has acknowledged that everything in this copy is durable in the database.
 */
export function useCollabDoc(docName: string, options: { shareToken?: string; participantToken?: string; isReadOnly: boolean }) {
  const [collab, setCollab] = useState<CollabDoc | null>(null);
  const [status, setStatus] = useState<SaveStatus>('offline');
  // Bumped when the server says the document was reset: the old copy is thrown away whole.
  const [epoch, setEpoch] = useState(0);

  useEffect(() => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(collabUrl(), docName, doc, {
      params: {
        ...(options.shareToken ? { share: options.shareToken } : {}),
        ...(options.participantToken ? { [PARTICIPANT_TOKEN_PARAM]: options.participantToken } : {}),
      },
      maxBackoffTime: 5000,
    });
    let persisted: Y.Snapshot | null = null;
    let closedForGood = false;

    const recompute = () => {
      if (closedForGood) return setStatus('closed');
      if (!provider.wsconnected) return setStatus('offline');
      if (options.isReadOnly) return setStatus('read-only');
      if (!provider.synced || !persisted) return setStatus('syncing');
      setStatus(isCoveredBy(Y.snapshot(doc), persisted) ? 'saved' : 'syncing');
    };
    provider.messageHandlers[MESSAGE_PERSISTED] = (_encoder, decoder) => {
      persisted = Y.decodeSnapshot(decoding.readVarUint8Array(decoder));
      recompute();
    };
    // Remember the document's generation and present it on reconnects, so the server can refuse
    // this copy (close 4410) if the document was reset meanwhile instead of merging it back.
    provider.messageHandlers[MESSAGE_GENERATION] = (_encoder, decoder) => {
      provider.params[GENERATION_PARAM] = decoding.readVarString(decoder);
    };
    provider.on('status', recompute);
    provider.on('sync', recompute);
    provider.on('closed', ({ code }) => {
      if (code === CollabCloseCodes.documentReset) return setEpoch((current) => current + 1);
      closedForGood = true;
      recompute();
    });
    doc.on('update', recompute);
    // The Y.Doc and provider are an external system created per document; publishing them is this effect's job.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCollab({ doc, provider });
    recompute();
    return () => {
      provider.destroy();
      doc.destroy();
      setCollab(null);
    };
  }, [docName, options.shareToken, options.participantToken, options.isReadOnly, epoch]);

  return { collab, status };
}

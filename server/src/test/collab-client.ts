import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  COLLAB_PATH,
  GENERATION_PARAM,
  MESSAGE_GENERATION,
  MESSAGE_HEARTBEAT,
  MESSAGE_NOTICE,
  MESSAGE_PERSISTED,
  MESSAGE_ROLE,
  PARTICIPANT_TOKEN_PARAM,
  REPORT_FRAGMENT,
  type CollabNotice,
  type CollabRole,
} from '@ehcp/shared';

// Every y-websocket provider in Node adds a process 'exit' listener; tests open dozens at once.
process.setMaxListeners(200);

/** A real y-websocket client in Node, authenticated by a session cookie or an LA link token. */
export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Latest "persisted" snapshot the server acknowledged, if any. */
  persisted(): Y.Snapshot | null;
  /** Close events the provider saw. */
  closes: { code: number; reason: string }[];
  /** The role the server gave the current connection, if it said yet. */
  role(): CollabRole | null;
  /** Notices the server sent about this client's edits, oldest first. */
  notices: CollabNotice[];
  text(): string;
  /** Appends a paragraph of text to the report, or another fragment (like typing at the end). */
  type(text: string, fragmentName?: string): void;
  destroy(): void;
}

/** Text content of a report fragment, paragraphs joined by newlines. */
export function reportText(doc: Y.Doc): string {
  return doc
    .getXmlFragment(REPORT_FRAGMENT)
    .toArray()
    .map((node) =>
      node instanceof Y.XmlElement
        ? node
            .toArray()
            .map((child) => (child instanceof Y.XmlText ? child.toString() : ''))
            .join('')
        : '',
    )
    .join('\n');
}

export function connectCollabClient(
  wsUrl: string,
  docName: string,
  auth: { cookie?: string; share?: string; participant?: string; generation?: string },
): CollabClient {
  const doc = new Y.Doc();
  const cookie = auth.cookie;
  class AuthedWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, cookie ? { headers: { Cookie: cookie } } : {});
    }
  }
  const provider = new WebsocketProvider(`${wsUrl}${COLLAB_PATH}`, docName, doc, {
    WebSocketPolyfill: AuthedWebSocket as unknown as typeof globalThis.WebSocket,
    params: {
      ...(auth.share ? { share: auth.share } : {}),
      ...(auth.participant ? { [PARTICIPANT_TOKEN_PARAM]: auth.participant } : {}),
      ...(auth.generation ? { [GENERATION_PARAM]: auth.generation } : {}),
    },
    disableBc: true,
    maxBackoffTime: 200,
  });
  let persisted: Y.Snapshot | null = null;
  provider.messageHandlers[MESSAGE_PERSISTED] = (_encoder, decoder) => {
    persisted = Y.decodeSnapshot(decoding.readVarUint8Array(decoder));
  };
  // As the browser client does: present the generation on reconnects.
  provider.messageHandlers[MESSAGE_GENERATION] = (_encoder, decoder) => {
    provider.params[GENERATION_PARAM] = decoding.readVarString(decoder);
  };
  let role: CollabRole | null = null;
  const notices: CollabNotice[] = [];
  provider.messageHandlers[MESSAGE_ROLE] = (_encoder, decoder) => {
    role = JSON.parse(decoding.readVarString(decoder)) as CollabRole;
  };
  provider.messageHandlers[MESSAGE_NOTICE] = (_encoder, decoder) => {
    notices.push(JSON.parse(decoding.readVarString(decoder)) as CollabNotice);
  };
  provider.messageHandlers[MESSAGE_HEARTBEAT] = () => {};
  const closes: { code: number; reason: string }[] = [];
  provider.on('status', ({ status }) => {
    if (status !== 'connected') role = null;
  });
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  return {
    doc,
    provider,
    persisted: () => persisted,
    closes,
    role: () => role,
    notices,
    text: () => reportText(doc),
    type: (text, fragmentName = REPORT_FRAGMENT) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      const fragment = doc.getXmlFragment(fragmentName);
      fragment.insert(fragment.length, [paragraph]);
    },
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** True once the server has acknowledged every edit this client made as durable. */
export function isPersisted(client: CollabClient): boolean {
  const persisted = client.persisted();
  const own = Y.decodeStateVector(Y.encodeStateVector(client.doc)).get(client.doc.clientID) ?? 0;
  return persisted !== null && (persisted.sv.get(client.doc.clientID) ?? 0) >= own;
}

/** Opens a raw WebSocket to a document (no Yjs client), resolving once open. */
export function openRawSocket(
  wsUrl: string,
  docName: string,
  auth: { cookie?: string; share?: string; participant?: string },
): Promise<WebSocket> {
  const query = auth.share
    ? `?share=${encodeURIComponent(auth.share)}`
    : auth.participant
      ? `?${PARTICIPANT_TOKEN_PARAM}=${encodeURIComponent(auth.participant)}`
      : '';
  const socket = new WebSocket(
    `${wsUrl}${COLLAB_PATH}/${docName}${query}`,
    auth.cookie ? { headers: { Cookie: auth.cookie } } : {},
  );
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Resolves with the close code of a socket. */
export function closeCodeOf(socket: WebSocket): Promise<number> {
  if (socket.readyState === WebSocket.CLOSED) return Promise.resolve(-1);
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

import type { Logger } from '../../logging/index.ts';
import { encodeNotice, encodeRole, type Connection, type DocumentServerApi, type Extension } from '../documents/index.ts';
import type { DocFreezes } from '../persistence/doc-freezes.ts';

/**
 * What a connection may change. `onConnect`: tells the client its role (editor or viewer, and
 * why, and on a report which parts it may write), so the screen offers editing only when the
 * server will accept it. `beforeHandleMessage`:
 * updates from viewers are dropped (never applied, broadcast or stored); updates to a frozen
 * document are refused, and the author is told editing is paused. When the freeze ends without
 * being committed, each author whose edits were refused is asked for its state again, so what
 * they typed meanwhile arrives after all: nothing is silently discarded. A committed freeze
 * (finalised, submitted) is followed by the access change that reconnects everyone as viewers.
 */
export function roleGate(freezes: DocFreezes, log: Logger): Extension {
  const refused = new WeakSet<Connection>();
  let server: DocumentServerApi;
  const resume = (docName: string) => {
    const doc = server.loaded(docName);
    if (!doc) return;
    for (const conn of doc.connections) {
      if (!refused.has(conn)) continue;
      refused.delete(conn);
      conn.send(encodeNotice({ kind: 'resumed', reason: freezes.stateOf(docName)?.reason ?? 'finalising' }));
      doc.requestState(conn, true);
    }
  };
  return {
    name: 'role-gate',
    onConfigure: (api) => {
      server = api;
      freezes.onChange((docName, state) => {
        if (!state) resume(docName);
      });
    },
    onLoadDocument: (doc) => freezes.load(doc.name),
    afterUnloadDocument: (docName) => freezes.forget(docName),
    onConnect: (conn) => {
      const { role, reason, writer } = conn.identity;
      conn.send(encodeRole({ role, reason, ...(writer && { writer }) }));
    },
    beforeHandleMessage: (conn, doc, message) => {
      if (message.kind !== 'update') return undefined;
      if (!conn.isEditor) {
        log.debug({ doc: doc.name, userId: conn.identity.userId }, 'dropped an update from a read-only connection');
        return { drop: true };
      }
      const freeze = freezes.stateOf(doc.name);
      if (!freeze) return undefined;
      if (!refused.has(conn)) {
        refused.add(conn);
        conn.send(encodeNotice({ kind: 'paused', reason: freeze.reason }));
      }
      return { drop: true };
    },
  };
}

import { parseAwarenessState, type Extension } from '../documents/index.ts';

/**
 * `beforeHandleAwareness`: presence is set by the server. A connection speaks only for its own
 * awareness client id (the first it uses, and never one another connection of the document
 * holds); entries about other people, which y-websocket echoes back, are ignored unread. The
 * `user` field (name, colour, role) is overwritten with what the server knows, so nobody can
 * appear under another name. Connections that take no part in presence (LA links) neither set
 * it nor receive it.
 */
export function awarenessIdentity(): Extension {
  return {
    name: 'awareness-identity',
    beforeHandleAwareness: (conn, doc, entries) => {
      if (!conn.identity.takesPartInPresence) return [];
      const heldByOthers = (clientId: number) => {
        for (const other of doc.connections) if (other !== conn && other.awarenessIds.has(clientId)) return true;
        return false;
      };
      const own = conn.awarenessIds.values().next().value ?? entries.find((entry) => !heldByOthers(entry.clientId))?.clientId;
      if (own === undefined) return [];
      const { name, color, role } = conn.identity;
      return entries
        .filter((entry) => entry.clientId === own)
        .map((entry) => {
          const state = parseAwarenessState(entry.json);
          return { ...entry, json: JSON.stringify(state === null ? null : { ...state, user: { name, color, role } }) };
        });
    },
  };
}

import type { Extension } from '../documents/index.ts';

/**
 * `beforeHandleAwareness`: presence is set by the server. A connection speaks only for its own
 * awareness client id (the first it uses), and the `user` field (name, colour, role) is
 * overwritten with what the server knows, so nobody can appear under another name. Connections
 * that take no part in presence (LA links) neither set it nor receive it.
 */
export function awarenessIdentity(): Extension {
  return {
    name: 'awareness-identity',
    beforeHandleAwareness: (conn, _doc, entries) => {
      if (!conn.identity.takesPartInPresence) return [];
      const own = conn.awarenessIds.values().next().value ?? entries[0]?.clientId;
      const { name, color, role } = conn.identity;
      return entries
        .filter((entry) => entry.clientId === own)
        .map((entry) => ({ ...entry, state: entry.state === null ? null : { ...entry.state, user: { name, color, role } } }));
    },
  };
}

import * as Y from 'yjs';

/**
 * True when everything in `doc` (every insert, by state vector, and every delete) is in the
 * server's durable snapshot: what the browser's "Saved" means.
 */
export function isPersistedBy(doc: Y.Doc, persisted: Y.Snapshot | null): boolean {
  if (!persisted) return false;
  const local = Y.snapshot(doc);
  for (const [client, clock] of local.sv) if ((persisted.sv.get(client) ?? 0) < clock) return false;
  return Y.equalDeleteSets(Y.mergeDeleteSets([local.ds, persisted.ds]), persisted.ds);
}

import type * as Y from 'yjs';

type DeleteItems = Map<number, { clock: number; len: number }[]>;

function isRangeCovered(items: { clock: number; len: number }[] | undefined, clock: number, len: number): boolean {
  let position = clock;
  const end = clock + len;
  for (const item of items ?? []) {
    if (item.clock > position) return false;
    if (item.clock + item.len > position) position = item.clock + item.len;
    if (position >= end) return true;
  }
  return position >= end;
}

/**
 * True when everything in `local` (every insert, by state vector, and every delete) is
 * contained in the server's durable snapshot. Drives the "Saved" status honestly, including
 * deletions and edits made offline.
 */
export function isCoveredBy(local: Y.Snapshot, persisted: Y.Snapshot): boolean {
  for (const [client, clock] of local.sv) if ((persisted.sv.get(client) ?? 0) < clock) return false;
  const localDeletes = (local.ds as unknown as { clients: DeleteItems }).clients;
  const persistedDeletes = (persisted.ds as unknown as { clients: DeleteItems }).clients;
  for (const [client, items] of localDeletes) {
    for (const item of items) if (!isRangeCovered(persistedDeletes.get(client), item.clock, item.len)) return false;
  }
  return true;
}

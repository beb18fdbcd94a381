import * as Y from 'yjs';
import { partAt, type ReportPart } from '@ehcp/shared';

/** Where an edit lands: the root type it is under and the map keys (parentSub) on the way down. */
export interface Location {
  root: string;
  /** From the root's child down to the edited item; null where the parent is not a map. */
  keys: (string | null)[];
}

type Struct = Y.Item | Y.GC;
type Decoded = { structs: (Struct | Y.Skip)[]; ds: { clients: Map<number, { clock: number; len: number }[]> } };
/** Deeper than any document the memory budget lets in (48): a walk stops there. */
const MAX_DEPTH = 64;

/** The name of each root type of a document. */
export function rootNamesOf(doc: Y.Doc): Map<Y.AbstractType<unknown>, string> {
  const names = new Map<Y.AbstractType<unknown>, string>();
  for (const [name, type] of doc.share) names.set(type as Y.AbstractType<unknown>, name);
  return names;
}

/** The struct of a client's list (sorted by clock) holding `clock`, by Yjs's own binary search. */
function findIn(list: Struct[] | undefined, clock: number): Struct | undefined {
  const last = list?.[list.length - 1];
  if (!list || !last || clock < list[0]!.id.clock || clock >= last.id.clock + last.length) return undefined;
  try {
    return list[Y.findIndexSS(list, clock)];
  } catch {
    return undefined; // in a gap of the list (an update's skipped range)
  }
}

/** Where an item already in the document is: walk up its parents (iteratively, bounded). */
export function locateInDocument(item: Y.Item, roots: Map<Y.AbstractType<unknown>, string>): Location | null {
  const keys: (string | null)[] = [item.parentSub];
  let type = item.parent as Y.AbstractType<unknown> | null;
  for (let depth = 0; type && depth < MAX_DEPTH; depth++) {
    if (!type._item) {
      const root = roots.get(type);
      return root === undefined ? null : { root, keys };
    }
    keys.unshift(type._item.parentSub);
    type = type._item.parent as Y.AbstractType<unknown> | null;
  }
  return null;
}

/**
 * Every place a Yjs update would change in a document, worked out before it is applied: for each
 * item it inserts, its root type and the keys above it (an item written without parent
 * information takes its left or right neighbour's, from the update or the document); for each
 * range it deletes, the items it hits in the document. Iterative throughout (content is
 * untrusted). Returns null when a place cannot be found (a dependency the server lacks: such an
 * update is not applied anyway, and comes back whole in the client's answer to a state request).
 */
export function locateUpdate(doc: Y.Doc, update: Uint8Array): Location[] | null {
  const { structs, ds } = Y.decodeUpdate(update) as unknown as Decoded;
  const roots = rootNamesOf(doc);
  const fresh = new Map<number, Struct[]>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    let list = fresh.get(struct.id.client);
    if (!list) fresh.set(struct.id.client, (list = []));
    list.push(struct);
  }
  const memo = new Map<Struct, Location | null>();
  const stored = (id: Y.ID): Struct | undefined =>
    id.clock < Y.getState(doc.store, id.client) ? findIn(doc.store.clients.get(id.client) as Struct[], id.clock) : undefined;
  const inUpdate = (id: Y.ID) => findIn(fresh.get(id.client), id.clock);

  /** What a fresh item's place depends on: the root, its parent type's item, or a neighbour. */
  const dependency = (item: Y.Item): { on: Struct | undefined; isParent: boolean } | 'root' => {
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return 'root';
    if (parent instanceof Y.ID) return { on: inUpdate(parent) ?? stored(parent), isParent: true };
    const sibling = item.origin ?? item.rightOrigin;
    if (!sibling) return { on: undefined, isParent: false };
    return { on: inUpdate(sibling) ?? stored(sibling), isParent: false };
  };
  const locate = (start: Y.Item): Location | null => {
    const pending: Y.Item[] = [start];
    while (pending.length > 0) {
      const item = pending[pending.length - 1]!;
      if (memo.has(item)) {
        pending.pop();
        continue;
      }
      const dep = dependency(item);
      if (dep === 'root') {
        memo.set(item, { root: item.parent as unknown as string, keys: [item.parentSub] });
        pending.pop();
        continue;
      }
      const { on, isParent } = dep;
      if (!(on instanceof Y.Item)) {
        memo.set(item, null);
        pending.pop();
        continue;
      }
      const isFresh = inUpdate(on.id) === on;
      if (isFresh && !memo.has(on)) {
        if (pending.length > structs.length + 1) return null; // a cycle in crafted input
        pending.push(on);
        continue;
      }
      const base = isFresh ? memo.get(on)! : locateInDocument(on, roots);
      const place = base && (isParent ? { root: base.root, keys: [...base.keys, item.parentSub] } : base);
      memo.set(item, place && place.keys.length <= MAX_DEPTH ? place : null);
      pending.pop();
    }
    return memo.get(start) ?? null;
  };

  const places: Location[] = [];
  for (const list of fresh.values())
    for (const struct of list) {
      if (!(struct instanceof Y.Item)) continue; // garbage-collected content changes nothing
      const place = locate(struct);
      if (!place) return null;
      places.push(place);
    }
  for (const [client, ranges] of ds.clients) {
    const list = doc.store.clients.get(client) as Struct[] | undefined;
    for (const { clock, len } of ranges) {
      let at = clock;
      while (at < clock + len) {
        const struct = findIn(list, at);
        if (!struct) break; // the rest is in the update itself, or not here at all
        if (struct instanceof Y.Item && !struct.deleted) {
          const place = locateInDocument(struct, roots);
          if (!place) return null;
          places.push(place);
        }
        at = struct.id.clock + struct.length;
      }
    }
  }
  return places;
}

/** The parts of the meeting report an update would change, or null when that cannot be known. */
export function touchedParts(doc: Y.Doc, update: Uint8Array): ReportPart[] | null {
  const places = locateUpdate(doc, update);
  return places && places.map((place) => partAt(place.root, place.keys));
}

/** The id of the row an item of a row array is in (its row map's `id`), or null. */
export function rowIdAt(_doc: Y.Doc, item: Y.Item): string | null {
  let current: Y.Item | null = item;
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    const parent = current.parent as Y.AbstractType<unknown>;
    if (!parent._item) {
      const row = current.content instanceof Y.ContentType ? current.content.type : null;
      const id = row instanceof Y.Map ? row.get('id') : null;
      return typeof id === 'string' ? id : null;
    }
    current = parent._item;
  }
  return null;
}

/** Every item an applied update inserted or deleted, as it now is in the document. */
export function appliedItems(doc: Y.Doc, update: Uint8Array): Y.Item[] {
  const { structs, ds } = Y.decodeUpdate(update) as unknown as Decoded;
  const items: Y.Item[] = [];
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const item = findIn(doc.store.clients.get(struct.id.client) as Struct[], struct.id.clock);
    if (item instanceof Y.Item) items.push(item);
  }
  for (const [client, ranges] of ds.clients)
    for (const { clock, len } of ranges) {
      const item = len > 0 ? findIn(doc.store.clients.get(client) as Struct[], clock) : undefined;
      if (item instanceof Y.Item) items.push(item);
    }
  return items;
}

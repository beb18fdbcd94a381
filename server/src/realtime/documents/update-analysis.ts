import * as Y from 'yjs';

/** What an incoming update would do to a document, worked out before it is applied. */
export interface UpdateAnalysis {
  /** Structs (items and garbage-collected ranges) it carries. */
  structs: number;
  /**
   * Whether it refers to something neither the document nor the update itself holds (an
   * earlier edit of the same client, a neighbour, a parent, a deleted range). Such an update
   * is normal traffic from a client that has edits the server lacks; it cannot be applied yet.
   */
  hasMissingDependencies: boolean;
  /**
   * The deepest level at which it creates a shared type (a type in a root type is at level 2),
   * or 0 if it creates none. Counting stops just past `depthLimit`.
   */
  deepestNewType: number;
  /** Whether it embeds a sub-document (never used by this app). */
  hasSubdocuments: boolean;
  /**
   * Whether its structs refer to each other in a way no Yjs client produces: an item pointing at
   * its own client's same or later clock, or a cycle of references across clients. Yjs cannot
   * integrate such structs (it would keep them pending for ever, or throw half-way through).
   */
  isMalformed: boolean;
}

type Struct = Y.Item | Y.GC;
type DecodedStruct = Struct | Y.Skip;

/** The struct of one client's list (sorted by clock) that contains `clock`, if any. */
function findStruct(list: Struct[] | undefined, clock: number): Struct | undefined {
  if (!list) return undefined;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const struct = list[mid]!;
    if (clock < struct.id.clock) high = mid - 1;
    else if (clock >= struct.id.clock + struct.length) low = mid + 1;
    else return struct;
  }
  return undefined;
}

/** Levels of shared types above an item already in the document (its root type counts 1). */
function levelInDocument(struct: Struct, limit: number): number {
  if (!(struct instanceof Y.Item)) return 1; // collected content: its parent is gone
  let level = 1;
  let type = struct.parent as Y.AbstractType<unknown> | null;
  while (type?._item && level <= limit) {
    level++;
    type = type._item.parent as Y.AbstractType<unknown> | null;
  }
  return level;
}

/**
 * Analyses a Yjs update against a document without applying it. Every check is iterative (no
 * recursion on document structure), because the content is untrusted: a document nested
 * thousands of levels deep overflows the stack of Yjs's own recursive delete and of any
 * recursive reader, so it must never be accepted.
 * @throws when the update cannot be decoded.
 */
export function analyseUpdate(doc: Y.Doc, update: Uint8Array, depthLimit: number): UpdateAnalysis {
  const { structs, ds } = Y.decodeUpdate(update) as unknown as {
    structs: DecodedStruct[];
    ds: { clients: Map<number, { clock: number; len: number }[]> };
  };
  const byClient = new Map<number, Struct[]>();
  let count = 0;
  let createsTypes = false;
  let hasSubdocuments = false;
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    count++;
    let list = byClient.get(struct.id.client);
    if (!list) byClient.set(struct.id.client, (list = []));
    list.push(struct);
    if (struct instanceof Y.Item) {
      if (struct.content instanceof Y.ContentType) createsTypes = true;
      else if (struct.content instanceof Y.ContentDoc) hasSubdocuments = true;
    }
  }

  const inDocument = (client: number, clock: number) => clock < Y.getState(doc.store, client);
  const has = (client: number, clock: number) =>
    inDocument(client, clock) || findStruct(byClient.get(client), clock) !== undefined;

  let hasMissingDependencies = false;
  let isMalformed = false;
  /** What a struct refers to that is in the update itself (not yet in the document). */
  const referencesInUpdate = (struct: Struct): Struct[] => {
    const found: Struct[] = [];
    const add = (id: Y.ID | null) => {
      if (id === null || inDocument(id.client, id.clock)) return;
      const target = findStruct(byClient.get(id.client), id.clock);
      if (target) found.push(target);
    };
    if (struct.id.clock > 0) add(Y.createID(struct.id.client, struct.id.clock - 1));
    if (struct instanceof Y.Item) {
      add(struct.origin);
      add(struct.rightOrigin);
      const parent = struct.parent as unknown;
      if (parent instanceof Y.ID) add(parent);
    }
    return found;
  };
  for (const list of byClient.values()) {
    for (const struct of list) {
      const { client, clock } = struct.id;
      if (clock > 0 && !has(client, clock - 1)) hasMissingDependencies = true;
      if (struct instanceof Y.Item) {
        const parent = struct.parent as unknown;
        const refs = [struct.origin, struct.rightOrigin, parent instanceof Y.ID ? parent : null];
        if (refs.some((id) => id !== null && !has(id.client, id.clock))) hasMissingDependencies = true;
        // A client's items only ever refer to its own earlier ones: anything else cannot be integrated.
        if (refs.some((id) => id !== null && id.client === client && id.clock >= clock)) isMalformed = true;
      }
    }
  }
  if (!hasMissingDependencies) {
    for (const [client, deletes] of ds.clients) {
      if (deletes.some((range) => range.len > 0 && !has(client, range.clock + range.len - 1))) {
        hasMissingDependencies = true;
        break;
      }
    }
  }
  if (!isMalformed && !hasMissingDependencies) isMalformed = hasReferenceCycle(byClient, referencesInUpdate);

  const deepestNewType = createsTypes && !hasMissingDependencies ? deepestTypeLevel(doc, byClient, depthLimit) : 0;
  return { structs: count, hasMissingDependencies, deepestNewType, hasSubdocuments, isMalformed };
}

/**
 * Whether the update's structs refer to each other in a cycle (A's origin is B, B's is A, across
 * two clients), which no real client can produce: each struct refers only to what existed when
 * it was made. Depth-first search with an explicit stack and three colours.
 */
function hasReferenceCycle(byClient: Map<number, Struct[]>, referencesOf: (struct: Struct) => Struct[]): boolean {
  const DONE = 2;
  const ON_PATH = 1;
  const colour = new Map<Struct, number>();
  for (const list of byClient.values()) {
    for (const start of list) {
      if (colour.has(start)) continue;
      const stack: { struct: Struct; next: Struct[] }[] = [{ struct: start, next: referencesOf(start) }];
      colour.set(start, ON_PATH);
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const target = top.next.pop();
        if (target === undefined) {
          colour.set(top.struct, DONE);
          stack.pop();
          continue;
        }
        const seen = colour.get(target);
        if (seen === ON_PATH) return true;
        if (seen === DONE) continue;
        colour.set(target, ON_PATH);
        stack.push({ struct: target, next: referencesOf(target) });
      }
    }
  }
  return false;
}

/**
 * The deepest level of a type created by the update's items, resolving each item's parent
 * through the update or the document. An item written without parent information inherits the
 * parent of its left (or right) origin, so levels are found by walking hops, memoised, with an
 * explicit stack.
 */
function deepestTypeLevel(doc: Y.Doc, byClient: Map<number, Struct[]>, limit: number): number {
  const level = new Map<Struct, number>();
  const locate = (id: Y.ID): { struct: Struct; isNew: boolean } => {
    const fresh = findStruct(byClient.get(id.client), id.clock);
    if (fresh) return { struct: fresh, isNew: true };
    return { struct: Y.getItem(doc.store, id) as Struct, isNew: false };
  };
  /** Level of the item `start` (root-level items are at level 1). */
  const levelOf = (start: Struct): number => {
    const chain: { struct: Struct; step: number }[] = [];
    let current: Struct = start;
    let isNew = true;
    let base: number;
    let total = 0;
    const visited = new Set<Struct>();
    for (;;) {
      if (visited.has(current)) {
        base = limit + 1; // a cycle (refused as malformed before this is reached): never loop
        break;
      }
      visited.add(current);
      const known = level.get(current);
      if (known !== undefined) {
        base = known;
        break;
      }
      if (!isNew || !(current instanceof Y.Item)) {
        base = isNew ? 1 : levelInDocument(current, limit);
        if (isNew) level.set(current, base);
        break;
      }
      const parent = current.parent as unknown;
      if (typeof parent === 'string') {
        base = 1;
        level.set(current, base);
        break;
      }
      let next: { struct: Struct; isNew: boolean };
      let step: number;
      if (parent instanceof Y.ID) {
        next = locate(parent);
        step = 1;
      } else {
        const sibling = current.origin ?? current.rightOrigin;
        if (!sibling) {
          base = 1;
          level.set(current, base);
          break;
        }
        next = locate(sibling);
        step = 0;
      }
      chain.push({ struct: current, step });
      total += step;
      if (total > limit) {
        base = limit + 1; // deep enough to refuse; levels below are not needed exactly
        break;
      }
      current = next.struct;
      isNew = next.isNew;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const { struct, step } = chain[i]!;
      base = Math.min(limit + 1, base + step);
      level.set(struct, base);
    }
    return level.get(start) ?? base;
  };

  let deepest = 0;
  for (const list of byClient.values()) {
    for (const struct of list) {
      if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType)) continue;
      deepest = Math.max(deepest, levelOf(struct) + 1);
      if (deepest > limit) return deepest;
    }
  }
  return deepest;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- Yjs types its parents as AbstractType<any>. */
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { CollabDoc } from './useCollabDoc.ts';

/** Where a change landed: the name of a root type, and for the short-answers map, the key. */
export interface ChangedPart {
  root: string;
  key?: string;
}

/** The name under which `type`'s root is shared in the document, and the map key just under it. */
function partOf(doc: Y.Doc, type: Y.AbstractType<any>): ChangedPart | null {
  let current: Y.AbstractType<any> = type;
  let key: string | undefined;
  while (current._item) {
    if (current._item.parentSub) key = current._item.parentSub;
    current = current._item.parent as Y.AbstractType<any>;
  }
  for (const [name, shared] of doc.share) if (shared === current) return key === undefined ? { root: name } : { root: name, key };
  return null;
}

/**
 * Who changed what in one remote transaction: the client ids whose clocks moved (the authors) and
 * the parts touched. Keys changed directly in a root map count as parts too.
 */
export function summariseTransaction(tr: Y.Transaction): { authors: number[]; parts: ChangedPart[] } {
  const authors: number[] = [];
  tr.afterState.forEach((clock, client) => {
    if (clock > (tr.beforeState.get(client) ?? 0)) authors.push(client);
  });
  // A deletion moves no clock: its authors are unknown, so it is attributed to nobody.
  const parts = new Map<string, ChangedPart>();
  tr.changed.forEach((keys, type) => {
    const part = partOf(tr.doc, type);
    if (!part) return;
    // A root map's own keys (an array or text changes with a null key), even before this copy has typed it as a map.
    const ownKeys = [...keys].filter((key): key is string => key !== null);
    if (!type._item && ownKeys.length === keys.size && ownKeys.length > 0)
      for (const key of ownKeys) parts.set(`${part.root}|${key}`, { root: part.root, key });
    else parts.set(`${part.root}|${part.key ?? ''}`, part);
  });
  return { authors, parts: [...parts.values()] };
}

/** The display name someone publishes in the document's awareness, if they are an editor with a name. */
function nameOf(awareness: Awareness, client: number): string | null {
  const user = (awareness.getStates().get(client) as { user?: { name?: unknown; role?: unknown } } | undefined)?.user;
  return typeof user?.name === 'string' && user.name.trim() && user.role !== 'viewer' ? user.name.trim().slice(0, 80) : null;
}

/** One person's changes since the last announcement. */
export interface RemoteChange {
  name: string;
  labels: string[];
}

/** How long changes are gathered before one polite announcement (not every keystroke). */
export const ANNOUNCE_EVERY_MS = 4000;

/**
 * Other people's changes to a live document, gathered and released as one summary every few
 * seconds for an `aria-live` region: "Tom Hughes changed Parents' views". Changes made here, those
 * replayed from this device's copy, the first sync and anonymous (server) edits are not announced.
 * `label` names a part for people, or returns null for parts not worth announcing.
 */
export function useRemoteChanges(collab: CollabDoc | null, label: (part: ChangedPart) => string | null): RemoteChange[] {
  const [changes, setChanges] = useState<RemoteChange[]>([]);
  useEffect(() => {
    if (!collab) return;
    const { doc, provider } = collab;
    const pending = new Map<string, Set<string>>();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      setChanges([...pending].map(([name, labels]) => ({ name, labels: [...labels] })));
      pending.clear();
    };
    const onTransaction = (tr: Y.Transaction) => {
      if (tr.local || tr.origin !== provider || !provider.synced) return;
      const { authors, parts } = summariseTransaction(tr);
      for (const author of authors) {
        if (author === doc.clientID) continue;
        const name = nameOf(provider.awareness, author);
        if (!name) continue;
        const labels = pending.get(name) ?? new Set<string>();
        for (const part of parts) {
          const text = label(part);
          if (text) labels.add(text);
        }
        if (labels.size > 0) pending.set(name, labels);
      }
      if (pending.size > 0 && !timer) timer = setTimeout(flush, ANNOUNCE_EVERY_MS);
    };
    doc.on('afterTransaction', onTransaction);
    return () => {
      doc.off('afterTransaction', onTransaction);
      if (timer) clearTimeout(timer);
    };
  }, [collab, label]);
  return changes;
}

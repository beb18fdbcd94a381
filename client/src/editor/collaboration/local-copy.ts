import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/** Prefix of the IndexedDB databases holding local copies, so they can all be found and removed. */
const PREFIX = 'ehcp-doc:';
const GENERATION_KEY = 'generation';

/**
 * A copy of one document in this browser's IndexedDB (y-indexeddb), so edits made offline
 * survive a closed tab or a phone that went to sleep, and are sent on the next visit. The
 * document's generation is kept with it: a copy from before a reset is thrown away, never merged.
 */
export interface LocalCopy {
  /** Resolves once the stored copy has been loaded into the document. */
  loaded: Promise<void>;
  generation(): Promise<string | null>;
  setGeneration(generation: string): Promise<void>;
  /** Deletes the copy (and stops keeping one). */
  clear(): Promise<void>;
  /** Stops keeping the copy; what is stored stays. */
  close(): void;
}

export function openLocalCopy(docName: string, doc: Y.Doc): LocalCopy {
  const persistence = new IndexeddbPersistence(`${PREFIX}${docName}`, doc);
  return {
    loaded: persistence.whenSynced.then(() => undefined),
    generation: async () => {
      const value: unknown = await persistence.get(GENERATION_KEY);
      return typeof value === 'string' ? value : null;
    },
    setGeneration: async (generation) => {
      await persistence.set(GENERATION_KEY, generation);
    },
    clear: () => persistence.clearData(),
    close: () => void persistence.destroy(),
  };
}

/**
 * Deletes every local copy in this browser (on sign-out, so the next person at a shared school
 * computer finds no report text). Browsers without `indexedDB.databases()` keep them.
 */
export async function clearAllLocalCopies(): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const databases = await indexedDB.databases();
  await Promise.all(
    databases
      .filter((db) => db.name?.startsWith(PREFIX))
      .map(
        (db) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(db.name!);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
}

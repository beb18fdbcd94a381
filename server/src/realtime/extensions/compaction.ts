import type { RealtimeLimits } from '../../config/index.ts';
import type { Logger } from '../../logging/index.ts';
import type { Extension } from '../documents/index.ts';
import type { DocPersistence } from '../persistence/doc-persistence.ts';

/**
 * Keeps stored documents from growing without bound. `onDurable`: once a loaded document's
 * update log holds `compactAfterUpdates` entries or `compactAfterBytes` bytes, it is folded into
 * the snapshot. `beforeUnloadDocument`: a document leaving memory is compacted (after the
 * update log's flush, which runs first). One compaction at a time per document; the snapshot's
 * version makes a concurrent one elsewhere fail harmlessly.
 */
export function compaction(
  persistence: DocPersistence,
  limits: Pick<RealtimeLimits, 'compactAfterUpdates' | 'compactAfterBytes'>,
  log: Logger,
): Extension {
  const running = new Map<string, Promise<void>>();
  const compact = (docName: string): Promise<void> => {
    let current = running.get(docName);
    if (!current) {
      current = persistence
        .compact(docName)
        .then(() => undefined)
        .catch((error: unknown) => log.error({ doc: docName, err: error }, 'compaction failed; the log is kept'))
        .finally(() => running.delete(docName));
      running.set(docName, current);
    }
    return current;
  };
  return {
    name: 'compaction',
    onDurable: (doc) => {
      const stats = persistence.logStats(doc.name);
      if (stats.count >= limits.compactAfterUpdates || stats.bytes >= limits.compactAfterBytes) void compact(doc.name);
    },
    beforeUnloadDocument: async (doc) => {
      await running.get(doc.name);
      await compact(doc.name);
    },
    onDestroy: async () => {
      await Promise.all(running.values());
    },
  };
}

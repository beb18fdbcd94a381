import type { RealtimeLimits } from '../../config/index.ts';
import type { Logger } from '../../logging/index.ts';
import type { Extension } from '../documents/index.ts';
import type { DocPersistence } from '../persistence/doc-persistence.ts';

/** Leases across processes (the cluster bus), so one process at a time compacts a document. */
export interface CompactionLeases {
  acquireLease(key: string, ms: number): Promise<boolean>;
  releaseLease(key: string): Promise<void>;
}

/** Longest a compaction may take before another process may start one. */
const LEASE_MS = 30_000;

/**
 * Keeps stored documents from growing without bound. `onDurable`: once a loaded document's
 * update log holds `compactAfterUpdates` entries or `compactAfterBytes` bytes, it is folded into
 * the snapshot. `beforeUnloadDocument`: a document leaving memory is compacted (after the
 * update log's flush, which runs first). One compaction at a time per document: in this process by
 * a map of running ones, across processes by a lease (when there are several); the snapshot's
 * version still makes a concurrent one fail harmlessly if a lease lapses.
 */
export function compaction(
  persistence: DocPersistence,
  limits: Pick<RealtimeLimits, 'compactAfterUpdates' | 'compactAfterBytes'>,
  log: Logger,
  leases: CompactionLeases | null = null,
): Extension {
  const compactUnderLease = async (docName: string) => {
    const key = `compact:${docName}`;
    if (leases && !(await leases.acquireLease(key, LEASE_MS))) return; // another process is at it
    try {
      await persistence.compact(docName);
    } finally {
      if (leases) await leases.releaseLease(key).catch(() => undefined);
    }
  };
  const running = new Map<string, Promise<void>>();
  const compact = (docName: string): Promise<void> => {
    let current = running.get(docName);
    if (!current) {
      current = compactUnderLease(docName)
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

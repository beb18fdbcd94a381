import * as Y from 'yjs';
import type { Logger } from '../../logging/index.ts';

export interface WriteQueueOptions {
  /** Milliseconds to gather updates before one write. */
  batchMs: number;
  /**
   * Milliseconds to gather updates pushed as `relaxed` (nobody is waiting on them: another process
   * accepted them and stores them too) before a write; a prompt update cuts the wait short.
   */
  relaxedBatchMs: number;
  /** Appends one merged update durably; rejects on failure. */
  write: (merged: Uint8Array) => Promise<void>;
  /** The document's current Yjs snapshot (state vector + delete set), encoded. */
  takeSnapshot: () => Uint8Array;
  /** Called after a write resolved, with the snapshot that is now durable and the bytes written. */
  onDurable: (encodedSnapshot: Uint8Array, bytesWritten: number) => void;
  log: Logger;
}

const MAX_WRITE_ATTEMPTS = 5;

/**
 * Write-behind queue for one document's accepted updates. Updates are queued synchronously
 * as they are applied, gathered for `batchMs` (`relaxedBatchMs` while only relaxed ones wait),
 * merged, and written one batch at a time. The snapshot taken when a batch is cut covers
 * exactly what is durable once that write resolves, because every earlier update is in this
 * batch or an earlier, already durable one. A failed write is retried with backoff and, if it
 * still fails, put back: updates are never dropped.
 */
export class WriteQueue {
  private pending: Uint8Array[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** When the scheduled write fires (Date.now() clock). */
  private dueAt = Infinity;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly options: WriteQueueOptions) {}

  /** Updates accepted but not yet durable. */
  get size(): number {
    return this.pending.length;
  }

  /**
   * Queues an accepted update. A prompt one is written within `batchMs`; a relaxed one within
   * `relaxedBatchMs`, together with whatever comes before then.
   */
  push(update: Uint8Array, { relaxed = false }: { relaxed?: boolean } = {}): void {
    this.pending.push(update);
    // Timers end on multiples of the wait, so busy documents flush in the same turn and their
    // appends share one database round trip (DocPersistence.append).
    const wait = relaxed ? this.options.relaxedBatchMs : this.options.batchMs;
    const now = Date.now();
    this.flushBy(wait === 0 ? now : now + wait - (now % wait), now);
  }

  /** Writes everything queued so far; resolves when that write is done (or was put back). */
  flush(): Promise<void> {
    this.chain = this.chain.then(() => this.writePending());
    return this.chain;
  }

  /** Resolves once nothing accepted is waiting; rejects if the database keeps refusing. */
  async whenDurable(): Promise<void> {
    this.clearTimer();
    for (let round = 0; round < 10 && (round === 0 || this.pending.length > 0); round++) await this.flush();
    if (this.pending.length > 0) throw new Error(`${this.pending.length} updates could not be persisted`);
  }

  dispose(): void {
    this.clearTimer();
  }

  /** Makes sure a write starts by `dueAt` (an earlier scheduled write stands). */
  private flushBy(dueAt: number, now: number): void {
    if (this.timer && dueAt >= this.dueAt) return;
    this.clearTimer();
    this.dueAt = dueAt;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.dueAt = Infinity;
      void this.flush();
    }, dueAt - now);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dueAt = Infinity;
  }

  private async writePending(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending.splice(0);
    const snapshot = this.options.takeSnapshot();
    const merged = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      try {
        await this.options.write(merged);
        this.options.onDurable(snapshot, merged.byteLength);
        return;
      } catch (error) {
        this.options.log.error({ attempt, err: error }, 'update log write failed');
        if (attempt < MAX_WRITE_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      }
    }
    // Yjs updates commute, so putting the batch back in front keeps every guarantee.
    this.pending.unshift(...batch);
    const now = Date.now();
    this.flushBy(now + 1000, now);
  }
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../../logging/index.ts';
import { WriteQueue } from './write-queue.ts';

/**
 * The queue's scheduling, on fake timers: when a write happens and what it holds. The write is
 * a function the queue is given (the update log passes DocPersistence.append, tested against the
 * real database in doc-persistence.test.ts); here it records what it was asked to write.
 */
const log = createLogger({ level: 'silent', pretty: false });

function editsOf(doc: Y.Doc, ...words: string[]): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array) => updates.push(update);
  doc.on('update', record);
  for (const word of words) doc.getText('t').insert(doc.getText('t').length, word);
  doc.off('update', record);
  return updates;
}

function queueRecordingWrites(options: { failFirst?: number } = {}) {
  /** What the "database" holds after each write, as text. */
  const written: string[] = [];
  const stored = new Y.Doc();
  const durable: number[] = [];
  let failures = options.failFirst ?? 0;
  const queue = new WriteQueue({
    batchMs: 25,
    relaxedBatchMs: 250,
    write: async (merged) => {
      if (failures-- > 0) throw new Error('refused');
      Y.applyUpdate(stored, merged);
      written.push(stored.getText('t').toString());
    },
    takeSnapshot: () => new Uint8Array(),
    onDurable: (_snapshot, bytes) => durable.push(bytes),
    log,
  });
  return { queue, written, durable };
}

describe('WriteQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 }); // a multiple of both waits
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes a prompt update within batchMs, merged with what came in the meantime', async () => {
    const { queue, written } = queueRecordingWrites();
    const [a, b] = editsOf(new Y.Doc(), 'a', 'b');
    queue.push(a!);
    await vi.advanceTimersByTimeAsync(10);
    queue.push(b!);
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(15);
    expect(written).toEqual(['ab']);
    expect(queue.size).toBe(0);
  });

  it('keeps a relaxed update for relaxedBatchMs, unless a prompt one comes, which takes it along', async () => {
    const { queue, written } = queueRecordingWrites();
    const [a, b, c] = editsOf(new Y.Doc(), 'a', 'b', 'c');
    queue.push(a!, { relaxed: true });
    await vi.advanceTimersByTimeAsync(249);
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(written).toEqual(['a']);

    queue.push(b!, { relaxed: true });
    await vi.advanceTimersByTimeAsync(100);
    queue.push(c!); // someone here is waiting on "Saved"
    await vi.advanceTimersByTimeAsync(25);
    expect(written).toEqual(['a', 'abc']);
    await vi.advanceTimersByTimeAsync(500);
    expect(written).toEqual(['a', 'abc']);
  });

  it('does not put a prompt write off when a relaxed update follows it', async () => {
    const { queue, written } = queueRecordingWrites();
    const [a, b] = editsOf(new Y.Doc(), 'a', 'b');
    queue.push(a!);
    queue.push(b!, { relaxed: true });
    await vi.advanceTimersByTimeAsync(25);
    expect(written).toEqual(['ab']);
  });

  it('flushes relaxed updates at once when asked whether everything is durable', async () => {
    const { queue, written } = queueRecordingWrites();
    const [a] = editsOf(new Y.Doc(), 'a');
    queue.push(a!, { relaxed: true });
    await queue.whenDurable();
    expect(written).toEqual(['a']);
  });

  it('puts a batch the database keeps refusing back, and writes it with the next one', async () => {
    const { queue, written, durable } = queueRecordingWrites({ failFirst: 5 });
    const [a, b] = editsOf(new Y.Doc(), 'a', 'b');
    queue.push(a!, { relaxed: true });
    await vi.advanceTimersByTimeAsync(250 + 100 + 200 + 400 + 800); // five attempts with backoff
    expect(written).toEqual([]);
    expect(queue.size).toBe(1);
    queue.push(b!);
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual(['ab']);
    expect(durable).toHaveLength(1);
  });
});

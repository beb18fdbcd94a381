import * as Y from 'yjs';

const REMOTE = Symbol('remote');

/**
 * Two Y.Docs joined by a simulated network: each side's updates queue up in its direction
 * and are delivered when the test says, in batches (merged, as a server batch or a sync step 2
 * would be); a side can go offline, and comes back with a state-vector exchange like y-websocket.
 */
export class ReplicaNetwork {
  readonly docs: [Y.Doc, Y.Doc];
  /** queues[0] holds updates from docs[0] on their way to docs[1], and the other way round. */
  private readonly queues: [Uint8Array[], Uint8Array[]] = [[], []];
  private readonly offline = [false, false];

  constructor() {
    this.docs = [new Y.Doc(), new Y.Doc()];
    this.docs.forEach((doc, side) =>
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== REMOTE) this.queues[side]!.push(update);
      }),
    );
  }

  isOffline(side: 0 | 1): boolean {
    return this.offline[side]!;
  }

  /** Delivers up to `count` queued updates from `from` to the other side, as one merged update. */
  deliver(from: 0 | 1, count: number): void {
    if (this.offline[0] || this.offline[1]) return;
    const batch = this.queues[from]!.splice(0, count);
    if (batch.length > 0) Y.applyUpdate(this.docs[1 - from]!, Y.mergeUpdates(batch), REMOTE);
  }

  /** Takes a side off the network, or brings it back (then both sides exchange what the other lacks). */
  setOffline(side: 0 | 1, isOffline: boolean): void {
    const wasOffline = this.offline[0] || this.offline[1];
    this.offline[side] = isOffline;
    if (wasOffline && !this.offline[0] && !this.offline[1]) this.resync();
  }

  /** Everything delivered both ways, everyone online. */
  settle(): void {
    this.offline[0] = this.offline[1] = false;
    this.resync();
  }

  private resync(): void {
    const [a, b] = this.docs;
    const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    this.queues[0].length = 0;
    this.queues[1].length = 0;
    Y.applyUpdate(b, toB, REMOTE);
    Y.applyUpdate(a, toA, REMOTE);
  }

  destroy(): void {
    this.docs.forEach((doc) => doc.destroy());
  }
}

/**
 * What the server processes of one deployment share: publish/subscribe channels and short
 * leases. With `REDIS_URL` it is Redis (redis-bus.ts); without, there is no bus and the app runs
 * as one process, exactly as before (the callers take `ClusterBus | null`).
 */
export interface ClusterBus {
  /** This process's random id, carried in what it publishes so it can ignore its own echo. */
  readonly processId: string;
  /** Publishes to every process subscribed to `channel` (at most once; lost while a link is down). */
  publish(channel: string, message: Uint8Array | string): void;
  /** Delivers every message on `channel` to `listener` until unsubscribed. Resolves once subscribed. */
  subscribe(channel: string, listener: (message: Buffer) => void): Promise<void>;
  unsubscribe(channel: string, listener: (message: Buffer) => void): Promise<void>;
  /** How many processes are subscribed to `channel` now (a process that died is no longer counted). */
  subscriberCount(channel: string): Promise<number>;
  /** Takes `key` for `ms` if nobody holds it; true when this process now holds it. */
  acquireLease(key: string, ms: number): Promise<boolean>;
  /** Gives a lease back early (only if this process still holds it). */
  releaseLease(key: string): Promise<void>;
  /**
   * Calls `listener` each time the link to the other processes comes back after it was lost.
   * Whatever was published meanwhile (updates, freezes, access changes) never arrived here.
   */
  onReconnect(listener: () => void): () => void;
  close(): Promise<void>;
}

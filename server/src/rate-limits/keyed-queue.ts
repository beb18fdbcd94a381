/**
 * Runs tasks one at a time per key, in order, and different keys concurrently. Rate-limit
 * counters go through it because FerretDB 1.24 (the engine used here in development and tests)
 * applies concurrent `findAndModify`/`$inc` on one document without isolation, losing
 * increments; serialising per key within the process makes one process exact on it, and costs
 * nothing on MongoDB, whose updates are atomic across processes too.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with a task queued or running (for tests: the map never grows without bound). */
  get size(): number {
    return this.tails.size;
  }
}

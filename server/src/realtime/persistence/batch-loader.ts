import DataLoader from 'dataloader';

/** Keys read together at most (a whole room reconnecting after a restart asks for hundreds). */
const MAX_BATCH = 100;

/**
 * A loader that only batches (dataloader, with its cache off: what is read stays as fresh as a
 * single read): every key asked for until the event loop next reaches its check phase, i.e.
 * across all the connections whose messages arrived in one poll, goes to `loadMany` together, at
 * most 100 at a time. On a database that scans for these filters (FerretDB on SQLite), one query
 * for many documents costs about what one for a single document does.
 */
export function batchLoader<K, V>(loadMany: DataLoader.BatchLoadFn<K, V>): DataLoader<K, V, K> {
  return new DataLoader<K, V, K>(loadMany, {
    cache: false,
    maxBatchSize: MAX_BATCH,
    batchScheduleFn: (run) => setImmediate(run),
  });
}

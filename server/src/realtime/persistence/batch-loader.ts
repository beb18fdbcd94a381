import DataLoader from 'dataloader';

/** Keys read together at most (a whole room reconnecting after a restart asks for hundreds). */
const MAX_BATCH = 100;

/**
 * A loader that only batches (dataloader, with its cache off: what is read stays as fresh as a
 * single read). Keys asked for while no read of this loader is under way go to `loadMany` when
 * the event loop next reaches its check phase (`setImmediate`), i.e. together with those of
 * every connection whose messages arrived in the same poll; keys asked for while a read is under
 * way wait for it to end and then go together. So a database slow to answer (FerretDB on
 * SQLite scans the collection for these filters) gets fewer, larger reads instead of a pile of
 * concurrent scans, and an idle one answers a single key at once. At most 100 keys a read.
 */
export function batchLoader<K, V>(loadMany: DataLoader.BatchLoadFn<K, V>): DataLoader<K, V, K> {
  let underWay: Promise<unknown> = Promise.resolve();
  return new DataLoader<K, V, K>(
    (keys) => {
      const read = Promise.resolve(loadMany(keys));
      underWay = read.catch(() => undefined);
      return read;
    },
    { cache: false, maxBatchSize: MAX_BATCH, batchScheduleFn: (dispatch) => void underWay.then(() => setImmediate(dispatch)) },
  );
}

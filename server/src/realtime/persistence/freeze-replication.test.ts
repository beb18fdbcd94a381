import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '../../../../scripts/redis-server.ts';
import { connectRedisBus, type ClusterBus } from '../../cluster/index.ts';
import { createLogger } from '../../logging/index.ts';
import { DocFreeze } from '../../models/index.ts';
import { connectTestDatabase, dropTestDatabase } from '../../test/test-app.ts';
import { waitFor } from '../../test/wait-for.ts';
import { DocFreezes } from './doc-freezes.ts';
import { replicateFreezes } from './freeze-replication.ts';

/**
 * Issue 13: a freeze taken on one process must not go ahead until every process holding the
 * document has made what it accepted durable. A process that does not hold the document must
 * not answer for one that does, and a holder that stays silent makes the freeze fail (try
 * again) rather than finalise without its edits. Real Redis, real database.
 */
const log = createLogger({ level: 'silent', pretty: false });
let redis: RedisServer;
const buses: ClusterBus[] = [];
let n = 0;
const newDoc = () => `report:${(++n).toString(16).padStart(24, 'f')}`;

/** One "process": its freezes, replicated on its own bus; `holds` says which documents it has loaded. */
async function startProcess(holds: (docName: string) => 'holds' | 'slow' | 'silent' | 'absent', holdersElsewhere: number) {
  const bus = await connectRedisBus(redis.url, log);
  buses.push(bus);
  const freezes = new DocFreezes();
  const flushed: string[] = [];
  freezes.replicateWith(
    await replicateFreezes(
      bus,
      freezes,
      {
        flushLocal: async (docName) => {
          const holding = holds(docName);
          if (holding === 'silent') await new Promise(() => undefined); // never answers (stuck, or dead)
          if (holding === 'absent') return false;
          if (holding === 'slow') await new Promise((resolve) => setTimeout(resolve, 150)); // a write queue draining
          flushed.push(docName);
          return true;
        },
        holdersElsewhere: async () => holdersElsewhere,
        ackTimeoutMs: 400,
      },
      log,
    ),
  );
  return { freezes, flushed };
}

beforeAll(async () => {
  await connectTestDatabase();
  redis = await startRedisServer();
});
afterAll(async () => {
  for (const bus of buses) await bus.close();
  await redis.stop();
  await dropTestDatabase();
});

describe('freezes across processes', () => {
  it('waits for the holder’s flush, not for a process without the document', async () => {
    const docName = newDoc();
    const finaliser = await startProcess(() => 'absent', 1);
    const holder = await startProcess((name) => (name === docName ? 'slow' : 'absent'), 1);
    await startProcess(() => 'absent', 1); // answers nothing: it does not hold the document
    const handle = await finaliser.freezes.acquire(docName, 'finalising');
    expect(holder.flushed).toEqual([docName]);
    await waitFor(() => holder.freezes.stateOf(docName) !== null);
    await handle.release();
    await waitFor(() => holder.freezes.stateOf(docName) === null);
  });

  it('refuses the freeze (document busy) when a holder stays silent, and leaves nothing frozen', async () => {
    const docName = newDoc();
    const finaliser = await startProcess(() => 'absent', 1);
    const stuck = await startProcess((name) => (name === docName ? 'silent' : 'absent'), 1);
    await startProcess(() => 'absent', 1);
    await expect(finaliser.freezes.acquire(docName, 'finalising')).rejects.toMatchObject({ code: 'document_busy' });
    expect(finaliser.freezes.stateOf(docName)).toBeNull();
    expect(await DocFreeze.countDocuments({ docName })).toBe(0);
    await waitFor(() => stuck.freezes.stateOf(docName) === null);
  });

  it('a late release of an older freeze does not end a newer one', async () => {
    const docName = newDoc();
    const first = await startProcess(() => 'absent', 0);
    const other = await startProcess((name) => (name === docName ? 'holds' : 'absent'), 0);
    const older = await first.freezes.acquire(docName, 'finalising');
    await older.release();
    const newer = await first.freezes.acquire(docName, 'finalising');
    await waitFor(() => other.freezes.stateOf(docName) !== null);
    // the older freeze's release is delivered again (as a message overtaken by the newer freeze)
    other.freezes.applyRemote(docName, { state: null, released: 'an-older-owner' });
    expect(other.freezes.stateOf(docName)).not.toBeNull();
    await newer.release();
    await waitFor(() => other.freezes.stateOf(docName) === null);
  });
});

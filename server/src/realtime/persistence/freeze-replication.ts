import { randomUUID } from 'node:crypto';
import type { ClusterBus } from '../../cluster/index.ts';
import type { Logger } from '../../logging/index.ts';
import type { DocFreezes, FreezeReplication, FreezeState } from './doc-freezes.ts';

const CHANNEL = 'doc-freezes';

type FreezeMessage =
  | { kind: 'state'; from: string; docName: string; state: FreezeState | null; requestId: string | null }
  | { kind: 'flushed'; from: string; requestId: string };

export interface FreezeReplicationOptions {
  /** Makes everything this process accepted for a document durable (nothing when it does not hold it). */
  flushLocal(docName: string): Promise<void>;
  /** How many other processes hold a document now. */
  holdersElsewhere(docName: string): Promise<number>;
  /** How long to wait for every holder's "flushed" before going on without a silent one (it has died). */
  ackTimeoutMs: number;
}

/**
 * Freezes across processes. The database holds the freeze (doc-freezes.ts); this carries it, on a
 * Redis channel, to every process, so the document stops accepting edits everywhere, not only
 * where the finalisation runs. A new freeze waits until every other process holding the document
 * has answered that what it accepted before the freeze is durable: the content read for the
 * outcome (from the database) then holds every edit acknowledged as saved anywhere.
 */
export async function replicateFreezes(
  bus: ClusterBus,
  freezes: DocFreezes,
  options: FreezeReplicationOptions,
  log: Logger,
): Promise<FreezeReplication> {
  const waiting = new Map<string, { acks: Set<string>; expected: number; done: () => void }>();
  await bus.subscribe(CHANNEL, (raw) => {
    const message = JSON.parse(raw.toString()) as FreezeMessage;
    if (message.from === bus.processId) return;
    if (message.kind === 'flushed') {
      const waiter = waiting.get(message.requestId);
      if (!waiter) return;
      waiter.acks.add(message.from);
      if (waiter.acks.size >= waiter.expected) waiter.done();
      return;
    }
    freezes.applyRemote(message.docName, message.state);
    if (!message.state || !message.requestId) return;
    const requestId = message.requestId;
    options
      .flushLocal(message.docName)
      .then(() =>
        bus.publish(CHANNEL, JSON.stringify({ kind: 'flushed', from: bus.processId, requestId } satisfies FreezeMessage)),
      )
      .catch((error: unknown) => log.error({ err: error, doc: message.docName }, 'could not flush a document for a freeze'));
  });
  return {
    announce: async (docName, state, isNewFreeze) => {
      const requestId = isNewFreeze ? randomUUID() : null;
      const expected = requestId ? await options.holdersElsewhere(docName) : 0;
      const acked =
        requestId && expected > 0
          ? new Promise<void>((resolve) => {
              const timer = setTimeout(() => {
                log.warn(
                  { doc: docName, expected, acked: waiting.get(requestId)?.acks.size },
                  'a process did not confirm a freeze',
                );
                resolve();
              }, options.ackTimeoutMs);
              waiting.set(requestId, {
                acks: new Set(),
                expected,
                done: () => {
                  clearTimeout(timer);
                  resolve();
                },
              });
            })
          : Promise.resolve();
      bus.publish(
        CHANNEL,
        JSON.stringify({ kind: 'state', from: bus.processId, docName, state, requestId } satisfies FreezeMessage),
      );
      await acked;
      if (requestId) waiting.delete(requestId);
    },
  };
}

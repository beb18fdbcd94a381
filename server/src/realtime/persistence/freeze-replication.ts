import { randomUUID } from 'node:crypto';
import type { ClusterBus } from '../../cluster/index.ts';
import { conflict } from '../../errors/index.ts';
import type { Logger } from '../../logging/index.ts';
import type { DocFreezes, FreezeChange, FreezeReplication } from './doc-freezes.ts';

const CHANNEL = 'doc-freezes';

type FreezeMessage =
  | { kind: 'state'; from: string; docName: string; change: FreezeChange; requestId: string | null }
  | { kind: 'flushed'; from: string; requestId: string };

export interface FreezeReplicationOptions {
  /** Makes everything this process accepted for a document durable; false when it does not hold it. */
  flushLocal(docName: string): Promise<boolean>;
  /** How many other processes hold a document now. */
  holdersElsewhere(docName: string): Promise<number>;
  /**
   * How long to wait for every holder's "flushed". A holder that stays silent may have edits
   * acknowledged as saved that the outcome would miss, so the freeze is refused (try again).
   */
  ackTimeoutMs: number;
}

/**
 * Freezes across processes. The database holds the freeze (doc-freezes.ts); this carries it, on a
 * Redis channel, to every process, so the document stops accepting edits everywhere, not only
 * where the finalisation runs. A new freeze waits until every other process holding the document
 * has answered that what it accepted before the freeze is durable: the content read for the
 * outcome (from the database) then holds every edit acknowledged as saved anywhere. Only
 * processes holding the document answer; a freeze some holder does not confirm in time fails.
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
    freezes.applyRemote(message.docName, message.change);
    if (!message.change.state || !message.requestId) return;
    const requestId = message.requestId;
    options
      .flushLocal(message.docName)
      .then((held) => {
        if (held)
          bus.publish(CHANNEL, JSON.stringify({ kind: 'flushed', from: bus.processId, requestId } satisfies FreezeMessage));
      })
      .catch((error: unknown) => log.error({ err: error, doc: message.docName }, 'could not flush a document for a freeze'));
  });
  return {
    announce: async (docName, change) => {
      const requestId = change.state && change.isNew ? randomUUID() : null;
      const expected = requestId ? await options.holdersElsewhere(docName) : 0;
      const acked =
        requestId && expected > 0
          ? new Promise<void>((resolve, reject) => {
              const timer = setTimeout(() => {
                log.warn(
                  { doc: docName, expected, acked: waiting.get(requestId)?.acks.size },
                  'a process holding the document did not confirm a freeze: refusing it',
                );
                reject(
                  conflict(
                    'document_busy',
                    'Someone is editing this document on another server right now. Try again in a moment.',
                  ),
                );
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
        JSON.stringify({ kind: 'state', from: bus.processId, docName, change, requestId } satisfies FreezeMessage),
      );
      try {
        await acked;
      } finally {
        if (requestId) waiting.delete(requestId);
      }
    },
  };
}

import * as Y from 'yjs';
import { CollabCloseCodes, CollabCloseReasons } from '@ehcp/shared';
import type { RealtimeLimits } from '../../config/index.ts';
import type { Logger } from '../../logging/index.ts';
import type { Extension, SharedDoc } from '../documents/index.ts';

type MemoryLimits = Pick<RealtimeLimits, 'maxDocBytes' | 'maxDocStructs' | 'maxNestingDepth'>;

/** Structs (items and collected ranges) a document holds: what its memory mostly is. */
function structsIn(doc: Y.Doc): number {
  let count = 0;
  for (const structs of doc.store.clients.values()) count += structs.length;
  return count;
}

/**
 * `beforeHandleMessage`: what one document may cost the server. Encoded bytes alone understate
 * it: a document of many tiny map entries costs ~20–50× its encoded size in heap (measured:
 * ~440 bytes per struct), so structs are capped as well as bytes. Updates that would create
 * shared types nested deeper than `maxNestingDepth` are refused outright: Yjs's own delete and
 * any recursive reader overflow the stack on such a document, which would then fail to load or
 * read for good. Refusals close the sending connection with a reason the client can show.
 */
export function memoryBudget(limits: MemoryLimits, log: Logger): Extension {
  /** Encoded bytes: exact at load, plus every applied update (recomputed when near the cap). */
  const bytes = new WeakMap<SharedDoc, number>();
  const refuse = (doc: SharedDoc, userId: string, code: number, reason: string) => {
    log.warn({ doc: doc.name, userId, reason }, 'refusing an update over the document budget');
    return { close: { code, reason } };
  };
  return {
    name: 'memory-budget',
    onLoadDocument: async (doc) => {
      bytes.set(doc, Y.encodeStateAsUpdate(doc.doc).byteLength);
    },
    onChange: (doc, update) => bytes.set(doc, (bytes.get(doc) ?? 0) + update.byteLength),
    beforeHandleMessage: (conn, doc, message, analyse) => {
      if (message.kind !== 'update') return undefined;
      const analysis = analyse();
      const userId = conn.identity.userId;
      if (analysis.hasSubdocuments) return refuse(doc, userId, CollabCloseCodes.badMessage, CollabCloseReasons.badMessage);
      if (analysis.deepestNewType > limits.maxNestingDepth)
        return refuse(doc, userId, CollabCloseCodes.badMessage, CollabCloseReasons.tooDeep);
      if (analysis.hasMissingDependencies) return undefined; // not applied now; the core asks for state
      if (structsIn(doc.doc) + analysis.structs > limits.maxDocStructs)
        return refuse(doc, userId, CollabCloseCodes.tooLarge, CollabCloseReasons.documentFull);
      let size = bytes.get(doc) ?? 0;
      if (size + message.update.byteLength > limits.maxDocBytes) {
        size = Y.encodeStateAsUpdate(doc.doc).byteLength; // the sum of updates overstates it: measure
        bytes.set(doc, size);
        if (size + message.update.byteLength > limits.maxDocBytes)
          return refuse(doc, userId, CollabCloseCodes.tooLarge, CollabCloseReasons.documentFull);
      }
      return undefined;
    },
  };
}

import * as Y from 'yjs';
import { CollabCloseCodes, type DocJsonNode, type RawReportContent } from '@ehcp/shared';
import type { FrozenContent, ReportContentPort } from '../services/index.ts';
import type { DocRegistry, SharedDoc } from './documents/index.ts';
import { readRawReport } from './content/report-json.ts';
import { fragmentToJson } from './content/xml-to-json.ts';
import type { UpdateLogExtension } from './extensions/update-log.ts';
import type { DocFreezes, FreezeReason } from './persistence/doc-freezes.ts';
import type { DocPersistence } from './persistence/doc-persistence.ts';

/**
 * The services' view of live documents (ReportContentPort), so finalising a report or sending a
 * contribution never imports Yjs. Reading never freezes. Freezing belongs to one request: the
 * document stops accepting edits (in every process), everything accepted is made durable, and the
 * content is read from the database; the request then commits the freeze (its record is stored) or releases it (and the edits
 * refused meanwhile are asked for again).
 */
export function createReportContent(
  registry: DocRegistry,
  updateLog: UpdateLogExtension,
  freezes: DocFreezes,
  persistence: DocPersistence,
): ReportContentPort {
  /**
   * The document as the database holds it. After a freeze every process holding it has made its
   * accepted edits durable, so this is the agreed content even when some of them were typed on
   * another process (whose edits this process may not have received yet).
   */
  const readStored = async <T>(docName: string, read: (doc: Y.Doc) => T): Promise<T> => {
    const doc = new Y.Doc();
    try {
      (await persistence.load(docName)).updates.forEach((update) => Y.applyUpdate(doc, update));
      return read(doc);
    } finally {
      doc.destroy();
    }
  };
  const withDoc = async <T>(docName: string, read: (doc: SharedDoc) => Promise<T> | T): Promise<T> => {
    const doc = await registry.get(docName);
    try {
      return await read(doc);
    } finally {
      registry.release(doc);
    }
  };
  const freeze = async <T>(docName: string, reason: FreezeReason, read: (doc: Y.Doc) => T): Promise<FrozenContent<T>> => {
    const handle = await freezes.acquire(docName, reason);
    try {
      await withDoc(docName, (doc) => updateLog.whenDurable(doc));
      const content = await readStored(docName, read);
      return { content, commit: handle.commit, release: handle.release };
    } catch (error) {
      await handle.release().catch(() => undefined);
      throw error;
    }
  };
  return {
    readReport: (docName) => withDoc(docName, (doc) => readRawReport(doc.doc)),
    freezeReport: (docName): Promise<FrozenContent<RawReportContent>> => freeze(docName, 'finalising', readRawReport),
    freezeFragment: (docName, fragment): Promise<FrozenContent<DocJsonNode>> =>
      freeze(docName, 'submitting', (doc) => fragmentToJson(doc.getXmlFragment(fragment))),
    discard: async (docName) => {
      // Out of this process's memory first (its queued edits are written), so none lands after the delete.
      await registry.evict(docName, CollabCloseCodes.accessChanged, 'access changed');
      await persistence.discard(docName);
    },
  };
}

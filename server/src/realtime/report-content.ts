import type { DocJsonNode, RawReportContent } from '@ehcp/shared';
import type { FrozenContent, ReportContentPort } from '../services/index.ts';
import type { DocRegistry, SharedDoc } from './documents/index.ts';
import { readRawReport } from './content/report-json.ts';
import { fragmentToJson } from './content/xml-to-json.ts';
import type { UpdateLogExtension } from './extensions/update-log.ts';
import type { DocFreezes, FreezeReason } from './persistence/doc-freezes.ts';

/**
 * The services' view of live documents (ReportContentPort), so finalising a report or sending a
 * contribution never imports Yjs. Reading never freezes. Freezing belongs to one request: the
 * document stops accepting edits, everything accepted is made durable, and the content is read;
 * the request then commits the freeze (its record is stored) or releases it (and the edits
 * refused meanwhile are asked for again).
 */
export function createReportContent(
  registry: DocRegistry,
  updateLog: UpdateLogExtension,
  freezes: DocFreezes,
): ReportContentPort {
  const withDoc = async <T>(docName: string, read: (doc: SharedDoc) => Promise<T> | T): Promise<T> => {
    const doc = await registry.get(docName);
    try {
      return await read(doc);
    } finally {
      registry.release(doc);
    }
  };
  const freeze = async <T>(docName: string, reason: FreezeReason, read: (doc: SharedDoc) => T): Promise<FrozenContent<T>> => {
    const handle = await freezes.acquire(docName, reason);
    try {
      const content = await withDoc(docName, async (doc) => {
        await updateLog.whenDurable(doc);
        return read(doc);
      });
      return { content, commit: handle.commit, release: handle.release };
    } catch (error) {
      await handle.release().catch(() => undefined);
      throw error;
    }
  };
  return {
    readReport: (docName) => withDoc(docName, (doc) => readRawReport(doc.doc)),
    freezeReport: (docName): Promise<FrozenContent<RawReportContent>> =>
      freeze(docName, 'finalising', (doc) => readRawReport(doc.doc)),
    freezeFragment: (docName, fragment): Promise<FrozenContent<DocJsonNode>> =>
      freeze(docName, 'submitting', (doc) => fragmentToJson(doc.doc.getXmlFragment(fragment))),
  };
}

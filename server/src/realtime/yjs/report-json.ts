import type * as Y from 'yjs';
import { REPORT_FIELDS_MAP, REPORT_ROW_ARRAYS, REPORT_TEXT_FRAGMENTS, type RawReportContent } from '@ehcp/shared';
import { fragmentToJson } from './xml-to-json.ts';

/**
 * Reads a meeting report's Yjs document as plain JSON, by the layout shared with the client:
 * rich-text fragments as Tiptap JSON, the fields map and the row arrays as `toJSON()` (Y.Text
 * values become strings). The result is untrusted; `parseMeetingReport` interprets it.
 */
export function readRawReport(doc: Y.Doc): RawReportContent {
  const fragments = Object.fromEntries(
    Object.values(REPORT_TEXT_FRAGMENTS).map((name) => [name, fragmentToJson(doc.getXmlFragment(name))]),
  );
  const rows = Object.fromEntries(
    Object.values(REPORT_ROW_ARRAYS).map((name) => [name, doc.getArray(name).toJSON() as unknown[]]),
  );
  return { fragments, fields: doc.getMap(REPORT_FIELDS_MAP).toJSON(), rows };
}

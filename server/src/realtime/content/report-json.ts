import type * as Y from 'yjs';
import { REPORT_FIELDS_MAP, REPORT_ROW_ARRAYS, REPORT_TEXT_FRAGMENTS, type RawReportContent } from '@ehcp/shared';
import { fragmentToJson } from './xml-to-json.ts';
import { yToJson } from './y-to-json.ts';

/**
 * Reads a meeting report's Yjs document as plain JSON, by the layout shared with the client:
 * rich-text fragments as Tiptap JSON, the fields map and the row arrays as JSON (Y.Text values
 * become strings), every reader depth-capped. The result is untrusted; `parseMeetingReport`
 * interprets it.
 */
export function readRawReport(doc: Y.Doc): RawReportContent {
  const fragments = Object.fromEntries(
    Object.values(REPORT_TEXT_FRAGMENTS).map((name) => [name, fragmentToJson(doc.getXmlFragment(name))]),
  );
  const rows = Object.fromEntries(
    Object.values(REPORT_ROW_ARRAYS).map((name) => [name, yToJson(doc.getArray(name)) as unknown[]]),
  );
  return { fragments, fields: yToJson(doc.getMap(REPORT_FIELDS_MAP)) as Record<string, unknown>, rows };
}

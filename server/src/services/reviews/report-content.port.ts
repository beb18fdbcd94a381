import type { DocJsonNode, RawReportContent } from '@ehcp/shared';

/**
 * What the finalise and submit use cases need from the live document layer, implemented by
 * realtime/yjs (the only server code that knows Yjs) and injected at the composition root.
 */
export interface ReportContentPort {
  /**
   * Makes the document read-only for everyone, waits until every accepted edit is durable,
   * and returns the named fragment (the report's by default) as Tiptap JSON.
   */
  freeze(docName: string, fragment?: string): Promise<DocJsonNode>;
  /** Like `freeze`, for a meeting report: returns all its parts, by the shared report layout. */
  freezeReport(docName: string): Promise<RawReportContent>;
  /** Reads a meeting report's current content without freezing it (for the readiness check). */
  readReport(docName: string): Promise<RawReportContent>;
  /** Undoes `freeze` or `freezeReport` when finalisation could not be recorded. */
  unfreeze(docName: string): void;
}

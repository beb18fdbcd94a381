import type { DocJsonNode, RawReportContent } from '@ehcp/shared';

/** Content read from a frozen document, and the request's hold on that freeze. */
export interface FrozenContent<T> {
  /** Exactly what the database holds: every accepted edit was made durable before reading. */
  content: T;
  /** The record was stored: the document stays read-only for good. */
  commit(): Promise<void>;
  /**
   * The record was not stored: editing resumes, and edits refused while frozen are asked for
   * again from their authors. Releases only this request's freeze; idempotent.
   */
  release(): Promise<void>;
}

/**
 * What the finalise and submit use cases need from the live document layer, implemented by
 * realtime (the only server code that knows Yjs) and injected at the composition root.
 */
export interface ReportContentPort {
  /** Reads a meeting report's current content without freezing it (readiness, the first check of finalising). */
  readReport(docName: string): Promise<RawReportContent>;
  /**
   * Freezes a meeting report for this request and returns its parts, by the shared report layout.
   * @throws AppError document_busy when another request holds a freeze on it.
   */
  freezeReport(docName: string): Promise<FrozenContent<RawReportContent>>;
  /** Like `freezeReport`, for one fragment (a contribution draft) as Tiptap JSON. */
  freezeFragment(docName: string, fragment: string): Promise<FrozenContent<DocJsonNode>>;
  /**
   * Deletes what is stored for a document whose review was deleted. Call after the review is
   * gone (new connections are refused) and `review.deleted` was emitted (open ones are closed).
   */
  discard(docName: string): Promise<void>;
}

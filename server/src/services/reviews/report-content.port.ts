import type { DocJsonNode } from '@ehcp/shared';

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
  /** Undoes `freeze` when finalisation could not be recorded. */
  unfreeze(docName: string): void;
}

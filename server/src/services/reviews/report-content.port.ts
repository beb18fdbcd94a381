import type { DocJsonNode } from '@ehcp/shared';

/**
 * What the finalise use case needs from the live document layer, implemented by
 * realtime/yjs (the only server code that knows Yjs) and injected at the composition root.
 */
export interface ReportContentPort {
  /**
   * Makes the document read-only for everyone, waits until every accepted edit is durable,
   * and returns the report as Tiptap JSON.
   */
  freeze(docName: string): Promise<DocJsonNode>;
  /** Undoes `freeze` when finalisation could not be recorded. */
  unfreeze(docName: string): void;
}

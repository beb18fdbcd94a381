/** A ProseMirror/Tiptap JSON node, as stored in snapshots and sent to read-only viewers. */
export interface DocJsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocJsonNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

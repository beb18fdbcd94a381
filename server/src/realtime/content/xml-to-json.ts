import * as Y from 'yjs';
import type { DocJsonNode } from '@ehcp/shared';
import { READ_DEPTH_LIMIT } from './y-to-json.ts';

type Delta = { insert: unknown; attributes?: Record<string, unknown> }[];

function textToJson(text: Y.XmlText): DocJsonNode[] {
  return (text.toDelta() as Delta)
    .filter(
      (op): op is { insert: string; attributes?: Record<string, unknown> } =>
        typeof op.insert === 'string' && op.insert.length > 0,
    )
    .map((op) => {
      const node: DocJsonNode = { type: 'text', text: op.insert };
      const marks = Object.entries(op.attributes ?? {}).map(([type, attrs]) =>
        attrs && typeof attrs === 'object' && Object.keys(attrs).length > 0
          ? { type, attrs: attrs as Record<string, unknown> }
          : { type },
      );
      if (marks.length > 0) node.marks = marks;
      return node;
    });
}

function elementToJson(element: Y.XmlElement, depth: number): DocJsonNode {
  const node: DocJsonNode = { type: element.nodeName };
  const attrs = element.getAttributes();
  if (Object.keys(attrs).length > 0) node.attrs = attrs;
  const content = childrenToJson(element, depth + 1);
  if (content.length > 0) node.content = content;
  return node;
}

function childrenToJson(parent: Y.XmlFragment | Y.XmlElement, depth: number): DocJsonNode[] {
  // Deeper than any editor produces: left out rather than overflow the stack (content is untrusted).
  if (depth > READ_DEPTH_LIMIT) return [];
  return parent.toArray().flatMap((child) => {
    if (child instanceof Y.XmlElement) return [elementToJson(child, depth)];
    if (child instanceof Y.XmlText) return textToJson(child);
    return [];
  });
}

/**
 * Converts the Y.XmlFragment that Tiptap's Collaboration extension edits into Tiptap/ProseMirror
 * JSON, so finalisation can snapshot the report without a DOM or editor on the server.
 * Depth-capped at READ_DEPTH_LIMIT.
 */
export function fragmentToJson(fragment: Y.XmlFragment): DocJsonNode {
  return { type: 'doc', content: childrenToJson(fragment, 1) };
}

import * as Y from 'yjs';

/**
 * Deepest level of nested shared types the readers follow. Document content is untrusted: a
 * value nested thousands of levels deep overflows the stack of Yjs's own recursive `toJSON`,
 * so readers stop here and leave deeper values out (`null`) rather than fail.
 */
export const READ_DEPTH_LIMIT = 64;

/**
 * A shared value as plain JSON, like Yjs's `toJSON` but depth-capped: maps become objects,
 * arrays arrays, texts strings; anything nested deeper than `limit` becomes null.
 */
export function yToJson(value: unknown, limit = READ_DEPTH_LIMIT): unknown {
  if (!(value instanceof Y.AbstractType)) return value instanceof Uint8Array ? null : value;
  if (limit <= 0) return null;
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.Map) {
    const result: Record<string, unknown> = {};
    for (const [key, child] of value.entries()) result[key] = yToJson(child, limit - 1);
    return result;
  }
  if (value instanceof Y.Array) return value.toArray().map((child) => yToJson(child, limit - 1));
  return null; // XML types are read by fragmentToJson
}

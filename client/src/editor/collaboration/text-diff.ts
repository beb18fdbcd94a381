/** One edit that turns an old string into a new one: delete `remove` chars at `index`, then insert `insert`. */
export interface TextEdit {
  index: number;
  remove: number;
  insert: string;
}

/**
 * The smallest single-range edit between two strings (common prefix and suffix kept), so a
 * keystroke in a text box becomes one small Yjs operation that merges with others' typing.
 */
export function diffText(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

/** A Yjs text delta: retain, insert or delete. */
export type TextDelta = { retain?: number; insert?: unknown; delete?: number }[];

/** Where a caret at `index` ends up after someone else's change, so remote typing never moves it. */
export function shiftIndex(index: number, delta: TextDelta): number {
  let position = 0;
  let shifted = index;
  for (const op of delta) {
    if (position >= index) break;
    if (op.retain !== undefined) position += op.retain;
    else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      shifted += length;
      position += length;
    } else if (op.delete !== undefined) {
      shifted -= Math.min(op.delete, index - position);
    }
  }
  return Math.max(0, shifted);
}

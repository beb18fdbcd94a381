/**
 * Plain-text deltas (the shape of a Yjs `YTextEvent.delta` and of `Y.Text.applyDelta`) and the
 * little operational-transform algebra the text-box binding needs: apply a delta to a string,
 * move an index or a selection through a delta, and transform one delta against another.
 * Lengths and indices are UTF-16 code units, as in Yjs and in the DOM.
 */

/** One operation of a delta: keep `retain` units, insert a string, or delete `delete` units. */
export type DeltaOp = { retain: number } | { insert: string } | { delete: number };

/** A sequence of operations read left to right over the old string. */
export type TextDelta = readonly DeltaOp[];

/** A selection in a text box; `start === end` is a caret. */
export interface TextSelection {
  start: number;
  end: number;
  direction: 'forward' | 'backward' | 'none';
}

/** Which way an index leans when text is inserted exactly at it: -1 stays before the insert, 1 moves after it. */
export type Assoc = -1 | 1;

const lengthOf = (op: DeltaOp) => ('retain' in op ? op.retain : 'delete' in op ? op.delete : op.insert.length);

/** The delta that turns `before` into `after` by one replacement at `index` (as `lib0/diff` describes it). */
export function replacementDelta(edit: { index: number; remove: number; insert: string }): TextDelta {
  const ops: DeltaOp[] = [];
  if (edit.index > 0) ops.push({ retain: edit.index });
  if (edit.insert) ops.push({ insert: edit.insert });
  if (edit.remove > 0) ops.push({ delete: edit.remove });
  return edit.insert || edit.remove > 0 ? ops : [];
}

/** `value` with `delta` applied; throws if the delta reaches past the end (the caller resyncs). */
export function applyDelta(value: string, delta: TextDelta): string {
  let out = '';
  let at = 0;
  for (const op of delta) {
    if ('insert' in op) out += op.insert;
    else {
      const length = lengthOf(op);
      if (at + length > value.length) throw new RangeError('delta reaches past the end of the text');
      if ('retain' in op) out += value.slice(at, at + length);
      at += length;
    }
  }
  return out + value.slice(at);
}

/**
 * Where `index` ends up after `delta`. Deletions before it pull it back (a deletion around it
 * leaves it at the deletion's start); insertions before it push it on; an insertion exactly at
 * it pushes it on only when `assoc` is 1.
 */
export function mapIndex(index: number, delta: TextDelta, assoc: Assoc): number {
  let at = 0;
  let mapped = index;
  for (const op of delta) {
    if (at > index) break;
    if ('retain' in op) at += op.retain;
    else if ('delete' in op) {
      if (at < index) mapped -= Math.min(op.delete, index - at);
      at += op.delete;
    } else if (at < index || (at === index && assoc === 1)) mapped += op.insert.length;
    else break; // an insertion at the index that does not move it: nothing later can either
  }
  return mapped;
}

/**
 * Where a selection ends up after someone else's `delta`. A caret stays before text inserted
 * exactly at it, so the person keeps typing after their own last character rather than inside
 * the other person's words; a range does not grow to swallow text inserted at its edges.
 */
export function mapSelection(selection: TextSelection, delta: TextDelta): TextSelection {
  if (selection.start === selection.end) {
    const caret = mapIndex(selection.start, delta, -1);
    return { start: caret, end: caret, direction: selection.direction };
  }
  const start = mapIndex(selection.start, delta, 1);
  const end = mapIndex(selection.end, delta, -1);
  if (start < end) return { start, end, direction: selection.direction };
  // Its text was deleted (perhaps with something inserted in its place): a caret where it began.
  const caret = mapIndex(selection.start, delta, -1);
  return { start: caret, end: caret, direction: 'none' };
}

/** Reads a delta op by op, splitting retains and deletes (and inserts) on demand. */
class OpReader {
  private index = 0;
  private offset = 0;
  constructor(private readonly ops: TextDelta) {}

  /** The kind of the next op; an exhausted delta retains for ever. */
  peekKind(): 'retain' | 'insert' | 'delete' {
    const op = this.ops[this.index];
    if (!op) return 'retain';
    return 'retain' in op ? 'retain' : 'delete' in op ? 'delete' : 'insert';
  }

  peekLength(): number {
    const op = this.ops[this.index];
    return op ? lengthOf(op) - this.offset : Infinity;
  }

  hasNext(): boolean {
    return this.index < this.ops.length;
  }

  /** Takes up to `length` units of the next op. */
  next(length = Infinity): DeltaOp {
    const op = this.ops[this.index];
    if (!op) return { retain: length };
    const available = lengthOf(op) - this.offset;
    const taken = Math.min(available, length);
    const start = this.offset;
    if (taken === available) {
      this.index += 1;
      this.offset = 0;
    } else this.offset += taken;
    if ('retain' in op) return { retain: taken };
    if ('delete' in op) return { delete: taken };
    return { insert: op.insert.slice(start, start + taken) };
  }
}

function push(ops: DeltaOp[], op: DeltaOp): void {
  const last = ops[ops.length - 1];
  if (lengthOf(op) === 0) return;
  if (last && 'retain' in last && 'retain' in op) ops[ops.length - 1] = { retain: last.retain + op.retain };
  else if (last && 'delete' in last && 'delete' in op) ops[ops.length - 1] = { delete: last.delete + op.delete };
  else if (last && 'insert' in last && 'insert' in op) ops[ops.length - 1] = { insert: last.insert + op.insert };
  else ops.push(op);
}

/**
 * Rewrites `delta` so that it applies after `against` (both were made on the same text) with
 * the same intent: its insertions stay between the same characters, and it deletes only
 * characters that `against` left. Where both insert at one position, `deltaFirst` says whose
 * text comes first.
 */
export function transformDelta(delta: TextDelta, against: TextDelta, deltaFirst: boolean): TextDelta {
  const mine = new OpReader(delta);
  const theirs = new OpReader(against);
  const out: DeltaOp[] = [];
  while (mine.hasNext() || theirs.hasNext()) {
    if (theirs.peekKind() === 'insert' && (!deltaFirst || mine.peekKind() !== 'insert')) {
      push(out, { retain: lengthOf(theirs.next()) });
    } else if (mine.peekKind() === 'insert') {
      push(out, mine.next());
    } else {
      const length = Math.min(mine.peekLength(), theirs.peekLength());
      const myOp = mine.next(length);
      const theirOp = theirs.next(length);
      if ('delete' in theirOp) continue; // already gone: nothing to keep or delete
      push(out, myOp);
    }
  }
  while (out.length > 0 && 'retain' in out[out.length - 1]!) out.pop();
  return out;
}

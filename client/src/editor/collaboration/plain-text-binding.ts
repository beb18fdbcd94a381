import { simpleDiffStringWithCursor } from 'lib0/diff';
import type * as Y from 'yjs';
import {
  applyDelta,
  mapSelection,
  replacementDelta,
  transformDelta,
  type DeltaOp,
  type TextDelta,
  type TextSelection,
} from './text-delta.ts';

/** What the binding needs from a text box (an `<input>`, a `<textarea>`, or a fake in tests). */
export interface TextControlView {
  getValue(): string;
  setValue(value: string): void;
  getSelection(): TextSelection;
  setSelection(selection: TextSelection): void;
  hasFocus(): boolean;
}

/** The delta of a Yjs text event as plain ops, or null if it holds anything but strings (embeds, formats). */
function plainDelta(event: Y.YTextEvent): TextDelta | null {
  const ops: DeltaOp[] = [];
  for (const op of event.delta) {
    if (op.attributes) return null;
    if (typeof op.retain === 'number') ops.push({ retain: op.retain });
    else if (typeof op.delete === 'number') ops.push({ delete: op.delete });
    else if (typeof op.insert === 'string') ops.push({ insert: op.insert });
    else return null;
  }
  return ops;
}

/**
 * Applies a delta with `insert` and `delete` (not `Y.Text.applyDelta`, whose newline
 * "sanitising" drops a newline typed at the very end in some Yjs versions).
 */
function applyToText(text: Y.Text, delta: TextDelta): void {
  let at = 0;
  for (const op of delta) {
    if ('retain' in op) at += op.retain;
    else if ('delete' in op) text.delete(at, op.delete);
    else {
      text.insert(at, op.insert);
      at += op.insert.length;
    }
  }
}

/**
 * Binds one `Y.Text` to one text box so that concurrent typing merges: each person's words stay
 * intact and in place.
 *
 * - Local edits are the difference between what the box **showed** (`shown`, which always
 *   equals the text as of the last sync) and its new value, never between the text and the
 *   box: the text may already hold others' edits that the box has not shown, and diffing
 *   against it would delete or garble them. The diff is `lib0/diff`'s, which never splits a
 *   surrogate pair (an emoji), anchored at the caret so that typing a letter before the same
 *   letter lands where the person typed it.
 * - Others' edits are applied to the box synchronously as the Yjs delta, and the selection is
 *   moved by the same delta (`mapSelection`: a caret stays before text inserted at it).
 * - During IME composition the box is left alone: others' deltas are queued and, at
 *   `compositionend`, the composed edit is transformed over them and both are applied.
 */
export class PlainTextBinding {
  private shown: string;
  private selection: TextSelection = { start: 0, end: 0, direction: 'none' };
  /** Where the next edit starts at the latest, noted before the box changes (`beforeinput`). */
  private editStart: number | null = null;
  private isComposing = false;
  /** Others' deltas not yet shown in the box (during composition), oldest first. */
  private queued: TextDelta[] = [];
  private isDestroyed = false;

  constructor(
    private readonly text: Y.Text,
    private readonly view: TextControlView,
  ) {
    this.shown = text.toString();
    view.setValue(this.shown);
    text.observe(this.handleTextChange);
  }

  /** Call before the box's value changes (`beforeinput`, `compositionstart`): notes where the edit starts. */
  handleBeforeInput(): void {
    const start = this.view.getSelection().start;
    this.editStart = this.editStart === null ? start : Math.min(this.editStart, start);
  }

  /** Call after the box's value changed (`input`). Ignored during composition. */
  handleInput(): void {
    if (!this.isComposing) this.sync();
  }

  /** Call on `compositionstart`: from now on the box is not touched until the composition ends. */
  handleCompositionStart(): void {
    this.sync();
    this.handleBeforeInput();
    this.isComposing = true;
  }

  /** Call on `compositionend`: the composed text joins the document, with others' edits made meanwhile. */
  handleCompositionEnd(): void {
    this.isComposing = false;
    this.sync();
  }

  /** Call when the selection may have moved without an edit (`select`, `focus`, key and pointer events). */
  handleSelectionChange(): void {
    if (!this.isComposing && this.view.getValue() === this.shown) this.selection = this.view.getSelection();
  }

  /** The box's selection as the binding last saw it. */
  get currentSelection(): TextSelection {
    return this.selection;
  }

  destroy(): void {
    this.isDestroyed = true;
    this.text.unobserve(this.handleTextChange);
  }

  private readonly handleTextChange = (event: Y.YTextEvent, transaction: Y.Transaction): void => {
    if (transaction.origin === this || this.isDestroyed) return;
    const delta = plainDelta(event);
    if (!delta) return this.resync();
    this.queued.push(delta);
    if (!this.isComposing) this.sync();
  };

  /**
   * Brings box and text together: the box's own edit since it last matched (if any) goes into
   * the text, transformed over others' queued deltas, and those deltas (transformed over the
   * edit) go into the box and move its selection.
   */
  private sync(): void {
    const value = this.view.getValue();
    if (value === this.shown && this.queued.length === 0) return;
    const selection = this.view.getSelection();
    const cursor = Math.min(this.editStart ?? this.selection.start, selection.start);
    this.editStart = null;
    let local = replacementDelta(simpleDiffStringWithCursor(this.shown, value, cursor));
    let shownSelection = selection;
    let expected = value;
    try {
      for (const remote of this.queued) {
        // On a tie this person's text goes first, as their caret stays before others' inserts.
        const remoteAfterLocal = transformDelta(remote, local, false);
        local = transformDelta(local, remote, true);
        shownSelection = mapSelection(shownSelection, remoteAfterLocal);
        expected = applyDelta(expected, remoteAfterLocal);
      }
    } catch {
      return this.resync();
    } finally {
      this.queued = [];
    }
    if (local.length > 0) this.text.doc?.transact(() => applyToText(this.text, local), this);
    this.shown = this.text.toString();
    // Defensive: the text should now be exactly what the transforms predict.
    if (this.shown !== expected) return this.resync();
    if (value !== this.shown) this.show(shownSelection);
    else this.selection = selection;
  }

  private show(selection: TextSelection): void {
    this.view.setValue(this.shown);
    const length = this.shown.length;
    const clamped = { ...selection, start: Math.min(selection.start, length), end: Math.min(selection.end, length) };
    if (this.view.hasFocus()) this.view.setSelection(clamped);
    this.selection = clamped;
  }

  /** Shows the text as it is, dropping whatever the box held (only for content the binding cannot model). */
  private resync(): void {
    this.queued = [];
    this.shown = this.text.toString();
    this.show(this.selection);
  }
}

import type { TextSelection } from '../text-delta.ts';
import type { TextControlView } from '../plain-text-binding.ts';

/** The events a text box sends to its binding. */
export interface ControlListener {
  handleBeforeInput(): void;
  handleInput(): void;
  handleCompositionStart(): void;
  handleCompositionEnd(): void;
  handleSelectionChange(): void;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * A text box without a DOM that behaves like a browser's for the binding: typing replaces the
 * selection and fires `beforeinput` then `input`; Backspace removes one code point; IME
 * composition replaces its own range on each update and fires events the same way.
 */
export class FakeTextControl implements TextControlView {
  value = '';
  selection: TextSelection = { start: 0, end: 0, direction: 'none' };
  isFocused = true;
  private listener: ControlListener | null = null;
  private composition: { start: number; end: number } | null = null;

  attach(listener: ControlListener): void {
    this.listener = listener;
  }

  getValue(): string {
    return this.value;
  }
  setValue(value: string): void {
    this.value = value;
    // Like a browser: assigning the value puts the caret at the end.
    this.selection = { start: value.length, end: value.length, direction: 'none' };
  }
  getSelection(): TextSelection {
    return { ...this.selection };
  }
  setSelection(selection: TextSelection): void {
    this.selection = { ...selection };
  }
  hasFocus(): boolean {
    return this.isFocused;
  }

  get isComposing(): boolean {
    return this.composition !== null;
  }

  /** The person puts the caret (or a selection) somewhere. */
  select(start: number, end = start): void {
    this.selection = { start, end, direction: 'none' };
    this.listener?.handleSelectionChange();
  }

  /** The person selects the code point before the caret (Shift+ArrowLeft). */
  selectPreviousCodePoint(): void {
    const caret = this.selection.start;
    const width = caret >= 2 && isHighSurrogate(this.value.charCodeAt(caret - 2)) ? 2 : 1;
    this.select(Math.max(0, caret - width), caret);
  }

  /** The person types `text` over the selection. */
  type(text: string): void {
    this.edit(this.selection.start, this.selection.end, text);
  }

  /** The person presses Backspace: deletes the selection, or the code point before the caret. */
  backspace(): void {
    const { start, end } = this.selection;
    if (start !== end) return this.edit(start, end, '');
    if (start === 0) return;
    const width = start >= 2 && isHighSurrogate(this.value.charCodeAt(start - 2)) ? 2 : 1;
    this.edit(start - width, start, '');
  }

  /** An IME starts composing at the selection. */
  startComposition(): void {
    this.listener?.handleCompositionStart();
    this.composition = { start: this.selection.start, end: this.selection.end };
  }

  /** The IME shows `text` as the current composition (replacing the previous one). */
  updateComposition(text: string): void {
    const composition = this.composition!;
    this.edit(composition.start, composition.end, text);
    composition.end = composition.start + text.length;
  }

  /** The IME commits what it shows. */
  endComposition(): void {
    this.composition = null;
    this.listener?.handleCompositionEnd();
  }

  private edit(start: number, end: number, text: string): void {
    this.listener?.handleBeforeInput();
    this.value = this.value.slice(0, start) + text + this.value.slice(end);
    const caret = start + text.length;
    this.selection = { start: caret, end: caret, direction: 'none' };
    this.listener?.handleInput();
  }
}

import type * as Y from 'yjs';
import { PlainTextBinding, type TextControlView } from './plain-text-binding.ts';
import type { TextSelection } from './text-delta.ts';

/** The text boxes the report binds: single-line and multi-line. */
export type TextControlElement = HTMLInputElement | HTMLTextAreaElement;

/** The binding's view of a real `<input>` or `<textarea>`. */
export function domTextView(element: TextControlElement): TextControlView {
  return {
    getValue: () => element.value,
    setValue: (value) => {
      if (element.value === value) return;
      // Assigning the value may scroll a long box back to the top; keep where the person was reading.
      const { scrollTop, scrollLeft } = element;
      element.value = value;
      element.scrollTop = scrollTop;
      element.scrollLeft = scrollLeft;
    },
    getSelection: () => ({
      start: element.selectionStart ?? 0,
      end: element.selectionEnd ?? 0,
      direction: element.selectionDirection ?? 'none',
    }),
    setSelection: ({ start, end, direction }) => element.setSelectionRange(start, end, direction),
    hasFocus: () => element.ownerDocument.activeElement === element,
  };
}

/** What the box tells whoever publishes this person's caret. */
export interface TextControlPresence {
  /** The selection moved or the person typed (`isEdit`), while the box has focus. */
  onSelection(selection: TextSelection, isEdit: boolean): void;
  /** The box lost focus (or is being unbound). */
  onLeave(): void;
}

/**
 * Binds a real text box to a `Y.Text` (see `PlainTextBinding`) and wires its events: input,
 * composition, and the selection changes that `presence` publishes. Returns the unbinding.
 */
export function bindTextControl(element: TextControlElement, text: Y.Text, presence: TextControlPresence | null): () => void {
  const binding = new PlainTextBinding(text, domTextView(element));
  const isFocused = () => element.ownerDocument.activeElement === element;
  const report = (isEdit: boolean) => {
    if (isFocused()) presence?.onSelection(binding.currentSelection, isEdit);
  };
  const listeners: [string, (event: Event) => void][] = [
    ['beforeinput', () => binding.handleBeforeInput()],
    ['input', () => (binding.handleInput(), report(true))],
    ['compositionstart', () => binding.handleCompositionStart()],
    ['compositionend', () => (binding.handleCompositionEnd(), report(true))],
    ['blur', () => presence?.onLeave()],
  ];
  for (const type of ['focus', 'select', 'keyup', 'mouseup', 'touchend'])
    listeners.push([type, () => (binding.handleSelectionChange(), report(false))]);
  for (const [type, listener] of listeners) element.addEventListener(type, listener);
  report(false);
  return () => {
    for (const [type, listener] of listeners) element.removeEventListener(type, listener);
    binding.destroy();
    presence?.onLeave();
  };
}

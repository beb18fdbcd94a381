import type * as Y from 'yjs';
import type { FakeTextControl } from './fake-text-control.ts';
import type { BindingUnderTest } from './typing-simulation.ts';

/**
 * A model of the binding this replaced (`useReportText` before issue 9), kept only to show
 * that the tests catch its corruption: a controlled input whose value React re-renders later,
 * local edits diffed by UTF-16 unit against `Y.Text.toString()` (which may already hold
 * others' edits the box has not shown), and the caret shifted at render time.
 */
export function legacyBinding(text: Y.Text, control: FakeTextControl): BindingUnderTest {
  let state = text.toString();
  let pendingRender = true;
  let pendingCaret: [number, number] | null = null;
  const diffText = (before: string, after: string) => {
    let start = 0;
    const max = Math.min(before.length, after.length);
    while (start < max && before[start] === after[start]) start++;
    let end = 0;
    while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
    return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
  };
  const shiftIndex = (index: number, delta: Y.YTextEvent['delta']) => {
    let position = 0;
    let shifted = index;
    for (const op of delta) {
      if (position >= index) break;
      if (op.retain !== undefined) position += op.retain;
      else if (typeof op.insert === 'string') {
        shifted += op.insert.length;
        position += op.insert.length;
      } else if (op.delete !== undefined) shifted -= Math.min(op.delete, index - position);
    }
    return Math.max(0, shifted);
  };
  const observer = (event: Y.YTextEvent, transaction: Y.Transaction) => {
    if (!transaction.local && control.hasFocus()) {
      const { start, end } = control.getSelection();
      pendingCaret = [shiftIndex(start, event.delta), shiftIndex(end, event.delta)];
    }
    state = text.toString();
    pendingRender = true;
  };
  text.observe(observer);
  const render = () => {
    if (!pendingRender) return;
    pendingRender = false;
    // React assigns the value (the browser then puts the caret at the end), then an effect restores the caret.
    if (control.value !== state) control.setValue(state);
    if (pendingCaret) control.setSelection({ start: pendingCaret[0], end: pendingCaret[1], direction: 'none' });
    pendingCaret = null;
  };
  render();
  return {
    handleBeforeInput: () => {},
    handleInput: () => {
      const edit = diffText(text.toString(), control.value);
      text.doc!.transact(() => {
        if (edit.remove > 0) text.delete(edit.index, edit.remove);
        if (edit.insert) text.insert(edit.index, edit.insert);
      });
    },
    handleCompositionStart: () => {},
    handleCompositionEnd: () => {},
    handleSelectionChange: () => {},
    render,
    destroy: () => text.unobserve(observer),
  };
}

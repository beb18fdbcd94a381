import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PlainTextBinding } from './plain-text-binding.ts';
import { FakeTextControl } from './testing/fake-text-control.ts';
import { legacyBinding } from './testing/legacy-binding.ts';
import { simulateTyping, type ScriptItem, type Step, type TypingScenario } from './testing/typing-simulation.ts';

const caret = (at: number) => ({ start: at, end: at, direction: 'none' as const });
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A box bound to a text that already holds `initial`, and a way to edit the same text from another replica. */
function setup(initial = '') {
  const doc = new Y.Doc();
  const text = doc.getText('box');
  text.insert(0, initial);
  const control = new FakeTextControl();
  const binding = new PlainTextBinding(text, control);
  control.attach(binding);
  const remote = (edit: (other: Y.Text) => void) => {
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(other);
    edit(other.getText('box'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, before), 'network');
    other.destroy();
  };
  cleanups.push(() => (binding.destroy(), doc.destroy()));
  return { doc, text, control, binding, remote };
}

describe('PlainTextBinding: local typing', () => {
  it('shows the text when bound and turns each keystroke into an edit of the text', () => {
    const { text, control } = setup('plan');
    expect(control.value).toBe('plan');
    control.select(4);
    control.type('s');
    control.select(0);
    control.type('T');
    control.backspace();
    expect(text.toString()).toBe('plans');
  });

  it('keeps a newline typed at the very end of a textarea', () => {
    const { text, control } = setup('line');
    control.select(4);
    control.type('\n');
    expect(text.toString()).toBe('line\n');
  });

  it('replaces 😀 by 😁 as one whole character on every replica', () => {
    const { doc, text, control } = setup('ok 😀!');
    const other = new Y.Doc();
    doc.on('update', (update: Uint8Array) => Y.applyUpdate(other, update));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    control.select(3, 5);
    control.type('😁');
    expect(text.toString()).toBe('ok 😁!');
    expect(other.getText('box').toString()).toBe('ok 😁!');
    other.destroy();
  });

  it('puts a letter typed before the same letter where the person typed it', () => {
    const { text, control } = setup('ab');
    const beforeB = Y.createRelativePositionFromTypeIndex(text, 1, -1); // sticks to "a"
    control.select(1);
    control.type('b'); // "ab|b": the new b follows the a; a diff ignoring the caret would put it after the old b
    expect(Y.createAbsolutePositionFromRelativePosition(beforeB, text.doc!)!.index).toBe(1);
    const afterNewB = Y.createRelativePositionFromTypeIndex(text, 2, -1);
    expect(text.toString()).toBe('abb');
    text.delete(2, 1); // the old b
    expect(Y.createAbsolutePositionFromRelativePosition(afterNewB, text.doc!)!.index).toBe(2);
  });
});

describe('PlainTextBinding: others’ edits and this person’s caret', () => {
  it('shows others’ edits at once and moves the caret only for edits before it', () => {
    const { control, remote } = setup('the plan');
    control.select(3);
    remote((other) => other.insert(8, ' is fine'));
    expect(control.value).toBe('the plan is fine');
    expect(control.selection).toEqual(caret(3));
    remote((other) => other.insert(0, 'So '));
    expect(control.selection).toEqual(caret(6));
    remote((other) => other.delete(0, 3));
    expect(control.selection).toEqual(caret(3));
  });

  it('keeps the caret before text someone inserts exactly at it', () => {
    const { control, remote, text } = setup('ab');
    control.select(1);
    remote((other) => other.insert(1, 'TOM'));
    expect(control.value).toBe('aTOMb');
    expect(control.selection).toEqual(caret(1));
    control.type('x');
    expect(text.toString()).toBe('axTOMb');
  });

  it('does not let a selection grow over text inserted at its edges, so typing over it keeps the other’s words', () => {
    const { control, remote, text } = setup('keep this');
    control.select(5, 9);
    remote((other) => (other.insert(9, '!'), other.insert(5, '>')));
    expect(control.selection).toMatchObject({ start: 6, end: 10 });
    control.type('that');
    expect(text.toString()).toBe('keep >that!');
  });

  it('moves the caret to where a deletion around it began', () => {
    const { control, remote } = setup('one two three');
    control.select(6);
    remote((other) => other.delete(2, 8));
    expect(control.value).toBe('onree');
    expect(control.selection).toEqual(caret(2));
  });

  it('updates a box without focus and leaves its selection alone', () => {
    const { control, remote } = setup('abc');
    control.isFocused = false;
    control.selection = caret(1);
    let selectionsSet = 0;
    control.setSelection = () => void (selectionsSet += 1);
    remote((other) => other.insert(0, 'x'));
    expect(control.value).toBe('xabc');
    expect(selectionsSet).toBe(0);
  });

  it('keeps an edit the box made without telling the binding yet, merged with the remote one', () => {
    const { control, remote, text } = setup('abc');
    control.value = 'abcd'; // e.g. autofill: the value changed, no input event yet
    control.selection = caret(4);
    remote((other) => other.insert(0, 'x'));
    expect(text.toString()).toBe('xabcd');
    expect(control.value).toBe('xabcd');
    expect(control.selection).toEqual(caret(5));
  });

  it('stops following the text once destroyed', () => {
    const { control, remote, binding } = setup('abc');
    binding.destroy();
    remote((other) => other.insert(0, 'x'));
    expect(control.value).toBe('abc');
  });
});

describe('PlainTextBinding: IME composition', () => {
  it('does not touch the box while composing, then merges the composed word with what others typed meanwhile', () => {
    const { control, remote, text } = setup('ab');
    control.select(1);
    control.startComposition();
    control.updateComposition('n');
    remote((other) => other.insert(0, 'Tom:'));
    control.updateComposition('日本');
    remote((other) => other.insert(6, '!'));
    expect(control.value).toBe('a日本b');
    expect(text.toString()).toBe('Tom:ab!');
    control.endComposition();
    expect(text.toString()).toBe('Tom:a日本b!');
    expect(control.value).toBe('Tom:a日本b!');
    expect(control.selection).toEqual(caret(7));
  });

  it('keeps the composed word when someone deletes the text around it meanwhile', () => {
    const { control, remote, text } = setup('hello world');
    control.select(5);
    control.startComposition();
    control.updateComposition('é');
    remote((other) => other.delete(0, 11));
    control.endComposition();
    expect(text.toString()).toBe('é');
    expect(control.selection).toEqual(caret(1));
  });

  it('composes over a selection, and puts the word before text inserted at the same place meanwhile', () => {
    const { control, remote, text } = setup('a--b');
    control.select(1, 3);
    control.startComposition();
    control.updateComposition('日本');
    remote((other) => other.insert(1, 'T'));
    control.endComposition();
    expect(text.toString()).toBe('a日本Tb');
    expect(control.selection).toEqual(caret(3));
  });
});

describe('the corruption the old binding caused (regression)', () => {
  const chars = (sentence: string): ScriptItem[] => Array.from(sentence).map((char) => ({ kind: 'char', char }));
  // Human speed: each keystroke reaches the other side before their next one, but now and then
  // a keystroke comes before React has rendered the other person's last letter.
  const schedule: Step[] = [];
  for (let round = 0; round < 30; round++) {
    schedule.push({ kind: 'key', who: 0 }, { kind: 'render', who: 0 }, { kind: 'deliver', from: 0, count: 9 });
    if (round % 4 === 3) schedule.push({ kind: 'key', who: 1 }, { kind: 'render', who: 1 });
    else schedule.push({ kind: 'render', who: 1 }, { kind: 'key', who: 1 });
    schedule.push({ kind: 'deliver', from: 1, count: 9 }, { kind: 'render', who: 0 });
  }
  const scenario: TypingScenario = {
    initial: '.',
    carets: [0, 1],
    scripts: [chars('the plan should be amended'), chars(' travel training is needed')],
    schedule,
  };

  it('keeps "the plan should be amended" and "travel training is needed" whole', () => {
    const outcome = simulateTyping(scenario, (text, control) => new PlainTextBinding(text, control));
    expect(outcome.controls).toEqual(Array(2).fill('the plan should be amended. travel training is needed'));
    expect(outcome.texts).toEqual(outcome.controls);
  });

  it('was garbled by the old binding (diff against Y.Text.toString(), React rendering later)', () => {
    const outcome = simulateTyping(scenario, legacyBinding);
    expect(outcome.controls[0]).not.toContain('the plan should be amended');
    expect(outcome.controls[0]).toBe('the. traveltranin isneeedd gi pla shuldbe mened');
  });

  it('was split by the old binding when 😀 became 😁 (a lone surrogate, U+FFFD on the wire)', () => {
    const swap: TypingScenario = { initial: 'ok ', carets: [3, 3], scripts: [[{ kind: 'swapEmoji' }], []], schedule: [] };
    expect(simulateTyping(swap, legacyBinding).problems).not.toEqual([]);
    expect(simulateTyping(swap, (text, control) => new PlainTextBinding(text, control)).problems).toEqual([]);
  });
});

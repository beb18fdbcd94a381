import type * as Y from 'yjs';
import { FakeTextControl, type ControlListener } from './fake-text-control.ts';
import { ReplicaNetwork } from './replica-network.ts';

/** One thing a typist does, expanded into keystrokes by `keystrokesOf`. */
export type ScriptItem =
  | { kind: 'char'; char: string }
  /** Types a wrong character, then deletes it with Backspace. */
  | { kind: 'typo'; char: string }
  /** Types 😀, selects it (Shift+ArrowLeft) and types 😁 over it. */
  | { kind: 'swapEmoji' }
  /** An IME shows `preview`, then commits `word`. */
  | { kind: 'compose'; preview: string; word: string };

type Keystroke =
  | { kind: 'type'; text: string }
  | { kind: 'backspace' }
  | { kind: 'selectPrevious' }
  | { kind: 'composeStart' }
  | { kind: 'composeUpdate'; text: string }
  | { kind: 'composeEnd' };

/** A step of the interleaving: a typist's next keystroke, a delivery, a side going on- or offline, or a React render. */
export type Step =
  | { kind: 'key'; who: 0 | 1 }
  | { kind: 'deliver'; from: 0 | 1; count: number }
  | { kind: 'offline'; who: 0 | 1; isOffline: boolean }
  | { kind: 'render'; who: 0 | 1 };

/** A binding under test, as the simulation drives it. `render` is what React would do later (legacy model only). */
export type BindingUnderTest = ControlListener & { destroy(): void; render?(): void };

/** Two people typing into one box, each at their own caret. */
export interface TypingScenario {
  /** The text in the box before anyone types. */
  initial: string;
  /** Where each typist starts (UTF-16 index, on a code point boundary). */
  carets: [number, number];
  scripts: [ScriptItem[], ScriptItem[]];
  schedule: Step[];
}

export interface TypingOutcome {
  /** What each typist means to leave behind (their sentence, after typos and swaps). */
  sentences: [string, string];
  controls: [string, string];
  texts: [string, string];
  /** Problems seen at any step (lone surrogates, a box that disagrees with its text between edits). */
  problems: string[];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/;

/** The keystrokes of a script and the sentence they leave. */
export function keystrokesOf(items: ScriptItem[]): { keystrokes: Keystroke[]; sentence: string } {
  const keystrokes: Keystroke[] = [];
  let sentence = '';
  for (const item of items) {
    if (item.kind === 'char') {
      keystrokes.push({ kind: 'type', text: item.char });
      sentence += item.char;
    } else if (item.kind === 'typo') {
      keystrokes.push({ kind: 'type', text: item.char }, { kind: 'backspace' });
    } else if (item.kind === 'swapEmoji') {
      keystrokes.push({ kind: 'type', text: '😀' }, { kind: 'selectPrevious' }, { kind: 'type', text: '😁' });
      sentence += '😁';
    } else {
      keystrokes.push(
        { kind: 'composeStart' },
        { kind: 'composeUpdate', text: item.preview },
        { kind: 'composeUpdate', text: item.word },
        { kind: 'composeEnd' },
      );
      sentence += item.word;
    }
  }
  return { keystrokes, sentence };
}

function press(control: FakeTextControl, key: Keystroke): void {
  if (key.kind === 'type') control.type(key.text);
  else if (key.kind === 'backspace') control.backspace();
  else if (key.kind === 'selectPrevious') control.selectPreviousCodePoint();
  else if (key.kind === 'composeStart') control.startComposition();
  else if (key.kind === 'composeUpdate') control.updateComposition(key.text);
  else control.endComposition();
}

/**
 * Runs two typists, each with its own Y.Doc and a binding to its own fake text box, through
 * the scenario's interleaving of keystrokes and message deliveries; then lets each finish
 * typing, brings both online and delivers everything.
 */
export function simulateTyping(
  scenario: TypingScenario,
  bind: (text: Y.Text, control: FakeTextControl) => BindingUnderTest,
  options: { boxAlwaysShowsText?: boolean } = {},
): TypingOutcome {
  const network = new ReplicaNetwork();
  const texts = network.docs.map((doc) => doc.getText('box')) as [Y.Text, Y.Text];
  texts[0].insert(0, scenario.initial);
  network.settle();
  const controls = [new FakeTextControl(), new FakeTextControl()] as const;
  const bindings = controls.map((control, side) => {
    const binding = bind(texts[side]!, control);
    control.attach(binding);
    control.select(scenario.carets[side]!);
    return binding;
  });
  const plans = scenario.scripts.map(keystrokesOf);
  const next = [0, 0];
  const problems: string[] = [];

  const check = (when: string) => {
    for (const side of [0, 1] as const) {
      const seen = { box: controls[side].value, text: texts[side].toString() };
      for (const [what, value] of Object.entries(seen))
        if (LONE_SURROGATE.test(value)) problems.push(`${when}: lone surrogate in ${what} ${side}: ${JSON.stringify(value)}`);
      if (options.boxAlwaysShowsText && !controls[side].isComposing && seen.box !== seen.text)
        problems.push(`${when}: box ${side} shows ${JSON.stringify(seen.box)}, its text is ${JSON.stringify(seen.text)}`);
    }
  };
  const keystroke = (who: 0 | 1) => {
    const key = plans[who]!.keystrokes[next[who]!];
    if (!key) return;
    next[who]! += 1;
    press(controls[who], key);
  };

  scenario.schedule.forEach((step, index) => {
    if (step.kind === 'key') keystroke(step.who);
    else if (step.kind === 'deliver') network.deliver(step.from, step.count);
    else if (step.kind === 'offline') network.setOffline(step.who, step.isOffline);
    else bindings[step.who]!.render?.();
    check(`step ${index} (${step.kind})`);
  });
  for (const who of [0, 1] as const) while (next[who]! < plans[who]!.keystrokes.length) keystroke(who);
  network.settle();
  bindings.forEach((binding) => binding.render?.());
  check('end');

  const outcome: TypingOutcome = {
    sentences: [plans[0]!.sentence, plans[1]!.sentence],
    controls: [controls[0].value, controls[1].value],
    texts: [texts[0].toString(), texts[1].toString()],
    problems,
  };
  bindings.forEach((binding) => binding.destroy());
  network.destroy();
  return outcome;
}

/**
 * The text the box must end with. Apart (`carets[0] < carets[1]`, with text between them):
 * each sentence exactly where its typist started. Together (same caret): both sentences
 * after the initial text before the caret, whole, in either order.
 */
export function expectedEndings(scenario: TypingScenario, sentences: [string, string]): string[] {
  const [first, second] = scenario.carets;
  const { initial } = scenario;
  if (first === second) {
    const before = initial.slice(0, first);
    const after = initial.slice(first);
    return [before + sentences[0] + sentences[1] + after, before + sentences[1] + sentences[0] + after];
  }
  const [left, right] = first < second ? [0, 1] : [1, 0];
  const [l, r] = [scenario.carets[left]!, scenario.carets[right]!];
  return [initial.slice(0, l) + sentences[left]! + initial.slice(l, r) + sentences[right]! + initial.slice(r)];
}

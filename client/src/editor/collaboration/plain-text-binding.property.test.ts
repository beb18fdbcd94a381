import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlainTextBinding } from './plain-text-binding.ts';
import { legacyBinding } from './testing/legacy-binding.ts';
import {
  expectedEndings,
  simulateTyping,
  type BindingUnderTest,
  type ScriptItem,
  type Step,
  type TypingScenario,
} from './testing/typing-simulation.ts';
import type { FakeTextControl } from './testing/fake-text-control.ts';
import type * as Y from 'yjs';

/**
 * Two simulated typists, each with its own Y.Doc and a binding to its own text box, type their
 * own sentence character by character at their own caret, with typos fixed by Backspace,
 * emoji (😀 replaced by 😁 over a selection) and IME compositions, while updates travel in
 * random batches, late, or not at all while one side is offline.
 *
 * Invariant, after everything is delivered:
 * - both boxes and both texts are the same string;
 * - that string is the initial text with each sentence inserted whole where its typist began:
 *   exactly `initial[..a] + A + initial[a..b] + B + initial[b..]` when the carets started apart
 *   with text between them; when both started at one caret, both sentences follow the text
 *   before it, whole and adjacent, in either order (Yjs decides who goes first). For the
 *   latter each typist's first keystroke is a letter they keep: a caret left with no own text
 *   beside it cannot tell whose side it is on, and nobody can type "at their own caret" there.
 * And at every step: no box and no text holds a lone surrogate or U+FFFD, and every box that
 * is not composing shows exactly its text.
 */

const SEED = Number(process.env.FC_SEED ?? 20260609);
const RUNS = Number(process.env.FC_RUNS ?? 600);

// Few, repeated letters: typing a letter just before the same letter is where a diff that
// ignores the caret puts it on the wrong side of someone else's caret.
const letter = fc.constantFrom('a', 'a', 'b', ' ', 'é', '😀');
const codePoints = fc.array(fc.constantFrom('a', 'b', ' ', '😀', 'x'), { minLength: 0, maxLength: 6 });
const keptItem: fc.Arbitrary<ScriptItem> = fc.oneof(
  letter.map((char) => ({ kind: 'char' as const, char })),
  fc
    .tuple(fc.stringMatching(/^[a-zé]{1,3}$/), fc.constantFrom('日本', 'é', 'ab', '👍🏽'))
    .map(([preview, word]) => ({ kind: 'compose' as const, preview, word })),
);
const anyItem: fc.Arbitrary<ScriptItem> = fc.oneof(
  { weight: 8, arbitrary: keptItem },
  { weight: 2, arbitrary: letter.map((char) => ({ kind: 'typo' as const, char })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'swapEmoji' as const }) },
);
const script = (startsWithKeptLetter: boolean) =>
  startsWithKeptLetter
    ? fc.tuple(keptItem, fc.array(anyItem, { maxLength: 12 })).map(([first, rest]) => [first, ...rest])
    : fc.array(anyItem, { maxLength: 13 });
const side = fc.constantFrom<0 | 1>(0, 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: side.map((who) => ({ kind: 'key' as const, who })) },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('deliver' as const), from: side, count: fc.integer({ min: 1, max: 4 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('offline' as const), who: side, isOffline: fc.boolean() }) },
  { weight: 3, arbitrary: side.map((who) => ({ kind: 'render' as const, who })) },
);

/** UTF-16 offsets of the code point boundaries of `points`. */
const boundaries = (points: string[]) => points.reduce((offsets, point) => [...offsets, offsets.at(-1)! + point.length], [0]);

const scenario: fc.Arbitrary<TypingScenario> = codePoints.chain((points) => {
  const offsets = boundaries(points);
  const initial = points.join('');
  const apart =
    points.length === 0
      ? null
      : fc
          .tuple(fc.integer({ min: 0, max: points.length }), fc.integer({ min: 0, max: points.length }))
          .filter(([a, b]) => a !== b)
          .chain(([a, b]) =>
            fc.record({
              carets: fc.constant([offsets[a]!, offsets[b]!] as [number, number]),
              scripts: fc.tuple(script(false), script(false)),
            }),
          );
  const together = fc.integer({ min: 0, max: points.length }).chain((at) =>
    fc.record({
      carets: fc.constant([offsets[at]!, offsets[at]!] as [number, number]),
      scripts: fc.tuple(script(true), script(true)),
    }),
  );
  const placed = apart ? fc.oneof(apart, together) : together;
  return fc.record({ placed, schedule: fc.array(step, { maxLength: 140 }) }).map(({ placed, schedule }) => ({
    initial,
    carets: placed.carets,
    scripts: placed.scripts,
    schedule,
  }));
});

type Bind = (text: Y.Text, control: FakeTextControl) => BindingUnderTest;
const newBinding: Bind = (text, control) => new PlainTextBinding(text, control);

/** Why `outcome` breaks the invariant, or null. */
function violation(run: TypingScenario, bind: Bind, options: { boxAlwaysShowsText: boolean }): string | null {
  const outcome = simulateTyping(run, bind, options);
  if (outcome.problems.length > 0) return outcome.problems[0]!;
  const seen = [...outcome.controls, ...outcome.texts];
  if (new Set(seen).size !== 1) return `replicas differ: ${JSON.stringify(seen)}`;
  const endings = expectedEndings(run, outcome.sentences);
  if (!endings.includes(seen[0]!)) return `got ${JSON.stringify(seen[0])}, expected one of ${JSON.stringify(endings)}`;
  return null;
}

describe('two people typing into one plain text box', () => {
  it('keeps both sentences whole and in place, in every interleaving of keystrokes and deliveries', () => {
    fc.assert(
      fc.property(scenario, (run) => {
        const problem = violation(run, newBinding, { boxAlwaysShowsText: true });
        if (problem) throw new Error(problem);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('has teeth: the old binding (diff against Y.Text.toString(), React re-rendering later) fails the same property', () => {
    const result = fc.check(
      fc.property(scenario, (run) => violation(run, legacyBinding, { boxAlwaysShowsText: false }) === null),
      { seed: SEED, numRuns: RUNS },
    );
    expect(result.failed).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDelta, mapIndex, mapSelection, replacementDelta, transformDelta, type TextDelta } from './text-delta.ts';

const caret = (at: number) => ({ start: at, end: at, direction: 'none' as const });

describe('mapIndex', () => {
  it('moves an index by inserts and deletes before it, not after it', () => {
    expect(mapIndex(5, [{ insert: 'abc' }], -1)).toBe(8);
    expect(mapIndex(5, [{ retain: 6 }, { insert: 'abc' }], -1)).toBe(5);
    expect(mapIndex(5, [{ retain: 1 }, { delete: 2 }], -1)).toBe(3);
    expect(mapIndex(5, [{ retain: 5 }, { delete: 2 }], -1)).toBe(5);
  });

  it('puts an index inside a deleted range at the start of the range', () => {
    expect(mapIndex(2, [{ retain: 1 }, { delete: 5 }], -1)).toBe(1);
    expect(mapIndex(2, [{ retain: 1 }, { delete: 5 }, { insert: 'xy' }], -1)).toBe(1);
  });

  it('leans on the given side when text is inserted exactly at it', () => {
    expect(mapIndex(5, [{ retain: 5 }, { insert: 'abc' }], -1)).toBe(5);
    expect(mapIndex(5, [{ retain: 5 }, { insert: 'abc' }], 1)).toBe(8);
    expect(mapIndex(0, [{ insert: 'abc' }], -1)).toBe(0);
  });
});

describe('mapSelection', () => {
  it('keeps a caret before text someone inserts exactly at it, so the person keeps typing after their own word', () => {
    expect(mapSelection(caret(4), [{ retain: 4 }, { insert: 'Tom' }])).toEqual(caret(4));
    expect(mapSelection(caret(4), [{ retain: 3 }, { insert: 'Tom' }])).toEqual(caret(7));
  });

  it('does not let a selection swallow text inserted at its edges, but keeps text inserted inside it', () => {
    const selected = { start: 2, end: 5, direction: 'backward' as const };
    expect(mapSelection(selected, [{ retain: 2 }, { insert: 'ab' }])).toEqual({ start: 4, end: 7, direction: 'backward' });
    expect(mapSelection(selected, [{ retain: 5 }, { insert: 'ab' }])).toEqual(selected);
    expect(mapSelection(selected, [{ retain: 3 }, { insert: 'ab' }])).toEqual({ start: 2, end: 7, direction: 'backward' });
  });

  it('collapses a selection whose text was deleted', () => {
    expect(mapSelection({ start: 2, end: 5, direction: 'forward' }, [{ retain: 1 }, { delete: 6 }, { insert: 'z' }])).toEqual(
      caret(1),
    );
  });
});

describe('replacementDelta and applyDelta', () => {
  it('turns a lib0 diff into retain, insert, delete', () => {
    expect(replacementDelta({ index: 2, remove: 1, insert: 'xy' })).toEqual([{ retain: 2 }, { insert: 'xy' }, { delete: 1 }]);
    expect(replacementDelta({ index: 3, remove: 0, insert: '' })).toEqual([]);
    expect(applyDelta('hello', [{ retain: 2 }, { insert: 'xy' }, { delete: 1 }])).toBe('hexylo');
  });

  it('refuses a delta longer than the text', () => {
    expect(() => applyDelta('ab', [{ retain: 1 }, { delete: 2 }])).toThrow(RangeError);
  });
});

describe('transformDelta', () => {
  it('puts the first one’s insert first when both insert at one place', () => {
    const mine: TextDelta = [{ retain: 1 }, { insert: 'M' }];
    const theirs: TextDelta = [{ retain: 1 }, { insert: 'T' }];
    expect(applyDelta(applyDelta('ab', theirs), transformDelta(mine, theirs, true))).toBe('aMTb');
    expect(applyDelta(applyDelta('ab', theirs), transformDelta(mine, theirs, false))).toBe('aTMb');
  });

  it('deletes only what the other left, and keeps what the other inserted inside a deleted range', () => {
    const mine: TextDelta = [{ retain: 1 }, { delete: 3 }];
    const theirs: TextDelta = [{ retain: 2 }, { delete: 3 }, { insert: 'X' }];
    expect(applyDelta(applyDelta('abcdef', theirs), transformDelta(mine, theirs, true))).toBe('aXf');
  });

  it('converges: either order of two concurrent deltas gives the same text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 });
    const deltaOn = (base: string) =>
      fc
        .tuple(fc.nat({ max: base.length }), fc.nat({ max: 3 }), fc.string({ unit: fc.constantFrom('X', 'Y'), maxLength: 3 }))
        .map(([index, remove, insert]) => replacementDelta({ index, remove: Math.min(remove, base.length - index), insert }));
    fc.assert(
      fc.property(
        text.chain((base) => fc.tuple(fc.constant(base), deltaOn(base), deltaOn(base))),
        ([base, a, b]) => {
          const aThenB = applyDelta(applyDelta(base, a), transformDelta(b, a, false));
          const bThenA = applyDelta(applyDelta(base, b), transformDelta(a, b, true));
          expect(aThenB).toBe(bThenA);
        },
      ),
      { seed: 1, numRuns: 500 },
    );
  });
});

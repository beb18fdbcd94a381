import { describe, expect, it } from 'vitest';
import { diffText, shiftIndex } from './text-diff.ts';

describe('diffText', () => {
  it('finds the single changed range', () => {
    expect(diffText('hello', 'hello')).toBeNull();
    expect(diffText('helo', 'hello')).toEqual({ index: 3, remove: 0, insert: 'l' });
    expect(diffText('hello world', 'hello')).toEqual({ index: 5, remove: 6, insert: '' });
    expect(diffText('abc', 'xyz')).toEqual({ index: 0, remove: 3, insert: 'xyz' });
    expect(diffText('aaa', 'aaaa')).toEqual({ index: 3, remove: 0, insert: 'a' });
  });
});

describe('shiftIndex', () => {
  it('moves the caret by remote inserts and deletes before it, not after it', () => {
    expect(shiftIndex(5, [{ insert: 'abc' }])).toBe(8);
    expect(shiftIndex(5, [{ retain: 5 }, { insert: 'abc' }])).toBe(5);
    expect(shiftIndex(5, [{ retain: 1 }, { delete: 2 }])).toBe(3);
    expect(shiftIndex(2, [{ retain: 1 }, { delete: 5 }])).toBe(1);
  });
});

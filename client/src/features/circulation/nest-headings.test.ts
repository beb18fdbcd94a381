import { describe, expect, it } from 'vitest';
import { nestHeadings } from './nest-headings.ts';

describe('nestHeadings', () => {
  it('moves prompts from level 2 to 4, keeps text, and never goes past level 6 or above 4', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What is going well' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Reading club.' }] },
        { type: 'heading', attrs: { level: 1 } },
        { type: 'heading', attrs: { level: 5 } },
      ],
    };
    const nested = nestHeadings(doc);
    expect(nested.content?.map((node) => node.attrs?.level ?? null)).toEqual([4, null, 4, 6]);
    expect(nested.content?.[0]?.content).toEqual([{ type: 'text', text: 'What is going well' }]);
    expect(nested.content?.[1]).toEqual(doc.content[1]);
    expect(doc.content[0]?.attrs?.level).toBe(2); // the original is untouched
  });

  it('nests under a level-2 author heading when the pack is the main content of the page', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 } },
        { type: 'heading', attrs: { level: 3 } },
      ],
    };
    expect(nestHeadings(doc, 2).content?.map((node) => node.attrs?.level)).toEqual([3, 4]);
  });
});

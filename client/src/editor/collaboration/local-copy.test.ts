import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clearAllLocalCopies, openLocalCopy } from './local-copy.ts';

/** Waits until y-indexeddb's asynchronous writes of the updates so far have landed. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('local copies (IndexedDB)', () => {
  it('keeps edits made in one visit for the next, with the document’s generation', async () => {
    const first = new Y.Doc();
    const copy = openLocalCopy('review:x:report', first);
    await copy.loaded;
    first.getText('t').insert(0, 'typed offline, then the tab was closed');
    await copy.setGeneration('gen-1');
    await settle();
    copy.close();

    const second = new Y.Doc();
    const reopened = openLocalCopy('review:x:report', second);
    await reopened.loaded;
    expect(second.getText('t').toString()).toBe('typed offline, then the tab was closed');
    expect(await reopened.generation()).toBe('gen-1');
    await reopened.clear();

    const third = new Y.Doc();
    const cleared = openLocalCopy('review:x:report', third);
    await cleared.loaded;
    expect(third.getText('t').toString()).toBe('');
    cleared.close();
  });

  it('removes every local copy on sign-out', async () => {
    const doc = new Y.Doc();
    const copy = openLocalCopy('review:y:report', doc);
    await copy.loaded;
    doc.getText('t').insert(0, 'a child’s report');
    await settle();
    copy.close();
    await settle();
    await clearAllLocalCopies();
    const again = new Y.Doc();
    const reopened = openLocalCopy('review:y:report', again);
    await reopened.loaded;
    expect(again.getText('t').toString()).toBe('');
    reopened.close();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { othersInText, TEXT_CARET_FIELD, TextCaretPublisher } from './text-carets.ts';

const caret = (at: number) => ({ start: at, end: at, direction: 'none' as const });

/** Two people's replicas of a report with two boxes, their awareness joined both ways. */
function twoPeople() {
  const docs = [new Y.Doc(), new Y.Doc()] as const;
  docs[0].on('update', (update: Uint8Array) => Y.applyUpdate(docs[1], update));
  docs[1].on('update', (update: Uint8Array) => Y.applyUpdate(docs[0], update));
  const fields = docs[0].getMap('fields');
  docs[0].transact(() => {
    fields.set('reasons', new Y.Text('the plan'));
    fields.set('notes', new Y.Text(''));
  });
  const awareness = docs.map((doc) => new Awareness(doc)) as [Awareness, Awareness];
  awareness.forEach((own, side) =>
    own.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      const changed = [...added!, ...updated!, ...removed!];
      applyAwarenessUpdate(awareness[1 - side]!, encodeAwarenessUpdate(own, changed), 'network');
    }),
  );
  const textOf = (side: 0 | 1, key: string) => docs[side].getMap('fields').get(key) as Y.Text;
  return { docs, awareness, textOf, destroy: () => (awareness.forEach((a) => a.destroy()), docs.forEach((d) => d.destroy())) };
}

let people: ReturnType<typeof twoPeople>;

const TOM = { name: 'Tom Hughes', color: '#1d4ed8', role: 'editor' };

/** Tom (side 0) is in box `key` with his caret at `at`, having just typed (or not); returns his publisher. */
function tomIn(key: string, at: number, isEdit: boolean): TextCaretPublisher {
  people.awareness[0].setLocalStateField('user', TOM);
  const publisher = new TextCaretPublisher(people.awareness[0], people.textOf(0, key));
  publisher.update(caret(at), isEdit);
  vi.advanceTimersByTime(100);
  return publisher;
}
beforeEach(() => {
  vi.useFakeTimers();
  people = twoPeople();
});
afterEach(() => {
  people.destroy();
  vi.useRealTimers();
});

describe('carets in plain text boxes, through awareness', () => {
  it('shows Tom typing in the box he is in, at his caret, and in no other box', () => {
    const { awareness, textOf } = people;
    tomIn('reasons', 3, true);
    expect(othersInText(awareness[1], textOf(1, 'reasons'))).toEqual([
      { clientId: awareness[0].clientID, name: TOM.name, color: TOM.color, isTyping: true, anchor: 3, head: 3 },
    ]);
    expect(othersInText(awareness[1], textOf(1, 'notes'))).toEqual([]);
    expect(othersInText(awareness[0], textOf(0, 'reasons'))).toEqual([]); // never oneself
  });

  it('keeps the caret between the same characters while others type, and stops saying "typing" when he pauses', () => {
    const { awareness, textOf } = people;
    tomIn('reasons', 3, true);
    textOf(1, 'reasons').insert(0, 'So ');
    expect(othersInText(awareness[1], textOf(1, 'reasons'))[0]).toMatchObject({ head: 6, isTyping: true });
    vi.advanceTimersByTime(5000);
    expect(othersInText(awareness[1], textOf(1, 'reasons'))[0]).toMatchObject({ head: 6, isTyping: false });
  });

  it('removes the marker when he leaves the box, but not the one another box published since', () => {
    const { awareness, textOf } = people;
    const reasons = tomIn('reasons', 1, false);
    reasons.clear();
    expect(othersInText(awareness[1], textOf(1, 'reasons'))).toEqual([]);
    tomIn('notes', 0, false);
    reasons.clear();
    expect(othersInText(awareness[1], textOf(1, 'notes'))).toHaveLength(1);
  });

  it('shows nobody without a name, read-only viewers, or a malformed caret', () => {
    const { awareness, textOf } = people;
    const reasons = textOf(1, 'reasons');
    const valid = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(textOf(0, 'reasons'), 1, -1));
    const states = [
      { [TEXT_CARET_FIELD]: { anchor: valid, head: valid } },
      { user: { name: '  ', color: '#000' }, [TEXT_CARET_FIELD]: { anchor: valid, head: valid } },
      { user: { name: 'LA officer', color: '#000', role: 'viewer' }, [TEXT_CARET_FIELD]: { anchor: valid, head: valid } },
      { user: { name: 'Tom', color: '#000' }, [TEXT_CARET_FIELD]: { anchor: 'x', head: { item: { client: 'a' } } } },
    ];
    for (const state of states) {
      awareness[0].setLocalState(state);
      expect(othersInText(awareness[1], reasons)).toEqual([]);
    }
    awareness[0].setLocalState({ user: { name: 'Tom', color: 'url(x)' }, [TEXT_CARET_FIELD]: { anchor: valid, head: valid } });
    expect(othersInText(awareness[1], reasons)).toMatchObject([{ name: 'Tom', color: '#57606a', head: 1 }]);
  });

  it('publishes a small state', () => {
    const { awareness, textOf } = people;
    new TextCaretPublisher(awareness[0], textOf(0, 'reasons')).update({ start: 2, end: 5, direction: 'backward' }, true);
    vi.advanceTimersByTime(100);
    const published = awareness[0].getLocalState()![TEXT_CARET_FIELD];
    expect(JSON.stringify(published).length).toBeLessThan(300);
    expect(othersInText(awareness[1], textOf(1, 'reasons'))).toEqual([]); // no user yet: not shown
  });
});

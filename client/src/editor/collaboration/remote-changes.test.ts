import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { summariseTransaction, type ChangedPart } from './remote-changes.ts';

/** Applies `from`'s changes to `to` as a remote update and returns what the summary saw. */
function receive(from: Y.Doc, to: Y.Doc, change: () => void) {
  const before = Y.encodeStateVector(to);
  change();
  let seen: { authors: number[]; parts: ChangedPart[] } | null = null;
  const listener = (tr: Y.Transaction) => (seen = summariseTransaction(tr));
  to.on('afterTransaction', listener);
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, before), 'remote');
  to.off('afterTransaction', listener);
  return seen!;
}

describe('summariseTransaction: who changed which part of a document', () => {
  it('finds the author and the rich-text fragment, row array or short-answer key that changed', () => {
    const tom = new Y.Doc();
    const mine = new Y.Doc();
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(tom));

    const views = receive(tom, mine, () => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Chloe is happier.')]);
      tom.getXmlFragment('parentViews').insert(0, [paragraph]);
    });
    expect(views.authors).toEqual([tom.clientID]);
    expect(views.parts).toEqual([{ root: 'parentViews' }]);

    // A short answer is Y.Text under a key of the fields map: typing in it names the key.
    receive(tom, mine, () => tom.getMap('fields').set('recommendation.reasons', new Y.Text()));
    const typed = receive(tom, mine, () => (tom.getMap('fields').get('recommendation.reasons') as Y.Text).insert(0, 'Because'));
    expect(typed.parts).toEqual([{ root: 'fields', key: 'recommendation.reasons' }]);

    const row = receive(tom, mine, () => {
      const outcome = new Y.Map<unknown>();
      outcome.set('id', 'o1');
      tom.getArray('outcomes').push([outcome]);
    });
    expect(row.parts).toEqual([{ root: 'outcomes' }]);

    const choice = receive(tom, mine, () => tom.getMap('fields').set('personalBudget.answer', 'requested'));
    expect(choice.parts).toEqual([{ root: 'fields', key: 'personalBudget.answer' }]);
  });
});

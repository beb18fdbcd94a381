import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { analyseUpdate } from './update-analysis.ts';

/** Two replicas: `server` has what was synced; `client` then makes more edits. */
function replicas() {
  const client = new Y.Doc();
  const server = new Y.Doc();
  const sync = () => Y.applyUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)));
  return { client, server, sync };
}

/** Records every update the client makes, one per transaction. */
function recorder(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return updates;
}

describe('analyseUpdate: missing dependencies', () => {
  it('finds none in an update that follows what the document holds', () => {
    const { client, server, sync } = replicas();
    client.getText('t').insert(0, 'hello');
    sync();
    const updates = recorder(client);
    client.getText('t').insert(5, ' world');
    expect(analyseUpdate(server, updates[0]!, 48).hasMissingDependencies).toBe(false);
  });

  it('finds a gap in the sender’s own edits (an earlier keystroke the server never got)', () => {
    const { client, server } = replicas();
    const updates = recorder(client);
    client.getText('t').insert(0, 'a');
    client.getText('t').insert(1, 'b');
    expect(analyseUpdate(server, updates[1]!, 48).hasMissingDependencies).toBe(true);
    expect(analyseUpdate(server, Y.mergeUpdates(updates), 48).hasMissingDependencies).toBe(false);
  });

  it('finds a reference to another client’s edit that the server lost', () => {
    const { client, server } = replicas();
    const other = new Y.Doc();
    other.getText('t').insert(0, 'from someone else');
    Y.applyUpdate(client, Y.encodeStateAsUpdate(other)); // the client has it, the server does not
    const updates = recorder(client);
    client.getText('t').insert(4, 'X');
    expect(analyseUpdate(server, updates[0]!, 48).hasMissingDependencies).toBe(true);
  });

  it('finds a deletion of content the server does not hold', () => {
    const { client, server } = replicas();
    client.getText('t').insert(0, 'abc');
    const updates = recorder(client);
    client.getText('t').delete(0, 1);
    const deletionOnly = updates[0]!;
    expect(analyseUpdate(server, deletionOnly, 48).hasMissingDependencies).toBe(true);
  });

  it('counts structs and finds no nesting in plain text', () => {
    const { client, server } = replicas();
    client.getText('t').insert(0, 'abc');
    client.getMap('m').set('k', 1);
    const analysis = analyseUpdate(server, Y.encodeStateAsUpdate(client), 48);
    expect(analysis).toMatchObject({ structs: 2, hasMissingDependencies: false, deepestNewType: 0, hasSubdocuments: false });
  });
});

describe('analyseUpdate: nesting', () => {
  const nest = (doc: Y.Doc, levels: number, start: Y.Array<unknown> = doc.getArray('rows')) => {
    doc.transact(() => {
      let array = start;
      for (let i = 0; i < levels; i++) {
        const next = new Y.Array();
        array.insert(0, [next]);
        array = next;
      }
    });
  };

  it('measures nesting created in one update, capped past the limit', () => {
    const { client, server } = replicas();
    nest(client, 5);
    expect(analyseUpdate(server, Y.encodeStateAsUpdate(client), 48).deepestNewType).toBe(6);
    const deep = new Y.Doc();
    nest(deep, 20_000);
    expect(analyseUpdate(new Y.Doc(), Y.encodeStateAsUpdate(deep), 48).deepestNewType).toBe(49);
  });

  it('adds the depth already in the document to a type created inside it', () => {
    const { client, server, sync } = replicas();
    nest(client, 40);
    sync();
    const updates = recorder(client);
    let innermost = client.getArray('rows') as Y.Array<unknown>;
    while (innermost.length > 0) innermost = innermost.get(0) as Y.Array<unknown>;
    nest(client, 10, innermost);
    expect(analyseUpdate(server, updates[0]!, 48).deepestNewType).toBe(49);
  });

  it('follows siblings written without parent information (origins) across clients', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getArray('rows').insert(0, [new Y.Array()]);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const inner = b.getArray('rows').get(0) as Y.Array<unknown>;
    b.transact(() => {
      for (let i = 0; i < 1000; i++) inner.insert(inner.length, [i]); // a long run of siblings
      const child = new Y.Array();
      inner.insert(inner.length, [child]); // parent known only through its left origin
      child.insert(0, [new Y.Map()]);
    });
    const merged = Y.mergeUpdates([Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))]);
    expect(analyseUpdate(new Y.Doc(), merged, 48).deepestNewType).toBe(4);
  });
});

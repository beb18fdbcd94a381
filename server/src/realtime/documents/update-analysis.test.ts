import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { craftReferenceCycle, craftSelfReference } from '../../test/crafted-updates.ts';
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

describe('analyseUpdate: impossible references (crafted, never from a Yjs client)', () => {
  it('flags an item referring to its own client’s later clock', () => {
    expect(analyseUpdate(new Y.Doc(), craftSelfReference(7), 48).isMalformed).toBe(true);
  });

  it('flags two clients’ items that refer to each other, and Yjs would keep them pending', () => {
    const update = craftReferenceCycle(1000, 1001);
    const doc = new Y.Doc();
    expect(analyseUpdate(doc, update, 48)).toMatchObject({ isMalformed: true, hasMissingDependencies: false });
    Y.applyUpdate(doc, update);
    expect(doc.store.pendingStructs).not.toBeNull(); // what the analysis protects the server from
  });

  it('never flags real edits: random concurrent typing, deleting and nesting by several clients', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 30; round++) {
      const clients = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
      const server = new Y.Doc();
      for (let step = 0; step < 60; step++) {
        const client = clients[Math.floor(random() * clients.length)]!;
        const text = client.getText('reasons');
        const list = client.getArray<Y.Map<string>>('rows');
        const choice = random();
        if (choice < 0.4) text.insert(Math.floor(random() * (text.length + 1)), 'ab😀'.slice(0, 1 + Math.floor(random() * 3)));
        else if (choice < 0.6 && text.length > 0) text.delete(Math.floor(random() * text.length), 1);
        else if (choice < 0.8) list.insert(0, [new Y.Map([['cell', 'x']])]);
        else if (list.length > 0) list.get(0).set('cell', String(step));
        if (random() < 0.3) {
          const other = clients[Math.floor(random() * clients.length)]!;
          Y.applyUpdate(other, Y.encodeStateAsUpdate(client, Y.encodeStateVector(other)));
        }
        if (random() < 0.3) {
          const update = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
          expect(analyseUpdate(server, update, 48).isMalformed).toBe(false);
          Y.applyUpdate(server, update);
          expect(server.store.pendingStructs).toBeNull();
        }
      }
      const everything = Y.mergeUpdates(clients.map((client) => Y.encodeStateAsUpdate(client)));
      expect(analyseUpdate(new Y.Doc(), everything, 48).isMalformed).toBe(false);
    }
  });
});

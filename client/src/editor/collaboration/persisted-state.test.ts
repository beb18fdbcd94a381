import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isCoveredBy } from './persisted-state.ts';

/** Two replicas of one document, like a client and the server's durable copy. */
function replicas() {
  const client = new Y.Doc();
  const server = new Y.Doc();
  const sync = () => Y.applyUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)));
  return { client, server, sync };
}

describe('isCoveredBy (drives the "Saved" status)', () => {
  it('is true only once every insert is in the persisted snapshot', () => {
    const { client, server, sync } = replicas();
    client.getText('t').insert(0, 'hello');
    expect(isCoveredBy(Y.snapshot(client), Y.snapshot(server))).toBe(false);
    sync();
    expect(isCoveredBy(Y.snapshot(client), Y.snapshot(server))).toBe(true);
  });

  it('notices a deletion that is not persisted yet, though the state vector did not move', () => {
    const { client, server, sync } = replicas();
    client.getText('t').insert(0, 'hello world');
    sync();
    client.getText('t').delete(0, 6);
    expect(Y.encodeStateVector(client)).toEqual(Y.encodeStateVector(server));
    expect(isCoveredBy(Y.snapshot(client), Y.snapshot(server))).toBe(false);
    sync();
    expect(isCoveredBy(Y.snapshot(client), Y.snapshot(server))).toBe(true);
  });

  it('counts edits received from others, so "Saved" means everything on screen is durable', () => {
    const { client, server, sync } = replicas();
    const other = new Y.Doc();
    other.getText('t').insert(0, 'from someone else');
    Y.applyUpdate(client, Y.encodeStateAsUpdate(other));
    expect(isCoveredBy(Y.snapshot(client), Y.snapshot(server))).toBe(false);
    sync();
    expect(isCoveredBy(Y.snapshot(client), Y.snapshot(server))).toBe(true);
  });

  it('accepts a persisted snapshot that is ahead of the client', () => {
    const { client, server } = replicas();
    server.getText('t').insert(0, 'server knows more');
    server.getText('t').delete(0, 7);
    expect(isCoveredBy(Y.snapshot(client), Y.snapshot(server))).toBe(true);
  });
});

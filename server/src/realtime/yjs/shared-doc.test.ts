import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CollabCloseCodes } from '@ehcp/shared';
import { DEFAULT_REALTIME_LIMITS } from '../../config/index.ts';
import { createLogger } from '../../logging/index.ts';
import { DocUpdate } from '../../models/index.ts';
import { connectTestDatabase, dropTestDatabase } from '../../test/test-app.ts';
import type { ConnectionIdentity, DocConnection } from './connection.ts';
import { DocPersistence } from './doc-persistence.ts';
import { DocRegistry } from './doc-registry.ts';

/** An in-process connection that records what the server sends and how it closed it. */
function fakeConnection() {
  const sent: Uint8Array[] = [];
  const closed: number[] = [];
  const conn: DocConnection = {
    send: (m) => void sent.push(m),
    close: (code) => void closed.push(code),
    bufferedAmount: () => 0,
  };
  return { conn, sent, closed };
}

function updateMessage(text: string): Uint8Array {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('report').insert(0, [paragraph]);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc));
  doc.destroy();
  return encoding.toUint8Array(encoder);
}

const identity = (role: ConnectionIdentity['role']): ConnectionIdentity => ({ role, userId: role, name: role, color: '#000' });
let registry: DocRegistry;

beforeAll(async () => {
  await connectTestDatabase();
  registry = new DocRegistry(
    new DocPersistence(),
    { ...DEFAULT_REALTIME_LIMITS, persistBatchMs: 5, unloadGraceMs: 60_000 },
    createLogger({ level: 'silent', pretty: false }),
  );
});
afterAll(async () => {
  await registry.shutdown();
  await dropTestDatabase();
});

describe('SharedDoc roles', () => {
  it('applies, broadcasts and stores an editor’s update but drops the same update from a viewer', async () => {
    const doc = await registry.get('review:aaaaaaaaaaaaaaaaaaaaaaaa:report');
    const editor = fakeConnection();
    const viewer = fakeConnection();
    const observer = fakeConnection();
    doc.addConnection(editor.conn, identity('editor'));
    doc.addConnection(viewer.conn, identity('viewer'));
    doc.addConnection(observer.conn, identity('viewer'));
    const sentToObserver = observer.sent.length;

    doc.handleMessage(viewer.conn, updateMessage('from the viewer'));
    await doc.whenDurable();
    expect(doc.doc.getXmlFragment('report').toString()).not.toContain('from the viewer');
    expect(observer.sent.length).toBe(sentToObserver);
    expect(await DocUpdate.countDocuments({ docName: doc.name })).toBe(0);
    expect(viewer.closed).toEqual([]);

    doc.handleMessage(editor.conn, updateMessage('from the editor'));
    await doc.whenDurable();
    expect(doc.doc.getXmlFragment('report').toString()).toContain('from the editor');
    expect(observer.sent.length).toBeGreaterThan(sentToObserver);
    expect(await DocUpdate.countDocuments({ docName: doc.name })).toBe(1);
  });

  it('drops editors’ updates while the document is frozen for finalisation', async () => {
    const name = 'review:bbbbbbbbbbbbbbbbbbbbbbbb:report';
    const doc = await registry.get(name);
    const editor = fakeConnection();
    doc.addConnection(editor.conn, identity('editor'));
    await registry.freeze(name);
    doc.handleMessage(editor.conn, updateMessage('too late'));
    await doc.whenDurable();
    expect(doc.doc.getXmlFragment('report').toString()).not.toContain('too late');
    registry.unfreeze(name);
    doc.handleMessage(editor.conn, updateMessage('after unfreeze'));
    expect(doc.doc.getXmlFragment('report').toString()).toContain('after unfreeze');
  });

  it('closes a connection whose update has missing dependencies, and stores nothing of it', async () => {
    const doc = await registry.get('review:cccccccccccccccccccccccc:report');
    const editor = fakeConnection();
    doc.addConnection(editor.conn, identity('editor'));
    const other = new Y.Doc();
    const text = new Y.XmlText('base');
    other.getXmlFragment('report').insert(0, [text]);
    const base = Y.encodeStateVector(other);
    text.insert(4, ' and more');
    const dependent = Y.encodeStateAsUpdate(other, base); // refers to items the server never saw
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, dependent);
    doc.handleMessage(editor.conn, encoding.toUint8Array(encoder));
    expect(editor.closed).toEqual([CollabCloseCodes.badMessage]);
    expect(doc.doc.store.pendingStructs).toBeNull();
    await doc.whenDurable();
    expect(await DocUpdate.countDocuments({ docName: doc.name })).toBe(0);
    other.destroy();
  });
});

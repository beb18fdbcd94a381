import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CollabCloseCodes, CollabCloseReasons, reportDocName } from '@ehcp/shared';
import { DocUpdate } from '../../models/index.ts';
import { encodeAwarenessUpdate } from './protocol.ts';
import { craftReferenceCycle, craftSelfReference } from '../../test/crafted-updates.ts';
import { startDocumentHarness, updateMessage, type DocumentHarness, type HarnessClient } from '../../test/document-harness.ts';
import { connectTestDatabase, dropTestDatabase } from '../../test/test-app.ts';
import { waitFor } from '../../test/wait-for.ts';
import { isPersistedBy } from '../../test/persisted.ts';

let h: DocumentHarness;
let n = 0;
/** A fresh report document name (ids are only matched, never looked up, in these tests). */
const newDoc = () => reportDocName((++n).toString(16).padStart(24, 'a'));
const notes = (client: HarnessClient) => client.doc.getXmlFragment('report');
function typeParagraph(client: HarnessClient, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  notes(client).insert(notes(client).length, [paragraph]);
}
const serverDoc = (docName: string) => h.layer.documents.registry.loaded(docName)!.doc;
const serverText = (docName: string) => serverDoc(docName).getXmlFragment('report').toString();

beforeAll(async () => {
  await connectTestDatabase();
  h = await startDocumentHarness({ unloadGraceMs: 60_000, stateRequestRetryMs: 50 });
});
afterAll(async () => {
  await h.stop();
  await dropTestDatabase();
});

describe('the document core', () => {
  it('tells each connection its generation, then its role, before anything else', async () => {
    const name = newDoc();
    const editor = h.client(name);
    const viewer = h.client(name, { role: 'viewer', reason: 'read-only-link', takesPartInPresence: false });
    await editor.connect();
    await viewer.connect();
    expect(editor.received[0]![0]).toBe(101);
    expect(editor.received[1]![0]).toBe(102);
    expect(editor.role()).toEqual({ role: 'editor', reason: 'open' });
    expect(viewer.role()).toEqual({ role: 'viewer', reason: 'read-only-link' });
  });

  it('applies, broadcasts and stores an editor’s update, and drops a viewer’s without closing it', async () => {
    const name = newDoc();
    const editor = h.client(name);
    const viewer = h.client(name, { role: 'viewer', reason: 'finalised' });
    await editor.connect();
    await viewer.connect();
    await waitFor(() => viewer.doc.getXmlFragment('report').length > 0);
    typeParagraph(viewer, 'from the viewer');
    typeParagraph(editor, 'from the editor');
    await waitFor(() => serverText(name).includes('from the editor'));
    await waitFor(() => isPersistedBy(editor.doc, editor.persisted()), { message: 'editor persisted' });
    expect(serverText(name)).not.toContain('from the viewer');
    expect(viewer.doc.getXmlFragment('report').toString()).toContain('from the editor');
    expect(viewer.closes).toEqual([]);
    const logged = await DocUpdate.find({ docName: name }).lean();
    const stored = new Y.Doc();
    logged.forEach((entry) => Y.applyUpdate(stored, new Uint8Array(entry.update.buffer)));
    expect(JSON.stringify(stored.toJSON())).not.toContain('from the viewer');
  });

  it('accepts a reconnecting client’s update with missing dependencies by asking for its state, never closing it', async () => {
    const name = newDoc();
    const writer = h.client(name);
    await writer.connect();
    await waitFor(() => notes(writer).length > 0);
    // Edits the server never received (made while "offline"), then one more sent before the handshake.
    writer.disconnect();
    typeParagraph(writer, 'typed offline');
    const offlineState = Y.encodeStateVector(writer.doc);
    typeParagraph(writer, 'typed the moment the socket opened');
    const dependent = Y.encodeStateAsUpdate(writer.doc, offlineState);
    await writer.connect();
    writer.sendUpdate(dependent);
    await waitFor(() => serverText(name).includes('typed the moment') && serverText(name).includes('typed offline'));
    expect(writer.closes).toEqual([]);
    expect(serverDoc(name).store.pendingStructs).toBeNull();
    expect(serverDoc(name).store.pendingDs).toBeNull();
  });

  it('refuses edits while frozen, tells the author, and asks for them again when the freeze is released', async () => {
    const name = newDoc();
    const typist = h.client(name);
    await typist.connect();
    await waitFor(() => notes(typist).length > 0);
    const frozen = await h.layer.reportContent.freezeReport(name);
    typeParagraph(typist, 'typed during the freeze');
    await waitFor(() => typist.notices.length === 1);
    expect(typist.notices[0]).toEqual({ kind: 'paused', reason: 'finalising' });
    expect(serverText(name)).not.toContain('typed during the freeze');
    typeParagraph(typist, 'and more'); // depends on the refused edit
    await frozen.release();
    await waitFor(() => serverText(name).includes('typed during the freeze') && serverText(name).includes('and more'));
    expect(typist.notices[1]).toEqual({ kind: 'resumed', reason: 'finalising' });
    expect(typist.closes).toEqual([]);
    await waitFor(() => isPersistedBy(typist.doc, typist.persisted()), { message: 'everything durable' });
  });

  it('keeps a freeze to the request that took it', async () => {
    const name = newDoc();
    const first = await h.layer.reportContent.freezeReport(name);
    await expect(h.layer.reportContent.freezeReport(name)).rejects.toMatchObject({ code: 'document_busy' });
    await first.release();
    const second = await h.layer.reportContent.freezeReport(name);
    await first.release(); // a stale handle releases nothing
    expect(h.layer.freezes.isFrozen(name)).toBe(true);
    await second.commit();
    await second.release(); // committed: stays frozen for good
    expect(h.layer.freezes.isFrozen(name)).toBe(true);
  });

  it('refuses an update nesting shared types deeper than the limit, and the document stays readable', async () => {
    const name = newDoc();
    const attacker = h.client(name);
    await attacker.connect();
    attacker.doc.transact(() => {
      let array = attacker.doc.getArray('attendees');
      for (let i = 0; i < 20_000; i++) {
        const next = new Y.Array();
        array.insert(0, [next]);
        array = next;
      }
    });
    await waitFor(() => attacker.closes.length === 1);
    expect(attacker.closes[0]).toEqual({ code: CollabCloseCodes.badMessage, reason: CollabCloseReasons.tooDeep });
    expect(serverDoc(name).getArray('attendees').length).toBe(0);
    const report = await h.layer.reportContent.readReport(name);
    expect(report.rows.attendees).toEqual([]);
  });

  it('closes a connection sending references no Yjs client makes, and keeps nothing of it pending', async () => {
    for (const crafted of [craftReferenceCycle(1_000, 1_001, 1_000), craftSelfReference(2_000)]) {
      const name = newDoc();
      const attacker = h.client(name);
      const bystander = h.client(name);
      await attacker.connect();
      await bystander.connect();
      attacker.sendUpdate(crafted);
      await waitFor(() => attacker.closes.length === 1);
      expect(attacker.closes[0]).toEqual({ code: CollabCloseCodes.badMessage, reason: CollabCloseReasons.badMessage });
      expect(serverDoc(name).store.pendingStructs).toBeNull();
      typeParagraph(bystander, 'still works');
      await waitFor(() => serverText(name).includes('still works'));
      expect(bystander.closes).toEqual([]);
    }
  });

  it('ignores the presence of others echoed back by a client, however large, and lets nobody speak for another id', async () => {
    const name = newDoc();
    const a = h.client(name);
    const b = h.client(name);
    await a.connect();
    await b.connect();
    const presence = (entries: { clientId: number; state: unknown }[]) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1); // y-websocket's awareness message
      encoding.writeVarUint8Array(
        encoder,
        encodeAwarenessUpdate(entries.map(({ clientId, state }) => ({ clientId, clock: 1, json: JSON.stringify(state) }))),
      );
      return encoding.toUint8Array(encoder);
    };
    const states = () => h.layer.documents.registry.loaded(name)!.awareness.getStates();
    a.send(presence([{ clientId: 11, state: { cursor: 'a'.repeat(16_000) } }]));
    await waitFor(() => states().has(11));
    // B echoes A's state as the server broadcast it (with the user field: now over the size cap),
    // and first tries to speak as A
    const echoed = { ...(states().get(11) as object), user: { name: 'Mrs Alexandra Worthington-Smythe' } };
    b.send(presence([{ clientId: 11, state: { cursor: 'hijacked' } }]));
    b.send(
      presence([
        { clientId: 11, state: echoed },
        { clientId: 22, state: { cursor: 'b' } },
      ]),
    );
    await waitFor(() => states().has(22));
    expect(b.closes).toEqual([]);
    expect((states().get(11) as { cursor: string }).cursor).toHaveLength(16_000);
    expect(states().get(22)).toMatchObject({ cursor: 'b', user: { name: 'Test User' } });
  });

  it('refuses updates once the document holds its cap of structs', async () => {
    const small = await startDocumentHarness({ maxDocStructs: 500 });
    try {
      const name = newDoc();
      const writer = small.client(name);
      await writer.connect();
      const fields = writer.doc.getMap('fields');
      for (let batch = 0; batch < 6 && writer.isConnected; batch++)
        writer.doc.transact(() => {
          for (let i = 0; i < 100; i++) fields.set(`k${batch}-${i}`, i);
        });
      await waitFor(() => writer.closes.length === 1);
      expect(writer.closes[0]).toEqual({ code: CollabCloseCodes.tooLarge, reason: CollabCloseReasons.documentFull });
      const held = small.layer.documents.registry.loaded(name)!.doc.getMap('fields').size;
      expect(held).toBeLessThan(500);
    } finally {
      await small.stop();
    }
  });

  it('drops a connection the moment its access changes: what it sends next is never applied', async () => {
    const name = newDoc();
    const parent = h.client(name, { accessKeys: ['participant:p-1'] });
    const other = h.client(name, { accessKeys: ['participant:p-2'] });
    await parent.connect();
    await other.connect();
    await waitFor(() => notes(parent).length > 0);
    h.events.emit('participant.access-changed', { reviewId: 'r', schoolId: 's', participantId: 'p-1', change: 'withdrawn' });
    const late = new Y.Doc();
    late.getXmlFragment('report').insert(0, [new Y.XmlText('sent right after the link was withdrawn')]);
    parent.sendInFlight(updateMessage(Y.encodeStateAsUpdate(late)));
    typeParagraph(other, 'someone else carries on');
    await waitFor(() => serverText(name).includes('someone else carries on'));
    expect(serverText(name)).not.toContain('sent right after');
    expect(parent.closes).toEqual([{ code: CollabCloseCodes.accessChanged, reason: 'access changed' }]);
    expect(other.closes).toEqual([]);
  });

  it('applies an access change that came while a connection was being authorised and its document loaded', async () => {
    const name = newDoc();
    const authorisedAt = performance.now();
    const stale = h.client(name, { accessKeys: ['participant:p-3'], authorisedAt });
    h.events.emit('participant.access-changed', { reviewId: 'r', schoolId: 's', participantId: 'p-3', change: 'withdrawn' });
    await stale.connect().catch(() => undefined);
    await waitFor(() => stale.closes.length === 1);
    expect(stale.closes[0]).toEqual({ code: CollabCloseCodes.accessChanged, reason: 'access changed' });
    const fresh = h.client(name, { accessKeys: ['participant:p-3'], authorisedAt: performance.now() });
    await fresh.connect();
    expect(fresh.closes).toEqual([]);
  });
});

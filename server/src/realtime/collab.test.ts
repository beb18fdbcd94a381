import * as encoding from 'lib0/encoding';
import { Types } from 'mongoose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CollabCloseCodes, REPORT_TEXT_FRAGMENTS, reportDocName } from '@ehcp/shared';
import { DocSnapshot, DocUpdate } from '../models/index.ts';
import {
  closeCodeOf,
  connectCollabClient,
  isPersisted,
  openRawSocket,
  reportText,
  type CollabClient,
} from '../test/collab-client.ts';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { prepareForFinalisation } from '../test/meeting-report.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../test/test-app.ts';
import { waitFor } from '../test/wait-for.ts';
import { DocPersistence } from './persistence/doc-persistence.ts';
import { tokenOf } from '../test/participant-links.ts';

let t: TestApp;
let school: Awaited<ReturnType<typeof createSchoolWithReview>>;
let sendcoCookie: string;
let staffCookie: string;
const clients: CollabClient[] = [];

async function storedText(docName: string): Promise<string> {
  const stored = await new DocPersistence().load(docName);
  const doc = new Y.Doc();
  stored.updates.forEach((update) => Y.applyUpdate(doc, update));
  const text = reportText(doc);
  doc.destroy();
  return text;
}

/** Paragraphs in each rich-text part of the report: the server seeds exactly one in each, once. */
function seededParagraphs(client: CollabClient): number[] {
  return Object.values(REPORT_TEXT_FRAGMENTS).map((name) => client.doc.getXmlFragment(name).length);
}

function connect(docName: string, auth: { cookie?: string; share?: string }): CollabClient {
  const client = connectCollabClient(t.wsUrl, docName, auth);
  clients.push(client);
  return client;
}

beforeAll(async () => {
  t = await startTestApp({ realtime: { unloadGraceMs: 100 } });
  school = await createSchoolWithReview();
  sendcoCookie = (await new TestClient(t.baseUrl).login(school.sendco.email, school.password)).sessionCookie!;
  staffCookie = (await new TestClient(t.baseUrl).login(school.staff.email, school.password)).sessionCookie!;
});
afterEach(() => {
  clients.splice(0).forEach((client) => client.destroy());
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

describe('live co-editing over y-websocket', () => {
  it('seeds the report once on the server and converges two editors', async () => {
    const docName = reportDocName(school.reviewId);
    const a = connect(docName, { cookie: sendcoCookie });
    const b = connect(docName, { cookie: staffCookie });
    await waitFor(() => a.provider.synced && b.provider.synced, { message: 'both synced' });
    expect(seededParagraphs(a)).toEqual([1, 1, 1, 1]);
    a.type('Priya (SENDCo), Tom (class teacher)');
    b.type('Parent attended by phone');
    await waitFor(() => a.text() === b.text() && a.text().includes('Parent attended') && b.text().includes('Priya'), {
      message: 'converged',
    });
    await waitFor(() => isPersisted(a) && isPersisted(b), { message: 'persisted acknowledgements' });
    expect(await storedText(docName)).toBe(a.text());
  });

  it('keeps the text across a server restart and does not duplicate the seed', async () => {
    const docName = reportDocName(school.reviewId);
    const writer = connect(docName, { cookie: sendcoCookie });
    await waitFor(() => writer.provider.synced);
    writer.type('Written before the restart');
    await waitFor(() => isPersisted(writer), { message: 'persisted before restart' });
    writer.destroy();
    await t.stop();
    t = await startTestApp({ realtime: { unloadGraceMs: 100 } });
    const reader = connect(docName, { cookie: staffCookie });
    await waitFor(() => reader.provider.synced && reader.text().includes('Written before the restart'), {
      message: 'text after restart',
    });
    expect(seededParagraphs(reader).slice(0, 3)).toEqual([1, 1, 1]);
  });

  it('refuses connections without access with permanent close codes', async () => {
    const docName = reportDocName(school.reviewId);
    const other = await createSchoolWithReview();
    const otherCookie = (await new TestClient(t.baseUrl).login(other.sendco.email, other.password)).sessionCookie!;
    expect(await closeCodeOf(await openRawSocket(t.wsUrl, docName, {}))).toBe(CollabCloseCodes.unauthorized);
    expect(await closeCodeOf(await openRawSocket(t.wsUrl, docName, { cookie: otherCookie }))).toBe(CollabCloseCodes.forbidden);
    expect(await closeCodeOf(await openRawSocket(t.wsUrl, 'not-a-doc', { cookie: sendcoCookie }))).toBe(
      CollabCloseCodes.notFound,
    );
    expect(await closeCodeOf(await openRawSocket(t.wsUrl, docName, { share: 'A'.repeat(43) }))).toBe(
      CollabCloseCodes.unauthorized,
    );
  });

  it('closes only the connection that sends garbage or an oversized frame', async () => {
    const docName = reportDocName(school.reviewId);
    const good = connect(docName, { cookie: sendcoCookie });
    await waitFor(() => good.provider.synced);
    const garbage = await openRawSocket(t.wsUrl, docName, { cookie: staffCookie });
    garbage.send(Buffer.from([0, 2, 200, 1, 2, 3, 4, 5]));
    expect(await closeCodeOf(garbage)).toBe(CollabCloseCodes.badMessage);
    const huge = await openRawSocket(t.wsUrl, docName, { cookie: staffCookie });
    huge.send(Buffer.alloc(t.config.realtime.maxFrameBytes + 1024));
    expect(await closeCodeOf(huge)).toBe(1009);
    good.type('Still editing after the abuse');
    await waitFor(() => isPersisted(good));
    expect(await storedText(docName)).toContain('Still editing after the abuse');
    expect(good.provider.wsconnected).toBe(true);
  });

  it('unloads an idle document and compacts its update log into the snapshot', async () => {
    const fresh = await createSchoolWithReview();
    const cookie = (await new TestClient(t.baseUrl).login(fresh.sendco.email, fresh.password)).sessionCookie!;
    const docName = reportDocName(fresh.reviewId);
    const client = connect(docName, { cookie });
    await waitFor(() => client.provider.synced);
    for (let i = 0; i < 20; i++) client.type(`line ${i}`);
    await waitFor(() => isPersisted(client));
    const expected = client.text();
    expect(await DocUpdate.countDocuments({ docName })).toBeGreaterThan(0);
    client.destroy();
    await waitFor(async () => (await DocUpdate.countDocuments({ docName })) === 0, { message: 'log compacted' });
    expect((await DocSnapshot.findOne({ docName }).lean())?.version).toBeGreaterThan(0);
    expect(await storedText(docName)).toBe(expected);
  });
});

describe('read-only access', () => {
  it('drops a crafted update and sync step 2 from an LA link: not stored, not seen by others', async () => {
    const review = await createSchoolWithReview();
    const sendco = await new TestClient(t.baseUrl).login(review.sendco.email, review.password);
    const docName = reportDocName(review.reviewId);
    const editor = connect(docName, { cookie: sendco.sessionCookie! });
    await waitFor(() => editor.provider.synced);
    editor.type('Agreed outcome text');
    await waitFor(() => isPersisted(editor));
    (await prepareForFinalisation(sendco, t.wsUrl, review.reviewId)).destroy();
    expect((await sendco.post(`/api/reviews/${review.reviewId}/finalise`, {})).status).toBe(200);
    const link = await sendco.post(`/api/reviews/${review.reviewId}/share-links`, {});
    const share = tokenOf(link.body.link.url);

    // The editor reconnects after the access change and becomes a viewer too.
    await waitFor(() => editor.closes.some((c) => c.code === CollabCloseCodes.accessChanged), {
      message: 'access-changed close',
    });
    const watcher = connect(docName, { share });
    await waitFor(() => watcher.provider.synced && watcher.text().includes('Agreed outcome text'));
    const live = await t.app.realtime.documents.registry.get(docName);
    const before = { marker: new Types.ObjectId(), text: await storedText(docName), memory: Y.encodeStateVector(live.doc) };

    const attacker = new Y.Doc();
    const attackerFragment = attacker.getXmlFragment('report');
    const injected = new Y.XmlElement('paragraph');
    injected.insert(0, [new Y.XmlText('INJECTED BY VIEWER')]);
    attackerFragment.insert(0, [injected]);
    const update = Y.encodeStateAsUpdate(attacker);
    const raw = await openRawSocket(t.wsUrl, docName, { share });
    for (const syncType of [1, 2]) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, syncType);
      encoding.writeVarUint8Array(encoder, update);
      raw.send(encoding.toUint8Array(encoder));
    }
    // A marker round trip: once the server answers our sync step 1, it has processed the
    // crafted messages sent before it on the same connection.
    const answered = new Promise<void>((resolve) => raw.once('message', () => resolve()));
    const probe = encoding.createEncoder();
    encoding.writeVarUint(probe, 0);
    encoding.writeVarUint(probe, 0);
    encoding.writeVarUint8Array(probe, Y.encodeStateVector(new Y.Doc()));
    raw.send(encoding.toUint8Array(probe));
    await answered;
    await new Promise((resolve) => setTimeout(resolve, t.config.realtime.persistBatchMs * 4));

    expect(watcher.text()).not.toContain('INJECTED');
    expect(await DocUpdate.countDocuments({ docName, _id: { $gt: before.marker } })).toBe(0);
    expect(await storedText(docName)).toBe(before.text);
    expect(Y.encodeStateVector(live.doc)).toEqual(before.memory); // nothing changed in memory either
    raw.close();
    attacker.destroy();
  });

  it('keeps an LA link out of presence: it neither receives others’ awareness nor sets its own', async () => {
    const review = await createSchoolWithReview();
    const sendco = await new TestClient(t.baseUrl).login(review.sendco.email, review.password);
    const docName = reportDocName(review.reviewId);
    (await prepareForFinalisation(sendco, t.wsUrl, review.reviewId)).destroy();
    expect((await sendco.post(`/api/reviews/${review.reviewId}/finalise`, {})).status).toBe(200);
    const link = await sendco.post(`/api/reviews/${review.reviewId}/share-links`, {});
    const la = connect(docName, { share: tokenOf(link.body.link.url) });
    const staff = connect(docName, { cookie: sendco.sessionCookie! });
    await waitFor(() => la.provider.synced && staff.provider.synced && staff.role()?.reason === 'finalised');
    staff.provider.awareness.setLocalStateField('cursor', { at: 1 });
    la.provider.awareness.setLocalStateField('cursor', { at: 2 });
    // Another staff reader joins afterwards and is sent the current presence.
    const second = connect(docName, { cookie: sendco.sessionCookie! });
    await waitFor(() => second.provider.awareness.getStates().has(staff.doc.clientID), { message: 'staff presence relayed' });
    expect(second.provider.awareness.getStates().has(la.doc.clientID)).toBe(false);
    expect(la.provider.awareness.getStates().has(staff.doc.clientID)).toBe(false);
    expect(la.role()).toEqual({ role: 'viewer', reason: 'read-only-link' });
  });
});

import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import {
  CollabCloseCodes,
  CollabCloseReasons,
  contributionDocName,
  reportDocName,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@ehcp/shared';
import { hashToken } from '../auth/index.ts';
import { DocSnapshot, DocUpdate, Session, ShareLink } from '../models/index.ts';
import { closeCodeOf, openRawSocket } from '../test/collab-client.ts';
import { createSchoolWithReview } from '../test/factories.ts';
import { finaliseForTest } from '../test/finalised-review.ts';
import { TestClient } from '../test/http-client.ts';
import { inviteParticipant, tokenOf } from '../test/participant-links.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../test/test-app.ts';
import { storedNotes } from '../test/typist.ts';
import { waitFor } from '../test/wait-for.ts';
import { encodeUpdate } from './documents/index.ts';

/**
 * Issue 9, revocation matrix: each change of access closes the affected person's open document
 * sockets (and Socket.io sockets) at once; what the socket sends afterwards is never stored, and
 * a reconnection with the same credential is refused for good (or comes back with the new role).
 */
let t: TestApp;
const dueDate = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
const latencies: Record<string, number> = {};

/** A raw document socket that records its messages and when it closed. */
async function watch(docName: string, auth: { cookie?: string; participant?: string; share?: string }) {
  const socket = await openRawSocket(t.wsUrl, docName, auth);
  const received: Buffer[] = [];
  socket.on('message', (data: Buffer) => received.push(data));
  let closedAt: number | null = null;
  const closed = closeCodeOf(socket).then((code) => {
    closedAt = performance.now();
    return code;
  });
  await waitFor(() => received.some((message) => message[0] === 102), { message: 'role received' });
  return { socket, closed, closedAt: () => closedAt };
}

/** An edit from a fresh client (it depends on nothing), tagged so the database can be searched for it. */
function edit(tag: string): Buffer {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(tag)]);
  doc.getXmlFragment('report').insert(0, [paragraph]);
  return Buffer.from(encodeUpdate(Y.encodeStateAsUpdate(doc)));
}

/**
 * Runs one access change against an open socket: the socket must close with 4000 (reconnect and
 * be authorised afresh), and an edit it sends the moment the change has been made is not stored.
 */
async function expectClosedBy(
  name: string,
  docName: string,
  watched: Awaited<ReturnType<typeof watch>>,
  change: () => Promise<unknown>,
) {
  const started = performance.now();
  await change();
  if (watched.socket.readyState === watched.socket.OPEN) watched.socket.send(edit(`after ${name}`));
  expect(await watched.closed).toBe(CollabCloseCodes.accessChanged);
  latencies[name] = Math.round(watched.closedAt()! - started);
  await new Promise((resolve) => setTimeout(resolve, t.config.realtime.persistBatchMs * 4));
  expect(await storedNotes(docName)).not.toContain(`after ${name}`);
}

/** The close code and reason a new connection with these credentials gets (or 'open' with its role). */
async function reconnect(docName: string, auth: { cookie?: string; participant?: string; share?: string }) {
  const socket: WebSocket = await openRawSocket(t.wsUrl, docName, auth);
  return new Promise<{ code: number; reason: string } | 'open'>((resolve) => {
    socket.on('message', (data: Buffer) => {
      if (data[0] === 102) {
        socket.close();
        resolve('open');
      }
    });
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
}

/** A fresh school, its signed-in SENDCo, and (if asked) one person invited to its review. */
async function schoolWith(invitee?: { name: string; email: string; role: 'parent_carer' | 'educational_psychologist' }) {
  const school = await createSchoolWithReview();
  const sendco = await new TestClient(t.baseUrl).login(school.sendco.email, school.password);
  const invited = invitee ? await inviteParticipant(sendco, school.reviewId, { ...invitee, dueDate }) : null;
  return { school, sendco, invited: invited!, docName: reportDocName(school.reviewId) };
}

beforeAll(async () => {
  t = await startTestApp({ realtime: { maxConnectionAttemptsPerMinute: 10_000 } });
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
  process.stdout.write(`access-changes: ms from change to closed socket ${JSON.stringify(latencies)}\n`);
});

describe('access changes close open connections at once', () => {
  it('a participant link withdrawn: the report and their draft close; the link is refused from then on', async () => {
    const {
      school,
      sendco,
      invited: parent,
      docName,
    } = await schoolWith({
      name: 'Pat Parent',
      email: 'pat@example.test',
      role: 'parent_carer',
    });
    const report = await watch(docName, { participant: parent.token });
    const draft = await watch(contributionDocName(school.reviewId, parent.id), { participant: parent.token });
    await expectClosedBy('participant withdrawn', docName, report, () =>
      sendco.post(`/api/reviews/${school.reviewId}/participants/${parent.id}/revoke`),
    );
    expect(await draft.closed).toBe(CollabCloseCodes.accessChanged);
    expect(await reconnect(docName, { participant: parent.token })).toEqual({
      code: CollabCloseCodes.unauthorized,
      reason: CollabCloseReasons.linkUnavailable,
    });
  });

  it('a participant removed', async () => {
    const {
      school,
      sendco,
      invited: ep,
      docName,
    } = await schoolWith({
      name: 'Eve Psych',
      email: 'eve@example.test',
      role: 'educational_psychologist',
    });
    const report = await watch(docName, { participant: ep.token });
    await expectClosedBy('participant removed', docName, report, () =>
      sendco.request('DELETE', `/api/reviews/${school.reviewId}/participants/${ep.id}`),
    );
    expect(await reconnect(docName, { participant: ep.token })).toMatchObject({ code: CollabCloseCodes.unauthorized });
  });

  it('a participant’s link re-sent: the old link’s connections close; the new link works', async () => {
    const {
      school,
      sendco,
      invited: parent,
      docName,
    } = await schoolWith({
      name: 'Pat Parent',
      email: 'pat2@example.test',
      role: 'parent_carer',
    });
    const report = await watch(docName, { participant: parent.token });
    let newToken = '';
    await expectClosedBy('participant link re-sent', docName, report, async () => {
      const resent = await sendco.post(`/api/reviews/${school.reviewId}/participants/${parent.id}/resend`);
      newToken = tokenOf(resent.body.link as string);
    });
    expect(await reconnect(docName, { participant: parent.token })).toMatchObject({ code: CollabCloseCodes.unauthorized });
    expect(await reconnect(docName, { participant: newToken })).toBe('open');
  });

  it('an LA link withdrawn', async () => {
    const school = await createSchoolWithReview();
    const sendco = await new TestClient(t.baseUrl).login(school.sendco.email, school.password);
    await finaliseForTest(school);
    const created = await sendco.post(`/api/reviews/${school.reviewId}/share-links`, {});
    const token = tokenOf(created.body.link.url as string);
    const docName = reportDocName(school.reviewId);
    const la = await watch(docName, { share: token });
    await expectClosedBy('LA link withdrawn', docName, la, () =>
      sendco.post(`/api/reviews/${school.reviewId}/share-links/${created.body.link.id}/revoke`),
    );
    expect(await reconnect(docName, { share: token })).toEqual({
      code: CollabCloseCodes.unauthorized,
      reason: CollabCloseReasons.linkUnavailable,
    });
  });

  it('an LA link expiring while open', async () => {
    const school = await createSchoolWithReview();
    const sendco = await new TestClient(t.baseUrl).login(school.sendco.email, school.password);
    await finaliseForTest(school);
    const created = await sendco.post(`/api/reviews/${school.reviewId}/share-links`, {});
    const token = tokenOf(created.body.link.url as string);
    const expiresAt = new Date(Date.now() + 1500);
    await ShareLink.updateOne({ tokenHash: hashToken(token) }, { $set: { expiresAt } });
    const la = await watch(reportDocName(school.reviewId), { share: token });
    expect(await la.closed).toBe(CollabCloseCodes.accessChanged);
    latencies['LA link expired'] = Math.round(Date.now() - expiresAt.getTime());
    expect(await reconnect(reportDocName(school.reviewId), { share: token })).toMatchObject({
      code: CollabCloseCodes.unauthorized,
    });
  });

  it('signing out closes that session’s document and Socket.io connections', async () => {
    const school = await createSchoolWithReview();
    const sendco = await new TestClient(t.baseUrl).login(school.sendco.email, school.password);
    const cookie = sendco.sessionCookie!;
    const docName = reportDocName(school.reviewId);
    const doc = await watch(docName, { cookie });
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connectSocket(t.baseUrl, {
      transports: ['websocket'],
      extraHeaders: { Cookie: cookie },
    });
    await waitFor(() => socket.connected, { message: 'Socket.io connected' });
    const disconnected = new Promise<string>((resolve) => socket.on('disconnect', (reason) => resolve(reason)));
    await expectClosedBy('signed out', docName, doc, () => sendco.post('/api/auth/logout'));
    expect(await disconnected).toBe('io server disconnect');
    expect(await reconnect(docName, { cookie })).toEqual({
      code: CollabCloseCodes.unauthorized,
      reason: CollabCloseReasons.signInRequired,
    });
    socket.close();
  });

  it('a session expiring while open', async () => {
    const school = await createSchoolWithReview();
    const sendco = await new TestClient(t.baseUrl).login(school.sendco.email, school.password);
    const cookie = sendco.sessionCookie!;
    const expiresAt = new Date(Date.now() + 1500);
    await Session.updateOne({ tokenHash: hashToken(cookie.split('=')[1]!) }, { $set: { expiresAt } });
    const doc = await watch(reportDocName(school.reviewId), { cookie });
    expect(await doc.closed).toBe(CollabCloseCodes.accessChanged);
    latencies['session expired'] = Math.round(Date.now() - expiresAt.getTime());
  });

  it('a staff member’s access changing closes every one of their connections', async () => {
    const school = await createSchoolWithReview();
    const staff = await new TestClient(t.baseUrl).login(school.staff.email, school.password);
    const docName = reportDocName(school.reviewId);
    const doc = await watch(docName, { cookie: staff.sessionCookie! });
    await expectClosedBy('staff access changed', docName, doc, async () =>
      t.app.events.emit('user.access-changed', { userId: school.staff.id, schoolId: school.schoolId }),
    );
  });
  it('a pupil deleted (a wrong row): the report closes, is refused from then on, and its stored text is gone', async () => {
    const { school, sendco, docName } = await schoolWith();
    const report = await watch(docName, { cookie: sendco.sessionCookie! });
    report.socket.send(edit('typed before deleting'));
    await waitFor(async () => (await storedNotes(docName)).includes('typed before deleting'), { message: 'edit stored' });
    await expectClosedBy('pupil deleted', docName, report, async () => {
      const deleted = await sendco.post(`/api/pupils/${school.pupilId}/delete`, { confirm: true });
      expect(deleted.status).toBe(204);
    });
    expect(await reconnect(docName, { cookie: sendco.sessionCookie! })).toMatchObject({ code: CollabCloseCodes.forbidden });
    expect(await DocUpdate.countDocuments({ docName })).toBe(0);
    expect(await DocSnapshot.countDocuments({ docName })).toBe(0);
  });
});

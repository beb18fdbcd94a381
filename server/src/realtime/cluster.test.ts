import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  CollabCloseCodes,
  reportDocName,
  type ClientToServerEvents,
  type PresentPerson,
  type ServerToClientEvents,
} from '@ehcp/shared';
import { Outcome } from '../models/index.ts';
import { startTestCluster, type TestCluster } from '../test/cluster.ts';
import { connectCollabClient, isPersisted, openRawSocket, closeCodeOf, type CollabClient } from '../test/collab-client.ts';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { prepareForFinalisation } from '../test/meeting-report.ts';
import { inviteParticipant } from '../test/participant-links.ts';
import { isPersistedBy } from '../test/persisted.ts';
import { dropTestDatabase } from '../test/test-app.ts';
import { isPermanentClose, occurrences, startTypist, storedNotes, type Typist } from '../test/typist.ts';
import { waitFor } from '../test/wait-for.ts';
import { readRawReport } from './content/report-json.ts';
import { DocPersistence } from './persistence/doc-persistence.ts';

/**
 * Issue 13: three server processes, one database, one Redis. Clients are spread over the
 * processes (each connects to one process directly, or through a round-robin balancer), and
 * every guarantee of one process must hold across them.
 */
let cluster: TestCluster;
const clients: CollabClient[] = [];
const typists: Typist[] = [];
const dueDate = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  cluster = await startTestCluster(3);
}, 120_000);
afterEach(() => {
  typists.splice(0).forEach((typist) => typist.stop());
  clients.splice(0).forEach((client) => client.destroy());
});
afterAll(async () => {
  await cluster?.stop();
  await dropTestDatabase();
});

/** A fresh school, its SENDCo signed in, and `perProcess` editors of its report on each process. */
async function meetingAcrossProcesses(perProcess: number) {
  const school = await createSchoolWithReview();
  const sendco = await new TestClient(cluster.servers[0]!.baseUrl).login(school.sendco.email, school.password);
  const docName = reportDocName(school.reviewId);
  const onProcess: CollabClient[][] = cluster.servers.map((server) =>
    Array.from({ length: perProcess }, () => connectCollabClient(server.wsUrl, docName, { cookie: sendco.sessionCookie! })),
  );
  clients.push(...onProcess.flat());
  await waitFor(() => clients.every((client) => client.provider.synced), { timeoutMs: 20_000, message: 'all synced' });
  return { school, sendco, docName, onProcess };
}

const textOf = (client: CollabClient) => client.doc.getXmlFragment('report').toString();

describe('several processes on Redis', () => {
  it('converges clients on different processes, and stores every word once', async () => {
    const { docName } = await meetingAcrossProcesses(2);
    typists.push(...clients.map((client, i) => startTypist(client, `p${i}`, 80)));
    await pause(2500);
    typists.forEach((typist) => typist.stop());
    await waitFor(() => clients.every(isPersisted) && clients.every((client) => textOf(client) === textOf(clients[0]!)), {
      timeoutMs: 20_000,
      message: 'every client identical and durable',
    });
    const stored = await storedNotes(docName);
    const typed = typists.flatMap((typist) => typist.words);
    expect(typed.filter((word) => occurrences(stored, word) !== 1)).toEqual([]);
    expect(typed.every((word) => textOf(clients[0]!).includes(word))).toBe(true);
  }, 60_000);

  it('converges people on three processes typing into the same sentence at once, at random places', async () => {
    const { docName } = await meetingAcrossProcesses(1);
    // One shared paragraph, made by the first client and synced to the others.
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Amy ')]);
    clients[0]!.doc.getXmlFragment('report').insert(0, [paragraph]);
    const sentence = (client: CollabClient) => client.doc.getXmlFragment('report').get(0) as Y.XmlElement | undefined;
    await waitFor(() => clients.every((client) => sentence(client)?.length === 1), { message: 'the sentence everywhere' });
    const typed: string[] = [];
    const timers = clients.map((client, c) => {
      let n = 0;
      return setInterval(
        () => {
          const text = sentence(client)!.get(0) as Y.XmlText;
          const word = `w${c}.${n++} `;
          typed.push(word);
          // Anywhere in the one sentence, between two words (inside a word would split it).
          const boundaries = [0, ...[...text.toString()].flatMap((char, i) => (char === ' ' ? [i + 1] : []))];
          text.insert(boundaries[Math.floor(Math.random() * boundaries.length)]!, word);
        },
        40 + c * 7,
      );
    });
    await pause(2000);
    timers.forEach(clearInterval);
    await waitFor(() => clients.every(isPersisted) && clients.every((client) => textOf(client) === textOf(clients[0]!)), {
      timeoutMs: 20_000,
      message: 'every client identical and durable',
    });
    const stored = await storedNotes(docName);
    expect(stored).toBe(textOf(clients[0]!));
    expect(typed.filter((word) => occurrences(stored, word) !== 1)).toEqual([]);
  }, 60_000);

  it('shows everyone’s presence whichever process they are on (document carets and Socket.io)', async () => {
    const { school, onProcess } = await meetingAcrossProcesses(1);
    onProcess.forEach(([client], i) => client!.provider.awareness.setLocalStateField('cursor', { at: i }));
    await waitFor(
      () => clients.every((client) => clients.every((other) => client.provider.awareness.getStates().has(other.doc.clientID))),
      { timeoutMs: 10_000, message: 'every client sees every other’s caret' },
    );
    const staff = await new TestClient(cluster.servers[1]!.baseUrl).login(school.staff.email, school.password);
    const sendcoCookie = (await new TestClient(cluster.servers[0]!.baseUrl).login(school.sendco.email, school.password))
      .sessionCookie!;
    const sockets: Socket<ServerToClientEvents, ClientToServerEvents>[] = [
      connectSocket(cluster.servers[0]!.baseUrl, { transports: ['websocket'], extraHeaders: { Cookie: sendcoCookie } }),
      connectSocket(cluster.servers[2]!.baseUrl, { transports: ['websocket'], extraHeaders: { Cookie: staff.sessionCookie! } }),
    ];
    try {
      let latest: PresentPerson[] = [];
      sockets[0]!.on('presence:update', ({ people }) => (latest = people));
      await waitFor(() => sockets.every((socket) => socket.connected));
      for (const socket of sockets)
        await new Promise((resolve) => socket.emit('review:join', { reviewId: school.reviewId }, resolve));
      await waitFor(() => latest.length === 2, { timeoutMs: 10_000, message: 'both people in the room' });
    } finally {
      sockets.forEach((socket) => socket.close());
    }
  }, 60_000);

  it('finalising on one process stores every edit acknowledged on any process and locks every editor everywhere', async () => {
    const { school, sendco, docName } = await meetingAcrossProcesses(2);
    clients.push(await prepareForFinalisation(sendco, cluster.servers[0]!.wsUrl, school.reviewId));
    typists.push(...clients.slice(0, 6).map((client, i) => startTypist(client, `f${i}`, 60)));
    await pause(800);
    // The same session finalises through another process than the author's.
    const finalised = await new TestClient(cluster.servers[1]!.baseUrl).request(
      'POST',
      `/api/reviews/${school.reviewId}/finalise`,
      {},
      { Cookie: sendco.sessionCookie! },
    );
    expect(finalised.status).toBe(200);
    await pause(600);
    typists.forEach((typist) => typist.stop());
    await waitFor(() => clients.every((client) => client.role()?.reason === 'finalised'), {
      timeoutMs: 15_000,
      message: 'every editor, on every process, told the report is locked',
    });
    expect(clients.flatMap((client) => client.closes.filter((close) => isPermanentClose(close.code)))).toEqual([]);

    const outcome = await Outcome.findOne({ reviewId: school.reviewId }).lean();
    const stored = new Y.Doc();
    (await new DocPersistence().load(docName)).updates.forEach((update) => Y.applyUpdate(stored, update));
    expect(JSON.parse(outcome!.documentJson!)).toEqual(readRawReport(stored));
    for (const client of clients)
      if (isPersistedBy(client.doc, client.persisted())) expect(isPersistedBy(client.doc, Y.snapshot(stored))).toBe(true);
    stored.destroy();
  }, 90_000);

  it('a revocation on one process closes the person’s connections on every process', async () => {
    const school = await createSchoolWithReview();
    const sendco = await new TestClient(cluster.servers[2]!.baseUrl).login(school.sendco.email, school.password);
    const parent = await inviteParticipant(sendco, school.reviewId, {
      name: 'Pat Parent',
      email: 'pat@example.test',
      role: 'parent_carer',
      dueDate,
    });
    const docName = reportDocName(school.reviewId);
    const sockets = await Promise.all(
      cluster.servers.map((server) => openRawSocket(server.wsUrl, docName, { participant: parent.token })),
    );
    const closed = sockets.map((socket) => closeCodeOf(socket));
    await pause(300);
    expect((await sendco.post(`/api/reviews/${school.reviewId}/participants/${parent.id}/revoke`)).status).toBe(200);
    expect(await Promise.all(closed)).toEqual([
      CollabCloseCodes.accessChanged,
      CollabCloseCodes.accessChanged,
      CollabCloseCodes.accessChanged,
    ]);
  }, 60_000);

  it('killing one process mid-meeting loses no acknowledged edit, and its clients carry on through another', async () => {
    const school = await createSchoolWithReview();
    const cookie = (await new TestClient(cluster.servers[0]!.baseUrl).login(school.sendco.email, school.password)).sessionCookie!;
    const docName = reportDocName(school.reviewId);
    for (let i = 0; i < 6; i++) clients.push(connectCollabClient(cluster.balancer.wsUrl, docName, { cookie }));
    await waitFor(() => clients.every((client) => client.provider.synced), { timeoutMs: 20_000 });
    typists.push(...clients.map((client, i) => startTypist(client, `k${i}`, 80)));
    await pause(1500);
    const acknowledged = clients.map((client) => ({ client, persisted: client.persisted() }));
    expect(await cluster.servers[0]!.stop('SIGKILL')).toBeNull();
    await pause(2000); // they go on typing, and reconnect through the balancer to a live process
    typists.forEach((typist) => typist.stop());
    await waitFor(() => clients.every((client) => client.provider.wsconnected && isPersisted(client)), {
      timeoutMs: 30_000,
      message: 'every client carried on through another process and is durable',
    });
    const stored = await storedNotes(docName);
    const typed = typists.flatMap((typist) => typist.words);
    expect(typed.filter((word) => occurrences(stored, word) !== 1)).toEqual([]);
    expect(clients.flatMap((client) => client.closes.filter((close) => isPermanentClose(close.code)))).toEqual([]);
    // What a client was told was saved before the kill is in the database.
    const storedDoc = new Y.Doc();
    (await new DocPersistence().load(docName)).updates.forEach((update) => Y.applyUpdate(storedDoc, update));
    const storedState = Y.decodeStateVector(Y.encodeStateVector(storedDoc));
    for (const { persisted } of acknowledged)
      for (const [clientId, clock] of persisted?.sv ?? []) expect(storedState.get(clientId) ?? 0).toBeGreaterThanOrEqual(clock);
    storedDoc.destroy();
    await cluster.servers[0]!.start();
  }, 90_000);
});

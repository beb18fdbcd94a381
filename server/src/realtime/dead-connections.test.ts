import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { CollabCloseCodes, reportDocName } from '@ehcp/shared';
import { connectCollabClient, isPersisted, type CollabClient } from '../test/collab-client.ts';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { createServerProcess, type ServerProcess } from '../test/server-process.ts';
import { startTcpProxy, type TcpProxy } from '../../../scripts/tcp-proxy.ts';
import { connectTestDatabase, dropTestDatabase, startTestApp, type TestApp } from '../test/test-app.ts';
import { storedNotes } from '../test/typist.ts';
import { waitFor } from '../test/wait-for.ts';

/**
 * Issue 9: connections that die without closing. A phone that leaves the Wi-Fi leaves a
 * half-open socket: the server must notice (ping/pong) and drop it, so the person leaves
 * everyone's presence. A database that stops answering must not hold new connections for ever,
 * nor refuse them for good: they are closed with 1011 (try again) and succeed once it is back.
 */
const clients: CollabClient[] = [];
afterAll(() => clients.forEach((client) => client.destroy()));

describe('a half-open client connection', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  beforeAll(async () => {
    t = await startTestApp({ realtime: { pingIntervalMs: 500 } });
    proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(t.baseUrl).port) });
  });
  afterAll(async () => {
    await proxy.close();
    await t.stop();
  });

  it('is terminated after a missed ping, and its person leaves the others’ presence', async () => {
    const school = await createSchoolWithReview();
    const cookie = (await new TestClient(t.baseUrl).login(school.sendco.email, school.password)).sessionCookie!;
    const docName = reportDocName(school.reviewId);
    const watcher = connectCollabClient(t.wsUrl, docName, { cookie });
    const phone = connectCollabClient(`ws://127.0.0.1:${proxy.port}`, docName, { cookie });
    clients.push(watcher, phone);
    await waitFor(() => watcher.provider.synced && phone.provider.synced);
    phone.provider.awareness.setLocalStateField('cursor', { at: 1 });
    await waitFor(() => watcher.provider.awareness.getStates().has(phone.doc.clientID), { message: 'phone present' });

    const droppedAt = performance.now();
    proxy.pause(); // Wi-Fi gone: nothing gets through, nothing is closed
    await waitFor(() => !watcher.provider.awareness.getStates().has(phone.doc.clientID), {
      timeoutMs: 10_000,
      message: 'the phone left the presence',
    });
    const live = t.app.realtime.documents.registry.loaded(docName)!;
    expect(live.connections.size).toBe(1);
    process.stdout.write(
      `dead-connections: half-open socket dropped from presence after ${Math.round(performance.now() - droppedAt)} ms (ping every 500 ms)\n`,
    );
    proxy.resume();
  });
});

describe('a database that stops answering', () => {
  let server: ServerProcess;
  let dbProxy: TcpProxy;
  beforeAll(async () => {
    const dbName = await connectTestDatabase();
    const uri = new URL(inject('mongoUri'));
    dbProxy = await startTcpProxy({ host: uri.hostname, port: Number(uri.port) });
    uri.host = `127.0.0.1:${dbProxy.port}`;
    uri.pathname = `/${dbName}`;
    server = await createServerProcess(uri.toString(), { COLLAB_CONNECT_TIMEOUT_MS: '1500' });
    await server.start();
  }, 60_000);
  afterAll(async () => {
    dbProxy.resume();
    await server.stop('SIGTERM');
    await dbProxy.close();
    await dropTestDatabase();
  });

  it('closes new connections with 1011 while it is frozen, keeps typists’ edits, and saves them once it is back', async () => {
    const school = await createSchoolWithReview();
    const cookie = (await new TestClient(server.baseUrl).login(school.sendco.email, school.password)).sessionCookie!;
    // Someone who has not connected yet: nothing about them is cached, so joining needs the database.
    const newcomerCookie = (await new TestClient(server.baseUrl).login(school.staff.email, school.password)).sessionCookie!;
    const docName = reportDocName(school.reviewId);
    const typist = connectCollabClient(server.wsUrl, docName, { cookie });
    clients.push(typist);
    await waitFor(() => typist.provider.synced && isPersisted(typist));

    dbProxy.pause();
    typist.type('typed while the database was frozen');
    const newcomer = connectCollabClient(server.wsUrl, docName, { cookie: newcomerCookie });
    clients.push(newcomer);
    await waitFor(() => newcomer.closes.length > 0, { timeoutMs: 10_000, message: 'newcomer closed' });
    expect(newcomer.closes[0]!.code).toBe(CollabCloseCodes.tryAgainLater); // transient: y-websocket retries
    expect(isPersisted(typist)).toBe(false); // never "Saved" while nothing could be written

    dbProxy.resume();
    await waitFor(() => newcomer.provider.synced && newcomer.text().includes('typed while the database was frozen'), {
      timeoutMs: 20_000,
      message: 'newcomer joined once the database was back',
    });
    await waitFor(() => isPersisted(typist), { timeoutMs: 20_000, message: 'typing saved after the database came back' });
    expect(await storedNotes(docName)).toContain('typed while the database was frozen');
    expect(newcomer.closes.every((close) => close.code === CollabCloseCodes.tryAgainLater)).toBe(true);
  }, 60_000);
});

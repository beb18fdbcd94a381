import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CollabCloseCodes, reportDocName } from '@ehcp/shared';
import { DocUpdate } from '../models/index.ts';
import { closeCodeOf, connectCollabClient, isPersisted, openRawSocket, type CollabClient } from '../test/collab-client.ts';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../test/test-app.ts';
import { waitFor } from '../test/wait-for.ts';

let t: TestApp;
let school: Awaited<ReturnType<typeof createSchoolWithReview>>;
let cookie: string;
const clients: CollabClient[] = [];
const docName = () => reportDocName(school.reviewId);

function connect(name: string, auth: { cookie?: string; generation?: string } = { cookie }): CollabClient {
  const client = connectCollabClient(t.wsUrl, name, auth);
  clients.push(client);
  return client;
}

beforeAll(async () => {
  t = await startTestApp({
    realtime: {
      maxConnectionsPerDoc: 3,
      messagesPerSecond: 20,
      messageBurst: 20,
      maxDocBytes: 64 * 1024,
      compactAfterUpdates: 10,
      maxConnectionAttemptsPerMinute: 40,
    },
  });
  school = await createSchoolWithReview();
  cookie = (await new TestClient(t.baseUrl).login(school.sendco.email, school.password)).sessionCookie!;
});
afterEach(() => clients.splice(0).forEach((client) => client.destroy()));
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

describe('document server limits', () => {
  it('closes a connection that floods messages, and only that one', async () => {
    const calm = connect(docName());
    await waitFor(() => calm.provider.synced);
    const flooder = await openRawSocket(t.wsUrl, docName(), { cookie });
    const awarenessQuery = Buffer.from([3]);
    for (let i = 0; i < 60; i++) flooder.send(awarenessQuery);
    expect(await closeCodeOf(flooder)).toBe(CollabCloseCodes.rateLimited);
    calm.type('still here');
    await waitFor(() => isPersisted(calm));
    expect(calm.provider.wsconnected).toBe(true);
  });

  it('refuses connections beyond the per-document cap', async () => {
    const open = [connect(docName()), connect(docName()), connect(docName())];
    await waitFor(() => open.every((client) => client.provider.synced));
    const extra = await openRawSocket(t.wsUrl, docName(), { cookie });
    expect(await closeCodeOf(extra)).toBe(CollabCloseCodes.rateLimited);
    expect(open.every((client) => client.provider.wsconnected)).toBe(true);
  });

  it('refuses an update that would grow the document past its size cap, storing nothing of it', async () => {
    const other = await createSchoolWithReview();
    const otherCookie = (await new TestClient(t.baseUrl).login(other.sendco.email, other.password)).sessionCookie!;
    const name = reportDocName(other.reviewId);
    const writer = connect(name, { cookie: otherCookie });
    await waitFor(() => writer.provider.synced);
    const before = await DocUpdate.countDocuments({ docName: name });
    writer.type('x'.repeat(80 * 1024));
    await waitFor(() => writer.closes.some((c) => c.code === CollabCloseCodes.tooLarge), { message: 'closed as too large' });
    expect(await DocUpdate.countDocuments({ docName: name })).toBe(before);
  });

  it('compacts the update log of a loaded document once it passes the threshold', async () => {
    const other = await createSchoolWithReview();
    const otherCookie = (await new TestClient(t.baseUrl).login(other.sendco.email, other.password)).sessionCookie!;
    const name = reportDocName(other.reviewId);
    const writer = connect(name, { cookie: otherCookie });
    await waitFor(() => writer.provider.synced);
    for (let i = 0; i < 12; i++) {
      writer.type(`edit ${i}`);
      await waitFor(() => isPersisted(writer)); // one log entry per edit
    }
    await waitFor(async () => (await DocUpdate.countDocuments({ docName: name })) < 10, {
      message: 'log compacted while loaded',
    });
    const reader = connect(name, { cookie: otherCookie });
    await waitFor(() => reader.provider.synced && reader.text() === writer.text(), { message: 'reloaded equal' });
  });

  it('refuses a client holding a copy from before a reset, and serves the reset document', async () => {
    const other = await createSchoolWithReview();
    const otherCookie = (await new TestClient(t.baseUrl).login(other.sendco.email, other.password)).sessionCookie!;
    const name = reportDocName(other.reviewId);
    const old = connect(name, { cookie: otherCookie });
    await waitFor(() => old.provider.synced);
    old.type('text from the old generation');
    await waitFor(() => isPersisted(old));
    const oldGeneration = old.provider.params.gen!;
    expect(oldGeneration).toMatch(/^[0-9a-f-]{36}$/);

    await t.app.realtime.resetDocument(name);
    await waitFor(() => old.closes.some((c) => c.code === CollabCloseCodes.documentReset), { message: 'closed with 4410' });
    const stale = await openRawSocket(t.wsUrl, `${name}?gen=${oldGeneration}`, { cookie: otherCookie });
    expect(await closeCodeOf(stale)).toBe(CollabCloseCodes.documentReset);
    const fresh = connect(name, { cookie: otherCookie });
    await waitFor(() => fresh.provider.synced && fresh.doc.getXmlFragment('youngPersonViews').length === 1);
    expect(fresh.text()).not.toContain('old generation');
    expect(fresh.provider.params.gen).not.toBe(oldGeneration);
  });

  it('refuses connection attempts from one address beyond the per-minute limit with HTTP 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) {
      const socket = new WebSocket(`${t.wsUrl}/collab/${docName()}`);
      statuses.push(
        await new Promise<number>((resolve) => {
          socket.once('open', () => (socket.close(), resolve(101)));
          socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
          socket.once('error', () => resolve(-1));
        }),
      );
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 101).length).toBeLessThanOrEqual(40);
  });
});

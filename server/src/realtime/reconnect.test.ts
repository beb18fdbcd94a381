import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDocName } from '@ehcp/shared';
import { connectCollabClient, isPersisted, type CollabClient } from '../test/collab-client.ts';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../test/test-app.ts';
import { isPermanentClose, storedNotes } from '../test/typist.ts';
import { waitFor } from '../test/wait-for.ts';

/**
 * Issue 9: a client with edits the server lacks that types the moment its socket opens sends an
 * update before the sync handshake, whose dependencies the server does not have yet. That is
 * normal Yjs traffic: the server must take it (by asking the client for its state), never close.
 * The keystroke is typed from y-websocket's own "connected" event, which fires right after the
 * socket opened and before any answer from the server, so it always precedes the handshake.
 */
let t: TestApp;
const clients: CollabClient[] = [];

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  clients.forEach((client) => client.destroy());
  await t.stop();
  await dropTestDatabase();
});

describe('an offline client that types as it reconnects', () => {
  for (const attempt of [1, 2, 3]) {
    it(`is accepted, and both its offline edit and its first keystroke are stored (${attempt}/3)`, async () => {
      const school = await createSchoolWithReview();
      const cookie = (await new TestClient(t.baseUrl).login(school.sendco.email, school.password)).sessionCookie!;
      const docName = reportDocName(school.reviewId);
      const client = connectCollabClient(t.wsUrl, docName, { cookie });
      clients.push(client);
      await waitFor(() => client.provider.synced && isPersisted(client));

      client.provider.disconnect();
      client.type(`offline edit ${attempt}`);
      let typedOnOpen = false;
      client.provider.on('status', ({ status }) => {
        if (status !== 'connected' || typedOnOpen) return;
        typedOnOpen = true;
        client.type(`keystroke on open ${attempt}`); // before the server has answered anything
      });
      client.provider.connect();

      await waitFor(() => typedOnOpen && client.provider.synced && isPersisted(client), {
        timeoutMs: 10_000,
        message: 'reconnected and durable',
      });
      expect(client.closes.filter((close) => isPermanentClose(close.code))).toEqual([]);
      expect(client.provider.wsconnected).toBe(true);
      const stored = await storedNotes(docName);
      expect(stored).toContain(`offline edit ${attempt}`);
      expect(stored).toContain(`keystroke on open ${attempt}`);
    });
  }
});

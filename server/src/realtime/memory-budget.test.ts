import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CollabCloseCodes, CollabCloseReasons, reportDocName } from '@ehcp/shared';
import { DocUpdate } from '../models/index.ts';
import { connectCollabClient, isPersisted, type CollabClient } from '../test/collab-client.ts';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { inviteParticipant } from '../test/participant-links.ts';
import { startServerOnTestDatabase, type ServerProcess } from '../test/server-process.ts';
import { dropTestDatabase } from '../test/test-app.ts';
import { waitFor } from '../test/wait-for.ts';

/**
 * Issue 9: one editor cannot exhaust the server. A parent's link fills a report with tiny map
 * entries (what costs the most heap per encoded byte) until the server refuses; the server
 * process's resident memory must stay bounded and other documents keep working. And a document
 * nested 20,000 levels deep, already stored, must not make readiness or finalisation fail.
 */
const MiB = 1024 * 1024;
let server: ServerProcess;
const clients: CollabClient[] = [];
const dueDate = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startServerOnTestDatabase();
}, 60_000);
afterAll(async () => {
  clients.forEach((client) => client.destroy());
  await server.stop('SIGTERM');
  await dropTestDatabase();
});

describe('what one document may cost', () => {
  it('refuses a parent’s flood of tiny entries at the cap, with RSS growth under 300 MiB, and others carry on', async () => {
    const school = await createSchoolWithReview();
    const sendco = await new TestClient(server.baseUrl).login(school.sendco.email, school.password);
    const parent = await inviteParticipant(sendco, school.reviewId, {
      name: 'Pat Parent',
      email: 'flood@example.test',
      role: 'parent_carer',
      dueDate,
    });
    const flooder = connectCollabClient(server.wsUrl, reportDocName(school.reviewId), { participant: parent.token });
    clients.push(flooder);
    await waitFor(() => flooder.provider.synced);
    const before = server.rssBytes();
    let peak = before;
    // A part a parent may write (field roles): one character at a time at the start, each its own Yjs item.
    const text = flooder.doc.getMap('fields').get('change.A.proposed') as Y.Text;
    let sent = 0;
    while (!flooder.closes.some((close) => close.code === CollabCloseCodes.tooLarge) && sent < 2_000_000) {
      flooder.doc.transact(() => {
        for (let i = 0; i < 5000; i++, sent++) text.insert(0, 'x');
      });
      await new Promise((resolve) => setTimeout(resolve, 60)); // within the per-connection byte budget
      peak = Math.max(peak, server.rssBytes());
    }
    expect(flooder.closes).toContainEqual({ code: CollabCloseCodes.tooLarge, reason: CollabCloseReasons.documentFull });
    flooder.provider.disconnect(); // it would otherwise reconnect and be refused again and again

    const other = await createSchoolWithReview();
    const otherCookie = (await new TestClient(server.baseUrl).login(other.sendco.email, other.password)).sessionCookie!;
    const writer = connectCollabClient(server.wsUrl, reportDocName(other.reviewId), { cookie: otherCookie });
    clients.push(writer);
    await waitFor(() => writer.provider.synced);
    writer.type('another meeting carries on');
    await waitFor(() => isPersisted(writer), { message: 'other document still works' });
    peak = Math.max(peak, server.rssBytes());
    process.stdout.write(
      `memory-budget: ${sent} entries sent before the refusal; server RSS ${Math.round(before / MiB)} MiB before, ` +
        `peak ${Math.round(peak / MiB)} MiB (growth ${Math.round((peak - before) / MiB)} MiB)\n`,
    );
    expect(peak - before).toBeLessThan(300 * MiB);
  }, 120_000);

  it('keeps readiness answering and finalisation refusing with 422 on a stored document nested 20,000 deep', async () => {
    const school = await createSchoolWithReview();
    const sendco = await new TestClient(server.baseUrl).login(school.sendco.email, school.password);
    const docName = reportDocName(school.reviewId);
    // Stored before this server existed (an older version, or a restored backup): straight into the log.
    const deep = new Y.Doc();
    deep.transact(() => {
      let array = deep.getArray('attendees');
      for (let i = 0; i < 20_000; i++) {
        const next = new Y.Array();
        array.insert(0, [next]);
        array = next;
      }
    });
    await DocUpdate.create({ docName, update: Buffer.from(Y.encodeStateAsUpdate(deep)) });
    const readiness = await sendco.get(`/api/reviews/${school.reviewId}/readiness`);
    expect(readiness.status).toBe(200);
    expect(readiness.body.missing.length).toBeGreaterThan(0);
    const finalise = await sendco.post(`/api/reviews/${school.reviewId}/finalise`, {});
    expect(finalise.status).toBe(422);
    expect(finalise.body.error.code).toBe('report_incomplete');

    // And a live client trying to add such nesting is refused without it ever reaching the document.
    const attacker = connectCollabClient(server.wsUrl, reportDocName(school.reviewId), { cookie: sendco.sessionCookie! });
    clients.push(attacker);
    await waitFor(() => attacker.provider.synced);
    attacker.doc.transact(() => {
      let array = attacker.doc.getArray('actions');
      for (let i = 0; i < 20_000; i++) {
        const next = new Y.Array();
        array.insert(0, [next]);
        array = next;
      }
    });
    await waitFor(() => attacker.closes.some((close) => close.code === CollabCloseCodes.badMessage));
    expect(attacker.closes).toContainEqual({ code: CollabCloseCodes.badMessage, reason: CollabCloseReasons.tooDeep });
    expect((await sendco.get(`/api/reviews/${school.reviewId}/readiness`)).status).toBe(200);
  }, 120_000);
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { reportDocName } from '@ehcp/shared';
import { Outcome } from '../models/index.ts';
import { connectCollabClient, isPersisted, type CollabClient } from '../test/collab-client.ts';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { prepareForFinalisation } from '../test/meeting-report.ts';
import { isPersistedBy } from '../test/persisted.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../test/test-app.ts';
import { isPermanentClose, occurrences, startTypist, storedNotes, type Typist } from '../test/typist.ts';
import { waitFor } from '../test/wait-for.ts';
import { readRawReport } from './content/report-json.ts';
import { DocPersistence } from './persistence/doc-persistence.ts';

/**
 * Issue 9: finalising never costs anyone their typing. A refused finalisation must not pause or
 * cut off anyone; a successful one stores exactly the frozen document, turns every editor into
 * a reader, and no client may go on claiming that text typed after the freeze was saved.
 */
let t: TestApp;
const clients: CollabClient[] = [];
const typists: Typist[] = [];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function storedDoc(docName: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  (await new DocPersistence().load(docName)).updates.forEach((update) => Y.applyUpdate(doc, update));
  return doc;
}

beforeAll(async () => {
  t = await startTestApp({ realtime: { maxConnectionAttemptsPerMinute: 10_000 } });
});
afterEach(() => {
  typists.splice(0).forEach((typist) => typist.stop());
  clients.splice(0).forEach((client) => client.destroy());
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

async function meetingOf(count: number) {
  const school = await createSchoolWithReview();
  const sendco = await new TestClient(t.baseUrl).login(school.sendco.email, school.password);
  const staff = await new TestClient(t.baseUrl).login(school.staff.email, school.password);
  const docName = reportDocName(school.reviewId);
  for (let i = 0; i < count; i++)
    clients.push(connectCollabClient(t.wsUrl, docName, { cookie: (i % 2 ? staff : sendco).sessionCookie! }));
  await waitFor(() => clients.every((client) => client.provider.synced), { timeoutMs: 15_000, message: 'synced' });
  return { school, sendco, docName };
}

describe('finalising while people type', () => {
  it('refuses an incomplete report ten times while twelve people type: nobody is cut off, nothing is lost', async () => {
    const { school, sendco, docName } = await meetingOf(12);
    typists.push(...clients.map((client, i) => startTypist(client, `r${String(i).padStart(2, '0')}`, 60)));
    for (let attempt = 0; attempt < 10; attempt++) {
      await pause(100);
      const refused = await sendco.post(`/api/reviews/${school.reviewId}/finalise`, {});
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe('report_incomplete');
    }
    typists.forEach((typist) => typist.stop());
    await waitFor(() => clients.every(isPersisted), { timeoutMs: 15_000, message: 'all durable' });
    expect(clients.flatMap((client) => client.closes)).toEqual([]);
    expect(clients.flatMap((client) => client.notices)).toEqual([]); // nobody was even paused
    const stored = await storedNotes(docName);
    const typed = typists.flatMap((typist) => typist.words);
    expect(typed.filter((word) => occurrences(stored, word) !== 1)).toEqual([]);
  }, 60_000);

  it('stores exactly the frozen report, locks everyone, and never claims later typing was saved', async () => {
    const { school, sendco, docName } = await meetingOf(6);
    const author = await prepareForFinalisation(sendco, t.wsUrl, school.reviewId);
    clients.push(author);
    typists.push(...clients.slice(0, 6).map((client, i) => startTypist(client, `f${i}`, 50)));
    await pause(500);
    const finalised = await sendco.post(`/api/reviews/${school.reviewId}/finalise`, {});
    expect(finalised.status).toBe(200);
    await pause(800); // they go on typing into a report that is now locked
    typists.forEach((typist) => typist.stop());

    // Every client is told: its connection comes back read-only, because the review is finalised.
    await waitFor(() => clients.every((client) => client.role()?.reason === 'finalised'), {
      timeoutMs: 10_000,
      message: 'every client told the report is locked',
    });
    expect(clients.flatMap((client) => client.closes.filter((close) => isPermanentClose(close.code)))).toEqual([]);

    const outcome = await Outcome.findOne({ reviewId: school.reviewId }).lean();
    const stored = await storedDoc(docName);
    expect(JSON.parse(outcome!.documentJson!)).toEqual(readRawReport(stored));
    const storedSnapshot = Y.snapshot(stored);
    for (const client of clients) {
      // Whatever the client shows as saved really is in the database.
      if (isPersistedBy(client.doc, client.persisted())) expect(isPersistedBy(client.doc, storedSnapshot)).toBe(true);
    }
    // And some typing after the freeze was refused (so the check above was not vacuous).
    expect(clients.some((client) => !isPersistedBy(client.doc, storedSnapshot))).toBe(true);
    stored.destroy();
  }, 60_000);
});

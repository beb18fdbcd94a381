import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { reportDocName } from '@ehcp/shared';
import { connectCollabClient, isPersisted, reportText, type CollabClient } from '../test/collab-client.ts';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { startServerOnTestDatabase, type ServerProcess } from '../test/server-process.ts';
import { dropTestDatabase } from '../test/test-app.ts';
import { waitFor } from '../test/wait-for.ts';
import { DocPersistence } from './persistence/doc-persistence.ts';

// A long batch window makes "applied and broadcast, but not yet durable" a state the test can
// reach deterministically: the other client sees the text while the write is still pending.
const BATCH_MS = 1500;
let server: ServerProcess;
let school: Awaited<ReturnType<typeof createSchoolWithReview>>;
let cookies: { sendco: string; staff: string };
const clients: CollabClient[] = [];

async function storedText(docName: string): Promise<string> {
  const doc = new Y.Doc();
  (await new DocPersistence().load(docName)).updates.forEach((update) => Y.applyUpdate(doc, update));
  const text = reportText(doc);
  doc.destroy();
  return text;
}

const occurrences = (text: string, marker: string) => text.split(marker).length - 1;

beforeAll(async () => {
  server = await startServerOnTestDatabase({ PERSIST_BATCH_MS: String(BATCH_MS) });
  school = await createSchoolWithReview();
  cookies = {
    sendco: (await new TestClient(server.baseUrl).login(school.sendco.email, school.password)).sessionCookie!,
    staff: (await new TestClient(server.baseUrl).login(school.staff.email, school.password)).sessionCookie!,
  };
}, 60_000);
afterAll(async () => {
  clients.forEach((client) => client.destroy());
  await server.stop('SIGTERM');
  await dropTestDatabase();
});

describe('a server process that dies', () => {
  it('loses nothing acknowledged on SIGKILL, and open clients resend unpersisted edits exactly once', async () => {
    const docName = reportDocName(school.reviewId);
    const a = connectCollabClient(server.wsUrl, docName, { cookie: cookies.sendco });
    const b = connectCollabClient(server.wsUrl, docName, { cookie: cookies.staff });
    clients.push(a, b);
    await waitFor(() => a.provider.synced && b.provider.synced);
    a.type('A1 acknowledged');
    b.type('B1 acknowledged');
    await waitFor(() => isPersisted(a) && isPersisted(b), { timeoutMs: 10_000, message: 'first edits persisted' });
    expect(await storedText(docName)).toContain('A1 acknowledged');

    a.type('A2 applied but not yet written');
    await waitFor(() => b.text().includes('A2 applied'), { message: 'server applied A2' });
    expect(isPersisted(a)).toBe(false);
    expect(await server.stop('SIGKILL')).toBeNull();
    expect(await storedText(docName)).not.toContain('A2 applied');

    a.type('A3 typed while the server was down');
    b.type('B3 typed while the server was down');
    await server.start();
    const markers = ['A1 acknowledged', 'B1 acknowledged', 'A2 applied', 'A3 typed', 'B3 typed'];
    await waitFor(() => markers.every((m) => a.text().includes(m) && b.text().includes(m)) && a.text() === b.text(), {
      timeoutMs: 20_000,
      message: 'clients reconverged after restart',
    });
    await waitFor(() => isPersisted(a) && isPersisted(b), { timeoutMs: 10_000, message: 'resent edits persisted' });
    for (const marker of markers) expect(occurrences(a.text(), marker)).toBe(1);
    expect(await storedText(docName)).toBe(a.text());
  }, 60_000);

  it('flushes pending edits on SIGTERM before exiting', async () => {
    const other = await createSchoolWithReview();
    const cookie = (await new TestClient(server.baseUrl).login(other.sendco.email, other.password)).sessionCookie!;
    const docName = reportDocName(other.reviewId);
    const writer = connectCollabClient(server.wsUrl, docName, { cookie });
    const watcher = connectCollabClient(server.wsUrl, docName, { cookie });
    clients.push(writer, watcher);
    await waitFor(() => writer.provider.synced && watcher.provider.synced);
    writer.type('typed just before the shutdown');
    await waitFor(() => watcher.text().includes('typed just before'), { message: 'server applied the edit' });
    writer.destroy();
    watcher.destroy();
    expect(await storedText(docName)).not.toContain('typed just before'); // still in the batch window
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(occurrences(await storedText(docName), 'typed just before the shutdown')).toBe(1);
    await server.start();
  }, 60_000);
});

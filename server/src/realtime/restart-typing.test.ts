import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDocName } from '@ehcp/shared';
import { connectCollabClient, isPersisted, type CollabClient } from '../test/collab-client.ts';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { startServerOnTestDatabase, type ServerProcess } from '../test/server-process.ts';
import { dropTestDatabase } from '../test/test-app.ts';
import { isPermanentClose, occurrences, startTypist, storedNotes, type Typist } from '../test/typist.ts';
import { waitFor } from '../test/wait-for.ts';

/**
 * Issue 9: typists are never cut off by a restart. Sixteen real y-websocket clients keep typing
 * at a human pace through a graceful (SIGTERM) and a crash (SIGKILL) restart of a real server
 * process, including while they are disconnected. Every word each of them typed must be in the
 * database once they go idle, exactly once, and no client may have been closed with a code
 * y-websocket treats as permanent.
 */
const TYPISTS = 16;
let server: ServerProcess;
let school: Awaited<ReturnType<typeof createSchoolWithReview>>;
const clients: CollabClient[] = [];

beforeAll(async () => {
  server = await startServerOnTestDatabase();
  school = await createSchoolWithReview();
}, 60_000);
afterAll(async () => {
  clients.forEach((client) => client.destroy());
  await server.stop('SIGTERM');
  await dropTestDatabase();
});

describe('typing through server restarts', () => {
  it('keeps all 16 typists connected through SIGTERM and SIGKILL, and stores every word once', async () => {
    const cookies = await Promise.all(
      [school.sendco.email, school.staff.email].map(
        async (email) => (await new TestClient(server.baseUrl).login(email, school.password)).sessionCookie!,
      ),
    );
    const docName = reportDocName(school.reviewId);
    for (let i = 0; i < TYPISTS; i++) clients.push(connectCollabClient(server.wsUrl, docName, { cookie: cookies[i % 2]! }));
    await waitFor(() => clients.every((client) => client.provider.synced), { timeoutMs: 20_000, message: 'all synced' });
    const typists: Typist[] = clients.map((client, i) => startTypist(client, `t${String(i).padStart(2, '0')}`, 120));

    const typeFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await typeFor(1500);
    expect(await server.stop('SIGTERM')).toBe(0);
    await typeFor(700); // typing on, offline
    await server.start();
    await typeFor(1500);
    expect(await server.stop('SIGKILL')).toBeNull();
    await typeFor(700);
    await server.start();
    await typeFor(1500);
    typists.forEach((typist) => typist.stop());

    await waitFor(() => clients.every((client) => client.provider.wsconnected && client.provider.synced && isPersisted(client)), {
      timeoutMs: 30_000,
      message: 'every typist reconnected and durable',
    });
    const permanentCloses = clients.flatMap((client) => client.closes.filter((close) => isPermanentClose(close.code)));
    expect(permanentCloses).toEqual([]);
    const stored = await storedNotes(docName);
    const typed = typists.flatMap((typist) => typist.words);
    expect(typed.length).toBeGreaterThan(TYPISTS * 20);
    const missing = typed.filter((word) => occurrences(stored, word) === 0);
    const duplicated = typed.filter((word) => occurrences(stored, word) > 1);
    expect({ missing, duplicated }).toEqual({ missing: [], duplicated: [] });
    process.stdout.write(
      `restart-typing: ${TYPISTS} typists, ${typed.length} words, 0 cut off, 0 missing, 0 duplicated ` +
        `(closes seen: ${clients.reduce((sum, client) => sum + client.closes.length, 0)})\n`,
    );
  }, 120_000);
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { reportDocName } from '@ehcp/shared';
import { connectCollabClient } from '../test/collab-client.ts';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../test/test-app.ts';
import { waitFor } from '../test/wait-for.ts';

let t: TestApp;
beforeAll(async () => {
  // 220 connections in well under a minute: lift the per-IP attempt limit for this test.
  t = await startTestApp({ realtime: { unloadGraceMs: 5, maxConnectionAttemptsPerMinute: 10_000 } });
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (vitest.config.ts sets it for the server project)');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

it('returns the document registry to empty and the heap to near its baseline after 200 open/close cycles', async () => {
  const school = await createSchoolWithReview();
  const cookie = (await new TestClient(t.baseUrl).login(school.sendco.email, school.password)).sessionCookie!;
  const name = reportDocName(school.reviewId);
  const registry = t.app.realtime.documents.registry;
  const cycle = async (i: number) => {
    const client = connectCollabClient(t.wsUrl, name, { cookie });
    await waitFor(() => client.provider.synced);
    client.type(`cycle ${i}`);
    client.provider.awareness.setLocalStateField('cursor', { anchor: i });
    await waitFor(() => client.persisted() !== null);
    client.destroy();
    await waitFor(() => registry.size === 0, { message: `document unloaded after cycle ${i}` });
  };
  for (let i = 0; i < 20; i++) await cycle(i); // warm-up: JIT, connection pools, caches
  const baseline = heapUsed();
  for (let i = 20; i < 220; i++) await cycle(i);
  expect(registry.size).toBe(0);
  const growth = heapUsed() - baseline;
  // 200 cycles each leaked a Y.Doc, Awareness (with its interval timer) and a connection would
  // add well over 10 MB; the bound leaves room for allocator noise only.
  expect(growth).toBeLessThan(8 * 1024 * 1024);
}, 120_000);

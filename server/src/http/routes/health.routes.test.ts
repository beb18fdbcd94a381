import { afterAll, beforeAll, expect, it } from 'vitest';
import { dropTestDatabase, startTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

it('reports the database as up with a real round trip', async () => {
  const response = await fetch(`${t.baseUrl}/api/health`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { status: string; database: { status: string; latencyMs?: number } };
  expect(body).toMatchObject({ status: 'ok', database: { status: 'up' } });
  expect(typeof body.database.latencyMs).toBe('number');
});

it('answers unknown API routes with a JSON 404', async () => {
  const response = await fetch(`${t.baseUrl}/api/nope`);
  expect(response.status).toBe(404);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
});

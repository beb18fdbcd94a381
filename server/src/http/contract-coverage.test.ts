import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as shared from '@ehcp/shared';
import type { RouteSpec } from '@ehcp/shared';
import { dropTestDatabase, startTestApp, type TestApp } from '../test/test-app.ts';

/** Every route the shared contract declares, from every `*Routes` group it exports. */
const contractRoutes = Object.entries(shared)
  .filter(([name, value]) => name.endsWith('Routes') && typeof value === 'object' && value !== null)
  .flatMap(([group, routes]) =>
    Object.entries(routes as Record<string, RouteSpec>).map(([name, route]) => ({ id: `${group}.${name}`, route })),
  );

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

describe('the server serves every route of the shared contract', () => {
  it('finds the contract', () => {
    expect(contractRoutes.length).toBeGreaterThan(30);
  });

  it.each(contractRoutes.map(({ id, route }) => [id, route] as const))('%s is registered', async (_id, route) => {
    const path = route.path.replace(/:([A-Za-z]+)/g, (_m, name: string) =>
      name === 'file' ? `${'a'.repeat(43)}.ics` : 'a'.repeat(24),
    );
    const response = await fetch(`${t.baseUrl}${path}`, {
      method: route.method,
      headers: route.method === 'GET' ? {} : { 'Content-Type': 'application/json' },
      body: route.method === 'GET' ? undefined : '{}',
    });
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    // Anything but the catch-all "No such API route." (401, 404 for a missing record, 410 …) means a handler answered.
    expect(body?.error?.message).not.toBe('No such API route.');
  });
});

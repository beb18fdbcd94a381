import { request } from 'node:http';
import { connect } from 'node:net';
import { io as connectSocket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { reportDocName } from '@ehcp/shared';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../test/test-app.ts';

/**
 * Issue 9: upgrades are checked before anything else. A page on a foreign origin (another site,
 * or another port of the same host) cannot open a document or a Socket.io connection with the
 * visitor's cookie, and an upgrade to a path nobody serves is answered and closed at once
 * instead of hanging for ever.
 */
let t: TestApp;
let cookie: string;
let docPath: string;

/** The HTTP status an upgrade request gets (101 when it was accepted). */
function upgradeStatus(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${t.wsUrl}${path}`, { headers });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.once('error', reject);
  });
}

beforeAll(async () => {
  t = await startTestApp({ realtime: { maxConnectionAttemptsPerMinute: 10_000 } });
  const school = await createSchoolWithReview();
  cookie = (await new TestClient(t.baseUrl).login(school.sendco.email, school.password)).sessionCookie!;
  docPath = `/collab/${reportDocName(school.reviewId)}`;
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

describe('upgrade hygiene', () => {
  it('refuses a document upgrade from a foreign origin, and accepts its own and non-browser clients', async () => {
    const own = new URL(t.baseUrl).origin;
    const otherPort = `http://127.0.0.1:${Number(new URL(t.baseUrl).port) + 1}`;
    expect(await upgradeStatus(docPath, { Cookie: cookie, Origin: 'https://evil.example' })).toBe(403);
    expect(await upgradeStatus(docPath, { Cookie: cookie, Origin: otherPort })).toBe(403);
    expect(await upgradeStatus(docPath, { Cookie: cookie, Origin: 'null' })).toBe(403);
    expect(await upgradeStatus(docPath, { Cookie: cookie, Origin: own })).toBe(101);
    expect(await upgradeStatus(docPath, { Cookie: cookie })).toBe(101);
  });

  it('refuses a Socket.io connection from a foreign origin', async () => {
    const connectFrom = (origin: string | null) =>
      new Promise<'connected' | 'refused'>((resolve) => {
        const socket = connectSocket(t.baseUrl, {
          transports: ['websocket'],
          reconnection: false,
          extraHeaders: { Cookie: cookie, ...(origin ? { Origin: origin } : {}) },
        });
        socket.on('connect', () => (socket.close(), resolve('connected')));
        socket.on('connect_error', () => (socket.close(), resolve('refused')));
      });
    expect(await connectFrom('https://evil.example')).toBe('refused');
    expect(await connectFrom(new URL(t.baseUrl).origin)).toBe('connected');
  });

  it('closes 200 upgrades to an unknown path within 5 seconds', async () => {
    const { port } = new URL(t.baseUrl);
    const started = performance.now();
    const results = await Promise.all(
      Array.from(
        { length: 200 },
        (_, i) =>
          new Promise<{ status: string; ms: number }>((resolve) => {
            const socket = connect(Number(port), '127.0.0.1', () => {
              socket.write(
                `GET /not-a-socket/${i} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
                  `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
              );
            });
            let response = '';
            socket.on('data', (chunk) => (response += chunk.toString()));
            socket.on('close', () => resolve({ status: response.split(' ')[1] ?? 'none', ms: performance.now() - started }));
            socket.setTimeout(5000, () => socket.destroy());
          }),
      ),
    );
    // Each test socket gives up after 5 s on its own (status 'none'), so every 404 was an answer within 5 s.
    expect(results.every((result) => result.status === '404')).toBe(true);
    process.stdout.write(
      `upgrade-hygiene: 200 unknown-path upgrades all closed, the last after ${Math.round(Math.max(...results.map((r) => r.ms)))} ms\n`,
    );
  });

  it('still serves plain HTTP on the same server', async () => {
    const status = await new Promise<number>((resolve) =>
      request(`${t.baseUrl}/api/health`, (res) => resolve(res.statusCode ?? 0)).end(),
    );
    expect(status).toBe(200);
  });
});

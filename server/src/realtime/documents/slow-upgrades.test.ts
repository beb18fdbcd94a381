import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CLIENT_SILENCE_TIMEOUT_MS, MESSAGE_HEARTBEAT } from '@ehcp/shared';
import { buildConfig } from '../../config/index.ts';
import { createLogger } from '../../logging/index.ts';
import { createDocumentServer, type DocumentServer, type Extension } from './index.ts';

/**
 * Upgrades and connections that take a while (a slow database). A client that resets its TCP connection (RST) while the upgrade's asynchronous checks run
 * (a session looked up in a slow database) must not crash the process: Node's HTTP server
 * stops listening for the socket's errors once it hands the upgrade over, so an 'error' with
 * no listener would be thrown as an uncaught exception.
 */
const CHECK_MS = 150;
/** A document whose authorisation takes longer than the client's silence timeout. */
const SLOW_DOC = 'report:slow';
const SLOW_AUTH_MS = CLIENT_SILENCE_TIMEOUT_MS + 1_000;
let http: Server;
let documents: DocumentServer;
let port: number;

beforeAll(async () => {
  const slowCheck: Extension = {
    name: 'slow-check',
    onUpgrade: () => new Promise((resolve) => setTimeout(resolve, CHECK_MS)),
    onAuthenticate: async ({ docName }) => {
      if (docName === SLOW_DOC) await new Promise((resolve) => setTimeout(resolve, SLOW_AUTH_MS));
      return {
        role: 'viewer',
        reason: 'read-only-link',
        userId: 'u',
        name: 'U',
        color: '#000000',
        accessKeys: [],
        expiresAt: null,
        takesPartInPresence: false,
      };
    },
  };
  const config = buildConfig({ NODE_ENV: 'test', MONGODB_URI: 'mongodb://unused', LOG_LEVEL: 'silent' });
  documents = createDocumentServer([slowCheck], config.realtime, createLogger({ level: 'silent', pretty: false }));
  http = createServer();
  documents.attach(http);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  port = (http.address() as { port: number }).port;
});
afterAll(async () => {
  await documents.close();
  await new Promise((resolve) => http.close(resolve));
});

describe('an upgrade reset during its checks', () => {
  it('is dropped without an uncaught error, and the next upgrade is served', async () => {
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', record);
    try {
      await Promise.all(
        Array.from(
          { length: 10 },
          () =>
            new Promise<void>((resolve) => {
              const socket = connect(port, '127.0.0.1', () => {
                socket.write(
                  'GET /collab/report:reset HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
                    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
                );
                setTimeout(() => socket.resetAndDestroy(), CHECK_MS / 3);
              });
              socket.on('error', () => undefined);
              socket.on('close', () => resolve());
            }),
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, CHECK_MS * 2));
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', record);
    }
    const opened = await new Promise<boolean>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/collab/report:reset`);
      ws.once('open', () => {
        ws.close();
        resolve(true);
      });
      ws.once('error', () => resolve(false));
    });
    expect(opened).toBe(true);
  });
});

describe('a connection authorised slowly', () => {
  it('is sent heartbeats while it waits, so the client never hears silence for its timeout', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/collab/${SLOW_DOC}`);
    const heard: number[] = [];
    let firstOther: number | null = null;
    ws.on('message', (data: Buffer) => {
      if (data[0] === MESSAGE_HEARTBEAT) heard.push(performance.now());
      else firstOther ??= performance.now();
    });
    const opened = await new Promise<number>((resolve) => ws.once('open', () => resolve(performance.now())));
    await new Promise<void>((resolve) => {
      const check = setInterval(() => firstOther !== null && (clearInterval(check), resolve()), 50);
    });
    ws.close();
    const gaps = [opened, ...heard.filter((at) => at < firstOther!), firstOther!].map((at, i, all) =>
      i === 0 ? 0 : at - all[i - 1]!,
    );
    expect(firstOther! - opened).toBeGreaterThan(CLIENT_SILENCE_TIMEOUT_MS);
    expect(Math.max(...gaps)).toBeLessThan(CLIENT_SILENCE_TIMEOUT_MS);
  });
});

import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildConfig } from '../../config/index.ts';
import { createLogger } from '../../logging/index.ts';
import { createDocumentServer, type DocumentServer, type Extension } from './index.ts';

/**
 * A client that resets its TCP connection (RST) while the upgrade's asynchronous checks run
 * (a session looked up in a slow database) must not crash the process: Node's HTTP server
 * stops listening for the socket's errors once it hands the upgrade over, so an 'error' with
 * no listener would be thrown as an uncaught exception.
 */
const CHECK_MS = 150;
let http: Server;
let documents: DocumentServer;
let port: number;

beforeAll(async () => {
  const slowCheck: Extension = {
    name: 'slow-check',
    onUpgrade: () => new Promise((resolve) => setTimeout(resolve, CHECK_MS)),
    onAuthenticate: async () => ({
      role: 'viewer',
      reason: 'read-only-link',
      userId: 'u',
      name: 'U',
      color: '#000000',
      accessKeys: [],
      expiresAt: null,
      takesPartInPresence: false,
    }),
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

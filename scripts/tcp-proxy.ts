import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy on loopback that a test can cut like a dropped Wi-Fi or a frozen database:
 * `pause()` stops forwarding in both directions without closing anything (the sockets stay
 * open, as in a half-open connection; what was sent waits in the buffers), `resume()` carries
 * on, `cut()` resets every connection.
 */
export interface TcpProxy {
  port: number;
  pause(): void;
  resume(): void;
  cut(): void;
  close(): Promise<void>;
  /** Connections currently open through the proxy. */
  readonly openConnections: number;
}

/** Copies `from` to `to`; while `from` is paused nothing is read, so nothing moves (no pipe, which resumes on drain). */
function forward(from: Socket, to: Socket): void {
  from.on('data', (chunk) => {
    if (!to.destroyed) to.write(chunk);
  });
  from.on('end', () => to.end());
}

/** Starts a proxy to `target` on `port` (a free one when 0). */
export async function startTcpProxy(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let paused = false;
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    forward(client, upstream);
    forward(upstream, client);
    if (paused) pair.forEach((socket) => socket.pause());
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    get openConnections() {
      return pairs.size;
    },
    pause: () => {
      paused = true;
      for (const pair of pairs) pair.forEach((socket) => socket.pause());
    },
    resume: () => {
      paused = false;
      for (const pair of pairs) pair.forEach((socket) => socket.resume());
    },
    cut: () => {
      for (const pair of pairs) pair.forEach((socket) => socket.resetAndDestroy());
      pairs.clear();
    },
    close: async () => {
      for (const pair of pairs) pair.forEach((socket) => socket.destroy());
      pairs.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A round-robin TCP load balancer on loopback for several server processes, like the reverse
 * proxy in front of a deployment: each new connection goes to the next backend that accepts it,
 * so when one process dies its clients reconnect through another.
 */
export async function startTcpBalancer(
  targets: { host: string; port: number }[],
): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let next = 0;
  const server: Server = createServer((client) => {
    client.pause();
    sockets.add(client);
    const tryTarget = (attempt: number) => {
      if (attempt >= targets.length) return client.destroy();
      const target = targets[(next + attempt) % targets.length]!;
      const upstream = connect(target.port, target.host);
      upstream.once('connect', () => {
        next = (next + attempt + 1) % targets.length;
        sockets.add(upstream);
        forward(client, upstream);
        forward(upstream, client);
        client.resume();
        const end = () => {
          sockets.delete(client);
          sockets.delete(upstream);
          client.destroy();
          upstream.destroy();
        };
        client.on('error', end).on('close', end);
        upstream.on('error', end).on('close', end);
      });
      upstream.once('error', () => tryTarget(attempt + 1));
    };
    tryTarget(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

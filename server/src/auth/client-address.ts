import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

const compiled = new Map<string, (address: string, hop: number) => boolean>();

/**
 * The client's address for a raw request (a WebSocket upgrade), by the same rule Express applies
 * to `req.ip` with `trust proxy` set to `trust` (TRUST_PROXY): `X-Forwarded-For` is believed only
 * from the proxies it names, so behind a reverse proxy each client is counted on its own address,
 * and nobody else can choose the address they are counted under.
 */
export function clientAddressOf(request: IncomingMessage, trust: string): string {
  let check = compiled.get(trust);
  if (!check) compiled.set(trust, (check = proxyAddr.compile(trust.split(',').map((part) => part.trim()))));
  return proxyAddr(request, check);
}

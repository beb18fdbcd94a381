import * as encoding from 'lib0/encoding';

/**
 * Hand-encoded Yjs updates (format v1) that no Yjs client produces, for tests of what the server
 * does with hostile input: the encoder writes exactly the references given, however impossible.
 */

/** A string item of `text` by `client` at `clock`, whose left origin is `origin`. */
interface CraftedString {
  client: number;
  clock: number;
  origin: { client: number; clock: number };
  text: string;
}

const HAS_ORIGIN = 0x80;
const CONTENT_STRING = 4;

/** An update of string items, one struct list per item (ordered as given). */
export function craftStringItems(items: readonly CraftedString[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, items.length);
  for (const item of items) {
    encoding.writeVarUint(encoder, 1); // structs of this client
    encoding.writeVarUint(encoder, item.client);
    encoding.writeVarUint(encoder, item.clock);
    encoding.writeUint8(encoder, CONTENT_STRING | HAS_ORIGIN);
    encoding.writeVarUint(encoder, item.origin.client);
    encoding.writeVarUint(encoder, item.origin.clock);
    encoding.writeVarString(encoder, item.text);
  }
  encoding.writeVarUint(encoder, 0); // no deletions
  return encoding.toUint8Array(encoder);
}

/** Two clients' items, each inserted after the other's: a cycle no real edit can make. */
export function craftReferenceCycle(first: number, second: number, length = 10): Uint8Array {
  return craftStringItems([
    { client: first, clock: 0, origin: { client: second, clock: 0 }, text: 'x'.repeat(length) },
    { client: second, clock: 0, origin: { client: first, clock: length - 1 }, text: 'y' },
  ]);
}

/** An item whose origin is its own client's later clock (written after it, so never before it). */
export function craftSelfReference(client: number): Uint8Array {
  return craftStringItems([{ client, clock: 0, origin: { client, clock: 1 }, text: 'x' }]);
}

import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import {
  MESSAGE_GENERATION,
  MESSAGE_HEARTBEAT,
  MESSAGE_NOTICE,
  MESSAGE_PERSISTED,
  MESSAGE_ROLE,
  type CollabNotice,
  type CollabRole,
} from '@ehcp/shared';

/** y-websocket top-level message types, and ours (100+). */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  persisted: MESSAGE_PERSISTED,
  generation: MESSAGE_GENERATION,
  role: MESSAGE_ROLE,
  notice: MESSAGE_NOTICE,
  heartbeat: MESSAGE_HEARTBEAT,
} as const;

/** y-protocols sync sub-types. */
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

/** A message from a client, decoded as far as its envelope (update bodies are checked later). */
export type ClientMessage =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  /** A sync step 2 (the answer to our step 1) or an incremental update: both carry a Yjs update. */
  | { kind: 'update'; update: Uint8Array; isStep2: boolean }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' };

/** Decodes a client message's envelope; throws on anything malformed or unknown. */
export function decodeClientMessage(message: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(message);
  const type = decoding.readVarUint(decoder);
  let decoded: ClientMessage;
  if (type === MessageType.sync) {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === SyncType.step1) decoded = { kind: 'sync-step1', stateVector: payload };
    else if (syncType === SyncType.step2 || syncType === SyncType.update)
      decoded = { kind: 'update', update: payload, isStep2: syncType === SyncType.step2 };
    else throw new Error(`unknown sync type ${syncType}`);
  } else if (type === MessageType.awareness) decoded = { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
  else if (type === MessageType.queryAwareness) decoded = { kind: 'query-awareness' };
  else throw new Error(`unknown message type ${type}`);
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after message');
  return decoded;
}

function encodeSync(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const encodeSyncStep1 = (stateVector: Uint8Array) => encodeSync(SyncType.step1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array) => encodeSync(SyncType.step2, update);
export const encodeUpdate = (update: Uint8Array) => encodeSync(SyncType.update, update);

function encodeTopLevel(type: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

function encodeString(type: number, value: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarString(encoder, value);
  return encoding.toUint8Array(encoder);
}

export const encodeAwareness = (update: Uint8Array) => encodeTopLevel(MessageType.awareness, update);

/** "Everything in this Yjs snapshot (state vector + delete set) is durable in the database." */
export const encodePersisted = (encodedSnapshot: Uint8Array) => encodeTopLevel(MessageType.persisted, encodedSnapshot);

/** The document's generation id, sent first on every connection. */
export const encodeGeneration = (generation: string) => encodeString(MessageType.generation, generation);

/** This connection's role and why. */
export const encodeRole = (role: CollabRole) => encodeString(MessageType.role, JSON.stringify(role));

/** A notice about this connection's edits. */
export const encodeNotice = (notice: CollabNotice) => encodeString(MessageType.notice, JSON.stringify(notice));

/** A heartbeat: no payload. */
export const HEARTBEAT_MESSAGE: Uint8Array = (() => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.heartbeat);
  return encoding.toUint8Array(encoder);
})();

/** One client's entry in an awareness update. */
/**
 * One awareness entry as sent, its state still JSON text. A client's message carries its own
 * entry and, as y-websocket echoes every change it hears, other people's: those are never
 * parsed or applied, so their size cannot get an honest client closed.
 */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  json: string;
}

/** Entries one message may carry (an echo of a whole meeting's presence included). */
const MAX_AWARENESS_ENTRIES = 1024;
/** Characters of the one state a connection may set. */
export const MAX_AWARENESS_STATE_CHARS = 16 * 1024;

/** Decodes an awareness update's entries without parsing their states; throws on malformed input. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > MAX_AWARENESS_ENTRIES) throw new Error('too many awareness entries');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ clientId, clock, json: decoding.readVarString(decoder) });
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes in awareness update');
  return entries;
}

/** Parses the state a connection sets for itself; throws when it is too large or not an object (or null). */
export function parseAwarenessState(json: string): Record<string, unknown> | null {
  if (json.length > MAX_AWARENESS_STATE_CHARS) throw new Error('awareness state too large');
  const state: unknown = JSON.parse(json);
  if (state !== null && (typeof state !== 'object' || Array.isArray(state))) throw new Error('awareness state is not an object');
  return state as Record<string, unknown> | null;
}

export function encodeAwarenessUpdate(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}

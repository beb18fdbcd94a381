import {
  choiceKeyOf,
  CollabCloseCodes,
  CollabCloseReasons,
  mayWrite,
  parseDocName,
  partAt,
  REPORT_CHOICE_LOG,
  type ChoiceChange,
  type ReportPart,
} from '@ehcp/shared';
import type { Logger } from '../../logging/index.ts';
import { findReportWriter, type ReportWriterOf } from '../../services/index.ts';
import { appliedItems, locateInDocument, rootNamesOf, rowIdAt, touchedParts } from '../content/touched-parts.ts';
import {
  Connection,
  encodeAwareness,
  encodeRole,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  type ClientMessage,
  type DocumentServerApi,
  type Extension,
  type SharedDoc,
} from '../documents/index.ts';

/** Origin of the server's own writes of who made a choice (not a connection: not checked, not attributed). */
const CHOICE_LOG_ORIGIN = Symbol('field-roles');

/** A connection's writer: being looked up (its messages wait, in order), known, or none (it may write nothing). */
type WriterState =
  { status: 'pending'; queue: Uint8Array[]; bytes: number } | { status: 'known'; of: ReportWriterOf } | { status: 'none' };

/** Bytes a connection may send while its writer is being looked up (as before it is authorised). */
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;

/** A decoded message, encoded again to be handled once the writer is known. */
function reencode(message: ClientMessage): Uint8Array | null {
  if (message.kind === 'sync-step1') return encodeSyncStep1(message.stateVector);
  if (message.kind === 'update') return message.isStep2 ? encodeSyncStep2(message.update) : encodeUpdate(message.update);
  if (message.kind === 'awareness') return encodeAwareness(message.update);
  return null; // a query for awareness: answering it early changes nothing
}

/** The person behind a connection, from its access keys (see authenticate.ts). */
function personOf(accessKeys: readonly string[]): { participantId: string } | { userId: string } | null {
  for (const key of accessKeys) {
    const [kind, id = ''] = key.split(':');
    // Ids of stored records only: other keys come from the in-process test harness, not from a person.
    if (!/^[0-9a-f]{24}$/.test(id)) continue;
    if (kind === 'participant') return { participantId: id };
    if (kind === 'user') return { userId: id };
  }
  return null;
}

const describePart = (part: ReportPart) =>
  part.kind === 'fragment'
    ? part.name
    : part.kind === 'field'
      ? part.key
      : part.kind === 'rows'
        ? `${part.rows}.${part.field ?? '(rows)'}`
        : part.kind;

/**
 * Field-level roles on the meeting report (issue 11 item 5): who may write which part is decided
 * here, for every update from every editor, crafted ones included (`mayWrite` in shared holds the
 * rules). `onConnect` looks the person up (a participant's invited role, a staff account's role)
 * and sends the role again with their `writer`, which the screen uses to offer only what they
 * may write. Until the lookup answers, the connection's messages wait in order and are handled
 * once the writer is known (a few milliseconds), so nothing is lost or reordered.
 * `beforeHandleMessage` works out which parts an update would change (root types, map keys, row
 * fields; `content/touched-parts.ts`) before it is applied; one outside the writer's parts is
 * refused and the connection closed with 4403 "not yours to change" (never applied, broadcast or
 * stored), and the client says so and offers to discard the change. `onChange` records who
 * changed each choice (recommendation, personal budget, ratings, attendance) in the
 * `choiceLog` map, written by the server only, so the screen shows who made it.
 *
 * Connections without a person key (the in-process test harness) are not restricted; every
 * connection the real endpoint authenticates carries one.
 */
export function fieldRoles(log: Logger): Extension {
  const writers = new Map<Connection, WriterState>();
  const choicesBy = new WeakMap<Connection, boolean>();
  let server: DocumentServerApi;
  const isReport = (doc: SharedDoc) => parseDocName(doc.name)?.kind === 'report';

  const resolve = async (conn: Connection, person: { participantId: string } | { userId: string }) => {
    let of: ReportWriterOf | null = null;
    try {
      of = await findReportWriter(person);
    } catch (error) {
      log.warn({ err: error, userId: conn.identity.userId }, 'could not look up who is writing; reconnecting');
      conn.close(CollabCloseCodes.tryAgainLater, 'try again later');
      return;
    }
    const state = writers.get(conn);
    if (!state || conn.isClosed) return;
    writers.set(conn, of ? { status: 'known', of } : { status: 'none' });
    conn.send(encodeRole({ role: conn.identity.role, reason: conn.identity.reason, ...(of && { writer: of.writer }) }));
    const doc = server.loaded(conn.docName);
    if (state.status !== 'pending' || !doc) return;
    // In the order they came; each passes every extension again, now with the writer known.
    for (const message of state.queue) if (doc.connections.has(conn)) doc.handleMessage(conn, message);
  };

  const recordChoices = (doc: SharedDoc, conn: Connection, update: Uint8Array) => {
    const state = writers.get(conn);
    const who = state?.status === 'known' ? state.of.label : 'School staff';
    const roots = rootNamesOf(doc.doc);
    const keys = new Set<string>();
    for (const item of appliedItems(doc.doc, update)) {
      const place = locateInDocument(item, roots);
      if (!place) continue;
      const key = choiceKeyOf(partAt(place.root, place.keys), rowIdAt(doc.doc, item));
      if (key) keys.add(key);
    }
    if (keys.size === 0) return;
    const change: ChoiceChange = { by: conn.identity.name, as: who, at: new Date().toISOString() };
    const choiceLog = doc.doc.getMap(REPORT_CHOICE_LOG);
    doc.doc.transact(() => {
      for (const key of keys) choiceLog.set(key, change);
    }, CHOICE_LOG_ORIGIN);
  };

  return {
    name: 'field-roles',
    onConfigure: (api) => {
      server = api;
    },
    onConnect: (conn, doc) => {
      if (!isReport(doc) || !conn.isEditor) return;
      const person = personOf(conn.identity.accessKeys);
      if (!person) return; // not a person (test harness): unrestricted
      writers.set(conn, { status: 'pending', queue: [], bytes: 0 });
      void resolve(conn, person);
    },
    beforeHandleMessage: (conn, doc, message, analyse) => {
      const state = writers.get(conn);
      if (!state) return undefined; // not an editor of a report, or not a person
      if (state.status === 'pending') {
        const bytes = reencode(message);
        if (!bytes) return undefined;
        state.queue.push(bytes);
        state.bytes += bytes.byteLength;
        if (state.bytes > MAX_QUEUED_BYTES) return { close: { code: CollabCloseCodes.tryAgainLater, reason: 'try again later' } };
        return { drop: true }; // handled when the writer is known
      }
      if (message.kind !== 'update') return undefined;
      if (analyse().hasMissingDependencies) return undefined; // not applied now; checked when it comes back whole
      const parts = touchedParts(doc.doc, message.update);
      if (parts !== null && parts.length === 0) return undefined; // changes nothing
      const denied: ReportPart | string | undefined =
        parts === null ? 'an unknown part' : parts.find((part) => state.status !== 'known' || !mayWrite(state.of.writer, part));
      if (denied) {
        const what = typeof denied === 'string' ? denied : describePart(denied);
        log.warn(
          { doc: doc.name, userId: conn.identity.userId, part: what },
          'refused an edit to a part this person may not write',
        );
        return { close: { code: CollabCloseCodes.forbidden, reason: CollabCloseReasons.notYourPart } };
      }
      // Attribute only updates that may change a choice (a keystroke in a text box does not).
      if (parts?.some((part) => choiceKeyOf(part, 'row') !== null)) choicesBy.set(conn, true);
      return undefined;
    },
    onChange: (doc, update, origin) => {
      if (!(origin instanceof Connection) || !choicesBy.get(origin) || !isReport(doc)) return;
      choicesBy.delete(origin);
      recordChoices(doc, origin, update);
    },
    onDisconnect: (conn) => {
      writers.delete(conn);
    },
  };
}

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
  type ReportWriter,
} from '@ehcp/shared';
import type { Logger } from '../../logging/index.ts';
import { appliedItems, locateInDocument, rootNamesOf, rowIdAt, touchedParts } from '../content/touched-parts.ts';
import { Connection, type Extension, type SharedDoc } from '../documents/index.ts';

/** Origin of the server's own writes of who made a choice (not a connection: not checked, not attributed). */
const CHOICE_LOG_ORIGIN = Symbol('field-roles');

/** A connection's writer, or none: a person without one may write nothing. */
type WriterState = { status: 'known'; of: { writer: ReportWriter; label: string } } | { status: 'none' };

/** Whether a connection is a person's (keys of stored records), not the in-process test harness's. */
const isPerson = (accessKeys: readonly string[]) => accessKeys.some((key) => /^(participant|user):[0-9a-f]{24}$/.test(key));

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
 * rules). The writer comes with the connection's identity (authenticate.ts derives it from the
 * role behind the credential, and role-gate.ts tells the client, which offers only what they may
 * write), so no message waits for a lookup. `beforeHandleMessage` works out which parts an
 * update would change (root types, map keys, row fields; `content/touched-parts.ts`) before it
 * is applied; one outside the writer's parts is refused and the connection closed with 4403 "not
 * yours to change" (never applied, broadcast or stored), and the client says so and offers to
 * discard the change. `onChange` records who changed each choice (recommendation, personal
 * budget, ratings, attendance) in the `choiceLog` map, written by the server only, so the screen
 * shows who made it.
 *
 * Connections without a person key (the in-process test harness) are not restricted; every
 * connection the real endpoint authenticates carries one, and a person's editor connection
 * without a writer may write nothing.
 */
export function fieldRoles(log: Logger): Extension {
  const writers = new Map<Connection, WriterState>();
  const choicesBy = new WeakMap<Connection, boolean>();
  const isReport = (doc: SharedDoc) => parseDocName(doc.name)?.kind === 'report';

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
    onConnect: (conn, doc) => {
      if (!isReport(doc) || !conn.isEditor || !isPerson(conn.identity.accessKeys)) return;
      const { writer, writerLabel } = conn.identity;
      writers.set(conn, writer ? { status: 'known', of: { writer, label: writerLabel ?? writer } } : { status: 'none' });
    },
    beforeHandleMessage: (conn, doc, message, analyse) => {
      const state = writers.get(conn);
      if (!state) return undefined; // not an editor of a report, or not a person
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

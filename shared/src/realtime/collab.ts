/**
 * The y-websocket document endpoint: paths, document names and close codes.
 * y-websocket 3.x clients stop reconnecting on close codes 4400–4499, so those are used for
 * permanent refusals; codes 4000–4399 ask the client to reconnect (and re-authorise).
 */

import type { ReportWriter } from '../report/field-roles.ts';
/** Path prefix of the document sync endpoint: `/collab/<docName>`. */
export const COLLAB_PATH = '/collab';

/** Name of the Y.Doc holding a review's report. */
export function reportDocName(reviewId: string): string {
  return `review:${reviewId}:report`;
}

/** Name of the Y.Doc holding one participant's contribution draft to a review. */
export function contributionDocName(reviewId: string, participantId: string): string {
  return `review:${reviewId}:contribution:${participantId}`;
}

/** The parts of one of our document names. */
export type ParsedDocName =
  { kind: 'report'; reviewId: string } | { kind: 'contribution'; reviewId: string; participantId: string };

/** Parses a document name back into its parts, or null when it is not one of ours. */
export function parseDocName(name: string): ParsedDocName | null {
  const report = /^review:([0-9a-f]{24}):report$/.exec(name);
  if (report?.[1]) return { kind: 'report', reviewId: report[1] };
  const contribution = /^review:([0-9a-f]{24}):contribution:([0-9a-f]{24})$/.exec(name);
  if (contribution?.[1] && contribution[2])
    return { kind: 'contribution', reviewId: contribution[1], participantId: contribution[2] };
  return null;
}

/** Name of the Y.XmlFragment bound to the report editor. */
export const REPORT_FRAGMENT = 'report';

/** Name of the Y.XmlFragment bound to a contribution draft's editor. */
export const CONTRIBUTION_FRAGMENT = 'contribution';

/** URL parameter carrying a participant's personal link token on document connections. */
export const PARTICIPANT_TOKEN_PARAM = 'participant';

export const CollabCloseCodes = {
  /**
   * Access changed (the report was finalised, a link withdrawn or re-sent, a session ended, a
   * link or session expired): reconnect, and the server authorises afresh (a new role, or a
   * permanent 4401/4403 when access is gone).
   */
  accessChanged: 4000,
  /** The connection fell too far behind (send buffer over limit): reconnect and resync. */
  slowConnection: 4001,
  /** Server is shutting down: reconnect later. */
  goingAway: 1001,
  /** The server could not decide right now (e.g. the database did not answer): reconnect later. */
  tryAgainLater: 1011,
  /** Message could not be decoded or applied. Permanent. */
  badMessage: 4400,
  /** No valid credentials. Permanent. */
  unauthorized: 4401,
  /** Credentials valid, but not for this document. Permanent. */
  forbidden: 4403,
  /** Unknown document. Permanent. */
  notFound: 4404,
  /**
   * The document was reset since this client last saw it (its generation differs). The client
   * must discard its copy and connect afresh, never merge the old state back.
   */
  documentReset: 4410,
  /** Frame or document too large. Permanent. */
  tooLarge: 4413,
  /** Too many messages or connections. Permanent for this connection. */
  rateLimited: 4429,
} as const;

/**
 * Custom y-websocket message type the server sends: "everything up to here is durable".
 * Payload: a varUint8Array holding an encoded Yjs snapshot (state vector + delete set) of what
 * the database holds. A client shows "Saved" only when its own snapshot is covered by it.
 */
export const MESSAGE_PERSISTED = 100;

/**
 * Custom message type sent first on every connection: the document's generation id (a
 * varString). Clients send it back as the `gen` URL parameter when they reconnect.
 */
export const MESSAGE_GENERATION = 101;

/** URL parameter carrying the generation a reconnecting client holds. */
export const GENERATION_PARAM = 'gen';

/**
 * Custom message type sent on every connection right after the generation: this connection's
 * role, as a varString of JSON `{ role, reason }` (`CollabRole`). Clients derive whether the
 * document is editable from it, never from page data, so the screen never offers editing the
 * server would drop.
 */
export const MESSAGE_ROLE = 102;

/**
 * Custom message type: a notice about this connection's edits, a varString of JSON
 * (`CollabNotice`). "paused": edits are not being accepted for a moment (the report is being
 * finalised) and will be asked for again if it is not; "resumed": they are accepted again.
 */
export const MESSAGE_NOTICE = 103;

/** Custom message type with no payload, sent to an otherwise quiet connection so clients can tell a dead one. */
export const MESSAGE_HEARTBEAT = 104;

/** The server sends something (at least a heartbeat) to every connection this often. */
export const HEARTBEAT_INTERVAL_MS = 2_000;

/**
 * A client that has heard nothing for this long (two heartbeats) treats its connection as dead and
 * reconnects; with its check every half second, a dropped connection shows as offline within ~5 s.
 */
export const CLIENT_SILENCE_TIMEOUT_MS = 4_000;

/** Why a connection has the role it has. */
export type CollabRoleReason =
  /** Editing is open to this person. */
  | 'open'
  /** The review was finalised: its report is the agreed record now. */
  | 'finalised'
  /** The contribution was sent: it is locked. */
  | 'submitted'
  /** A local-authority link: read-only by design. */
  | 'read-only-link'
  /** School staff reading someone else's contribution. */
  | 'reader';

/** A connection's role, as the server decided it. */
export interface CollabRole {
  role: 'editor' | 'viewer';
  reason: CollabRoleReason;
  /**
   * On a meeting report, which parts this editor may write (see `mayWrite`), sent with the role
   * when the connection is accepted. Absent on other documents and for viewers; on a report,
   * without it nothing is offered for editing.
   */
  writer?: ReportWriter;
}

/** A notice about a connection's edits (see MESSAGE_NOTICE). */
export interface CollabNotice {
  kind: 'paused' | 'resumed';
  reason: 'finalising' | 'submitting';
}

/**
 * Reasons the server gives in permanent close frames (the WebSocket close reason), so the
 * client can say what happened in words.
 */
export const CollabCloseReasons = {
  signInRequired: 'sign in required',
  linkUnavailable: 'link no longer works',
  forbidden: 'no access to this document',
  documentFull: 'document is full',
  tooDeep: 'document structure too deep',
  badMessage: 'bad message',
  rateLimited: 'too many messages',
  /** An edit to a part of the meeting report this person may not write (field roles). */
  notYourPart: 'not yours to change',
} as const;

/**
 * The y-websocket document endpoint: paths, document names and close codes.
 * y-websocket 3.x clients stop reconnecting on close codes 4400–4499, so those are used for
 * permanent refusals; codes 4000–4399 ask the client to reconnect (and re-authorise).
 */

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
  /** Access changed (e.g. the report was finalised): reconnect to get the new role. */
  accessChanged: 4000,
  /** The connection fell too far behind (send buffer over limit): reconnect and resync. */
  slowConnection: 4001,
  /** Server is shutting down: reconnect later. */
  goingAway: 1001,
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
 * Custom y-websocket message type the server sends to editors: "everything up to here is
 * durable". Payload: a varUint count of persisted updates from this connection.
 */
export const MESSAGE_PERSISTED = 100;

/**
 * Custom message type sent first on every connection: the document's generation id (a
 * varString). Clients send it back as the `gen` URL parameter when they reconnect.
 */
export const MESSAGE_GENERATION = 101;

/** URL parameter carrying the generation a reconnecting client holds. */
export const GENERATION_PARAM = 'gen';

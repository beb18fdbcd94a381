/**
 * Socket.io contract: every event name is defined here once, with its payload, in both
 * directions. Documents do not travel over Socket.io; they use the y-websocket endpoint.
 */

/** Someone present in a review room, with fields set by the server, never by clients. */
export interface PresentPerson {
  userId: string;
  name: string;
  role: string;
}

/** The envelope every acknowledgement uses. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export const SocketEvents = {
  reviewJoin: 'review:join',
  reviewLeave: 'review:leave',
  presenceUpdate: 'presence:update',
  reviewFinalised: 'review:finalised',
  contributionSubmitted: 'contribution:submitted',
} as const;

export interface ServerToClientEvents {
  'presence:update': (payload: { reviewId: string; people: PresentPerson[] }) => void;
  'review:finalised': (payload: { reviewId: string }) => void;
  'contribution:submitted': (payload: { reviewId: string; participantId: string }) => void;
}

export interface ClientToServerEvents {
  'review:join': (payload: unknown, ack: (result: Ack<{ people: PresentPerson[] }>) => void) => void;
  'review:leave': (payload: unknown, ack: (result: Ack<null>) => void) => void;
}

/** Reasons a Socket.io handshake is refused (sent as the connect_error message). */
export const HandshakeErrors = {
  unauthenticated: 'unauthenticated',
  /** The server could not check the session just now; the client may try again. */
  unavailable: 'unavailable',
} as const;

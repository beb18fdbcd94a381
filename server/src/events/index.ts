import { EventEmitter } from 'node:events';

/** Every domain event the services emit, by name. */
export interface DomainEvents {
  'review.finalised': { reviewId: string; schoolId: string };
  /** A review was deleted with its pupil (a wrong import row): its documents go too. */
  'review.deleted': { reviewId: string; schoolId: string };
  'contribution.submitted': { reviewId: string; schoolId: string; participantId: string };
  /** A participant's link stopped working as it was: withdrawn, removed, or replaced by a re-sent one. */
  'participant.access-changed': {
    reviewId: string;
    schoolId: string;
    participantId: string;
    change: 'withdrawn' | 'removed' | 'resent';
  };
  /** An LA link was withdrawn. */
  'share-link.revoked': { reviewId: string; schoolId: string; linkId: string };
  /** A staff session ended (signed out). */
  'session.ended': { sessionId: string; userId: string };
  /** What a staff member may do changed (their role, or their account was removed). */
  'user.access-changed': { userId: string; schoolId: string };
}

/** Where an event was emitted: in this process, or in another one of the deployment. */
export interface EventMeta {
  isLocal: boolean;
}

/** The part of the cluster bus the event bus uses (server/src/cluster). */
export interface EventTransport {
  readonly processId: string;
  publish(channel: string, message: string): void;
  subscribe(channel: string, listener: (message: Buffer) => void): Promise<void>;
}

const CHANNEL = 'domain-events';

/**
 * Typed domain event bus. Services emit; the realtime layer turns events into room emits and
 * into closing the connections whose access changed. With a transport (several processes on
 * Redis) every event is also published, and events from other processes are delivered here too,
 * marked `isLocal: false`: closing connections happens in every process, while a Socket.io emit
 * is made once, by the process where the event happened (the adapter carries it to the others).
 */
export class DomainEventBus {
  private readonly emitter = new EventEmitter();
  private transport: EventTransport | null = null;

  constructor() {
    this.emitter.setMaxListeners(50);
  }

  /** Joins the deployment's other processes (once, at start). */
  async connect(transport: EventTransport): Promise<void> {
    this.transport = transport;
    await transport.subscribe(CHANNEL, (message) => {
      let event: { origin: string; name: keyof DomainEvents; payload: unknown };
      try {
        event = JSON.parse(message.toString()) as typeof event;
      } catch {
        return;
      }
      if (event.origin === transport.processId) return;
      this.emitter.emit(event.name, event.payload, { isLocal: false } satisfies EventMeta);
    });
  }

  emit<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): void {
    this.emitter.emit(name, payload, { isLocal: true } satisfies EventMeta);
    this.transport?.publish(CHANNEL, JSON.stringify({ origin: this.transport.processId, name, payload }));
  }

  on<K extends keyof DomainEvents>(name: K, listener: (payload: DomainEvents[K], meta: EventMeta) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}

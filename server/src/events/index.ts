import { EventEmitter } from 'node:events';

/** Every domain event the services emit, by name. */
export interface DomainEvents {
  'review.finalised': { reviewId: string; schoolId: string };
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

/**
 * Typed domain event bus. Services emit; the realtime layer turns events into room emits and
 * into closing the connections whose access changed. In-process today; a bus across processes
 * plugs in here (every emit is also published, every published event delivered locally).
 */
export class DomainEventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(50);
  }

  emit<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): void {
    this.emitter.emit(name, payload);
  }

  on<K extends keyof DomainEvents>(name: K, listener: (payload: DomainEvents[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}

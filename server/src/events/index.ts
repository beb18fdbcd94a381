import { EventEmitter } from 'node:events';

/** Every domain event the services emit, by name. */
export interface DomainEvents {
  'review.finalised': { reviewId: string; schoolId: string };
  'contribution.submitted': { reviewId: string; schoolId: string; participantId: string };
}

/** In-process, typed domain event bus. Services emit; realtime/broadcast.ts fans out to rooms. */
export class DomainEventBus {
  private readonly emitter = new EventEmitter();

  emit<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): void {
    this.emitter.emit(name, payload);
  }

  on<K extends keyof DomainEvents>(name: K, listener: (payload: DomainEvents[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}

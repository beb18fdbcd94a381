export * from './events.ts';
export * from './collab.ts';

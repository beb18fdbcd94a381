export * from './record-audit-event.ts';
export * from './list-audit-events.ts';

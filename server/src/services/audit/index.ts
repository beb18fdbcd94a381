export * from './record-audit-event.ts';
export * from './list-audit-events.ts';
export * from './export-audit-trail.ts';
export * from './fact-changes.ts';

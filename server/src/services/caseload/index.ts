export * from './list-caseload.ts';
export * from './current-cycles.ts';
export * from './this-week.ts';
export * from './caseload-entries.ts';
export * from './caseload-row.ts';
export * from './caseload-changes.ts';

export * from './list-caseload.ts';
export * from './current-cycles.ts';
export * from './this-week.ts';

export * from './list-caseload.ts';

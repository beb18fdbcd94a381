export * from './parse-csv.ts';
export * from './parse-import-date.ts';
export * from './read-caseload-csv.ts';
export * from './import-caseload.ts';

export * from './list-caseload.ts';
export * from './pupil-timeline.ts';

export * from './list-caseload.ts';
export * from './pupil-timeline.ts';
export * from './describe-review-cycle.ts';

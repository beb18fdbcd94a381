export * from './load-review.ts';
export * from './get-review.ts';
export * from './finalise-review.ts';
export type * from './report-content.port.ts';
export * from './review-cycle-status.ts';
export * from './validate-review-facts.ts';
export * from './record-review-facts.ts';
export * from './get-review-cycle.ts';
export * from './report-readiness.ts';

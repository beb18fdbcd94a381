export * from './load-review.ts';
export * from './get-review.ts';
export * from './finalise-review.ts';
export type * from './report-content.port.ts';

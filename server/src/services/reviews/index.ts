export * from './load-review.ts';
export * from './get-review.ts';
export * from './finalise-review.ts';
export * from './record-review-facts.ts';
export * from './get-review-cycle.ts';
export * from './report-readiness.ts';
export * from './get-participant-meeting.ts';
export * from './post-meeting-dates.ts';

/**
 * The review cycle: from a pupil's and a cycle's stored facts to the engine's timeline, the
 * cycle's stage, next action and urgency, and the dated timeline. Pure functions only; both the
 * caseload and the review use cases build on it, and it imports neither.
 */
export * from './cycle-facts.ts';
export * from './pupil-timeline.ts';
export * from './review-cycle-status.ts';
export * from './statutory-deadline.ts';
export * from './describe-review-cycle.ts';
export * from './validate-review-facts.ts';
export * from './timeline-entries.ts';
export * from './booking-warnings.ts';
export * from './meeting-details.ts';

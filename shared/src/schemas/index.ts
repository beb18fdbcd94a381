export * from './limits.ts';
export * from './common.schema.ts';
export * from './auth.schema.ts';
export * from './review.schema.ts';
export * from './share-link.schema.ts';
export * from './review-cycle.schema.ts';
export * from './caseload.schema.ts';
export * from './calendar-feed.schema.ts';

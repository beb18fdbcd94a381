export * from './route-deps.ts';
export * from './auth.routes.ts';
export * from './caseload.routes.ts';
export * from './reviews.routes.ts';
export * from './shared-outcomes.routes.ts';
export * from './health.routes.ts';
export * from './review-cycle.routes.ts';
export * from './calendar-feeds.routes.ts';

export * from './review.views.ts';
export * from './shared-outcome.views.ts';

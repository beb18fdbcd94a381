export * from './review.views.ts';
export * from './shared-outcome.views.ts';
export * from './participant.views.ts';
